"""Opportunities and their pipeline: stage kinds, plain records, and the rules as pure functions.

Money is integer minor units of one currency; a forecast (amount × probability) is rounded half up to a
whole minor unit per opportunity, and column and pipeline totals are sums of those rounded forecasts, so
a board column always adds up to its cards. Stale: an open opportunity left longer than its stage's idle
limit (days without a note, call or stage change).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from salesapp.domain import limits
from salesapp.domain.enums import Currency
from salesapp.domain.errors import ValidationError, msg
from salesapp.domain.money import Money
from salesapp.domain.text import clean_line, nfc

WON_PROBABILITY = 100
LOST_PROBABILITY = 0
MAX_TITLE = limits.TITLE_CHARS
MAX_STAGE_NAME = limits.LABEL_CHARS
MAX_IDLE_DAYS = 3650
MAX_AMOUNT_MINOR = limits.MAX_AMOUNT_MINOR  # far beyond any sale, far below 64-bit overflow of amount × 100
MAX_LOST_REASONS = 50

# Offered when a manager never saved a list (English; the UI translates these known defaults).
DEFAULT_LOST_REASONS: tuple[str, ...] = (
    "Price too high",
    "Bought from a competitor",
    "No budget",
    "Not needed any more",
    "No reply from the customer",
    "Bad timing",
)


class StageKind(StrEnum):
    """What a stage means: still open, closed as won (probability 100) or closed as lost (0)."""

    OPEN = "open"
    WON = "won"
    LOST = "lost"

    @property
    def fixed_probability(self) -> int | None:
        """100 for won, 0 for lost, None for open stages (any 0–100)."""
        return {StageKind.WON: WON_PROBABILITY, StageKind.LOST: LOST_PROBABILITY}.get(self)


class NoteKind(StrEnum):
    """A written note or a logged call; both reset the idle time."""

    NOTE = "note"
    CALL = "call"


@dataclass(frozen=True)
class StageRecord:
    """A stage as configured: name, place on the board, probability, kind, default flag, idle limit."""

    id: int
    name: str
    position: int
    probability: int
    kind: StageKind
    is_default: bool
    idle_days: int | None
    version: int

    @property
    def is_open(self) -> bool:
        """An open stage: it has a board column."""
        return self.kind is StageKind.OPEN


@dataclass(frozen=True)
class OpportunityRecord:
    """One opportunity with everything the list, a board card and the detail pane show.

    `weighted_minor` is `forecast(amount_minor, probability)`; `stale` is computed with the clock of the
    read (always False for closed opportunities); `idle_days` is the stage's limit.
    """

    id: int
    customer_id: int
    customer_name: str
    owner_id: int | None
    owner_name: str
    title: str
    amount_minor: int
    currency: Currency
    expected_close: date | None
    stage_id: int
    stage_name: str
    stage_kind: StageKind
    probability: int
    weighted_minor: int
    products: str
    notes: str
    lost_reason: str
    stage_entered_at: datetime
    last_activity_at: datetime
    closed_at: datetime | None
    created_at: datetime
    updated_at: datetime
    version: int
    idle_days: int | None
    stale: bool

    @property
    def is_open(self) -> bool:
        """Not yet won or lost."""
        return self.stage_kind is StageKind.OPEN

    @property
    def amount(self) -> Money:
        """The expected amount as Money."""
        return Money(self.amount_minor, self.currency)

    @property
    def weighted(self) -> Money:
        """The forecast as Money."""
        return Money(self.weighted_minor, self.currency)


@dataclass(frozen=True)
class StageChangeRecord:
    """One stage change: from (None when created), to, who, when, and how long it stayed in `to`.

    `duration` runs to the next change, or to the read's `now` for the latest one (`current` is then
    True); a closed opportunity's last change (won/lost) has `duration` None: it stays closed.
    """

    id: int
    opportunity_id: int
    from_stage_id: int | None
    from_stage_name: str
    to_stage_id: int
    to_stage_name: str
    to_kind: StageKind
    at: datetime
    user_id: int | None
    user_name: str
    duration: timedelta | None
    current: bool


@dataclass(frozen=True)
class OpportunityNoteRecord:
    """A note or logged call on an opportunity."""

    id: int
    opportunity_id: int
    kind: NoteKind
    text: str
    at: datetime
    user_id: int | None
    user_name: str


@dataclass(frozen=True)
class MoneyTotal:
    """Amount and weighted forecast summed over opportunities of one currency."""

    currency: Currency
    amount_minor: int
    weighted_minor: int


@dataclass(frozen=True)
class BoardColumn:
    """A board column: an open stage, how many opportunities it holds and their totals per currency
    (each in the currency's order THB, VND), how many are stale, and its first cards (stalest first:
    least recent activity)."""

    stage: StageRecord
    count: int
    totals: tuple[MoneyTotal, ...]
    stale_count: int
    cards: tuple[OpportunityRecord, ...]

    @property
    def has_more(self) -> bool:
        """More opportunities than cards: the column can load more."""
        return self.count > len(self.cards)


@dataclass(frozen=True)
class PipelineRow:
    """One salesperson's pipeline (owner None: opportunities without an owner).

    open: amount and forecast of open opportunities per currency; won/lost this month: closed in the
    calendar month of `now` as lived in the user's time zone, with their amounts per currency.
    """

    owner_id: int | None
    owner_name: str
    open_count: int
    open: tuple[MoneyTotal, ...]
    stale_count: int
    won_count: int
    won: tuple[Money, ...]
    lost_count: int
    lost: tuple[Money, ...]


@dataclass(frozen=True)
class OpportunityInput:
    """What a user typed into the opportunity form, before validation.

    owner_id None: the customer's owner, or the acting user when the customer has none (sales staff
    always own what they create).
    """

    title: str
    amount_minor: int = 0
    currency: Currency = Currency.THB
    expected_close: date | None = None
    owner_id: int | None = None
    products: str = ""
    notes: str = ""


class OpportunitySort(StrEnum):
    """Orders of the opportunity list."""

    STALEST = "stalest"  # least recent activity first
    CLOSING = "closing"  # expected close date, soonest first (no date last)
    AMOUNT = "amount"  # largest amount first
    NEWEST = "newest"  # created last first


@dataclass(frozen=True)
class OpportunityFilter:
    """Which opportunities a list or board shows.

    state: open / won / lost, or None for all; stage_id: one stage (list only); owner_id: one
    salesperson (sales staff are always limited to themselves); customer_id: one customer; stale_only:
    only open opportunities past their stage's idle limit.
    """

    state: StageKind | None = StageKind.OPEN
    stage_id: int | None = None
    owner_id: int | None = None
    customer_id: int | None = None
    stale_only: bool = False
    sort: OpportunitySort = OpportunitySort.STALEST


@dataclass(frozen=True)
class LostReasons:
    """The configurable list of reasons offered when an opportunity is lost; version 0 = never saved."""

    reasons: tuple[str, ...]
    version: int


# -- rules ---------------------------------------------------------------------------------------------


def forecast(amount_minor: int, probability: int) -> int:
    """amount × probability / 100 in whole minor units, rounded half up (integer arithmetic only):
    forecast(1_999, 50) == 1_000 (999.5 → 1,000), forecast(1_001, 25) == 250 (250.25 → 250).

    Amounts are never negative (validated); the SQL totals compute the same `(a * p + 50) / 100`.
    """
    if amount_minor < 0:
        raise ValueError("negative amount")
    if not 0 <= probability <= 100:
        raise ValueError("probability out of range")
    return (amount_minor * probability + 50) // 100


def is_stale(last_activity_at: datetime, idle_days: int | None, now: datetime) -> bool:
    """True when more than `idle_days` whole days passed since the last activity (no limit: never)."""
    if idle_days is None:
        return False
    return now - last_activity_at > timedelta(days=idle_days)


def stale_before(idle_days: int, now: datetime) -> datetime:
    """The last-activity time before which an opportunity with this idle limit is stale."""
    return now - timedelta(days=idle_days)


def stage_durations(changes: Sequence[datetime], now: datetime, closed: bool) -> list[timedelta | None]:
    """How long each stage of a history lasted, given the times of its changes (oldest first): each runs
    to the next change; the last runs to `now`, or is None when the opportunity is closed."""
    out: list[timedelta | None] = []
    for i, at in enumerate(changes):
        if i + 1 < len(changes):
            out.append(changes[i + 1] - at)
        else:
            out.append(None if closed else max(now - at, timedelta(0)))
    return out


def time_per_stage(history: Iterable[StageChangeRecord]) -> dict[int, timedelta]:
    """Total time spent in each stage (a stage visited twice adds up), stage id → duration."""
    out: dict[int, timedelta] = {}
    for change in history:
        if change.duration is not None:
            out[change.to_stage_id] = out.get(change.to_stage_id, timedelta(0)) + change.duration
    return out


def add_totals(totals: Iterable[MoneyTotal]) -> tuple[MoneyTotal, ...]:
    """Sum totals per currency (THB first, then VND)."""
    sums: dict[Currency, tuple[int, int]] = {}
    for t in totals:
        a, w = sums.get(t.currency, (0, 0))
        sums[t.currency] = (a + t.amount_minor, w + t.weighted_minor)
    return tuple(MoneyTotal(c, *sums[c]) for c in Currency if c in sums)


def stage_name_key(name: str) -> str:
    """What makes two stage names the same: NFC, spaces collapsed, case folded."""
    return nfc(clean_line(name)).casefold()


def clean_stage_values(
    name: str, probability: int, idle_days: int | None, kind: StageKind
) -> tuple[str, int, int | None]:
    """Check one stage's fields; returns (clean name, probability, idle days) or raises ValidationError.

    Name non-empty (≤ 60 characters); probability 0–100, and exactly 100 for won, 0 for lost; idle days
    None (no limit) or 1–3650; a closed stage has no idle limit (it never goes stale).
    """
    clean = clean_line(name)
    if not clean:
        raise ValidationError(msg("Enter the stage's name."), field="name")
    if len(clean) > MAX_STAGE_NAME:
        raise ValidationError(
            msg("A stage's name has at most {count} characters."), field="name", count=MAX_STAGE_NAME
        )
    if not 0 <= probability <= 100:
        raise ValidationError(msg("The probability is a whole number from 0 to 100."), field="probability")
    fixed = kind.fixed_probability
    if fixed is not None and probability != fixed:
        if kind is StageKind.WON:
            raise ValidationError(msg("The won stage's probability is always 100%."), field="probability")
        raise ValidationError(msg("The lost stage's probability is always 0%."), field="probability")
    if idle_days is not None and not 1 <= idle_days <= MAX_IDLE_DAYS:
        raise ValidationError(
            msg("The idle limit is 1 to {high} days, or none."), field="idle_days", high=MAX_IDLE_DAYS
        )
    return clean, probability, idle_days if kind is StageKind.OPEN else None


def check_stage_set(stages: Sequence[StageRecord]) -> None:
    """The rules the whole set of stages keeps at all times; raises ValidationError on the first broken:
    exactly one won and one lost stage, at least one open stage, exactly one default which is open,
    unique names (case and spacing ignored), won at 100 and lost at 0."""
    kinds = [s.kind for s in stages]
    if kinds.count(StageKind.WON) != 1 or kinds.count(StageKind.LOST) != 1:
        raise ValidationError(msg("The pipeline keeps exactly one won stage and one lost stage."))
    if StageKind.OPEN not in kinds:
        raise ValidationError(msg("The pipeline needs at least one open stage."))
    defaults = [s for s in stages if s.is_default]
    if len(defaults) != 1:
        raise ValidationError(msg("Exactly one stage is the default for new opportunities."))
    if not defaults[0].is_open:
        raise ValidationError(msg("The default stage must be an open stage, not won or lost."))
    seen: set[str] = set()
    for s in stages:
        key = stage_name_key(s.name)
        if key in seen:
            raise ValidationError(msg("A stage named “{name}” exists already."), field="name", name=s.name)
        seen.add(key)
        fixed = s.kind.fixed_probability
        if fixed is not None and s.probability != fixed:
            raise ValidationError(msg("Won is always 100% and lost always 0%."), field="probability")


def check_stage_delete(stage: StageRecord, uses: int) -> None:
    """A stage may be deleted only when open, not the default, and used by no opportunity (now or in a
    history); `uses` counts the opportunities that are in it or passed through it."""
    if not stage.is_open:
        raise ValidationError(msg("The won and lost stages cannot be deleted."))
    if stage.is_default:
        raise ValidationError(msg("Make another stage the default before deleting this one."))
    if uses:
        raise ValidationError(
            msg(
                "{count} opportunities are in this stage or passed through it. Move them to another "
                "stage first (their history keeps the stage too), or rename the stage instead."
            ),
            count=uses,
        )


def clean_lost_reasons(reasons: Iterable[str]) -> tuple[str, ...]:
    """The list as saved: cleaned lines, empty ones dropped, duplicates (case ignored) dropped, order
    kept; at most 50 reasons of at most 200 characters."""
    out: list[str] = []
    seen: set[str] = set()
    for reason in reasons:
        clean = clean_line(reason)
        if not clean or clean.casefold() in seen:
            continue
        if len(clean) > MAX_TITLE:
            raise ValidationError(
                msg("A reason has at most {count} characters."), field="reasons", count=MAX_TITLE
            )
        seen.add(clean.casefold())
        out.append(clean)
    if len(out) > MAX_LOST_REASONS:
        raise ValidationError(msg("At most {count} reasons."), field="reasons", count=MAX_LOST_REASONS)
    return tuple(out)


def clean_amount(amount_minor: int) -> int:
    """An expected amount: whole minor units, 0 or more."""
    if isinstance(amount_minor, bool) or not isinstance(amount_minor, int):
        raise ValidationError(msg("“{text}” is not an amount of money."), field="amount", text=amount_minor)
    if amount_minor < 0:
        raise ValidationError(msg("The expected amount cannot be negative."), field="amount")
    if amount_minor > MAX_AMOUNT_MINOR:
        raise ValidationError(msg("The expected amount is too large."), field="amount")
    return amount_minor


def month_start(day: date) -> date:
    """The first day of `day`'s month."""
    return day.replace(day=1)


def next_month_start(day: date) -> date:
    """The first day of the month after `day`'s."""
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)
