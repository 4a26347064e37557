"""The upsell case pane: who has the case and since when, the call timer and the outcome buttons (enabled
only where the state machine allows), the case's upsell tags, the customer and the order with its three
totals, the case's notes, and its history with the call history."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.clock import Clock
from salesapp.domain.money import format_minor
from salesapp.domain.phone import format_national
from salesapp.domain.records import ActivityRecord, OrderLineRecord, UserRecord
from salesapp.domain.upsell import (
    CallRecord,
    UpsellDetail,
    UpsellNoteRecord,
    UpsellStatus,
    can_transition,
)
from salesapp.ui.customers.customer_labels import channel_name
from salesapp.ui.lists.detail_pane import (
    DetailPane,
    placeholder_label,
    show_activities,
    status_row,
    title_label,
)
from salesapp.ui.orders.order_labels import payment_name
from salesapp.ui.orders.order_labels import status_name as order_status_name
from salesapp.ui.shared.qtdates import format_date, format_datetime
from salesapp.ui.upsell._upsell_notes import UpsellNotesPanel
from salesapp.ui.upsell._upsell_tags import TagsEditor
from salesapp.ui.upsell.upsell_labels import (
    action_name,
    field_name,
    reason_name,
    source_name,
    status_icon,
    status_name,
    yes_no,
)
from salesapp.ui.widgets.call_timer import CallTimer, format_elapsed


@dataclass(frozen=True)
class CaseBundle:
    """What the pane shows of one case, read together on the worker."""

    detail: UpsellDetail
    notes: tuple[UpsellNoteRecord, ...]
    calls: tuple[CallRecord, ...]
    history: tuple[ActivityRecord, ...]


OUTCOMES = (UpsellStatus.FOLLOW_UP, UpsellStatus.SUCCESS, UpsellStatus.FAILED, UpsellStatus.SKIPPED)


class UpsellCasePane(DetailPane):
    """Shows one case (a CaseBundle) and reports what the user asks for.

    Signals:
        outcome_requested(object): record an outcome (UpsellStatus: follow_up, success, failed, skipped).
        give_back_requested(): return the case to Pending.
        call_started(object): the call timer started (start time).
        call_ended(object, object): the call timer stopped (start and end times).
        note_save_requested(str, object): a note's text and its NoteImageInput list.
        pin_requested(int, bool): pin or unpin a note.
        delete_requested(int): delete a note (the view confirms first).
        image_requested(int, str): show a note's picture full size.
        tags_save_requested(object): replace the case's upsell tags (list of str).
    """

    outcome_requested = Signal(object)
    give_back_requested = Signal()
    call_started = Signal(object)
    call_ended = Signal(object, object)
    note_save_requested = Signal(str, object)
    pin_requested = Signal(int, bool)
    delete_requested = Signal(int)
    image_requested = Signal(int, str)
    tags_save_requested = Signal(object)

    def __init__(
        self, user: UserRecord, tz: tzinfo, buddhist_era: bool, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.user, self.tz, self.buddhist_era = user, tz, buddhist_era
        self.title = title_label()
        self.status_icon, self.status, header = status_row()

        self.timer = CallTimer(clock)
        self.timer.call_started.connect(self.call_started)
        self.timer.call_ended.connect(self.call_ended)
        self.timer.dial_failed.connect(self.show_error)
        self.outcome_bar = QToolBar()  # buttons that do not fit move into its » menu in a narrow pane
        self.outcome_buttons: dict[UpsellStatus, QPushButton] = {}
        for status, text in (
            (UpsellStatus.FOLLOW_UP, self.tr("Follow-up…")),
            (UpsellStatus.SUCCESS, self.tr("Success…")),
            (UpsellStatus.FAILED, self.tr("Failed…")),
            (UpsellStatus.SKIPPED, self.tr("Skip…")),
        ):
            button = QPushButton(status_icon(status), text)
            button.clicked.connect(lambda _c=False, s=status: self.outcome_requested.emit(s))
            self.outcome_bar.addWidget(button)
            self.outcome_buttons[status] = button
            self.add_editor(button)
        self.give_back_button = QPushButton(self.tr("Give back…"))
        self.give_back_button.setToolTip(self.tr("Return the case to Pending for someone else"))
        self.give_back_button.clicked.connect(self.give_back_requested)
        self.outcome_bar.addWidget(self.give_back_button)
        self.add_editor(self.give_back_button)

        self.notes = UpsellNotesPanel(self._when)
        self.notes.save_requested.connect(self.note_save_requested)
        self.notes.pin_requested.connect(self.pin_requested)
        self.notes.delete_requested.connect(self.delete_requested)
        self.notes.may_delete = lambda note: user.is_manager or note.user_id == user.id
        self.notes.image_requested.connect(self.image_requested)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._case_tab(), self.tr("Case"))
        self.tabs.addTab(self.notes, self.tr("Notes"))
        self.tabs.addTab(self._history_tab(), self.tr("History"))

        self.placeholder = placeholder_label(
            self.tr("Select a case in the list, or press Request work."), word_wrap=True
        )
        self.body.insertWidget(0, self.title)
        self.body.insertLayout(1, header)
        self.body.addWidget(self.timer)
        self.body.addWidget(self.outcome_bar)
        self.body.addWidget(self.tabs, 1)
        self.body.addWidget(self.placeholder, 1)
        self.load(None)

    # -- building ------------------------------------------------------------------------------------------
    def _case_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.tags_editor = TagsEditor()
        self.tags_editor.save_requested.connect(self.tags_save_requested)
        self.add_editor(self.tags_editor)
        layout.addWidget(self.tags_editor)
        self.customer_box = QGroupBox(self.tr("Customer"))
        self.customer_form = QFormLayout(self.customer_box)
        self.customer_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.order_box = QGroupBox(self.tr("Order"))
        order_layout = QVBoxLayout(self.order_box)
        self.order_form = QFormLayout()
        self.order_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.lines = QLabel()
        self.lines.setTextFormat(Qt.TextFormat.RichText)
        self.lines.setWordWrap(True)
        order_layout.addLayout(self.order_form)
        order_layout.addWidget(self.lines)
        self.totals = QLabel()
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.customer_box)
        layout.addWidget(self.order_box)
        layout.addWidget(self.totals)
        layout.addStretch(1)
        scroll = QScrollArea()  # a small screen scrolls the case instead of growing the window
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    def _history_tab(self) -> QWidget:
        self.history = QTreeWidget()
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details")])
        self.calls = QTreeWidget()
        self.calls.setRootIsDecorated(False)
        self.calls.setHeaderLabels(
            [self.tr("Started"), self.tr("Ended"), self.tr("Length"), self.tr("Staff")]
        )
        for tree in (self.history, self.calls):
            header = tree.header()
            header.setStretchLastSection(True)
            for column in range(3):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.calls_title = QLabel()
        calls_box = QWidget()
        calls_layout = QVBoxLayout(calls_box)
        calls_layout.setContentsMargins(0, 0, 0, 0)
        calls_layout.addWidget(self.calls_title)
        calls_layout.addWidget(self.calls, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.history)
        split.addWidget(calls_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        return split

    # -- showing -------------------------------------------------------------------------------------------
    def key(self, record: Any) -> Any:
        return record.detail.case.id if record is not None else None

    @property
    def detail(self) -> UpsellDetail | None:
        """The case shown (None when none is)."""
        return self.record.detail if self.record is not None else None

    def _when(self, moment: datetime) -> str:
        return format_datetime(moment, self.tz, self.buddhist_era)

    def fill(self, record: CaseBundle | None, same_record: bool) -> None:
        shown = record is not None
        for widget in (self.title, self.status_icon, self.status, self.timer, self.outcome_bar, self.tabs):
            widget.setVisible(shown)
        self.placeholder.setVisible(not shown)
        if record is None:
            self.notes.clear()
            return
        detail = record.detail
        case = detail.case
        self.title.setText(self.tr("Order {0} · {1}").format(case.order_number, case.customer_name))
        self.status_icon.setPixmap(status_icon(case.status).pixmap(20, 20))
        parts = [status_name(case.status)]
        if case.assignee_name:
            parts.append(self.tr("assigned to {0}").format(case.assignee_name))
            if case.assigned_at is not None:
                parts.append(self.tr("since {0}").format(self._when(case.assigned_at)))
        else:
            parts.append(self.tr("not assigned"))
        if case.reason:
            parts.append(reason_name(case.reason))
        if case.next_call_at is not None and case.status is UpsellStatus.FOLLOW_UP:
            parts.append(self.tr("next call {0}").format(self._when(case.next_call_at)))
        self.status.setText(" · ".join(parts))
        self._show_customer(detail)
        self._show_order(detail)
        self._show_history(record.history, record.calls)
        if not same_record:  # another case: drafts and the timer of the previous one do not carry over
            self.notes.clear()
            self.tabs.setCurrentIndex(0)
            running = detail.running_call
            if running is not None:
                self.timer.resume(running.started_at)
            else:
                self.timer.abandon()
        self.notes.set_notes(record.notes)
        self.tags_editor.set_tags(case.tags, keep_draft=same_record)
        self.timer.set_phone(detail.customer.phone or "")
        self._apply_state()

    def _rows(self, form: QFormLayout, rows: Sequence[tuple[str, str]]) -> None:
        while form.rowCount():
            form.removeRow(0)
        for name, value in rows:
            if not value:
                continue
            shown = QLabel(value)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label = QLabel(name)
            label.setProperty("tone", "muted")
            form.addRow(label, shown)

    def _show_customer(self, detail: UpsellDetail) -> None:
        c = detail.customer
        phones = ", ".join(format_national(p) for p in (c.phone, c.phone2) if p)
        address = " ".join(
            part for part in (c.address_line, c.subdistrict, c.district, c.province, c.postcode) if part
        )
        self.customer_box.setTitle(self.tr("Customer: {0}").format(c.name))
        self._rows(
            self.customer_form,
            [
                (self.tr("Phone"), phones),
                (self.tr("E-mail"), c.email or ""),
                (self.tr("Address"), address),
                (self.tr("Channel"), channel_name(c.channel) if c.channel else ""),
                (self.tr("Customer tags"), ", ".join(c.tags)),
            ],
        )

    def _show_order(self, detail: UpsellDetail) -> None:
        order, case = detail.order, detail.case
        self.order_box.setTitle(self.tr("Order {0}").format(order.number))
        self._rows(
            self.order_form,
            [
                (self.tr("Status"), order_status_name(order.status)),
                (self.tr("Ordered"), self._when(order.ordered_at)),
                (self.tr("Pack by"), format_date(order.pack_by, self.buddhist_era) if order.pack_by else ""),
                (self.tr("Carrier"), order.carrier),
                (self.tr("Payment"), payment_name(order.payment_method) if order.payment_method else ""),
                (self.tr("Order tags"), ", ".join(order.tags)),
                (self.tr("In the queue"), f"{self._when(case.queued_at)} · {source_name(case.source)}"),
            ],
        )

        def money(minor: int) -> str:
            return format_minor(minor, order.currency)

        def rows(lines: Sequence[OrderLineRecord], mark: str) -> str:
            return "".join(
                f"<tr><td>{mark}{html.escape(line.description)}</td><td align='right'>× {line.quantity}</td>"
                f"<td align='right'>{money(line.total_minor)}</td></tr>"
                for line in lines
            )

        upsell_head = (
            f"<tr><td colspan='3'><b>{html.escape(self.tr('Added by upsell'))}</b></td></tr>"
            if order.upsell_lines
            else ""
        )
        self.lines.setText(
            "<table cellspacing='0' cellpadding='2' width='100%'>"
            + rows(order.original_lines, "")
            + upsell_head
            + rows(order.upsell_lines, "+ ")
            + "</table>"
        )
        self.totals.setText(
            "<table cellspacing='0' cellpadding='2' width='100%'>"
            f"<tr><td>{html.escape(self.tr('Original order'))}</td>"
            f"<td align='right'>{money(order.original_total_minor)}</td></tr>"
            f"<tr><td>{html.escape(self.tr('Upsell'))}</td>"
            f"<td align='right'>{money(order.upsell_total_minor)}</td></tr>"
            f"<tr><td><b>{html.escape(self.tr('Whole order'))}</b></td>"
            f"<td align='right'><b>{money(order.total_minor)}</b></td></tr></table>"
        )

    def totals_text(self) -> str:
        """The three totals as plain text (what the totals box shows)."""
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setHtml(self.totals.text())
        return document.toPlainText()

    def _show_history(self, history: Sequence[ActivityRecord], calls: Sequence[CallRecord]) -> None:
        show_activities(
            self.history,
            history,
            self._when,
            action_name,
            lambda k, a, b: f"{field_name(k)}: {_shown(k, a, self._when)} → {_shown(k, b, self._when)}",
        )
        self.calls.clear()
        total = 0
        for call in calls:
            total += call.seconds or 0
            item = QTreeWidgetItem(
                [
                    self._when(call.started_at),
                    self._when(call.ended_at) if call.ended_at else self.tr("in progress"),
                    format_elapsed(call.seconds) if call.seconds is not None else "",
                    call.user_name,
                ]
            )
            self.calls.addTopLevelItem(item)
        self.calls_title.setText(
            self.tr("Calls: {0}, {1} in all").format(len(calls), format_elapsed(total))
            if calls
            else self.tr("No calls yet.")
        )

    # -- state ---------------------------------------------------------------------------------------------
    def may_act(self) -> bool:
        """Whether this user may work the case shown (its assignee, or a manager)."""
        detail = self.detail
        if detail is None:
            return False
        return self.user.is_manager or detail.case.assignee_id == self.user.id

    def _apply_state(self) -> None:
        detail = self.detail
        if detail is None:
            return
        status, acts = detail.case.status, self.may_act()
        for target, button in self.outcome_buttons.items():
            button.setEnabled(acts and can_transition(status, target))
        self.give_back_button.setEnabled(acts and can_transition(status, UpsellStatus.PENDING))
        self.timer.set_allowed(acts and status.is_open)
        self.notes.can_pin = acts or self.user.is_manager
        self.tags_editor.setEnabled(acts)
        self.notes.set_enabled((acts and not status.is_closed) or self.user.is_manager)

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        if not busy:
            self._apply_state()

    def saved(self, record: CaseBundle, notice: str) -> None:
        """A change went through: show the fresh case and a short notice."""
        self.load(record)
        self.set_busy(False)
        self.show_notice(notice)


def _shown(key: str, value: object, when: Callable[[datetime], str]) -> str:
    """A value of a history line as a person reads it: statuses and reasons translated, times local,
    call lengths as mm:ss, true/false as yes/no."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return yes_no(value)
    if key == "status":
        try:
            return status_name(UpsellStatus(str(value)))
        except ValueError:
            return str(value)
    if key == "reason":
        return reason_name(str(value))
    if key == "seconds" and isinstance(value, int):
        return format_elapsed(value)
    moment = value if isinstance(value, datetime) else None
    if moment is None and key.endswith("_at") and isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            moment = None
    if moment is not None:
        return when(moment if moment.tzinfo else moment.replace(tzinfo=UTC))
    return str(value)
