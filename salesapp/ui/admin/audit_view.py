"""The Audit screen (Settings → Audit trail…, administrators and managers): every change of the shop's
records newest first, filtered by person, record kind, action and period, over the windowed list; the
chosen row's whole change below; Export… of the filtered rows to Excel or CSV; Enter or a double click on
a customer's row opens the customer's profile in the Customers section."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QSplitter, QVBoxLayout, QWidget

from salesapp.domain.enums import EntityKind
from salesapp.services.admin.audit_list import AuditFilter, AuditListService, AuditPerson, AuditRow
from salesapp.services.shared.export_table import ExportResult
from salesapp.services.shared.import_plan import Progress, ShouldCancel
from salesapp.services.shared.list_query import COUNT_CAP
from salesapp.ui.admin._audit_labels import Describer, action_name, export_texts, headers, kind_name, nobody
from salesapp.ui.admin._audit_parts import AuditDetail, AuditFilterBar
from salesapp.ui.customers.customers_view import CustomersView
from salesapp.ui.lists.record_list import RecordListView
from salesapp.ui.lists.windowed import Column, WindowedTableModel
from salesapp.ui.mainwindow.main_window import MainWindow
from salesapp.ui.shared.i18n import error_text
from salesapp.ui.shared.qtdates import format_datetime
from salesapp.ui.shared.view_context import ViewContext
from salesapp.ui.widgets.export_dialog import ExportCall, FileExportDialog


class AuditDialog(QDialog):
    """The audit trail: filters, the windowed list, the detail of the chosen row, Export….

    Signals:
        customer_requested(int): Enter or a double click on a customer's row (the customer's id).
    """

    customer_requested = Signal(int)

    def __init__(self, ctx: ViewContext, service: AuditListService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.service = ctx, service
        self.worker, self.user, self.tz = ctx.worker, ctx.user, ctx.tz
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(1240, 680)
        self.describer = Describer(ctx.tz, ctx.buddhist_era)
        self.export_dialog: AuditExportDialog | None = None
        tz, era, describe = ctx.tz, ctx.buddhist_era, self.describer
        when, who, kind, record, action, changes = headers()
        columns = [
            Column(when, lambda r: format_datetime(r.at, tz, era)),
            Column(who, lambda r: r.user_name or nobody()),
            Column(kind, lambda r: kind_name(r.entity)),
            Column(record, lambda r: r.label or f"#{r.entity_id}", tooltip=lambda r: r.label),
            Column(action, lambda r: action_name(r.action)),
            Column(
                changes, lambda r: describe(r.changes) or r.summary, tooltip=lambda r: describe(r.changes)
            ),
        ]
        user = self.user
        self.model = WindowedTableModel(self.worker, columns, lambda ids: service.rows(user, ids))
        self.filters = AuditFilterBar(ctx.buddhist_era)
        self.filters.filter_changed.connect(self.reload)
        self.filters.export_requested.connect(self.open_export)
        self.list = RecordListView(self.model, [(None, self.tr("All"))])
        self.list.tab_bar.hide()
        list_layout = self.list.layout()
        assert list_layout is not None
        list_layout.setContentsMargins(0, 0, 0, 0)
        self.list.set_column_widths([16, 20, 16, 26, 18])
        self.list.current_record_changed.connect(self._show_detail)
        self.list.record_activated.connect(self._activated)
        self.model.loaded.connect(self._show_count)
        self.model.ids_loaded.connect(self._show_count)
        self.detail = AuditDetail(self.describer)
        self.detail.load(None)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([430, 170])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.worker.submit(service.people, user, on_done=self._people_arrived, on_error=self._failed)
        self.reload()

    def current_filter(self) -> AuditFilter:
        """The filter chosen in the bar."""
        return self.filters.current()

    def reload(self) -> None:
        """Read the list again for the chosen filter (first page and capped count first, then every id)."""
        flt, user, tz, service = self.current_filter(), self.user, self.tz, self.service
        self.detail.load(None)
        self.list.message.clear_message()
        self.model.load(
            lambda: service.first_page(user, flt, tz, self.model.page_size),
            lambda stop: service.ids(user, flt, tz, stop),
        )

    def _people_arrived(self, people: list[AuditPerson]) -> None:
        self.filters.set_people(people)

    def _failed(self, error: BaseException) -> None:
        self.list.message.show_error(error_text(error))

    def _show_count(self, count: int) -> None:
        if count >= COUNT_CAP and not self.model.has_ids():  # the capped first count: the id list follows
            self.list.status.setText(self.tr("{0}+ changes").format(QLocale().toString(count)))
        else:
            self.list.status.setText(self.tr("%Ln change(s)", "", count))

    def _show_detail(self, record: AuditRow | None) -> None:
        if record is not None:
            self.detail.load(record)

    def _activated(self, record: AuditRow) -> None:
        if record.entity == EntityKind.CUSTOMER.value:
            self.customer_requested.emit(record.entity_id)

    def open_export(self) -> AuditExportDialog:
        """Export the rows of the chosen filter (the export dialog, kept in `export_dialog`)."""
        dialog = AuditExportDialog(self, self.current_filter())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_dialog = dialog
        dialog.open()
        return dialog


class AuditExportDialog(FileExportDialog):
    """Export the audit rows of a filter, newest first, to Excel or CSV, on the worker."""

    def __init__(self, audit: AuditDialog, flt: AuditFilter) -> None:
        self.audit, self.flt = audit, flt
        super().__init__(audit.worker, "", "", "audit-trail.xlsx", audit)
        self.setWindowTitle(self.tr("Export the audit trail"))
        self.about.setText(self.tr("The changes of the list as filtered, newest first."))

    def save_title(self) -> str:
        return self.tr("Export the audit trail to")

    def export_call(self) -> ExportCall:
        service, user, flt, tz = self.audit.service, self.audit.user, self.flt, self.audit.tz
        texts = export_texts(self.audit.describer)

        def call(path: Path, fmt: str, progress: Progress, cancelled: ShouldCancel) -> ExportResult:
            return service.export(user, flt, path, fmt, texts, tz, progress, cancelled)

        return call

    def done_text(self, result: ExportResult) -> str:
        return self.tr("%Ln change(s) exported.", "", result.rows)


def open_audit(window: MainWindow, ctx: ViewContext, service: AuditListService) -> AuditDialog:
    """Open the Audit screen over `window`; a customer's row opens the profile in the Customers section."""
    dialog = AuditDialog(ctx, service, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.customer_requested.connect(lambda customer_id: show_customer(window, customer_id))
    dialog.show()
    return dialog


def show_customer(window: MainWindow, customer_id: int) -> None:
    """Show a customer's profile in the window's Customers section (nothing when it has none)."""
    try:
        view = window.section_widget("customers")
    except KeyError:
        return
    if isinstance(view, CustomersView):
        window.show_section("customers")
        view.open_customer(customer_id)
        window.activateWindow()
