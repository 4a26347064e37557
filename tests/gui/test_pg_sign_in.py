"""On the office's PostgreSQL server each person signs in as their own login role (issue 14): the first
start sets the database up with the superuser once and keeps no server password; the administrator adds
a salesperson in the Staff screen; after Sign out the salesperson signs in through the sign-in window with
their own password, chooses their own, and sees only their records (PostgreSQL filters the rows).
Screenshots of the first start's server page in English, Thai and Vietnamese."""

from __future__ import annotations

import keyring
import psycopg
import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from salesapp import config
from salesapp.app import AppController
from salesapp.db.pg_names import server_address
from salesapp.domain.enums import Role
from salesapp.domain.shop import SetupStep
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.ui.customers.customers_view import CustomersView
from salesapp.ui.mainwindow.first_run import FirstRunDialog
from salesapp.ui.shared.i18n import Translations
from tests.gui.test_shop_setup import checklist_of, settle
from tests.gui.test_staff_screen import add, run, sign_in
from tests.gui.test_startup import fast_connect, fill_admin, press_ok
from tests.helpers.fixtures import drop_pg_database, new_pg_database, pg_base_url
from tests.helpers.gui import screenshot
from tests.helpers.pg_shop import require_pg


@pytest.fixture
def server_db():
    require_pg()
    url = new_pg_database()
    yield url
    drop_pg_database(url)


@pytest.fixture
def controller(qtbot, language):
    app = QApplication.instance()
    ctl = AppController(app, Translations(app), connect_fn=fast_connect)
    yield ctl
    for widget in (ctl.window, ctl.first_run, ctl.sign_in, ctl.password_dialog):
        if widget is not None:
            widget.close()
            widget.deleteLater()  # its views' timers must not read a later test's database
    ctl.shutdown()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _server_form(dialog: FirstRunDialog, url: str) -> str:
    base = pg_base_url()
    assert base is not None
    userinfo, hostpart = base.split("//", 1)[1].split("@", 1)
    user, password = userinfo.split(":", 1)
    host, port = hostpart.split("/", 1)[0].split(":")
    dialog.server_choice.setChecked(True)
    dialog.host_edit.setText(host)
    dialog.port_spin.setValue(int(port))
    dialog.database_edit.setText(url.rsplit("/", 1)[1])
    dialog.user_edit.setText(user)
    dialog.password_edit.setText(password)
    return password


@pytest.mark.parametrize("language", ["en", "th", "vi"], indirect=True)
def test_first_start_server_page(qtbot, controller, language: str) -> None:
    controller.start()
    dialog = controller.first_run
    dialog.server_choice.setChecked(True)
    dialog.resize(dialog.width(), dialog.sizeHint().height())
    qtbot.waitExposed(dialog)
    screenshot(dialog, f"first_run_server_{language}")


def test_a_salesperson_signs_in_as_their_own_role_and_sees_only_theirs(
    qtbot, controller, server_db: str
) -> None:
    controller.start()
    dialog = controller.first_run
    superuser_password = _server_form(dialog, server_db)
    fill_admin(dialog)
    with qtbot.waitSignal(controller.main_window_shown, timeout=20_000) as shown:
        press_ok(dialog)
    window = shown.args[0]
    assert ".admin@" in window.database_label.text()
    assert superuser_password not in str(keyring.get_keyring().store)  # type: ignore[attr-defined]

    # The administrator adds two salespeople in the Staff screen.
    checklist = checklist_of(qtbot, controller)
    setup = controller.shop_setup
    checklist.open_buttons[SetupStep.STAFF].click()
    qtbot.waitUntil(
        lambda: setup.staff_dialog is not None and len(setup.staff_dialog.rows) == 1, timeout=10_000
    )
    staff = setup.staff_dialog
    add(qtbot, staff, "somsri", "สมศรี ใจดี", "sales", 2)
    add(qtbot, staff, "nok", "Nok Sales", "sales", 3)
    staff.close()
    checklist.close()

    # One customer each: the administrator enters two, then (as on another desktop) each gets an owner.
    services, admin = controller.services, controller.user

    def two_customers() -> None:
        for name, phone in (("ลูกค้าของสมศรี", "0811111111"), ("ลูกค้าของนก", "0822222222")):
            services.customers.create(admin, CustomerInput(name=name, phone=phone))

    run(qtbot, controller, two_customers)
    with psycopg.connect(server_db, autocommit=True) as su:
        for name, owner in (("ลูกค้าของสมศรี", "somsri"), ("ลูกค้าของนก", "nok")):
            su.execute(
                "UPDATE customers SET owner_id = (SELECT id FROM users WHERE username = %s) WHERE name = %s",
                (owner, name),
            )

    # Sign out: the administrator's connection closes; Somsri signs in with her own password.
    window.sign_out_requested.emit()
    settle(qtbot, controller)
    assert controller.services is None
    sign_in(qtbot, controller, "somsri", "not-her-password")
    qtbot.waitUntil(lambda: "refused" in controller.sign_in.message.text(), timeout=10_000)
    sign_in(qtbot, controller, "somsri", "first-pass")
    qtbot.waitUntil(
        lambda: controller.password_dialog is not None and controller.password_dialog.isVisible(),
        timeout=10_000,
    )
    chooser = controller.password_dialog
    chooser.current_edit.setText("first-pass") if not chooser.current_edit.text() else None
    chooser.new_edit.setText("somsri-own-1")
    chooser.repeat_edit.setText("somsri-own-1")
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000) as shown:
        press_ok(chooser)
    window = shown.args[0]
    assert controller.services.db.url.user.endswith(".somsri")

    customers = window.section_widget("customers")
    assert isinstance(customers, CustomersView)
    window.show_section("customers")
    qtbot.waitUntil(lambda: customers.model.rowCount() == 1, timeout=10_000)

    def what_the_connection_sees() -> tuple[int, int]:
        db = controller.services.db.pw
        return (
            int(db.execute_sql("SELECT count(*) FROM customers").fetchone()[0]),
            int(db.execute_sql("SELECT count(*) FROM users").fetchone()[0]),
        )

    assert run(qtbot, controller, what_the_connection_sees) == (1, 3)

    # Her new password is the server's: she signs in with it next time.
    window.sign_out_requested.emit()
    settle(qtbot, controller)
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000):
        sign_in(qtbot, controller, "somsri", "somsri-own-1")


def test_another_desktop_joins_without_a_server_account(qtbot, controller, server_db: str) -> None:
    """A desktop joining a database set up before keeps the address only; its user signs in."""
    from salesapp.services.admin.users import cheap_hasher
    from salesapp.services.registry import connect

    services = connect(server_db, hasher=cheap_hasher())
    boss, _ = services.users.create_first_admin("boss", "Boss", "boss-pass-1")
    services.users.create_user(boss, "nok", "Nok", Role.SALES, "nok-pass-1")
    services.close()
    controller.start()
    dialog = controller.first_run
    _server_form(dialog, server_db)
    dialog.user_edit.clear()
    dialog.password_edit.clear()
    press_ok(dialog)
    qtbot.waitUntil(lambda: controller.sign_in is not None and controller.sign_in.isVisible(), timeout=10_000)
    assert config.load_config().database_url == server_address(server_db)
    sign_in(qtbot, controller, "nok", "nok-pass-1")
    qtbot.waitUntil(
        lambda: controller.password_dialog is not None and controller.password_dialog.isVisible(),
        timeout=10_000,
    )
    assert controller.services.db.url.user.endswith(".nok")


def test_after_a_move_to_the_server_the_administrator_signs_in_as_themselves(
    qtbot, controller, server_db: str, tmp_path
) -> None:
    """Moving a shop onto the server (given the superuser's account once) carries the signed-in
    administrator's password over to their new login role; nothing of the superuser is kept."""
    from salesapp.services.admin.users import cheap_hasher
    from salesapp.services.registry import connect
    from tests.gui.test_shop_setup import first_admin

    # The server copy of the shop, as a move leaves it: the accounts, but no login roles yet.
    services = connect(server_db, hasher=cheap_hasher())
    services.users.create_first_admin("admin", "Admin", "old-pass-1")
    role = services.db.pw.execute_sql("SELECT pg_role FROM users").fetchone()[0]
    services.db.pw.execute_sql("UPDATE users SET pg_role = NULL")
    services.db.pw.execute_sql(f'DROP ROLE "{role}"')
    services.close()

    first_admin(qtbot, controller, tmp_path)  # signed in on the local file with "secret-pass"
    superuser_password = psycopg.conninfo.conninfo_to_dict(server_db)["password"]
    controller.switch_database(server_db, superuser_password)
    qtbot.waitUntil(lambda: controller.sign_in is not None and controller.sign_in.isVisible(), timeout=10_000)
    assert config.load_config().database_url == server_address(server_db)
    assert superuser_password not in str(keyring.get_keyring().store)  # type: ignore[attr-defined]
    sign_in(qtbot, controller, "admin", "secret-pass")
    qtbot.waitUntil(
        lambda: controller.window is not None or bool(controller.sign_in.message.text()), timeout=15_000
    )
    assert controller.sign_in.message.text() == ""
    assert controller.services.db.url.user.endswith(".admin")
