"""Ctrl+N, Ctrl+F and F1 in every language: the section's New, its search box, and the help page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from salesapp.app import AppController
from salesapp.services.admin.users import cheap_hasher
from salesapp.services.registry import connect
from salesapp.ui.mainwindow.help_dialog import SHORTCUTS
from salesapp.ui.shared.i18n import Translations
from tests.helpers.gui import screenshot

CTRL = Qt.KeyboardModifier.ControlModifier


def fast_connect(url, password=None, **kwargs):
    return connect(url, password, hasher=cheap_hasher())


@pytest.mark.parametrize("code", ["en", "th", "vi"])
def test_new_search_and_help_keys_act_on_the_section_shown(qtbot, tmp_path: Path, code: str) -> None:
    url = "sqlite:///" + (tmp_path / "shop.sqlite3").as_posix()
    first = fast_connect(url)
    first.users.create_first_admin("admin", "Admin Ann", "secret-pass")
    user = first.users.sign_in("admin", "secret-pass")
    first.close()
    app = QApplication.instance()
    translations = Translations(app)
    translations.install(code)
    controller = AppController(app, translations, connect_fn=fast_connect)
    try:
        controller.services = fast_connect(url)
        window = controller.show_main_window(user)
        window.resize(1280, 720)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

        # The navigation is as wide as its longest name needs: every name whole, the rest for the section.
        nav_width = window.splitter.sizes()[0]
        assert nav_width == window.navigation_width() <= 240
        room = window.nav.viewport().width() - window.nav.iconSize().width() - 24
        for row in range(window.nav.count()):
            name = window.nav.item(row).text()
            assert window.nav.fontMetrics().horizontalAdvance(name) <= room, name

        qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
        assert window.current_section() == "customers"
        customers = window.section_widget("customers")
        qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
        qtbot.waitUntil(lambda: getattr(customers, "dialog", None) is not None)
        assert customers.dialog.isVisible()
        customers.dialog.reject()

        window.activateWindow()
        qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
        qtbot.waitUntil(lambda: customers.search.hasFocus())

        qtbot.keyClick(window, Qt.Key.Key_F1)
        help_dialog = window.help_dialog
        assert help_dialog is not None and help_dialog.isVisible()
        assert help_dialog.title.text() == window.nav.currentItem().text()
        assert help_dialog.keys.rowCount() == len(SHORTCUTS) and help_dialog.keys.item(1, 0).text()
        if code != "en":  # the section's purpose and the shortcuts' texts are in the user's language
            assert help_dialog.keys.item(1, 1).text() != SHORTCUTS[1][1]
        screenshot(help_dialog, f"help_customers_{code}")
        help_dialog.close()

        # A section without a New button says so instead of doing nothing silently.
        qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
        assert window.current_section() == "upsell"
        assert window.new_in_section() is False
    finally:
        if controller.window is not None:
            controller.window.close()
        controller.shutdown()
        translations.install("en")


def test_a_long_database_path_gives_way_to_the_backup_status(qtbot, tmp_path: Path) -> None:
    """At 1280 px a deep database path pushed "No backup yet: File → Back up now…" out of the window."""
    deep = tmp_path.joinpath(*["ที่เก็บข้อมูลร้านค้า"] * 6, "shop.sqlite3")
    deep.parent.mkdir(parents=True)
    url = "sqlite:///" + deep.as_posix()
    first = fast_connect(url)
    first.users.create_first_admin("admin", "Admin Ann", "secret-pass")
    user = first.users.sign_in("admin", "secret-pass")
    first.close()
    app = QApplication.instance()
    translations = Translations(app)
    translations.install("vi")
    controller = AppController(app, translations, connect_fn=fast_connect)
    try:
        controller.services = fast_connect(url)
        window = controller.show_main_window(user)
        window.resize(1280, 720)
        qtbot.waitUntil(lambda: controller.backups is not None and bool(controller.backups.status.text()))
        qtbot.wait(50)
        bar = window.statusBar()
        for label in (controller.backups.status, window.user_label):
            assert label.isVisible() and label.width() >= label.sizeHint().width(), label.text()
            assert label.geometry().right() <= bar.width()
        shown = window.database_label.shown_text()
        assert "…" in shown and shown != str(deep) and str(deep) in window.database_label.toolTip()
        screenshot(window, "status_bar_long_path_vi")
    finally:
        if controller.window is not None:
            controller.window.close()
        controller.shutdown()
        translations.install("en")


def test_settings_fields_keep_their_own_width(qtbot) -> None:
    """The language box and Save preferences stretched 1,100 px across a wide window."""
    from salesapp.ui.settings.settings_view import SettingsView

    view = SettingsView(None, False, "/home/ann/shop.sqlite3")
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    for field in (view.language_combo, view.save_button):
        assert field.width() < 400, field.width()
