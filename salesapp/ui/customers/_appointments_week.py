"""The week of one's appointments: seven day columns, Monday to Sunday, each listing its meetings in time
order, with previous/next week and "This week" buttons. Loaded through the database worker.
"""

from __future__ import annotations

import html
from datetime import date, datetime, timedelta

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.changes import ChangeSet
from salesapp.domain.customers.appointments import AppointmentRecord, week_start
from salesapp.domain.enums import EntityKind
from salesapp.services.customers.appointments import AppointmentService
from salesapp.ui.shared.i18n import error_text
from salesapp.ui.shared.qtdates import format_date, format_time
from salesapp.ui.shared.theme import set_property, status_color
from salesapp.ui.shared.view_context import ViewContext
from salesapp.ui.widgets.message_label import MessageLabel

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


class _RoomyDelegate(QStyledItemDelegate):
    """Items a little taller than their text. Padding from a style sheet or list spacing would narrow the
    text without the list knowing, and wrapped lines would then be cut short with "…"."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 10)


class DayColumn(QFrame):
    """One day: a header with the weekday and date, and the day's meetings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.header = QLabel()
        self.header.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setItemDelegate(_RoomyDelegate(self.list))
        # Items wrap to the column's width: lay them out again whenever the column is resized.
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setObjectName("appointmentDay")  # a rule under each meeting (the app stylesheet)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addWidget(self.list, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumWidth(120)

    def show_records(self, items: list[QListWidgetItem]) -> None:
        """Fill the day with these items, or with a grey "No meetings" line."""
        self.list.clear()
        for item in items:
            self.list.addItem(item)
        if not items:
            empty = QListWidgetItem(self.tr("No meetings"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            empty.setForeground(QBrush(status_color("muted")))
            empty.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.list.addItem(empty)

    def is_empty(self) -> bool:
        """True when the day has no meetings."""
        first = self.list.item(0)
        return first is None or first.data(RECORD_ROLE) is None

    def meeting_count(self) -> int:
        """How many meetings the day shows."""
        return 0 if self.is_empty() else self.list.count()


class AppointmentsWeekView(QWidget):
    """One person's meetings of a week in a seven-column grid; a double-click (or Enter) opens one.

    Signals:
        appointment_activated(object): the AppointmentRecord the user opened.
        loaded(object): the week's AppointmentRecords arrived and are shown.
    """

    appointment_activated = Signal(object)
    loaded = Signal(object)

    def __init__(self, ctx: ViewContext, service: AppointmentService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.service = ctx, service
        self.user_id: int | None = None  # None: the signed-in user's own week
        self.monday = week_start(self._today())
        self.records: list[AppointmentRecord] = []
        self._request = 0  # only the newest load is shown; older answers are dropped

        self.previous_button = QPushButton(self.tr("◀ Previous week"))
        self.today_button = QPushButton(self.tr("This week"))
        self.next_button = QPushButton(self.tr("Next week ▶"))
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.count = QLabel()
        self.count.setProperty("tone", "muted")
        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.today_button)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(self.title)
        bar.addSpacing(12)
        bar.addWidget(self.count)
        bar.addStretch(1)
        self.message = MessageLabel()

        self.days = [DayColumn() for _ in range(7)]
        grid = QHBoxLayout()
        grid.setSpacing(6)
        for column in self.days:
            grid.addWidget(column, 1)
            column.list.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addLayout(grid, 1)

        self.previous_button.clicked.connect(lambda: self.show_week(self.monday - timedelta(days=7)))
        self.next_button.clicked.connect(lambda: self.show_week(self.monday + timedelta(days=7)))
        self.today_button.clicked.connect(lambda: self.show_week(self._today()))
        self._show_headers()

    def _today(self) -> date:
        return self.ctx.clock().astimezone(self.ctx.tz).date()

    def show_week(self, day: date) -> None:
        """Show the week holding `day` and load its meetings."""
        self.monday = week_start(day)
        self._show_headers()
        self.reload()

    def set_user(self, user_id: int | None) -> None:
        """Show another person's week (managers), or one's own with None."""
        self.user_id = user_id
        self.reload()

    def reload(self) -> None:
        """Load the shown week's meetings on the worker."""
        self._request += 1
        request = self._request
        self.ctx.worker.submit(
            self.service.week, self.ctx.user, self.monday, self.ctx.tz, self.user_id,
            on_done=lambda records: self._show(request, records),
            on_error=lambda error: self._failed(request, error),
        )  # fmt: skip

    def apply_changes(self, changes: ChangeSet) -> None:
        """Reload when meetings or customers (their names) changed, here or on another desktop."""
        if changes.ids(EntityKind.APPOINTMENT) or changes.ids(EntityKind.CUSTOMER):
            self.reload()

    def _show_headers(self) -> None:
        locale = self.locale()
        era = self.ctx.buddhist_era
        today = self._today()
        sunday = self.monday + timedelta(days=6)
        self.title.setText(f"{format_date(self.monday, era)} – {format_date(sunday, era)}")
        for offset, column in enumerate(self.days):
            day = self.monday + timedelta(days=offset)
            name = locale.dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
            column.header.setText(f"<b>{html.escape(name)}</b><br>{format_date(day, era)}")
            set_property(
                column.header, "day", "today" if day == today else "weekend" if offset >= 5 else "weekday"
            )
        self.today_button.setEnabled(self.monday != week_start(today))

    def _show(self, request: int, records: list[AppointmentRecord]) -> None:
        if request != self._request:
            return
        self.message.clear_message()
        self.records = records
        tz = self.ctx.tz
        now = self.ctx.clock()
        by_day: dict[int, list[AppointmentRecord]] = {i: [] for i in range(7)}
        for record in records:
            offset = (record.starts_at.astimezone(tz).date() - self.monday).days
            if 0 <= offset < 7:
                by_day[offset].append(record)
        for offset, column in enumerate(self.days):
            column.show_records([self._item(record, now) for record in by_day[offset]])
        self.count.setText(self.tr("%n meeting(s)", "", len(records)))
        # Lay out now rather than on the next event: a grab() right after `loaded` sees this week's texts.
        layout = self.layout()
        assert layout is not None
        layout.activate()
        self.loaded.emit(records)

    def _item(self, record: AppointmentRecord, now: datetime) -> QListWidgetItem:
        tz = self.ctx.tz
        hours = f"{format_time(record.starts_at, tz)}–{format_time(record.ends_at, tz)}"
        lines = [("✓ " if record.done else "") + hours, record.customer_name]
        if record.place:
            lines.append(record.place)
        item = QListWidgetItem("\n".join(lines))
        item.setData(RECORD_ROLE, record)
        tip = [record.customer_name, hours, record.place, record.purpose]
        if record.outcome:
            tip.append(self.tr("Outcome: {0}").format(record.outcome))
        item.setToolTip("\n".join(t for t in tip if t))
        if record.done:
            item.setForeground(QBrush(status_color("muted")))
        elif record.ends_at < now:
            item.setForeground(QBrush(status_color("due_today")))  # past, still waiting for its outcome
            item.setToolTip(item.toolTip() + "\n" + self.tr("The outcome is not recorded yet."))
        return item

    def _failed(self, request: int, error: BaseException) -> None:
        if request == self._request:
            self.message.show_error(error_text(error))

    def _activated(self, item: QListWidgetItem) -> None:
        record = item.data(RECORD_ROLE)
        if record is not None:
            self.appointment_activated.emit(record)
