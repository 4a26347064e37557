"""What the backup, restore and move dialogs share: one task at a time on the bulk worker, Cancel that
stops it at its next batch and then closes the dialog, a failure shown where the user is, and the new
database chosen as a file or on the server."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from salesapp.domain.backup import BackupCancelled
from salesapp.ui.backup._context import BackupContext
from salesapp.ui.backup._progress_box import FittingMessage, ProgressBox
from salesapp.ui.backup._server_form import ServerForm
from salesapp.ui.shared.i18n import error_text
from salesapp.ui.widgets.progress_relay import StageRelay


class BackupTaskDialog(QDialog):
    """The base of BackupDialog, RestoreDialog and MoveDialog; they build `progress`, `message` and
    `close_button`, and say in `_set_running` which of their widgets a running task disables."""

    progress: ProgressBox
    message: FittingMessage
    close_button: QPushButton

    def __init__(self, ctx: BackupContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.relay = StageRelay(self)
        self._running = False
        self._closing = False

    @property
    def running(self) -> bool:
        """True while a task runs."""
        return self._running

    def _set_running(self, running: bool) -> None:
        self._running = running

    def reject(self) -> None:
        if self._running:  # Cancel: the worker stops at its next batch, then the dialog closes
            self.relay.cancel()
            self._closing = True
            self.close_button.setEnabled(False)
            return
        super().reject()

    def _show_failure(self, error: BaseException, cancelled_text: str) -> None:
        """The task stopped: say why (`cancelled_text` when the user cancelled it), and close the dialog
        when Cancel was pressed to close it."""
        self._set_running(False)
        self.progress.hide()
        if isinstance(error, BackupCancelled):
            self.message.show_notice(cancelled_text)
        else:
            self.message.show_error(error_text(error))
        if self._closing:
            super().reject()

    def _address(
        self, to_file: bool, path: str, server_form: ServerForm, missing_file: str
    ) -> tuple[str, str | None] | None:
        """(URL, password) of the new database, a file at `path` or the server form's; None after showing
        what is missing (`missing_file` when no file was chosen)."""
        if to_file:
            if not path.strip():
                self.message.show_error(missing_file)
                return None
            return "sqlite:///" + path.strip(), None
        address = server_form.address()
        if isinstance(address, str):
            self.message.show_error(address)
            return None
        return address
