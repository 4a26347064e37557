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
