"""The customer import wizard: choose a file, map its columns, preview, import on the database worker."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
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
from salesapp.domain.records import UserRecord
from salesapp.services.customers.customer_import import (
    CustomerImportService,
    ImportMode,
    ImportPreview,
    ImportResult,
)
from salesapp.services.shared.import_table import IMPORT_FIELDS, ImportTable, guess_mapping, read_table
from salesapp.ui.customers._import_outcomes import OutcomeModel
from salesapp.ui.customers._progress_relay import ProgressRelay
from salesapp.ui.shared.i18n import error_text
from salesapp.ui.shared.tasks import DbWorker
from salesapp.ui.widgets.message_label import MessageLabel


class ImportDialog(QDialog):
    """Import customers: 1 file, country and mode; 2 which column is which field; 3 preview with the bad
    rows; 4 the import with a progress bar. Every file read and database call runs on the worker.

    After a successful import `changes` holds what was created and updated.

    Signals:
        imported(object): the ChangeSet of a finished import, for the views to refresh.
    """

    imported = Signal(object)

    FILE, MAPPING, PREVIEW, RUNNING = range(4)

    def __init__(
        self,
        worker: DbWorker,
        service: CustomerImportService,
        actor: UserRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker, self.service, self.actor = worker, service, actor
        self.changes = ChangeSet()
        self.table: ImportTable | None = None
        self.preview: ImportPreview | None = None
        self.import_result: ImportResult | None = None
        self._busy = False
        self._closing = False
        self.relay = ProgressRelay(self)
        self.relay.advanced.connect(self._advanced)
        self.setWindowTitle(self.tr("Import customers"))
        self.resize(880, 560)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._running_page())
        self.message = MessageLabel()
        self.busy_bar = QProgressBar()
        self.busy_bar.setTextVisible(True)
        self.busy_bar.hide()
        self.back_button = QPushButton(self.tr("< Back"))
        self.next_button = QPushButton(self.tr("Next >"))
        self.import_button = QPushButton(self.tr("Import"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
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

    # -- pages

    def _file_page(self) -> QWidget:
        page = QWidget()
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("A .csv or .xlsx file"))
        self.path_edit.textChanged.connect(lambda _text: self._update_buttons())
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.country = QComboBox()
        self.country.addItem(self.tr("Thailand"), "TH")
        self.country.addItem(self.tr("Vietnam"), "VN")
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Add new customers only"), ImportMode.CREATE.value)
        self.mode.addItem(
            self.tr("Add new customers and update existing ones"), ImportMode.CREATE_UPDATE.value
        )
        self.mode.addItem(self.tr("Update existing customers only"), ImportMode.UPDATE_ONLY.value)
        about = QLabel(
            self.tr(
                "The first row of the file must hold the column names. Existing customers are recognised by "
                "their phone number (also the second phone), else by their e-mail address. Phone numbers "
                "without a country code are read as numbers of the country chosen here."
            )
        )
        about.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Phone numbers of:"), self.country)
        form.addRow(self.tr("Mode:"), self.mode)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(about)
        layout.addStretch()
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        self.mapping_about = QLabel()
        self.mapping_about.setWordWrap(True)
        self.mapping = QTableWidget(0, 3)
        self.mapping.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Example"), self.tr("Import as")]
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
        self.blocked.setStyleSheet("color: #c62828;")
        self.outcomes = OutcomeModel(self)
        self.outcome_view = QTableView()
        self.outcome_view.setModel(self.outcomes)
        self.outcome_view.verticalHeader().hide()
        self.outcome_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.outcome_view.setWordWrap(False)
        header = self.outcome_view.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((60, 80, 180, 120, 170)):
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

    def _field_labels(self) -> dict[str, str]:
        return {
            "": self.tr("(ignore)"), "name": self.tr("Name"), "phone": self.tr("Phone"),
            "phone2": self.tr("Second phone"), "email": self.tr("E-mail"), "address_line": self.tr("Address"),
            "subdistrict": self.tr("Subdistrict"), "district": self.tr("District"),
            "province": self.tr("Province"), "postcode": self.tr("Postcode"), "channel": self.tr("Channel"),
            "source": self.tr("Source"), "birth_date": self.tr("Birth date"),
            "bill_note": self.tr("Bill note"), "facebook": self.tr("Facebook"), "line_id": self.tr("LINE"),
            "zalo": self.tr("Zalo"),
        }  # fmt: skip

    # -- navigation

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
        self.cancel_button.setText(self.tr("Close") if done else self.tr("Cancel"))
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
            self.tr("Choose the file to import"),
            "",
            self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)"),
        )
        if path:
            self.choose_file(path)

    def choose_file(self, path: str | Path) -> None:
        """Use the file at `path` (what Browse… does after the file dialog)."""
        self.path_edit.setText(str(path))

    # -- background work

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
                super(ImportDialog, self).reject()
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
        guessed = guess_mapping(table.headers)
        labels = self._field_labels()
        self.mapping.setRowCount(len(table.headers))
        self._combos: list[QComboBox] = []
        for column, header in enumerate(table.headers):
            name = QTableWidgetItem(header)
            example = QTableWidgetItem(table.sample(column))
            example.setForeground(Qt.GlobalColor.darkGray)
            self.mapping.setItem(column, 0, name)
            self.mapping.setItem(column, 1, example)
            combo = QComboBox()
            for field in ("", *IMPORT_FIELDS):
                combo.addItem(labels[field], field)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(column, ""))))
            combo.currentIndexChanged.connect(lambda _i, c=column: self._mapping_changed(c))
            self.mapping.setCellWidget(column, 2, combo)
            self._combos.append(combo)
        self.mapping_about.setText(
            self.tr(
                "{0}: {1} rows. Choose what each column holds; columns set to “(ignore)” are not imported."
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

    def make_preview(self) -> None:
        """Check every row on the worker, then show what the import would do."""
        assert self.table is not None
        preview = self.service.preview
        relay = self.relay
        args = (self.actor, self.table, self.current_mapping(), self._mode(), self.country.currentData())

        def task() -> ImportPreview:
            return preview(*args, progress=relay.report, should_cancel=relay.cancelled)

        self._run(task, on_done=self._previewed, progress=True)

    def _mode(self) -> ImportMode:
        return ImportMode(self.mode.currentData())

    def _previewed(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.counts.setText(
            self.tr("{0} rows: {1} to create, {2} to update, {3} skipped, {4} with errors.").format(
                preview.total, preview.to_create, preview.to_update, preview.skipped, len(preview.errors)
            )
        )
        shown = {id(r) for r in preview.rows}
        rows = list(preview.rows) + [e for e in preview.errors if id(e) not in shown]
        rows.sort(key=lambda r: r.line)
        self.outcomes.set_rows(rows)
        if preview.errors:
            self.blocked.setText(
                self.tr(
                    "Nothing can be imported while rows have errors. Correct them in the file and choose it "
                    "again, or set their columns to “(ignore)”."
                )
            )
        elif not self._has_work():
            self.blocked.setText(self.tr("There is nothing to import in this mode."))
        self.blocked.setVisible(bool(preview.errors) or not self._has_work())
        self._show_page(self.PREVIEW)

    def start_import(self) -> None:
        """Run the import on the worker, showing its progress."""
        assert self.table is not None
        run = self.service.run
        relay = self.relay
        args = (self.actor, self.table, self.current_mapping(), self._mode(), self.country.currentData())
        self.import_result = None
        self.progress.setValue(0)
        self.status.setText(self.tr("Importing {0} rows…").format(len(self.table.rows)))
        self._show_page(self.RUNNING)
        self._run(lambda: run(*args, relay.report, relay.cancelled), on_done=self._import_done, progress=True)

    def _import_done(self, outcome: tuple[ImportResult, ChangeSet]) -> None:
        result, changes = outcome
        self.import_result = result
        if result.cancelled:
            self.status.setText(self.tr("The import was cancelled: nothing was imported."))
        elif result.errors:
            self.status.setText(self.tr("Rows had errors: nothing was imported."))
            self.outcomes.set_rows(list(result.errors))
        else:
            self.progress.setValue(100)
            self.changes = changes
            self.status.setText(
                self.tr("Done: {0} customers created, {1} updated, {2} rows skipped.").format(
                    result.created, result.updated, result.skipped
                )
            )
            self.imported.emit(changes)
        self._update_buttons()

    def reject(self) -> None:
        """Cancel: stop a running task first (its transaction is rolled back), then close."""
        if self._busy:
            self._closing = self.pages.currentIndex() != self.RUNNING
            self.relay.cancel()
            self.status.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)
            return
        super().reject()
