"""Date and date-time pickers that show Buddhist-era years for Thai users.

Qt's QDateEdit cannot show Buddhist-era years (QCalendar has no Buddhist system), so these widgets keep
the value as a Python ``date``/``datetime`` and do all formatting and parsing through ``ui.qtdates``.
The month grid and its pop-up live in ``era_calendar`` (a year box that can count in BE).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from datetime import UTC, datetime, time, tzinfo

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTimeEdit,
    QToolButton,
    QWidget,
)

from salesapp.ui.shared.qtdates import (
    combine_local,
    format_date,
    from_qdate,
    parse_date,
    suggested_time,
    to_qdate,
)
from salesapp.ui.widgets.era_calendar import MAXIMUM_DATE, MINIMUM_DATE, CalendarPopup, EraCalendarWidget


class DateEdit(QWidget):
    """A date field: type ``dd/mm/yyyy`` (CE or BE year; also ``7/12/26``, ``07122026``) or pick a day from
    a pop-up calendar.

    Text that is not a date (or is outside the allowed range) stays in the field, which gets a red
    border (dynamic property ``invalid`` = true); the value is unchanged until the text is fixed.
    Typed text is read when editing finishes (Return, or focus leaving the field) or on ``commit()``.

    Signals:
        date_changed: the value changed, by the user or by ``set_date``.
            arg: the new ``datetime.date``, or None when the field was cleared.
    """

    date_changed = Signal(object)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        buddhist_era: bool = False,
        today: Callable[[], dt.date] | None = None,
    ) -> None:
        super().__init__(parent)
        self._buddhist_era = buddhist_era
        self._today = today
        self._date: dt.date | None = None
        self._minimum = MINIMUM_DATE
        self._maximum = MAXIMUM_DATE
        self._popup: CalendarPopup | None = None

        self._line_edit = QLineEdit(self)
        self._line_edit.setObjectName("date_text")
        self._line_edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self._line_edit.setProperty("invalid", False)
        # Room for "dd/mm/yyyy" in any font, without stretching across a whole form row.
        metrics = self._line_edit.fontMetrics()
        self._line_edit.setMinimumWidth(metrics.horizontalAdvance("00/00/00000") + 16)
        self._line_edit.installEventFilter(self)

        self._button = QToolButton(self)
        self._button.setObjectName("open_calendar")
        self._button.setText("▾")
        self._button.setToolTip(self.tr("Choose from the calendar (Alt+Down)"))
        self._button.setAccessibleName(self.tr("Open calendar"))
        # Alt+Down opens the calendar from the keyboard; one Tab stop per field is enough.
        self._button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._line_edit, 1)
        layout.addWidget(self._button)
        self.setFocusProxy(self._line_edit)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self._line_edit.editingFinished.connect(self.commit)
        self._button.clicked.connect(self.open_popup)

    def line_edit(self) -> QLineEdit:
        """Return the text field."""
        return self._line_edit

    def popup_button(self) -> QToolButton:
        """Return the button that opens the calendar."""
        return self._button

    def calendar(self) -> EraCalendarWidget | None:
        """Return the pop-up calendar, or None before it was first opened."""
        return self._popup.calendar if self._popup is not None else None

    def is_popup_visible(self) -> bool:
        """Return whether the pop-up calendar is showing."""
        return self._popup is not None and self._popup.isVisible()

    def date(self) -> dt.date | None:
        """Return the value: the last valid date typed, picked or set, or None when empty."""
        return self._date

    def set_date(self, value: dt.date | None) -> None:
        """Show ``value`` (None clears the field); a date outside the allowed range is flagged invalid."""
        self._line_edit.setText("" if value is None else format_date(value, self._buddhist_era))
        self._set_invalid(value is not None and not self._in_range(value))
        self._set_value(value)

    def has_acceptable_input(self) -> bool:
        """Return whether the text is empty or a date in the allowed range."""
        text = self._line_edit.text()
        if not text.strip():
            return True
        parsed = parse_date(text, self._buddhist_era)
        return parsed is not None and self._in_range(parsed)

    def problem(self) -> str | None:
        """What is wrong with the typed text, saying the format expected, or None when it is acceptable."""
        if self.has_acceptable_input():
            return None
        parsed = parse_date(self._line_edit.text(), self._buddhist_era)
        if parsed is not None:
            return self.tr("{0} is outside the dates allowed.").format(
                format_date(parsed, self._buddhist_era)
            )
        today = self._today() if self._today is not None else dt.date.today()
        return self.tr("“{0}” is not a date: type it as dd/mm/yyyy, for example {1}.").format(
            self._line_edit.text().strip(), format_date(today, self._buddhist_era)
        )

    def commit(self) -> None:
        """Read the typed text now (call before saving from a shortcut, which does not move focus)."""
        text = self._line_edit.text()
        if not text.strip():
            self._set_invalid(False)
            self._set_value(None)
            return
        parsed = parse_date(text, self._buddhist_era)
        if parsed is None or not self._in_range(parsed):
            self._set_invalid(True)
            return
        self._set_invalid(False)
        self._line_edit.setText(format_date(parsed, self._buddhist_era))
        self._set_value(parsed)

    def buddhist_era(self) -> bool:
        """Return whether years are shown and two-digit years read in the Buddhist era."""
        return self._buddhist_era

    def set_buddhist_era(self, buddhist_era: bool) -> None:
        """Switch between BE and CE years, reformatting the shown date (invalid text is kept as typed)."""
        if buddhist_era == self._buddhist_era:
            return
        self.commit()  # read pending text in the era it was typed in
        self._buddhist_era = buddhist_era
        if self._date is not None and not self._line_edit.property("invalid"):
            self._line_edit.setText(format_date(self._date, buddhist_era))
        if self._popup is not None:
            self._popup.calendar.set_buddhist_era(buddhist_era)

    def minimum_date(self) -> dt.date:
        """Return the earliest date accepted."""
        return self._minimum

    def set_minimum_date(self, minimum: dt.date | None) -> None:
        """Refuse dates before ``minimum`` (None restores the default, 1 January 1900)."""
        self._minimum = MINIMUM_DATE if minimum is None else minimum
        self._set_invalid(not self.has_acceptable_input())

    def open_popup(self) -> None:
        """Show the calendar under the field, on the current date (or today when there is none)."""
        if self._popup is None:
            self._popup = CalendarPopup(self, buddhist_era=self._buddhist_era, today=self._today)
            self._popup.calendar.date_chosen.connect(self._on_date_chosen)
        popup = self._popup
        # A pop-up is a window, and windows do not inherit the parent's locale on their own.
        popup.setLocale(self.locale())
        popup.calendar.set_buddhist_era(self._buddhist_era)
        popup.calendar.set_date_range(to_qdate(self._minimum), to_qdate(self._maximum))
        shown = parse_date(self._line_edit.text(), self._buddhist_era) or self._date
        if shown is None:
            shown = self._today() if self._today is not None else dt.date.today()
        popup.calendar.set_selected_date(to_qdate(shown))

        popup.adjustSize()
        size = popup.sizeHint()
        area = self.screen().availableGeometry()
        below = self.mapToGlobal(QPoint(0, self.height()))
        x = max(area.left(), min(below.x(), area.right() + 1 - size.width()))
        y = below.y()
        if y + size.height() > area.bottom() + 1:
            y = max(area.top(), self.mapToGlobal(QPoint(0, 0)).y() - size.height())
        popup.move(x, y)
        popup.show()
        popup.calendar.setFocus()

    def hide_popup(self) -> None:
        """Close the calendar if it is open."""
        if self._popup is not None:
            self._popup.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._line_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.open_popup()
                return True
        return super().eventFilter(watched, event)

    def _in_range(self, value: dt.date) -> bool:
        return self._minimum <= value <= self._maximum

    def _set_value(self, value: dt.date | None) -> None:
        """Store the value and announce it when it changed."""
        if value != self._date:
            self._date = value
            self.date_changed.emit(value)

    def _set_invalid(self, invalid: bool) -> None:
        """Flag the text as invalid (red border and a hint) or clear the flag."""
        if bool(self._line_edit.property("invalid")) == invalid:
            return
        self._line_edit.setProperty("invalid", invalid)
        self._line_edit.setToolTip((self.problem() or "") if invalid else "")
        # A dynamic property does not restyle the widget by itself.
        style = self._line_edit.style()
        style.unpolish(self._line_edit)
        style.polish(self._line_edit)
        self._line_edit.update()

    def _on_date_chosen(self, chosen: QDate) -> None:
        """Take the day picked in the calendar and close it."""
        self.hide_popup()
        self.set_date(from_qdate(chosen))
        self._line_edit.setFocus(Qt.FocusReason.PopupFocusReason)


def _local_zone() -> tzinfo:
    """Return this computer's time zone."""
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


class _TimeEdit(QTimeEdit):
    """A 24-hour time field where a digit typed over a whole hour or minute replaces it ("10" over "00"):
    Qt's own inserts beside it, which the full section refuses, so typing seemed to do nothing."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        section = self.currentSection()
        full = len(self.sectionText(section)) >= 2
        if event.text().isdigit() and full and not self.lineEdit().hasSelectedText():
            self.setSelectedSection(section)
        super().keyPressEvent(event)


class DateTimeEdit(QWidget):
    """A date field, a 24-hour time field and a "Now" button, edited in one time zone.

    The value is an aware UTC datetime (minute precision); the fields show it in the widget's zone. A date
    chosen in an empty field comes with a working-hours time (``qtdates.suggested_time``), not 00:00,
    unless the user already set the time.

    Signals:
        date_time_changed: the value changed, by the user or by ``set_date_time``/"Now".
            arg: the new aware UTC ``datetime``, or None when the date was cleared.
    """

    date_time_changed = Signal(object)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        tz: tzinfo | None = None,
        clock: Callable[[], datetime] | None = None,
        buddhist_era: bool = False,
    ) -> None:
        super().__init__(parent)
        self._tz = tz if tz is not None else _local_zone()
        self._clock: Callable[[], datetime] = clock if clock is not None else (lambda: datetime.now(UTC))
        self._value: datetime | None = None
        self._loading = False
        self._time_chosen = False  # the user set the time: a date picked later keeps it

        self._date_edit = DateEdit(self, buddhist_era=buddhist_era, today=self._today)
        self._time_edit = _TimeEdit(self)
        self._time_edit.setObjectName("time")
        self._time_edit.setDisplayFormat("HH:mm")
        self._time_edit.setTime(QTime(0, 0))
        self._time_edit.setToolTip(self.tr("Time (24-hour)"))
        self._now_button = QPushButton(self.tr("Now"), self)
        self._now_button.setObjectName("now")
        self._now_button.setAutoDefault(False)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._date_edit, 1)
        layout.addWidget(self._time_edit)
        layout.addWidget(self._now_button)
        self.setFocusProxy(self._date_edit)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self._date_edit.date_changed.connect(self._on_date_changed)
        self._time_edit.timeChanged.connect(self._on_time_changed)
        self._now_button.clicked.connect(self.set_now)

    def date_edit(self) -> DateEdit:
        """Return the date part."""
        return self._date_edit

    def time_edit(self) -> QTimeEdit:
        """Return the time part."""
        return self._time_edit

    def now_button(self) -> QPushButton:
        """Return the "Now" button."""
        return self._now_button

    def time_zone(self) -> tzinfo:
        """Return the zone the fields are shown and typed in."""
        return self._tz

    def date_time(self) -> datetime | None:
        """Return the value as an aware UTC datetime, or None when there is no date."""
        day = self._date_edit.date()
        if day is None:
            return None
        shown = self._time_edit.time()
        return combine_local(day, time(shown.hour(), shown.minute()), self._tz)

    def set_date_time(self, value: datetime | None) -> None:
        """Show an aware datetime in the widget's zone (seconds dropped); None clears the date."""
        self._loading = True
        try:
            if value is None:
                self._date_edit.set_date(None)
                self._time_edit.setTime(QTime(0, 0))
                self._time_chosen = False
            else:
                if value.tzinfo is None:
                    raise ValueError(f"naive datetime {value!r}: an aware datetime is required")
                local = value.astimezone(self._tz)
                self._date_edit.set_date(local.date())
                self._time_edit.setTime(QTime(local.hour, local.minute))
        finally:
            self._loading = False
        self._on_part_changed()

    def set_now(self) -> None:
        """Set the date and time to the clock's current time."""
        self.set_date_time(self._clock())

    def set_buddhist_era(self, buddhist_era: bool) -> None:
        """Show years in the Buddhist era (CE + 543) or in the Common Era."""
        self._date_edit.set_buddhist_era(buddhist_era)

    def _today(self) -> dt.date:
        """Return today's date in the widget's zone, by its clock."""
        return self._clock().astimezone(self._tz).date()

    def problem(self) -> str | None:
        """What is wrong with the typed date (the format expected), or None."""
        self._date_edit.commit()
        return self._date_edit.problem()

    def _on_date_changed(self, day: dt.date | None) -> None:
        """A date typed or picked into an empty field gets a working-hours time instead of 00:00."""
        if not self._loading and day is not None and self._value is None and not self._time_chosen:
            suggested = suggested_time(day, self._clock().astimezone(self._tz))
            self._loading = True
            try:
                self._time_edit.setTime(QTime(suggested.hour, suggested.minute))
            finally:
                self._loading = False
        self._on_part_changed()

    def _on_time_changed(self) -> None:
        if not self._loading:
            self._time_chosen = True
        self._on_part_changed()

    def _on_part_changed(self) -> None:
        """Announce the combined value once when the date or the time changed."""
        if self._loading:
            return
        value = self.date_time()
        if value != self._value:
            self._value = value
            self.date_time_changed.emit(value)
