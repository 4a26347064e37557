"""Names of opportunity things in the user's language: states, sorts, note kinds, the shipped stage names and
lost reasons, durations, money totals per currency, and the status icons of cards and list rows."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from PySide6.QtGui import QIcon

from salesapp.domain.money import Money, format_minor
from salesapp.domain.opportunity import (
    DEFAULT_LOST_REASONS,
    MoneyTotal,
    NoteKind,
    OpportunityRecord,
    OpportunitySort,
    StageKind,
)
from salesapp.ui.shared.i18n import tr_noop, translate
from salesapp.ui.shared.icons import icon

CONTEXT = "Opportunities"
STATE_NAMES = {
    StageKind.OPEN: tr_noop("Opportunities", "Open"),
    StageKind.WON: tr_noop("Opportunities", "Won"),
    StageKind.LOST: tr_noop("Opportunities", "Lost"),
}
SORT_NAMES = {
    OpportunitySort.STALEST: tr_noop("Opportunities", "Longest without activity first"),
    OpportunitySort.CLOSING: tr_noop("Opportunities", "Closing soonest first"),
    OpportunitySort.AMOUNT: tr_noop("Opportunities", "Largest amount first"),
    OpportunitySort.NEWEST: tr_noop("Opportunities", "Newest first"),
}
NOTE_KIND_NAMES = {
    NoteKind.NOTE: tr_noop("Opportunities", "Note"),
    NoteKind.CALL: tr_noop("Opportunities", "Call"),
}
# The stages every new database starts with (m0010) and the lost reasons offered until a manager saves a
# list: stored in English, shown in the user's language until someone renames them.
SHIPPED_NAMES = (
    tr_noop("Opportunities", "Interested"),
    tr_noop("Opportunities", "Presented"),
    tr_noop("Opportunities", "Quotation sent"),
    tr_noop("Opportunities", "Considering"),
    tr_noop("Opportunities", "Negotiating"),
    tr_noop("Opportunities", "Won"),
    tr_noop("Opportunities", "Lost"),
    tr_noop("Opportunities", "Price too high"),
    tr_noop("Opportunities", "Bought from a competitor"),
    tr_noop("Opportunities", "No budget"),
    tr_noop("Opportunities", "Not needed any more"),
    tr_noop("Opportunities", "No reply from the customer"),
    tr_noop("Opportunities", "Bad timing"),
)
assert set(DEFAULT_LOST_REASONS) <= set(SHIPPED_NAMES)


def state_name(state: StageKind | None) -> str:
    """Open / Won / Lost, or "All" for None."""
    if state is None:
        return translate("Opportunities", "All")
    return translate(CONTEXT, STATE_NAMES[state])


def sort_name(sort: OpportunitySort) -> str:
    """An order of the list in the user's language."""
    return translate(CONTEXT, SORT_NAMES[sort])


def note_kind_name(kind: NoteKind) -> str:
    """Note / Call."""
    return translate(CONTEXT, NOTE_KIND_NAMES[kind])


def shown_name(stored: str) -> str:
    """A stage name or lost reason as stored; the shipped English ones in the user's language."""
    return translate(CONTEXT, stored) if stored in SHIPPED_NAMES else stored


def stage_label(name: str, probability: int) -> str:
    """ "Negotiating · 80%"."""
    return translate("Opportunities", "{0} · {1}%").format(shown_name(name), probability)


def duration_text(span: timedelta | None) -> str:
    """A time spent in a stage, coarse as people say it: "3 d 4 h", "5 h 10 min", "2 min"; "—" for None."""
    if span is None:
        return "—"
    minutes = int(span.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return translate("Opportunities", "{0} d {1} h").format(days, hours)
    if hours:
        return translate("Opportunities", "{0} h {1} min").format(hours, mins)
    return translate("Opportunities", "{0} min").format(mins)


def totals_text(totals: Iterable[MoneyTotal], weighted: bool) -> str:
    """Amounts (or forecasts) of several currencies: "฿45,000.00 + 2.000.000 ₫"; "0" when none."""
    parts = [format_minor(t.weighted_minor if weighted else t.amount_minor, t.currency) for t in totals]
    return " + ".join(parts) or "0"


def money_text(amounts: Iterable[Money]) -> str:
    """Several amounts of different currencies joined with +; "0" when none."""
    return " + ".join(a.format() for a in amounts) or "0"


def status_icon(record: OpportunityRecord) -> QIcon:
    """The list's icon: a warning when stale, a grey tick when won, none otherwise."""
    if record.stale:
        return icon("status_overdue")
    if record.stage_kind is StageKind.WON:
        return icon("status_closed")
    return QIcon()


def stale_icon() -> QIcon:
    """The mark of an opportunity idle longer than its stage allows."""
    return icon("status_overdue")
