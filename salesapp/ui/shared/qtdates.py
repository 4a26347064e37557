"""The one place where QDate/QDateTime meet Python dates, and how dates are shown and typed.

Thai users count years in the Buddhist era (BE = CE + 543), which Qt's QCalendar does not offer, so
formatting and parsing happen here in plain Python on the Gregorian calendar, with the era applied to
the year only. Every function takes ``buddhist_era`` explicitly: there is no module-level preference.

Dates are shown day first, ``dd/MM/yyyy``, as in Thailand and Vietnam. Datetimes are stored and passed
around as aware UTC ``datetime`` objects and shown in a time zone the caller chooses.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, tzinfo

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone

BE_OFFSET = 543
"""Years to add to a Common Era year to get the Buddhist era year."""

BE_THRESHOLD = 2400
"""A typed four-digit year at or above this is read as Buddhist era (2400 BE is 1857 CE)."""

_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")

_SEP = r"\s*([/.\-])\s*"
# d/m/yyyy, dd.mm.yy, d-m-yyyy ...; the same separator both times.
_DMY_RE = re.compile(r"(\d{1,2})" + _SEP + r"(\d{1,2})\s*\2\s*(\d{4}|\d{2})", re.ASCII)
# ddmmyyyy or ddmmyy typed without separators ("07122026", "071226").
_DIGITS_RE = re.compile(r"(\d{2})(\d{2})(\d{4}|\d{2})", re.ASCII)
# yyyy-mm-dd, as pasted from spreadsheets and exports.
_ISO_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})", re.ASCII)
# "<date> 14:05", "<date> 14.05 น." (Thai for "o'clock").
_DATETIME_RE = re.compile(r"(.+?)\s+(\d{1,2})\s*[:.]\s*(\d{2})(?:\s*น\.?)?")


def _require_aware(dt: datetime) -> None:
    """Raise ValueError for a naive datetime, whose instant is unknown."""
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValueError(f"naive datetime {dt!r}: an aware datetime is required")


def to_qdatetime(dt: datetime) -> QDateTime:
    """Convert an aware datetime to a QDateTime in UTC (milliseconds kept, microseconds dropped)."""
    _require_aware(dt)
    utc = dt.astimezone(UTC)
    return QDateTime(
        QDate(utc.year, utc.month, utc.day),
        QTime(utc.hour, utc.minute, utc.second, utc.microsecond // 1000),
        QTimeZone(QTimeZone.Initialization.UTC),
    )


def from_qdatetime(q: QDateTime) -> datetime:
    """Convert a valid QDateTime (any time spec) to an aware UTC datetime."""
    if not q.isValid():
        raise ValueError("invalid QDateTime")
    utc = q.toUTC()
    d, t = utc.date(), utc.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), t.msec() * 1000, UTC)


def to_qdate(d: date) -> QDate:
    """Convert a date to a QDate."""
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    """Convert a valid QDate to a date."""
    if not q.isValid():
        raise ValueError("invalid QDate")
    return date(q.year(), q.month(), q.day())


def display_year(year: int, buddhist_era: bool) -> int:
    """Return the year as shown to the user: a CE year, or the BE year when ``buddhist_era``."""
    return year + BE_OFFSET if buddhist_era else year


def format_date(d: date, buddhist_era: bool) -> str:
    """Format a date as ``dd/MM/yyyy``, e.g. "23/11/2569" (BE) or "23/11/2026" (CE)."""
    return f"{d.day:02d}/{d.month:02d}/{display_year(d.year, buddhist_era):04d}"


def format_time(dt: datetime, tz: tzinfo) -> str:
    """Format the wall-clock time of an aware datetime in ``tz`` as 24-hour ``HH:mm``, e.g. "14:05"."""
    _require_aware(dt)
    local = dt.astimezone(tz)
    return f"{local.hour:02d}:{local.minute:02d}"


def format_datetime(dt: datetime, tz: tzinfo, buddhist_era: bool) -> str:
    """Format an aware datetime as shown in ``tz``, e.g. "23/11/2569 14:05"."""
    _require_aware(dt)
    local = dt.astimezone(tz)
    return f"{format_date(local.date(), buddhist_era)} {format_time(local, tz)}"


def _normalize(text: str) -> str:
    """Strip the text and turn Thai digits into ASCII digits."""
    return text.strip().translate(_THAI_DIGITS)


def _ce_year(typed: str, buddhist_era: bool) -> int:
    """Return the CE year for a typed two- or four-digit year.

    Four digits: 2400 and above is BE (people paste Thai dates even in CE mode), below is CE.
    Two digits: in BE mode 25yy BE (1957-2056 CE); in CE mode the POSIX pivot, 00-68 is 20yy and
    69-99 is 19yy.
    """
    year = int(typed)
    if len(typed) == 2:
        if buddhist_era:
            return 2500 + year - BE_OFFSET
        return 2000 + year if year < 69 else 1900 + year
    return year - BE_OFFSET if year >= BE_THRESHOLD else year


def parse_date(text: str, buddhist_era: bool) -> date | None:
    """Parse a typed date, or return None when it is not a valid date.

    Accepts ``d/m/yyyy``, ``dd/mm/yyyy``, ``d-m-yyyy``, ``d.m.yyyy`` (and two-digit years), the digits
    alone (``ddmmyyyy``, ``ddmmyy``), Thai digits (๐-๙), and ISO ``yyyy-mm-dd``. See ``_ce_year`` for
    how the era of the year is decided.
    """
    normalized = _normalize(text)
    if m := _DMY_RE.fullmatch(normalized):
        day, month, year = int(m.group(1)), int(m.group(3)), _ce_year(m.group(4), buddhist_era)
    elif m := _DIGITS_RE.fullmatch(normalized):
        day, month, year = int(m.group(1)), int(m.group(2)), _ce_year(m.group(3), buddhist_era)
    elif m := _ISO_RE.fullmatch(normalized):
        day, month, year = int(m.group(3)), int(m.group(2)), _ce_year(m.group(1), buddhist_era)
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_time(text: str) -> time | None:
    """Parse a 24-hour ``H:mm`` or ``H.mm`` time (Thai digits allowed), or return None."""
    m = re.fullmatch(r"(\d{1,2})\s*[:.]\s*(\d{2})(?:\s*น\.?)?", _normalize(text), re.ASCII)
    if m is None:
        return None
    try:
        return time(int(m.group(1)), int(m.group(2)))
    except ValueError:
        return None


def parse_datetime(text: str, tz: tzinfo, buddhist_era: bool) -> datetime | None:
    """Parse a date and a time typed as seen in ``tz`` ("23/11/2569 14:05"); return aware UTC or None."""
    m = _DATETIME_RE.fullmatch(_normalize(text))
    if m is None:
        return None
    d = parse_date(m.group(1), buddhist_era)
    t = parse_time(f"{m.group(2)}:{m.group(3)}")
    if d is None or t is None:
        return None
    return combine_local(d, t, tz)


WORKDAY_START, WORKDAY_END = 8, 18
"""The working hours a suggested follow-up time falls in (whole hours, local time)."""

FIRST_CALL_HOUR = 9
"""The hour suggested when the next full hour falls outside the working hours."""


def suggested_time(day: date, now_local: datetime) -> time:
    """The time a follow-up on ``day`` starts at before the user picks one (``now_local``: the wall clock).

    The next full hour when it falls within 08:00-18:00, else 09:00: a call chosen for tomorrow lands in
    working hours instead of at midnight (after 18:00 a call for tomorrow gets 09:00). Today after 18:00
    keeps the day the user chose, at the next full hour (23:59 at the latest) rather than in the past.
    """
    hour = now_local.hour + 1
    if WORKDAY_START <= hour <= WORKDAY_END:
        return time(hour, 0)
    if day == now_local.date() and hour > WORKDAY_END:
        return time(hour, 0) if hour <= 23 else time(23, 59)
    return time(FIRST_CALL_HOUR, 0)


def combine_local(d: date, t: time, tz: tzinfo) -> datetime:
    """Return the aware UTC datetime for wall-clock date ``d`` and time ``t`` in ``tz``."""
    return datetime.combine(d, t, tzinfo=tz).astimezone(UTC)
