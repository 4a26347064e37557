"""File → Restore…: read a backup file and show what it holds, then restore it into a new, empty database (a
file on this computer or a database on the office server), optionally used by this desktop afterwards."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.backup import BackupSummary, RestoreResult
from salesapp.services.backup.restore_service import inspect_backup, restore_backup
from salesapp.ui.backup._context import BackupContext
from salesapp.ui.backup._labels import file_filter, size_text
from salesapp.ui.backup._progress_box import FittingMessage, ProgressBox
from salesapp.ui.backup._server_form import ServerForm
from salesapp.ui.backup._task_dialog import BackupTaskDialog
from salesapp.ui.shared.qtdates import format_datetime
from salesapp.ui.widgets.file_places import remember_folder, start_path


class RestoreDialog(BackupTaskDialog):
    """Choose a backup, read it (checked on the bulk worker), see what it holds, choose a new database and
    restore (with progress; Cancel keeps nothing).

    Signals:
        restored(object): the RestoreResult.
        switch_requested(str, object): use the restored database (URL, server password or None) from now on.
    """

    restored = Signal(object)
    switch_requested = Signal(str, object)

    def __init__(self, ctx: BackupContext, default_target: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.summary: BackupSummary | None = None
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumWidth(640)

        self.file_edit = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.read_button = QPushButton(self.tr("Read"))
        self.read_button.clicked.connect(self.read)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        row.addWidget(self.read_button)
        top = QFormLayout()
        top.addRow(self.tr("Backup file:"), row)

        self.preview = self._preview_box()
        self.target = self._target_box(default_target)
        self.progress = ProgressBox()
        self.relay.advanced.connect(self.progress.advance)
        self.message = FittingMessage()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.restore_button.clicked.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview)
        layout.addWidget(self.target)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._update()

    def _preview_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What the backup holds"))
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.headline = QLabel()
        self.headline.setProperty("textStyle", "strong")
        self.tables = QTableWidget(0, 2)
        self.tables.setHorizontalHeaderLabels([self.tr("Table"), self.tr("Rows")])
        self.tables.verticalHeader().hide()
        self.tables.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tables.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tables.verticalHeader().setDefaultSectionSize(24)
        self.tables.setMinimumHeight(180)
        layout = QVBoxLayout(box)
        layout.addWidget(self.facts)
        layout.addWidget(self.headline)
        layout.addWidget(self.tables)
        return box

    def _target_box(self, default_target: str) -> QGroupBox:
        box = QGroupBox(self.tr("Restore into a new, empty database"))
        self.file_choice = QRadioButton(self.tr("A new file on this computer"))
        self.server_choice = QRadioButton(self.tr("A new database on the office's PostgreSQL server"))
        self.file_choice.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.file_choice)
        group.addButton(self.server_choice)
        self.target_edit = QLineEdit(default_target)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse_target)
        file_row = QWidget()
        row = QHBoxLayout(file_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.target_edit, 1)
        row.addWidget(browse)
        self.server_form = ServerForm()
        self.server_form.hide()
        self.file_choice.toggled.connect(file_row.setVisible)
        self.file_choice.toggled.connect(lambda on: self.server_form.setVisible(not on))
        self.use_after = QCheckBox(self.tr("Use the restored database on this computer afterwards"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.file_choice)
        layout.addWidget(file_row)
        layout.addWidget(self.server_choice)
        layout.addWidget(self.server_form)
        layout.addWidget(self.use_after)
        return box

    # -- reading the backup ---------------------------------------------------------------------------------
    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Backup file"), self.file_edit.text() or start_path("backup"), file_filter()
        )
        if path:
            remember_folder("backup", path)
            self.file_edit.setText(path)
            self.read()

    def _browse_target(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New database file"),
            self.target_edit.text(),
            self.tr("salesapp database (*.sqlite3)"),
        )
        if path:
            self.target_edit.setText(path)

    def read(self) -> None:
        """Check the chosen file and show what it holds (on the bulk worker)."""
        path = self.file_edit.text().strip()
        if not path:
            self.message.show_error(self.tr("Choose the backup file to restore."))
            return
        self.summary = None
        self._start()
        relay = self.relay
        self.ctx.bulk.submit(
            lambda: inspect_backup(path, relay.report, relay.cancelled),
            on_done=self._read,
            on_error=self._failed,
        )

    def _read(self, summary: BackupSummary) -> None:
        self._set_running(False)
        self.progress.hide()
        self.summary = summary
        when = format_datetime(summary.taken_at, self.ctx.tz, self.ctx.buddhist_era)
        lines = [
            self.tr("Taken: {0}").format(when),
            self.tr("From: {0} ({1}), salesapp {2}, schema version {3}").format(
                summary.source, "PostgreSQL" if summary.source_backend == "postgresql" else "SQLite",
                summary.app_version, summary.schema_version,
            ),
            self.tr("File size: {0}").format(size_text(summary.size_bytes)),
        ]  # fmt: skip
        if summary.shop_name:
            lines.insert(0, self.tr("Shop: {0}").format(summary.shop_name))
        self.facts.setText("\n".join(lines))
        self.headline.setText(
            self.tr("{0} customers · {1} orders · {2} staff · {3} products").format(
                f"{summary.rows_of('customers'):,}",
                f"{summary.rows_of('orders'):,}",
                f"{summary.rows_of('users'):,}",
                f"{summary.rows_of('products'):,}",
            )
        )
        self.tables.setRowCount(len(summary.tables))
        for i, table in enumerate(summary.tables):
            self.tables.setItem(i, 0, QTableWidgetItem(table.name))
            rows = QTableWidgetItem(f"{table.rows:,}")
            rows.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tables.setItem(i, 1, rows)
        self.message.show_notice(
            self.tr("The backup file is whole and readable. Choose where to restore it.")
        )
        self._update()

    # -- restoring ------------------------------------------------------------------------------------------
    def target_address(self) -> tuple[str, str | None] | None:
        """(URL, password) of the chosen target, or None after showing what is missing."""
        missing = self.tr("Choose a new file for the restored database.")
        return self._address(self.file_choice.isChecked(), self.target_edit.text(), self.server_form, missing)

    def restore(self) -> None:
        """Restore the backup that was read into the chosen new database."""
        if self.summary is None:
            return
        address = self.target_address()
        if address is None:
            return
        url, password = address
        path, relay = self.summary.path, self.relay
        self._start()
        self.ctx.bulk.submit(
            lambda: restore_backup(path, url, password, relay.report, relay.cancelled),
            on_done=lambda result: self._restored(result, url, password),
            on_error=self._failed,
        )

    def _restored(self, result: RestoreResult, url: str, password: str | None) -> None:
        self._set_running(False)
        self.progress.advance("done", 1, 1)
        self.message.show_notice(
            self.tr("Restored into {0}: {1} rows in {2} tables, checked against the backup ({3} s).").format(
                result.target, f"{result.rows:,}", result.tables, f"{result.seconds:.1f}"
            )
        )
        self.restored.emit(result)
        if self.use_after.isChecked():
            self.switch_requested.emit(url, password)
            super().accept()
        elif self._closing:
            super().reject()

    # -- running state --------------------------------------------------------------------------------------
    def _start(self) -> None:
        self.message.clear_message()
        self.relay.reset()
        self.progress.start()
        self._set_running(True)

    def _set_running(self, running: bool) -> None:
        super()._set_running(running)
        self._update()

    def _failed(self, error: BaseException) -> None:
        self._show_failure(error, self.tr("Cancelled: nothing was written."))

    def _update(self) -> None:
        self.preview.setVisible(self.summary is not None)
        self.target.setVisible(self.summary is not None)
        self.restore_button.setEnabled(self.summary is not None and not self._running)
        self.read_button.setEnabled(not self._running)
        self.file_edit.setEnabled(not self._running)
        self.close_button.setText(self.tr("Cancel") if self._running else self.tr("Close"))
        self.adjustSize()
