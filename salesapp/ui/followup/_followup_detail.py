"""The follow-up detail pane: the tracked record, the notes (newest last), the note editor with the next
follow-up time, "End follow-up", "Reopen" for managers, and the activity history.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.followup import (
    NOW,
    ContactRequestRecord,
    FollowUpDetail,
    FollowUpStatus,
    OrderSubject,
    PaymentNoticeRecord,
)
from salesapp.domain.limits import NOTE_CHARS, preview
from salesapp.domain.money import format_minor
from salesapp.domain.phone import format_national
from salesapp.ui.followup._followup_labels import action_name, kind_name, status_icon, status_name
from salesapp.ui.lists.detail_pane import (
    DetailPane,
    placeholder_label,
    show_activities,
    status_row,
    title_label,
)
from salesapp.ui.shared.qtdates import format_datetime
from salesapp.ui.shared.theme import hex_color
from salesapp.ui.widgets.date_edit import DateTimeEdit

THUMB = QSize(96, 128)
MAX_FIELDS = 8


def _text(value: str) -> str:
    return html.escape(value).replace("\n", "<br>")


class FollowUpDetailPane(DetailPane):
    """Shows one FollowUpDetail and reports what the user asks for.

    Signals:
        save_requested(str, object): note text and the next time (aware datetime, NOW or None).
        close_requested(str): Save with "End follow-up" ticked; the note text is the summary. The tick
            alone only chooses (and renames Save): nothing that cannot be undone happens on one click.
        reopen_requested(): a manager asked to reopen.
        match_requested(): match the payment notice to an order.
        slip_requested(): show the payment slip full size.
    """

    save_requested = Signal(str, object)
    close_requested = Signal(str)
    reopen_requested = Signal()
    match_requested = Signal()
    slip_requested = Signal()

    def __init__(
        self, tz: tzinfo, buddhist_era: bool, clock: Callable[[], datetime], is_manager: bool,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.tz, self.buddhist_era, self.clock, self.is_manager = tz, buddhist_era, clock, is_manager
        self._now_chosen = False
        self.title = title_label()
        self.status_icon, self.status, header = status_row()

        self.subject_box = QGroupBox()
        self.fields = QFormLayout()
        self._field_labels: list[tuple[QLabel, QLabel]] = []
        for _ in range(MAX_FIELDS):  # created once: rows are filled and shown as a record needs them
            label, shown = QLabel(), QLabel()
            label.setProperty("tone", "muted")
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields.addRow(label, shown)
            self._field_labels.append((label, shown))
        self.lines = QLabel()
        self.lines.setTextFormat(Qt.TextFormat.RichText)
        self.slip_button = QToolButton()
        self.slip_button.setIconSize(THUMB)
        self.slip_button.setToolTip(self.tr("Show the slip full size"))
        self.slip_button.clicked.connect(self.slip_requested)
        self.match_button = QPushButton(self.tr("Match to an order…"))
        self.match_button.clicked.connect(self.match_requested)
        subject_layout = QVBoxLayout(self.subject_box)
        subject_layout.addLayout(self.fields)
        subject_layout.addWidget(self.lines)
        side = QHBoxLayout()  # below the fields: the pane's whole width stays for the text
        side.addWidget(self.slip_button)
        side.addWidget(self.match_button, 0, Qt.AlignmentFlag.AlignBottom)
        side.addStretch(1)
        subject_layout.addLayout(side)

        self.notes = QTextBrowser()
        self.notes.setOpenLinks(False)
        self.notes.setPlaceholderText(self.tr("No notes yet."))
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(self.tr("Write a note: what the customer said, what was agreed…"))
        self.editor.setTabChangesFocus(True)
        self.next_time = DateTimeEdit(tz=tz, clock=clock, buddhist_era=buddhist_era)
        self.next_time.date_time_changed.connect(self._time_edited)
        self.next_time.now_button().clicked.connect(self._now_clicked)
        self.save_button = QPushButton(self.tr("Save note"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._save)
        self.end_box = QCheckBox(self.tr("End follow-up"))
        self.end_box.setToolTip(self.tr("Tick, then Save: the follow-up ends with the note as its summary."))
        self.end_box.toggled.connect(self._end_toggled)
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.clicked.connect(self.reopen_requested)
        time_row = QVBoxLayout()  # label above: the date, time and "Now" need the pane's whole width
        time_row.setSpacing(2)
        time_row.addWidget(QLabel(self.tr("Next follow-up:")))
        time_row.addWidget(self.next_time)
        buttons = QHBoxLayout()
        buttons.addWidget(self.end_box)
        buttons.addStretch(1)
        buttons.addWidget(self.reopen_button)
        buttons.addWidget(self.save_button)
        for widget in (self.editor, self.next_time, self.save_button, self.end_box, self.match_button):
            self.add_editor(widget)

        follow = QWidget()
        follow_layout = QVBoxLayout(follow)
        follow_layout.setContentsMargins(0, 0, 0, 0)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.notes)
        editor_box = QWidget()
        editor_layout = QVBoxLayout(editor_box)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.editor)
        editor_layout.addLayout(time_row)
        editor_layout.addLayout(buttons)
        split.addWidget(editor_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        follow_layout.addWidget(self.subject_box)
        follow_layout.addWidget(split, 1)

        self.history = QTreeWidget()
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details")])
        self.history.setColumnWidth(0, 120)
        self.history.setColumnWidth(1, 100)
        self.history.setColumnWidth(2, 110)
        self.tabs = QTabWidget()
        self.tabs.addTab(follow, self.tr("Follow-up"))
        self.tabs.addTab(self.history, self.tr("History"))

        self.body.insertWidget(0, self.title)
        self.body.insertLayout(1, header)
        self.body.addWidget(self.tabs, 1)
        self.placeholder = placeholder_label(self.tr("Select an item in the list to see it here."))
        self.body.addWidget(self.placeholder)
        self.load(None)

    # -- showing -----------------------------------------------------------------------------------------
    def key(self, record: Any) -> Any:
        return record.row.id if record is not None else None

    def fill(self, record: FollowUpDetail | None, same_record: bool) -> None:
        shown = record is not None
        for widget in (self.title, self.status_icon, self.status, self.tabs):
            widget.setVisible(shown)
        self.placeholder.setVisible(not shown)
        if record is None:
            return
        row = record.row
        self.title.setText(f"{kind_name(row.kind)} {row.title} · {row.customer_name}")
        self._show_status()
        self._show_subject(record)
        self._show_notes(record)
        self._show_history(record)
        if not same_record:
            self.editor.clear()
            self.next_time.set_date_time(row.next_at if row.next_at and row.next_at > self.clock() else None)
            self._now_chosen = False
        if not same_record or row.closed:  # a refresh of the same item keeps the user's choice
            self.end_box.setChecked(row.closed)
        self._show_save_text()
        self._apply_state()

    def _show_status(self) -> None:
        row = self.record.row
        status = row.status(self.clock(), self.tz)
        self.status_icon.setPixmap(status_icon(status).pixmap(20, 20))
        parts = [status_name(status)]
        if row.next_at is not None and status is not FollowUpStatus.CLOSED:
            when = format_datetime(row.next_at, self.tz, self.buddhist_era)
            parts.append(self.tr("next follow-up {0}").format(when))
        if row.phone:
            parts.append(format_national(row.phone))
        parts.append(row.owner_name or self.tr("Unassigned"))
        self.status.setText(" · ".join(parts))

    def refresh_status(self) -> None:
        """Repaint the status (the clock moved: a tracking item may have turned due)."""
        if self.record is not None:
            self._show_status()

    def _when(self, moment: datetime) -> str:
        return format_datetime(moment, self.tz, self.buddhist_era)

    def _show_subject(self, record: FollowUpDetail) -> None:
        subject = record.subject
        self.slip_button.hide()
        self.match_button.hide()
        rows: list[tuple[str, str]] = []
        extra = ""
        if isinstance(subject, OrderSubject):
            self.subject_box.setTitle(self.tr("Order {0}").format(subject.number))
            currency = subject.currency

            def money(minor: int) -> str:
                return format_minor(minor, currency)

            rows.append((self.tr("Ordered"), self._when(subject.ordered_at)))
            lines = "".join(
                f"<tr><td>{_text(line.description)}</td><td align='right'>× {line.quantity}</td>"
                f"<td align='right'>{money(line.total_minor)}</td></tr>"
                for line in subject.lines
            )
            extra = (
                f"<table cellspacing='0' cellpadding='3' width='100%'>{lines}"
                f"<tr><td colspan='2'>{self.tr('Shipping')}</td>"
                f"<td align='right'>{money(subject.shipping_minor)}</td></tr>"
                f"<tr><td colspan='2'><b>{self.tr('Total')}</b></td>"
                f"<td align='right'><b>{money(subject.total_minor)}</b></td></tr></table>"
            )
            if subject.paid_by_notice:
                rows.append(
                    (self.tr("Payment"), self.tr("Paid by transfer ({0})").format(subject.paid_by_notice))
                )
            if subject.note:
                rows.append((self.tr("Order note"), subject.note))
        elif isinstance(subject, ContactRequestRecord):
            self.subject_box.setTitle(self.tr("Contact-back request {0}").format(subject.number))
            rows += [
                (self.tr("Name"), subject.name),
                (self.tr("Phone"), format_national(subject.phone) if subject.phone else ""),
                (self.tr("Received"), self._when(subject.received_at)),
                (self.tr("Product"), subject.product_interest),
                (self.tr("Message"), subject.message),
            ]
        elif isinstance(subject, PaymentNoticeRecord):
            self.subject_box.setTitle(self.tr("Payment notice {0}").format(subject.number))
            rows += [
                (self.tr("Name"), subject.name),
                (self.tr("Phone"), format_national(subject.phone) if subject.phone else ""),
                (self.tr("Amount"), format_minor(subject.amount_minor, subject.currency)),
                (self.tr("Bank"), subject.bank),
                (self.tr("Transferred"), self._when(subject.transferred_at)),
                (self.tr("Order number given"), subject.order_number_given or "—"),
                (self.tr("Matched order"), subject.matched_order_number or self.tr("Not matched yet")),
            ]
            self.match_button.setVisible(not record.row.closed)
            self.match_button.setText(
                self.tr("Match to another order…")
                if subject.matched_order_id
                else self.tr("Match to an order…")
            )
            self.slip_button.setVisible(subject.has_slip)
            if not subject.has_slip:
                self.slip_button.setIcon(QPixmap())
        filled = [(name, value) for name, value in rows if value]
        for index, (label, shown) in enumerate(self._field_labels):
            name, value = filled[index] if index < len(filled) else ("", "")
            label.setText(name)
            shown.setText(value)
            self.fields.setRowVisible(index, index < len(filled))
        self.lines.setText(extra)
        self.lines.setVisible(bool(extra))

    def subject_text(self) -> str:
        """The tracked record's fields and lines as plain text (what the box shows)."""
        parts = [f"{label.text()} {shown.text()}" for label, shown in self._field_labels if shown.text()]
        return "\n".join([*parts, self.lines.text()])

    def show_slip_thumbnail(self, pixmap: QPixmap) -> None:
        """Show the slip (scaled) on its button."""
        self.slip_button.setIcon(pixmap)

    def _show_notes(self, record: FollowUpDetail) -> None:
        parts, muted = [], hex_color("text_muted")
        for note in record.notes:
            meta = f"<b>{_text(note.author)}</b> · {self._when(note.at)}"
            if note.next_at is not None:
                meta += " · " + _text(self.tr("next follow-up {0}").format(self._when(note.next_at)))
            if note.closing:
                meta += " · " + _text(self.tr("ended the follow-up"))
            # A note saved before notes were bounded is shown up to the bound: the pane stays instant.
            text = preview(note.text, NOTE_CHARS)
            body = _text(text) if text else f"<i>{_text(self.tr('(time set, no note)'))}</i>"
            parts.append(
                f"<p style='margin-bottom:8px'><span style='color:{muted}'>{meta}</span><br>{body}</p>"
            )
        self.notes.setHtml("".join(parts))
        bar = self.notes.verticalScrollBar()
        bar.setValue(bar.maximum())  # newest last, in view

    def _show_history(self, record: FollowUpDetail) -> None:
        show_activities(
            self.history,
            record.history,
            self._when,
            action_name,
            lambda k, a, b: f"{k}: {'' if a is None else a} → {'' if b is None else b}",
        )

    def _apply_state(self) -> None:
        row = self.record.row if self.record is not None else None
        closed = bool(row and row.closed)
        for widget in (self.editor, self.save_button):
            widget.setEnabled(not closed)
        self.next_time.setEnabled(not closed and not self.end_box.isChecked())  # an ended item has no next
        self.end_box.setEnabled(not closed)
        self.reopen_button.setVisible(closed and self.is_manager)

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        if not busy:
            self._apply_state()

    # -- editing -----------------------------------------------------------------------------------------
    def _time_edited(self, _value: object) -> None:
        self._now_chosen = False

    def _now_clicked(self) -> None:
        self._now_chosen = True  # after set_now's own change signal: "Now" is what was chosen

    def next_value(self) -> object:
        """What the time field asks for: NOW, an aware datetime, or None."""
        if self._now_chosen:
            return NOW
        return self.next_time.date_time()

    def ending(self) -> bool:
        """Whether Save ends the follow-up ("End follow-up" is ticked on an open item)."""
        return self.record is not None and not self.record.row.closed and self.end_box.isChecked()

    def _save(self) -> None:
        if self.record is None:
            return
        self.message.clear_message()
        ending = self.ending()
        problem = None if ending else self.next_time.problem()
        if problem is not None:  # say what format is expected instead of saving without the time
            self.show_error(problem)
            return
        self.set_busy(True)
        if ending:
            self.close_requested.emit(self.editor.toPlainText())
        else:
            self.save_requested.emit(self.editor.toPlainText(), self.next_value())

    def _end_toggled(self, _checked: bool) -> None:
        """The tick only chooses what Save does: Save says so, and the next time is not asked for."""
        self._show_save_text()
        self._apply_state()

    def _show_save_text(self) -> None:
        self.save_button.setText(self.tr("Save and end follow-up") if self.ending() else self.tr("Save note"))

    def offer_retry(self) -> None:
        """The note could not reach the server: it stays in the editor and Save becomes Retry."""
        self.save_button.setText(self.tr("Retry saving"))

    def saved(self, detail: FollowUpDetail, notice: str) -> None:
        """A save went through: clear the editor, show the fresh detail and a short notice."""
        self.editor.clear()
        self.end_box.setChecked(False)  # done: a closed item shows it ticked again below
        self._now_chosen = False
        self.load(detail)
        self.next_time.set_date_time(
            detail.row.next_at if detail.row.next_at and detail.row.next_at > self.clock() else None
        )
        self._now_chosen = False
        self.set_busy(False)
        self.show_notice(notice)

    def show_error(self, text: str) -> None:
        super().show_error(text)  # the note and the tick stay as they were: Save can be pressed again
        self._show_save_text()
