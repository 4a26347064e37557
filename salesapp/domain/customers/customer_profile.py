"""What the customer profile shows: tags, order history with lifetime totals, appointments, and one care
timeline of notes, calls, orders, handovers and appointments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from salesapp.domain.enums import Currency, OrderStatus
from salesapp.domain.records import CustomerRecord


class CareKind(StrEnum):
    """What kind of contact a care entry records."""

    NOTE = "note"
    CALL = "call"
    EMAIL = "email"
    SMS = "sms"
    MEETING = "meeting"
    LINE = "line"


class TimelineKind(StrEnum):
    """The kinds the care timeline can be filtered by."""

    CARE = "care"  # notes, calls, e-mails, SMS, meetings
    ORDER = "order"
    HANDOVER = "handover"
    APPOINTMENT = "appointment"
    CHANGE = "change"  # created, edited, tagged, merged


@dataclass(frozen=True)
class TagRecord:
    """A coloured label."""

    id: int
    name: str
    color: str


@dataclass(frozen=True)
class OrderSummary:
    """One line of a customer's order history."""

    id: int
    number: str
    ordered_at: datetime
    status: OrderStatus
    total_minor: int
    currency: Currency


@dataclass(frozen=True)
class AppointmentSummary:
    """An appointment as the profile lists it."""

    id: int
    starts_at: datetime
    minutes: int
    place: str
    purpose: str
    outcome: str
    done: bool
    version: int


@dataclass(frozen=True)
class TimelineItem:
    """One entry of the care timeline; `action` holds the care kind or the activity's action."""

    kind: TimelineKind
    action: str
    at: datetime
    user_name: str
    text: str
    details: dict[str, tuple[object, object]]


@dataclass(frozen=True)
class CustomerProfile:
    """Everything the profile pane shows about one customer."""

    customer: CustomerRecord
    owner_name: str
    tags: tuple[TagRecord, ...]
    orders: tuple[OrderSummary, ...]
    order_count: int
    lifetime: tuple[tuple[Currency, int], ...]  # total per currency of orders not cancelled or returned
    appointments: tuple[AppointmentSummary, ...]
    timeline: tuple[TimelineItem, ...]
