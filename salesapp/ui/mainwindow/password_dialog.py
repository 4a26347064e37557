"""Changing one's own password: "Change my password…" for every signed-in user, and "Choose your own
password" right after signing in with a first or reset password (before the main window opens)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.changes import ChangeSet
from salesapp.domain.records import UserRecord
from salesapp.services.admin.users import MIN_PASSWORD_LENGTH, UserService
from salesapp.ui.shared.i18n import error_text
from salesapp.ui.shared.icons import icon
from salesapp.ui.shared.tasks import DbWorker
from salesapp.ui.widgets.message_label import MessageLabel


class PasswordDialog(QDialog):
    """Asks for a new password twice (and the current one, unless it was just typed to sign in), saves it
    through `UserService.change_password` on the worker, and accepts; an error keeps everything typed.

    Signals:
        password_changed(object): the UserRecord after the change (emitted just before accepting).
    """

    password_changed = Signal(object)

    def __init__(
        self,
        worker: DbWorker,
        service: UserService,
        user: UserRecord,
        current_password: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker, self.service, self.user = worker, service, user
        self.forced = current_password is not None
        self._current = current_password
        self.setWindowIcon(icon("app"))
        self.setMinimumWidth(460)
        if self.forced:
            self.setWindowTitle(self.tr("Choose your own password"))
            intro = QLabel(
                self.tr(
                    "Hello {0}: the password you signed in with was given to you by an administrator. "
                    "Choose your own before you start; only you will know it."
                ).format(user.display_name)
            )
        else:
            self.setWindowTitle(self.tr("Change my password"))
            intro = QLabel(self.tr("Type your current password, then the new one twice."))
        intro.setWordWrap(True)
        self.current_edit = QLineEdit()
        self.new_edit = QLineEdit()
        self.repeat_edit = QLineEdit()
        for edit in (self.current_edit, self.new_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.rule = QLabel(self.tr("At least {0} characters.").format(MIN_PASSWORD_LENGTH))
        self.rule.setProperty("tone", "muted")
        form = QFormLayout()
        if not self.forced:
            form.addRow(self.tr("Current password:"), self.current_edit)
        form.addRow(self.tr("New password:"), self.new_edit)
        form.addRow("", self.rule)
        form.addRow(self.tr("New password again:"), self.repeat_edit)
        self.message = MessageLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save password"))
        if self.forced:
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Sign out"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.new_edit if self.forced else self.current_edit).setFocus()

    def submit(self) -> None:
        """Check the two new passwords agree, then save."""
        new = self.new_edit.text()
        if len(new) < MIN_PASSWORD_LENGTH:
            self.message.show_error(
                self.tr("The new password needs at least {0} characters.").format(MIN_PASSWORD_LENGTH)
            )
            self.new_edit.setFocus()
            return
        if new != self.repeat_edit.text():
            self.message.show_error(self.tr("The two new passwords differ: type the same one twice."))
            self.repeat_edit.setFocus()
            return
        current = self._current if self._current is not None else self.current_edit.text()
        self.message.show_notice(self.tr("Saving…"))
        self.buttons.setEnabled(False)
        self.worker.submit(
            self.service.change_password, self.user, current, new, on_done=self._saved, on_error=self._failed
        )

    def _saved(self, result: tuple[UserRecord, ChangeSet]) -> None:
        self.buttons.setEnabled(True)
        self.password_changed.emit(result[0])
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.show_error(error_text(error))
