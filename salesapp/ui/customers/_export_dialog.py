"""Exporting the customers list as shown to a CSV or Excel file, on the database worker with Cancel."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, tzinfo
from pathlib import Path

from PySide6.QtCore import Qt, Signal
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

from salesapp.domain.records import UserRecord
from salesapp.services.customers.customer_export import ExportFormat, ExportResult, export_customers
from salesapp.services.shared.context import ServiceContext
from salesapp.ui.customers._progress_relay import ProgressRelay
from salesapp.ui.shared.i18n import error_text
from salesapp.ui.shared.tasks import DbWorker
from salesapp.ui.widgets.message_label import MessageLabel


class ExportDialog(QDialog):
    """Export the customers of the list as shown (its ids, in order) to CSV or Excel, on the worker.

    Signals:
        exported(object): the ExportResult of a finished export.
    """

    exported = Signal(object)

    def __init__(
        self,
        worker: DbWorker,
        ctx: ServiceContext,
        actor: UserRecord,
        ids: Sequence[int],
        headers: dict[str, str],
        parent: QWidget | None = None,
        tz: tzinfo = UTC,
    ) -> None:
        super().__init__(parent)
        self.worker, self.ctx, self.actor, self.ids, self.headers, self.tz = (
            worker,
            ctx,
            actor,
            ids,
            headers,
            tz,
        )
        self.export_result: ExportResult | None = None
        self._busy = False
        self.relay = ProgressRelay(self)
        self.relay.advanced.connect(self._advanced)
        self.setWindowTitle(self.tr("Export customers"))
        self.setMinimumWidth(520)
        self.path_edit = QLineEdit()
        self.path_edit.textChanged.connect(self._path_changed)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.format = QComboBox()
        self.format.addItem(self.tr("Excel workbook (.xlsx)"), ExportFormat.XLSX)
        self.format.addItem(self.tr("CSV, UTF-8 (.csv)"), ExportFormat.CSV)
        form = QFormLayout()
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Format:"), self.format)
        self.about = QLabel(self.tr("{0} customers of the list as shown.").format(len(ids)))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.message = MessageLabel()
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.about)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._path_changed("")

    def browse(self) -> None:
        """Ask where to save."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export customers to"), "customers.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
        )  # fmt: skip
        if path:
            self.path_edit.setText(path)

    def _path_changed(self, text: str) -> None:
        suffix = Path(text).suffix.lower().lstrip(".")
        if suffix in (ExportFormat.CSV, ExportFormat.XLSX):
            self.format.setCurrentIndex(self.format.findData(suffix))
        self.export_button.setEnabled(bool(text.strip()) and not self._busy)

    def start_export(self) -> None:
        """Write the file on the worker."""
        fmt = self.format.currentData()
        path = Path(self.path_edit.text().strip())
        if path.suffix.lower() != f".{fmt}":
            path = path.with_suffix(f".{fmt}")
        relay, tz, args = (
            self.relay,
            self.tz,
            (self.ctx, self.actor, list(self.ids), path, fmt, dict(self.headers)),
        )
        self._busy = True
        self.relay.reset()
        self.export_button.setEnabled(False)
        self.message.clear_message()

        def task() -> ExportResult:
            return export_customers(*args, relay.report, relay.cancelled, tz)

        self.worker.submit(task, on_done=self._done, on_error=self._failed)

    def _advanced(self, done: int, total: int) -> None:
        self.progress.setValue(100 if not total else done * 100 // total)

    def _done(self, result: ExportResult) -> None:
        self._busy = False
        self.export_result = result
        if result.cancelled:
            super().reject()
            return
        self.progress.setValue(100)
        self.message.show_notice(self.tr("{0} customers exported.").format(result.rows))
        self.export_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))
        self.exported.emit(result)

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


def export_customers_dialog(
    parent: QWidget | None,
    worker: DbWorker,
    ctx: ServiceContext,
    actor: UserRecord,
    ids: Sequence[int],
    headers: dict[str, str],
    tz: tzinfo = UTC,
) -> ExportDialog:
    """Open the export dialog for the list's `ids` (window-modal, not blocking); returns it."""
    dialog = ExportDialog(worker, ctx, actor, ids, headers, parent, tz)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
