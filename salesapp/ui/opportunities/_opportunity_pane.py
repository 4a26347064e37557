"""The opportunity detail pane: the stage (with its probability) to move it, Won / Lost… / Reopen, the fields,
notes and calls with an editor, and the stage history (from → to, who, when, time in stage)."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.money import format_minor
from salesapp.domain.opportunity import (
    NoteKind,
    OpportunityNoteRecord,
    OpportunityRecord,
    StageChangeRecord,
    StageKind,
    StageRecord,
    time_per_stage,
)
from salesapp.ui.lists.detail_pane import DetailPane, placeholder_label, title_label
from salesapp.ui.opportunities._opportunity_labels import (
    duration_text,
    note_kind_name,
    shown_name,
    stage_label,
    stale_icon,
)
from salesapp.ui.shared.qtdates import format_date, format_datetime
from salesapp.ui.shared.theme import hex_color, set_property
from salesapp.ui.widgets.kind_note_editor import KindNoteEditor


@dataclass(frozen=True)
class OpportunityDetail:
    """What the pane shows: the record, its stage history (oldest first) and its notes (newest first)."""

    record: OpportunityRecord
    history: tuple[StageChangeRecord, ...]
    notes: tuple[OpportunityNoteRecord, ...]


def _rich(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


class OpportunityPane(DetailPane):
    """Shows one OpportunityDetail and reports what the user asks for.

    Signals:
        move_requested(int): move to this open stage (id).
        win_requested(): close as won.
        lose_requested(): close as lost (the controller asks for the reason).
        reopen_requested(): a manager reopens a closed opportunity.
        edit_requested(): open the form on this opportunity.
        note_requested(object, str): add a note or a call (NoteKind, text).
    """

    move_requested = Signal(int)
    win_requested = Signal()
    lose_requested = Signal()
    reopen_requested = Signal()
    edit_requested = Signal()
    note_requested = Signal(object, str)

    def __init__(self, tz: tzinfo, buddhist_era: bool, clock: Callable[[], datetime], is_manager: bool,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.tz, self.buddhist_era, self.clock, self.is_manager = tz, buddhist_era, clock, is_manager
        self.stages: list[StageRecord] = []
        self.title = title_label()
        self.subtitle = QLabel()
        self.subtitle.setProperty("tone", "muted")
        self.subtitle.setWordWrap(True)

        self.stage = QComboBox()
        self.stage.setToolTip(self.tr("Move the opportunity to another stage"))
        self.stage.activated.connect(self._stage_chosen)
        self.probability = QLabel()
        self.probability.setProperty("textStyle", "strong")
        stage_row = QHBoxLayout()
        self.stage_caption = QLabel(self.tr("Stage:"))  # hidden with the combo box when nothing is shown
        stage_row.addWidget(self.stage_caption)
        stage_row.addWidget(self.stage, 1)
        self.stale_mark = QLabel()
        self.stale_mark.setPixmap(stale_icon().pixmap(16, 16))
        self.stale_text = QLabel()
        self.stale_text.setProperty("tone", "danger")
        self.stale_text.setWordWrap(True)
        stale_row = QHBoxLayout()
        stale_row.addWidget(self.stale_mark)
        stale_row.addWidget(self.stale_text, 1)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setProperty("textStyle", "strong")

        actions = QWidget()  # at most three buttons show at once: they fit the narrowest pane
        buttons = QHBoxLayout(actions)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.won_button = QPushButton(self.tr("Won"))
        self.won_button.setToolTip(self.tr("Close as won: the sale was made"))
        self.lost_button = QPushButton(self.tr("Lost…"))
        self.lost_button.setToolTip(self.tr("Close as lost, with a reason"))
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        for button, signal in (
            (self.won_button, self.win_requested),
            (self.lost_button, self.lose_requested),
            (self.reopen_button, self.reopen_requested),
            (self.edit_button, self.edit_requested),
        ):
            button.clicked.connect(signal.emit)
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._details_tab(), self.tr("Details"))
        self.tabs.addTab(self._notes_tab(), self.tr("Notes and calls"))
        self.tabs.addTab(self._history_tab(), self.tr("Stage history"))

        self.placeholder = placeholder_label(self.tr("Select an opportunity to see it here."))
        self.body.insertWidget(0, self.title)
        self.body.insertWidget(1, self.subtitle)
        self.body.addLayout(stage_row)
        self.body.addWidget(self.probability)
        self.body.addLayout(stale_row)
        self.body.addWidget(self.state)
        self.body.addWidget(actions)
        self.body.addWidget(self.tabs, 1)
        self.body.addWidget(self.placeholder, 1)
        self._shown = [
            self.title,
            self.subtitle,
            self.stage_caption,
            self.stage,
            self.probability,
            self.state,
            actions,
            self.tabs,
        ]
        for widget in (self.stage, self.won_button, self.lost_button, self.reopen_button, self.edit_button,
                       self.note_kind, self.note_text, self.note_save):  # fmt: skip
            self.add_editor(widget)
        self.load(None)

    # -- building ----------------------------------------------------------------------------------------
    def _details_tab(self) -> QWidget:
        page = QWidget()
        scroll = QScrollArea()  # a short window scrolls the fields instead of growing
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        self.form = QFormLayout(page)
        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("amount", self.tr("Expected amount:")),
            ("weighted", self.tr("Weighted forecast:")),
            ("close", self.tr("Expected close:")),
            ("owner", self.tr("Salesperson:")),
            ("products", self.tr("Products of interest:")),
            ("notes", self.tr("Notes:")),
            ("created", self.tr("Created:")),
            ("activity", self.tr("Last activity:")),
            ("idle", self.tr("Idle limit of the stage:")),
        ):
            shown = QLabel()
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = shown
            self.form.addRow(label, shown)
        return scroll

    def _notes_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.notes = QTextBrowser()
        self.notes.setOpenLinks(False)
        self.notes.setPlaceholderText(self.tr("No notes or calls yet."))
        editor = KindNoteEditor(
            [(note_kind_name(kind), kind.value) for kind in NoteKind],
            self.tr("What was said or agreed…"),
            self.tr("Add"),
            tab_changes_focus=True,
        )
        editor.add_requested.connect(lambda kind, text: self.note_requested.emit(NoteKind(kind), text))
        self.note_kind, self.note_text, self.note_save = editor.kind, editor.text, editor.save
        layout.addWidget(self.notes, 1)
        layout.addWidget(editor)
        return page

    def _history_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.history = QTreeWidget()
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels(
            [self.tr("From"), self.tr("To"), self.tr("When"), self.tr("Time in stage"), self.tr("Who")]
        )
        header = self.history.header()  # who did it gives way first in a narrow pane
        header.setStretchLastSection(True)
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.per_stage = QLabel()
        self.per_stage.setWordWrap(True)
        self.per_stage.setProperty("tone", "muted")
        layout.addWidget(self.history, 1)
        layout.addWidget(self.per_stage)
        return page

    def set_stages(self, stages: list[StageRecord]) -> None:
        """The stages the combo offers (open ones can be chosen; won and lost are reached by the buttons)."""
        self.stages = list(stages)
        blocked = self.stage.blockSignals(True)
        self.stage.clear()
        for stage in stages:
            self.stage.addItem(stage_label(stage.name, stage.probability), stage.id)
            if not stage.is_open:
                model = self.stage.model()
                assert isinstance(model, QStandardItemModel)
                item = model.item(self.stage.count() - 1)
                item.setEnabled(False)
        self.stage.blockSignals(blocked)
        if self.record is not None:
            self._show_stage(self.record.record)

    # -- filling -----------------------------------------------------------------------------------------
    def key(self, record: Any) -> Any:
        return record.record.id if record is not None else None

    def _when(self, at: datetime) -> str:
        return format_datetime(at, self.tz, self.buddhist_era)

    def fill(self, record: OpportunityDetail | None, same_record: bool) -> None:
        shown = record is not None
        for widget in self._shown:
            widget.setVisible(shown)
        self.placeholder.setVisible(not shown)
        if record is None:
            self.stale_mark.hide()
            self.stale_text.hide()
            return
        opp = record.record
        self.title.setText(opp.title)
        self.subtitle.setText(" · ".join([opp.customer_name, opp.owner_name or self.tr("No salesperson")]))
        self._show_stage(opp)
        self._show_values(opp)
        self._show_notes(record)
        self._show_history(record)
        if not same_record:
            self.note_text.clear()
        self._apply_state()

    def _show_stage(self, opp: OpportunityRecord) -> None:
        blocked = self.stage.blockSignals(True)
        index = self.stage.findData(opp.stage_id)
        if index < 0:  # a stage added on another desktop: show it until the stages are read again
            self.stage.addItem(stage_label(opp.stage_name, opp.probability), opp.stage_id)
            index = self.stage.count() - 1
        self.stage.setCurrentIndex(index)
        self.stage.blockSignals(blocked)
        weighted = format_minor(opp.weighted_minor, opp.currency)
        self.probability.setText(
            self.tr("Probability {0}% · weighted forecast {1}").format(opp.probability, weighted)
        )
        self.stale_mark.setVisible(opp.stale)
        self.stale_text.setVisible(opp.stale)
        if opp.stale:
            idle = max((self.clock() - opp.last_activity_at).days, 0)
            self.stale_text.setText(
                self.tr("Stale: no activity for {0} days (the stage allows {1}).").format(idle, opp.idle_days)
            )
        if opp.stage_kind is StageKind.WON and opp.closed_at is not None:
            self.state.setText(self.tr("Won on {0}").format(self._when(opp.closed_at)))
            set_property(self.state, "tone", "success")
        elif opp.stage_kind is StageKind.LOST and opp.closed_at is not None:
            text = self.tr("Lost on {0}: {1}").format(self._when(opp.closed_at), shown_name(opp.lost_reason))
            self.state.setText(text)
            set_property(self.state, "tone", "danger")
        self.state.setVisible(not opp.is_open)

    def _show_values(self, opp: OpportunityRecord) -> None:
        values = {
            "amount": format_minor(opp.amount_minor, opp.currency),
            "weighted": self.tr("{0} ({1}% of the amount)").format(
                format_minor(opp.weighted_minor, opp.currency), opp.probability
            ),
            "close": format_date(opp.expected_close, self.buddhist_era) if opp.expected_close else "—",
            "owner": opp.owner_name or self.tr("No salesperson"),
            "products": opp.products or "—",
            "notes": opp.notes or "—",
            "created": self._when(opp.created_at),
            "activity": self._when(opp.last_activity_at),
            "idle": self.tr("{0} days").format(opp.idle_days) if opp.idle_days else self.tr("No limit"),
        }
        for key, shown in self.values.items():
            shown.setText(values[key])

    def _show_notes(self, record: OpportunityDetail) -> None:
        parts, muted = [], hex_color("text_muted")
        for note in record.notes:
            meta = (
                f"<b>{_rich(note.user_name)}</b> · {_rich(note_kind_name(note.kind))} · {self._when(note.at)}"
            )
            body = _rich(note.text) if note.text else ""
            parts.append(
                f"<p style='margin-bottom:8px'><span style='color:{muted}'>{meta}</span><br>{body}</p>"
            )
        self.notes.setHtml("".join(parts))

    def _show_history(self, record: OpportunityDetail) -> None:
        self.history.clear()
        for change in record.history:
            source = shown_name(change.from_stage_name) if change.from_stage_id else self.tr("(created)")
            spent = duration_text(change.duration)
            if change.current and change.duration is not None:
                spent = self.tr("{0} so far").format(spent)
            cells = [source, shown_name(change.to_stage_name), self._when(change.at), spent, change.user_name]
            item = QTreeWidgetItem(cells)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column in range(5):
                item.setToolTip(column, " · ".join(cells))
            self.history.addTopLevelItem(item)
        totals = time_per_stage(record.history)
        names = {c.to_stage_id: c.to_stage_name for c in record.history}
        parts = [f"{shown_name(names[sid])}: {duration_text(span)}" for sid, span in totals.items()]
        self.per_stage.setText(self.tr("Time per stage: {0}").format(", ".join(parts)) if parts else "")

    def _apply_state(self) -> None:
        opp = self.record.record if self.record is not None else None
        is_open = bool(opp and opp.is_open)
        self.stage.setEnabled(is_open)
        self.won_button.setVisible(is_open)
        self.lost_button.setVisible(is_open)
        self.reopen_button.setVisible(opp is not None and not is_open and self.is_manager)
        self.edit_button.setEnabled(opp is not None)

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        if not busy:
            self._apply_state()

    # -- reporting ---------------------------------------------------------------------------------------
    def _stage_chosen(self, index: int) -> None:
        if self.record is None:
            return
        stage_id = self.stage.itemData(index)
        if stage_id is None or stage_id == self.record.record.stage_id:
            return
        self.message.clear_message()
        self.set_busy(True)
        self.move_requested.emit(int(stage_id))

    def choose_stage(self, stage_id: int) -> None:
        """Choose a stage in the combo as a user would (activating it)."""
        index = self.stage.findData(stage_id)
        self.stage.setCurrentIndex(index)
        self.stage.activated.emit(index)

    def saved(self, detail: OpportunityDetail, notice: str) -> None:
        """A change went through: show the fresh detail and a short notice."""
        self.load(detail)
        self.set_busy(False)
        self.show_notice(notice)

    def note_saved(self, detail: OpportunityDetail) -> None:
        """The note or call was recorded: clear the editor."""
        self.note_text.clear()
        self.saved(detail, self.tr("Saved."))

    def show_error(self, text: str) -> None:
        super().show_error(text)
        if self.record is not None:
            self._show_stage(self.record.record)  # the move did not happen: the combo shows the stage again
        self._apply_state()
