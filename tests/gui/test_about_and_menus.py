"""Help → About (version, environment, third-party notices, in three languages), the menu roles that put
About, Preferences and Quit into the macOS application menu, and Ctrl+Q."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel

from salesapp import __version__
from salesapp.domain.enums import Role
from salesapp.domain.records import UserRecord
from salesapp.ui.mainwindow.about_dialog import AboutDialog
from salesapp.ui.mainwindow.main_window import MainWindow, quit_keys
from salesapp.ui.shared.fonts import apply_app_font, load_fonts
from salesapp.ui.shared.i18n import Translations
from tests.helpers.gui import screenshot

USER = UserRecord(1, "admin", "Admin Ann", Role.ADMIN, True, 1)


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    """Bundled fonts and our translators; English, the locale and the font restored after."""
    locale, font = QLocale(), qapp.font()
    load_fonts()
    apply_app_font(qapp)
    installed = Translations(qapp)
    installed.install("en")
    yield installed
    installed.install("en")
    QLocale.setDefault(locale)
    qapp.setFont(font)


@pytest.fixture
def window(qtbot, tmp_path: Path, translations: Translations) -> MainWindow:
    main = MainWindow(USER, "/home/ann/salesapp.sqlite3", False, tmp_path / "window.ini")
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_about_shows_version_environment_and_notices(qtbot, window: MainWindow) -> None:
    window.about_action.trigger()
    dialog = window.about_dialog
    assert isinstance(dialog, AboutDialog) and dialog.isVisible()
    assert __version__ in dialog.version_label.text()
    shown = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert shown["about_version"] == __version__
    assert "/home/ann/salesapp.sqlite3" in shown["about_database"]
    assert "PySide6" in shown["about_qt"] and shown["about_python"]
    assert dialog.notices_view.toPlainText() == ""  # read only when the tab is opened
    screenshot(dialog, "about_en")
    dialog.show_notices()
    notices = dialog.notices_view.toPlainText()
    assert "PySide6" in notices and "LGPL" in notices and "peewee" in notices
    screenshot(dialog, "about_notices_en")
    window.about_action.trigger()
    assert window.about_dialog is dialog  # one dialog, brought forward again


@pytest.mark.parametrize(
    ("language", "title", "tab"),
    [("th", "เกี่ยวกับ salesapp", "ประกาศ"), ("vi", "Giới thiệu salesapp", "bên thứ ba")],
)
def test_about_in_thai_and_vietnamese(
    qtbot, translations: Translations, language: str, title: str, tab: str
) -> None:
    translations.install(language)
    dialog = AboutDialog("postgresql://ann@shop-server/sales", True, notices=lambda: "Qt: LGPL v3")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == title
    assert tab in dialog.tabs.tabText(1)
    assert __version__ in dialog.version_label.text()
    screenshot(dialog, f"about_{language}")
    dialog.show_notices()
    assert dialog.notices_view.toPlainText() == "Qt: LGPL v3"
    screenshot(dialog, f"about_notices_{language}")


def test_menu_roles_for_the_macos_application_menu(window: MainWindow) -> None:
    assert window.about_action.menuRole() == QAction.MenuRole.AboutRole
    assert window.preferences_action.menuRole() == QAction.MenuRole.PreferencesRole
    assert window.quit_action.menuRole() == QAction.MenuRole.QuitRole
    special = {window.about_action, window.preferences_action, window.quit_action}
    others = [
        action
        for menu_action in window.menuBar().actions()
        for action in menu_action.menu().actions()
        if action not in special and not action.isSeparator()
    ]
    assert len(others) >= 8  # sign out, the sections (Settings among them), refresh
    # TextHeuristicRole would move "Settings" into the macOS application menu as a second Preferences.
    assert all(action.menuRole() == QAction.MenuRole.NoRole for action in others)


def test_quit_keys_are_listed_once() -> None:
    keys = [key.toString() for key in quit_keys()]
    assert "Ctrl+Q" in keys and len(keys) == len(set(keys))


def test_ctrl_q_quits(qtbot, window: MainWindow) -> None:
    about = window.show_about()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    with qtbot.waitSignal(window.quit_action.triggered, timeout=2_000):
        qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible() and not about.isVisible()  # every window closed: the application ends
    assert QKeySequence("Ctrl+Q") in window.quit_action.shortcuts()
