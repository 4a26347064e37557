"""The Opportunities section: the pipeline as a board, as a searchable list, or per salesperson.

The board (drag a card to move it) or the list, each salesperson's pipeline for managers, the detail pane
beside them, and the stage settings for managers. The detail pane's side (what it shows, the changes made
from it, the forms) is in _opportunity_changes, whose class is this view's base.
"""

from __future__ import annotations

from array import array
from dataclasses import replace
from enum import IntEnum
from functools import partial
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.changes import ChangeSet
from salesapp.domain.enums import EntityKind
from salesapp.domain.money import format_minor
from salesapp.domain.opportunity import (
    BoardColumn,
    OpportunityFilter,
    OpportunityRecord,
    OpportunitySort,
    PipelineRow,
    StageKind,
    StageRecord,
)
from salesapp.domain.records import UserRecord
from salesapp.services.customers.customer_list import MAX_HITS
from salesapp.services.registry import Services
from salesapp.services.shared.list_query import COUNT_CAP
from salesapp.ui.lists.list_pane_split import ListPaneSplit
from salesapp.ui.lists.record_list import RecordListView
from salesapp.ui.lists.search_box import SearchBox
from salesapp.ui.lists.windowed import Column, WindowedTableModel
from salesapp.ui.opportunities._opportunity_board import OpportunityBoard
from salesapp.ui.opportunities._opportunity_changes import OpportunityActions
from salesapp.ui.opportunities._opportunity_labels import (
    shown_name,
    sort_name,
    stage_label,
    state_name,
    status_icon,
)
from salesapp.ui.opportunities._opportunity_pane import OpportunityPane
from salesapp.ui.opportunities._pipeline_table import PipelineTable
from salesapp.ui.opportunities._stage_settings_dialog import StageSettingsDialog
from salesapp.ui.opportunities.opportunity_dialog import LoseDialog, OpportunityDialog
from salesapp.ui.shared.i18n import error_text
from salesapp.ui.shared.qtdates import format_date, format_datetime
from salesapp.ui.shared.view_context import ViewContext
from salesapp.ui.widgets.message_label import MessageLabel

CARDS_PER_COLUMN = 50
REFRESH_MS = 10 * 60 * 1000  # idle times grow: stale marks are re-read every ten minutes
STATE_TABS: tuple[StageKind | None, ...] = (StageKind.OPEN, StageKind.WON, StageKind.LOST, None)


class Mode(IntEnum):
    """What the section shows left of the detail pane."""

    BOARD = 0
    LIST = 1
    PIPELINE = 2


class OpportunitiesView(OpportunityActions):
    """Board / List / Pipeline with the detail pane.

    Signals:
        changed(object): a ChangeSet this desktop saved (for the other sections).
        detail_shown(object): the pane shows an OpportunityDetail (tests wait on it).
        board_loaded(): the board shows a fresh read.
        pipeline_loaded(): the pipeline table shows a fresh read.
        saved(object): a change went through (the fresh OpportunityRecord).
        save_failed(str): a change was refused; the message shown.
    """

    changed = Signal(object)
    detail_shown = Signal(object)
    board_loaded = Signal()
    pipeline_loaded = Signal()
    saved = Signal(object)
    save_failed = Signal(str)

    def __init__(self, ctx: ViewContext, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.services, self.worker, self.user = ctx, services, ctx.worker, ctx.user
        self.ops, self.lists, self.stage_service = (
            services.opportunities,
            services.opportunity_list,
            services.opportunity_stages,
        )
        self.stages: list[StageRecord] = []
        self._wanted: int | None = None
        self._dirty = {Mode.BOARD, Mode.LIST, Mode.PIPELINE}
        self.dialog: OpportunityDialog | None = None
        self.lose_dialog: LoseDialog | None = None
        self.stage_dialog: StageSettingsDialog | None = None
        tz, be = ctx.tz, ctx.buddhist_era

        self.board = OpportunityBoard(be, ctx.clock)
        self.model = WindowedTableModel(self.worker, self._columns(), partial(self.lists.rows, self.user))
        self.list = RecordListView(self.model, [(s, state_name(s)) for s in STATE_TABS])
        self.list.set_column_widths([18, 20, 14, 11, 11, 10, 13])
        self.list.remember_layout("opportunities")
        self.pipeline = PipelineTable()
        self.stack = QStackedWidget()
        for page in (self.board, self.list, self.pipeline):
            self.stack.addWidget(page)

        self.mode_bar = QTabBar()
        self.mode_bar.setDrawBase(False)
        for title in (self.tr("Board"), self.tr("List"), self.tr("Pipeline")):
            self.mode_bar.addTab(title)
        self.search = SearchBox(self.tr("Search title, product, customer or salesperson"))
        self.search.setMinimumWidth(160)
        self.owner = QComboBox()
        self.owner.addItem(self.tr("Everyone"), None)
        self.owner.setToolTip(self.tr("Whose opportunities"))
        self.stale_only = QCheckBox(self.tr("Stale only"))
        self.stale_only.setToolTip(self.tr("Only opportunities idle longer than their stage allows"))
        self.sort = QComboBox()
        for sort in OpportunitySort:
            self.sort.addItem(sort_name(sort), sort.value)
        self.sort.setToolTip(self.tr("Order of the list"))
        self.new_button = QPushButton(self.tr("New opportunity…"))
        self.stages_button = QPushButton(self.tr("Stages…"))
        self.stages_button.setToolTip(self.tr("Stages, probabilities, idle limits and lost reasons"))
        tools = QToolBar()  # what does not fit moves into its » menu on a narrow window
        self.owner_action = tools.addWidget(self.owner)
        self.stale_action = tools.addWidget(self.stale_only)
        self.sort_action = tools.addWidget(self.sort)
        tools.addWidget(self.new_button)
        self.stages_action = tools.addWidget(self.stages_button)
        self.owner_action.setVisible(self.user.is_manager)
        self.stages_action.setVisible(self.user.is_manager)
        self.tools = tools
        top = QHBoxLayout()
        top.addWidget(self.mode_bar)
        top.addWidget(self.search, 1)
        top.addWidget(tools)
        self.banner = MessageLabel()

        self.pane = OpportunityPane(tz, be, ctx.clock, self.user.is_manager)
        self.pane.setMinimumWidth(300)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([830, 430])
        self.split = ListPaneSplit(self.splitter, self.list, "opportunities", pane_least=380)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(9, 9, 9, 0)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)

        self.mode_bar.currentChanged.connect(lambda i: self.set_mode(Mode(i)))
        self.search.search_changed.connect(self._search_changed)
        self.owner.currentIndexChanged.connect(lambda _i: self.reload())
        self.stale_only.toggled.connect(lambda _on: self.reload())
        self.sort.currentIndexChanged.connect(lambda _i: self.reload())
        self.list.tab_changed.connect(lambda _key: self.reload())
        self.list.current_record_changed.connect(self._record_chosen)
        self.model.ids_loaded.connect(self._show_total)
        self.board.current_card_changed.connect(self._record_chosen)
        self.board.move_requested.connect(self.move_card)
        self.board.more_requested.connect(self._load_more)
        self.pipeline.owner_activated.connect(self._list_owner)
        self.new_button.clicked.connect(lambda: self.new_opportunity())
        self.stages_button.clicked.connect(lambda: self.open_stage_settings())
        self.pane.move_requested.connect(self._move_shown)
        self.pane.win_requested.connect(self._win)
        self.pane.lose_requested.connect(lambda: self.lose())
        self.pane.reopen_requested.connect(self._reopen)
        self.pane.edit_requested.connect(lambda: self.edit())
        self.pane.note_requested.connect(self._add_note)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self._sync_mode_widgets()
        self.reload_choices()
        self.reload()

    def _columns(self) -> list[Column]:
        tz, be = self.ctx.tz, self.ctx.buddhist_era

        def stage(r: OpportunityRecord) -> str:
            return stage_label(r.stage_name, r.probability)

        def tip(r: OpportunityRecord) -> str:
            if r.stale:
                idle = max((self.ctx.clock() - r.last_activity_at).days, 0)
                return self.tr("Stale: no activity for {0} days (the stage allows {1}).").format(
                    idle, r.idle_days
                )
            if not r.is_open and r.lost_reason:
                return shown_name(r.lost_reason)
            return ""

        return [
            Column(self.tr("Stage"), stage, tooltip=tip, icon=status_icon),
            Column(self.tr("Title"), lambda r: r.title),
            Column(self.tr("Customer"), lambda r: r.customer_name),
            Column(self.tr("Amount"), lambda r: format_minor(r.amount_minor, r.currency), align_right=True),
            Column(
                self.tr("Weighted"), lambda r: format_minor(r.weighted_minor, r.currency), align_right=True
            ),
            Column(self.tr("Close"), lambda r: format_date(r.expected_close, be) if r.expected_close else ""),
            Column(self.tr("Salesperson"), lambda r: r.owner_name),
            Column(self.tr("Last activity"), lambda r: format_datetime(r.last_activity_at, tz, be)),
        ]

    # -- modes and filters -------------------------------------------------------------------------------
    def mode(self) -> Mode:
        """What is shown: board, list or pipeline."""
        return Mode(self.stack.currentIndex())

    def set_mode(self, mode: Mode) -> None:
        """Show the board, the list or the pipeline (read again if something changed meanwhile)."""
        if self.mode_bar.currentIndex() != mode:
            self.mode_bar.setCurrentIndex(mode)  # comes back here through currentChanged
            return
        self.stack.setCurrentIndex(mode)
        self._sync_mode_widgets()
        if mode in self._dirty:
            self._reload_mode(mode)

    def _sync_mode_widgets(self) -> None:
        mode = self.mode()
        self.sort_action.setVisible(mode is Mode.LIST)
        self.search.setEnabled(mode is not Mode.PIPELINE)  # the pipeline shows everyone's figures
        self.owner.setEnabled(mode is not Mode.PIPELINE)
        self.stale_only.setEnabled(mode is not Mode.PIPELINE)
        self.pane.setVisible(mode is not Mode.PIPELINE)

    def _search_changed(self, text: str) -> None:
        if text.strip() and self.mode() is not Mode.LIST:
            self.set_mode(Mode.LIST)  # the board shows stages, not search hits
        self.reload()

    def current_filter(self) -> OpportunityFilter:
        """The list's and board's filter (sales staff always see their own only)."""
        state = self.list.current_key() if self.mode() is Mode.LIST else StageKind.OPEN
        wanted = OpportunityFilter(
            state=state, owner_id=self.owner.currentData(), stale_only=self.stale_only.isChecked(),
            sort=OpportunitySort(self.sort.currentData()),
        )  # fmt: skip
        return self.lists.visible_filter(self.user, wanted)

    def reload_choices(self) -> None:
        """Read the stages (for the pane) and the staff (for the owner filter)."""
        self.worker.submit(self.stage_service.stages, on_done=self._stages_arrived)
        if self.user.is_manager:
            self.worker.submit(self.services.users.list_users, on_done=self._staff_arrived)

    def _stages_arrived(self, stages: list[StageRecord]) -> None:
        self.stages = stages
        self.pane.set_stages(stages)

    def _staff_arrived(self, users: list[UserRecord]) -> None:
        chosen = self.owner.currentData()
        blocked = self.owner.blockSignals(True)
        while self.owner.count() > 1:
            self.owner.removeItem(1)
        for user in users:
            if user.active:
                self.owner.addItem(user.display_name, user.id)
        self.owner.setCurrentIndex(max(self.owner.findData(chosen), 0))
        self.owner.blockSignals(blocked)

    def set_owner(self, owner_id: int | None) -> None:
        """Show one salesperson's opportunities (None: everyone's)."""
        self.owner.setCurrentIndex(max(self.owner.findData(owner_id), 0))

    def _list_owner(self, owner_id: int | None) -> None:
        self.set_owner(owner_id)
        self.set_mode(Mode.LIST)

    # -- loading -----------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read again what is shown (filters changed, F5, a ChangeSet); the other modes when next shown."""
        self._dirty = {Mode.BOARD, Mode.LIST, Mode.PIPELINE}
        self._reload_mode(self.mode())

    def _reload_mode(self, mode: Mode) -> None:
        self._dirty.discard(mode)
        if mode is Mode.BOARD:
            self.reload_board()
        elif mode is Mode.LIST:
            self.reload_list()
        else:
            self.reload_pipeline()

    def reload_board(self) -> None:
        """Read the columns (figures from the service's aggregates, the first cards of each)."""
        flt, user, lists, clock = self.current_filter(), self.user, self.lists, self.ctx.clock
        self.worker.submit(
            lambda: lists.board(user, flt, CARDS_PER_COLUMN, clock()),
            on_done=self._board_arrived, on_error=self._show_load_error,
        )  # fmt: skip

    def _board_arrived(self, columns: list[BoardColumn]) -> None:
        self.board.set_columns(columns)
        self.board_loaded.emit()

    def _load_more(self, stage_id: int, last: OpportunityRecord) -> None:
        flt, user, lists, clock = self.current_filter(), self.user, self.lists, self.ctx.clock
        self.worker.submit(
            lambda: lists.column_cards(user, flt, stage_id, last, CARDS_PER_COLUMN, clock()),
            on_done=lambda cards: self.board.add_cards(stage_id, cards), on_error=self._show_load_error,
        )  # fmt: skip

    def reload_list(self) -> None:
        """Reload the list for the search, the filters and the state tab; and the tabs' counts."""
        flt, text, user, lists = self.current_filter(), self.search.text(), self.user, self.lists
        if text.strip():
            found: dict[str, array[int]] = {}

            def first_page() -> tuple[int, list[OpportunityRecord]]:
                found["ids"] = ids = lists.search_ids(user, flt, text)
                return len(ids), lists.rows(user, ids[: self.model.page_size].tolist())

            self.model.load(first_page, lambda _stop: found["ids"])
        else:
            self.model.load(
                lambda: (lists.count(user, flt, COUNT_CAP), lists.first_page(user, flt)),
                lambda stop: lists.ids(user, flt, stop),
            )
        self._reload_counts()

    def _reload_counts(self) -> None:
        flt, user, lists = self.current_filter(), self.user, self.lists
        self.worker.submit(
            lambda: [(s, lists.count(user, replace(flt, state=s), COUNT_CAP)) for s in STATE_TABS],
            on_done=self._show_counts,
        )  # fmt: skip

    def _show_counts(self, counts: list[tuple[StageKind | None, int]]) -> None:
        locale = QLocale()
        for state, count in counts:
            self.list.set_tab_count(state, locale.toString(count) + ("+" if count >= COUNT_CAP else ""))

    def _show_total(self, count: int) -> None:
        shown = QLocale().toString(count)
        if self.search.text().strip():
            text = self.tr("{0} opportunities found").format(shown)
            if count >= MAX_HITS:
                text = self.tr("The first {0} opportunities found; type more to narrow the search").format(
                    shown
                )
        else:
            text = self.tr("{0} opportunities").format(shown)
        self.list.status.setText(text)

    def reload_pipeline(self) -> None:
        """Read each salesperson's figures (this month in the user's time zone)."""
        user, lists, tz, clock = self.user, self.lists, self.ctx.tz, self.ctx.clock
        self.worker.submit(
            lambda: lists.pipeline(user, tz, clock()), on_done=self._pipeline_arrived,
            on_error=self._show_load_error,
        )  # fmt: skip

    def _pipeline_arrived(self, rows: list[PipelineRow]) -> None:
        self.pipeline.set_rows(rows)
        self.pipeline_loaded.emit()

    def _show_load_error(self, exc: BaseException) -> None:
        self.banner.show_error(error_text(exc))

    def tick(self) -> None:
        """The clock moved on: read the board and list again so stale marks appear when due."""
        self.reload()
        shown = self.pane.record
        if shown is not None:
            self._load_detail(shown.record.id)

    def apply_changes(self, changes: ChangeSet) -> None:
        """Re-read what a ChangeSet (this desktop's or another's) touched."""
        self._refresh(changes, reload_detail=True)

    def _refresh(self, changes: ChangeSet, reload_detail: bool) -> None:
        touched = set(changes.ids(EntityKind.OPPORTUNITY))
        stages = bool(changes.ids(EntityKind.OPPORTUNITY_STAGE))
        if stages:
            self.reload_choices()
            self.reload()
        elif touched:
            self.model.refresh_ids(touched)  # rows stay where they are until the next reload
            # The hidden modes are read again when next shown: the list too (it may never have been read,
            # or its rows and counts moved on); only the list in view keeps its rows in place.
            self._dirty |= {Mode.BOARD, Mode.PIPELINE}
            if self.mode() is Mode.LIST:
                self._reload_counts()
            else:
                self._dirty.add(Mode.LIST)
                self._reload_mode(self.mode())
        shown = self.pane.record
        if reload_detail and shown is not None and (shown.record.id in touched or stages):
            self._load_detail(shown.record.id)

    def closeEvent(self, event: Any) -> None:
        self.timer.stop()
        super().closeEvent(event)
