"""The bounds of every input: how long a text, how large an amount, how far a date, how big a picture.

One place, so that every service checks each kind of input the same way, before anything reaches the
database, and so that SQLite and PostgreSQL behave alike (PostgreSQL refuses what SQLite stores: index
rows over 2,704 bytes, NUL characters, integers beyond BIGINT). A refusal is a ValidationError naming the
field, with a message the UI translates ("errors" context). Texts are cleaned first (`text.clean_line` /
`clean_text` drop control characters), then counted in characters as the user sees them (NFC).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from salesapp.domain.errors import ValidationError, msg
from salesapp.domain.text import clean_line, clean_text

# -- texts -----------------------------------------------------------------------------------------------
NAME_CHARS = 200
"""A person's or a business's name (customers, contacts, staff). Its collation key (about five bytes a Thai
letter) and search key stay far below PostgreSQL's 2,704 bytes of an index row."""
LINE_CHARS = 300
"""Any other one-line field: address, area, source, social handles, meeting place, bank, product."""
EMAIL_CHARS = 254
"""An e-mail address (the longest RFC 5321 lets through)."""
LABEL_CHARS = 60
"""A label shown in lists and menus: a tag, a saved segment, a pipeline stage."""
TITLE_CHARS = 200
"""A title or a reason: an opportunity's title, why it was lost, why an upsell failed or was skipped."""
NOTE_CHARS = 10_000
"""Any multi-line text: notes of follow-ups, customers, upsell cases and opportunities, bill and order
notes, a meeting's purpose and outcome. Four typed pages; a note this long is shown in milliseconds."""
PREVIEW_CHARS = 300
"""What an activity row or a list row keeps of a longer text."""

# -- numbers ---------------------------------------------------------------------------------------------
MAX_AMOUNT_MINOR = 10**15
"""The largest amount of money in minor units (10 trillion baht, a million billion đồng): beyond any sale,
and a thousand times below BIGINT's limit, so sums and amount × probability never overflow."""

# -- dates -----------------------------------------------------------------------------------------------
MAX_AGE_YEARS = 120
"""A birth date is at most this many years ago (and not in the future)."""
RECORD_YEARS = 50
"""A date a record was made (an imported customer's created date) is at most this many years ago."""
SCHEDULE_AHEAD_YEARS = 2
"""A next follow-up time or a meeting is at most this many years ahead."""
PLAN_YEARS = 10
"""An opportunity's expected close is at most this many years ahead or ago."""

# -- files -----------------------------------------------------------------------------------------------
MIB = 1024 * 1024
IMAGE_FILE_MAX_BYTES = 30 * MIB
"""The largest picture file the desktop reads to attach (a phone's photo is 3–15 MB); it is stored smaller."""
IMAGE_MAX_SIDE = 2560
"""Pictures are stored with their longest side at most this many pixels (the desktop scales bigger ones down
and stores them as JPEG): a payment slip's smallest print stays readable."""
IMAGE_MAX_BYTES = 8 * MIB
"""The largest picture stored (after the desktop scaled it)."""
IMAGE_MAX_PIXELS = 40_000_000
"""The most pixels a stored picture may have: its decoded size stays in the hundreds of megabytes."""
NOTE_IMAGES = 12
"""The most pictures on one note."""
NOTE_IMAGES_MAX_BYTES = 25 * MIB
"""All pictures of one note together: one save is one transaction of at most this size."""
THUMB_MAX_BYTES = 1 * MIB
"""The largest thumbnail stored beside a picture."""

NAME_TOO_LONG = msg("A name can be at most {max} characters; this one has {count}.")
NOTE_TOO_LONG = msg("A note can be at most {max} characters; this one has {count}.")
LINE_TOO_LONG = msg("“{start}…” is too long: it can be at most {max} characters.")
EMAIL_TOO_LONG = msg("An e-mail address can be at most {max} characters.")
AMOUNT_TOO_LARGE = msg("The amount is too large: it can be at most {max}.")


def _count(n: int) -> str:
    return f"{n:,}"


def check_length(text: str, max_chars: int, field: str, message: str = LINE_TOO_LONG) -> str:
    """`text` (already cleaned) when it has at most `max_chars` characters; else the refusal `message`
    (NAME_TOO_LONG, NOTE_TOO_LONG, LINE_TOO_LONG, EMAIL_TOO_LONG; {max} {count} {start} are filled in)."""
    if len(text) <= max_chars:
        return text
    raise ValidationError(
        message, field=field, max=_count(max_chars), count=_count(len(text)), start=text[:24].rstrip()
    )


def bounded_line(text: str | None, field: str, max_chars: int = LINE_CHARS) -> str:
    """A one-line field as stored (`clean_line`), refused over `max_chars` (the message quotes its start)."""
    return check_length(clean_line(text), max_chars, field)


def bounded_name(text: str | None, field: str = "name", max_chars: int = NAME_CHARS) -> str:
    """A name (or a label, with `max_chars` LABEL_CHARS) as stored, refused when longer."""
    return check_length(clean_line(text), max_chars, field, NAME_TOO_LONG)


def bounded_note(text: str | None, field: str = "note") -> str:
    """A multi-line text as stored (`clean_text`), refused over NOTE_CHARS."""
    return check_length(clean_text(text), NOTE_CHARS, field, NOTE_TOO_LONG)


def preview(text: str, max_chars: int = PREVIEW_CHARS) -> str:
    """`text` as an activity row or a list keeps it: whole when short, else its start and "…"."""
    return text if len(text) <= max_chars else text[: max_chars - 1].rstrip() + "…"


def check_amount(minor: int, field: str = "amount", shown_max: str | None = None) -> int:
    """An amount in minor units up to MAX_AMOUNT_MINOR (in absolute value). `shown_max` is the limit as the
    message shows it (formatted in the currency); by default the number of minor units."""
    if isinstance(minor, bool) or not isinstance(minor, int):
        raise ValidationError(msg("“{text}” is not an amount of money."), field=field, text=minor)
    if abs(minor) > MAX_AMOUNT_MINOR:
        raise ValidationError(AMOUNT_TOO_LARGE, field=field, max=shown_max or _count(MAX_AMOUNT_MINOR))
    return minor


def years_before(day: date, years: int) -> date:
    """The same day `years` earlier (28 February for 29 February in a common year)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def check_birth_date(day: date | None, today: date, field: str = "birth_date") -> date | None:
    """A birth date: not in the future, at most MAX_AGE_YEARS ago (year 1 or 9999 is a typing slip)."""
    if day is None:
        return None
    if not years_before(today, MAX_AGE_YEARS) <= day <= today:
        raise ValidationError(
            msg("A birth date must be in the past, at most {years} years ago."),
            field=field,
            years=MAX_AGE_YEARS,
        )
    return day


def check_record_time(moment: datetime, now: datetime, field: str = "created_at") -> datetime:
    """When a record was made: not in the future and at most RECORD_YEARS ago (aware datetimes)."""
    if not now - timedelta(days=366 * RECORD_YEARS) <= moment <= now:
        raise ValidationError(
            msg("A created date must be in the past, at most {years} years ago."),
            field=field,
            years=RECORD_YEARS,
        )
    return moment


def check_ahead(moment: datetime, now: datetime, field: str) -> datetime:
    """A time being scheduled (next follow-up, meeting): at most SCHEDULE_AHEAD_YEARS after `now`."""
    if moment > now + timedelta(days=366 * SCHEDULE_AHEAD_YEARS):
        raise ValidationError(
            msg("Choose a time at most {years} years ahead."), field=field, years=SCHEDULE_AHEAD_YEARS
        )
    return moment


def check_plan_date(day: date | None, today: date, field: str) -> date | None:
    """A planned date (an opportunity's expected close): within PLAN_YEARS before or after `today`."""
    if day is None:
        return None
    if abs((day - today).days) > 366 * PLAN_YEARS:
        raise ValidationError(
            msg("Choose a date within {years} years of today."), field=field, years=PLAN_YEARS
        )
    return day
