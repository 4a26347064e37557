"""Sign-in: user name and password against the open database."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from salesapp.ui.shared.icons import icon
from salesapp.ui.widgets.message_label import MessageLabel


class SignInDialog(QDialog):
    """Asks who is working at this desktop.

    Signals:
        sign_in_requested(str, str): user name and password to check.
        other_database_requested(): the user wants to choose another database.
    """

    sign_in_requested = Signal(str, str)
    other_database_requested = Signal()

    def __init__(self, database: str, username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to salesapp"))
        self.setWindowIcon(icon("app"))
        self.setMinimumWidth(420)
        where = QLabel(self.tr("Database: {0}").format(database))
        where.setWordWrap(True)
        self.username_edit = QLineEdit(username)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("User name:"), self.username_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        self.message = MessageLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        other = self.buttons.addButton(self.tr("Other database…"), QDialogButtonBox.ButtonRole.ResetRole)
        other.clicked.connect(self.other_database_requested)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.password_edit if username else self.username_edit).setFocus()

    def _submit(self) -> None:
        self.message.clear_message()
        self.buttons.setEnabled(False)
        self.sign_in_requested.emit(self.username_edit.text(), self.password_edit.text())

    def show_error(self, text: str) -> None:
        """Show why sign-in failed (a lock says how long, and that an administrator can unlock); the
        password is cleared, the user name kept."""
        self.buttons.setEnabled(True)
        self.message.show_error(text)
        self._fit_height()
        self.password_edit.clear()
        self.password_edit.setFocus()

    def _fit_height(self) -> None:
        """Grow to show a message of several lines whole (a dialog does not grow for wrapped text)."""
        layout = self.layout()
        assert layout is not None
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else 0
        if needed > self.height():
            self.resize(self.width(), needed)
