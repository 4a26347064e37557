"""The "Open bill" order form through its widgets: find products by typing part of a Thai or Vietnamese
name, choose unit and quantity, add and remove lines, watch the live total, see a bad discount refused
with the lines kept, and save through the order service as the customers view does. On both backends:
the form runs no query, the test saves on its own thread.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from salesapp.db import models as m
from salesapp.domain.clock import to_db
from salesapp.domain.enums import Currency, Role
from salesapp.domain.text import search_key
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.services.orders.new_order import OrderService
from salesapp.services.registry import Services
from salesapp.ui.orders.bill_dialog import BillDialog
from salesapp.ui.shared.fonts import apply_app_font, load_fonts
from salesapp.ui.shared.i18n import error_text
from tests.helpers.gui import screenshot, type_text

PRODUCTS = [
    ("TH-SER-30", "เซรั่มวิตามินซี 30ml", [("ขวด", 1, 59000, "THB"), ("แพ็ก 3 ขวด", 3, 159000, "THB")]),
    ("TH-SOAP", "สบู่สมุนไพรขมิ้น", [("ก้อน", 1, 8900, "THB"), ("กล่อง 12 ก้อน", 12, 95000, "THB")]),
    ("TH-SUN-50", "ครีมกันแดด SPF50 PA+++", [("หลอด", 1, 35000, "THB")]),
    ("VN-CAF-500", "Cà phê Robusta rang xay 500g", [("gói", 1, 180_000, "VND")]),
    ("VN-TEA-250", "Trà ô long Bảo Lộc 250g", [("hộp", 1, 250_000, "VND")]),
]


@pytest.fixture
def shop(services: Services, admin):
    """Fonts loaded; a salesperson, a colleague, a Thai and a Vietnamese customer, a small catalogue."""
    app = QApplication.instance()
    load_fonts()
    apply_app_font(app)
    now = to_db(services.ctx.clock())
    for sku, name, units in PRODUCTS:
        pid = m.Product.insert(
            sku=sku, name=name, search_key=search_key(name), created_at=now, updated_at=now
        ).execute()
        for unit, factor, price, currency in units:
            m.ProductUnit.insert(
                product=pid, name=unit, factor=factor, price_minor=price, currency=currency
            ).execute()
    somsri, _ = services.users.create_user(admin, "somsri", "สมศรี ขายเก่ง", Role.SALES, "secret-pass")
    anan, _ = services.users.create_user(admin, "anan", "อนันต์", Role.SALES, "secret-pass")
    thai, _ = services.customers.create(somsri, CustomerInput(name="สมชาย ใจดี", phone="081-234-5678"))
    viet, _ = services.customers.create(
        somsri, CustomerInput(name="Nguyễn Thị Ngọc Ánh", phone="0912 345 678", country="VN")
    )
    return somsri, anan, thai, viet, services.orders


def open_dialog(qtbot, orders: OrderService, customer, currency: Currency) -> BillDialog:
    # As the caller does: the catalogue is read first (on the worker there), then handed in.
    dialog = BillDialog(orders.catalogue(), customer.id, customer.name, currency)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    return dialog


def pick_from_popup(qtbot, dialog: BillDialog, row: int = 0) -> None:
    popup = dialog.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    rect = popup.visualRect(popup.model().index(row, 0))
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def press_enter_in_list(qtbot, dialog: BillDialog) -> None:
    """Enter while the list of matches is open: the key goes to the list (it holds the keyboard)."""
    popup = dialog.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert not popup.isVisible()


def assert_focus(qtbot, dialog: BillDialog, widget) -> None:
    """`widget` holds the dialog's focus once the list's closing has settled. The offscreen platform
    leaves no window active after a popup closes, so the dialog is activated again first."""
    qtbot.wait(20)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=2000)


def shot(qtbot, dialog: BillDialog, name: str) -> None:
    """Screenshot once the layout has caught up with the last text changes (grab() does not wait)."""
    qtbot.waitUntil(lambda: dialog.total.width() >= dialog.total.sizeHint().width())
    qtbot.waitUntil(lambda: dialog.summary.width() >= dialog.summary.sizeHint().width())
    screenshot(dialog, name)


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def click_row(qtbot, dialog: BillDialog, row: int) -> None:
    rect = dialog.table.visualRect(dialog.table.model().index(row, 0))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def save_button(dialog: BillDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_bill_with_thai_products_lines_total_and_save(qtbot, services, shop) -> None:
    somsri, anan, thai, _, orders = shop
    dialog = open_dialog(qtbot, orders, thai, Currency.THB)
    assert dialog.windowTitle() == "New order for สมชาย ใจดี"
    names = [dialog.product.itemText(i) for i in range(dialog.product.count())]
    assert "Cà phê Robusta rang xay 500g" not in names and len(names) == 3  # only products sold in baht

    # 1. Part of a Thai name (not its start), picked from the list; the pack unit; 2 packs, ฿50 off.
    type_text(dialog.product_edit, "วิตามิน")
    assert dialog.matches.rowCount() == 1
    pick_from_popup(qtbot, dialog)
    assert dialog.current_product() is not None and dialog.product.currentText() == "เซรั่มวิตามินซี 30ml"
    assert [dialog.unit.itemText(i) for i in range(dialog.unit.count())] == [
        "ขวด · ฿590.00",
        "แพ็ก 3 ขวด · ฿1,590.00",
    ]
    assert_focus(qtbot, dialog, dialog.quantity)  # on to the quantity
    qtbot.keyClick(dialog.unit, Qt.Key.Key_Down)
    assert dialog.unit.currentText().startswith("แพ็ก 3 ขวด")
    type_into(qtbot, dialog.quantity.lineEdit(), "2")
    type_into(qtbot, dialog.discount, "50")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 1
    assert (
        dialog.product.currentIndex() == -1 and dialog.discount.text() == "" and dialog.quantity.value() == 1
    )
    assert dialog.total.text() == "Total ฿3,130.00"

    # 2. Another part of another name, Enter takes the first match; 3 bars; Enter in quantity adds the line.
    type_text(dialog.product_edit, "ขมิ้น")
    press_enter_in_list(qtbot, dialog)
    assert dialog.product.currentText() == "สบู่สมุนไพรขมิ้น"
    assert_focus(qtbot, dialog, dialog.quantity)
    type_into(qtbot, dialog.quantity.lineEdit(), "3")
    qtbot.keyClick(dialog.quantity, Qt.Key.Key_Return)
    assert dialog.table.rowCount() == 2
    assert dialog.isVisible() and not dialog.message.isVisible()  # Enter added the line, did not save

    # 3. A third line, then removed again.
    type_text(dialog.product_edit, "กันแดด")
    press_enter_in_list(qtbot, dialog)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 3 and dialog.total.text() == "Total ฿3,747.00"
    assert not dialog.remove_button.isEnabled()
    click_row(qtbot, dialog, 2)
    assert dialog.remove_button.isEnabled()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 2 and not dialog.remove_button.isEnabled()
    cells = [[dialog.table.item(r, c).text() for c in range(6)] for r in range(2)]
    assert cells == [
        ["เซรั่มวิตามินซี 30ml", "แพ็ก 3 ขวด", "2", "1,590.00", "50.00", "3,130.00"],
        ["สบู่สมุนไพรขมิ้น", "ก้อน", "3", "89.00", "", "267.00"],
    ]

    # Shipping follows live; a shipping text that is not an amount is left out and said so.
    type_into(qtbot, dialog.shipping, "4o")
    assert "not an amount" in dialog.summary.text() and dialog.total_minor() == 339700
    type_into(qtbot, dialog.shipping, "40")
    assert dialog.total.text() == "Total ฿3,437.00" and dialog.total_minor() == 343700
    assert dialog.summary.text() == "Subtotal ฿3,397.00 (after ฿50.00 of discounts) · Shipping ฿40.00"
    type_text(dialog.note, "โทรก่อนส่ง 🙏")

    # A discount above its line's amount is refused at once; the lines and the typed discount stay.
    type_text(dialog.product_edit, "เซรั่ม")
    press_enter_in_list(qtbot, dialog)
    type_into(qtbot, dialog.discount, "600")
    qtbot.keyClick(dialog.discount, Qt.Key.Key_Return)
    assert dialog.message.isVisible()
    assert dialog.message.text() == (
        "The discount on “เซรั่มวิตามินซี 30ml (ขวด)” (฿600.00) is more than the line amount (฿590.00)."
    )
    assert (
        dialog.table.rowCount() == 2
        and dialog.discount.text() == "600"
        and dialog.focusWidget() is dialog.discount
    )
    shot(qtbot, dialog, "bill_dialog")

    # Save; the caller's save is refused (a colleague's customer): the message shows, everything stays.
    with qtbot.waitSignal(dialog.submit_requested, timeout=2000) as submitted:
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert not save_button(dialog).isEnabled()
    try:
        orders.create(anan, submitted.args[0])
    except Exception as exc:  # the caller's on_error
        dialog.show_error(error_text(exc))
    assert dialog.message.text() == "This customer belongs to another salesperson."
    assert save_button(dialog).isEnabled() and dialog.table.rowCount() == 2
    assert dialog.shipping.text() == "40" and dialog.note.text() == "โทรก่อนส่ง 🙏"
    assert m.Order.select().count() == 0

    assert dialog.payment.currentData() == ""  # not said yet
    dialog.payment.setCurrentIndex(dialog.payment.findData("cod"))
    assert dialog.payment.currentText() == "Cash on delivery"
    with qtbot.waitSignal(dialog.submit_requested, timeout=2000) as submitted:
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    created, _ = orders.create(somsri, submitted.args[0])
    order = m.Order.get_by_id(created.order_id)
    assert order.payment_method == "cod"
    assert order.total_minor == 343700 == dialog.total_minor()
    assert (order.subtotal_minor, order.shipping_minor, order.note) == (339700, 4000, "โทรก่อนส่ง 🙏")
    assert order.customer_id == thai.id and order.owner_id == somsri.id and order.currency == "THB"
    lines = m.OrderLine.select().where(m.OrderLine.order == order.id).order_by(m.OrderLine.position)
    assert [(x.description, x.quantity, x.discount_minor, x.total_minor) for x in lines] == [
        ("เซรั่มวิตามินซี 30ml (แพ็ก 3 ขวด)", 2, 5000, 313000),
        ("สบู่สมุนไพรขมิ้น (ก้อน)", 3, 0, 26700),
    ]


def test_vietnamese_names_match_without_tone_marks_and_vnd_has_no_decimals(qtbot, services, shop) -> None:
    somsri, _, _, viet, orders = shop
    dialog = open_dialog(qtbot, orders, viet, Currency.VND)
    assert [dialog.product.itemText(i) for i in range(dialog.product.count())] == [
        "Cà phê Robusta rang xay 500g",
        "Trà ô long Bảo Lộc 250g",
    ]
    type_text(dialog.product_edit, "ca phe")  # typed without tone marks, as many people do
    assert dialog.matches.rowCount() == 1
    pick_from_popup(qtbot, dialog)
    assert dialog.unit.currentText() == "gói · 180.000 ₫"
    type_into(qtbot, dialog.quantity.lineEdit(), "3")
    type_into(qtbot, dialog.discount, "20.000")
    qtbot.keyClick(dialog.discount, Qt.Key.Key_Return)
    type_text(dialog.product_edit, "BAO LOC")
    press_enter_in_list(qtbot, dialog)
    qtbot.keyClick(dialog.quantity, Qt.Key.Key_Return)
    type_into(qtbot, dialog.shipping, "30.000")
    assert dialog.total.text() == "Total 800.000 ₫"
    shot(qtbot, dialog, "bill_dialog_vnd")
    with qtbot.waitSignal(dialog.submit_requested, timeout=2000) as submitted:
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    data = submitted.args[0]
    assert data.currency is Currency.VND and data.shipping_minor == 30_000
    created, _ = orders.create(somsri, data)
    assert m.Order.get_by_id(created.order_id).total_minor == 800_000 == created.total_minor


def test_unknown_text_chooses_nothing_and_saving_without_lines_is_refused(qtbot, services, shop) -> None:
    _, _, thai, _, orders = shop
    dialog = open_dialog(qtbot, orders, thai, Currency.THB)
    type_text(dialog.product_edit, "ไม่มีสินค้านี้")
    assert dialog.matches.rowCount() == 0
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Choose a product."
    assert dialog.product.currentIndex() == -1 and dialog.product.currentText() == ""
    assert dialog.table.rowCount() == 0
    # Typed but not yet chosen: Add line takes the first match.
    type_text(dialog.product_edit, "สบู่")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "สบู่สมุนไพรขมิ้น"
    assert not dialog.message.isVisible()
    click_row(qtbot, dialog, 0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 0 and dialog.total.text() == "Total ฿0.00"
    with qtbot.assertNotEmitted(dialog.submit_requested):
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Add at least one product to the order."
    assert save_button(dialog).isEnabled()


def test_catalogue_arriving_later(qtbot, services, shop) -> None:
    _, _, thai, _, orders = shop
    dialog = BillDialog([], thai.id, thai.name, Currency.THB)
    qtbot.addWidget(dialog)
    assert dialog.product.count() == 0 and not dialog.add_button.isEnabled()
    assert "No products are priced in THB" in dialog.message.text()
    dialog.set_catalogue(orders.catalogue(Currency.THB))
    assert dialog.product.count() == 3 and dialog.product.currentIndex() == -1
