"""The upsell queue: case status and its ONE state machine, the rules that queue new orders, the distribution
settings, the reason lists, and the frozen records the upsell services hand to the UI.

State machine (DOMAIN.md): ``pending → assigned → (follow_up)* → success | failed | skipped``, and
``assigned | follow_up → pending`` (give back). Every status change of a case goes through
`check_transition`; nothing else decides whether a move is legal.

Rules: a new order enters the queue when the switch is on and it matches every kind of condition that is
set (AND across kinds), a kind matching when the order has any of its values (OR within a kind). With the
switch on and no condition set, every new order matches ("upsell every order"); with the switch off, none.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from salesapp.domain import limits
from salesapp.domain.enums import Channel, Currency, OrderStatus
from salesapp.domain.errors import ValidationError, msg
from salesapp.domain.records import OrderLineRecord


class UpsellStatus(StrEnum):
    """Where a case is in the upsell queue; each is a tab of the upsell section."""

    PENDING = "pending"
    ASSIGNED = "assigned"
    FOLLOW_UP = "follow_up"
    SUCCESS = "success"
    FAILED = "failed"
    SKIPPED = "skipped"

    @property
    def is_open(self) -> bool:
        """Held by a staff member and not finished (counts against `Distribution.max_open`)."""
        return self in OPEN_STATUSES

    @property
    def is_closed(self) -> bool:
        """Finished: success, failed or skipped; no move leaves these."""
        return self in CLOSED_STATUSES


class UpsellSource(StrEnum):
    """How a case entered the queue."""

    RULE = "rule"  # the new order matched the upsell rules
    MANUAL = "manual"  # a manager selected an awaiting order by hand


OPEN_STATUSES = frozenset({UpsellStatus.ASSIGNED, UpsellStatus.FOLLOW_UP})
CLOSED_STATUSES = frozenset({UpsellStatus.SUCCESS, UpsellStatus.FAILED, UpsellStatus.SKIPPED})

TRANSITIONS: Mapping[UpsellStatus, frozenset[UpsellStatus]] = {
    UpsellStatus.PENDING: frozenset({UpsellStatus.ASSIGNED}),
    UpsellStatus.ASSIGNED: frozenset(
        {
            UpsellStatus.FOLLOW_UP,
            UpsellStatus.SUCCESS,
            UpsellStatus.FAILED,
            UpsellStatus.SKIPPED,
            UpsellStatus.PENDING,
        }
    ),
    UpsellStatus.FOLLOW_UP: frozenset(
        {
            UpsellStatus.FOLLOW_UP,
            UpsellStatus.SUCCESS,
            UpsellStatus.FAILED,
            UpsellStatus.SKIPPED,
            UpsellStatus.PENDING,
        }
    ),
    UpsellStatus.SUCCESS: frozenset(),
    UpsellStatus.FAILED: frozenset(),
    UpsellStatus.SKIPPED: frozenset(),
}
"""Legal moves: current status → the statuses it may become (follow_up → follow_up is a new follow-up)."""

CLOSED_CASE = msg("This upsell case is already finished; its status cannot change any more.")
NOT_TAKEN = msg("This upsell case is still pending: request work or assign it before recording an outcome.")
ALREADY_TAKEN = msg("This upsell case is no longer pending: someone has already taken it.")
NOT_HELD = msg("This upsell case is not being worked on, so it cannot be given back.")


def can_transition(current: UpsellStatus, target: UpsellStatus) -> bool:
    """True when a case in `current` may become `target`."""
    return target in TRANSITIONS[current]


def check_transition(current: UpsellStatus, target: UpsellStatus) -> None:
    """The one gate of every status change of a case; raises ValidationError (field "status") with a
    readable message for an illegal move, e.g. Success on a pending case."""
    if can_transition(current, target):
        return
    if current.is_closed:
        raise ValidationError(CLOSED_CASE, field="status")
    if current is UpsellStatus.PENDING:
        raise ValidationError(NOT_TAKEN, field="status")
    if target is UpsellStatus.ASSIGNED:
        raise ValidationError(ALREADY_TAKEN, field="status")
    raise ValidationError(NOT_HELD, field="status")  # pragma: no cover  (every other pair is legal)


# -- rules ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class OrderFacts:
    """What the upsell rules look at in a new order."""

    channel: str | None
    currency: Currency
    total_minor: int
    payment_method: str
    product_ids: frozenset[int] = frozenset()
    categories: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()


@dataclass(frozen=True)
class UpsellRules:
    """Which new orders enter the queue by themselves.

    Each kind of condition is set when non-empty (the total range when either bound is given). An order
    matches when `enabled` and every set kind matches: `channels` (the order's channel is one of them),
    the total range (inclusive, in minor units of `currency`; orders in another currency do not match a
    set range), products or categories (one kind: any line of one of `product_ids` or of a product in one
    of `categories`), `payment_methods` (e.g. "cod"), `order_tags` (the order carries any of them).
    """

    enabled: bool = False
    channels: frozenset[str] = frozenset()
    currency: Currency = Currency.THB
    min_total_minor: int | None = None
    max_total_minor: int | None = None
    product_ids: frozenset[int] = frozenset()
    categories: frozenset[str] = frozenset()
    payment_methods: frozenset[str] = frozenset()
    order_tags: frozenset[str] = frozenset()

    @property
    def has_conditions(self) -> bool:
        """False when no condition is set (then every order matches while enabled)."""
        return bool(
            self.channels
            or self.min_total_minor is not None
            or self.max_total_minor is not None
            or self.product_ids
            or self.categories
            or self.payment_methods
            or self.order_tags
        )

    def needs_products(self) -> bool:
        """True when matching reads the order's products and their categories."""
        return bool(self.product_ids or self.categories)

    def matches(self, order: OrderFacts) -> bool:
        """Whether a new order enters the queue (see the class docstring)."""
        if not self.enabled:
            return False
        if self.channels and (order.channel or "") not in self.channels:
            return False
        if self.min_total_minor is not None or self.max_total_minor is not None:
            if order.currency is not self.currency:
                return False
            if self.min_total_minor is not None and order.total_minor < self.min_total_minor:
                return False
            if self.max_total_minor is not None and order.total_minor > self.max_total_minor:
                return False
        if self.needs_products() and not (
            order.product_ids & self.product_ids or order.categories & self.categories
        ):
            return False
        if self.payment_methods and order.payment_method not in self.payment_methods:
            return False
        return not (self.order_tags and not order.tags & self.order_tags)


def split_tags(text: str) -> frozenset[str]:
    """Order or case tags stored as one text of labels separated by commas → the set of labels."""
    return frozenset(t.strip() for t in text.split(",") if t.strip())


def join_tags(tags: Iterable[str]) -> str:
    """The stored form of a set of tags: sorted labels separated by commas (commas inside removed)."""
    return ",".join(sorted({t.replace(",", " ").strip() for t in tags} - {""}))


# -- distribution and reasons --------------------------------------------------------------------------
PER_REQUEST_MAX = 100
MAX_OPEN_MAX = 1000


@dataclass(frozen=True)
class Distribution:
    """How work is handed out: cases per "request work", and the most open cases one person may hold."""

    per_request: int = 5
    max_open: int = 20


DEFAULT_FAILURE_REASONS: tuple[str, ...] = (
    "Customer not interested",
    "Customer could not be reached",
    "Price too high",
    "Customer already has enough",
    "Other",
)
"""Default failure reasons (English; the UI translates these known defaults, shop-made ones are shown as
typed)."""
DEFAULT_SKIP_REASONS: tuple[str, ...] = (
    "No time before the shipping round",
    "Customer asked not to be called",
    "Order not suitable for upsell",
    "Other",
)
"""Default skip reasons (English; translated by the UI like the failure reasons)."""
MAX_REASONS = 50
MAX_REASON_CHARS = limits.TITLE_CHARS


@dataclass(frozen=True)
class UpsellSettings:
    """Everything managers set for the upsell queue; `version` 0 means never saved (the defaults)."""

    rules: UpsellRules = field(default_factory=UpsellRules)
    distribution: Distribution = field(default_factory=Distribution)
    failure_reasons: tuple[str, ...] = DEFAULT_FAILURE_REASONS
    skip_reasons: tuple[str, ...] = DEFAULT_SKIP_REASONS
    version: int = 0


def check_settings(settings: UpsellSettings) -> None:
    """Refuse settings that cannot work: per-request or maximum out of range, a negative or inverted total
    range, an empty or over-long reason list, an empty or over-long reason, duplicate reasons."""
    dist = settings.distribution
    if not 1 <= dist.per_request <= PER_REQUEST_MAX:
        raise ValidationError(
            msg("Cases per request must be between 1 and {max}."), field="per_request", max=PER_REQUEST_MAX
        )
    if not 1 <= dist.max_open <= MAX_OPEN_MAX:
        raise ValidationError(
            msg("Open cases per person must be between 1 and {max}."), field="max_open", max=MAX_OPEN_MAX
        )
    rules = settings.rules
    for bound in (rules.min_total_minor, rules.max_total_minor):
        if bound is not None and bound < 0:
            raise ValidationError(msg("An order total in the rules cannot be negative."), field="total")
        if bound is not None:
            limits.check_amount(bound, "total")
    if (
        rules.min_total_minor is not None
        and rules.max_total_minor is not None
        and rules.min_total_minor > rules.max_total_minor
    ):
        raise ValidationError(
            msg("The lowest order total is above the highest one. Swap them or clear one."), field="total"
        )
    for name, reasons in (
        ("failure_reasons", settings.failure_reasons),
        ("skip_reasons", settings.skip_reasons),
    ):
        if not reasons:
            raise ValidationError(msg("Keep at least one reason in each list."), field=name)
        if len(reasons) > MAX_REASONS:
            raise ValidationError(
                msg("A reason list can have at most {max} reasons."), field=name, max=MAX_REASONS
            )
        if any(not r.strip() for r in reasons):
            raise ValidationError(msg("A reason cannot be empty."), field=name)
        if any(len(r) > MAX_REASON_CHARS for r in reasons):
            raise ValidationError(
                msg("A reason can be at most {max} characters."), field=name, max=MAX_REASON_CHARS
            )
        if len({r.casefold() for r in reasons}) != len(reasons):
            raise ValidationError(msg("The same reason is in the list twice."), field=name)


def settings_to_json(settings: UpsellSettings) -> dict[str, Any]:
    """The JSON form stored in the settings table (without the version, which is the row's)."""
    r, d = settings.rules, settings.distribution
    return {
        "rules": {
            "enabled": r.enabled,
            "channels": sorted(r.channels),
            "currency": r.currency.value,
            "min_total_minor": r.min_total_minor,
            "max_total_minor": r.max_total_minor,
            "product_ids": sorted(r.product_ids),
            "categories": sorted(r.categories),
            "payment_methods": sorted(r.payment_methods),
            "order_tags": sorted(r.order_tags),
        },
        "distribution": {"per_request": d.per_request, "max_open": d.max_open},
        "failure_reasons": list(settings.failure_reasons),
        "skip_reasons": list(settings.skip_reasons),
    }


def settings_from_json(data: Mapping[str, Any], version: int) -> UpsellSettings:
    """Inverse of `settings_to_json`; a missing key takes its default (older stored settings)."""
    r = data.get("rules") or {}
    d = data.get("distribution") or {}
    base = UpsellSettings()
    return UpsellSettings(
        rules=UpsellRules(
            enabled=bool(r.get("enabled", False)),
            channels=frozenset(r.get("channels") or ()),
            currency=Currency(r.get("currency") or Currency.THB.value),
            min_total_minor=r.get("min_total_minor"),
            max_total_minor=r.get("max_total_minor"),
            product_ids=frozenset(int(i) for i in r.get("product_ids") or ()),
            categories=frozenset(r.get("categories") or ()),
            payment_methods=frozenset(r.get("payment_methods") or ()),
            order_tags=frozenset(r.get("order_tags") or ()),
        ),
        distribution=Distribution(
            int(d.get("per_request", base.distribution.per_request)),
            int(d.get("max_open", base.distribution.max_open)),
        ),
        failure_reasons=tuple(data.get("failure_reasons") or base.failure_reasons),
        skip_reasons=tuple(data.get("skip_reasons") or base.skip_reasons),
        version=version,
    )


# -- notes and images ----------------------------------------------------------------------------------
MAX_NOTE_IMAGES = limits.NOTE_IMAGES
MAX_IMAGE_BYTES = limits.IMAGE_MAX_BYTES
MAX_THUMB_BYTES = limits.THUMB_MAX_BYTES
MAX_NOTE_CHARS = limits.NOTE_CHARS
MAX_TAGS = 20


@dataclass(frozen=True)
class NoteImageInput:
    """An image attached to a new note: file name, its bytes, and a small PNG/JPEG thumbnail made by the
    UI (None: the UI scales the full image when it shows it)."""

    name: str
    data: bytes
    thumb: bytes | None = None


@dataclass(frozen=True)
class UpsellLineInput:
    """A product the customer added on the call: which unit (of which product) and how many."""

    unit_id: int
    quantity: int


# -- records -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class UpsellRow:
    """One line of the upsell list: the case with its order and customer, everything the table paints."""

    id: int
    order_id: int
    order_number: str
    ordered_at: datetime
    customer_id: int
    customer_name: str
    phone: str | None
    channel: Channel | None
    status: UpsellStatus
    source: UpsellSource
    queued_at: datetime
    assignee_id: int | None
    assignee_name: str
    assigned_at: datetime | None
    reason: str
    next_call_at: datetime | None
    closed_at: datetime | None
    order_total_minor: int
    """The order's whole total now (upsell lines included)."""
    upsell_minor: int
    currency: Currency
    payment_method: str
    call_count: int
    note_count: int
    tags: tuple[str, ...]
    version: int


@dataclass(frozen=True)
class UpsellCount:
    """How many cases a tab holds; `capped` when there are at least list_query.COUNT_CAP."""

    status: UpsellStatus
    count: int
    capped: bool


@dataclass(frozen=True)
class UpsellCustomer:
    """The customer part of the case screen."""

    id: int
    name: str
    phone: str | None
    phone2: str | None
    email: str | None
    address_line: str
    subdistrict: str
    district: str
    province: str
    postcode: str
    country: str
    channel: Channel | None
    tags: tuple[str, ...]
    """The customer's own tags (names), sorted."""


@dataclass(frozen=True)
class UpsellOrder:
    """The order part of the case screen, with its original and upsell lines and the three totals."""

    id: int
    number: str
    status: OrderStatus
    ordered_at: datetime
    pack_by: date | None
    carrier: str
    payment_method: str
    tags: tuple[str, ...]
    currency: Currency
    original_lines: tuple[OrderLineRecord, ...]
    upsell_lines: tuple[OrderLineRecord, ...]
    shipping_minor: int
    discount_minor: int
    original_total_minor: int
    """What the order came to before any upsell (its total less the upsell lines)."""
    upsell_total_minor: int
    """Sum of the upsell lines."""
    total_minor: int
    """The whole order now: original + upsell."""
    version: int


@dataclass(frozen=True)
class UpsellDetail:
    """Everything the case screen shows (notes, calls and history are read separately)."""

    case: UpsellRow
    customer: UpsellCustomer
    order: UpsellOrder
    failure_reasons: tuple[str, ...]
    skip_reasons: tuple[str, ...]
    running_call: CallRecord | None
    """The acting user's call on this case that is started and not yet stopped, if any."""


@dataclass(frozen=True)
class CallRecord:
    """A logged call: who, on which record, start, end and duration (None while it runs)."""

    id: int
    entity: str
    entity_id: int
    customer_id: int | None
    user_id: int | None
    user_name: str
    started_at: datetime
    ended_at: datetime | None
    seconds: int | None
    purpose: str


@dataclass(frozen=True)
class NoteImageMeta:
    """An image of a note without its full bytes: the thumbnail (when there is one) opens the full one."""

    id: int
    position: int
    name: str
    mime: str
    size: int
    thumb: bytes | None


@dataclass(frozen=True)
class UpsellNoteRecord:
    """A note on an upsell case (not an order note)."""

    id: int
    case_id: int
    text: str
    pinned: bool
    at: datetime
    user_id: int | None
    author: str
    images: tuple[NoteImageMeta, ...]


@dataclass(frozen=True)
class NoteImage:
    """One full image of a note."""

    id: int
    name: str
    mime: str
    data: bytes


@dataclass(frozen=True)
class UpsellCandidate:
    """An awaiting order not in the upsell queue, offered by "Select orders into upsell"."""

    order_id: int
    number: str
    ordered_at: datetime
    customer_id: int
    customer_name: str
    channel: Channel | None
    payment_method: str
    total_minor: int
    currency: Currency
