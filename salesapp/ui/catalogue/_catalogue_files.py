"""Products to and from files: the shared import wizard and export dialog (ui/widgets) with the catalogue's
fields, one row per unit, matched on SKU."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from salesapp.domain.catalogue import ProductStatus
from salesapp.domain.enums import Currency
from salesapp.domain.records import UserRecord
from salesapp.services.catalogue.catalogue_export import ExportResult, export_products
from salesapp.services.catalogue.catalogue_import import (
    IMPORT_FIELDS,
    CatalogueImportService,
    ProductOutcome,
    guess_columns,
)
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.import_plan import ImportMode, ImportPreview, ImportResult
from salesapp.ui.shared.i18n import translate
from salesapp.ui.shared.tasks import DbWorker
from salesapp.ui.widgets.export_dialog import ExportCall, FileExportDialog
from salesapp.ui.widgets.import_outcomes import OutcomeColumn
from salesapp.ui.widgets.import_wizard import ImportWizard, PreviewCall, RunCall


def column_titles() -> dict[str, str]:
    """The file's column titles in the user's language: the export writes them, the import reads them
    back (it knows them in English, Thai and Vietnamese)."""
    return {
        "sku": translate("ProductColumns", "SKU"),
        "name": translate("ProductColumns", "Name"),
        "category": translate("ProductColumns", "Category"),
        "description": translate("ProductColumns", "Description"),
        "unit": translate("ProductColumns", "Unit"),
        "factor": translate("ProductColumns", "Base units"),
        "price": translate("ProductColumns", "Price"),
        "currency": translate("ProductColumns", "Currency"),
        "status": translate("ProductColumns", "Status"),
    }


def status_words() -> dict[ProductStatus, str]:
    """The status column's words in the user's language (the import knows them in all three)."""
    return {
        ProductStatus.ACTIVE: translate("ProductColumns", "Active"),
        ProductStatus.ARCHIVED: translate("ProductColumns", "Archived"),
    }


class ProductImportDialog(ImportWizard):
    """Import products: 1 file, the currency of prices without one, and the mode; 2 the columns; 3 the
    preview with bad rows and their lines; 4 the import with progress and Cancel (all or nothing)."""

    def __init__(
        self,
        worker: DbWorker,
        service: CatalogueImportService,
        actor: UserRecord,
        currency: Currency,
        parent: QWidget | None = None,
    ) -> None:
        self.service, self.actor, self.default_currency = service, actor, currency
        super().__init__(worker, "", parent)
        self.setWindowTitle(self.tr("Import products"))

    def import_fields(self) -> Sequence[str]:
        return IMPORT_FIELDS

    def field_labels(self) -> dict[str, str]:
        return column_titles()

    def guess_mapping(self, headers: Sequence[str]) -> dict[int, str]:
        return guess_columns(headers)

    def mode_labels(self) -> list[tuple[ImportMode, str]]:
        return [
            (ImportMode.CREATE, self.tr("Add new products only")),
            (ImportMode.CREATE_UPDATE, self.tr("Add new products and update existing ones")),
            (ImportMode.UPDATE_ONLY, self.tr("Update existing products only")),
        ]

    def add_file_options(self, form: QFormLayout) -> None:
        self.currency = QComboBox()
        for code in Currency:
            self.currency.addItem(code.value, code.value)
        self.currency.setCurrentIndex(self.currency.findData(self.default_currency.value))
        form.addRow(self.tr("Prices in:"), self.currency)

    def about_text(self) -> str:
        return self.tr(
            "The first row of the file must hold the column names. One row per unit: SKU, name, category, "
            "description, unit, base units, price, currency, status; the rows of one SKU make one product. "
            "Existing products are recognised by their SKU; an import adds and updates units, never removes "
            "one. Prices without a currency are in the currency chosen here."
        )

    def outcome_columns(self) -> list[OutcomeColumn]:
        titles = column_titles()
        return [
            OutcomeColumn(titles["sku"], lambda r: r.sku, 120),
            OutcomeColumn(titles["name"], lambda r: r.name, 200),
            OutcomeColumn(titles["unit"], lambda r: r.unit, 100),
        ]

    def _currency(self) -> Currency:
        return Currency(self.currency.currentData())

    def preview_call(self) -> PreviewCall:
        preview, actor, currency = self.service.preview, self.actor, self._currency()
        return lambda table, mapping, mode, progress, cancelled: preview(
            actor, table, mapping, mode, currency, progress, cancelled
        )

    def run_call(self) -> RunCall:
        run, actor, currency = self.service.run, self.actor, self._currency()
        return lambda table, mapping, mode, progress, cancelled: run(
            actor, table, mapping, mode, currency, progress, cancelled
        )

    def counts_text(self, preview: ImportPreview[ProductOutcome]) -> str:
        return self.tr(
            "{0} rows: {1} products to create, {2} to update, {3} skipped, {4} rows with errors."
        ).format(preview.total, preview.to_create, preview.to_update, preview.skipped, len(preview.errors))

    def done_text(self, result: ImportResult[ProductOutcome]) -> str:
        return self.tr("Done: {0} products created, {1} updated, {2} skipped.").format(
            result.created, result.updated, result.skipped
        )


class ProductExportDialog(FileExportDialog):
    """Export the products of the list as shown (one row per unit) to CSV or Excel, on the worker."""

    def __init__(
        self, worker: DbWorker, ctx: ServiceContext, ids: Sequence[int], parent: QWidget | None = None
    ) -> None:
        self.ctx, self.ids = ctx, list(ids)
        super().__init__(worker, "", "", "products.xlsx", parent)
        self.setWindowTitle(self.tr("Export products"))
        self.about.setText(
            self.tr("{0} products of the list as shown, one row per unit: the import reads it back.").format(
                len(self.ids)
            )
        )

    def save_title(self) -> str:
        return self.tr("Export products to")

    def export_call(self) -> ExportCall:
        ctx, ids, titles, words = self.ctx, self.ids, column_titles(), status_words()
        return lambda path, fmt, progress, cancelled: export_products(
            ctx, ids, path, fmt, titles, words, progress, cancelled
        )

    def done_text(self, result: ExportResult) -> str:
        return self.tr("{0} rows written.").format(result.rows)
