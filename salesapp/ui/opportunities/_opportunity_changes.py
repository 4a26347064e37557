"""The Opportunities section's detail side: the chosen opportunity in the pane and every change made there.

Moving a card or the shown opportunity, closing it as won or lost, reopening it, adding a note, the new and
edit forms and the stage settings: each runs on the worker, then shows the fresh record everywhere.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from salesapp.domain.changes import ChangeSet
from salesapp.domain.errors import StaleRecordError
from salesapp.domain.opportunity import NoteKind, OpportunityRecord
from salesapp.domain.records import UserRecord
from salesapp.services.opportunities.opportunity_service import OpportunityService
from salesapp.services.opportunities.opportunity_stages import OpportunityStageService
from salesapp.services.registry import Services
from salesapp.ui.lists.windowed import WindowedTableModel
from salesapp.ui.opportunities._opportunity_board import OpportunityBoard
from salesapp.ui.opportunities._opportunity_labels import shown_name, stage_label
from salesapp.ui.opportunities._opportunity_pane import OpportunityDetail, OpportunityPane
from salesapp.ui.opportunities._stage_settings_dialog import StageSettingsDialog
from salesapp.ui.opportunities.opportunity_dialog import LoseDialog, OpportunityDialog, open_new_opportunity
from salesapp.ui.shared.i18n import error_text
from salesapp.ui.shared.tasks import DbWorker
from salesapp.ui.shared.view_context import ViewContext
from salesapp.ui.widgets.message_label import MessageLabel


class OpportunityActions(QWidget):
    """The detail side of the Opportunities section: the base of opportunities_view.OpportunitiesView.

    The view sets the attributes and signals declared here and provides the reloads and the refresh after a
    change.
    """

    changed: Signal
    detail_shown: Signal
    saved: Signal
    save_failed: Signal
    ctx: ViewContext
    services: Services
    worker: DbWorker
    user: UserRecord
    ops: OpportunityService
    stage_service: OpportunityStageService
    board: OpportunityBoard
    model: WindowedTableModel
    banner: MessageLabel
    pane: OpportunityPane
    dialog: OpportunityDialog | None
    lose_dialog: LoseDialog | None
    stage_dialog: StageSettingsDialog | None
    _wanted: int | None
    reload: Callable[[], None]
    reload_board: Callable[[], None]
    apply_changes: Callable[[ChangeSet], None]
    _refresh: Callable[..., None]  # (changes, reload_detail=...)

    # -- detail ------------------------------------------------------------------------------------------
    def _record_chosen(self, record: OpportunityRecord | None) -> None:
        if record is not None and record.id != self._wanted:
            self._load_detail(record.id)

    def open_opportunity(self, opportunity_id: int) -> None:
        """Show one opportunity in the pane (from elsewhere in the app)."""
        self._load_detail(opportunity_id)

    def _read_detail(self, opportunity_id: int) -> OpportunityDetail:
        """Worker side: the record, its history and its notes."""
        user, ops = self.user, self.ops
        record = ops.get(user, opportunity_id)
        return OpportunityDetail(
            record, tuple(ops.history(user, opportunity_id)), tuple(ops.notes(user, opportunity_id))
        )

    def _load_detail(self, opportunity_id: int) -> None:
        self._wanted = opportunity_id
        self.worker.submit(
            self._read_detail, opportunity_id,
            on_done=self._detail_arrived, on_error=lambda exc: self.pane.show_error(error_text(exc)),
        )  # fmt: skip

    def _detail_arrived(self, detail: OpportunityDetail) -> None:
        if detail.record.id != self._wanted:
            return
        self.pane.load(detail)
        self.detail_shown.emit(detail)

    def _shown(self) -> OpportunityRecord | None:
        return self.pane.record.record if self.pane.record is not None else None

    # -- changes -----------------------------------------------------------------------------------------
    def _run(
        self,
        change: Callable[[], tuple[OpportunityRecord, ChangeSet]],
        notice: Callable[[OpportunityRecord], str],
        failed: Callable[[str], None] | None = None,
        done: Callable[[], None] | None = None,
    ) -> None:
        """Run a change on the worker, then show the fresh record everywhere; on refusal keep every draft."""

        def work() -> tuple[OpportunityRecord, ChangeSet, OpportunityDetail]:
            record, changes = change()
            return record, changes, self._read_detail(record.id)

        def arrived(result: tuple[OpportunityRecord, ChangeSet, OpportunityDetail]) -> None:
            record, changes, detail = result
            if done is not None:
                done()
            shown = self._shown()
            if shown is None or shown.id == record.id or not self.pane.note_text.toPlainText().strip():
                self._wanted = record.id
                self.pane.saved(detail, notice(record))
                self.detail_shown.emit(detail)
                self.banner.clear_message()
                self.board.select(record.id)
            else:  # a card dropped while a note to another one is being typed: the draft stays in view
                self.banner.show_notice(f"{record.title}: {notice(record)}")
                self.board.select(shown.id)
            self.model.update_record(record)
            self._refresh(changes, reload_detail=False)
            self.changed.emit(changes)
            self.saved.emit(record)

        def refused(exc: BaseException) -> None:
            text = error_text(exc)
            (failed or self.pane.show_error)(text)
            if isinstance(exc, StaleRecordError):
                self.reload()  # show what changed on the other desktop; nothing typed is cleared
                if self.pane.record is not None:
                    self._load_detail(self.pane.record.record.id)
            self.save_failed.emit(text)

        self.worker.submit(work, on_done=arrived, on_error=refused)

    def _moved_notice(self, record: OpportunityRecord) -> str:
        return self.tr("Moved to {0}.").format(stage_label(record.stage_name, record.probability))

    def move_card(self, opportunity_id: int, version: int, stage_id: int) -> None:
        """A card was dropped on another column: move it there (refused if changed meanwhile)."""
        user, ops = self.user, self.ops

        def failed(text: str) -> None:
            self.banner.show_error(text)
            self.reload_board()  # the card goes back where the database has it

        self._run(lambda: ops.move(user, opportunity_id, version, stage_id), self._moved_notice, failed)

    def _move_shown(self, stage_id: int) -> None:
        opp, user, ops = self._shown(), self.user, self.ops
        if opp is not None:
            self._run(lambda: ops.move(user, opp.id, opp.version, stage_id), self._moved_notice)

    def _win(self) -> None:
        opp, user, ops = self._shown(), self.user, self.ops
        if opp is not None:
            self.pane.set_busy(True)
            self._run(lambda: ops.win(user, opp.id, opp.version), lambda _r: self.tr("Closed as won."))

    def lose(self) -> LoseDialog | None:
        """Ask for the reason, then close the shown opportunity as lost."""
        opp = self._shown()
        if opp is None:
            return None
        dialog = LoseDialog(opp.title, None, self)
        self.worker.submit(self.stage_service.lost_reasons, on_done=dialog.set_reasons)
        dialog.reason_chosen.connect(lambda reason: self._do_lose(dialog, opp, reason))
        self.lose_dialog = dialog
        dialog.open()
        return dialog

    def _do_lose(self, dialog: LoseDialog, opp: OpportunityRecord, reason: str) -> None:
        user, ops = self.user, self.ops
        self._run(
            lambda: ops.lose(user, opp.id, opp.version, reason), lambda _r: self.tr("Closed as lost."),
            failed=dialog.show_error, done=dialog.accept,
        )  # fmt: skip

    def _reopen(self) -> None:
        opp, user, ops = self._shown(), self.user, self.ops
        if opp is not None:
            self.pane.set_busy(True)
            self._run(
                lambda: ops.reopen(user, opp.id, opp.version),
                lambda r: self.tr("Reopened in {0}.").format(stage_label(r.stage_name, r.probability)),
            )

    def _add_note(self, kind: NoteKind, text: str) -> None:
        opp, user, ops = self._shown(), self.user, self.ops
        if opp is None:
            return
        self.pane.set_busy(True)

        def work() -> tuple[ChangeSet, OpportunityDetail]:
            _note, changes = ops.add_note(user, opp.id, text, kind)
            return changes, self._read_detail(opp.id)

        def done(result: tuple[ChangeSet, OpportunityDetail]) -> None:
            changes, detail = result
            if self._wanted == opp.id:
                self.pane.note_saved(detail)
                self.detail_shown.emit(detail)
            self._refresh(changes, reload_detail=False)  # a note resets the idle time: the stale mark goes
            self.changed.emit(changes)

        self.worker.submit(work, on_done=done, on_error=lambda exc: self.pane.show_error(error_text(exc)))

    # -- forms -------------------------------------------------------------------------------------------
    def new_opportunity(self) -> OpportunityDialog:
        """The form for a new opportunity; the customer is picked by name or phone."""
        self.dialog = open_new_opportunity(self, self.ctx, self.services, None, self._created)
        return self.dialog

    def _created(self, record: OpportunityRecord, changes: ChangeSet) -> None:
        self.banner.show_notice(
            self.tr("“{0}” added in {1}.").format(record.title, shown_name(record.stage_name))
        )
        self.reload()
        self._load_detail(record.id)
        self.changed.emit(changes)
        self.saved.emit(record)

    def edit(self) -> OpportunityDialog | None:
        """The form on the shown opportunity."""
        opp = self._shown()
        if opp is None:
            return None
        dialog = OpportunityDialog(self.ctx, self.services, None, opp, self)
        dialog.saved.connect(lambda record: self._edited(record, dialog.changes))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _edited(self, record: OpportunityRecord, changes: ChangeSet) -> None:
        self.pane.show_notice(self.tr("Saved."))
        self.model.update_record(record)
        self.apply_changes(changes)  # the pane shows the saved fields
        self.changed.emit(changes)
        self.saved.emit(record)

    def open_stage_settings(self) -> StageSettingsDialog:
        """Managers: the stages and lost reasons."""
        dialog = StageSettingsDialog(self.ctx, self.services, self)
        dialog.changed.connect(self._settings_changed)
        self.stage_dialog = dialog
        dialog.open()
        return dialog

    def _settings_changed(self, changes: ChangeSet) -> None:
        self.apply_changes(changes)
        self.changed.emit(changes)
