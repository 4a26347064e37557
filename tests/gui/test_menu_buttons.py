"""A button that opens a menu keeps room for its arrow: it used to sit on the last letter ("Add ta⌄")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QToolButton

from salesapp.ui.shared.theme import apply_theme
from tests.helpers.gui import screenshot


def test_menu_arrow_has_room_beside_the_text(qtbot, language) -> None:
    apply_theme(QApplication.instance(), "light")
    button = QToolButton()
    button.setText("เพิ่มแท็ก")
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setMenu(QMenu(button))
    qtbot.addWidget(button)
    button.show()
    text = button.fontMetrics().horizontalAdvance(button.text())
    assert button.sizeHint().width() >= text + 13 + 8
    screenshot(button, "menu_button_th")
