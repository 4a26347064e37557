"""The upsell section through its widgets: request work, a call timed by a fake clock, notes typed in Thai
with pictures (a too-big and a wrong file refused, the text kept), a picture opened full size, pinning,
Success with products added; a manager assigns cases, records Follow-up (Vietnamese reason), Failed,
Skip (refused until the order is confirmed) and Give back; selecting orders into upsell; the settings
form saves the rules. On SQLite (the services are covered on both backends by their own tests).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTime
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from salesapp.db import models as m
from salesapp.domain.clock import to_db
from salesapp.domain.enums import Channel, Currency, EntityKind, OrderStatus, Role
from salesapp.domain.orders.bill import BillInput, BillLineInput
from salesapp.domain.text import search_key
from salesapp.domain.upsell import UpsellRules, UpsellStatus
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.services.registry import Services
from salesapp.ui.shared.fonts import apply_app_font, load_fonts
from salesapp.ui.shared.tasks import DbWorker
from salesapp.ui.shared.view_context import ViewContext
from salesapp.ui.upsell.upsell_view import UpsellView
from tests.helpers.gui import screenshot as save_screenshot
from tests.helpers.gui import type_text

BANGKOK = ZoneInfo("Asia/Bangkok")
S = UpsellStatus
THAI_NOTE = "ลูกค้าสนใจสบู่ขมิ้นเพิ่ม 2 ก้อน 🙏"
VIET_REASON = "Khách hẹn gọi lại sau ngày lĩnh lương"


def add_product(services: Services, sku: str, name: str, units) -> dict[str, int]:
    now = to_db(services.ctx.clock())
    pid = m.Product.insert(
        sku=sku, name=name, search_key=search_key(name), category="skin", created_at=now, updated_at=now
    ).execute()
    ids = {"id": int(pid)}
    for unit, price, currency in units:
        ids[unit] = int(
            m.ProductUnit.insert(
                product=pid, name=unit, factor=1, price_minor=price, currency=currency
            ).execute()
        )
    return ids


@pytest.fixture
def shop(services: Services, admin, db_url):
    """Fonts, a manager and two sales staff, Thai and Vietnamese customers, products, five orders queued by
    the rules (switched on, no conditions) and two awaiting orders made before (not in the queue)."""
    if not db_url.startswith("sqlite"):
        pytest.skip("widget test on SQLite; the services are covered on PostgreSQL")
    load_fonts()
    apply_app_font(QApplication.instance())
    users = {
        "boss": services.users.create_user(admin, "boss", "หัวหน้า วันดี", Role.MANAGER, "secret-pass")[0],
        "somsri": services.users.create_user(admin, "somsri", "สมศรี ขายเก่ง", Role.SALES, "secret-pass")[0],
        "lan": services.users.create_user(admin, "lan", "Nguyễn Thị Lan", Role.SALES, "secret-pass")[0],
    }
    serum = add_product(services, "SER", "เซรั่มวิตามินซี 30ml", [("ขวด", 59000, "THB")])
    add_product(services, "SOAP", "สบู่สมุนไพรขมิ้น", [("ก้อน", 8900, "THB")])
    customers = [
        services.customers.create(
            admin, CustomerInput(name=name, phone=phone, channel=channel, country=country)
        )[0]
        for name, phone, channel, country in [
            ("สมชาย ใจดี", "081-234-5678", Channel.LINE, "TH"),
            ("อรุณี แก้วมณี", "089-111-2222", Channel.FACEBOOK, "TH"),
            ("Trần Văn Bình", "0912 345 678", Channel.ZALO, "VN"),
        ]
    ]

    def order(customer, quantity: int = 1) -> int:
        line = BillLineInput(serum["id"], serum["ขวด"], quantity)
        created, _ = services.orders.create(admin, BillInput(customer.id, Currency.THB, (line,), 4000))
        services.ctx.clock.advance(minutes=1)  # type: ignore[attr-defined]
        return created.order_id

    outside = [order(customers[0], 3), order(customers[1], 2)]  # rules still off: not queued
    current = services.upsell_settings.get()
    services.upsell_settings.save(admin, replace(current, rules=UpsellRules(enabled=True)), current.version)
    for i in range(5):
        order(customers[i % 2])
    return services, users, outside


def screenshot(widget, name: str) -> None:
    """Save a screenshot once pending layout work is done (rows added to a form are shown by queued
    events, which grab() does not wait for)."""
    for _ in range(3):
        QApplication.sendPostedEvents()
    save_screenshot(widget, name)


def make_view(qtbot, services: Services, user, clock, worker: DbWorker, width: int = 1280) -> UpsellView:
    view = UpsellView(ViewContext(worker, user, BANGKOK, False, clock), services)
    qtbot.addWidget(view)
    view.resize(width, 720)
    view.show()
    wait_list(qtbot, view)
    return view


@pytest.fixture
def worker(shop):
    services = shop[0]
    services.close()  # the worker thread opens its own connection
    w = DbWorker()
    yield w
    w.stop(services.close)


def wait_list(qtbot, view: UpsellView) -> None:
    qtbot.waitUntil(
        lambda: (
            view.model.all_ids() is not None
            and (view.model.rowCount() == 0 or view.model.record(0) is not None)
        ),
        timeout=10_000,
    )


def wait_rows(qtbot, view: UpsellView, count: int) -> None:
    qtbot.waitUntil(
        lambda: (
            view.model.rowCount() == count
            and view.model.all_ids() is not None
            and (count == 0 or view.model.record(0) is not None)
        ),
        timeout=10_000,
    )


def show(qtbot, view: UpsellView, status: UpsellStatus) -> None:
    with qtbot.waitSignal(view.model.ids_loaded, timeout=10_000):
        view.show_tab(status)
    wait_list(qtbot, view)


def tab_text(view: UpsellView, status: UpsellStatus) -> str:
    return view.list.tab_bar.tabText(list(UpsellStatus).index(status))


def click_row(qtbot, view: UpsellView, row: int) -> None:
    rect = view.list.table.visualRect(view.model.index(row, 1))
    with qtbot.waitSignal(view.case_shown, timeout=10_000):
        qtbot.mouseClick(view.list.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_and_wait(qtbot, view: UpsellView, button) -> None:
    with qtbot.waitSignal(view.saved, timeout=10_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def image_file(path: Path, fmt: str, color: str) -> Path:
    image = QImage(1600, 1000, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    assert image.save(str(path), fmt)
    return path


def case_status(view: UpsellView) -> UpsellStatus:
    return view.pane.detail.case.status


def test_request_work_call_notes_pictures_pin_and_success(qtbot, shop, worker, clock, tmp_path) -> None:
    services, users, _ = shop
    view = make_view(qtbot, services, users["somsri"], clock, worker)
    qtbot.waitUntil(lambda: tab_text(view, S.PENDING) == "Pending (5)", timeout=10_000)
    assert not view.settings_button.isVisibleTo(view) and not view.assign_button.isVisibleTo(view)
    assert view.model.rowCount() == 5

    # Request work: the five oldest (up to 5 by default) are hers, the first one opens.
    with qtbot.waitSignal(view.case_shown, timeout=10_000):
        qtbot.mouseClick(view.request_button, Qt.MouseButton.LeftButton)
    wait_list(qtbot, view)
    assert view.list.current_key() == S.ASSIGNED and view.model.rowCount() == 5
    qtbot.waitUntil(lambda: tab_text(view, S.PENDING) == "Pending (0)", timeout=10_000)
    pane = view.pane
    case = pane.detail.case
    assert case.status is S.ASSIGNED and case.assignee_name == "สมศรี ขายเก่ง"
    first_order = m.Order.select().order_by(m.Order.id).offset(2).first()  # the oldest queued order
    assert case.order_id == first_order.id and first_order.number in pane.title.text()
    assert "assigned to สมศรี ขายเก่ง" in pane.status.text()
    assert "081-234-5678" in labels_text(pane.customer_box) and "LINE" in labels_text(pane.customer_box)
    assert "Original order" in pane.totals_text() and "630.00" in pane.totals_text()
    assert pane.outcome_buttons[S.SUCCESS].isEnabled() and pane.give_back_button.isEnabled()

    # A call of 1:35 on the fake clock; the timer shows it live, the history keeps it.
    click_and_wait(qtbot, view, pane.timer.start_button)
    assert pane.timer.running and not pane.timer.start_button.isEnabled()
    clock.advance(seconds=95)
    qtbot.waitUntil(lambda: pane.timer.elapsed.text() == "01:35", timeout=3000)  # the QTimer's tick
    click_and_wait(qtbot, view, pane.timer.stop_button)
    assert pane.timer.elapsed.text() == "01:35" and not pane.timer.running
    call = m.Call.get()
    assert call.seconds == 95 and call.user_id == users["somsri"].id
    pane.tabs.setCurrentIndex(2)
    assert pane.calls.topLevelItemCount() == 1 and pane.calls.topLevelItem(0).text(2) == "01:35"
    assert pane.calls.topLevelItem(0).text(3) == "สมศรี ขายเก่ง"

    # A note in Thai with two pictures; a too-big file and a text file are refused, the text stays.
    pane.tabs.setCurrentIndex(1)
    notes = pane.notes
    type_text(notes.editor, THAI_NOTE)
    png = image_file(tmp_path / "slip.png", "PNG", "#4caf50")
    jpeg = image_file(tmp_path / "ภาพสินค้า.jpg", "JPEG", "#e91e63")
    big = tmp_path / "huge.png"
    with big.open("wb") as f:
        f.write(png.read_bytes())
        f.truncate(31 * 1024 * 1024)
    text_file = tmp_path / "order.txt"
    text_file.write_text("not a picture", encoding="utf-8")
    assert notes.attach_files([png, jpeg])
    assert len(notes.attached_strip.buttons) == 2 and "2 of 12" in notes.attached_label.text()
    assert not notes.attach_files([big])
    assert notes.message.text() == "“huge.png” is 31.0 MB; images may be at most 30 MB."
    assert not notes.attach_files([text_file])
    assert notes.message.text() == "“order.txt” is not a PNG or JPEG image."
    assert notes.editor.toPlainText() == THAI_NOTE and len(notes.attached) == 2
    screenshot(view, "upsell_note_refused_en")
    click_and_wait(qtbot, view, notes.save_button)
    assert notes.editor.toPlainText() == "" and not notes.attached
    qtbot.waitUntil(lambda: len(notes.cards) == 1, timeout=5000)
    card = notes.cards[0]
    assert card.text.text() == THAI_NOTE and len(card.thumbs.buttons) == 2
    stored = m.UpsellNoteImage.select().order_by(m.UpsellNoteImage.position)
    assert [i.name for i in stored] == ["slip.png", "ภาพสินค้า.jpg"] and all(i.thumb for i in stored)

    # The picture opens full size, scaled to fit its window.
    qtbot.mouseClick(card.thumbs.buttons[1], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.viewer is not None and view.viewer.isVisible(), timeout=5000)
    viewer = view.viewer
    assert viewer.original.width() == 1600 and viewer.windowTitle() == "ภาพสินค้า.jpg"
    shown = viewer.shown_size()
    assert shown.width() <= viewer.label.width() and shown.height() <= viewer.label.height()
    screenshot(viewer, "upsell_image_viewer")
    viewer.reject()

    # A second note, then the first pinned: it goes to the top.
    type_text(notes.editor, "Gọi lại lúc 3 giờ")
    click_and_wait(qtbot, view, notes.save_button)
    qtbot.waitUntil(lambda: len(notes.cards) == 2, timeout=5000)
    assert notes.cards[0].text.text() == "Gọi lại lúc 3 giờ"
    click_and_wait(qtbot, view, notes.cards[1].pin_button)
    qtbot.waitUntil(lambda: notes.cards[0].note.pinned, timeout=5000)
    assert notes.cards[0].text.text() == THAI_NOTE and "Pinned" in notes.cards[0].meta.text()
    assert notes.cards[0].pin_button.text() == "Unpin"
    screenshot(view, "upsell_case_notes_en")

    # Success: two bars of soap added; the order and its totals grow.
    dialog = view.record_outcome(S.SUCCESS)
    qtbot.waitUntil(lambda: dialog.picker.product.count() == 2, timeout=5000)
    assert not dialog.picker.discount.isVisibleTo(dialog)
    type_text(dialog.picker.product_edit, "ขมิ้น")
    dialog.picker.quantity.setValue(2)
    qtbot.mouseClick(dialog.picker.add_button, Qt.MouseButton.LeftButton)
    assert dialog.picker.line_count() == 1 and "178.00" in dialog.totals.text()
    assert "808.00" in dialog.totals.text()  # 630.00 + 178.00
    screenshot(dialog, "upsell_success_dialog_en")
    with qtbot.waitSignal(view.saved, timeout=10_000):
        save(dialog)
    assert not dialog.isVisible() and case_status(view) is S.SUCCESS
    order = m.Order.get_by_id(case.order_id)
    assert order.total_minor == 80800
    assert [(x.description, x.quantity, x.upsell) for x in order_lines(order.id)][-1] == (
        "สบู่สมุนไพรขมิ้น (ก้อน)", 2, True,
    )  # fmt: skip
    assert "808.00" in pane.totals_text() and "178.00" in pane.totals_text()
    assert not any(b.isEnabled() for b in pane.outcome_buttons.values())
    assert not pane.give_back_button.isEnabled() and not pane.timer.start_button.isEnabled()
    pane.tabs.setCurrentIndex(2)
    whats = [pane.history.topLevelItem(i).text(2) for i in range(pane.history.topLevelItemCount())]
    assert {"Status changed", "Call", "Note added", "Note pinned"} <= set(whats)
    qtbot.waitUntil(lambda: tab_text(view, S.SUCCESS) == "Success (1)", timeout=10_000)
    screenshot(view, "upsell_case_history_en")


def labels_text(widget) -> str:
    from PySide6.QtWidgets import QLabel

    return " | ".join(label.text() for label in widget.findChildren(QLabel))


def order_lines(order_id: int):
    return m.OrderLine.select().where(m.OrderLine.order == order_id).order_by(m.OrderLine.position)


def test_manager_assigns_then_follow_up_failed_skip_and_give_back(qtbot, shop, worker, clock) -> None:
    services, users, _ = shop
    view = make_view(qtbot, services, users["boss"], clock, worker)
    assert view.settings_button.isVisibleTo(view) and not view.assign_button.isEnabled()
    # Select four pending cases and assign them to Lan.
    table = view.list.table
    for row in range(4):
        table.selectionModel().select(
            view.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    assert view.assign_button.isEnabled()
    qtbot.mouseClick(view.assign_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    qtbot.waitUntil(lambda: dialog.staff.count() >= 4, timeout=5000)
    dialog.choose("Nguyễn Thị Lan")
    with qtbot.waitSignal(view.saved, timeout=10_000):
        save(dialog)
    wait_list(qtbot, view)
    qtbot.waitUntil(lambda: tab_text(view, S.ASSIGNED) == "Assigned (4)", timeout=10_000)
    assert m.UpsellCase.select().where(m.UpsellCase.assignee == users["lan"].id).count() == 4

    show(qtbot, view, S.ASSIGNED)
    assert {view.model.index(r, 6).data() for r in range(4)} == {"Nguyễn Thị Lan"}

    # Follow-up with a Vietnamese reason and tomorrow 14:30 typed in the date field.
    click_row(qtbot, view, 0)
    pane = view.pane
    dialog = view.record_outcome(S.FOLLOW_UP)
    type_text(dialog.reason, VIET_REASON)
    tomorrow = (clock().astimezone(BANGKOK) + timedelta(days=1)).date()
    date_edit = dialog.next_call.date_edit()
    date_edit.line_edit().setText(tomorrow.strftime("%d/%m/%Y"))
    date_edit.commit()
    dialog.next_call.time_edit().setTime(QTime(14, 30))
    with qtbot.waitSignal(view.saved, timeout=10_000):
        save(dialog)
    assert case_status(view) is S.FOLLOW_UP and VIET_REASON in pane.status.text()
    assert pane.detail.case.next_call_at.astimezone(BANGKOK).strftime("%H:%M") == "14:30"
    assert pane.outcome_buttons[S.FOLLOW_UP].isEnabled()  # another follow-up may follow

    # Failed, with a reason from the list (each outcome takes its case out of the Assigned tab).
    wait_rows(qtbot, view, 3)
    click_row(qtbot, view, 0)
    dialog = view.record_outcome(S.FAILED)
    dialog.choose("Price too high")
    with qtbot.waitSignal(view.saved, timeout=10_000):
        save(dialog)
    assert case_status(view) is S.FAILED and pane.detail.case.reason == "Price too high"

    # Skip: refused while the order awaits confirmation (the dialog stays), done once it is confirmed.
    wait_rows(qtbot, view, 2)
    click_row(qtbot, view, 0)
    case = pane.detail.case
    dialog = view.record_outcome(S.SKIPPED)
    dialog.choose("Customer asked not to be called")
    with qtbot.waitSignal(view.save_failed, timeout=10_000):
        save(dialog)
    assert dialog.isVisible() and "Confirm it in Orders first" in dialog.message.text()
    assert dialog.reasons.currentData() == "Customer asked not to be called"
    screenshot(dialog, "upsell_skip_refused_en")
    m.Order.update(status=OrderStatus.CONFIRMED.value).where(m.Order.id == case.order_id).execute()
    with qtbot.waitSignal(view.saved, timeout=10_000):
        save(dialog)
    assert not dialog.isVisible() and case_status(view) is S.SKIPPED

    # Give back, after confirming: the case is pending again, nobody's.
    wait_rows(qtbot, view, 1)
    click_row(qtbot, view, 0)
    box = view.give_back()
    assert isinstance(box, QMessageBox) and box.isVisible()
    with qtbot.waitSignal(view.saved, timeout=10_000):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert case_status(view) is S.PENDING and pane.detail.case.assignee_id is None
    assert not pane.give_back_button.isEnabled()
    qtbot.waitUntil(lambda: tab_text(view, S.PENDING) == "Pending (2)", timeout=10_000)
    screenshot(view, "upsell_queue_en")


def test_select_orders_into_upsell_and_settings(qtbot, shop, worker, clock) -> None:
    services, users, outside = shop
    view = make_view(qtbot, services, users["boss"], clock, worker)
    qtbot.mouseClick(view.select_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    qtbot.waitUntil(lambda: dialog.orders.topLevelItemCount() == 2, timeout=5000)
    assert not dialog.queue_button.isEnabled()
    number = m.Order.get_by_id(outside[0]).number
    dialog.tick(number)
    assert dialog.queue_button.isEnabled() and "1 ticked" in dialog.status.text()
    screenshot(dialog, "upsell_select_orders_en")
    with qtbot.waitSignal(view.saved, timeout=10_000):
        qtbot.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: tab_text(view, S.PENDING) == "Pending (6)", timeout=10_000)
    case = m.UpsellCase.get(m.UpsellCase.order == outside[0])
    assert case.source == "manual" and case.status == "pending"

    # Settings: LINE orders of ฿1,000 or more, 2 cases per request, a Thai failure reason added.
    qtbot.mouseClick(view.settings_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.dialog is not dialog and view.dialog is not None, timeout=5000)
    settings = view.dialog
    qtbot.waitUntil(lambda: settings.products.count() == 2, timeout=5000)
    settings.channels["line"].click()
    type_text(settings.min_total, "1000")
    settings.payment_methods["cod"].click()
    settings.tick_product("สบู่สมุนไพรขมิ้น")
    type_text(settings.order_tags, "VIP, ส่งด่วน")
    settings.tabs.setCurrentIndex(1)
    settings.per_request.setValue(2)
    settings.tabs.setCurrentIndex(2)
    type_text(settings.failure_reasons.new_reason, "ลูกค้าบอกว่าแพงไป")
    qtbot.mouseClick(settings.failure_reasons.add_button, Qt.MouseButton.LeftButton)
    screenshot(settings, "upsell_settings_en")
    settings.tabs.setCurrentIndex(0)
    screenshot(settings, "upsell_settings_rules_en")
    with qtbot.waitSignal(view.saved, timeout=10_000):
        save(settings)
    assert not settings.isVisible()
    saved = services.upsell_settings.get()
    rules = saved.rules
    assert rules.enabled and rules.channels == {"line"} and rules.min_total_minor == 100000
    assert rules.payment_methods == {"cod"} and rules.order_tags == {"VIP", "ส่งด่วน"}
    assert len(rules.product_ids) == 1 and saved.distribution.per_request == 2
    assert (
        saved.failure_reasons[-1] == "ลูกค้าบอกว่าแพงไป"
        and saved.failure_reasons[0] == "Customer not interested"
    )

    # A bad amount is refused in the form, which keeps everything.
    view.open_settings()
    qtbot.waitUntil(lambda: view.dialog is not settings, timeout=5000)
    again = view.dialog
    assert again.channels["line"].isChecked() and again.min_total.text() == "1,000.00"
    again.max_total.setText("abc")
    save(again)
    assert again.isVisible() and "not an amount" in again.message.text()
    again.reject()


def test_narrow_window_and_sales_staff_see_their_own(qtbot, shop, worker, clock) -> None:
    services, users, _ = shop
    view = make_view(qtbot, services, users["lan"], clock, worker, width=900)
    with qtbot.waitSignal(view.case_shown, timeout=10_000):
        qtbot.mouseClick(view.request_button, Qt.MouseButton.LeftButton)
    wait_list(qtbot, view)
    assert view.model.rowCount() == 5 and view.pane.isVisible()
    assert view.pane.width() >= view.pane.minimumWidth()
    screenshot(view, "upsell_narrow_900")
    # Somsri holds nothing: her Assigned tab is empty although Lan's cases are assigned.
    other = make_view(qtbot, services, users["somsri"], clock, worker)
    show(qtbot, other, S.ASSIGNED)
    assert other.model.rowCount() == 0


@pytest.mark.parametrize("code", ["th", "vi"])
def test_upsell_in_thai_and_vietnamese(qtbot, shop, worker, clock, code: str) -> None:
    from salesapp.ui.shared.i18n import Translations

    services, users, _ = shop
    translations = Translations(QApplication.instance())
    translations.install(code)
    try:
        view = make_view(qtbot, services, users["boss"], clock, worker)
        screenshot(view, f"upsell_queue_{code}")
        with qtbot.waitSignal(view.case_shown, timeout=10_000):
            qtbot.mouseClick(view.request_button, Qt.MouseButton.LeftButton)
        wait_list(qtbot, view)
        screenshot(view, f"upsell_case_{code}")
        view.pane.tabs.setCurrentIndex(1)
        note = THAI_NOTE if code == "th" else "Khách muốn mua thêm 2 hộp trà ô long, gọi lại chiều nay"
        type_text(view.pane.notes.editor, note)
        click_and_wait(qtbot, view, view.pane.notes.save_button)
        qtbot.waitUntil(lambda: len(view.pane.notes.cards) == 1, timeout=5000)
        screenshot(view.pane, f"upsell_case_notes_{code}")
    finally:
        translations.install("en")


def test_click_to_call_stale_outcome_and_changes_from_elsewhere(qtbot, shop, worker, clock) -> None:
    from PySide6.QtCore import QObject, Slot

    class Dialler(QObject):
        """Stands in for the system's tel: handler."""

        def __init__(self) -> None:
            super().__init__()
            self.urls: list[str] = []

        @Slot("QUrl")
        def dial(self, url) -> None:
            self.urls.append(url.toString())

    from PySide6.QtGui import QDesktopServices

    services, users, _ = shop
    view = make_view(qtbot, services, users["somsri"], clock, worker)
    with qtbot.waitSignal(view.case_shown, timeout=10_000):
        qtbot.mouseClick(view.request_button, Qt.MouseButton.LeftButton)
    pane = view.pane
    dialler = Dialler()
    QDesktopServices.setUrlHandler("tel", dialler, "dial")
    try:
        view.dial_actions["tel"].trigger()
        click_and_wait(qtbot, view, pane.timer.start_button)
        assert dialler.urls == ["tel:+66812345678"]
        click_and_wait(qtbot, view, pane.timer.stop_button)
    finally:
        QDesktopServices.unsetUrlHandler("tel")
    assert view.dial_actions["tel"].isChecked()
    again = make_view(qtbot, services, users["somsri"], clock, worker)  # the choice is kept on this desktop
    assert again.dial_actions["tel"].isChecked() and again.pane.timer.dial_scheme == "tel"

    # Another desktop gives a tag to the case meanwhile: the Failed form is refused as stale, stays open.
    case = pane.detail.case
    dialog = view.record_outcome(S.FAILED)
    dialog.choose("Other")
    _, changes = services.upsell.set_tags(users["somsri"], case.id, case.version, ["VIP"])
    with qtbot.waitSignal(view.save_failed, timeout=10_000):
        save(dialog)
    assert dialog.isVisible() and "changed by" in dialog.message.text()
    qtbot.waitUntil(lambda: pane.detail.case.version == case.version + 1, timeout=5000)
    dialog.reject()
    # The change arrives as a ChangeSet: the open case and its row show the tag.
    with qtbot.waitSignal(view.case_shown, timeout=10_000):
        view.apply_changes(changes)
    assert pane.tags_editor.edit.text() == "VIP"


def test_a_hidden_section_shows_the_new_case_when_entered(qtbot, shop, worker, clock) -> None:
    services, users, _ = shop
    view = make_view(qtbot, services, users["boss"], clock, worker)
    qtbot.waitUntil(lambda: tab_text(view, S.PENDING) == "Pending (5)", timeout=10_000)
    wait_rows(qtbot, view, 5)
    view.hide()  # the user is in another section when an order comes in
    unit = m.ProductUnit.get(m.ProductUnit.name == "ขวด")
    customer = m.Customer.select().first()
    line = BillLineInput(unit.product_id, unit.id, 1)
    _, changes = services.orders.create(users["boss"], BillInput(customer.id, Currency.THB, (line,), 4000))
    assert changes.ids(EntityKind.UPSELL_CASE)
    view.apply_changes(changes)
    qtbot.waitUntil(lambda: tab_text(view, S.PENDING) == "Pending (6)", timeout=10_000)
    view.show()  # entering Upsell: the counts and the list agree
    wait_rows(qtbot, view, 6)
    assert tab_text(view, S.PENDING) == "Pending (6)"
