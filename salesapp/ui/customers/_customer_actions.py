"""The Customers section's actions on many customers at once: bulk actions, import, export, tags, segments.

The bulk actions work on the selection (tags, handover, take back, export); importing customers, exporting
the whole list, new tags and saved segments come from the More menu and the filter bar.

A handover or take-back hands the service the moment the list was read (`list_read_at`), so customers
another desktop changed since are refused rather than overwritten; the dialog's Reload reloads the list
and selects the same customers again (or all of them, after "Select all"), and the dialog goes on with
that selection.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QLocale, Signal
from PySide6.QtWidgets import (
    QColorDialog,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QWidget,
)

from salesapp.domain.changes import ChangeSet
from salesapp.domain.customers.customer_filter import CustomerFilter
from salesapp.domain.customers.customer_profile import TagRecord
from salesapp.domain.enums import EntityKind
from salesapp.domain.records import UserRecord
from salesapp.services.customers.pools import PoolRecord
from salesapp.services.registry import Services
from salesapp.ui.customers._customer_filter_bar import CustomerFilterBar
from salesapp.ui.customers._export_dialog import ExportDialog, export_customers_dialog
from salesapp.ui.customers._handover_dialog import HandoverDialog
from salesapp.ui.customers._import_dialog import ImportDialog
from salesapp.ui.customers._revoke_dialog import RevokeDialog
from salesapp.ui.customers.customer_labels import export_headers, pool_label
from salesapp.ui.lists.record_list import RecordListView
from salesapp.ui.lists.windowed import WindowedTableModel
from salesapp.ui.shared.i18n import error_text
from salesapp.ui.shared.tasks import DbWorker
from salesapp.ui.shared.view_context import ViewContext

SelectionDialog = HandoverDialog | RevokeDialog


class CustomerListActions(QWidget):
    """The bulk and list-wide actions of the Customers section: the base of customers_view.CustomersView.

    The view sets the attributes declared here and provides the list's reload, filter and apply_changes.
    """

    changed: Signal
    ctx: ViewContext
    worker: DbWorker
    services: Services
    user: UserRecord
    tz: tzinfo
    model: WindowedTableModel
    filters: CustomerFilterBar
    pools: list[PoolRecord]
    reload: Callable[[], None]
    current_filter: Callable[[], CustomerFilter]
    apply_changes: Callable[[ChangeSet], None]

    def _bulk_bar(self) -> QToolBar:
        """The bar over the list: the selection's count, Select all, and the actions on the selection."""
        self.list_read_at: datetime | None = None
        self._reselect: tuple[SelectionDialog, list[int], bool] | None = None
        self.selection_label = QLabel()
        self.select_all = QPushButton()
        self.select_all.clicked.connect(self.select_all_matching)
        self.tag_button = QToolButton()
        self.tag_button.setText(self.tr("Add tag"))
        self.tag_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.tag_button.setMenu(QMenu(self.tag_button))
        self.untag_button = QToolButton()
        self.untag_button.setText(self.tr("Remove tag"))
        self.untag_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.untag_button.setMenu(QMenu(self.untag_button))
        bulk = QToolBar()  # actions that do not fit move into its » menu on a narrow window
        bulk.addWidget(self.selection_label)
        bulk.addWidget(self.select_all)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bulk.addWidget(spacer)
        bulk.addWidget(self.tag_button)
        bulk.addWidget(self.untag_button)
        self.handover_button = QPushButton(self.tr("Hand over…"))
        self.handover_button.clicked.connect(self.hand_over)
        self.revoke_button = QPushButton(self.tr("Take back…"))
        self.revoke_button.clicked.connect(self.take_back)
        for button in (self.handover_button, self.revoke_button):
            button.setVisible(self.user.is_manager)  # the service refuses sales staff too
            bulk.addWidget(button)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Export the selected customers to CSV or Excel"))
        self.export_button.clicked.connect(lambda: self.export(everything=False))
        bulk.addWidget(self.export_button)
        self.bulk_layout = bulk
        self.bulk_buttons: list[QWidget] = [
            self.tag_button,
            self.untag_button,
            self.handover_button,
            self.revoke_button,
        ]
        return bulk

    # ---- selection and bulk actions ------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        """The selected customers' ids, in list order."""
        return self.list.selected_ids()

    def _selection_changed(self) -> None:
        # Counted from the selection's ranges: "Select all" of 300,000 is one range, not 300,000 rows.
        chosen = self.list.selected_count()
        total = self.model.rowCount()
        locale = QLocale()
        self.selection_label.setText(
            self.tr("{0} selected").format(locale.toString(chosen)) if chosen else self.tr("None selected")
        )
        self.select_all.setText(self.tr("Select all {0}").format(locale.toString(total)))
        self.select_all.setVisible(total > 0 and chosen < total)
        self.select_all.setEnabled(self.model.has_ids())
        for button in self.bulk_buttons:
            button.setEnabled(chosen > 0)

    def select_all_matching(self) -> None:
        """Select every customer the list shows (all pages, not only those painted)."""
        self.list.table.selectAll()

    def _run(
        self, work: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[str], None]
    ) -> None:
        self.worker.submit(work, on_done=done, on_error=lambda exc: failed(error_text(exc)))

    def _status(self, text: str, error: bool = False) -> None:
        if error:
            self.list.message.show_error(text)
        else:
            self.list.message.show_notice(text)

    def set_tag(self, tag: TagRecord, on: bool) -> None:
        """Put a tag on (or take it off) every selected customer."""
        ids, user, tags = self.selected_ids(), self.user, self.services.tags

        def done(result: tuple[int, ChangeSet]) -> None:
            count, changes = result
            text = (
                self.tr("Tag “{0}” added to {1} customers.")
                if on
                else self.tr("Tag “{0}” removed from {1} customers.")
            )
            self._status(text.format(tag.name, QLocale().toString(count)))
            self._broadcast(changes)

        self._run(lambda: tags.set_tag(user, ids, tag.id, on), done, lambda t: self._status(t, True))

    def hand_over(self) -> HandoverDialog:
        """Plan and confirm a handover of the selected customers."""
        ids, service = self.selected_ids(), self.services.handover
        pool = self.filters.pool_chosen()  # the list filtered to one pool: the dialog names it
        dialog = HandoverDialog(
            self.worker,
            service,
            self.user,
            ids,
            self.list_read_at,
            self,
            pool_label(pool.name) if pool else "",
        )
        dialog.handed_over.connect(self._after_handover)
        self._offer_reload(dialog)
        dialog.open()
        return dialog

    def take_back(self) -> RevokeDialog:
        """Take the selected customers back to the pool, or move them, with a reason."""
        ids, service = self.selected_ids(), self.services.handover
        dialog = RevokeDialog(self.worker, service, self.user, ids, self.list_read_at, self)
        dialog.revoked.connect(self._after_handover)
        self._offer_reload(dialog)
        dialog.open()
        return dialog

    # ---- an out-of-date selection --------------------------------------------------------------------------
    def _list_loaded(self) -> None:
        """A new list is on screen: its rows are as they were just now (the view connects `loaded`)."""
        self.list_read_at = self.ctx.clock()

    def _offer_reload(self, dialog: SelectionDialog) -> None:
        # "Select all" is remembered as such: after the reload it selects all that match the filters now.
        everything = self.list.all_selected()
        ids = list(dialog.customer_ids)
        dialog.reload_requested.connect(lambda: self._reload_for(dialog, ids, everything))

    def _reload_for(self, dialog: SelectionDialog, ids: list[int], everything: bool) -> None:
        self._reselect = (dialog, ids, everything)
        self.reload()

    def _ids_loaded(self) -> None:
        """After a reload asked by a dialog: select its customers again and hand the dialog the selection
        (the view connects `ids_loaded`)."""
        if self._reselect is None:
            return
        dialog, ids, everything = self._reselect
        self._reselect = None
        if everything:
            self.list.table.selectAll()
        else:
            self._select_ids(ids)
        dialog.set_selection(self.selected_ids(), self.list_read_at)

    def _load_failed(self, error: BaseException) -> None:
        """The list did not load (the view connects `load_failed`): a dialog waiting for it says so."""
        if self._reselect is not None:
            dialog = self._reselect[0]
            self._reselect = None
            dialog.reload_failed(error)

    def _select_ids(self, ids: Iterable[int]) -> None:
        """Select the rows of these ids that the list still shows, as few ranges as they make."""
        wanted = set(ids)
        last_column = self.model.columnCount() - 1
        selection = QItemSelection()
        start: int | None = None
        for row, customer_id in enumerate([*(self.model.all_ids() or []), None]):
            if customer_id in wanted:
                start = row if start is None else start
            elif start is not None:
                selection.select(self.model.index(start, 0), self.model.index(row - 1, last_column))
                start = None
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.list.table.selectionModel().select(selection, flags)

    def _after_handover(self, changes: ChangeSet) -> None:
        count = len(changes.ids(EntityKind.CUSTOMER))
        self._status(self.tr("{0} customers changed hands.").format(QLocale().toString(count)))
        self._broadcast(changes)

    def import_customers(self) -> ImportDialog:
        """Import customers from a CSV or Excel file (mapping, preview, progress, Cancel)."""
        dialog = ImportDialog(self.worker, self.services.customer_import, self.user, self, pools=self.pools)
        dialog.imported.connect(self._after_import)
        dialog.open()
        return dialog

    def _after_import(self, changes: ChangeSet) -> None:
        self._broadcast(changes)
        self.reload()

    def export(self, everything: bool) -> ExportDialog | None:
        """Export the selected customers, or the whole list as filtered, in list order."""
        ids = self.model.all_ids() if everything else self.selected_ids()
        if not ids:
            self._status(self.tr("Wait until the list has loaded, or select customers first."), True)
            return None
        return export_customers_dialog(
            self, self.worker, self.services.ctx, self.user, ids, export_headers(), self.tz
        )

    def new_tag(self) -> None:
        """Ask for a name and a colour and create a tag."""
        text, ok = QInputDialog.getText(self, self.tr("New tag"), self.tr("Tag name:"))
        if not ok or not text.strip():
            return
        color = QColorDialog.getColor(parent=self, title=self.tr("Tag colour"))
        if not color.isValid():
            return
        self.create_tag(text, color.name())

    def create_tag(self, text: str, color: str) -> None:
        """Create a tag (from the New tag dialog or a test)."""
        user, tags = self.user, self.services.tags
        self._run(
            lambda: tags.create(user, text, color),
            lambda result: self._broadcast(result[1]),
            lambda t: self._status(t, True),
        )

    def save_segment(self) -> None:
        """Ask for a name and save the current filters as a segment."""
        text, ok = QInputDialog.getText(self, self.tr("Save as segment"), self.tr("Segment name:"))
        if ok and text.strip():
            self.create_segment(text, shared=self.user.is_manager)

    def create_segment(self, text: str, shared: bool) -> None:
        """Save the current criteria under a name (shared with everyone by managers)."""
        user, segments, criteria = self.user, self.services.segments, self.current_filter()

        def done(result: Any) -> None:
            self._status(self.tr("Segment “{0}” saved.").format(result[0].name))
            self._broadcast(result[1])

        self._run(lambda: segments.save(user, text, criteria, shared), done, lambda t: self._status(t, True))

    def _broadcast(self, changes: ChangeSet) -> None:
        self.apply_changes(changes)
        self.changed.emit(changes)

    # Declared last: mypy would read every `list[...]` annotation after it as this attribute.
    list: RecordListView
