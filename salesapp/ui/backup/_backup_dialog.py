"""File → Back up now…: write one backup file while everyone keeps working, and set this desktop's daily
automatic backup (a folder, the last N kept)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.backup import KEEP_RANGE, BackupResult
from salesapp.ui.backup._context import BackupContext
from salesapp.ui.backup._labels import file_filter, size_text
from salesapp.ui.backup._progress_box import FittingMessage, ProgressBox
from salesapp.ui.backup._task_dialog import BackupTaskDialog
from salesapp.ui.shared.i18n import error_text


class BackupDialog(BackupTaskDialog):
    """Choose the file and back up (on the bulk worker, with progress; Cancel keeps nothing); below, the
    daily automatic backup of this desktop.

    Signals:
        backed_up(object): the BackupResult, once the file is whole and recorded in the database.
        auto_save_requested(object, int): the automatic backup's folder (None: off) and how many to keep.
    """

    backed_up = Signal(object)
    auto_save_requested = Signal(object, int)

    def __init__(
        self,
        ctx: BackupContext,
        default_path: str,
        auto_folder: str | None,
        keep: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.relay.advanced.connect(self._advanced)
        self.setWindowTitle(self.tr("Back up now"))
        self.setMinimumWidth(600)
        intro = QLabel(
            self.tr(
                "A backup is one file holding everything in this database: customers, orders, notes, images "
                "and payment slips. Everyone can keep working while it is written."
            )
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit(default_path)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Backup file:"), row)
        self.progress = ProgressBox()
        self.message = FittingMessage()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.start_button = self.buttons.addButton(self.tr("Back up"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.start_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self._auto_box(auto_folder, keep))
        layout.addWidget(self.buttons)

    def _auto_box(self, folder: str | None, keep: int) -> QGroupBox:
        box = QGroupBox(self.tr("Daily automatic backup (this computer)"))
        self.auto_check = QCheckBox(self.tr("Back up every day into this folder"))
        self.auto_check.setChecked(bool(folder))
        self.folder_edit = QLineEdit(folder or "")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        self.keep_spin = QSpinBox()
        self.keep_spin.setRange(*KEEP_RANGE)
        self.keep_spin.setValue(keep)
        self.keep_spin.setSuffix(self.tr(" backups"))
        self.keep_spin.setMinimumWidth(140)
        self.save_auto_button = QPushButton(self.tr("Save"))
        self.save_auto_button.clicked.connect(self._save_auto)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep_spin)
        keep_row.addStretch(1)
        keep_row.addWidget(self.save_auto_button)
        self.auto_message = FittingMessage()
        form = QFormLayout(box)
        form.addRow(self.auto_check)
        form.addRow(self.tr("Folder:"), row)
        form.addRow(self.tr("Keep the last:"), keep_row)
        form.addRow(self.auto_message)
        return box

    # -- backing up -----------------------------------------------------------------------------------------
    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Backup file"), self.path_edit.text(), file_filter()
        )
        if path:
            self.path_edit.setText(path)

    def start(self) -> None:
        """Write the backup to the chosen file on the bulk worker."""
        path = self.path_edit.text().strip()
        if not path:
            self.message.show_error(self.tr("Choose the file to write the backup to."))
            return
        self.message.clear_message()
        self.relay.reset()
        self._set_running(True)
        self.progress.start()
        backups, user, relay = self.ctx.services.backups, self.ctx.user, self.relay
        self.ctx.bulk.submit(
            lambda: backups.back_up(user, path, relay.report, relay.cancelled),
            on_done=self._written,
            on_error=self._failed,
        )

    def _advanced(self, stage: str, done: int, total: int) -> None:
        self.progress.advance(stage, done, total)

    def _written(self, result: BackupResult) -> None:
        backups, user = self.ctx.services.backups, self.ctx.user
        self.ctx.worker.submit(
            backups.record, user, result, on_done=lambda _: self._recorded(result), on_error=self._failed
        )

    def _recorded(self, result: BackupResult) -> None:
        self._set_running(False)
        self.progress.advance("done", 1, 1)
        self.message.show_notice(
            self.tr("The backup is written: {0} ({1}, {2} rows, {3} s).").format(
                result.path, size_text(result.size_bytes), f"{result.rows:,}", f"{result.seconds:.1f}"
            )
        )
        self.backed_up.emit(result)
        if self._closing:
            super().reject()

    def _failed(self, error: BaseException) -> None:
        self._show_failure(error, self.tr("The backup was cancelled: no file was kept."))

    def _set_running(self, running: bool) -> None:
        super()._set_running(running)
        self.start_button.setEnabled(not running)
        self.path_edit.setEnabled(not running)
        self.close_button.setText(self.tr("Cancel") if running else self.tr("Close"))

    # -- the automatic backup -------------------------------------------------------------------------------
    def _browse_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the daily backups"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)
            self.auto_check.setChecked(True)

    def _save_auto(self) -> None:
        folder = self.folder_edit.text().strip()
        if self.auto_check.isChecked() and not folder:
            self.auto_message.show_error(self.tr("Choose the folder for the daily backups."))
            return
        on = self.auto_check.isChecked()
        if on:
            try:
                Path(folder).expanduser().mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                self.auto_message.show_error(error_text(exc))
                return
        self.auto_save_requested.emit(folder if on else None, self.keep_spin.value())
        self.auto_message.show_notice(
            self.tr("Saved: this computer backs up every day into {0}, keeping the last {1}.").format(
                folder, self.keep_spin.value()
            )
            if on
            else self.tr("Saved: no daily backup on this computer.")
        )

    def result_text(self) -> str:
        """The message shown (for tests and screenshots)."""
        return self.message.text()
