"""Exporting the customers list as shown to a CSV or Excel file: the shared export dialog
(ui/widgets/export_dialog.py) over `export_customers`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, tzinfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from salesapp.domain.records import UserRecord
from salesapp.services.customers.customer_export import ExportResult, export_customers
from salesapp.services.shared.context import ServiceContext
from salesapp.ui.shared.tasks import DbWorker
from salesapp.ui.widgets.export_dialog import ExportCall, FileExportDialog


class ExportDialog(FileExportDialog):
    """Export the customers of the list as shown (its ids, in order) to CSV or Excel, on the worker."""

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
        self.ctx, self.actor, self.ids, self.headers, self.tz = ctx, actor, ids, headers, tz
        super().__init__(worker, "", "", "customers.xlsx", parent)
        self.setWindowTitle(self.tr("Export customers"))
        self.about.setText(self.tr("{0} customers of the list as shown.").format(len(ids)))

    def save_title(self) -> str:
        return self.tr("Export customers to")

    def export_call(self) -> ExportCall:
        ctx, actor, ids, headers, tz = self.ctx, self.actor, list(self.ids), dict(self.headers), self.tz
        return lambda path, fmt, progress, cancelled: export_customers(
            ctx, actor, ids, path, fmt, headers, progress, cancelled, tz
        )

    def done_text(self, result: ExportResult) -> str:
        return self.tr("{0} customers exported.").format(result.rows)


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
