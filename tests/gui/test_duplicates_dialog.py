"""The duplicates dialog through its widgets: the pairs with their reasons, comparing a pair side by side,
choosing the customer to keep, merging, undoing, and a refused (stale) merge shown in the status line.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication

from salesapp.db import models as m
from salesapp.domain.clock import to_db
from salesapp.domain.enums import EntityKind
from salesapp.services.customers.customer_service import CustomerInput, input_from_record
from salesapp.services.customers.duplicates import DuplicateService
from salesapp.services.registry import Services
from salesapp.ui.customers._duplicates_dialog import DuplicatesDialog
from salesapp.ui.shared.fonts import apply_app_font, load_fonts
from salesapp.ui.shared.tasks import DbWorker
from tests.helpers.gui import screenshot

BANGKOK = ZoneInfo("Asia/Bangkok")


@pytest.fixture
def worker(services: Services, db_url: str):
    if not db_url.startswith("sqlite"):
        pytest.skip("GUI over the worker thread: SQLite here; PostgreSQL covered by the service tests")
    w = DbWorker()
    yield w
    w.stop(services.close)  # the worker thread's own connection


@pytest.fixture
def people(services: Services, admin):
    app = QApplication.instance()
    load_fonts()
    apply_app_font(app)

    def add(name: str, **kw):
        return services.customers.create(admin, CustomerInput(name=name, **kw))[0]

    somchai = add("สมชาย ใจดี", phone="081-234-5678", province="กรุงเทพมหานคร")
    khun = add("คุณสมชาย (ลูกค้า LINE)", phone="0812345678", email="somchai@example.com", line_id="somchai.j")
    anh = add("Nguyễn Thị Ngọc Ánh", email="anh.nguyen@example.vn", country="VN")
    anh2 = add("Ngọc Ánh", phone="0912 345 678", email="ANH.NGUYEN@example.vn", country="VN")
    add("สมหญิง รักดี", province="เชียงใหม่")
    add("สมหญิง รักดี", province="เชียงใหม่", phone="089-111-2222")
    now = to_db(services.ctx.clock())
    for i in range(2):
        m.Order.insert(
            number=f"SO-{i}", customer=khun.id, status="awaiting", currency="THB", ordered_at=now,
            created_at=now, updated_at=now,
        ).execute()  # fmt: skip
    return {"somchai": somchai, "khun": khun, "anh": anh, "anh2": anh2}


def open_dialog(qtbot, services, worker, admin) -> DuplicatesDialog:
    dialog = DuplicatesDialog(
        worker, DuplicateService(services.ctx), admin, None, tz=BANGKOK, buddhist_era=True
    )
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    return dialog


def rows(dialog: DuplicatesDialog) -> list[list[str]]:
    return [
        [dialog.table.topLevelItem(r).text(c) for c in range(5)]
        for r in range(dialog.table.topLevelItemCount())
    ]


def test_merge_then_undo(qtbot, services, worker, admin, people) -> None:
    dialog = open_dialog(qtbot, services, worker, admin)
    shown = rows(dialog)
    assert [r[4] for r in shown] == [
        "Same phone 081-234-5678",
        "Same e-mail anh.nguyen@example.vn",
        "Same name and province",
    ]
    assert shown[0][:4] == ["สมชาย ใจดี", "081-234-5678", "คุณสมชาย (ลูกค้า LINE)", "081-234-5678"]
    assert shown[1][3] == "0912 345 678"
    assert not dialog.undo_button.isEnabled() and dialog.merge_button.isEnabled()
    screenshot(dialog, "duplicates_dialog")

    # compare the first pair side by side: the one with the orders is offered to keep
    dialog.merge_button.click()
    compare = dialog.merge_dialog
    assert compare is not None and compare.isVisible()
    assert compare.keep.id == people["khun"].id and compare.keep_buttons[1].isChecked()
    screenshot(compare, "duplicates_merge")
    compare.keep_buttons[0].click()  # keep สมชาย ใจดี instead
    assert compare.keep.id == people["somchai"].id and compare.other.id == people["khun"].id
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        compare.merge_button.click()
    assert "“คุณสมชาย (ลูกค้า LINE)” was merged into “สมชาย ใจดี”" in dialog.status.text()
    assert "3 orders" not in dialog.status.text() and "2 orders" in dialog.status.text()
    assert len(rows(dialog)) == 2
    assert dialog.changes.ids(EntityKind.CUSTOMER) == {people["somchai"].id, people["khun"].id}
    kept = services.customers.get(admin, people["somchai"].id)
    assert kept.email == "somchai@example.com" and kept.line_id == "somchai.j"
    assert m.Order.select().where(m.Order.customer == people["somchai"].id).count() == 2
    assert dialog.undo_button.isEnabled()

    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.undo_button.click()
    assert "Merge undone" in dialog.status.text() and "คุณสมชาย" in dialog.status.text()
    assert rows(dialog) == shown and not dialog.undo_button.isEnabled()
    assert m.Order.select().where(m.Order.customer == people["khun"].id).count() == 2
    assert services.customers.get(admin, people["somchai"].id).email is None


def test_a_stale_merge_is_refused_in_the_status_line(qtbot, services, worker, admin, people) -> None:
    dialog = open_dialog(qtbot, services, worker, admin)
    dialog.table.setCurrentItem(dialog.table.topLevelItem(1))
    dialog.merge_button.click()
    compare = dialog.merge_dialog
    assert compare is not None and {compare.keep.id, compare.other.id} == {
        people["anh"].id,
        people["anh2"].id,
    }
    # someone edits one of the two on another desktop meanwhile
    anh = people["anh"]
    services.customers.update(admin, anh.id, anh.version, input_from_record(anh))
    with qtbot.waitSignal(worker.busy_changed, timeout=10_000, check_params_cb=lambda busy: not busy):
        compare.merge_button.click()
    assert dialog.status.isVisible() and "changed by Admin Ann" in dialog.status.text()
    assert m.CustomerMerge.select().count() == 0 and not dialog.undo_button.isEnabled()
    assert dialog.merge_button.isEnabled() and dialog.changes.touched == {}
