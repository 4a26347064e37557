"""Dialogs for in-person meetings: schedule or move one (when, how long, where, why), call it off, and
record how it went afterwards. Saving runs on the database worker; a refused save keeps everything typed.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.changes import ChangeSet
from salesapp.domain.customers.appointments import (
    DEFAULT_MINUTES,
    MAX_MINUTES,
    MIN_MINUTES,
    AppointmentRecord,
)
from salesapp.domain.errors import ValidationError
from salesapp.domain.records import UserRecord
from salesapp.services.customers.appointments import AppointmentService
from salesapp.ui.shared.i18n import error_text
from salesapp.ui.shared.qtdates import format_datetime, format_time
from salesapp.ui.shared.tasks import DbWorker
from salesapp.ui.widgets.date_edit import DateTimeEdit
from salesapp.ui.widgets.form_parts import save_cancel_buttons
from salesapp.ui.widgets.message_label import MessageLabel


def _rich(text: str) -> str:
    """`text` for a rich-text label: names and places may hold < and &, purposes line breaks."""
    return html.escape(text).replace("\n", "<br>")


def _next_full_hour(now: datetime) -> datetime:
    """The first full hour after `now`: a sensible time to offer for a new meeting."""
    return now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)


class AppointmentDialog(QDialog):
    """Schedule a meeting with a customer, or move an existing one (`appointment` given).

    Signals:
        saved(object): the AppointmentRecord as stored; the dialog then closes.
        cancelled(int): the meeting of this id was called off (deleted); the dialog then closes.
    """

    saved = Signal(object)
    cancelled = Signal(int)

    def __init__(
        self,
        worker: DbWorker,
        service: AppointmentService,
        actor: UserRecord,
        customer_id: int,
        customer_name: str,
        parent: QWidget | None = None,
        appointment: AppointmentRecord | None = None,
        *,
        tz: tzinfo | None = None,
        buddhist_era: bool = False,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker, self.service, self.actor = worker, service, actor
        self.customer_id = customer_id
        self.appointment = appointment
        self.record: AppointmentRecord | None = None
        self.changes = ChangeSet()
        self.confirm_box: QMessageBox | None = None
        self._clock: Callable[[], datetime] = clock or (lambda: datetime.now(UTC))
        if appointment is None:
            self.setWindowTitle(self.tr("New appointment"))
        else:
            self.setWindowTitle(self.tr("Move appointment"))
        self.setMinimumWidth(520)

        who = QLabel(self.tr("Meeting with <b>{0}</b>").format(_rich(customer_name)))
        who.setWordWrap(True)
        self.when = DateTimeEdit(tz=tz, clock=self._clock, buddhist_era=buddhist_era)
        self.minutes = QSpinBox()
        self.minutes.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" min"))
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("Shop, office, café, customer's address…"))
        self.purpose = QPlainTextEdit()
        self.purpose.setPlaceholderText(self.tr("What the meeting is for"))
        self.purpose.setTabChangesFocus(True)
        self.purpose.setFixedHeight(self.purpose.fontMetrics().lineSpacing() * 4 + 12)
        form = QFormLayout()
        form.addRow(self.tr("When:"), self.when)
        self.ends = QLabel()
        self.ends.setProperty("tone", "muted")
        duration = QHBoxLayout()
        duration.addWidget(self.minutes)
        duration.addWidget(self.ends)
        duration.addStretch(1)
        form.addRow(self.tr("Duration:"), duration)
        form.addRow(self.tr("Place:"), self.place)
        form.addRow(self.tr("Purpose:"), self.purpose)

        self.message = MessageLabel()
        self.buttons, self.save_button = save_cancel_buttons(self, self.submit)
        self.call_off_button: QPushButton | None = None
        if appointment is not None:
            self.call_off_button = self.buttons.addButton(
                self.tr("Call off meeting…"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.call_off_button.clicked.connect(self.ask_call_off)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        if appointment is None:
            self.when.set_date_time(_next_full_hour(self._clock()))
            self.minutes.setValue(DEFAULT_MINUTES)
        else:
            self.when.set_date_time(appointment.starts_at)
            self.minutes.setValue(appointment.minutes)
            self.place.setText(appointment.place)
            self.purpose.setPlainText(appointment.purpose)
        self._tz = self.when.time_zone()
        self.when.date_time_changed.connect(self._show_end)
        self.minutes.valueChanged.connect(self._show_end)
        self._show_end()
        self.place.setFocus()

    def _show_end(self) -> None:
        """Say when the meeting ends, so a duration typed in minutes is easy to check."""
        starts_at = self.when.date_time()
        if starts_at is None:
            self.ends.clear()
            return
        ends_at = starts_at + timedelta(minutes=self.minutes.value())
        self.ends.setText(self.tr("until {0}").format(format_time(ends_at, self._tz)))

    def submit(self) -> None:
        """Save on the worker; the dialog closes when the service accepted it."""
        self.message.clear_message()
        self.when.date_edit().commit()  # text typed without leaving the field
        starts_at = self.when.date_time()
        if not self.when.date_edit().has_acceptable_input():
            self._show_error(self.tr("Type the date as dd/mm/yyyy."), self.when)
            return
        if starts_at is None:
            self._show_error(self.tr("Enter the date of the meeting."), self.when)
            return
        args: tuple[Any, ...] = (
            starts_at,
            self.minutes.value(),
            self.place.text(),
            self.purpose.toPlainText(),
        )
        self._busy(True)
        if self.appointment is None:
            self.worker.submit(
                self.service.schedule, self.actor, self.customer_id, *args,
                on_done=self._saved, on_error=self._failed,
            )  # fmt: skip
        else:
            self.worker.submit(
                self.service.reschedule, self.actor, self.appointment.id, self.appointment.version, *args,
                on_done=self._saved, on_error=self._failed,
            )  # fmt: skip

    def ask_call_off(self) -> None:
        """Ask before deleting the meeting (non-blocking, so the question can be answered in tests)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Call off meeting"),
            self.tr("Call off this meeting? It is removed from the calendar; the history keeps it."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(
            lambda result: self._call_off() if result == QMessageBox.StandardButton.Yes else None
        )
        self.confirm_box = box
        box.open()

    def _call_off(self) -> None:
        assert self.appointment is not None
        self._busy(True)
        self.worker.submit(
            self.service.cancel, self.actor, self.appointment.id, self.appointment.version,
            on_done=self._called_off, on_error=self._failed,
        )  # fmt: skip

    def _called_off(self, changes: ChangeSet) -> None:
        assert self.appointment is not None
        self.changes = self.changes.merged(changes)
        self.cancelled.emit(self.appointment.id)
        self.accept()

    def _saved(self, result: tuple[AppointmentRecord, ChangeSet]) -> None:
        self.record, changes = result
        self.changes = self.changes.merged(changes)
        self.saved.emit(self.record)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        field = error.field if isinstance(error, ValidationError) else None
        target: QWidget | None = {
            "starts_at": self.when, "minutes": self.minutes, "place": self.place, "purpose": self.purpose,
        }.get(field or "")  # fmt: skip
        self._show_error(error_text(error), target)

    def _show_error(self, text: str, focus: QWidget | None = None) -> None:
        self.message.show_error(text)
        if focus is not None:
            focus.setFocus()

    def _busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)


class OutcomeDialog(QDialog):
    """Write down how a meeting went; it then counts as done.

    Signals:
        saved(object): the AppointmentRecord with its outcome; the dialog then closes.
    """

    saved = Signal(object)

    def __init__(
        self,
        worker: DbWorker,
        service: AppointmentService,
        actor: UserRecord,
        appointment: AppointmentRecord,
        parent: QWidget | None = None,
        *,
        tz: tzinfo = UTC,
        buddhist_era: bool = False,
    ) -> None:
        super().__init__(parent)
        self.worker, self.service, self.actor = worker, service, actor
        self.appointment = appointment
        self.record: AppointmentRecord | None = None
        self.changes = ChangeSet()
        self.setWindowTitle(self.tr("Outcome of the meeting"))
        self.setMinimumWidth(520)
        start = format_datetime(appointment.starts_at, tz, buddhist_era)
        when = f"{start}–{format_time(appointment.ends_at, tz)}"
        lines = [self.tr("Meeting with <b>{0}</b>").format(_rich(appointment.customer_name)), when]
        lines += [_rich(t) for t in (appointment.place, appointment.purpose) if t]
        about = QLabel("<br>".join(lines))
        about.setWordWrap(True)
        self.outcome = QPlainTextEdit()
        self.outcome.setPlaceholderText(self.tr("How it went, what was agreed, what comes next"))
        self.outcome.setPlainText(appointment.outcome)
        self.outcome.setTabChangesFocus(True)
        self.message = MessageLabel()
        self.buttons, self.save_button = save_cancel_buttons(self, self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(QLabel(self.tr("Outcome:")))
        layout.addWidget(self.outcome, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.outcome.setFocus()

    def submit(self) -> None:
        """Save on the worker; the dialog closes when the service accepted it."""
        self.message.clear_message()
        self.buttons.setEnabled(False)
        a = self.appointment
        self.worker.submit(
            self.service.record_outcome, self.actor, a.id, a.version, self.outcome.toPlainText(),
            on_done=self._saved, on_error=self._failed,
        )  # fmt: skip

    def _saved(self, result: tuple[AppointmentRecord, ChangeSet]) -> None:
        self.record, changes = result
        self.changes = self.changes.merged(changes)
        self.saved.emit(self.record)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.show_error(error_text(error))
        self.outcome.setFocus()
