"""Typing Thai and Vietnamese into the customers search box narrows the list."""

from __future__ import annotations

from datetime import UTC

import pytest

from salesapp.domain.customers.customer_filter import SortKey
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.ui.customers.customers_view import CustomersView
from salesapp.ui.lists.windowed import RECORD_ROLE
from salesapp.ui.shared.tasks import DbWorker
from salesapp.ui.shared.view_context import ViewContext
from tests.helpers.gui import screenshot, type_text


@pytest.fixture
def view(qtbot, services, admin, db_url):
    if not db_url.startswith("sqlite"):
        pytest.skip("widget test on SQLite; search service covered on PostgreSQL")
    for name, phone, country in [
        ("Đặng Thị Ngọc", "0912.345.678", "VN"),
        ("Nguyễn Văn An", "0987 654 321", "VN"),
        ("สมชาย ใจดี", "081-234-5678", "TH"),
        ("สมหญิง รักดี", "089 111 2222", "TH"),
    ]:
        services.customers.create(admin, CustomerInput(name=name, phone=phone, country=country))
    services.close()
    worker = DbWorker()
    widget = CustomersView(ViewContext(worker, admin, UTC, False), services)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 4, timeout=10_000)
    yield widget
    worker.stop(services.close)


def shown_names(view) -> set[str]:
    return {view.model.index(r, 0).data(RECORD_ROLE).name for r in range(view.model.rowCount())}


def test_vietnamese_without_accents_finds_accented(qtbot, view) -> None:
    type_text(view.search, "dang thi")
    qtbot.waitUntil(lambda: shown_names(view) == {"Đặng Thị Ngọc"}, timeout=10_000)
    assert view.model.index(0, 1).data() == "0912 345 678"
    screenshot(view, "customers_search_vi")


def test_thai_substring_and_phone(qtbot, view) -> None:
    type_text(view.search, "สมช")
    qtbot.waitUntil(lambda: shown_names(view) == {"สมชาย ใจดี"}, timeout=10_000)
    screenshot(view, "customers_search_th")
    view.search.clear()
    type_text(view.search, "081-234")
    qtbot.waitUntil(lambda: shown_names(view) == {"สมชาย ใจดี"}, timeout=10_000)
    view.search.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 4, timeout=10_000)


def test_customers_model_passes_the_model_tester(qtbot, qtmodeltester, view) -> None:
    # Each check starts once the list's id list has arrived too: a load still in flight would signal the
    # tester after the test ended.
    qtbot.waitUntil(lambda: view.model.record(3) is not None and view.model._ids is not None, timeout=10_000)
    qtmodeltester.check(view.model, force_py=True)
    type_text(view.search, "สม")
    qtbot.waitUntil(lambda: view.model.rowCount() == 2 and view.model._ids is not None, timeout=10_000)
    qtmodeltester.check(view.model, force_py=True)


def test_name_order_is_collated(qtbot, view) -> None:
    with qtbot.waitSignal(view.model.loaded, timeout=10_000):
        view.order.setCurrentIndex(view.order.findData(SortKey.NAME.value))
    names = [view.model.index(r, 0).data(RECORD_ROLE).name for r in range(view.model.rowCount())]
    # Latin before Thai, and Đ with the Ds (in code-point order it would come after every Latin letter).
    assert names == ["Đặng Thị Ngọc", "Nguyễn Văn An", "สมชาย ใจดี", "สมหญิง รักดี"]
    type_text(view.search, "สม")
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=10_000)
    assert [view.model.index(r, 0).data(RECORD_ROLE).name for r in range(2)] == ["สมชาย ใจดี", "สมหญิง รักดี"]
    screenshot(view, "customers_by_name_th")
