"""What the customers list shows: owner scope, tags, channel, source, age band, appointments, a date field
within a period, and the sort; saved as JSON in segments."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import Any

from salesapp.domain.enums import Channel


class OwnerScope(StrEnum):
    """Whose customers: one's own, one staff member's, the unassigned ones (in every pool or one), or
    everyone's (managers)."""

    MINE = "mine"
    STAFF = "staff"
    POOL = "pool"
    EVERYONE = "everyone"


class HandoverState(StrEnum):
    """Whether a customer is waiting in the pool or has been handed over to someone."""

    IN_POOL = "in_pool"
    HANDED_OVER = "handed_over"


class DateField(StrEnum):
    """The dates a list can be filtered and sorted by; each has its own index."""

    CREATED = "created_at"
    IMPORTED = "imported_at"
    HANDED_OVER = "handed_over_at"
    CONVERTED = "converted_at"
    FIRST_CONTACT = "first_contact_at"
    LAST_CONTACT = "last_contact_at"


class Period(StrEnum):
    """A period of days, counted in the user's time zone."""

    TODAY = "today"
    THIS_WEEK = "this_week"
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    CUSTOM = "custom"


class AgeBand(StrEnum):
    """Age groups used by shops for offers."""

    UNDER_25 = "under_25"
    FROM_25_TO_34 = "25_34"
    FROM_35_TO_44 = "35_44"
    FROM_45_TO_54 = "45_54"
    FROM_55 = "55_up"


_AGE_LIMITS = {
    AgeBand.UNDER_25: (0, 24),
    AgeBand.FROM_25_TO_34: (25, 34),
    AgeBand.FROM_35_TO_44: (35, 44),
    AgeBand.FROM_45_TO_54: (45, 54),
    AgeBand.FROM_55: (55, 150),
}


class SortKey(StrEnum):
    """The list's order: by name (collated) or by one of the date fields."""

    NAME = "name"
    CREATED = "created_at"
    IMPORTED = "imported_at"
    HANDED_OVER = "handed_over_at"
    CONVERTED = "converted_at"
    FIRST_CONTACT = "first_contact_at"
    LAST_CONTACT = "last_contact_at"


@dataclass(frozen=True)
class CustomerFilter:
    """Every criterion of the customers list; the empty filter shows everyone the user may see."""

    owner: OwnerScope = OwnerScope.EVERYONE
    staff_id: int | None = None
    pool_id: int | None = None  # with OwnerScope.POOL: one pool (None: every pool)
    handover: HandoverState | None = None
    tag_ids: tuple[int, ...] = ()
    channel: Channel | None = None
    source: str = ""
    age_band: AgeBand | None = None
    upcoming_appointment: bool = False
    date_field: DateField | None = None
    period: Period | None = None
    date_from: date | None = None
    date_to: date | None = None
    sort: SortKey = SortKey.CREATED
    descending: bool = True
    text: str = ""

    def to_json(self) -> str:
        """The criteria as JSON (for saved segments); the search text is not part of a segment."""
        data = asdict(self)
        data.pop("text")
        data["tag_ids"] = list(self.tag_ids)
        for key in ("date_from", "date_to"):
            data[key] = data[key].isoformat() if data[key] else None
        return json.dumps({k: (v.value if isinstance(v, StrEnum) else v) for k, v in data.items()})

    @classmethod
    def from_json(cls, text: str) -> CustomerFilter:
        """Criteria saved by `to_json`; unknown keys (from a newer version) are ignored."""
        data: dict[str, Any] = json.loads(text)
        enums: dict[str, Any] = {
            "owner": OwnerScope,
            "handover": HandoverState,
            "channel": Channel,
            "age_band": AgeBand,
            "date_field": DateField,
            "period": Period,
            "sort": SortKey,
        }
        values: dict[str, Any] = {}
        for key in cls.__dataclass_fields__:
            if key not in data or key == "text":
                continue
            value = data[key]
            if key in enums and value is not None:
                value = enums[key](value)
            elif key in ("date_from", "date_to") and value:
                value = date.fromisoformat(value)
            elif key == "tag_ids":
                value = tuple(int(v) for v in value)
            values[key] = value
        return cls(**values)


def period_bounds(
    period: Period, today: date, date_from: date | None = None, date_to: date | None = None
) -> tuple[date, date] | None:
    """The first day and the day after the last of `period` (weeks start on Monday); None for an
    incomplete custom range."""
    if period is Period.TODAY:
        return today, today + timedelta(days=1)
    if period is Period.THIS_WEEK:
        monday = today - timedelta(days=today.weekday())
        return monday, monday + timedelta(days=7)
    if period is Period.THIS_MONTH:
        first = today.replace(day=1)
        return first, (first + timedelta(days=32)).replace(day=1)
    if period is Period.LAST_MONTH:
        this_first = today.replace(day=1)
        return (this_first - timedelta(days=1)).replace(day=1), this_first
    if date_from is None or date_to is None:
        return None
    low, high = min(date_from, date_to), max(date_from, date_to)
    return low, high + timedelta(days=1)


def local_day_start(day: date, tz: tzinfo) -> datetime:
    """Midnight starting `day` in `tz`, as an aware datetime (compare with UTC-stored times)."""
    return datetime.combine(day, time(0, 0), tzinfo=tz)


def birth_date_bounds(band: AgeBand, today: date) -> tuple[date, date]:
    """Birth dates [earliest, latest] of people whose age today is within `band`."""
    youngest, oldest = _AGE_LIMITS[band]
    latest = _years_before(today, youngest)
    earliest = _years_before(today, oldest + 1) + timedelta(days=1)
    return earliest, latest


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year - years, day=28)


def age_on(birth: date, today: date) -> int:
    """Age in whole years on `today`."""
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
