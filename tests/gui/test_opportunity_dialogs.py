"""The opportunity dialogs through their widgets: the stage settings keep their rules (one default, won and
lost fixed, no deleting a stage in use: the dialog shows the refusal), stages added, renamed, reordered and
deleted show on the board, the lost reasons list, and a new opportunity from a customer's profile; on SQLite
and on the real PostgreSQL server."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from salesapp.db import models as m
from salesapp.ui.customers.customers_view import CustomersView
from salesapp.ui.opportunities._stage_settings_dialog import DEFAULT, NAME, StageSettingsDialog
from salesapp.ui.opportunities.opportunity_dialog import OpportunityDialog
from salesapp.ui.shared.tasks import DbWorker
from salesapp.ui.shared.view_context import ViewContext
from tests.gui.test_opportunities_view import BANGKOK, Shop, build_shop, open_view, screenshot
from tests.helpers.gui import type_text


@pytest.fixture
def shop(services, admin) -> Shop:
    """On SQLite and on the real PostgreSQL server."""
    return build_shop(services, admin)


@pytest.fixture
def view(qtbot, shop: Shop, clock):
    widget, worker = open_view(qtbot, shop, shop.admin, clock)
    yield widget
    worker.stop(shop.services.close)


def pick(dialog: StageSettingsDialog, name: str) -> None:
    dialog.table.setCurrentCell(dialog.row_of(name), NAME)


def defaults(dialog: StageSettingsDialog) -> list[str]:
    rows = range(dialog.table.rowCount())
    return [dialog.table.item(r, NAME).text() for r in rows if dialog.table.item(r, DEFAULT).text()]


def refused(qtbot, dialog: StageSettingsDialog, button, expected: str) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: expected in dialog.message.text(), timeout=10_000)
    assert dialog.message.property("message") == "error"  # shown as an error


def saved(qtbot, dialog: StageSettingsDialog, button) -> None:
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_stage_rules_are_kept_and_refusals_shown(qtbot, view, shop) -> None:
    qtbot.mouseClick(view.stages_button, Qt.MouseButton.LeftButton)
    dialog = view.stage_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 7, timeout=10_000)
    assert defaults(dialog) == ["Interested"]
    # won is always 100%, lost always 0%
    pick(dialog, "Won")
    dialog.probability.setValue(90)
    refused(qtbot, dialog, dialog.save_button, "always 100%")
    assert m.OpportunityStage.get(m.OpportunityStage.name == "Won").probability == 100
    pick(dialog, "Lost")
    dialog.probability.setValue(5)
    refused(qtbot, dialog, dialog.save_button, "always 0%")
    # won and lost cannot be deleted, nor the default
    refused(qtbot, dialog, dialog.delete_button, "The won and lost stages cannot be deleted.")
    pick(dialog, "Interested")
    refused(qtbot, dialog, dialog.delete_button, "Make another stage the default")
    # never a second default: choosing another moves it; a closed stage cannot be the default
    pick(dialog, "Won")
    qtbot.mouseClick(dialog.default_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.isVisible() and dialog.message.property("message") == "error",
                    timeout=10_000)  # fmt: skip
    pick(dialog, "Presented")
    saved(qtbot, dialog, dialog.default_button)
    assert defaults(dialog) == ["Presented"]
    assert m.OpportunityStage.select().where(m.OpportunityStage.is_default == True).count() == 1  # noqa: E712
    # a stage in use cannot be deleted
    pick(dialog, "Quotation sent")
    refused(qtbot, dialog, dialog.delete_button, "1 opportunities are in this stage or passed through it")
    screenshot(dialog, "opportunities_stages_refused_en")
    # add a stage: it joins the board after the last open stage
    dialog.name.clear()
    type_text(dialog.name, "ติดตามผล")
    dialog.probability.setValue(35)
    dialog.idle.setValue(5)
    saved(qtbot, dialog, dialog.add_button)
    names = [dialog.table.item(r, NAME).text() for r in range(dialog.table.rowCount())]
    assert names.index("ติดตามผล") == names.index("Won") - 1
    qtbot.waitUntil(
        lambda: [c.title.text() for c in view.board.columns][-1] == "ติดตามผล · 35%", timeout=10_000
    )
    # move it up, rename it and change its probability
    pick(dialog, "ติดตามผล")
    saved(qtbot, dialog, dialog.up_button)
    names = [dialog.table.item(r, NAME).text() for r in range(dialog.table.rowCount())]
    assert names.index("ติดตามผล") == names.index("Negotiating") - 1
    dialog.name.clear()
    type_text(dialog.name, "ติดตามผลครั้งที่ 2")
    dialog.probability.setValue(40)
    saved(qtbot, dialog, dialog.save_button)
    qtbot.waitUntil(
        lambda: [c.title.text() for c in view.board.columns][-2] == "ติดตามผลครั้งที่ 2 · 40%", timeout=10_000
    )
    screenshot(dialog, "opportunities_stages_en")
    # an unused stage can be deleted
    pick(dialog, "ติดตามผลครั้งที่ 2")
    saved(qtbot, dialog, dialog.delete_button)
    assert dialog.table.rowCount() == 7
    qtbot.waitUntil(lambda: len(view.board.columns) == 5, timeout=10_000)
    # new opportunities now start in Presented
    assert shop.services.opportunity_stages.default_stage().name == "Presented"


def test_lost_reasons_are_kept_and_offered(qtbot, view, shop) -> None:
    dialog = view.open_stage_settings()
    qtbot.waitUntil(lambda: dialog.reason_list.count() == 6, timeout=10_000)
    dialog.tabs.setCurrentIndex(1)
    type_text(dialog.new_reason, "ลูกค้าปิดร้าน")
    qtbot.keyClick(dialog.new_reason, Qt.Key.Key_Return)
    assert dialog.reason_list.count() == 7
    dialog.reason_list.setCurrentRow(0)  # "Price too high" goes
    dialog.remove_reason()
    qtbot.mouseClick(dialog.save_reasons_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Lost reasons saved." in dialog.message.text(), timeout=10_000)
    reasons = shop.services.opportunity_stages.lost_reasons().reasons
    assert reasons[-1] == "ลูกค้าปิดร้าน" and "Price too high" not in reasons and len(reasons) == 6
    screenshot(dialog, "opportunities_reasons_en")
    dialog.accept()
    # the lose dialog offers the saved list
    view.board.select(shop.opps["ชุดทดลอง"].id)
    qtbot.waitUntil(lambda: view.pane.record is not None, timeout=10_000)
    lose = view.lose()
    assert lose is not None
    qtbot.waitUntil(lambda: lose.reason.count() == 7, timeout=10_000)
    assert lose.reason.itemText(6) == "ลูกค้าปิดร้าน"
    lose.reject()


def test_new_opportunity_from_the_customer_profile(qtbot, shop, clock) -> None:
    shop.services.close()
    worker = DbWorker()
    customers = CustomersView(ViewContext(worker, shop.admin, BANGKOK, True, clock), shop.services)
    qtbot.addWidget(customers)
    customers.resize(1280, 720)
    customers.show()
    try:
        qtbot.waitUntil(lambda: customers.model.rowCount() == 3 and customers.model.record(0) is not None,
                        timeout=10_000)  # fmt: skip
        row = next(r for r in range(3) if customers.model.record(r).name == "Shop Hoa Mai")
        rect = customers.list.table.visualRect(customers.model.index(row, 0))
        with qtbot.waitSignal(customers.profile_shown, timeout=10_000):
            qtbot.mouseClick(customers.list.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseClick(customers.pane.opportunity_button, Qt.MouseButton.LeftButton)
        dialog = customers.findChild(OpportunityDialog)
        assert dialog is not None and dialog.customer_hits is None  # the customer is given
        assert dialog.customer_label.text() == "Shop Hoa Mai"
        assert dialog.currency.currentText() == "VND"
        type_text(dialog.title, "Nước hoa hồng 100 chai")
        type_text(dialog.amount, "15.000.000")
        dialog.close_date.line_edit().setText("20/12/2569")  # Buddhist-era years in this desktop
        with qtbot.waitSignal(customers.profile_shown, timeout=10_000):
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
        saved = m.Opportunity.get(m.Opportunity.title == "Nước hoa hồng 100 chai")
        assert saved.customer_id == shop.customers["Shop Hoa Mai"] and saved.amount_minor == 15_000_000
        assert saved.currency == "VND" and str(saved.expected_close) == "2026-12-20"
        assert saved.owner_id == shop.lan.id  # the customer's salesperson
        assert saved.stage_id == shop.stages["Interested"].id
    finally:
        worker.stop(shop.services.close)
