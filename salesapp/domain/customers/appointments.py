"""Appointments: in-person meetings with a customer, as plain records, and the rules of their times."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

MIN_MINUTES = 5
"""Shortest meeting that can be booked."""

MAX_MINUTES = 12 * 60
"""Longest meeting that can be booked: a working day."""

DEFAULT_MINUTES = 60
"""Length a new appointment starts with."""


@dataclass(frozen=True)
class AppointmentRecord:
    """One meeting: when (aware UTC), how long, where, why, with whom, and afterwards how it went."""

    id: int
    customer_id: int
    customer_name: str
    owner_id: int | None
    owner_name: str
    starts_at: datetime
    minutes: int
    place: str
    purpose: str
    outcome: str
    done_at: datetime | None
    created_at: datetime
    updated_at: datetime
    version: int

    @property
    def ends_at(self) -> datetime:
        """When the meeting is planned to end."""
        return self.starts_at + timedelta(minutes=self.minutes)

    @property
    def done(self) -> bool:
        """True once the outcome was recorded."""
        return self.done_at is not None


def week_start(day: date) -> date:
    """The Monday of the week holding `day` (weeks run Monday to Sunday, as in Thailand and Vietnam)."""
    return day - timedelta(days=day.weekday())


def to_minute(at: datetime) -> datetime:
    """`at` without seconds: meetings are booked to the minute."""
    return at.replace(second=0, microsecond=0)
