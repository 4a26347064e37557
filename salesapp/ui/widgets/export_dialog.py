"""The export dialog every export shares (customers, products): where to save, CSV or Excel, the export on
the database worker with a progress bar and Cancel (a cancelled export leaves no file).

A feature's dialog subclasses `FileExportDialog` with its title, what is exported, the service call and
what a finished export says. The shared texts keep the "ExportDialog" translation context, where the
customer export first had them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salesapp.services.shared.export_table import ExportFormat, ExportResult
from salesapp.services.shared.import_plan import Progress, ShouldCancel
from salesapp.ui.shared.i18n import error_text, translate
from salesapp.ui.shared.tasks import DbWorker
from salesapp.ui.widgets.file_places import open_with_system, remember_folder, start_path
from salesapp.ui.widgets.message_label import MessageLabel
from salesapp.ui.widgets.progress_relay import ProgressRelay

ExportCall = Callable[[Path, str, Progress, ShouldCancel], ExportResult]
"""Writes the file: (path, format, progress, should_cancel) → ExportResult; run on the worker."""


class FileExportDialog(QDialog):
    """File, format, progress, Export / Cancel.

    Signals:
        exported(object): the ExportResult of a finished export.
    """

    exported = Signal(object)

    def __init__(
        self, worker: DbWorker, title: str, about: str, file_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.file_name = file_name
        self.export_result: ExportResult | None = None
        self._busy = False
        self.relay = ProgressRelay(self)
        self.relay.advanced.connect(self._advanced)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.path_edit = QLineEdit()
        self.path_edit.textChanged.connect(self._path_changed)
        browse = QPushButton(translate("ExportDialog", "Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.format = QComboBox()
        self.format.addItem(translate("ExportDialog", "Excel workbook (.xlsx)"), ExportFormat.XLSX)
        self.format.addItem(translate("ExportDialog", "CSV, UTF-8 (.csv)"), ExportFormat.CSV)
        form = QFormLayout()
        form.addRow(translate("ExportDialog", "File:"), row)
        form.addRow(translate("ExportDialog", "Format:"), self.format)
        self.about = QLabel(about)
        self.about.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.message = MessageLabel()
        self.export_button = QPushButton(translate("ExportDialog", "Export"))
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button = QPushButton(translate("ExportDialog", "Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.open_button = QPushButton(translate("ExportDialog", "Open the file"))
        self.open_button.clicked.connect(self.open_written_file)
        self.open_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.about)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        # Ready to export at once: the file name in the folder last exported to (else Documents).
        self.path_edit.setText(start_path("export", file_name))

    # -- what a feature says ------------------------------------------------------------------------------
    def export_call(self) -> ExportCall:
        """The service call that writes the file."""
        raise NotImplementedError

    def save_title(self) -> str:
        """The title of the "save as" file dialog."""
        return self.windowTitle()

    def done_text(self, result: ExportResult) -> str:
        """What a finished export says."""
        raise NotImplementedError

    # -- the export ---------------------------------------------------------------------------------------
    def browse(self) -> None:
        """Ask where to save."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.save_title(),
            self.path_edit.text().strip() or start_path("export", self.file_name),
            translate("ExportDialog", "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
        )
        if path:
            self.path_edit.setText(path)

    def _path_changed(self, text: str) -> None:
        suffix = Path(text).suffix.lower().lstrip(".")
        if suffix in (ExportFormat.CSV, ExportFormat.XLSX):
            self.format.setCurrentIndex(self.format.findData(suffix))
        self.export_button.setEnabled(bool(text.strip()) and not self._busy)

    def start_export(self) -> None:
        """Write the file on the worker."""
        fmt, path = self.format.currentData(), self.written_path()
        call, relay = self.export_call(), self.relay
        self._busy = True
        self.relay.reset()
        self.open_button.hide()
        self.export_button.setEnabled(False)
        self.message.clear_message()
        self.worker.submit(
            lambda: call(path, fmt, relay.report, relay.cancelled), on_done=self._done, on_error=self._failed
        )

    def _advanced(self, done: int, total: int) -> None:
        self.progress.setValue(100 if not total else done * 100 // total)

    def _done(self, result: ExportResult) -> None:
        self._busy = False
        self.export_result = result
        if result.cancelled:
            super().reject()
            return
        self.progress.setValue(100)
        remember_folder("export", self.written_path())
        self.open_button.show()
        self.message.show_notice(self.done_text(result))
        self.export_button.setEnabled(True)
        self.cancel_button.setText(translate("ExportDialog", "Close"))
        self.exported.emit(result)

    def written_path(self) -> Path:
        """The file the export writes (the typed name with the chosen format's suffix)."""
        path = Path(self.path_edit.text().strip())
        fmt = self.format.currentData()
        return path if path.suffix.lower() == f".{fmt}" else path.with_suffix(f".{fmt}")

    def open_written_file(self) -> None:
        """Open the exported file in the spreadsheet program of this computer."""
        if not open_with_system(self.written_path()):
            self.message.show_error(
                translate("ExportDialog", "This computer has no program to open the file with.")
            )

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.export_button.setEnabled(True)
        self.message.show_error(error_text(error))

    def reject(self) -> None:
        """Cancel a running export (its partial file is removed), else close."""
        if self._busy:
            self.relay.cancel()
            self.cancel_button.setEnabled(False)
            return
        super().reject()
