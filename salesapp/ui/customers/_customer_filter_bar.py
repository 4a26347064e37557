"""The customers list's filter bar: owner, handover state, tags, channel, age, appointments, a date field
within a period, and saved segments."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from enum import StrEnum
from typing import Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.customers.customer_filter import (
    AgeBand,
    CustomerFilter,
    DateField,
    HandoverState,
    OwnerScope,
    Period,
)
from salesapp.domain.customers.customer_profile import TagRecord
from salesapp.domain.enums import Channel
from salesapp.domain.records import UserRecord
from salesapp.services.customers.pools import PoolRecord
from salesapp.services.customers.segments import SegmentRecord
from salesapp.ui.customers.customer_labels import name, pool_label
from salesapp.ui.widgets.date_edit import DateEdit

E = TypeVar("E", bound=StrEnum)


def color_icon(color: str) -> QIcon:
    """A small square of a tag's colour."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class CustomerFilterBar(QWidget):
    """Every filter of the customers list; `changed` fires whenever the criteria change.

    Signals:
        changed(): the criteria changed (read them with `criteria()`).
        save_segment_requested(): save the current criteria as a segment.
    """

    changed = Signal()
    save_segment_requested = Signal()

    def __init__(self, user: UserRecord, buddhist_era: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self._segments: list[SegmentRecord] = []
        self._staff: list[UserRecord] = []
        self._pools: list[PoolRecord] = []
        self._loading = False
        self.owner = _narrow(QComboBox())
        for scope in (OwnerScope.EVERYONE, OwnerScope.MINE, OwnerScope.POOL):
            self.owner.addItem(name(scope), scope.value)
        self.owner.setVisible(user.is_manager)
        self.owner.currentIndexChanged.connect(lambda _i: self._emit())
        self.handover = self._combo(self.tr("Any handover state"), list(HandoverState))
        self.handover.setVisible(user.is_manager)
        self.channel = self._combo(self.tr("Any channel"), list(Channel))
        self.age = self._combo(self.tr("Any age"), list(AgeBand))
        self.source = _narrow(QComboBox())
        self.source.addItem(self.tr("Any source"), None)
        self.source.currentIndexChanged.connect(lambda _i: self._emit())
        self.tag_button = QToolButton()
        self.tag_button.setText(self.tr("Tags"))
        self.tag_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.tag_menu = QMenu(self)
        self.tag_button.setMenu(self.tag_menu)
        self.appointment = QCheckBox(self.tr("Upcoming appointment"))
        self.appointment.toggled.connect(self._emit)
        self.date_field = self._combo(self.tr("Any date"), list(DateField))
        self.date_field.currentIndexChanged.connect(lambda _i: self._period_changed())
        # its row has room: show the whole choice ("Mọi thời gian", not "Mọi thời gia")
        self.date_field.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period = QComboBox()
        for period in Period:
            self.period.addItem(name(period), period.value)
        self.period.setCurrentIndex(self.period.findData(Period.THIS_MONTH.value))
        self.period.currentIndexChanged.connect(self._period_changed)
        self.date_from = DateEdit(buddhist_era=buddhist_era)
        self.date_to = DateEdit(buddhist_era=buddhist_era)
        for edit in (self.date_from, self.date_to):
            edit.date_changed.connect(lambda _d: self._emit())
        self.segment = _narrow(QComboBox())
        self.segment.addItem(self.tr("All customers"), None)
        self.segment.currentIndexChanged.connect(self._segment_chosen)
        self.save_segment = QPushButton(self.tr("Save as segment…"))
        self.save_segment.clicked.connect(self.save_segment_requested.emit)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)

        first = QHBoxLayout()
        first.setContentsMargins(0, 0, 0, 0)
        first.addWidget(QLabel(self.tr("Segment:")))
        first.addWidget(self.segment, 1)
        first.addWidget(self.save_segment)
        first.addWidget(self.clear_button)
        middle = QHBoxLayout()  # three short rows: the window must fit 1280×720 beside the profile
        middle.setContentsMargins(0, 0, 0, 0)
        for box in (self.owner, self.handover, self.tag_button, self.channel, self.source, self.age):
            middle.addWidget(box, 1)
        second = QHBoxLayout()
        second.setContentsMargins(0, 0, 0, 0)
        second.addWidget(self.date_field)
        second.addWidget(self.period)
        self.range_label = QLabel("–")
        for widget in (self.date_from, self.range_label, self.date_to):
            second.addWidget(widget)
        second.addWidget(self.appointment)
        second.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first)
        layout.addLayout(middle)
        layout.addLayout(second)
        self._period_changed()

    def _combo(self, any_text: str, values: Sequence[Any]) -> QComboBox:
        combo = _narrow(QComboBox())
        combo.addItem(any_text, None)
        for value in values:
            combo.addItem(name(value), value.value)  # Qt keeps plain strings, not enums
        combo.currentIndexChanged.connect(lambda _i: self._emit())
        return combo

    def _emit(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _period_changed(self) -> None:
        dated = self.date_field.currentData() is not None
        self.period.setVisible(dated)
        custom = dated and self.period.currentData() == Period.CUSTOM.value
        for widget in (self.date_from, self.range_label, self.date_to):
            widget.setVisible(custom)
        self._emit()

    def _refill(self, combo: QComboBox, fixed: int, items: Iterable[tuple[str, Any]]) -> None:
        """Replace the choices after the first `fixed` ones, keeping the current choice if still offered
        (without emitting `changed`)."""
        current = combo.currentData()
        self._loading = True
        while combo.count() > fixed:
            combo.removeItem(fixed)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        self._loading = False

    def set_staff(self, staff: Sequence[UserRecord]) -> None:
        """Offer each staff member's customers in the owner choice (managers)."""
        self._staff = [p for p in staff if p.id != self.user.id]
        self._refill_owners()

    def set_pools(self, pools: Sequence[PoolRecord]) -> None:
        """Offer each pool in the owner choice when there are several (managers)."""
        self._pools = list(pools) if len(pools) > 1 else []
        pooled = self.owner.findData(OwnerScope.POOL.value)
        every = self.tr("All pools (unassigned)") if self._pools else name(OwnerScope.POOL)
        self.owner.setItemText(pooled, every)
        self._refill_owners()

    def _refill_owners(self) -> None:
        pools = (
            (self.tr("Pool: {0}").format(pool_label(p.name)), f"{OwnerScope.POOL.value}:{p.id}")
            for p in self._pools
        )
        staff = ((p.display_name, f"{OwnerScope.STAFF.value}:{p.id}") for p in self._staff)
        self._refill(self.owner, 3, [*pools, *staff])

    def pool_chosen(self) -> PoolRecord | None:
        """The one pool the owner choice shows, if it shows one."""
        scope, _, pool = str(self.owner.currentData() or "").partition(":")
        if scope != OwnerScope.POOL.value or not pool:
            return None
        return next((p for p in self._pools if p.id == int(pool)), None)

    def set_sources(self, sources: Sequence[str]) -> None:
        """The sources offered (the chosen one stays chosen)."""
        self._refill(self.source, 1, ((source, source) for source in sources))

    def set_tags(self, tags: Sequence[TagRecord]) -> None:
        """The tags offered in the Tags menu (ticked ones stay ticked)."""
        ticked = set(self.tag_ids())
        self.tag_menu.clear()
        for tag in tags:
            action = QAction(color_icon(tag.color), tag.name, self.tag_menu)
            action.setCheckable(True)
            action.setChecked(tag.id in ticked)
            action.setData(tag.id)
            action.toggled.connect(lambda _on: self._tags_changed())
            self.tag_menu.addAction(action)
        self._show_tag_count()

    def _tags_changed(self) -> None:
        self._show_tag_count()
        self._emit()

    def _show_tag_count(self) -> None:
        count = len(self.tag_ids())
        self.tag_button.setText(self.tr("Tags ({0})").format(count) if count else self.tr("Tags"))

    def tag_ids(self) -> tuple[int, ...]:
        """The ticked tags."""
        return tuple(a.data() for a in self.tag_menu.actions() if a.isChecked())

    def set_segments(self, segments: Sequence[SegmentRecord]) -> None:
        """The saved segments offered (the chosen one stays chosen if it still exists)."""
        self._segments = list(segments)
        self._refill(self.segment, 1, ((_segment_label(s), s.id) for s in segments))

    def set_segment_count(self, segment_id: int, text: str) -> None:
        """Show a segment's live count beside its name: "VIP (1,234)"."""
        index = self.segment.findData(segment_id)
        segment = next((s for s in self._segments if s.id == segment_id), None)
        if index >= 0 and segment is not None:
            self.segment.setItemText(index, f"{_segment_label(segment)} ({text})")

    def _segment_chosen(self) -> None:
        if self._loading:
            return
        chosen = next((s for s in self._segments if s.id == self.segment.currentData()), None)
        if chosen is not None:
            self.apply(chosen.criteria)
        self._emit()

    def apply(self, criteria: CustomerFilter) -> None:
        """Show `criteria` in the widgets (without emitting for each)."""
        self._loading = True
        try:
            owner = criteria.owner.value
            if criteria.owner is OwnerScope.STAFF:
                owner = f"{owner}:{criteria.staff_id}"
            elif criteria.owner is OwnerScope.POOL and criteria.pool_id is not None:
                owner = f"{owner}:{criteria.pool_id}"
            self.owner.setCurrentIndex(max(0, self.owner.findData(owner)))
            for combo, value in (
                (self.handover, criteria.handover), (self.channel, criteria.channel),
                (self.age, criteria.age_band), (self.date_field, criteria.date_field),
            ):  # fmt: skip
                combo.setCurrentIndex(max(0, combo.findData(value.value if value else None)))
            period = (criteria.period or Period.THIS_MONTH).value
            self.period.setCurrentIndex(max(0, self.period.findData(period)))
            self.date_from.set_date(criteria.date_from)
            self.date_to.set_date(criteria.date_to)
            self.appointment.setChecked(criteria.upcoming_appointment)
            self.source.setCurrentIndex(max(0, self.source.findData(criteria.source or None)))
            for action in self.tag_menu.actions():
                action.setChecked(action.data() in criteria.tag_ids)
            self._show_tag_count()
        finally:
            self._loading = False

    def clear(self) -> None:
        """Back to every customer."""
        self._loading = True
        self.segment.setCurrentIndex(0)
        self._loading = False
        self.apply(CustomerFilter())
        self.period.setCurrentIndex(self.period.findData(Period.THIS_MONTH.value))
        self._emit()

    def criteria(self, base: CustomerFilter) -> CustomerFilter:
        """`base` (sort and search text) with the bar's criteria."""
        scope_text, _, chosen = str(self.owner.currentData() or OwnerScope.EVERYONE.value).partition(":")
        scope = OwnerScope(scope_text)
        date_field = _enum(self.date_field, DateField)
        period = _enum(self.period, Period) if date_field is not None else None
        return replace(
            base,
            owner=scope,
            staff_id=int(chosen) if chosen and scope is OwnerScope.STAFF else None,
            pool_id=int(chosen) if chosen and scope is OwnerScope.POOL else None,
            handover=_enum(self.handover, HandoverState),
            tag_ids=self.tag_ids(),
            channel=_enum(self.channel, Channel),
            source=self.source.currentData() or "",
            age_band=_enum(self.age, AgeBand),
            upcoming_appointment=self.appointment.isChecked(),
            date_field=date_field,
            period=period,
            date_from=self.date_from.date() if period is Period.CUSTOM else None,
            date_to=self.date_to.date() if period is Period.CUSTOM else None,
        )


def _segment_label(segment: SegmentRecord) -> str:
    """A segment's name, starred when it is shared with everyone."""
    return segment.name + (" ★" if segment.shared else "")


def _narrow(combo: QComboBox) -> QComboBox:
    """A combo box that may be narrower than its longest choice (the window must fit 1280×720)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(5)
    return combo


def _enum(combo: QComboBox, kind: type[E]) -> E | None:
    value = combo.currentData()
    return None if value is None else kind(value)
