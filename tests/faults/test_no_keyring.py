"""First run on a computer without a keyring (a Linux desktop with no secret service): the set-up finishes
(administrator created, database remembered, main window shown) and needs no keyring, as no server password
is kept (each person signs in as their own database role); the next start goes to the sign-in, and the
administrator signs in; nothing is ever left half-done."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from salesapp import config
from salesapp.app import AppController
from salesapp.services.admin.users import cheap_hasher
from salesapp.services.registry import connect
from salesapp.ui.shared.i18n import Translations
from tests.helpers.fixtures import drop_pg_database, new_pg_database, pg_base_url
from tests.helpers.gui import type_text


def fast_connect(url, password=None, **kwargs):
    return connect(url, password, hasher=cheap_hasher())


def new_controller() -> AppController:
    app = QApplication.instance()
    translations = Translations(app)
    translations.install("en")
    return AppController(app, translations, connect_fn=fast_connect)


def close(controller: AppController) -> None:
    for widget in (controller.window, controller.first_run, controller.sign_in):
        if widget is not None:
            widget.close()
    controller.shutdown()


def press_ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


@pytest.fixture
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # raises NoKeyringError, as keyring does with no backend
    yield
    keyring.set_keyring(previous)


def test_first_run_and_next_start_without_a_keyring(qtbot, no_keyring) -> None:
    base = pg_base_url()
    if base is None:
        pytest.skip("no PostgreSQL server")
    url = new_pg_database()
    user, password = base.split("//", 1)[1].split("@", 1)[0].split(":", 1)
    host, port = base.split("@", 1)[1].split("/", 1)[0].split(":")
    database = url.rsplit("/", 1)[1]
    first = new_controller()
    try:
        first.start()
        dialog = first.first_run
        dialog.server_choice.setChecked(True)
        dialog.host_edit.setText(host)
        dialog.port_spin.setValue(int(port))
        dialog.database_edit.setText(database)
        dialog.user_edit.setText(user)
        dialog.password_edit.setText(password)
        type_text(dialog.admin_display_name, "คุณสมชาย")
        dialog.admin_password.setText("secret-pass")
        dialog.admin_password_again.setText("secret-pass")
        with qtbot.waitSignal(first.main_window_shown, timeout=15_000):
            press_ok(dialog)
        # Finished, not half-done: the database is remembered (without any user or password).
        stored = config.load_config().database_url
        assert stored == f"postgresql://{host}:{port}/{database}"
    finally:
        close(first)

    second = new_controller()
    try:
        second.start()  # the remembered server: nothing to find in a keyring, straight to the sign-in
        qtbot.waitUntil(lambda: second.sign_in is not None and second.sign_in.isVisible(), timeout=15_000)
        second.sign_in.username_edit.setText("admin")
        second.sign_in.password_edit.setText("secret-pass")
        with qtbot.waitSignal(second.main_window_shown, timeout=15_000):
            press_ok(second.sign_in)
        assert second.user is not None and second.user.display_name == "คุณสมชาย"
    finally:
        close(second)
        drop_pg_database(url)
