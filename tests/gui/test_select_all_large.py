"""Issue 22: "Select all" on a large Customers list, then act on it, without walking every row on the GUI
thread (no `selectedRows()`, no record or id read per row), and the action still reaches every customer."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from salesapp.db import models as m
from salesapp.demo.demo import fill_demo
from salesapp.services.registry import Services
from salesapp.ui.customers.customers_view import CustomersView
from salesapp.ui.shared.tasks import DbWorker
from salesapp.ui.shared.view_context import ViewContext

CUSTOMERS = 20_000


@pytest.fixture
def big_view(qtbot, services: Services, admin, db_url, clock):
    if not db_url.startswith("sqlite"):
        pytest.skip("widget test on SQLite; the services are covered on PostgreSQL")
    fill_demo(services.db, customers=CUSTOMERS, orders=0, seed=3, sales_work=False)
    services.tags.create(admin, "VIP", "#e53935")
    services.close()
    worker = DbWorker()
    widget = CustomersView(ViewContext(worker, admin, ZoneInfo("Asia/Bangkok"), True, clock), services)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.has_ids(), timeout=20_000)
    qtbot.waitUntil(lambda: bool(widget.tags), timeout=10_000)
    yield widget
    worker.stop(services.close)


def _count_row_reads(monkeypatch: pytest.MonkeyPatch, view: CustomersView) -> list[int]:
    """Count what the GUI thread reads row by row: records and ids, and fail on selectedRows()."""
    reads = [0]
    model = view.model
    record, id_at = model.record, model.id_at

    def counted(original: Any) -> Any:
        def call(*args: Any) -> Any:
            reads[0] += 1
            return original(*args)

        return call

    def refused(*_args: Any) -> Any:
        raise AssertionError("selectedRows() builds a model index per selected row")

    monkeypatch.setattr(model, "record", counted(record))
    monkeypatch.setattr(model, "id_at", counted(id_at))
    monkeypatch.setattr(QItemSelectionModel, "selectedRows", refused)
    monkeypatch.setattr(model, "all_ids", lambda: (_ for _ in ()).throw(AssertionError("all_ids()")))
    return reads


def test_select_all_then_tag_reads_no_row_one_by_one(qtbot, big_view, monkeypatch) -> None:
    view = big_view
    assert view.model.rowCount() == CUSTOMERS
    reads = _count_row_reads(monkeypatch, view)
    qtbot.mouseClick(view.select_all, Qt.MouseButton.LeftButton)
    assert view.list.all_selected() and view.tag_button.isEnabled()
    assert str(CUSTOMERS) in view.selection_label.text().replace(",", "")
    assert not view.select_all.isVisible()
    vip = next(a for a in view.tag_button.menu().actions() if a.text() == "VIP")
    vip.trigger()
    qtbot.waitUntil(lambda: "VIP" in view.list.message.text(), timeout=30_000)
    # a screenful of rows painted, never one read per selected row
    assert reads[0] < 2_000, reads[0]
    tagged = m.CustomerTag.select().count()
    assert tagged == CUSTOMERS


def test_select_all_then_hand_over_keeps_every_id(qtbot, big_view, monkeypatch) -> None:
    view = big_view
    reads = _count_row_reads(monkeypatch, view)
    qtbot.mouseClick(view.select_all, Qt.MouseButton.LeftButton)
    dialog = view.hand_over()
    assert len(dialog.customer_ids) == CUSTOMERS
    assert set(dialog.customer_ids) == {r[0] for r in m.Customer.select(m.Customer.id).tuples()}
    assert reads[0] < 2_000, reads[0]
    dialog.reject()
