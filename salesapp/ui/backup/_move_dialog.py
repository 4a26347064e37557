"""File → Move to a server… (or, on the server, Move to a file on this computer…): the whole shop copied into
a new, empty database through one backup file, then used by this desktop; the old database stays untouched."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.backup import BackupResult, RestoreResult
from salesapp.services.backup.restore_service import move_database
from salesapp.ui.backup._context import BackupContext
from salesapp.ui.backup._progress_box import FittingMessage, ProgressBox
from salesapp.ui.backup._server_form import ServerForm
from salesapp.ui.backup._task_dialog import BackupTaskDialog


class MoveDialog(BackupTaskDialog):
    """From a local file to the office server (the server form), or from the server to a new file.

    Signals:
        moved(object, object): the BackupResult (kept as a safety copy) and the RestoreResult.
        switch_requested(str, object): use the new database (URL, server password or None) from now on.
    """

    moved = Signal(object, object)
    switch_requested = Signal(str, object)

    def __init__(
        self,
        ctx: BackupContext,
        to_server: bool,
        backup_path: str,
        default_file: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.to_server = to_server
        self.backup_path = backup_path
        self.setMinimumWidth(600)
        if to_server:
            self.setWindowTitle(self.tr("Move to a server"))
            text = self.tr(
                "Everything in this shop's database is copied into a new, empty database on the office's "
                "PostgreSQL server, and this computer then works on the server: other computers connect to "
                "it too. The file on this computer is left as it was, and a backup of it is kept in {0}."
            ).format(backup_path)
        else:
            self.setWindowTitle(self.tr("Move to a file on this computer"))
            text = self.tr(
                "Everything in the server's database is copied into a new file on this computer, which this "
                "computer then works on. Ask everyone to close salesapp first: what they save after the copy "
                "starts is not moved. The server's database is left as it was, and a backup is kept in {0}."
            ).format(backup_path)
        intro = QLabel(text)
        intro.setWordWrap(True)
        self.server_form = ServerForm()
        self.file_edit = QLineEdit(default_file)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        file_row = QWidget()
        row = QHBoxLayout(file_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("New database file:"), file_row)
        files = QWidget()
        files.setLayout(form)
        self.server_form.setVisible(to_server)
        files.setVisible(not to_server)
        self.progress = ProgressBox()
        self.relay.advanced.connect(self.progress.advance)
        self.message = FittingMessage()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.move_button = self.buttons.addButton(self.tr("Move"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.move_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.server_form)
        layout.addWidget(files)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New database file"),
            self.file_edit.text(),
            self.tr("salesapp database (*.sqlite3)"),
        )
        if path:
            self.file_edit.setText(path)

    def target_address(self) -> tuple[str, str | None] | None:
        """(URL, password) of the new database, or None after showing what is missing."""
        missing = self.tr("Choose a new file for the database.")
        return self._address(not self.to_server, self.file_edit.text(), self.server_form, missing)

    def start(self) -> None:
        """Back up this database and restore it into the new one, on the bulk worker."""
        address = self.target_address()
        if address is None:
            return
        url, password = address
        self.message.clear_message()
        self.relay.reset()
        self._set_running(True)
        self.progress.start()
        backups, user, relay, path = self.ctx.services.backups, self.ctx.user, self.relay, self.backup_path
        self.ctx.bulk.submit(
            lambda: move_database(backups, user, path, url, password, relay.report, relay.cancelled),
            on_done=lambda result: self._moved(result[0], result[1], url, password),
            on_error=self._failed,
        )

    def _moved(
        self, backed_up: BackupResult, restored: RestoreResult, url: str, password: str | None
    ) -> None:
        self._set_running(False)
        self.progress.advance("done", 1, 1)
        self.message.show_notice(
            self.tr("Moved: {0} rows are now in {1}. This computer now works on it: sign in again.").format(
                f"{restored.rows:,}", restored.target
            )
        )
        self.moved.emit(backed_up, restored)
        self.switch_requested.emit(url, password)
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._show_failure(error, self.tr("Cancelled: nothing was moved."))

    def _set_running(self, running: bool) -> None:
        super()._set_running(running)
        self.move_button.setEnabled(not running)
        self.close_button.setText(self.tr("Cancel") if running else self.tr("Close"))
