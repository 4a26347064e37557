"""The follow-up desk through its widgets: pick an item, type a Thai note, pick a date in the calendar, save,
see the icon change; end and reopen; a stale save from a second session; a reminder with a fake clock;
entering a payment notice with its slip and matching it. On SQLite and on the real PostgreSQL server.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from salesapp.demo.demo import DEMO_PASSWORD, fill_demo
from salesapp.domain.followup import FollowUpKind, FollowUpStatus, StatusFilter
from salesapp.services.followup.followup_list import FollowUpFilter
from salesapp.services.registry import Services
from salesapp.ui.followup.followup_view import FollowUpView
from salesapp.ui.followup.reminders import Reminders
from salesapp.ui.shared.fonts import apply_app_font, load_fonts
from salesapp.ui.shared.i18n import Translations
from salesapp.ui.shared.tasks import DbWorker
from salesapp.ui.shared.view_context import ViewContext
from tests.gui.test_date_edit import day_cell_center
from tests.helpers.gui import screenshot, type_text
from tests.helpers.people import manager_of

BANGKOK = ZoneInfo("Asia/Bangkok")
THAI_NOTE = "โทรแล้ว ลูกค้าสนใจเซรั่มเพิ่ม 2 ขวด 🙏 นัดโทรอีกครั้งพรุ่งนี้"


@pytest.fixture
def worker(services: Services):
    w = DbWorker()
    yield w
    w.stop(services.close)  # the worker thread's own connection


@pytest.fixture
def filled(services: Services, clock) -> Services:
    fill_demo(services.db, customers=80, orders=3000, seed=4, now=clock())
    return services


def make_view(qtbot, services: Services, worker, clock, username: str = "manager") -> FollowUpView:
    user = services.users.sign_in(username, DEMO_PASSWORD)
    ctx = ViewContext(worker, user, BANGKOK, False, clock)
    view = FollowUpView(ctx, services.followup_list, services.followups, services.intake, Reminders())
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and view.model._ids is not None, timeout=10_000)
    return view


def show(qtbot, view: FollowUpView, kind: FollowUpKind | None, status: StatusFilter) -> None:
    view.set_status_filter(status)
    view.list.tab_bar.setCurrentIndex(view.list._tab_keys.index(kind))
    with qtbot.waitSignal(view.model.ids_loaded, timeout=10_000):  # older loads are superseded
        view.reload()
    qtbot.waitUntil(lambda: view.model.rowCount() == 0 or view.model.record(0) is not None, timeout=10_000)


def click_row(qtbot, view: FollowUpView, row: int) -> None:
    table = view.list.table
    rect = table.visualRect(view.model.index(row, 2))
    with qtbot.waitSignal(view.detail_shown, timeout=10_000):
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def status_of(view: FollowUpView, row: int) -> str:
    return view.model.index(row, 0).data()


def test_note_with_calendar_date_then_end_and_reopen(qtbot, qtmodeltester, filled, worker, clock) -> None:
    view = make_view(qtbot, filled, worker, clock)
    show(qtbot, view, FollowUpKind.ORDER, StatusFilter.NEW)
    assert view.model.rowCount() > 0
    assert {status_of(view, r) for r in range(view.model.rowCount())} == {"New"}
    qtmodeltester.check(view.model, force_py=True)
    click_row(qtbot, view, 0)
    pane = view.pane
    chosen = pane.record.row
    assert pane.subject_box.title().startswith("Order SO") and "฿" in pane.subject_text()
    type_text(pane.editor, THAI_NOTE)
    # The next follow-up: tomorrow (Bangkok) at 14:30, picked in the calendar popup.
    date_edit = pane.next_time.date_edit()
    qtbot.mouseClick(date_edit.popup_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(date_edit.is_popup_visible)
    tomorrow = (clock().astimezone(BANGKOK) + timedelta(days=1)).date()
    grid, pos = day_cell_center(date_edit.calendar(), QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert date_edit.date() == tomorrow
    pane.next_time.time_edit().setTime(pane.next_time.time_edit().time().fromString("14:30", "HH:mm"))
    scroll = view.list.table.verticalScrollBar().value()
    with qtbot.waitSignal(view.saved, timeout=10_000) as saved:
        qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
    row = saved.args[0]
    assert row.id == chosen.id and row.last_note == THAI_NOTE
    assert row.next_at.astimezone(BANGKOK).strftime("%d %H:%M") == f"{tomorrow.day:02d} 14:30"
    # The list shows it at once, in place: icon and text changed, selection and scroll kept.
    assert status_of(view, 0) == "Tracking"
    assert view.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert view.list.table.currentIndex().row() == 0 and view.list.table.verticalScrollBar().value() == scroll
    assert THAI_NOTE in view.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert pane.editor.toPlainText() == "" and THAI_NOTE in pane.notes.toPlainText()
    assert filled.followups.notes(manager_of(filled), chosen.id)[-1].text == THAI_NOTE  # stored exactly (NFC)
    screenshot(view, "followup_saved_en")

    # End the follow-up with a summary: the tick only chooses (nothing is sent, nothing is disabled, Save
    # says what it will do); Save ends it; only a manager may reopen.
    type_text(pane.editor, "ปิดการขายแล้ว")
    pane.end_box.click()
    assert pane.end_box.isChecked() and pane.editor.isEnabled() and pane.save_button.isEnabled()
    assert pane.save_button.text() == "Save and end follow-up" and not pane.next_time.isEnabled()
    assert status_of(view, 0) == "Tracking" and not filled.followups.row(view.user, chosen.id).closed
    pane.end_box.click()  # changed my mind: back to a plain note
    assert pane.save_button.text() == "Save note" and pane.next_time.isEnabled()
    pane.end_box.click()
    assert pane.editor.toPlainText() == "ปิดการขายแล้ว"
    with qtbot.waitSignal(view.saved, timeout=10_000):
        qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
    assert status_of(view, 0) == "Closed" and pane.end_box.isChecked() and not pane.editor.isEnabled()
    assert filled.followups.notes(manager_of(filled), chosen.id)[-1].text == "ปิดการขายแล้ว"
    assert pane.save_button.text() == "Save note"
    assert pane.reopen_button.isVisible()
    with qtbot.waitSignal(view.saved, timeout=10_000):
        qtbot.mouseClick(pane.reopen_button, Qt.MouseButton.LeftButton)
    assert status_of(view, 0) in ("Tracking", "Due")
    history = [pane.history.topLevelItem(i).text(2) for i in range(pane.history.topLevelItemCount())]
    assert history[:3] == ["Reopened", "Follow-up ended", "Note added"]


def test_stale_save_is_refused_and_the_note_stays(qtbot, filled, worker, clock) -> None:
    view = make_view(qtbot, filled, worker, clock)
    show(qtbot, view, FollowUpKind.CONTACT_REQUEST, StatusFilter.NEW)
    click_row(qtbot, view, 0)
    row = view.pane.record.row
    # Another desktop (another session of the same server) saves first.
    other = filled.users.sign_in("lan", DEMO_PASSWORD)
    filled.followups.add_note(other, row.id, row.version, "Gọi lần 1 từ máy khác", None)
    type_text(view.pane.editor, "บันทึกของฉัน")
    with qtbot.waitSignal(view.save_failed, timeout=10_000) as failed:
        qtbot.mouseClick(view.pane.save_button, Qt.MouseButton.LeftButton)
    assert "changed" in failed.args[0] or "saved" in failed.args[0]
    assert view.pane.editor.toPlainText() == "บันทึกของฉัน"  # nothing typed is lost
    assert view.pane.message.isVisible()
    qtbot.waitUntil(lambda: "Gọi lần 1 từ máy khác" in view.pane.notes.toPlainText(), timeout=10_000)
    assert [n.text for n in filled.followups.notes(manager_of(filled), row.id)] == ["Gọi lần 1 từ máy khác"]
    # Having seen the other note, saving again goes through.
    with qtbot.waitSignal(view.saved, timeout=10_000):
        qtbot.mouseClick(view.pane.save_button, Qt.MouseButton.LeftButton)
    assert [n.text for n in filled.followups.notes(manager_of(filled), row.id)][-1] == "บันทึกของฉัน"


def test_empty_note_without_time_is_refused(qtbot, filled, worker, clock) -> None:
    view = make_view(qtbot, filled, worker, clock)
    show(qtbot, view, FollowUpKind.ORDER, StatusFilter.NEW)
    click_row(qtbot, view, 0)
    with qtbot.waitSignal(view.save_failed, timeout=10_000) as failed:
        qtbot.mouseClick(view.pane.save_button, Qt.MouseButton.LeftButton)
    assert failed.args[0] == "Write a note or choose the next follow-up time."
    assert view.pane.save_button.isEnabled()


def test_reminder_fires_when_an_item_turns_due(qtbot, filled, worker, clock) -> None:
    view = make_view(qtbot, filled, worker, clock)
    show(qtbot, view, FollowUpKind.ORDER, StatusFilter.NEW)
    click_row(qtbot, view, 0)
    row = view.pane.record.row
    soon = clock() + timedelta(minutes=2)
    filled.followups.add_note(view.user, row.id, row.version, "โทรอีกครั้งใน 2 นาที", soon)
    view.tick()  # nothing due yet
    clock.advance(minutes=1)
    view.tick()
    assert not any(row.title in body for _, body in view.reminders.shown)
    clock.advance(minutes=1)
    with qtbot.waitSignal(view.model.page_loaded, timeout=10_000):
        view.tick()
    qtbot.waitUntil(lambda: any(row.title in body for _, body in view.reminders.shown), timeout=10_000)
    assert row.title in view.banner.text() and view.show_due.isVisible()
    index = next(
        view.model.index(r, 0) for r in range(view.model.rowCount()) if view.model.record(r).id == row.id
    )
    assert index.data() == "Due"
    assert view.model.record(index.row()).status(clock(), BANGKOK) is FollowUpStatus.DUE
    # Clicking the reminder opens the item.
    with qtbot.waitSignal(view.detail_shown, timeout=10_000) as shown:
        view.reminders.open_requested.emit(row.id)
    assert shown.args[0].row.id == row.id


def test_payment_notice_by_hand_with_slip_then_match(qtbot, filled, worker, clock, tmp_path: Path) -> None:
    view = make_view(qtbot, filled, worker, clock)
    # The customer of a recent order transfers its total and reports it by phone.
    boss = manager_of(filled)
    first = filled.followup_list.ids(boss, FollowUpFilter(kind=FollowUpKind.ORDER))[0]
    order = filled.followup_list.rows(boss, [first])[0]
    slip = QImage(300, 420, QImage.Format.Format_RGB32)
    slip.fill(QColor("#e3f2fd"))
    slip.save(str(tmp_path / "slip.png"))
    (tmp_path / "slip.gif").write_bytes(b"GIF89a" + b"\0" * 40)
    dialog = view.enter_payment_notice()
    type_text(dialog.name, order.customer_name)
    type_text(dialog.phone, order.phone or "")
    type_text(dialog.amount, f"{order.amount_minor // 100}.{order.amount_minor % 100:02d}")
    type_text(dialog.bank, "กสิกรไทย")
    type_text(dialog.order_number, order.title)
    # A file that is not a picture is refused as it is attached, with its name; so is a damaged one.
    assert not dialog.attach_slip(tmp_path / "slip.gif")
    assert "slip.gif" in dialog.message.text() and dialog.slip is None
    (tmp_path / "cut.png").write_bytes((tmp_path / "slip.png").read_bytes()[:-30])
    assert not dialog.attach_slip(tmp_path / "cut.png")
    assert dialog.message.text() == "“cut.png” is damaged or incomplete: it cannot be shown as a picture."
    assert dialog.attach_slip(tmp_path / "slip.png") and not dialog.message.isVisible()
    with qtbot.waitSignal(view.detail_shown, timeout=10_000) as shown:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    notice = shown.args[0].subject
    assert notice.has_slip and notice.order_number_given == order.title
    qtbot.waitUntil(lambda: not view.pane.slip_button.icon().isNull(), timeout=10_000)
    view.pane.match_button.click()
    match = view.match_dialog
    qtbot.waitUntil(lambda: match.orders.topLevelItemCount() > 0, timeout=10_000)
    assert match.orders.topLevelItem(0).text(0) == order.title
    screenshot(view, "followup_payment_notice_en")
    screenshot(match, "followup_match_en")
    with qtbot.waitSignal(view.saved, timeout=10_000):
        match.match_button.click()
    qtbot.waitUntil(lambda: order.title in view.pane.subject_text(), timeout=10_000)
    paid = filled.followups.order_subject(manager_of(filled), order.subject_id)
    assert paid.paid_by_notice == notice.number


def test_sales_staff_see_only_their_own_and_unassigned(qtbot, filled, worker, clock) -> None:
    view = make_view(qtbot, filled, worker, clock, username="somsri")
    assert [view.scope.itemData(i) for i in range(view.scope.count())] == [view.user.id, 0]
    owners = {view.model.record(r).owner_id for r in range(min(view.model.rowCount(), 200))}
    assert owners <= {view.user.id}


@pytest.mark.parametrize("code", ["th", "vi"])
def test_desk_in_thai_and_vietnamese(qtbot, filled, worker, clock, code: str) -> None:
    app = QApplication.instance()
    load_fonts()
    apply_app_font(app)
    translations = Translations(app)
    translations.install(code)
    try:
        view = make_view(qtbot, filled, worker, clock)
        expected = {"th": "รายการแจ้งโอนเงิน", "vi": "Thông báo chuyển khoản"}[code]
        assert any(expected.lower() in view.list.tab_bar.tabText(i).lower() for i in range(4))
        for kind, name in ((FollowUpKind.ORDER, "orders"), (FollowUpKind.CONTACT_REQUEST, "requests"),
                           (FollowUpKind.PAYMENT_NOTICE, "notices")):  # fmt: skip
            show(qtbot, view, kind, StatusFilter.OPEN)
            click_row(qtbot, view, 0)
            screenshot(view, f"followup_{name}_{code}")
        view.pane.tabs.setCurrentIndex(1)
        screenshot(view.pane, f"followup_history_{code}")
    finally:
        translations.install("en")


@pytest.mark.parametrize("code", ["en", "th", "vi"])
def test_end_follow_up_tick_screenshots(qtbot, filled, worker, clock, code: str) -> None:
    """The pane with "End follow-up" ticked and a summary typed, in each language, for a person to look at."""
    app = QApplication.instance()
    load_fonts()
    apply_app_font(app)
    translations = Translations(app)
    translations.install(code)
    try:
        view = make_view(qtbot, filled, worker, clock)
        show(qtbot, view, FollowUpKind.ORDER, StatusFilter.OPEN)
        click_row(qtbot, view, 0)
        type_text(
            view.pane.editor, {"en": "Paid, sent.", "th": "โอนแล้ว ส่งของแล้ว", "vi": "Đã chuyển khoản"}[code]
        )
        view.pane.end_box.click()
        assert not view.pane.record.row.closed and view.pane.editor.isEnabled()
        button = view.pane.save_button  # the longer text is shown whole once the layout has run
        qtbot.waitUntil(lambda: button.width() >= button.sizeHint().width(), timeout=5_000)
        screenshot(view, f"followup_end_ticked_{code}")
    finally:
        translations.install("en")


def test_contact_request_by_hand_then_follow_up_now(qtbot, filled, worker, clock) -> None:
    view = make_view(qtbot, filled, worker, clock)
    dialog = view.enter_contact_request()
    type_text(dialog.name, "ลูกค้าโทรมา สมหญิง")
    type_text(dialog.phone, "#100234567")  # an order number, not a phone
    type_text(dialog.text, "อยากได้ใบเสนอราคา 20 ชิ้น")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(dialog.message.isVisible, timeout=10_000)
    assert dialog.isVisible() and dialog.text.toPlainText() == "อยากได้ใบเสนอราคา 20 ชิ้น"
    dialog.phone.clear()
    type_text(dialog.phone, "089-123-4567")
    with qtbot.waitSignal(view.detail_shown, timeout=10_000) as shown:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    request = shown.args[0].subject
    assert request.phone == "+66891234567" and request.message == "อยากได้ใบเสนอราคา 20 ชิ้น"
    # "Now": due at once, allowed although it is not in the future.
    qtbot.mouseClick(view.pane.next_time.now_button(), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.saved, timeout=10_000) as saved:
        qtbot.mouseClick(view.pane.save_button, Qt.MouseButton.LeftButton)
    assert saved.args[0].status(clock(), BANGKOK) is FollowUpStatus.DUE


def tab_count(view: FollowUpView, kind: FollowUpKind | None) -> str:
    text = view.list.tab_bar.tabText(view.list._tab_keys.index(kind))
    return text[text.rindex("(") + 1 : -1]


def test_the_banner_follows_closings_from_elsewhere_and_f5(qtbot, filled, worker, clock) -> None:
    view = make_view(qtbot, filled, worker, clock)
    before = filled.followup_list.due_summary(view.user, BANGKOK)
    assert before.overdue >= 2
    qtbot.waitUntil(lambda: f"{before.overdue} overdue" in view.banner.text(), timeout=10_000)
    show(qtbot, view, None, StatusFilter.DUE)
    first, second = view.model.record(0), view.model.record(1)  # due first: the oldest, overdue
    # another desktop ends one: its ChangeSet reloads the counters, and the banner with them
    _, changes = filled.followups.close(view.user, first.id, first.version, "ปิดแล้ว")
    view.apply_changes(changes)
    qtbot.waitUntil(lambda: f"{before.overdue - 1} overdue" in view.banner.text(), timeout=10_000)
    # a change nobody announced: F5
    filled.followups.close(view.user, second.id, second.version, "ปิดแล้ว")
    view.reload()
    qtbot.waitUntil(lambda: f"{before.overdue - 2} overdue" in view.banner.text(), timeout=10_000)
    assert view.show_due.isVisible() and len(view.reminders.shown) == 1  # greeted once only


def test_the_footer_counts_the_rows_shown_and_agrees_with_the_tab(qtbot, filled, worker, clock) -> None:
    view = make_view(qtbot, filled, worker, clock)
    qtbot.waitUntil(lambda: tab_count(view, None) == str(view.model.rowCount()), timeout=10_000)
    total = view.model.rowCount()
    assert view.list.status.text().startswith(f"{total} follow-up")  # "(s)": no English .qm loaded here
    row = view.model.record(0)
    _, changes = filled.followups.close(view.user, row.id, row.version, "ปิดแล้ว")
    view.apply_changes(changes)  # the ended row stays in place until F5; the tab counts what is open now
    qtbot.waitUntil(lambda: tab_count(view, None) == str(total - 1), timeout=10_000)
    assert view.model.rowCount() == total
    footer = view.list.status.text()
    assert footer.startswith(f"{total} follow-up")
    assert f"shown; {total - 1} now, F5 updates the list" in footer
    with qtbot.waitSignal(view.model.ids_loaded, timeout=10_000):
        view.reload()
    qtbot.waitUntil(lambda: tab_count(view, None) == str(total - 1), timeout=10_000)
    assert view.model.rowCount() == total - 1 and view.list.status.text().startswith(f"{total - 1} follow-up")
    assert "now" not in view.list.status.text()
