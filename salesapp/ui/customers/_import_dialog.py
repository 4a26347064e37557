"""The customer import wizard: the shared import wizard (ui/widgets/import_wizard.py) with the customers'
fields, the country phone numbers are read in, and matching by phone and e-mail."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, tzinfo

from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from salesapp.domain.records import UserRecord
from salesapp.services.customers.customer_import import (
    CustomerImportService,
    ImportMode,
    ImportResult,
    RowOutcome,
)
from salesapp.services.customers.pools import PoolRecord
from salesapp.services.shared.import_table import IMPORT_FIELDS, guess_mapping
from salesapp.ui.customers.customer_labels import pool_label
from salesapp.ui.shared.i18n import translate
from salesapp.ui.shared.tasks import DbWorker
from salesapp.ui.widgets.import_outcomes import OutcomeColumn
from salesapp.ui.widgets.import_wizard import ImportWizard, PreviewCall, RunCall


class ImportDialog(ImportWizard):
    """Import customers: 1 file, country and mode; 2 which column is which field; 3 preview with the bad
    rows; 4 the import with a progress bar. Every file read and database call runs on the worker.

    After a successful import `changes` holds what was created and updated.
    """

    def __init__(
        self,
        worker: DbWorker,
        service: CustomerImportService,
        actor: UserRecord,
        parent: QWidget | None = None,
        tz: tzinfo | None = None,
        pools: Sequence[PoolRecord] = (),
    ) -> None:
        self.service, self.actor = service, actor
        self.pools = list(pools)  # new customers without a salesperson wait in the pool chosen
        # Created dates in a file are local times of the shop, as the export writes them.
        self.tz: tzinfo = tz or datetime.now().astimezone().tzinfo or UTC
        super().__init__(worker, "", parent)
        self.setWindowTitle(self.tr("Import customers"))

    def import_fields(self) -> Sequence[str]:
        return IMPORT_FIELDS

    def guess_mapping(self, headers: Sequence[str]) -> dict[int, str]:
        return guess_mapping(headers)

    def mode_labels(self) -> list[tuple[ImportMode, str]]:
        return [
            (ImportMode.CREATE, self.tr("Add new customers only")),
            (ImportMode.CREATE_UPDATE, self.tr("Add new customers and update existing ones")),
            (ImportMode.UPDATE_ONLY, self.tr("Update existing customers only")),
        ]

    def add_file_options(self, form: QFormLayout) -> None:
        self.country = QComboBox()
        self.country.addItem(self.tr("Thailand"), "TH")
        self.country.addItem(self.tr("Vietnam"), "VN")
        form.addRow(self.tr("Phone numbers of:"), self.country)
        self.pool = QComboBox()
        for pool in self.pools:
            self.pool.addItem(pool_label(pool.name), pool.id)
        if self.actor.is_manager and len(self.pools) > 1:
            form.addRow(self.tr("Into the pool:"), self.pool)
        else:
            self.pool.hide()

    def about_text(self) -> str:
        return self.tr(
            "The first row of the file must hold the column names. Existing customers are recognised by "
            "their phone number (also the second phone), else by their e-mail address. Phone numbers "
            "without a country code are read as numbers of the row's country (a Country column), else of "
            "the country chosen here."
        )

    def field_labels(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"), "phone": self.tr("Phone"),
            "phone2": self.tr("Second phone"), "email": self.tr("E-mail"), "address_line": self.tr("Address"),
            "subdistrict": self.tr("Subdistrict"), "district": self.tr("District"),
            "province": self.tr("Province"), "postcode": self.tr("Postcode"), "channel": self.tr("Channel"),
            "source": self.tr("Source"), "birth_date": self.tr("Birth date"),
            "bill_note": self.tr("Bill note"), "facebook": self.tr("Facebook"), "line_id": self.tr("LINE"),
            "zalo": self.tr("Zalo"), "country": self.tr("Country"), "owner": self.tr("Salesperson"),
            "created_at": self.tr("Created"),
        }  # fmt: skip

    def outcome_columns(self) -> list[OutcomeColumn]:
        return [
            OutcomeColumn(translate("OutcomeModel", "Name"), lambda r: r.name, 180),
            OutcomeColumn(translate("OutcomeModel", "Phone"), lambda r: r.phone, 120),
            OutcomeColumn(translate("OutcomeModel", "E-mail"), lambda r: r.email, 170),
        ]

    def preview_call(self) -> PreviewCall:
        preview, actor, country, tz = self.service.preview, self.actor, self.country.currentData(), self.tz
        return lambda table, mapping, mode, progress, cancelled: preview(
            actor, table, mapping, mode, country, progress=progress, should_cancel=cancelled, tz=tz
        )

    def run_call(self) -> RunCall:
        run, actor, country, tz = self.service.run, self.actor, self.country.currentData(), self.tz
        pool_id = self.pool.currentData()  # None: the default pool
        return lambda table, mapping, mode, progress, cancelled: run(
            actor, table, mapping, mode, country, progress, cancelled, tz, pool_id
        )

    def done_text(self, result: ImportResult[RowOutcome]) -> str:
        return self.tr("Done: {0} customers created, {1} updated, {2} rows skipped.").format(
            result.created, result.updated, result.skipped
        )
