"""The way in: first run creates a database and its admin, sign-in, the main window and its sections."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from salesapp import config
from salesapp.app import AppController
from salesapp.services.admin.users import cheap_hasher
from salesapp.services.registry import connect
from salesapp.ui.mainwindow.empty_section import EmptySection
from salesapp.ui.mainwindow.main_window import SECTIONS, MainWindow
from salesapp.ui.settings.settings_view import SettingsView
from salesapp.ui.shared.i18n import Translations
from tests.helpers.fixtures import new_pg_database, pg_base_url
from tests.helpers.gui import screenshot, type_text


def fast_connect(url, password=None, **kwargs):
    return connect(url, password, hasher=cheap_hasher())


@pytest.fixture
def controller(qtbot):
    app = QApplication.instance()
    translations = Translations(app)
    translations.install("en")
    ctl = AppController(app, translations, connect_fn=fast_connect)
    yield ctl
    for widget in (ctl.window, ctl.first_run, ctl.sign_in):
        if widget is not None:
            widget.close()
    ctl.shutdown()


def press_ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def fill_admin(dialog, password: str = "secret-pass", again: str | None = None) -> None:
    dialog.admin_display_name.setText("")
    type_text(dialog.admin_display_name, "คุณสมชาย")
    dialog.admin_password.setText(password)
    dialog.admin_password_again.setText(password if again is None else again)


def test_first_run_creates_local_database_and_opens_window(qtbot, controller, tmp_path: Path) -> None:
    controller.start()
    dialog = controller.first_run
    assert dialog is not None and dialog.isVisible()
    dialog.path_edit.setText(str(tmp_path / "shop.sqlite3"))
    fill_admin(dialog, again="different-pass")
    press_ok(dialog)
    assert "not the same" in dialog.message.text()
    assert dialog.admin_display_name.text() == "คุณสมชาย"  # nothing typed is lost
    fill_admin(dialog)
    screenshot(dialog, "first_run_en")
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000) as shown:
        press_ok(dialog)
    window: MainWindow = shown.args[0]
    assert (tmp_path / "shop.sqlite3").exists()
    assert config.load_config().database_url == "sqlite:///" + str(tmp_path / "shop.sqlite3")
    assert "คุณสมชาย" in window.user_label.text() and "Administrator" in window.user_label.text()
    assert str(tmp_path / "shop.sqlite3") in window.database_label.text()
    assert window.nav.count() == len(SECTIONS)


def test_short_admin_password_keeps_the_form(qtbot, controller, tmp_path: Path) -> None:
    controller.start()
    dialog = controller.first_run
    dialog.path_edit.setText(str(tmp_path / "shop.sqlite3"))
    fill_admin(dialog, password="short")
    press_ok(dialog)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10_000)
    assert "at least 8" in dialog.message.text()
    assert dialog.admin_password.text() == "short" and dialog.buttons.isEnabled()


def test_first_run_refuses_a_file_that_is_not_a_database(qtbot, controller, tmp_path: Path) -> None:
    junk = tmp_path / "photo.sqlite3"
    junk.write_bytes(b"\x89PNG not a database")
    controller.start()
    dialog = controller.first_run
    dialog.path_edit.setText(str(junk))
    fill_admin(dialog)
    press_ok(dialog)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10_000)
    assert "not an SQLite file" in dialog.message.text()
    assert junk.read_bytes() == b"\x89PNG not a database"


def _make_database(path: Path) -> str:
    url = "sqlite:///" + path.as_posix()
    services = fast_connect(url)
    services.users.create_first_admin("admin", "Admin Ann", "secret-pass")
    services.close()
    return url


def test_sign_in_wrong_then_right_password(qtbot, controller, tmp_path: Path) -> None:
    url = _make_database(tmp_path / "shop.sqlite3")
    controller.start(url)
    qtbot.waitUntil(lambda: controller.sign_in is not None and controller.sign_in.isVisible(), timeout=10_000)
    dialog = controller.sign_in
    dialog.username_edit.setText("admin")
    dialog.password_edit.setText("wrong-password")
    press_ok(dialog)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10_000)
    assert dialog.message.text() == "Wrong user name or password."
    assert dialog.username_edit.text() == "admin"
    screenshot(dialog, "sign_in_error_en")
    dialog.password_edit.setText("secret-pass")
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000):
        press_ok(dialog)
    assert controller.user is not None and controller.user.username == "admin"
    assert config.load_config().last_username == "admin"


def test_sections_shortcuts_and_screenshots(qtbot, controller, tmp_path: Path) -> None:
    url = _make_database(tmp_path / "shop.sqlite3")
    services = fast_connect(url)
    user = services.users.sign_in("admin", "secret-pass")
    services.close()
    controller.services = fast_connect(url)
    window = controller.show_main_window(user)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for number, (key, _, description) in enumerate(SECTIONS, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_section() == key
        widget = window.section_widget(key)
        if key not in ("settings", "orders", "customers", "followup", "upsell", "opportunities", "products"):
            assert isinstance(widget, EmptySection)
            assert any(description in label.text() for label in widget.findChildren(type(window.user_label)))
        screenshot(window, f"section_{key}_en")
    controller.services.close()


def test_window_geometry_is_remembered(qtbot, controller, tmp_path: Path) -> None:
    url = _make_database(tmp_path / "shop.sqlite3")
    controller.services = fast_connect(url)
    user = controller.services.users.sign_in("admin", "secret-pass")
    window = controller.show_main_window(user)
    window.resize(720, 540)
    window.close()
    again = controller.show_main_window(user)
    assert (again.width(), again.height()) == (720, 540)
    controller.services.close()


def test_preferences_are_saved(qtbot, controller, tmp_path: Path) -> None:
    url = _make_database(tmp_path / "shop.sqlite3")
    controller.services = fast_connect(url)
    user = controller.services.users.sign_in("admin", "secret-pass")
    window = controller.show_main_window(user)
    window.show_section("settings")
    view = window.section_widget("settings")
    assert isinstance(view, SettingsView)
    view.language_combo.setCurrentIndex(view.language_combo.findData("th"))
    view.era_check.setChecked(True)
    view.save_button.click()
    saved = config.load_config()
    assert saved.language == "th" and saved.buddhist_era is True
    assert view.message.isVisible()
    controller.services.close()


def test_first_start_on_a_server_keeps_no_server_password(qtbot, controller) -> None:
    if pg_base_url() is None:
        pytest.skip("no PostgreSQL server")
    url = new_pg_database()
    base = pg_base_url()
    userinfo, hostpart = base.split("//", 1)[1].split("@", 1)
    user, password = userinfo.split(":", 1)
    host, port = hostpart.split("/", 1)[0].split(":")
    database = url.rsplit("/", 1)[1]
    controller.start()
    dialog = controller.first_run
    dialog.server_choice.setChecked(True)
    dialog.host_edit.setText(host)
    dialog.port_spin.setValue(int(port))
    dialog.database_edit.setText(database)
    dialog.user_edit.setText(user)
    dialog.password_edit.setText("not-the-password")
    fill_admin(dialog)
    press_ok(dialog)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=15_000)
    assert "refused the user name or password" in dialog.message.text()
    assert dialog.password_edit.text() == "not-the-password"
    dialog.password_edit.setText(password)
    with qtbot.waitSignal(controller.main_window_shown, timeout=15_000):
        press_ok(dialog)
    # The superuser's password served once: the desktop keeps neither it nor the user; the administrator
    # works as their own login role from the first window on.
    stored_url = config.load_config().database_url
    assert stored_url == f"postgresql://{host}:{port}/{database}"
    assert keyring.get_password("salesapp", f"{user}@{host}:{port}/{database}") is None
    assert ".admin@" in controller.window.database_label.text()
    controller.window.close()
    controller.shutdown()
    from tests.helpers.fixtures import drop_pg_database

    drop_pg_database(url)
