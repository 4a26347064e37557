"""The Audit screen through the widgets, from an empty database (issue 14's audit part): the administrator
signs in; staff are added and work on customers and tags; the administrator adds a customer in the
Customers section, opens Settings → Audit trail…, filters to one person and one record kind, sees that
person's rows, opens a row's whole change, and Enter opens the customer's profile. A manager's Settings
offer the entry too, a salesperson's do not. Screenshots in English, Thai (Buddhist era) and Vietnamese."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from salesapp.app import AppController
from salesapp.domain.enums import EntityKind, Role
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.ui.admin._audit_labels import action_name, headers, kind_name
from salesapp.ui.admin.audit_view import AuditDialog
from salesapp.ui.customers.customers_view import CustomersView
from salesapp.ui.settings.settings_view import SettingsView
from salesapp.ui.shared.i18n import Translations
from tests.gui.test_catalogue_view import click
from tests.gui.test_shop_setup import settle
from tests.gui.test_staff_screen import sign_in
from tests.gui.test_startup import _make_database, fast_connect
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


def signed_in(qtbot, controller: AppController, username: str, password: str):
    qtbot.waitUntil(lambda: controller.sign_in is not None and controller.sign_in.isVisible(), timeout=10_000)
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000) as shown:
        sign_in(qtbot, controller, username, password)
    window = shown.args[0]
    window.resize(1280, 720)
    return window


def shown_rows(dialog: AuditDialog) -> list[tuple[str, str, str]]:
    model = dialog.model
    rows = [model.record(i) for i in range(model.rowCount())]
    return [(r.user_name, r.entity, r.label) for r in rows if r is not None]


def run(qtbot, controller: AppController, work):
    """Run `work` on the database worker (its connection); its result, or its error raised here."""
    results: list[object] = []
    errors: list[BaseException] = []
    controller.worker.submit(work, on_done=results.append, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(results or errors), timeout=10_000)
    if errors:
        raise errors[0]
    return results[0]


def wait_list(qtbot, dialog: AuditDialog, count: int) -> None:
    try:
        qtbot.waitUntil(lambda: dialog.model.has_ids() and dialog.model.rowCount() == count, timeout=10_000)
    except Exception:
        raise AssertionError((shown_rows(dialog), dialog.list.message.text())) from None


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


@pytest.mark.parametrize("language", ["en", "th", "vi"], indirect=True)
def test_audit_trail_from_an_empty_database(qtbot, controller, language: str, tmp_path: Path) -> None:
    url = _make_database(tmp_path / "shop.sqlite3")
    controller.config = controller.config.with_changes(buddhist_era=language == "th")
    controller.start(url)
    window = signed_in(qtbot, controller, "admin", "secret-pass")
    services = controller.services

    def staff_at_work() -> None:  # on other desktops, meanwhile
        admin = services.users.sign_in("admin", "secret-pass")
        somsri = services.users.create_user(admin, "somsri", "สมศรี ใจดี", Role.SALES, "first-pass")[0]
        lan = services.users.create_user(admin, "lan", "Nguyễn Thị Lan", Role.MANAGER, "first-pass")[0]
        malee = services.customers.create(somsri, CustomerInput(name="มาลี ศรีสุข", phone="0891234567"))[0]
        edited = CustomerInput(name="มาลี ศรีสุข", phone="0891234567", email="malee@example.com")
        services.customers.update(somsri, malee.id, malee.version, edited)
        services.tags.create(lan, "ลูกค้าประจำ", "#2e7d32")
        services.tags.create(admin, "Khách quen", "#1565c0")
        for person in (somsri, lan):  # their own passwords, as at a first sign-in
            services.users.change_password(person, "first-pass", "own-pass-1")

    run(qtbot, controller, staff_at_work)

    # The administrator adds a customer in the Customers section.
    customers = window.section_widget("customers")
    assert isinstance(customers, CustomersView)
    window.show_section("customers")
    dialog = customers.open_customer_dialog(None)
    type_text(dialog.name, "Trần Thị Hoa")
    type_text(dialog.phone, "0912345678")
    with qtbot.waitSignal(customers.profile_shown, timeout=10_000):
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    settle(qtbot, controller)

    # Settings → Audit trail…: everything, newest first.
    window.show_section("settings")
    settings = window.section_widget("settings")
    assert isinstance(settings, SettingsView) and settings.audit_button is not None
    assert settings.audit_button.isVisible()
    screenshot(window, f"settings_audit_{language}")
    click(qtbot, settings.audit_button)
    audit = settings.audit_dialog
    assert isinstance(audit, AuditDialog)
    audit.resize(1280, 720)
    wait_list(qtbot, audit, 10)  # three accounts, two customers, one change, two tags, two passwords
    assert shown_rows(audit)[0] == ("Admin Ann", "customer", "Trần Thị Hoa")
    qtbot.waitUntil(lambda: audit.filters.person.count() == 4, timeout=10_000)  # everyone and three people

    # One person and one record kind: Somsri's customers.
    somsri_id = audit.filters.person.itemData(
        next(i for i in range(audit.filters.person.count()) if audit.filters.person.itemText(i) == "สมศรี ใจดี")
    )
    choose(audit.filters.person, somsri_id)
    wait_list(qtbot, audit, 3)  # her password too
    choose(audit.filters.kind, EntityKind.CUSTOMER.value)
    wait_list(qtbot, audit, 2)
    assert shown_rows(audit) == [("สมศรี ใจดี", "customer", "มาลี ศรีสุข")] * 2
    assert [audit.model.record(i).action for i in range(2)] == ["updated", "created"]
    assert "malee@example.com" in audit.model.index(0, 5).data()

    # The detail of the newest row: the e-mail, from nothing to the address.
    audit.list.table.setFocus()
    audit.list.table.selectRow(0)
    detail = audit.detail
    qtbot.waitUntil(lambda: detail.table.rowCount() == 1, timeout=5000)
    assert [detail.table.item(0, c).text() for c in range(3)][1:] == ["—", "malee@example.com"]
    assert "มาลี ศรีสุข" in detail.heading.text() and "สมศรี ใจดี" in detail.heading.text()
    audit.list.table.selectRow(1)
    qtbot.waitUntil(lambda: detail.table.rowCount() == 3, timeout=5000)  # name, phone, country
    assert detail.table.item(0, 2).text() == "มาลี ศรีสุข"
    settle(qtbot, controller)
    _assert_fits(audit)
    screenshot(audit, f"audit_{language}")

    # Export… writes the filtered rows, in the user's language.
    click(qtbot, audit.filters.export_button)
    export = audit.export_dialog
    assert export is not None and export.isVisible()
    export.path_edit.setText(str(tmp_path / "audit.xlsx"))
    with qtbot.waitSignal(export.exported, timeout=10_000):
        click(qtbot, export.export_button)
    values = [
        [c.value for c in row] for row in openpyxl.load_workbook(tmp_path / "audit.xlsx").active.iter_rows()
    ]
    assert values[0] == headers()
    assert [row[1:5] for row in values[1:]] == [
        ["สมศรี ใจดี", kind_name("customer"), "มาลี ศรีสุข", action_name("updated")],
        ["สมศรี ใจดี", kind_name("customer"), "มาลี ศรีสุข", action_name("created")],
    ]
    assert values[1][5].endswith(": malee@example.com") and "089-123-4567" in values[2][5]
    export.close()

    # Enter on a customer's row opens the profile in the Customers section.
    with qtbot.waitSignal(customers.profile_shown, timeout=10_000) as profile:
        qtbot.keyClick(audit.list.table, Qt.Key.Key_Return)
    assert profile.args[0].customer.name == "มาลี ศรีสุข"
    assert window.section_widget("customers") is customers
    audit.close()

    if language != "en":
        return
    # A manager is offered the entry; a salesperson is not.
    for username, offered in (("lan", True), ("somsri", False)):
        window.sign_out_requested.emit()
        window = signed_in(qtbot, controller, username, "own-pass-1")
        settings = window.section_widget("settings")
        assert isinstance(settings, SettingsView)
        assert (settings.audit_button is not None) is offered
    settings.deleteLater()


def _assert_fits(dialog: AuditDialog) -> None:
    """Every label and button of the filter bar shows its whole text."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    for widget in dialog.filters.findChildren(QLabel) + dialog.filters.findChildren(QAbstractButton):
        if widget.isVisible() and widget.text():
            needed = widget.fontMetrics().horizontalAdvance(widget.text())
            assert widget.width() >= needed, (widget.text(), widget.width(), needed)
