"""A label that shows an error or a notice above a form, hidden while empty."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from salesapp.ui.shared.theme import set_property


class MessageLabel(QLabel):
    """Red text for errors, grey for notices (the app stylesheet's `message` property); selectable so users
    can copy it into a support chat."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setObjectName("messageLabel")
        self.hide()

    def show_error(self, text: str) -> None:
        """Show `text` as an error."""
        set_property(self, "message", "error")
        self.setText(text)
        self.setVisible(bool(text))

    def show_notice(self, text: str) -> None:
        """Show `text` as a neutral notice."""
        set_property(self, "message", "notice")
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        """Hide the label."""
        self.setText("")
        self.hide()
