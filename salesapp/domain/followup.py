"""Follow-ups: what is tracked (orders, contact-back requests, payment notices), its status and its records.

The status is never stored: `followup_status` computes it from stored facts (closed, followed, the next
follow-up time) and the clock, in the user's time zone, so an item turns due at its minute by itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo
from enum import StrEnum

from salesapp.domain.enums import Currency, OrderStatus
from salesapp.domain.records import ActivityRecord, OrderLineRecord


class FollowUpKind(StrEnum):
    """What a follow-up tracks."""

    ORDER = "order"
    CONTACT_REQUEST = "contact_request"
    PAYMENT_NOTICE = "payment_notice"


class FollowUpStatus(StrEnum):
    """The status shown as an icon; DUE and OVERDUE are both "due", OVERDUE from before today."""

    NEW = "new"
    TRACKING = "tracking"
    DUE = "due"
    OVERDUE = "overdue"
    CLOSED = "closed"


class StatusFilter(StrEnum):
    """The status choices of the follow-up list."""

    OPEN = "open"  # new, due and tracking
    NEW = "new"
    DUE = "due"  # due today and overdue
    TRACKING = "tracking"
    CLOSED = "closed"


NOW = "now"
"""Passed as the next follow-up time: "follow up now" (the only past-or-present time allowed)."""


def start_of_day(moment: datetime, tz: tzinfo) -> datetime:
    """Midnight of `moment`'s calendar day in `tz`, as an aware datetime."""
    local = moment.astimezone(tz)
    return datetime.combine(local.date(), time(0, 0), tzinfo=tz)


def followup_status(
    closed: bool, followed: bool, next_at: datetime | None, now: datetime, tz: tzinfo
) -> FollowUpStatus:
    """The status of a follow-up at `now`, days counted in `tz`.

    - closed: ended; new: nothing recorded yet (no note, no next time);
    - due: the next time is now or past, or notes exist but no next time was planned; overdue when that
      time is before today's midnight in `tz`; tracking: the next time is in the future.
    """
    if closed:
        return FollowUpStatus.CLOSED
    if not followed and next_at is None:
        return FollowUpStatus.NEW
    if next_at is not None and next_at > now:
        return FollowUpStatus.TRACKING
    if next_at is not None and next_at < start_of_day(now, tz):
        return FollowUpStatus.OVERDUE
    return FollowUpStatus.DUE


def is_today(moment: datetime, now: datetime, tz: tzinfo) -> bool:
    """Whether `moment` falls on today's calendar day in `tz`."""
    start = start_of_day(now, tz)
    return start <= moment < start + timedelta(days=1)


def to_minute(moment: datetime) -> datetime:
    """`moment` without seconds: follow-up times are kept to the minute they are due at."""
    return moment.replace(second=0, microsecond=0)


@dataclass(frozen=True)
class FollowUpRow:
    """One line of the follow-up list: everything the table and its tooltip paint."""

    id: int
    kind: FollowUpKind
    subject_id: int
    title: str
    customer_id: int
    customer_name: str
    phone: str | None
    amount_minor: int | None
    currency: Currency | None
    received_at: datetime
    next_at: datetime | None
    followed: bool
    closed: bool
    owner_id: int | None
    owner_name: str
    note_count: int
    last_note: str
    last_note_by: str
    last_note_at: datetime | None
    version: int

    def status(self, now: datetime, tz: tzinfo) -> FollowUpStatus:
        """The status at `now`."""
        return followup_status(self.closed, self.followed, self.next_at, now, tz)


@dataclass(frozen=True)
class FollowUpNote:
    """One append-only note of a follow-up."""

    id: int
    at: datetime
    author: str
    text: str
    next_at: datetime | None
    closing: bool


@dataclass(frozen=True)
class OrderSubject:
    """The order a follow-up tracks, with its lines and how it was paid."""

    id: int
    number: str
    status: OrderStatus
    ordered_at: datetime
    currency: Currency
    subtotal_minor: int
    discount_minor: int
    shipping_minor: int
    total_minor: int
    payment_method: str
    note: str
    lines: tuple[OrderLineRecord, ...]
    paid_by_notice: str | None  # number of the matched payment notice


@dataclass(frozen=True)
class ContactRequestRecord:
    """A customer asked the shop to call back."""

    id: int
    number: str
    customer_id: int
    name: str
    phone: str | None
    message: str
    product_interest: str
    received_at: datetime
    version: int


@dataclass(frozen=True)
class PaymentNoticeRecord:
    """A customer reported a bank transfer, to be matched to an order."""

    id: int
    number: str
    customer_id: int
    name: str
    phone: str | None
    amount_minor: int
    currency: Currency
    bank: str
    transferred_at: datetime
    order_number_given: str
    has_slip: bool
    matched_order_id: int | None
    matched_order_number: str | None
    received_at: datetime
    version: int


Subject = OrderSubject | ContactRequestRecord | PaymentNoticeRecord


@dataclass(frozen=True)
class FollowUpDetail:
    """What the detail pane shows: the list row, the tracked record, the notes and the history."""

    row: FollowUpRow
    subject: Subject
    notes: tuple[FollowUpNote, ...]
    history: tuple[ActivityRecord, ...]


@dataclass(frozen=True)
class MatchCandidate:
    """An order a payment notice may pay for, and why it is suggested."""

    order_id: int
    number: str
    customer_name: str
    ordered_at: datetime
    total_minor: int
    currency: Currency
    same_customer: bool
    same_amount: bool
    number_given: bool


@dataclass(frozen=True)
class DueSummary:
    """The morning summary: due items of today and from earlier days."""

    today: int
    overdue: int
