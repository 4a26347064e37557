"""The Follow-up section: tabs per kind with live counts over the windowed list, the detail pane beside it,
entry of requests and notices by hand, payment matching, and reminders when items turn due.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any, TypeVar

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.changes import ChangeSet
from salesapp.domain.enums import EntityKind
from salesapp.domain.errors import ConnectionLost, StaleRecordError
from salesapp.domain.followup import (
    DueSummary,
    FollowUpDetail,
    FollowUpKind,
    FollowUpRow,
    PaymentNoticeRecord,
    StatusFilter,
)
from salesapp.domain.money import format_minor
from salesapp.services.followup.followup_list import (
    UNASSIGNED,
    FollowUpFilter,
    FollowUpListService,
    KindCount,
)
from salesapp.services.followup.followups import FollowUpService
from salesapp.services.followup.intake import IntakeService
from salesapp.ui.followup._followup_detail import THUMB, FollowUpDetailPane
from salesapp.ui.followup._followup_labels import filter_name, kind_name, kind_tab, status_icon, status_name
from salesapp.ui.followup._intake_dialogs import (
    ContactRequestDialog,
    MatchDialog,
    PaymentNoticeDialog,
    SlipDialog,
)
from salesapp.ui.followup.reminders import Reminders
from salesapp.ui.lists.list_pane_split import ListPaneSplit
from salesapp.ui.lists.record_list import RecordListView
from salesapp.ui.lists.windowed import Column, WindowedTableModel
from salesapp.ui.shared.i18n import error_text
from salesapp.ui.shared.qtdates import format_datetime
from salesapp.ui.shared.view_context import ViewContext
from salesapp.ui.widgets.form_parts import EntryDialog
from salesapp.ui.widgets.message_label import MessageLabel

NEXT_COLUMN = 5
EntryDialogT = TypeVar("EntryDialogT", bound=EntryDialog)


class FollowUpView(QWidget):
    """The follow-up desk; the list is sorted by next follow-up time, due items first.

    Signals:
        changed(object): a ChangeSet this desktop saved (for the other sections to refresh).
        detail_shown(object): the detail pane shows a FollowUpDetail (tests wait on it).
        saved(object): a note, close, reopen or match went through (the fresh FollowUpRow).
        save_failed(str): a save was refused; the message shown.
    """

    changed = Signal(object)
    detail_shown = Signal(object)
    saved = Signal(object)
    save_failed = Signal(str)

    def __init__(
        self,
        ctx: ViewContext,
        lists: FollowUpListService,
        followups: FollowUpService,
        intake: IntakeService,
        reminders: Reminders | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.worker, self.user, self.clock = ctx, ctx.worker, ctx.user, ctx.clock
        self.lists, self.followups, self.intake = lists, followups, intake
        self.reminders = reminders or Reminders(self)
        self._slip: QPixmap | None = None  # the shown notice's slip, full size
        self.descending = False
        self._wanted: int | None = None
        self._last_tick = self.clock()
        self._greeted = False  # the first due summary greets; later ones only update the banner
        self._summary_text: str | None = None  # the banner shows this summary (None: something else)
        self._shown_count: int | None = None  # rows in the list as last loaded (the footer counts them)
        tz, be = ctx.tz, ctx.buddhist_era

        def when(moment: datetime | None) -> str:
            return format_datetime(moment, tz, be) if moment else "—"

        def amount(r: FollowUpRow) -> str:
            return (
                format_minor(r.amount_minor, r.currency) if r.amount_minor is not None and r.currency else ""
            )

        columns = [
            Column(
                self.tr("Status"), lambda r: status_name(r.status(self.clock(), tz)),
                tooltip=self._tooltip, icon=lambda r: status_icon(r.status(self.clock(), tz)),
            ),
            Column(self.tr("Type"), lambda r: kind_name(r.kind)),
            Column(self.tr("Number"), lambda r: r.title),
            Column(self.tr("Customer"), lambda r: r.customer_name),
            Column(self.tr("Amount"), amount, align_right=True),
            Column(self.tr("Next follow-up"), lambda r: when(r.next_at)),
            Column(
                self.tr("Latest note"), lambda r: r.last_note.split("\n", 1)[0], tooltip=self._tooltip,
                free_text=True,
            ),
            Column(self.tr("Salesperson"), lambda r: r.owner_name or self.tr("Unassigned")),
        ]  # fmt: skip
        self.model = WindowedTableModel(self.worker, columns, partial(lists.rows, self.user))
        tabs: list[tuple[Any, str]] = [(None, self.tr("All follow-ups"))]
        tabs += [(kind, kind_tab(kind)) for kind in FollowUpKind]
        self.list = RecordListView(self.model, tabs)
        self.list.set_column_widths([16, 19, 11, 22, 12, 16, 28])
        self.list.set_sorts({NEXT_COLUMN: (False, True)}, NEXT_COLUMN, descending=False)
        self.list.remember_layout("followup")
        self.list.sort_changed.connect(self._sort_changed)

        self.scope = QComboBox()
        self.scope.addItem(self.tr("Mine"), self.user.id)
        self.scope.addItem(self.tr("Unassigned"), UNASSIGNED)
        if self.user.is_manager:
            self.scope.addItem(self.tr("Everyone"), None)
            self.scope.setCurrentIndex(2)
        self.status_filter = QComboBox()
        for choice in StatusFilter:
            self.status_filter.addItem(filter_name(choice), choice)
        self.new_button = QToolButton()
        self.new_button.setText(self.tr("New"))
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        new_menu = QMenu(self.new_button)
        self.new_request = new_menu.addAction(self.tr("Contact-back request…"))
        self.new_notice = new_menu.addAction(self.tr("Payment notice…"))
        self.new_button.setMenu(new_menu)
        toolbar = QHBoxLayout()
        toolbar.addWidget(QLabel(self.tr("Show:")))
        toolbar.addWidget(self.scope)
        toolbar.addWidget(self.status_filter)
        toolbar.addStretch(1)
        toolbar.addWidget(self.new_button)
        self.banner = MessageLabel()
        self.show_due = QPushButton(self.tr("Show due items"))
        self.show_due.hide()
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.show_due)

        self.pane = FollowUpDetailPane(tz, be, self.clock, self.user.is_manager)
        self.pane.setMinimumWidth(300)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(self.pane)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        split.setSizes([700, 480])
        self.splitter = split
        self.split = ListPaneSplit(split, self.list, "followup", pane_least=420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(9, 9, 9, 0)
        layout.addLayout(toolbar)
        layout.addLayout(banner_row)
        layout.addWidget(split, 1)

        self.scope.currentIndexChanged.connect(lambda _i: self.reload())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.list.tab_changed.connect(lambda _key: self.reload())
        self.list.current_record_changed.connect(self._current_changed)
        self.model.page_loaded.connect(lambda _page: self._current_changed(self._current_record()))
        self.model.ids_loaded.connect(self._show_total)
        self.new_request.triggered.connect(self.enter_contact_request)
        self.new_notice.triggered.connect(self.enter_payment_notice)
        self.show_due.clicked.connect(lambda: self.set_status_filter(StatusFilter.DUE))
        self.pane.save_requested.connect(self._save_note)
        self.pane.close_requested.connect(self._close)
        self.pane.reopen_requested.connect(self._reopen)
        self.pane.match_requested.connect(self._match)
        self.pane.slip_requested.connect(self._show_slip)
        self.reminders.open_requested.connect(self.open_followup)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.tick)
        self._schedule_tick()
        self.reload()  # the counters, and with them the due summary (the morning greeting)

    # -- list --------------------------------------------------------------------------------------------
    def current_filter(self) -> FollowUpFilter:
        """The filter of the chosen tab, scope and status (sales staff never see a colleague's)."""
        wanted = FollowUpFilter(
            self.list.current_key(),
            self.scope.currentData(),
            StatusFilter(self.status_filter.currentData()),  # Qt hands enum data back as plain str
            self.descending,
        )
        return self.lists.visible_filter(self.user, wanted)

    def set_status_filter(self, choice: StatusFilter) -> None:
        """Choose a status filter (as the combo box would)."""
        self.status_filter.setCurrentIndex(self.status_filter.findData(choice))

    def reload(self) -> None:
        """Reload the list and the counters (filter change, F5, another desktop's change)."""
        flt, lists, user = self.current_filter(), self.lists, self.user
        self._shown_count = None  # the footer waits for the new list's ids
        self.model.load(
            lambda: (lists.count(user, flt), lists.first_page(user, flt)),
            lambda stop: lists.ids(user, flt, stop),
        )
        self._reload_counts()

    def _reload_counts(self) -> None:
        """Read the tabs' counters and the banner's due summary again, on the worker."""
        self.worker.submit(
            self.lists.kind_counts, self.user, self.current_filter(), on_done=self._show_counts
        )
        self.worker.submit(self.lists.due_summary, self.user, self.ctx.tz, on_done=self._summary_arrived)

    def _show_counts(self, counts: list[KindCount]) -> None:
        locale = QLocale()
        key = self.list.current_key()
        for item in counts:
            self.list.set_tab_count(item.kind, locale.toString(item.count) + ("+" if item.capped else ""))
            if item.kind == key and not item.capped:
                self._show_footer(item.count)

    def _show_total(self, count: int) -> None:
        self._shown_count = count
        self._show_footer(None)

    def _show_footer(self, matching: int | None) -> None:
        """The footer counts the rows the list shows; when the tab's fresh count differs (rows ended or
        added since the list was read, kept in place until F5), it says so instead of disagreeing silently."""
        shown = self._shown_count
        if shown is None:
            return
        text = self.tr("%Ln follow-up(s)", "", shown)
        if matching is not None and matching != shown:
            text = self.tr("%Ln follow-up(s) shown; {0} now, F5 updates the list", "", shown).format(
                QLocale().toString(matching)
            )
        self.list.status.setText(text)

    def _sort_changed(self, descending: bool) -> None:
        self.descending = descending
        self.reload()

    def _tooltip(self, row: FollowUpRow) -> str:
        status = status_name(row.status(self.clock(), self.ctx.tz))
        lines = [f"{kind_name(row.kind)} {row.title}: {status}"]
        if row.next_at is not None:
            lines.append(
                self.tr("Next follow-up: {0}").format(
                    format_datetime(row.next_at, self.ctx.tz, self.ctx.buddhist_era)
                )
            )
        if row.last_note:
            when = (
                format_datetime(row.last_note_at, self.ctx.tz, self.ctx.buddhist_era)
                if row.last_note_at
                else ""
            )
            lines.append(self.tr("Latest note by {0}, {1}:").format(row.last_note_by, when))
            lines.append(row.last_note)
        else:
            lines.append(self.tr("No notes yet."))
        return "\n".join(lines)

    def apply_changes(self, changes: ChangeSet) -> None:
        """Another desktop (or section) changed records: re-read the rows shown and the open detail.

        New requests and notices from elsewhere update the counters at once and join the list at the next
        reload (F5), so the rows under the user's cursor do not move.
        """
        touched = set(changes.ids(EntityKind.FOLLOWUP))
        subjects = (EntityKind.ORDER, EntityKind.CONTACT_REQUEST, EntityKind.PAYMENT_NOTICE)
        if touched:
            self.model.refresh_ids(touched)
        if touched or any(changes.ids(kind) for kind in subjects):
            self._reload_counts()
        record = self.pane.record
        if record is not None and record.row.id in touched:
            self._load_detail(record.row.id)

    # -- detail ------------------------------------------------------------------------------------------
    def _current_record(self) -> FollowUpRow | None:
        index = self.list.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _current_changed(self, record: FollowUpRow | None) -> None:
        if record is None or record.id == self._wanted:
            return
        self._load_detail(record.id)

    def open_followup(self, followup_id: int) -> None:
        """Show one follow-up in the detail pane (from a reminder), whatever the list shows."""
        self._load_detail(followup_id)

    def _load_detail(self, followup_id: int) -> None:
        self._wanted = followup_id
        self.worker.submit(
            self.followups.detail, self.user, followup_id,
            on_done=self._detail_arrived, on_error=lambda exc: self.pane.show_error(error_text(exc)),
        )  # fmt: skip

    def _detail_arrived(self, detail: FollowUpDetail) -> None:
        if detail.row.id != self._wanted:
            return
        self.pane.load(detail)
        self._load_slip(detail)
        self.detail_shown.emit(detail)

    def _load_slip(self, detail: FollowUpDetail) -> None:
        subject = detail.subject
        self._slip = None
        if isinstance(subject, PaymentNoticeRecord) and subject.has_slip:
            self.worker.submit(self.followups.slip, self.user, subject.id, on_done=self._slip_arrived)

    def _slip_arrived(self, slip: tuple[bytes, str] | None) -> None:
        if slip is None:
            return
        pixmap = QPixmap()
        pixmap.loadFromData(slip[0])
        self._slip = pixmap
        self.pane.show_slip_thumbnail(pixmap.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio))

    def _show_slip(self) -> None:
        if self._slip is not None:
            SlipDialog(self._slip, self).open()

    # -- saving ------------------------------------------------------------------------------------------
    def _run(
        self,
        change: Callable[[], tuple[FollowUpRow, ChangeSet]],
        notice: str,
        on_lost: Callable[[], None] | None = None,
    ) -> None:
        """Run a change on the worker, then show the fresh row and detail; on failure keep every draft
        (`on_lost` runs when the server was away: the pane offers to try again)."""
        followups, user = self.followups, self.user

        def work() -> tuple[FollowUpRow, ChangeSet, FollowUpDetail]:
            row, changes = change()
            return row, changes, followups.detail(user, row.id)

        def done(result: tuple[FollowUpRow, ChangeSet, FollowUpDetail]) -> None:
            row, changes, detail = result
            self.model.update_record(row)
            if detail.row.id == self._wanted:
                self.pane.saved(detail, notice)
            self._reload_counts()
            self.changed.emit(changes)
            self.saved.emit(row)

        def failed(exc: BaseException) -> None:
            text = error_text(exc)
            self.pane.show_error(text)
            if isinstance(exc, StaleRecordError) and self.pane.record is not None:
                self._load_detail(self.pane.record.row.id)  # show what changed; the draft stays
            if isinstance(exc, ConnectionLost) and on_lost is not None:
                on_lost()
            self.save_failed.emit(text)

        self.worker.submit(work, on_done=done, on_error=failed)

    def _save_note(self, text: str, next_at: object) -> None:
        row = self.pane.record.row
        self._run(
            lambda: self.followups.add_note(self.user, row.id, row.version, text, next_at),  # type: ignore[arg-type]
            self.tr("Note saved."),
            self.pane.offer_retry,
        )

    def _close(self, summary: str) -> None:
        row = self.pane.record.row
        self._run(
            lambda: self.followups.close(self.user, row.id, row.version, summary),
            self.tr("Follow-up ended."),
            self.pane.offer_retry,
        )

    def _reopen(self) -> None:
        row = self.pane.record.row
        self._run(
            lambda: self.followups.reopen(self.user, row.id, row.version), self.tr("Follow-up reopened.")
        )

    def _match(self) -> None:
        subject = self.pane.record.subject
        if not isinstance(subject, PaymentNoticeRecord):
            return
        dialog = MatchDialog(subject, self.ctx, self)
        dialog.match_requested.connect(lambda order_id: self._do_match(dialog, subject, order_id))
        self.worker.submit(
            self.intake.match_candidates, self.user, subject.id, on_done=dialog.show_candidates
        )
        dialog.open()
        self.match_dialog = dialog

    def _do_match(self, dialog: MatchDialog, notice: PaymentNoticeRecord, order_id: int) -> None:
        dialog.accept()
        self._run(
            lambda: self.intake.match(self.user, notice.id, notice.version, order_id),
            self.tr("Payment matched."),
        )

    # -- entering requests and notices ---------------------------------------------------------------------
    def enter_contact_request(self) -> ContactRequestDialog:
        """Open the form for a call-back request received by phone."""
        return self._enter(ContactRequestDialog(self.ctx, self), self.intake.create_contact_request)

    def enter_payment_notice(self) -> PaymentNoticeDialog:
        """Open the form for a transfer reported by phone or chat."""
        return self._enter(PaymentNoticeDialog(self.ctx, self), self.intake.create_payment_notice)

    def _enter(
        self, dialog: EntryDialogT, create: Callable[..., tuple[FollowUpRow, ChangeSet]]
    ) -> EntryDialogT:
        dialog.submit_requested.connect(lambda data: self._create(dialog, create, data))
        dialog.open()
        return dialog

    def _create(
        self, dialog: EntryDialog, create: Callable[..., tuple[FollowUpRow, ChangeSet]], data: Any
    ) -> None:
        def done(result: tuple[FollowUpRow, ChangeSet]) -> None:
            row, changes = result
            dialog.accept()
            self._summary_text = None
            self.banner.show_notice(self.tr("{0} {1} saved.").format(kind_name(row.kind), row.title))
            self.reload()
            self._load_detail(row.id)
            self.changed.emit(changes)
            self.saved.emit(row)

        self.worker.submit(
            create, self.user, data, on_done=done, on_error=lambda e: dialog.show_error(error_text(e))
        )

    # -- reminders ---------------------------------------------------------------------------------------
    def _schedule_tick(self) -> None:
        now = datetime.now()
        self.timer.start(int((60 - now.second) * 1000 - now.microsecond / 1000) + 50)

    def tick(self) -> None:
        """Once a minute: items whose time came turn due on screen, and the user is reminded of them."""
        now = self.clock()
        since, self._last_tick = self._last_tick, now
        self.list.table.viewport().update()
        self.pane.refresh_status()
        self._reload_counts()
        self.worker.submit(self.lists.became_due, self.user, since, now, on_done=self._remind)
        self._schedule_tick()

    def _remind(self, rows: list[FollowUpRow]) -> None:
        if not rows:
            return
        self.model.refresh_ids({r.id for r in rows})
        first = rows[0]
        if len(rows) == 1:
            title = self.tr("Follow-up due: {0}").format(first.customer_name)
        else:
            title = self.tr("{0} follow-ups are due").format(len(rows))
        body = "\n".join(f"{kind_name(r.kind)} {r.title} · {r.customer_name}" for r in rows[:5])
        self.reminders.notify(title, body, first.id)
        self._summary_text = None
        self.banner.show_notice(f"{title}: " + ", ".join(f"{r.title} ({r.customer_name})" for r in rows[:3]))
        self.show_due.show()
        self.worker.submit(self.lists.due_summary, self.user, self.ctx.tz, on_done=self._due_count)

    def _due_count(self, summary: DueSummary) -> None:
        total = summary.today + summary.overdue
        self.reminders.set_due_count(
            total, self.tr("salesapp: {0} follow-ups today or overdue").format(total)
        )

    def _summary_arrived(self, summary: DueSummary) -> None:
        """The due summary after the counters were read: the first greets (banner and notification); later
        ones keep the banner's figures current while it shows the summary (another notice stays)."""
        self._due_count(summary)
        greeting, self._greeted = not self._greeted, True
        if not greeting and self._summary_text is None and self.banner.text():
            return  # the banner says something else
        if not summary.today and not summary.overdue:
            if not greeting:
                self._summary_text = None
                self.banner.clear_message()
                self.show_due.hide()
            return
        text = self.tr("Today: {0} follow-ups planned, {1} overdue from earlier days.").format(
            QLocale().toString(summary.today), QLocale().toString(summary.overdue)
        )
        if text != self._summary_text:
            self._summary_text = text
            self.banner.show_notice(text)
        self.show_due.show()
        if greeting:
            self.reminders.notify(self.tr("Good morning"), text, None)

    def closeEvent(self, event: Any) -> None:
        self.timer.stop()
        super().closeEvent(event)
