"""The Staff screen through the widgets, from an empty database (issue 14's staff part, and issue 15's
end-to-end proof): the first administrator opens Staff from the first-run checklist, adds two salespeople
and a manager, resets a password, disables one and hands their customers over; a disabled person cannot
sign in; the new salesperson signs in, must choose their own password, and creates an order for a new
customer with a product from the catalogue. Screenshots in English, Thai and Vietnamese."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox

from salesapp.app import AppController
from salesapp.db import models as m
from salesapp.domain.customers.handover import HandoverMethod
from salesapp.domain.enums import Role
from salesapp.domain.shop import SetupStep
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.ui.admin.staff_dialog import StaffDialog
from salesapp.ui.catalogue.catalogue_view import CatalogueView
from salesapp.ui.customers.customers_view import CustomersView
from salesapp.ui.mainwindow.password_dialog import PasswordDialog
from salesapp.ui.shared.i18n import Translations
from tests.gui.test_catalogue_view import click, type_product, wait_list
from tests.gui.test_handover_dialog import choose, tick
from tests.gui.test_shop_setup import checklist_of, first_admin, settle, state_of
from tests.gui.test_startup import _make_database, fast_connect, press_ok
from tests.helpers.gui import screenshot, type_text


@pytest.fixture
def controller(qtbot, language):
    app = QApplication.instance()
    ctl = AppController(app, Translations(app), connect_fn=fast_connect)
    yield ctl
    for widget in (ctl.window, ctl.first_run, ctl.sign_in, ctl.password_dialog):
        if widget is not None:
            widget.close()
    ctl.shutdown()


def staff_names(dialog: StaffDialog) -> list[str]:
    return [row.user.username for row in dialog.rows]


def fill_form(qtbot, dialog: StaffDialog, **fields: str) -> None:
    form = dialog.form
    assert form is not None and form.isVisible()
    for name, value in fields.items():
        if name == "role":
            form.role_combo.setCurrentIndex(form.role_combo.findData(Role(value)))
            continue
        edit = {
            "username": form.username_edit,
            "display_name": form.display_edit,
            "password": form.password_edit,
        }[name]
        edit.clear()
        type_text(edit, value)


def save_form(qtbot, dialog: StaffDialog, count: int | None = None) -> None:
    form = dialog.form
    press_ok(form)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=10_000)
    if count is not None:
        qtbot.waitUntil(lambda: len(dialog.rows) == count, timeout=10_000)
    settle_dialog(qtbot, dialog)


def settle_dialog(qtbot, dialog: StaffDialog) -> None:
    done: list[object] = []
    dialog.worker.submit(lambda: None, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)


def add(qtbot, dialog: StaffDialog, username: str, name: str, role: str, count: int) -> None:
    click(qtbot, dialog.add_button)
    fill_form(qtbot, dialog, username=username, display_name=name, role=role, password="first-pass")
    save_form(qtbot, dialog, count)


def row_of(dialog: StaffDialog, username: str):
    return next(r for r in dialog.rows if r.user.username == username)


def sign_in(qtbot, controller: AppController, username: str, password: str) -> None:
    dialog = controller.sign_in
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible(), timeout=10_000)
    dialog.username_edit.setText(username)
    dialog.password_edit.setText(password)
    press_ok(dialog)


def test_staff_from_an_empty_database_to_a_salespersons_first_order(
    qtbot, controller, tmp_path: Path
) -> None:
    window = first_admin(qtbot, controller, tmp_path)
    window.resize(1280, 720)
    checklist = checklist_of(qtbot, controller)
    setup = controller.shop_setup
    assert state_of(checklist, SetupStep.STAFF) == "To do"
    click(qtbot, checklist.open_buttons[SetupStep.STAFF])
    qtbot.waitUntil(
        lambda: setup.staff_dialog is not None and len(setup.staff_dialog.rows) == 1, timeout=10_000
    )
    staff = setup.staff_dialog
    assert staff_names(staff) == ["admin"] and staff.table.item(0, staff.STATE).text() == "Enabled"

    # Add: the minimum is said before a first try; a short password is refused with everything kept.
    click(qtbot, staff.add_button)
    form = staff.form
    assert any("At least 8 characters" in label.text() for label in form.findChildren(QLabel))
    fill_form(qtbot, staff, username="somsri", display_name="สมศรี ใจดี", role="sales", password="short")
    press_ok(form)
    qtbot.waitUntil(lambda: "at least 8" in form.message.text(), timeout=10_000)
    assert form.isVisible() and form.username == "somsri" and form.display_name == "สมศรี ใจดี"
    fill_form(qtbot, staff, password="first-pass")
    save_form(qtbot, staff, 2)
    add(qtbot, staff, "nok", "Nok Sales", "sales", 3)
    add(qtbot, staff, "lan", "Nguyễn Thị Lan", "manager", 4)
    assert {(r.user.username, r.user.role) for r in staff.rows} == {
        ("admin", Role.ADMIN), ("somsri", Role.SALES), ("nok", Role.SALES), ("lan", Role.MANAGER),
    }  # fmt: skip
    qtbot.waitUntil(lambda: state_of(checklist, SetupStep.STAFF) == "✓ Done", timeout=10_000)

    # The last enabled administrator cannot be disabled: the screen says so.
    staff.select_user("admin")
    click(qtbot, staff.active_button)
    qtbot.waitUntil(lambda: "last enabled administrator" in staff.message.text(), timeout=10_000)

    # Nok already looks after two customers (entered on another desktop).
    services = controller.services

    def nok_customers() -> None:
        nok = services.users.sign_in("nok", "first-pass")
        for name, phone in (("ลูกค้าของนก 1", "0811111111"), ("ลูกค้าของนก 2", "0822222222")):
            services.customers.create(nok, CustomerInput(name=name, phone=phone))

    run(qtbot, controller, nok_customers)
    staff.reload()
    qtbot.waitUntil(lambda: row_of(staff, "nok").customers == 2, timeout=10_000)

    # Reset Somsri's password.
    staff.select_user("somsri")
    click(qtbot, staff.reset_button)
    fill_form(qtbot, staff, password="reset-pass")
    save_form(qtbot, staff)
    assert "password reset" in staff.message.text()

    # Disable Nok: the screen offers to hand her customers over; to Somsri.
    staff.select_user("nok")
    click(qtbot, staff.active_button)
    qtbot.waitUntil(lambda: staff.offer is not None and staff.offer.isVisible(), timeout=10_000)
    assert "2 customers" in staff.offer.text()
    screenshot(staff, "staff_screen_en")
    staff.offer.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(
        lambda: staff.handover_dialog is not None and staff.handover_dialog.isVisible(), timeout=10_000
    )
    handover = staff.handover_dialog
    qtbot.waitUntil(lambda: handover.staff.rowCount() == 2, timeout=10_000)  # Nok is no longer offered
    choose(qtbot, handover, HandoverMethod.ONE)
    tick(qtbot, handover, "สมศรี ใจดี")
    qtbot.waitUntil(handover.hand_over_button.isEnabled, timeout=5000)
    with qtbot.waitSignal(handover.handed_over, timeout=10_000):
        click(qtbot, handover.hand_over_button)
    qtbot.waitUntil(
        lambda: row_of(staff, "somsri").customers == 2 and row_of(staff, "nok").customers == 0, timeout=10_000
    )
    assert not row_of(staff, "nok").user.active
    staff.close()
    checklist.close()

    # A product in the catalogue (the administrator types it in the Products section).
    products = window.section_widget("products")
    assert isinstance(products, CatalogueView)
    window.show_section("products")
    wait_list(qtbot, products)
    type_product(qtbot, products, "TH-SER-30", "เซรั่มวิตามินซี 30ml", "สกินแคร์", [("ขวด", 1, "590")], "THB")

    # Sign out; Nok, disabled, cannot sign in; Somsri must choose her own password first.
    window.sign_out_requested.emit()
    sign_in(qtbot, controller, "nok", "first-pass")
    qtbot.waitUntil(lambda: "disabled" in controller.sign_in.message.text(), timeout=10_000)
    sign_in(qtbot, controller, "somsri", "first-pass")
    qtbot.waitUntil(lambda: "Wrong" in controller.sign_in.message.text(), timeout=10_000)
    sign_in(qtbot, controller, "somsri", "reset-pass")
    qtbot.waitUntil(
        lambda: controller.password_dialog is not None and controller.password_dialog.isVisible(),
        timeout=10_000,
    )
    chooser = controller.password_dialog
    assert chooser.forced and controller.window is None
    assert chooser.windowTitle() == "Choose your own password"
    screenshot(chooser, "choose_password_en")
    chooser.new_edit.setText("reset-pass")
    chooser.repeat_edit.setText("reset-pass")
    press_ok(chooser)
    qtbot.waitUntil(lambda: "different" in chooser.message.text(), timeout=10_000)
    chooser.new_edit.setText("somsri-own-1")
    chooser.repeat_edit.setText("somsri-own-2")
    press_ok(chooser)
    assert "differ" in chooser.message.text()
    chooser.repeat_edit.setText("somsri-own-1")
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000) as shown:
        press_ok(chooser)
    window = shown.args[0]
    window.resize(1280, 720)
    assert controller.user.username == "somsri" and not controller.user.must_change_password
    assert window.change_password_action.isVisible()

    # Somsri: a new customer and an order with the catalogue's product, through the windows.
    customers = window.section_widget("customers")
    assert isinstance(customers, CustomersView)
    window.show_section("customers")
    qtbot.waitUntil(lambda: customers.model.rowCount() == 2, timeout=10_000)  # the two handed over
    dialog = customers.open_customer_dialog(None)
    type_text(dialog.name, "มาลี ศรีสุข")
    type_text(dialog.phone, "0891234567")
    with qtbot.waitSignal(customers.profile_shown, timeout=10_000):
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    bill = customers.open_bill()
    qtbot.waitUntil(lambda: bill.product.count() == 1, timeout=10_000)  # the catalogue's one product
    type_text(bill.product_edit, "วิตามิน")
    qtbot.waitUntil(lambda: bill.matches.rowCount() == 1, timeout=5000)
    qtbot.keyClick(bill.product_edit, Qt.Key.Key_Return)  # the one match, as Enter takes it
    qtbot.waitUntil(lambda: bill.current_product() is not None, timeout=5000)
    bill.quantity.setValue(2)
    click(qtbot, bill.add_button)
    with qtbot.waitSignal(customers.changed, timeout=10_000):
        click(qtbot, bill.buttons.button(QDialogButtonBox.StandardButton.Save))
    settle(qtbot, controller)

    def stored() -> tuple:
        order = m.Order.get()
        customer = m.Customer.get(m.Customer.name == "มาลี ศรีสุข")
        somsri = m.User.get(m.User.username == "somsri")
        lines = [(line.quantity, line.unit_price_minor) for line in m.OrderLine.select()]
        return (
            order.customer_id == customer.id,
            customer.owner_id == somsri.id,
            order.total_minor,
            lines,
            (somsri.must_change_password, somsri.last_sign_in_at is not None),
        )

    assert run(qtbot, controller, stored) == (True, True, 118_000, [(2, 59_000)], (False, True))


def run(qtbot, controller: AppController, work):
    """Run `work` on the database worker (its connection) and return its result."""
    results: list[object] = []
    controller.worker.submit(work, on_done=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    return results[0]


@pytest.mark.parametrize("language", ["en", "th", "vi"], indirect=True)
def test_screenshots(qtbot, controller, language: str, tmp_path: Path) -> None:
    url = _make_database(tmp_path / "shop.sqlite3")
    services = fast_connect(url)
    admin = services.users.sign_in("admin", "secret-pass")
    for username, name, role in (
        ("somsri", "สมศรี ใจดี", Role.SALES), ("nok", "Nok Sales", Role.SALES),
        ("lan", "Nguyễn Thị Lan", Role.MANAGER),
    ):  # fmt: skip
        user, _ = services.users.create_user(admin, username, name, role, "first-pass")
        if username == "nok":
            services.customers.create(user, CustomerInput(name="ลูกค้าของนก", phone="0811111111"))
            services.staff.set_active(admin, user.id, user.version, False)
    somsri = services.users.sign_in("somsri", "first-pass")
    services.close()
    controller.services = fast_connect(url)
    window = controller.show_main_window(controller.services.users.sign_in("admin", "secret-pass"))
    window.resize(1280, 720)
    staff = controller.shop_setup.open_staff()
    qtbot.waitUntil(lambda: len(staff.rows) == 4, timeout=10_000)
    staff.select_user("nok")
    settle(qtbot, controller)
    _assert_fits(staff)
    screenshot(staff, f"staff_screen_{language}")
    click(qtbot, staff.add_button)
    _assert_fits(staff.form)
    screenshot(staff.form, f"staff_add_{language}")
    staff.form.reject()
    staff.close()
    chooser = PasswordDialog(controller.worker, controller.services.users, somsri, "first-pass")
    qtbot.addWidget(chooser)
    chooser.show()
    _assert_fits(chooser)
    screenshot(chooser, f"choose_password_{language}")
    mine = controller.change_my_password()
    qtbot.waitUntil(mine.isVisible)
    _assert_fits(mine)
    screenshot(mine, f"change_password_{language}")
    mine.close()
    controller.services.close()


def _assert_fits(widget) -> None:
    """Within a 1280×720 screen, and no button's text cut off."""
    from PySide6.QtWidgets import QAbstractButton

    assert widget.width() <= 1280 and widget.height() <= 720
    for button in widget.findChildren(QAbstractButton):
        if button.isVisible() and button.text():
            assert button.width() >= button.fontMetrics().horizontalAdvance(button.text().replace("&", "")), (
                button.text()
            )
