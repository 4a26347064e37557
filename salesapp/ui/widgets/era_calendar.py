"""The month calendar of the date pickers: QCalendarWidget with a navigation bar whose year box counts in
the Buddhist era for Thai users (QCalendar has no Buddhist system), and the pop-up window that holds it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salesapp.ui.shared.qtdates import BE_OFFSET, display_year, to_qdate

MINIMUM_DATE = dt.date(1900, 1, 1)
"""Earliest date the pickers accept; anything older is a typing slip in a sales CRM."""

MAXIMUM_DATE = dt.date(2200, 12, 31)
"""Latest date the pickers accept."""


class EraCalendarWidget(QWidget):
    """A month calendar whose navigation bar shows localized month names and CE or BE years.

    Signals:
        date_chosen: a day was picked (clicked or activated in the grid, or "Today").
            arg: the QDate picked.
    """

    date_chosen = Signal(QDate)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        buddhist_era: bool = False,
        today: Callable[[], dt.date] | None = None,
    ) -> None:
        super().__init__(parent)
        self._buddhist_era = buddhist_era
        self._today = today or dt.date.today

        self._calendar = QCalendarWidget(self)
        self._calendar.setObjectName("calendar")
        self._calendar.setNavigationBarVisible(False)
        self._calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        # Typing into the grid would open Qt's own date editor, which knows only CE years.
        self._calendar.setDateEditEnabled(False)
        self._calendar.setDateRange(to_qdate(MINIMUM_DATE), to_qdate(MAXIMUM_DATE))

        style = self.style()
        self._prev_button = QToolButton(self)
        self._prev_button.setObjectName("previous_month")
        self._prev_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self._prev_button.setAutoRaise(True)
        self._prev_button.setToolTip(self.tr("Previous month"))
        self._next_button = QToolButton(self)
        self._next_button.setObjectName("next_month")
        self._next_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self._next_button.setAutoRaise(True)
        self._next_button.setToolTip(self.tr("Next month"))

        self._month_combo = QComboBox(self)
        self._month_combo.setObjectName("month")
        self._month_combo.setToolTip(self.tr("Month"))
        self._month_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._year_spin = QSpinBox(self)
        self._year_spin.setObjectName("year")
        self._year_spin.setToolTip(self.tr("Year"))
        # Jump only when the whole year is typed, not at "2", "25", "256".
        self._year_spin.setKeyboardTracking(False)

        self._today_button = QPushButton(self.tr("Today"), self)
        self._today_button.setObjectName("today")
        self._today_button.setAutoDefault(False)

        nav = QHBoxLayout()
        nav.setContentsMargins(0, 0, 0, 0)
        nav.addWidget(self._prev_button)
        nav.addWidget(self._month_combo, 1)
        nav.addWidget(self._year_spin)
        nav.addWidget(self._next_button)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addStretch(1)
        bottom.addWidget(self._today_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(nav)
        layout.addWidget(self._calendar, 1)
        layout.addLayout(bottom)

        self._fill_months()
        self._update_year_range()
        self._sync_navigation()

        self._prev_button.clicked.connect(self._calendar.showPreviousMonth)
        self._next_button.clicked.connect(self._calendar.showNextMonth)
        self._month_combo.activated.connect(self._on_navigation_edited)
        self._year_spin.valueChanged.connect(self._on_navigation_edited)
        self._calendar.currentPageChanged.connect(self._sync_navigation)
        self._calendar.clicked.connect(self.date_chosen)
        self._calendar.activated.connect(self.date_chosen)
        self._today_button.clicked.connect(self._on_today_clicked)
        self.setFocusProxy(self._calendar)

    def calendar(self) -> QCalendarWidget:
        """Return the month grid (for styling and tests)."""
        return self._calendar

    def month_combo(self) -> QComboBox:
        """Return the month selector."""
        return self._month_combo

    def year_spin_box(self) -> QSpinBox:
        """Return the year selector, which shows BE years in Buddhist-era mode."""
        return self._year_spin

    def today_button(self) -> QPushButton:
        """Return the "Today" button."""
        return self._today_button

    def buddhist_era(self) -> bool:
        """Return whether years are shown in the Buddhist era."""
        return self._buddhist_era

    def set_buddhist_era(self, buddhist_era: bool) -> None:
        """Show years in the Buddhist era (CE + 543) or in the Common Era."""
        if buddhist_era == self._buddhist_era:
            return
        self._buddhist_era = buddhist_era
        self._update_year_range()
        self._sync_navigation()

    def set_date_range(self, minimum: QDate, maximum: QDate) -> None:
        """Limit the days that can be picked."""
        self._calendar.setDateRange(minimum, maximum)
        self._update_year_range()
        self._sync_navigation()

    def set_selected_date(self, selected: QDate) -> None:
        """Select a day (clamped to the date range) and show its month."""
        self._calendar.setSelectedDate(selected)
        shown = self._calendar.selectedDate()
        self._calendar.setCurrentPage(shown.year(), shown.month())
        self._sync_navigation()

    def selected_date(self) -> QDate:
        """Return the selected day."""
        return self._calendar.selectedDate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LocaleChange:
            self._fill_months()
        super().changeEvent(event)

    def _fill_months(self) -> None:
        """Fill the month selector with this widget's locale's month names."""
        locale = self.locale()
        blocked = self._month_combo.blockSignals(True)
        self._month_combo.clear()
        for month in range(1, 13):
            self._month_combo.addItem(locale.standaloneMonthName(month), month)
        self._month_combo.setCurrentIndex(self._calendar.monthShown() - 1)
        self._month_combo.blockSignals(blocked)

    def _update_year_range(self) -> None:
        """Set the year selector's range from the calendar's date range, in the current era."""
        blocked = self._year_spin.blockSignals(True)
        self._year_spin.setRange(
            display_year(self._calendar.minimumDate().year(), self._buddhist_era),
            display_year(self._calendar.maximumDate().year(), self._buddhist_era),
        )
        self._year_spin.blockSignals(blocked)

    def _sync_navigation(self) -> None:
        """Show the calendar's current page in the month and year selectors and enable the arrows."""
        year, month = self._calendar.yearShown(), self._calendar.monthShown()
        month_blocked = self._month_combo.blockSignals(True)
        year_blocked = self._year_spin.blockSignals(True)
        self._month_combo.setCurrentIndex(month - 1)
        self._year_spin.setValue(display_year(year, self._buddhist_era))
        self._month_combo.blockSignals(month_blocked)
        self._year_spin.blockSignals(year_blocked)
        minimum, maximum = self._calendar.minimumDate(), self._calendar.maximumDate()
        self._prev_button.setEnabled((year, month) > (minimum.year(), minimum.month()))
        self._next_button.setEnabled((year, month) < (maximum.year(), maximum.month()))

    def _on_navigation_edited(self) -> None:
        """Show the month and year the user picked in the selectors."""
        year = self._year_spin.value() - (BE_OFFSET if self._buddhist_era else 0)
        self._calendar.setCurrentPage(year, self._month_combo.currentIndex() + 1)
        self._sync_navigation()

    def _on_today_clicked(self) -> None:
        """Pick today, or only show its month when today is outside the date range."""
        today = to_qdate(self._today())
        self._calendar.setCurrentPage(today.year(), today.month())
        if self._calendar.minimumDate() <= today <= self._calendar.maximumDate():
            self._calendar.setSelectedDate(today)
            self.date_chosen.emit(today)
        self._sync_navigation()


class CalendarPopup(QFrame):
    """The pop-up window holding a DateEdit's calendar; it closes when a day is chosen or on Escape."""

    def __init__(self, parent: QWidget, *, buddhist_era: bool, today: Callable[[], dt.date] | None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = EraCalendarWidget(self, buddhist_era=buddhist_era, today=today)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)
