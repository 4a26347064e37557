"""What only managers do in the upsell section: assign pending cases to a staff member, select awaiting
orders into the queue, and edit the upsell settings; each form saves through the view's `run_change`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtWidgets import QWidget

from salesapp.domain.changes import ChangeSet
from salesapp.domain.records import UserRecord
from salesapp.domain.upsell import UpsellSettings
from salesapp.services.registry import Services
from salesapp.services.upsell.upsell_cases import UpsellService
from salesapp.ui.lists.record_list import RecordListView
from salesapp.ui.shared.i18n import error_text
from salesapp.ui.shared.tasks import DbWorker
from salesapp.ui.shared.view_context import ViewContext
from salesapp.ui.upsell._upsell_dialogs import AssignDialog, SelectOrdersDialog
from salesapp.ui.upsell._upsell_settings_dialog import UpsellSettingsDialog


class UpsellHost(Protocol):
    """What the managers' forms use of the Upsell section that opens them (UpsellView)."""

    ctx: ViewContext
    services: Services
    upsell: UpsellService
    user: UserRecord
    worker: DbWorker
    list: RecordListView
    dialog: QWidget | None
    changed: SignalInstance
    saved: SignalInstance
    save_failed: SignalInstance

    def run_change(
        self, change: Callable[[], tuple[Any, ChangeSet]], notice: str, dialog: Any = None
    ) -> None:
        """Run a change on the worker and show its outcome (UpsellView.run_change)."""


class UpsellManagerForms(QObject):
    """Opens the managers' forms of the Upsell section and saves what they collect."""

    def __init__(self, view: UpsellHost, window: QWidget) -> None:
        super().__init__(window)
        self.view = view
        self.window = window

    def assign_selected(self) -> AssignDialog | None:
        """Assign the selected pending cases to a staff member."""
        ids = self.view.list.selected_ids()
        if not ids:
            self.view.list.message.show_error(self.tr("Select pending cases in the list first."))
            return None
        dialog = AssignDialog(len(ids), self.window)
        self.view.worker.submit(self.view.upsell.staff, self.view.user, on_done=dialog.set_staff)
        upsell, user = self.view.upsell, self.view.user
        dialog.submit_requested.connect(
            lambda user_id: self.view.run_change(
                lambda: upsell.assign(user, ids, user_id),
                self.tr("%Ln case(s) assigned.", "", len(ids)),
                dialog,
            )
        )
        self.view.dialog = dialog
        dialog.open()
        return dialog

    def select_orders(self) -> SelectOrdersDialog:
        """Awaiting orders outside the queue, to put chosen ones into Pending."""
        dialog = SelectOrdersDialog(self.view.ctx.tz, self.view.ctx.buddhist_era, self.window)
        upsell, user = self.view.upsell, self.view.user

        def search(text: str) -> None:
            self.view.worker.submit(
                upsell.candidates, user, text,
                on_done=dialog.show_candidates, on_error=lambda exc: dialog.show_error(error_text(exc)),
            )  # fmt: skip

        def queue(order_ids: list[int]) -> None:
            self.view.run_change(
                lambda: upsell.queue_orders(user, order_ids),
                self.tr("%Ln order(s) put into Pending.", "", len(order_ids)), dialog,
            )  # fmt: skip

        dialog.search_requested.connect(search)
        dialog.queue_requested.connect(queue)
        search("")
        self.view.dialog = dialog
        dialog.open()
        return dialog

    def open_settings(self) -> None:
        """Read the settings and the products, then open the settings form."""
        self.view.worker.submit(
            self.view.services.upsell_settings.get,
            on_done=self._settings_arrived,
            on_error=lambda exc: self.view.list.message.show_error(error_text(exc)),
        )

    def _settings_arrived(self, settings: UpsellSettings) -> None:
        dialog = UpsellSettingsDialog(settings, self.window)
        self.view.worker.submit(self.view.services.orders.catalogue, on_done=dialog.set_catalogue)
        self.view.worker.submit(self.view.services.catalogue.categories, on_done=dialog.set_categories)
        service, user = self.view.services.upsell_settings, self.view.user

        def save(wanted: UpsellSettings) -> None:
            def done(result: tuple[UpsellSettings, ChangeSet]) -> None:
                dialog.accept()
                self.view.list.message.show_notice(self.tr("Upsell settings saved."))
                self.view.changed.emit(result[1])
                self.view.saved.emit(result[0])

            def failed(exc: BaseException) -> None:
                dialog.show_error(error_text(exc))
                self.view.save_failed.emit(error_text(exc))

            self.view.worker.submit(service.save, user, wanted, wanted.version, on_done=done, on_error=failed)

        dialog.submit_requested.connect(save)
        self.view.dialog = dialog
        dialog.open()
