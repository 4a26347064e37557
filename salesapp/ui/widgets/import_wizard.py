"""The import wizard every import shares (customers, products): choose a file, map its columns, preview
with the bad rows and their lines, import on the database worker with progress and Cancel.

A feature's dialog subclasses `ImportWizard` and says what is its own: the fields a column can hold and
their labels, how headers are guessed, the modes' wording, the options of the file page, the columns of
the preview, and the service calls. The shared texts keep the "ImportDialog" translation context, where
the customer import first had them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.changes import ChangeSet
from salesapp.services.shared.import_plan import (
    ImportMode,
    ImportPreview,
    ImportResult,
    Progress,
    ShouldCancel,
)
from salesapp.services.shared.import_table import ImportTable, read_table
from salesapp.ui.shared.i18n import error_text, translate
from salesapp.ui.shared.tasks import DbWorker
from salesapp.ui.shared.theme import color
from salesapp.ui.widgets.file_places import remember_folder, start_path
from salesapp.ui.widgets.import_outcomes import OutcomeColumn, OutcomeModel
from salesapp.ui.widgets.message_label import MessageLabel
from salesapp.ui.widgets.progress_relay import ProgressRelay

PreviewCall = Callable[[ImportTable, dict[int, str], ImportMode, Progress, ShouldCancel], ImportPreview[Any]]
"""Previews an import: (table, mapping, mode, progress, should_cancel) → ImportPreview; run on the worker."""
RunCall = Callable[
    [ImportTable, dict[int, str], ImportMode, Progress, ShouldCancel], tuple[ImportResult[Any], ChangeSet]
]
"""Runs an import with the same arguments → (ImportResult, ChangeSet); run on the worker."""


class ImportWizard(QDialog):
    """1 file, mode (and the feature's options); 2 which column is which field; 3 preview with the bad
    rows; 4 the import with a progress bar. Every file read and database call runs on the worker.

    After a successful import `changes` holds what was created and updated.

    Signals:
        imported(object): the ChangeSet of a finished import, for the views to refresh.
    """

    imported = Signal(object)

    FILE, MAPPING, PREVIEW, RUNNING = range(4)

    def __init__(self, worker: DbWorker, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.changes = ChangeSet()
        self.table: ImportTable | None = None
        self.preview: ImportPreview[Any] | None = None
        self.import_result: ImportResult[Any] | None = None
        self._combos: list[QComboBox] = []
        self._busy = False
        self._closing = False
        self.relay = ProgressRelay(self)
        self.relay.advanced.connect(self._advanced)
        self.setWindowTitle(title)
        self.resize(880, 560)
        self.setAcceptDrops(True)  # a .csv or .xlsx dropped from the file manager or a chat download
        self.pages = QStackedWidget()
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._running_page())
        self.message = MessageLabel()
        self.busy_bar = QProgressBar()
        self.busy_bar.setTextVisible(True)
        self.busy_bar.hide()
        self.back_button = QPushButton(translate("ImportDialog", "< Back"))
        self.next_button = QPushButton(translate("ImportDialog", "Next >"))
        self.import_button = QPushButton(translate("ImportDialog", "Import"))
        self.cancel_button = QPushButton(translate("ImportDialog", "Cancel"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy_bar, 1)
        buttons.addStretch()
        for button in (self.back_button, self.next_button, self.import_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._show_page(self.FILE)

    # -- what a feature says ------------------------------------------------------------------------------
    def import_fields(self) -> Sequence[str]:
        """The fields a column can be mapped to, in the order the combos list them."""
        raise NotImplementedError

    def field_labels(self) -> dict[str, str]:
        """Each field's label in the user's language."""
        raise NotImplementedError

    def guess_mapping(self, headers: Sequence[str]) -> dict[int, str]:
        """Column → field for the headers recognised."""
        raise NotImplementedError

    def mode_labels(self) -> list[tuple[ImportMode, str]]:
        """The modes offered with their wording (add only, add and update, update only)."""
        raise NotImplementedError

    def add_file_options(self, form: QFormLayout) -> None:
        """Add the feature's own rows to the file page's form (between File and Mode)."""

    def about_text(self) -> str:
        """What the file page says about the file and how rows are matched."""
        return ""

    def outcome_columns(self) -> list[OutcomeColumn]:
        """The preview's columns between Action and Reason, to recognise a row."""
        raise NotImplementedError

    def preview_call(self) -> PreviewCall:
        """The service call that previews (run on the worker)."""
        raise NotImplementedError

    def run_call(self) -> RunCall:
        """The service call that imports (run on the worker)."""
        raise NotImplementedError

    def counts_text(self, preview: ImportPreview[Any]) -> str:
        """The line above the preview's table."""
        return translate(
            "ImportDialog", "{0} rows: {1} to create, {2} to update, {3} skipped, {4} with errors."
        ).format(preview.total, preview.to_create, preview.to_update, preview.skipped, len(preview.errors))

    def done_text(self, result: ImportResult[Any]) -> str:
        """What a finished import says."""
        raise NotImplementedError

    # -- pages --------------------------------------------------------------------------------------------
    def _file_page(self) -> QWidget:
        page = QWidget()
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(translate("ImportDialog", "A .csv or .xlsx file"))
        self.path_edit.textChanged.connect(lambda _text: self._update_buttons())
        browse = QPushButton(translate("ImportDialog", "Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.mode = QComboBox()
        for mode, label in self.mode_labels():
            self.mode.addItem(label, mode.value)
        about = QLabel(self.about_text())
        about.setWordWrap(True)
        self.file_form = QFormLayout()
        self.file_form.addRow(translate("ImportDialog", "File:"), row)
        self.add_file_options(self.file_form)
        self.file_form.addRow(translate("ImportDialog", "Mode:"), self.mode)
        layout = QVBoxLayout(page)
        layout.addLayout(self.file_form)
        layout.addWidget(about)
        layout.addStretch()
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        self.mapping_about = QLabel()
        self.mapping_about.setWordWrap(True)
        self.mapping = QTableWidget(0, 3)
        self.mapping.setHorizontalHeaderLabels(
            [
                translate("ImportDialog", "Column in the file"),
                translate("ImportDialog", "Example"),
                translate("ImportDialog", "Import as"),
            ]
        )
        self.mapping.verticalHeader().hide()
        self.mapping.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.mapping.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.mapping.setColumnWidth(2, 200)
        layout = QVBoxLayout(page)
        layout.addWidget(self.mapping_about)
        layout.addWidget(self.mapping, 1)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        self.counts = QLabel()
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.blocked = QLabel()
        self.blocked.setWordWrap(True)
        self.blocked.setProperty("tone", "danger")
        self.outcomes = OutcomeModel(self.outcome_columns(), self)
        self.outcome_view = QTableView()
        self.outcome_view.setModel(self.outcomes)
        self.outcome_view.verticalHeader().hide()
        self.outcome_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.outcome_view.setWordWrap(False)
        header = self.outcome_view.horizontalHeader()
        header.setStretchLastSection(True)
        widths = [60, 80, *(c.width for c in self.outcome_columns())]
        for column, width in enumerate(widths):
            self.outcome_view.setColumnWidth(column, width)
        layout = QVBoxLayout(page)
        layout.addWidget(self.counts)
        layout.addWidget(self.blocked)
        layout.addWidget(self.outcome_view, 1)
        return page

    def _running_page(self) -> QWidget:
        page = QWidget()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        layout = QVBoxLayout(page)
        layout.addStretch()
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addStretch()
        return page

    # -- navigation ---------------------------------------------------------------------------------------
    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        idle = not self._busy
        self.back_button.setVisible(page in (self.MAPPING, self.PREVIEW))
        self.back_button.setEnabled(idle)
        self.next_button.setVisible(page in (self.FILE, self.MAPPING))
        self.next_button.setEnabled(idle and (page != self.FILE or bool(self.path_edit.text().strip())))
        self.import_button.setVisible(page == self.PREVIEW)
        self.import_button.setEnabled(
            idle and self.preview is not None and self.preview.ok and self._has_work()
        )
        done = page == self.RUNNING and self.import_result is not None
        self.cancel_button.setText(
            translate("ImportDialog", "Close") if done else translate("ImportDialog", "Cancel")
        )
        self.cancel_button.setEnabled(idle or not self.relay.cancelled())

    def _has_work(self) -> bool:
        return self.preview is not None and bool(self.preview.to_create or self.preview.to_update)

    def go_back(self) -> None:
        """To the previous page."""
        self.message.clear_message()
        self._show_page(max(self.FILE, self.pages.currentIndex() - 1))

    def go_next(self) -> None:
        """Read the file (page 1) or preview the import (page 2)."""
        self.message.clear_message()
        if self.pages.currentIndex() == self.FILE:
            self.read_file()
        elif self.pages.currentIndex() == self.MAPPING:
            self.make_preview()

    def browse(self) -> None:
        """Ask for the file to import."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("ImportDialog", "Choose the file to import"),
            start_path("import"),
            translate("ImportDialog", "Spreadsheets (*.csv *.xlsx);;All files (*)"),
        )
        if path:
            remember_folder("import", path)
            self.choose_file(path)

    @staticmethod
    def dropped_file(mime: QMimeData) -> Path | None:
        """The one spreadsheet file in what is dragged over the dialog, if that is what it is."""
        files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        if len(files) != 1 or files[0].suffix.lower() not in (".csv", ".xlsx"):
            return None
        return files[0]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self._busy and self.pages.currentIndex() == 0 and self.dropped_file(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self.dropped_file(event.mimeData())
        if path is None or self._busy or self.pages.currentIndex() != 0:
            event.ignore()
            return
        event.acceptProposedAction()
        remember_folder("import", path)
        self.choose_file(path)

    def choose_file(self, path: str | Path) -> None:
        """Use the file at `path` (what Browse… does after the file dialog)."""
        self.path_edit.setText(str(path))

    # -- background work ----------------------------------------------------------------------------------
    def _run(self, fn: Any, *args: Any, on_done: Any, progress: bool = False) -> None:
        self._busy = True
        self.relay.reset()
        self.busy_bar.setRange(0, 100 if progress else 0)
        self.busy_bar.setValue(0)
        self.busy_bar.setVisible(self.pages.currentIndex() != self.RUNNING)
        self._update_buttons()
        self.worker.submit(fn, *args, on_done=self._finished_with(on_done), on_error=self._failed)

    def _finished_with(self, on_done: Any) -> Any:
        def finished(result: Any) -> None:
            self._idle()
            if self._closing:
                super(ImportWizard, self).reject()
                return
            on_done(result)

        return finished

    def _idle(self) -> None:
        self._busy = False
        self.busy_bar.hide()
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self._idle()
        if self._closing:
            super().reject()
            return
        if self.pages.currentIndex() == self.RUNNING:
            self._show_page(self.PREVIEW)
        self.message.show_error(error_text(error))

    def _advanced(self, done: int, total: int) -> None:
        percent = 100 if not total else min(100, done * 100 // total)
        self.busy_bar.setValue(percent)
        self.progress.setValue(percent)

    def read_file(self) -> None:
        """Read the chosen file on the worker, then show its columns."""
        self._run(read_table, self.path_edit.text().strip(), on_done=self._file_read)

    def _file_read(self, table: ImportTable) -> None:
        self.table = table
        guessed = self.guess_mapping(table.headers)
        labels = {"": translate("ImportDialog", "(ignore)"), **self.field_labels()}
        self.mapping.setRowCount(len(table.headers))
        self._combos = []
        for column, header in enumerate(table.headers):
            name = QTableWidgetItem(header)
            example = QTableWidgetItem(table.sample(column))
            example.setForeground(color("text_muted"))
            self.mapping.setItem(column, 0, name)
            self.mapping.setItem(column, 1, example)
            combo = QComboBox()
            for field in ("", *self.import_fields()):
                combo.addItem(labels[field], field)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(column, ""))))
            combo.currentIndexChanged.connect(lambda _i, c=column: self._mapping_changed(c))
            self.mapping.setCellWidget(column, 2, combo)
            self._combos.append(combo)
        self.mapping_about.setText(
            translate(
                "ImportDialog",
                "{0}: {1} rows. Choose what each column holds; columns set to “(ignore)” are not imported.",
            ).format(table.name, len(table.rows))
        )
        self._show_page(self.MAPPING)

    def _mapping_changed(self, column: int) -> None:
        # A field comes from one column only: choosing it here frees it in the column that had it.
        field = self._combos[column].currentData()
        if not field:
            return
        for other, combo in enumerate(self._combos):
            if other != column and combo.currentData() == field:
                combo.setCurrentIndex(0)

    def set_mapping(self, column: int, field: str) -> None:
        """Map file column `column` to `field` ("" to ignore it), as choosing in its combo does."""
        combo = self._combos[column]
        combo.setCurrentIndex(combo.findData(field))

    def current_mapping(self) -> dict[int, str]:
        """File column → field, as chosen."""
        return {
            column: combo.currentData() for column, combo in enumerate(self._combos) if combo.currentData()
        }

    def current_mode(self) -> ImportMode:
        """The mode chosen on the file page."""
        return ImportMode(self.mode.currentData())

    def make_preview(self) -> None:
        """Check every row on the worker, then show what the import would do."""
        assert self.table is not None
        call, relay = self.preview_call(), self.relay
        args = (self.table, self.current_mapping(), self.current_mode())
        self._run(lambda: call(*args, relay.report, relay.cancelled), on_done=self._previewed, progress=True)

    def _previewed(self, preview: ImportPreview[Any]) -> None:
        self.preview = preview
        self.counts.setText(self.counts_text(preview))
        shown = {id(r) for r in preview.rows}
        rows = list(preview.rows) + [e for e in preview.errors if id(e) not in shown]
        rows.sort(key=lambda r: r.line)
        self.outcomes.set_rows(rows)
        if preview.errors:
            self.blocked.setText(
                translate(
                    "ImportDialog",
                    "Nothing can be imported while rows have errors. Correct them in the file and choose it "
                    "again, or set their columns to “(ignore)”.",
                )
            )
        elif not self._has_work():
            self.blocked.setText(translate("ImportDialog", "There is nothing to import in this mode."))
        self.blocked.setVisible(bool(preview.errors) or not self._has_work())
        self._show_page(self.PREVIEW)

    def start_import(self) -> None:
        """Run the import on the worker, showing its progress."""
        assert self.table is not None
        call, relay = self.run_call(), self.relay
        args = (self.table, self.current_mapping(), self.current_mode())
        self.import_result = None
        self.progress.setValue(0)
        self.status.setText(translate("ImportDialog", "Importing {0} rows…").format(len(self.table.rows)))
        self._show_page(self.RUNNING)
        work = lambda: call(*args, relay.report, relay.cancelled)  # noqa: E731  (run on the worker)
        self._run(work, on_done=self._import_done, progress=True)

    def _import_done(self, outcome: tuple[ImportResult[Any], ChangeSet]) -> None:
        result, changes = outcome
        self.import_result = result
        if result.cancelled:
            self.status.setText(translate("ImportDialog", "The import was cancelled: nothing was imported."))
        elif result.errors:
            self.status.setText(translate("ImportDialog", "Rows had errors: nothing was imported."))
            self.outcomes.set_rows(list(result.errors))
        else:
            self.progress.setValue(100)
            self.changes = changes
            self.status.setText(self.done_text(result))
            self.imported.emit(changes)
        self._update_buttons()

    def reject(self) -> None:
        """Cancel: stop a running task first (its transaction is rolled back), then close."""
        if self._busy:
            self._closing = self.pages.currentIndex() != self.RUNNING
            self.relay.cancel()
            self.status.setText(translate("ImportDialog", "Cancelling…"))
            self.cancel_button.setEnabled(False)
            return
        super().reject()
