"""The Opportunities section through its widgets: create from the section, move by the pane and by dragging
a card on the board, win, lose with a reason, reopen, stale marks with a fake clock, the list with its search
and filters, and the pipeline figures checked against hand-computed ones; on SQLite and on the real
PostgreSQL server. The shop below is shared with the other test_opportunit* files."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel

from salesapp.db import models as m
from salesapp.domain.enums import Currency, Role
from salesapp.domain.opportunity import OpportunityInput, OpportunityRecord, StageKind, StageRecord
from salesapp.domain.records import UserRecord
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.services.registry import Services
from salesapp.ui.lists.windowed import RECORD_ROLE
from salesapp.ui.opportunities._pipeline_table import AMOUNT, LOST, OPEN, STALE, WEIGHTED, WON
from salesapp.ui.opportunities.opportunities_view import Mode, OpportunitiesView
from salesapp.ui.shared.tasks import DbWorker
from salesapp.ui.shared.view_context import ViewContext
from tests.helpers.gui import screenshot as save_screenshot
from tests.helpers.gui import type_text

BANGKOK = ZoneInfo("Asia/Bangkok")


def screenshot(widget, name: str) -> None:
    """Save a screenshot once pending layout work is done (labels re-measured after a fill)."""
    QApplication.sendPostedEvents()
    save_screenshot(widget, name)


@dataclass
class Shop:
    """What the tests refer to by name."""

    services: Services
    admin: UserRecord
    somsri: UserRecord
    lan: UserRecord
    stages: dict[str, StageRecord]
    opps: dict[str, OpportunityRecord]
    customers: dict[str, int]


def build_shop(services: Services, admin: UserRecord) -> Shop:
    """Stages as shipped: Interested 10% (default, idle 14 d), Presented 25% (14 d), Quotation sent 50%
    (10 d), Considering 60% (10 d), Negotiating 80% (7 d), Won, Lost."""
    somsri, _ = services.users.create_user(admin, "somsri", "สมศรี ใจดี", Role.SALES, "password1")
    lan, _ = services.users.create_user(admin, "lan", "Nguyễn Thị Lan", Role.SALES, "password1")
    customers = {}
    for actor, name, phone, country in (
        (somsri, "ร้านสวยใส", "081-234-5678", "TH"),
        (somsri, "คุณมาลี ศรีสุข", "089-111-2222", "TH"),
        (lan, "Shop Hoa Mai", "0987 654 321", "VN"),
    ):
        record, _ = services.customers.create(actor, CustomerInput(name=name, phone=phone, country=country))
        customers[name] = record.id
    stages = {s.name: s for s in services.opportunity_stages.stages()}
    ops = services.opportunities
    opps: dict[str, OpportunityRecord] = {}

    def new(actor: UserRecord, customer: str, title: str, amount: int, currency: Currency = Currency.THB,
            close: date | None = None) -> OpportunityRecord:  # fmt: skip
        data = OpportunityInput(title, amount, currency, close, products="เซรั่ม 30ml\nครีมกันแดด")
        record, _ = ops.create(actor, customers[customer], data)
        opps[title] = record
        return record

    def move(title: str, stage: str, actor: UserRecord) -> None:
        record = opps[title]
        opps[title], _ = ops.move(actor, record.id, record.version, stages[stage].id)

    new(somsri, "ร้านสวยใส", "เซรั่มวิตามินซี 50 ขวด", 1_000_000, close=date(2026, 12, 15))  # ฿10,000.00
    new(somsri, "ร้านสวยใส", "ครีมกันแดดสำหรับร้าน", 2_500_000, close=date(2026, 12, 20))  # ฿25,000.00
    move("ครีมกันแดดสำหรับร้าน", "Quotation sent", somsri)
    new(somsri, "คุณมาลี ศรีสุข", "ชุดทดลอง", 33_333)  # ฿333.33
    move("ชุดทดลอง", "Presented", somsri)
    new(lan, "Shop Hoa Mai", "Bộ dưỡng da cho cửa hàng", 5_000_000, Currency.VND, date(2026, 12, 5))
    move("Bộ dưỡng da cho cửa hàng", "Negotiating", lan)
    won = new(somsri, "คุณมาลี ศรีสุข", "ครีมบำรุงผิว 10 กล่อง", 700_000)  # ฿7,000.00
    opps[won.title], _ = ops.win(somsri, won.id, won.version)
    lost = new(lan, "Shop Hoa Mai", "Son môi", 1_200_000, Currency.VND)
    opps[lost.title], _ = ops.lose(lan, lost.id, lost.version, "Price too high")
    return Shop(services, admin, somsri, lan, stages, opps, customers)


def open_view(qtbot, shop: Shop, user: UserRecord, clock, buddhist_era: bool = False,
              width: int = 1280) -> tuple[OpportunitiesView, DbWorker]:  # fmt: skip
    """The section as the lead wires it, on its own database worker; waits for the board."""
    shop.services.close()  # the worker opens its own connection
    worker = DbWorker()
    view = OpportunitiesView(ViewContext(worker, user, BANGKOK, buddhist_era, clock), shop.services)
    qtbot.addWidget(view)
    view.resize(width, 720)
    with qtbot.waitSignal(view.board_loaded, timeout=10_000):
        view.show()
    qtbot.waitUntil(lambda: bool(view.stages), timeout=10_000)
    return view, worker


def titles(view: OpportunitiesView, stage: StageRecord) -> list[str]:
    """The card titles loaded in a stage's column."""
    column = view.board.column(stage.id)
    assert column is not None
    return [c.title for c in column.model.cards]


def click_card(qtbot, view: OpportunitiesView, stage: StageRecord, title: str) -> None:
    """Click a card on the board and wait for the pane to show it."""
    column = view.board.column(stage.id)
    assert column is not None
    record = next(c for c in column.model.cards if c.title == title)
    rect = column.card_rect(record.id)
    with qtbot.waitSignal(view.detail_shown, timeout=10_000):
        qtbot.mouseClick(column.cards.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def drop_on(viewport, mime) -> bool:
    """A drag entering `viewport` with `mime`, then the drop if the view accepted the drag."""
    where = viewport.rect().center()
    enter = QDragEnterEvent(where, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(viewport, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(QPoint(where)), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(viewport, drop)
    return drop.isAccepted()


def drag_card(view: OpportunitiesView, source: StageRecord, title: str, target: StageRecord) -> bool:
    """Drag a card from one column onto another: the mime data the source view's model makes for the
    card, then a real drag-enter and drop event on the target list's viewport. Returns whether the target
    took the drop."""
    from_column, to_column = view.board.column(source.id), view.board.column(target.id)
    assert from_column is not None and to_column is not None
    row = next(i for i, c in enumerate(from_column.model.cards) if c.title == title)
    mime = from_column.model.mimeData([from_column.model.index(row, 0)])
    return drop_on(to_column.cards.viewport(), mime)


# ---- the tests ---------------------------------------------------------------------------------------------
@pytest.fixture
def shop(services: Services, admin) -> Shop:
    """On SQLite and on the real PostgreSQL server (several desktops share one there)."""
    return build_shop(services, admin)


@pytest.fixture
def view(qtbot, shop: Shop, clock):
    widget, worker = open_view(qtbot, shop, shop.admin, clock)
    yield widget
    worker.stop(shop.services.close)


def column_summary(view: OpportunitiesView, stage: StageRecord) -> str:
    column = view.board.column(stage.id)
    assert column is not None
    return column.summary.text()


def list_titles(view: OpportunitiesView) -> list[str]:
    return [view.model.index(r, 1).data() for r in range(view.model.rowCount())]


def reload_list(qtbot, view: OpportunitiesView, change) -> None:
    with qtbot.waitSignal(view.model.ids_loaded, timeout=10_000):
        change()
    qtbot.waitUntil(lambda: view.model.rowCount() == 0 or view.model.record(0) is not None, timeout=10_000)


def test_create_from_the_section_starts_in_the_default_stage(qtbot, view, shop) -> None:
    interested = shop.stages["Interested"]
    assert column_summary(view, interested).startswith("Opportunities: 1\n")
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog is not None and dialog.customer_hits is not None
    qtbot.waitUntil(lambda: dialog.customer_hits.count() == 3, timeout=10_000)  # newest customers first
    type_text(dialog.customer_search, "มาลี")
    qtbot.waitUntil(lambda: dialog.customer_hits.count() == 1, timeout=10_000)
    assert dialog.choose_customer("คุณมาลี ศรีสุข")
    assert "คุณมาลี ศรีสุข" in dialog.customer_label.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "title" in dialog.message.text(), timeout=10_000)  # refused: no title
    assert dialog.isVisible()
    type_text(dialog.title, "ชุดของขวัญปีใหม่ 20 ชุด")
    type_text(dialog.amount, "12,500.50")
    dialog.close_date.line_edit().setText("31/12/2026")
    qtbot.waitUntil(lambda: dialog.owner.findData(shop.somsri.id) > 0, timeout=10_000)
    dialog.owner.setCurrentIndex(dialog.owner.findData(shop.somsri.id))
    dialog.products.setPlainText("ชุดของขวัญ\nถุงผ้า")
    type_text(dialog.notes, "ลูกค้าขอใบเสนอราคาก่อนสิ้นเดือน")
    screenshot(dialog, "opportunities_dialog_en")
    with qtbot.waitSignal(view.detail_shown, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert view.pane.title.text() == "ชุดของขวัญปีใหม่ 20 ชุด"
    assert view.pane.stage.currentText() == "Interested · 10%"
    qtbot.waitUntil(lambda: "ชุดของขวัญปีใหม่ 20 ชุด" in titles(view, interested), timeout=10_000)
    # the header's figures: 10% of ฿10,000.00 + 10% of ฿12,500.50 (฿1,250.05)
    assert column_summary(view, interested) == "Opportunities: 2\nWeighted: ฿2,250.05"
    saved = m.Opportunity.get(m.Opportunity.title == "ชุดของขวัญปีใหม่ 20 ชุด")
    assert saved.amount_minor == 1_250_050 and saved.stage_id == interested.id
    assert saved.owner_id == shop.somsri.id and str(saved.expected_close) == "2026-12-31"
    assert saved.products == "ชุดของขวัญ\nถุงผ้า" and saved.customer_id == shop.customers["คุณมาลี ศรีสุข"]
    view.pane.tabs.setCurrentIndex(2)
    assert view.pane.history.topLevelItemCount() == 1
    assert view.pane.history.topLevelItem(0).text(0) == "(created)"


def test_move_from_the_pane_then_drag_the_card_to_another_column(qtbot, view, shop, clock) -> None:
    st, title = shop.stages, "เซรั่มวิตามินซี 50 ขวด"
    click_card(qtbot, view, st["Interested"], title)
    pane = view.pane
    assert pane.probability.text() == "Probability 10% · weighted forecast ฿1,000.00"
    clock.advance(days=2)
    with qtbot.waitSignal(view.saved, timeout=10_000):
        pane.choose_stage(st["Presented"].id)
    assert pane.stage.currentText() == "Presented · 25%"
    assert pane.probability.text() == "Probability 25% · weighted forecast ฿2,500.00"
    qtbot.waitUntil(lambda: title in titles(view, st["Presented"]), timeout=10_000)
    assert title not in titles(view, st["Interested"])
    # drag the card from Presented onto Negotiating; its own column does not take it
    clock.advance(hours=5)
    assert not drag_card(view, st["Presented"], title, st["Presented"])
    with qtbot.waitSignal(view.saved, timeout=10_000):
        assert drag_card(view, st["Presented"], title, st["Negotiating"])
    qtbot.waitUntil(lambda: title in titles(view, st["Negotiating"]), timeout=10_000)
    assert title not in titles(view, st["Presented"])
    assert m.Opportunity.get(m.Opportunity.title == title).stage_id == st["Negotiating"].id
    # both columns' headers were read again: 80% of ฿10,000.00, beside 80% of 5.000.000 ₫
    assert column_summary(view, st["Negotiating"]) == "Opportunities: 2\nWeighted: ฿8,000.00 + 4.000.000 ₫"
    assert column_summary(view, st["Presented"]) == "Opportunities: 1\nWeighted: ฿83.33"
    assert view.board.current_id() == shop.opps[title].id  # the moved card stays chosen
    assert pane.stage.currentText() == "Negotiating · 80%"
    pane.tabs.setCurrentIndex(2)
    rows = [[pane.history.topLevelItem(i).text(c) for c in range(5)] for i in range(3)]
    assert [(r[0], r[1], r[4]) for r in rows] == [
        ("(created)", "Interested", "สมศรี ใจดี"),
        ("Interested", "Presented", "Admin Ann"),
        ("Presented", "Negotiating", "Admin Ann"),
    ]
    assert [r[2] for r in rows] == ["23/11/2026 10:00", "25/11/2026 10:00", "25/11/2026 15:00"]
    assert [r[3] for r in rows] == ["2 d 0 h", "5 h 0 min", "0 min so far"]
    assert "Interested: 2 d 0 h" in pane.per_stage.text()
    screenshot(view, "opportunities_history_en")


def test_a_drop_of_a_card_changed_elsewhere_is_refused(qtbot, view, shop) -> None:
    st, title = shop.stages, "ครีมกันแดดสำหรับร้าน"
    column = view.board.column(st["Quotation sent"].id)
    assert column is not None
    mime = column.model.mimeData([column.model.index(0, 0)])  # read before the other desktop's move
    record = shop.opps[title]
    shop.services.opportunities.move(shop.somsri, record.id, record.version, st["Considering"].id)
    with qtbot.waitSignal(view.save_failed, timeout=10_000):
        assert drop_on(view.board.column(st["Negotiating"].id).cards.viewport(), mime)
    assert "changed by สมศรี ใจดี" in view.banner.text()
    qtbot.waitUntil(
        lambda: title in titles(view, st["Considering"]), timeout=10_000
    )  # as the database has it
    assert m.Opportunity.get(m.Opportunity.title == title).stage_id == st["Considering"].id


def test_win_reopen_then_lose_with_a_reason(qtbot, view, shop) -> None:
    st, title = shop.stages, "ครีมกันแดดสำหรับร้าน"
    click_card(qtbot, view, st["Quotation sent"], title)
    pane = view.pane
    with qtbot.waitSignal(view.saved, timeout=10_000):
        qtbot.mouseClick(pane.won_button, Qt.MouseButton.LeftButton)
    assert pane.state.text().startswith("Won on 23/11/2026")
    qtbot.waitUntil(
        lambda: pane.reopen_button.isVisible() and not pane.won_button.isVisible(), timeout=10_000
    )
    assert not pane.stage.isEnabled()
    qtbot.waitUntil(lambda: title not in titles(view, st["Quotation sent"]), timeout=10_000)
    assert m.Opportunity.get(m.Opportunity.title == title).stage_id == st["Won"].id
    with qtbot.waitSignal(view.saved, timeout=10_000):
        qtbot.mouseClick(pane.reopen_button, Qt.MouseButton.LeftButton)
    assert pane.stage.currentText() == "Quotation sent · 50%"
    qtbot.waitUntil(
        lambda: pane.lost_button.isVisible() and not pane.reopen_button.isVisible(), timeout=10_000
    )
    qtbot.waitUntil(lambda: title in titles(view, st["Quotation sent"]), timeout=10_000)
    qtbot.mouseClick(pane.lost_button, Qt.MouseButton.LeftButton)
    dialog = view.lose_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.reason.count() == 7, timeout=10_000)  # "Choose…" and six reasons
    qtbot.mouseClick(dialog.lose_button, Qt.MouseButton.LeftButton)
    assert "Choose why" in dialog.message.text() and dialog.isVisible()
    dialog.choose("Bought from a competitor")
    screenshot(dialog, "opportunities_lose_en")
    with qtbot.waitSignal(view.saved, timeout=10_000):
        qtbot.mouseClick(dialog.lose_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert pane.state.text() == "Lost on 23/11/2026 10:00: Bought from a competitor"
    saved = m.Opportunity.get(m.Opportunity.title == title)
    assert saved.stage_id == st["Lost"].id and saved.lost_reason == "Bought from a competitor"
    pane.tabs.setCurrentIndex(2)
    assert [pane.history.topLevelItem(i).text(1) for i in range(pane.history.topLevelItemCount())] == [
        "Interested", "Quotation sent", "Won", "Quotation sent", "Lost",
    ]  # fmt: skip
    # the Lost tab of the list shows it with the others lost
    view.set_mode(Mode.LIST)
    reload_list(qtbot, view, lambda: view.list.tab_bar.setCurrentIndex(2))
    assert sorted(list_titles(view)) == sorted(["Son môi", title])


def test_stale_marks_follow_the_clock_and_a_note_clears_them(qtbot, view, shop, clock) -> None:
    st, title = shop.stages, "Bộ dưỡng da cho cửa hàng"
    assert "stale" not in column_summary(view, st["Negotiating"])
    clock.advance(days=8)  # Negotiating allows 7 idle days; the other stages 10 or 14
    with qtbot.waitSignal(view.board_loaded, timeout=10_000):
        view.tick()
    negotiating = view.board.column(st["Negotiating"].id)
    assert [c.stale for c in negotiating.model.cards] == [True]
    assert column_summary(view, st["Negotiating"]).startswith("Opportunities: 1 · stale: 1\n")
    assert not any(c.stale for c in view.board.cards() if c.title != title)
    screenshot(view.board, "opportunities_board_stale_en")
    click_card(qtbot, view, st["Negotiating"], title)
    assert view.pane.stale_text.isVisible()
    assert view.pane.stale_text.text() == "Stale: no activity for 8 days (the stage allows 7)."
    view.set_mode(Mode.LIST)
    qtbot.waitUntil(lambda: view.model.rowCount() == 4 and view.model.record(0) is not None, timeout=10_000)
    row = list_titles(view).index(title)
    assert not view.model.index(row, 0).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "no activity for 8 days" in view.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    others = [r for r in range(4) if r != row]
    assert all(view.model.index(r, 0).data(Qt.ItemDataRole.DecorationRole).isNull() for r in others)
    reload_list(qtbot, view, lambda: view.stale_only.setChecked(True))
    assert list_titles(view) == [title]
    screenshot(view, "opportunities_list_stale_en")
    reload_list(qtbot, view, lambda: view.stale_only.setChecked(False))
    row = list_titles(view).index(title)
    # a call logged in the pane resets the idle time
    pane = view.pane
    pane.tabs.setCurrentIndex(1)
    pane.note_kind.setCurrentIndex(pane.note_kind.findData("call"))
    type_text(pane.note_text, "Đã gọi, khách muốn giảm giá 5%")
    with qtbot.waitSignal(view.detail_shown, timeout=10_000):
        qtbot.mouseClick(pane.note_save, Qt.MouseButton.LeftButton)
    assert not pane.stale_text.isVisible() and pane.note_text.toPlainText() == ""
    assert "khách muốn giảm giá" in pane.notes.toPlainText()
    screenshot(pane, "opportunities_notes_en")
    qtbot.waitUntil(
        lambda: view.model.index(row, 0).data(Qt.ItemDataRole.DecorationRole).isNull(), timeout=10_000
    )
    view.set_mode(Mode.BOARD)
    qtbot.waitUntil(lambda: not view.board.column(st["Negotiating"].id).model.cards[0].stale, timeout=10_000)


def test_pipeline_figures_match_the_hand_computed_ones(qtbot, view, shop) -> None:
    with qtbot.waitSignal(view.pipeline_loaded, timeout=10_000):
        view.set_mode(Mode.PIPELINE)
    table = view.pipeline
    somsri = table.row_of("สมศรี ใจดี")
    # open: ฿10,000.00 at 10%, ฿25,000.00 at 50%, ฿333.33 at 25% (83.3325 → 83.33); won ฿7,000.00
    assert [table.text(somsri, c) for c in (OPEN, AMOUNT, WEIGHTED, STALE, WON, LOST)] == [
        "3", "฿35,333.33", "฿13,583.33", "0", "1 · ฿7,000.00", "0 · 0",
    ]  # fmt: skip
    lan = table.row_of("Nguyễn Thị Lan")
    assert [table.text(lan, c) for c in (OPEN, AMOUNT, WEIGHTED, STALE, WON, LOST)] == [
        "1", "5.000.000 ₫", "4.000.000 ₫", "0", "0 · 0", "1 · 1.200.000 ₫",
    ]  # fmt: skip
    total = table.row_of("Everyone")
    assert [table.text(total, c) for c in (OPEN, AMOUNT, WEIGHTED, WON, LOST)] == [
        "4", "฿35,333.33 + 5.000.000 ₫", "฿13,583.33 + 4.000.000 ₫", "1 · ฿7,000.00", "1 · 1.200.000 ₫",
    ]  # fmt: skip
    screenshot(view, "opportunities_pipeline_en")
    # a line opens that salesperson's list
    where = table.table.visualItemRect(table.table.item(lan, 0)).center()
    qtbot.mouseClick(table.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    with qtbot.waitSignal(view.model.ids_loaded, timeout=10_000):
        qtbot.mouseDClick(table.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert view.mode() is Mode.LIST and view.owner.currentData() == shop.lan.id
    qtbot.waitUntil(lambda: view.model.record(0) is not None, timeout=10_000)
    assert list_titles(view) == ["Bộ dưỡng da cho cửa hàng"]


def test_list_search_and_state_tabs(qtbot, view, shop) -> None:
    reload_list(qtbot, view, lambda: view.set_mode(Mode.LIST))
    assert len(list_titles(view)) == 4
    reload_list(qtbot, view, lambda: type_text(view.search, "Hoa Mai"))  # a customer's name
    assert list_titles(view) == ["Bộ dưỡng da cho cửa hàng"]
    reload_list(qtbot, view, lambda: view.list.tab_bar.setCurrentIndex(3))  # all states
    assert sorted(list_titles(view)) == sorted(["Bộ dưỡng da cho cửa hàng", "Son môi"])
    view.search.clear()
    reload_list(qtbot, view, lambda: type_text(view.search, "สมศรี"))  # a salesperson's name
    assert len(list_titles(view)) == 4  # three open and one won
    reload_list(qtbot, view, lambda: view.list.tab_bar.setCurrentIndex(0))
    assert sorted(list_titles(view)) == sorted(["เซรั่มวิตามินซี 50 ขวด", "ครีมกันแดดสำหรับร้าน", "ชุดทดลอง"])
    record = view.model.index(0, 0).data(RECORD_ROLE)
    assert record.stage_kind is StageKind.OPEN


def test_sales_staff_see_their_own_pipeline_only(qtbot, shop, clock) -> None:
    view, worker = open_view(qtbot, shop, shop.lan, clock)
    try:
        assert [c.title for c in view.board.cards()] == ["Bộ dưỡng da cho cửa hàng"]
        assert not view.stages_action.isVisible() and not view.owner_action.isVisible()
        with qtbot.waitSignal(view.pipeline_loaded, timeout=10_000):
            view.set_mode(Mode.PIPELINE)
        assert view.pipeline.table.rowCount() == 1 and view.pipeline.text(0, 0) == "Nguyễn Thị Lan"
    finally:
        worker.stop(shop.services.close)


def test_a_long_column_loads_more_cards_and_its_header_counts_them_all(
    qtbot, qtmodeltester, shop, clock, monkeypatch
) -> None:
    import salesapp.ui.opportunities.opportunities_view as section

    monkeypatch.setattr(section, "CARDS_PER_COLUMN", 2)
    customer = shop.customers["ร้านสวยใส"]
    for n in range(4):  # with the one already there: five in Interested
        data = OpportunityInput(f"ล็อตที่ {n + 1}", 100_000 * (n + 1))
        shop.services.opportunities.create(shop.somsri, customer, data)
    view, worker = open_view(qtbot, shop, shop.admin, clock)
    try:
        column = view.board.column(shop.stages["Interested"].id)
        assert column is not None
        qtmodeltester.check(column.model)
        assert len(column.model.cards) == 2
        # 10% of 10,000 + 1,000 + 2,000 + 3,000 + 4,000 ฿: the aggregate, not the two cards loaded
        assert column.summary.text() == "Opportunities: 5\nWeighted: ฿2,000.00"
        assert column.more.text() == "and 3 more — use the list"
        with qtbot.waitSignal(column.model.rowsInserted, timeout=10_000):
            qtbot.mouseClick(column.more_button, Qt.MouseButton.LeftButton)
        with qtbot.waitSignal(column.model.rowsInserted, timeout=10_000):
            qtbot.mouseClick(column.more_button, Qt.MouseButton.LeftButton)
        assert len({c.id for c in column.model.cards}) == 5
        assert not column.more_button.isVisible()
    finally:
        worker.stop(shop.services.close)


def test_edit_keeps_the_typed_text_when_another_desktop_saved_first(qtbot, view, shop) -> None:
    st, title = shop.stages, "ชุดทดลอง"
    click_card(qtbot, view, st["Presented"], title)
    qtbot.mouseClick(view.pane.edit_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog is not None and dialog.customer_hits is None
    assert dialog.title.text() == title and dialog.amount.text() == "333.33"
    record = shop.opps[title]  # another desktop renames it meanwhile
    shop.services.opportunities.update(shop.somsri, record.id, record.version, OpportunityInput("ชุดทดลองใหม่"))
    dialog.amount.setText("4,000")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "changed by สมศรี ใจดี" in dialog.message.text(), timeout=10_000)
    assert dialog.isVisible() and dialog.amount.text() == "4,000"  # nothing typed is lost
    dialog.reject()
    with qtbot.waitSignal(view.detail_shown, timeout=10_000):
        view.tick()  # read again (F5 or the ChangeSet from the other desktop)
    assert view.pane.title.text() == "ชุดทดลองใหม่"
    qtbot.mouseClick(view.pane.edit_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    dialog.amount.setText("4,000")
    with qtbot.waitSignal(view.detail_shown, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert view.pane.values["amount"].text() == "฿4,000.00"
    assert view.pane.probability.text() == "Probability 25% · weighted forecast ฿1,000.00"
    assert m.Opportunity.get_by_id(record.id).amount_minor == 400_000


def test_a_note_being_typed_stays_when_another_card_is_dragged(qtbot, view, shop) -> None:
    st = shop.stages
    click_card(qtbot, view, st["Presented"], "ชุดทดลอง")
    view.pane.tabs.setCurrentIndex(1)
    type_text(view.pane.note_text, "ลูกค้าขอตัวอย่างเพิ่ม")
    with qtbot.waitSignal(view.saved, timeout=10_000):
        assert drag_card(view, st["Interested"], "เซรั่มวิตามินซี 50 ขวด", st["Considering"])
    qtbot.waitUntil(lambda: "เซรั่มวิตามินซี 50 ขวด" in titles(view, st["Considering"]), timeout=10_000)
    assert view.pane.title.text() == "ชุดทดลอง"
    assert view.pane.note_text.toPlainText() == "ลูกค้าขอตัวอย่างเพิ่ม"
    assert "Moved to Considering · 60%." in view.banner.text()
    assert view.board.current_id() == shop.opps["ชุดทดลอง"].id


def test_the_empty_pane_shows_no_stray_stage_label(qtbot, view) -> None:
    """Nothing chosen: the pane says what to do, without a "Stage:" caption left standing (issue 18)."""
    assert view.pane.record is None and view.pane.placeholder.isVisible()
    visible = [label.text() for label in view.pane.findChildren(QLabel) if label.isVisible() and label.text()]
    assert "Stage:" not in visible


def test_the_list_shows_rows_and_counts_after_a_card_was_dragged_on_the_board(qtbot, view, shop) -> None:
    st, title = shop.stages, "เซรั่มวิตามินซี 50 ขวด"
    with qtbot.waitSignal(view.saved, timeout=10_000):
        assert drag_card(view, st["Interested"], title, st["Considering"])
    reload_list(qtbot, view, lambda: view.set_mode(Mode.LIST))
    assert len(list_titles(view)) == 4 and title in list_titles(view)
    qtbot.waitUntil(lambda: view.list.tab_bar.tabText(0).endswith("(4)"), timeout=10_000)
