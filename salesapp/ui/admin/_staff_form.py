"""The small forms of the Staff screen: add a staff member, rename, change the role, reset the password.
One dialog class shows the fields an action needs; it reports what was typed and shows the service's
refusal without losing anything."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.enums import Role
from salesapp.services.admin.users import MIN_PASSWORD_LENGTH
from salesapp.ui.shared.i18n import tr_noop, translate
from salesapp.ui.widgets.message_label import MessageLabel

ROLE_TEXTS = {
    Role.SALES: tr_noop("StaffDialog", "Sales"),
    Role.MANAGER: tr_noop("StaffDialog", "Manager"),
    Role.ADMIN: tr_noop("StaffDialog", "Administrator"),
}


def role_text(role: Role) -> str:
    """A role in the user's language."""
    return translate("StaffDialog", ROLE_TEXTS[role])


class StaffForm(QDialog):
    """Some of: user name, display name, role, password; OK emits `submitted` and waits for `done` or
    `show_error` (the dialog stays open with everything typed).

    Signals:
        submitted(): OK was clicked; read `username`, `display_name`, `role`, `password`.
    """

    submitted = Signal()

    def __init__(
        self,
        title: str,
        ok_text: str,
        fields: set[str],
        parent: QWidget | None = None,
        display_name: str = "",
        role: Role = Role.SALES,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.username_edit = QLineEdit()
        self.display_edit = QLineEdit(display_name)
        self.role_combo = QComboBox()
        for value in (Role.SALES, Role.MANAGER, Role.ADMIN):
            self.role_combo.addItem(role_text(value), value)
        self.role_combo.setCurrentIndex(self.role_combo.findData(role))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        if "username" in fields:
            self.username_edit.setPlaceholderText(self.tr("To sign in with, no spaces"))
            form.addRow(self.tr("User name:"), self.username_edit)
        if "display_name" in fields:
            form.addRow(self.tr("Display name:"), self.display_edit)
        if "role" in fields:
            form.addRow(self.tr("Role:"), self.role_combo)
        if "password" in fields:
            form.addRow(self.tr("First password:"), self.password_edit)
            rule = QLabel(
                self.tr("At least {0} characters. They choose their own at their first sign-in.").format(
                    MIN_PASSWORD_LENGTH
                )
            )
            rule.setWordWrap(True)
            rule.setProperty("tone", "muted")
            form.addRow("", rule)
        self.message = MessageLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    @property
    def username(self) -> str:
        """The user name typed."""
        return self.username_edit.text()

    @property
    def display_name(self) -> str:
        """The display name typed."""
        return self.display_edit.text()

    @property
    def role(self) -> Role:
        """The role chosen."""
        return Role(self.role_combo.currentData())

    @property
    def password(self) -> str:
        """The password typed."""
        return self.password_edit.text()

    def _submit(self) -> None:
        self.message.show_notice(self.tr("Saving…"))
        self.buttons.setEnabled(False)
        self.submitted.emit()

    def show_error(self, text: str) -> None:
        """The service refused: say why, keep everything typed."""
        self.buttons.setEnabled(True)
        self.message.show_error(text)

    def done_saving(self) -> None:
        """Saved: close."""
        self.buttons.setEnabled(True)
        self.accept()
