"""The Orders section's controller of the order's life: reads the order under the cursor into the pane,
opens the form a step needs, runs the step on the database worker, and reports what happened (one order,
or a selection with its refusals)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from salesapp.domain.changes import ChangeSet
from salesapp.domain.enums import EntityKind
from salesapp.domain.errors import StaleRecordError
from salesapp.domain.orders.lifecycle import OrderAction, PackInput
from salesapp.services.orders.order_lifecycle import BulkOutcome, OrderDetail
from salesapp.services.registry import Services
from salesapp.ui.lists.record_list import RecordListView
from salesapp.ui.orders._order_dialogs import PackDialog, ReasonDialog, ReturnDialog
from salesapp.ui.orders._order_pane import OrderPane
from salesapp.ui.orders._order_texts import done_text
from salesapp.ui.shared.i18n import error_text
from salesapp.ui.shared.view_context import ViewContext
from salesapp.ui.widgets.form_parts import EntryDialog

REPORT_LINES = 12  # refusals listed one by one; the rest are counted


class OrderActions(QObject):
    """Connects the pane to the lifecycle service.

    Signals:
        changed(object): a ChangeSet this desktop saved.
        shown(object): the pane shows an OrderDetail (tests wait on it).
        saved(object): a step went through (an OrderLife, or a BulkOutcome).
        save_failed(str): a step was refused; the message shown.
    """

    changed = Signal(object)
    shown = Signal(object)
    saved = Signal(object)
    save_failed = Signal(str)

    def __init__(
        self, ctx: ViewContext, services: Services, pane: OrderPane, records: RecordListView, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.ctx, self.services, self.pane, self.records, self.window = ctx, services, pane, records, parent
        self.life, self.user = services.order_life, ctx.user
        self.wanted: int | None = None
        self.dialog: EntryDialog | None = None  # the form open now (tests reach it here)
        pane.action_requested.connect(self.act)
        pane.bulk_requested.connect(self.act_on_selection)

    # -- showing -------------------------------------------------------------------------------------------
    def selection_changed(self) -> None:
        """One row: its order; several: the bulk steps; none: the placeholder."""
        count = self.records.selected_count()
        if count > 1:
            self.wanted = None
            self.pane.show_selection(count)
            return
        ids = self.records.selected_ids()
        if not ids:
            self.wanted = None
            self.pane.load(None)
        elif ids[0] != self.wanted or self.pane.detail is None:
            self.show_order(ids[0])

    def show_order(self, order_id: int) -> None:
        """Read one order into the pane (on the worker)."""
        self.wanted = order_id
        self.ctx.worker.submit(
            self.life.detail, self.user, order_id,
            on_done=self._arrived, on_error=lambda exc: self.pane.show_error(error_text(exc)),
        )  # fmt: skip

    def _arrived(self, detail: OrderDetail) -> None:
        if detail.order.id != self.wanted:
            return  # the user moved on meanwhile
        self.pane.load(detail)
        self.shown.emit(detail)

    def apply_changes(self, changes: ChangeSet) -> None:
        """Re-read the order shown when a change touched it (another desktop, the upsell queue)."""
        detail = self.pane.detail
        if detail is not None and detail.order.id in changes.ids(EntityKind.ORDER):
            self.show_order(detail.order.id)

    # -- one order -----------------------------------------------------------------------------------------
    def act(self, action: OrderAction) -> EntryDialog | None:
        """Take a step on the order shown; Pack, Cancel and Return ask first."""
        detail = self.pane.detail
        if detail is None:
            return None
        oid, version, life, user = detail.order.id, detail.life.version, self.life, self.user
        number = detail.order.number
        if action is OrderAction.PACK:
            dialog: EntryDialog = PackDialog(
                self.tr("Pack order {0}").format(number), self.services.lists.carriers(),
                self.ctx.buddhist_era, self._today, True, self.window,
            )  # fmt: skip
            if detail.life.carrier:
                dialog.carrier.setCurrentText(detail.life.carrier)  # type: ignore[attr-defined]
            return self._ask(dialog, lambda data: life.pack(user, oid, version, data), action)
        if action is OrderAction.CANCEL:
            dialog = ReasonDialog(
                self.tr("Cancel order {0}").format(number),
                self.tr("Why is the order cancelled? The reason stays in its history."), self.window,
            )  # fmt: skip
            return self._ask(dialog, lambda reason: life.cancel(user, oid, version, reason), action)
        if action is OrderAction.RETURN:
            dialog = ReturnDialog(
                self.tr("Return of order {0}").format(number), detail.order.lines, self.window
            )
            return self._ask(
                dialog, lambda data: life.return_order(user, oid, version, data[0], data[1]), action
            )
        step = {
            OrderAction.CONFIRM: life.confirm,
            OrderAction.SHIP: life.ship,
            OrderAction.DELIVER: life.deliver,
        }
        self._run(lambda: step[action](user, oid, version), action, None)
        return None

    @property
    def _today(self) -> Callable[[], Any]:
        ctx = self.ctx
        return lambda: ctx.clock().astimezone(ctx.tz).date()

    def _ask(self, dialog: EntryDialog, change: Callable[[Any], Any], action: OrderAction) -> EntryDialog:
        dialog.submit_requested.connect(lambda data: self._run(lambda: change(data), action, dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _run(
        self, change: Callable[[], tuple[Any, ChangeSet]], action: OrderAction, dialog: EntryDialog | None
    ) -> None:
        oid = self.wanted
        life, user = self.life, self.user

        def work() -> tuple[Any, ChangeSet, OrderDetail | None]:
            result, changes = change()
            return result, changes, life.detail(user, oid) if oid is not None else None

        def done(out: tuple[Any, ChangeSet, OrderDetail | None]) -> None:
            result, changes, detail = out
            if dialog is not None:
                dialog.accept()
            if detail is not None and detail.order.id == self.wanted:
                self.pane.load(detail)
                self.shown.emit(detail)
            self.pane.show_notice(done_text(action))
            self.changed.emit(changes)
            self.saved.emit(result)

        def failed(exc: BaseException) -> None:
            text = error_text(exc)
            if dialog is not None:
                dialog.show_error(text)
            else:
                self.pane.show_error(text)
            if isinstance(exc, StaleRecordError) and oid is not None:
                self.show_order(oid)  # show what changed; the form keeps its input
            self.save_failed.emit(text)

        self.pane.message.clear_message()
        self.pane.set_busy(True)
        self.ctx.worker.submit(work, on_done=done, on_error=failed)

    # -- a selection ---------------------------------------------------------------------------------------
    def act_on_selection(self, action: OrderAction) -> EntryDialog | None:
        """Take a step on every selected order (Pack and Cancel ask first)."""
        ids = self.records.selected_ids()
        if not ids:
            return None
        life, user, count = self.life, self.user, len(ids)
        if action is OrderAction.PACK:
            dialog: EntryDialog = PackDialog(
                self.tr("Pack %Ln order(s)", "", count), self.services.lists.carriers(),
                self.ctx.buddhist_era, self._today, False, self.window,
            )  # fmt: skip

            def pack(data: PackInput) -> tuple[BulkOutcome, ChangeSet]:
                return life.pack_many(user, ids, data.carrier, data.packed_on)

            return self._ask_bulk(dialog, pack, action)
        if action is OrderAction.CANCEL:
            dialog = ReasonDialog(
                self.tr("Cancel %Ln order(s)", "", count),
                self.tr("Why are the orders cancelled? The reason stays in each order's history."),
                self.window,
            )
            return self._ask_bulk(dialog, lambda reason: life.cancel_many(user, ids, reason), action)
        step = {
            OrderAction.CONFIRM: life.confirm_many, OrderAction.SHIP: life.ship_many,
            OrderAction.DELIVER: life.deliver_many,
        }  # fmt: skip
        self._run_bulk(lambda: step[action](user, ids), None)
        return None

    def _ask_bulk(
        self, dialog: EntryDialog, change: Callable[[Any], Any], action: OrderAction
    ) -> EntryDialog:
        del action
        dialog.submit_requested.connect(lambda data: self._run_bulk(lambda: change(data), dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _run_bulk(
        self, change: Callable[[], tuple[BulkOutcome, ChangeSet]], dialog: EntryDialog | None
    ) -> None:
        def done(out: tuple[BulkOutcome, ChangeSet]) -> None:
            outcome, changes = out
            if dialog is not None:
                dialog.accept()
            self.pane.set_busy(False)
            self.pane.show_notice(self.tr("%Ln order(s) changed.", "", len(outcome.moved)))
            self.pane.show_bulk_report(self.report(outcome))
            self.changed.emit(changes)
            self.saved.emit(outcome)

        def failed(exc: BaseException) -> None:
            text = error_text(exc)
            if dialog is not None:
                dialog.show_error(text)
            else:
                self.pane.show_error(text)
            self.save_failed.emit(text)

        self.pane.message.clear_message()
        self.pane.set_busy(True)
        self.ctx.worker.submit(change, on_done=done, on_error=failed)

    def report(self, outcome: BulkOutcome) -> str:
        """The refusals of a bulk step, one order a line (the first REPORT_LINES, then a count)."""
        if not outcome.refused:
            return ""
        lines = [self.tr("%Ln order(s) not changed:", "", len(outcome.refused))]
        for refusal in outcome.refused[:REPORT_LINES]:
            text = error_text(refusal.error)
            prefix = "" if not refusal.number or refusal.number in text else refusal.number + ": "
            lines.append(f"• {prefix}{text}")
        more = len(outcome.refused) - REPORT_LINES
        if more > 0:
            lines.append(self.tr("… and %Ln more.", "", more))
        return "\n".join(lines)
