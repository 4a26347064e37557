"""The Upsell section: a tab per case status with live counts over the windowed list (managers choose whose
cases: everyone's, their own or one staff member's), Request work, and the case pane beside the list, which
records calls, notes (pinned, deleted), the case's tags and outcomes through the upsell services. The
toolbar lives in upsell_toolbar.py, the managers' forms in upsell_manager.py."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QMessageBox, QSplitter, QVBoxLayout, QWidget

from salesapp.domain.changes import ChangeSet
from salesapp.domain.collation import sort_key
from salesapp.domain.enums import EntityKind
from salesapp.domain.errors import SalesappError, StaleRecordError
from salesapp.domain.money import format_minor
from salesapp.domain.phone import format_national
from salesapp.domain.upsell import UpsellCount, UpsellRow, UpsellStatus
from salesapp.services.registry import Services
from salesapp.services.upsell.upsell_list import UpsellFilter
from salesapp.ui.customers.customer_labels import channel_name
from salesapp.ui.lists.list_pane_split import ListPaneSplit
from salesapp.ui.lists.record_list import RecordListView
from salesapp.ui.lists.windowed import Column, WindowedTableModel
from salesapp.ui.shared.i18n import error_text
from salesapp.ui.shared.qtdates import format_datetime
from salesapp.ui.shared.view_context import ViewContext
from salesapp.ui.upsell._upsell_case_pane import CaseBundle, UpsellCasePane
from salesapp.ui.upsell._upsell_dialogs import (
    FollowUpDialog,
    ReasonDialog,
    SelectOrdersDialog,
    SuccessDialog,
)
from salesapp.ui.upsell._upsell_manager import UpsellManagerForms
from salesapp.ui.upsell._upsell_toolbar import UpsellToolbar
from salesapp.ui.upsell.upsell_labels import reason_name, status_icon, status_name
from salesapp.ui.widgets.call_timer import load_dial_scheme, save_dial_scheme
from salesapp.ui.widgets.form_parts import EntryDialog
from salesapp.ui.widgets.image_thumbs import ImageViewer, pixmap_from


class UpsellView(QWidget):
    """The upsell queue and the case pane.

    Signals:
        changed(object): a ChangeSet this desktop saved (for the other sections to refresh).
        case_shown(object): the pane shows a CaseBundle (tests wait on it).
        saved(object): an outcome, call, note or assignment went through (what the service returned).
        save_failed(str): a save was refused; the message shown.
    """

    changed = Signal(object)
    case_shown = Signal(object)
    saved = Signal(object)
    save_failed = Signal(str)

    def __init__(self, ctx: ViewContext, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.services = ctx, services
        self.worker, self.user = ctx.worker, ctx.user
        self.lists, self.upsell = services.upsell_list, services.upsell
        self._wanted: int | None = None
        self._reload_on_show = False  # changes arrived while the section was out of sight
        self._running_calls: dict[int, int] = {}  # case id → call id; written by worker tasks in order
        self.dialog: QWidget | None = None  # the form open now (tests reach it here)
        self.viewer: ImageViewer | None = None
        tz, be = ctx.tz, ctx.buddhist_era

        def when(moment: datetime | None) -> str:
            return format_datetime(moment, tz, be) if moment else ""

        def money(r: UpsellRow, minor: int) -> str:
            return format_minor(minor, r.currency) if minor else ""

        columns = [
            Column(self.tr("Status"), lambda r: status_name(r.status), icon=lambda r: status_icon(r.status),
                   tooltip=self._tooltip),
            Column(self.tr("Order"), lambda r: r.order_number),
            Column(self.tr("Customer"), lambda r: r.customer_name, tooltip=self._tooltip),
            Column(self.tr("Phone"), lambda r: format_national(r.phone) if r.phone else ""),
            Column(self.tr("Total"), lambda r: money(r, r.order_total_minor), align_right=True),
            Column(self.tr("Upsell"), lambda r: money(r, r.upsell_minor), align_right=True),
            Column(self.tr("Assigned to"), lambda r: r.assignee_name),
            Column(self.tr("Queued"), lambda r: when(r.queued_at)),
            Column(self.tr("Next call"), lambda r: when(r.next_call_at)),
            Column(self.tr("Reason"), lambda r: reason_name(r.reason)),
            Column(self.tr("Channel"), lambda r: channel_name(r.channel) if r.channel else ""),
            Column(self.tr("Tags"), lambda r: ", ".join(sorted(r.tags, key=sort_key))),
        ]  # fmt: skip
        self.model = WindowedTableModel(self.worker, columns, partial(self.lists.rows, self.user))
        self.list = RecordListView(self.model, [(s, status_name(s)) for s in UpsellStatus])
        self.list.set_column_widths([14, 13, 18, 12, 11, 9, 14, 15, 15, 18, 10])
        self.list.remember_layout("upsell")

        chosen = load_dial_scheme()
        self.toolbar = UpsellToolbar(self.user, chosen)
        bar = self.toolbar  # its widgets under their old names: the view and its tests reach them here
        self.request_button, self.scope, self.assign_button = bar.request_button, bar.scope, bar.assign_button
        self.select_button, self.settings_button = bar.select_button, bar.settings_button
        self.dial_button, self.dial_actions = bar.dial_button, bar.dial_actions
        self.manager = UpsellManagerForms(self, self)
        self.assign_selected = self.manager.assign_selected
        self.select_orders = self.manager.select_orders
        self.open_settings = self.manager.open_settings
        self.request_button.clicked.connect(self.request_work)
        self.assign_button.clicked.connect(lambda: self.assign_selected())
        self.select_button.clicked.connect(lambda: self.select_orders())
        self.settings_button.clicked.connect(self.open_settings)
        bar.dial_scheme_chosen.connect(self.set_dial_scheme)
        self.seen_tags: set[str] = set()  # offered by the tags editor's completer

        self.pane = UpsellCasePane(self.user, tz, be, ctx.clock)
        self.pane.timer.set_dial_scheme(chosen)
        self.pane.setMinimumWidth(340)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([680, 520])
        self.split = ListPaneSplit(self.splitter, self.list, "upsell", pane_least=440)
        self.banner = QLabel()
        self.banner.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(9, 9, 9, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

        self.scope.scope_changed.connect(lambda _user_id: self.reload())
        self.list.tab_changed.connect(lambda _key: self.reload())
        self.list.current_record_changed.connect(self._current_changed)
        self.list.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self.model.ids_loaded.connect(self._show_total)
        self.model.loaded.connect(lambda _count: self._see_page(0))
        self.model.page_loaded.connect(self._see_page)
        self.pane.outcome_requested.connect(self.record_outcome)
        self.pane.give_back_requested.connect(self.give_back)
        self.pane.call_started.connect(self._call_started)
        self.pane.call_ended.connect(self._call_ended)
        self.pane.note_save_requested.connect(self._save_note)
        self.pane.pin_requested.connect(self._pin)
        self.pane.delete_requested.connect(self.delete_note)
        self.pane.tags_save_requested.connect(self._save_tags)
        self.pane.image_requested.connect(self._show_image)
        self._selection_changed()
        if self.user.is_manager:
            self.worker.submit(self.upsell.staff, self.user, on_done=self.scope.set_staff)
        self.reload()

    # -- the list ------------------------------------------------------------------------------------------
    def current_filter(self) -> UpsellFilter:
        """The filter of the chosen tab and scope (sales staff see their own, and every pending case)."""
        wanted = UpsellFilter(UpsellStatus(self.list.current_key()), self.scope.currentData())
        return self.lists.visible_filter(self.user, wanted)

    def show_tab(self, status: UpsellStatus) -> None:
        """Choose a status tab (as a click would)."""
        self.list.tab_bar.setCurrentIndex(list(UpsellStatus).index(status))

    def reload(self) -> None:
        """Reload the list and the counts (tab or scope change, F5, after a change of status)."""
        flt, lists, user = self.current_filter(), self.lists, self.user
        self.model.load(
            lambda: (lists.count(user, flt), lists.first_page(user, flt)),
            lambda stop: lists.ids(user, flt, stop),
        )
        self._reload_counts()

    def _reload_counts(self) -> None:
        self.worker.submit(
            self.lists.counts, self.user, self.scope.currentData(),
            on_done=self._show_counts, on_error=lambda exc: self.list.message.show_error(error_text(exc)),
        )  # fmt: skip

    def _show_counts(self, counts: list[UpsellCount]) -> None:
        locale = QLocale()
        for item in counts:
            self.list.set_tab_count(item.status, locale.toString(item.count) + ("+" if item.capped else ""))

    def _show_total(self, count: int) -> None:
        self.list.status.setText(self.tr("%Ln case(s)", "", count))
        self._selection_changed()

    def _selection_changed(self) -> None:
        pending = self.list.current_key() == UpsellStatus.PENDING
        self.assign_button.setEnabled(pending and bool(self.list.selected_ids()))

    def _see_page(self, page: int) -> None:
        """Remember the tags of the rows just read: the tags editor offers them."""
        size, known = self.model.page_size, len(self.seen_tags)
        for row in range(page * size, min(self.model.rowCount(), (page + 1) * size)):
            record = self.model.record(row)
            if record is not None:
                self.seen_tags.update(record.tags)
        if len(self.seen_tags) != known:
            self.pane.tags_editor.set_known(self.seen_tags)

    def _tooltip(self, row: UpsellRow) -> str:
        lines = [f"{row.order_number} · {row.customer_name}: {status_name(row.status)}"]
        if row.assignee_name:
            lines.append(self.tr("Assigned to {0}").format(row.assignee_name))
        if row.reason:
            lines.append(reason_name(row.reason))
        lines.append(self.tr("{0} calls, {1} notes").format(row.call_count, row.note_count))
        return "\n".join(lines)

    def apply_changes(self, changes: ChangeSet) -> None:
        """Another desktop (or section) changed records: re-read the rows shown, the counts, the open case.

        Cases that changed status stay on screen (their new status shown) until the next reload, so the
        rows under the user's cursor do not move.
        """
        touched = set(changes.ids(EntityKind.UPSELL_CASE))
        if touched:
            self.model.refresh_ids(touched)
            self._reload_counts()
            # Out of sight nothing is under the cursor: the list is read again when the section is entered
            # (new cases joined, cases gone elsewhere left), so the list agrees with its counts.
            self._reload_on_show = self._reload_on_show or not self.isVisible()
        detail = self.pane.detail
        if detail is not None and (
            detail.case.id in touched or detail.order.id in changes.ids(EntityKind.ORDER)
        ):
            self._load_case(detail.case.id)

    def showEvent(self, event: QShowEvent) -> None:
        """Entering the section: read the list again if changes arrived while it was out of sight."""
        super().showEvent(event)
        if self._reload_on_show:
            self._reload_on_show = False
            self.reload()

    def set_dial_scheme(self, scheme: str) -> None:
        """How Start call dials on this computer (remembered for this desktop)."""
        save_dial_scheme(scheme)
        self.pane.timer.set_dial_scheme(scheme)
        self.dial_actions[scheme].setChecked(True)

    # -- the case ------------------------------------------------------------------------------------------
    def _current_changed(self, record: UpsellRow | None) -> None:
        if record is not None and record.id != self._wanted:
            self._load_case(record.id)

    def open_case(self, case_id: int) -> None:
        """Show one case in the pane, whatever the list shows."""
        self._load_case(case_id)

    def _bundle(self, case_id: int) -> CaseBundle:
        """Everything the pane shows of a case (runs on the worker)."""
        upsell, user = self.upsell, self.user
        detail = upsell.detail(user, case_id)
        return CaseBundle(
            detail,
            tuple(upsell.notes(user, case_id)),
            tuple(upsell.calls(user, case_id)),
            tuple(upsell.history(user, case_id)),
        )

    def _load_case(self, case_id: int) -> None:
        self._wanted = case_id
        self.worker.submit(
            self._bundle, case_id,
            on_done=self._case_arrived, on_error=lambda exc: self.pane.show_error(error_text(exc)),
        )  # fmt: skip

    def _case_arrived(self, bundle: CaseBundle) -> None:
        if bundle.detail.case.id != self._wanted:
            return  # the user moved on meanwhile
        running = bundle.detail.running_call
        if running is not None:
            self._running_calls[bundle.detail.case.id] = running.id
        self.pane.load(bundle)
        self.seen_tags.update(bundle.detail.case.tags)
        self.pane.tags_editor.set_known(self.seen_tags)
        self.case_shown.emit(bundle)

    # -- saving --------------------------------------------------------------------------------------------
    def run_change(
        self,
        change: Callable[[], tuple[Any, ChangeSet]],
        notice: str,
        dialog: EntryDialog | SelectOrdersDialog | None = None,
        reload_list: bool = True,
        on_failed: Callable[[str], None] | None = None,
        after: Callable[[Any], None] | None = None,
    ) -> None:
        """Run a change on the worker, then show the fresh case; a refusal is shown where the user typed
        (the form stays open with everything in it) and the case is re-read when it was stale."""
        case_id = self._wanted

        def work() -> tuple[Any, ChangeSet, CaseBundle | None]:
            result, changes = change()
            try:
                bundle = self._bundle(case_id) if case_id is not None else None
            except SalesappError:  # the case shown went out of reach (given back, say): the change stands
                bundle = None
            return result, changes, bundle

        def done(outcome: tuple[Any, ChangeSet, CaseBundle | None]) -> None:
            result, changes, bundle = outcome
            if dialog is not None:
                dialog.accept()
            if after is not None:
                after(result)
            if bundle is not None and bundle.detail.case.id == self._wanted:
                self.pane.saved(bundle, notice)
                self.case_shown.emit(bundle)
            else:
                self.list.message.show_notice(notice)
            if isinstance(result, UpsellRow):
                self.model.update_record(result)
            if reload_list:
                self.reload()
            else:
                self._reload_counts()
            self.changed.emit(changes)
            self.saved.emit(result)

        def failed(exc: BaseException) -> None:
            text = error_text(exc)
            if on_failed is not None:
                on_failed(text)
            elif dialog is not None:
                dialog.show_error(text)
            else:
                self.pane.show_error(text)
            if isinstance(exc, StaleRecordError) and self._wanted is not None:
                self._load_case(self._wanted)  # show what changed; the form keeps its input
            self.save_failed.emit(text)

        self.worker.submit(work, on_done=done, on_error=failed)

    def request_work(self) -> None:
        """Take the next pending cases (oldest first); the first one opens."""
        upsell, user = self.upsell, self.user

        def done(result: tuple[list[int], ChangeSet]) -> None:
            ids, changes = result
            if ids:
                self.list.message.show_notice(
                    self.tr("You received {0} cases. They are in the Assigned tab.").format(len(ids))
                )
                self.show_tab(UpsellStatus.ASSIGNED)
                self.reload()
                self._load_case(ids[0])
            else:
                self.list.message.show_notice(self.tr("No pending cases are waiting. Well done!"))
            self._reload_counts()
            self.changed.emit(changes)
            self.saved.emit(ids)

        def failed(exc: BaseException) -> None:
            text = error_text(exc)
            self.list.message.show_error(text)
            self.save_failed.emit(text)

        self.list.message.clear_message()
        self.worker.submit(upsell.request_work, user, on_done=done, on_error=failed)

    def record_outcome(self, status: UpsellStatus) -> EntryDialog | None:
        """Open the form of an outcome for the case shown."""
        detail = self.pane.detail
        if detail is None:
            return None
        case, upsell, user = detail.case, self.upsell, self.user
        dialog: EntryDialog
        if status is UpsellStatus.FOLLOW_UP:
            dialog = FollowUpDialog(
                self.ctx.tz, self.ctx.buddhist_era, self.ctx.clock, case.order_number, self
            )

            def follow_up(data: tuple[str, datetime]) -> None:
                self.run_change(
                    lambda: upsell.follow_up(user, case.id, case.version, data[0], data[1]),
                    self.tr("Follow-up saved."), dialog,
                )  # fmt: skip

            dialog.submit_requested.connect(follow_up)
        elif status is UpsellStatus.SUCCESS:
            dialog = SuccessDialog(detail.order, self)
            success = dialog
            self.worker.submit(
                self.services.orders.catalogue, detail.order.currency, on_done=success.set_catalogue
            )
            dialog.submit_requested.connect(
                lambda lines: self.run_change(
                    lambda: upsell.succeed(user, case.id, case.version, lines),
                    self.tr("Success: the products were added to the order."),
                    success,
                )
            )
        elif status is UpsellStatus.FAILED:
            dialog = ReasonDialog(
                self.tr("Failed: order {0}").format(case.order_number),
                self.tr("Why did the upsell not work out?"), detail.failure_reasons, self,
            )  # fmt: skip
            failed = dialog
            dialog.submit_requested.connect(
                lambda reason: self.run_change(
                    lambda: upsell.fail(user, case.id, case.version, reason),
                    self.tr("Marked as failed."),
                    failed,
                )
            )
        else:
            dialog = ReasonDialog(
                self.tr("Skip: order {0}").format(case.order_number),
                self.tr("Skipping releases a confirmed order to shipping without an upsell call."),
                detail.skip_reasons, self,
            )  # fmt: skip
            skipped = dialog
            dialog.submit_requested.connect(
                lambda reason: self.run_change(
                    lambda: upsell.skip(user, case.id, case.version, reason),
                    self.tr("Skipped; the order is released to shipping."),
                    skipped,
                )
            )
        self.dialog = dialog
        dialog.open()
        return dialog

    def give_back(self) -> QMessageBox | None:
        """Ask, then return the case shown to Pending."""
        detail = self.pane.detail
        if detail is None:
            return None
        case, upsell, user = detail.case, self.upsell, self.user
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Give back"),
            self.tr("Give order {0} back to Pending for someone else to call?").format(case.order_number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self,
        )  # fmt: skip
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Yes:
                self.run_change(
                    lambda: upsell.give_back(user, case.id, case.version), self.tr("Given back to Pending.")
                )

        box.finished.connect(answered)
        self.dialog = box
        box.open()
        return box

    # -- calls ---------------------------------------------------------------------------------------------
    def _call_started(self, _started: datetime) -> None:
        detail = self.pane.detail
        if detail is None:
            return
        case_id, upsell, user, calls = detail.case.id, self.upsell, self.user, self._running_calls

        def start() -> tuple[Any, ChangeSet]:
            call, changes = upsell.start_call(user, case_id)
            calls[case_id] = call.id  # read by the stop task, which the worker runs after this one
            return call, changes

        def refused(text: str) -> None:
            self.pane.timer.abandon()
            self.pane.show_error(text)

        self.run_change(start, self.tr("Call started."), reload_list=False, on_failed=refused)

    def _call_ended(self, _started: datetime, _ended: datetime) -> None:
        detail = self.pane.detail
        if detail is None:
            return
        case_id, upsell, user, calls = detail.case.id, self.upsell, self.user, self._running_calls

        def stop() -> tuple[Any, ChangeSet]:
            return upsell.stop_call(user, calls.pop(case_id))

        self.run_change(stop, self.tr("Call saved in the call history."), reload_list=False)

    # -- notes ---------------------------------------------------------------------------------------------
    def _save_note(self, text: str, images: list[Any]) -> None:
        detail = self.pane.detail
        if detail is None:
            return
        case_id, upsell, user = detail.case.id, self.upsell, self.user

        def refused(message: str) -> None:
            self.pane.notes.show_error(message)

        def add() -> tuple[Any, ChangeSet]:
            return upsell.add_note(user, case_id, text, images)

        self.run_change(
            add, self.tr("Note saved."), reload_list=False, on_failed=refused,
            after=lambda _note: self.pane.notes.saved(),
        )  # fmt: skip

    def _pin(self, note_id: int, pinned: bool) -> None:
        upsell, user = self.upsell, self.user
        self.run_change(
            lambda: upsell.set_pinned(user, note_id, pinned),
            self.tr("Note pinned to the top.") if pinned else self.tr("Note unpinned."),
            reload_list=False,
        )

    def delete_note(self, note_id: int) -> QMessageBox | None:
        """Ask, then delete a note of the case shown (its author or a manager; the service decides)."""
        detail = self.pane.detail
        note = next((n for n in self.pane.notes.cards if n.note.id == note_id), None)
        if detail is None or note is None:
            return None
        case_id, upsell, user = detail.case.id, self.upsell, self.user
        preview = note.note.text if len(note.note.text) <= 80 else note.note.text[:79] + "…"
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Delete note"),
            self.tr("Delete this note by {0}?").format(note.note.author),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self,
        )  # fmt: skip
        box.setInformativeText(
            (f"“{preview}”\n\n" if preview else "")
            + self.tr("It will no longer be shown; the case's history keeps a record of it.")
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Yes:
                self.run_change(
                    lambda: (None, upsell.delete_note(user, note_id)), self.tr("Note deleted."),
                    reload_list=False, after=lambda _r: self.model.refresh_ids({case_id}),
                )  # fmt: skip

        box.finished.connect(answered)
        self.dialog = box
        box.open()
        return box

    def _save_tags(self, tags: list[str]) -> None:
        detail = self.pane.detail
        if detail is None:
            return
        case, upsell, user = detail.case, self.upsell, self.user

        def saved(row: UpsellRow) -> None:
            self.pane.tags_editor.set_tags(row.tags)
            self.seen_tags.update(row.tags)
            self.pane.tags_editor.set_known(self.seen_tags)

        self.pane.message.clear_message()
        self.pane.set_busy(True)
        self.run_change(
            lambda: upsell.set_tags(user, case.id, case.version, tags), self.tr("Tags saved."),
            reload_list=False, after=saved,
        )  # fmt: skip

    def _show_image(self, image_id: int, name: str) -> None:
        def arrived(image: Any) -> None:
            self.viewer = ImageViewer(pixmap_from(image.data), image.name or name, self)
            self.viewer.open()

        self.worker.submit(
            self.upsell.image, self.user, image_id,
            on_done=arrived, on_error=lambda exc: self.pane.show_error(error_text(exc)),
        )  # fmt: skip
