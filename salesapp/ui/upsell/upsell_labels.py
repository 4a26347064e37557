"""Names and icons of upsell things in the user's language: statuses and tabs, the default reasons,
payment methods, where a case came from, and the actions of its history."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from salesapp.domain.enums import Action
from salesapp.domain.upsell import UpsellSource, UpsellStatus
from salesapp.ui.shared.i18n import tr_noop, translate
from salesapp.ui.shared.icons import icon

CONTEXT = "Upsell"
STATUS_NAMES = {
    UpsellStatus.PENDING: tr_noop("Upsell", "Pending"),
    UpsellStatus.ASSIGNED: tr_noop("Upsell", "Assigned"),
    UpsellStatus.FOLLOW_UP: tr_noop("Upsell", "Follow-up"),
    UpsellStatus.SUCCESS: tr_noop("Upsell", "Success"),
    UpsellStatus.FAILED: tr_noop("Upsell", "Failed"),
    UpsellStatus.SKIPPED: tr_noop("Upsell", "Skipped"),
}
# Status icons reuse the follow-up set: waiting (new), being worked (tracking), call due (due), success
# (closed), failed (overdue, red), skipped (closed).
STATUS_ICONS = {
    UpsellStatus.PENDING: "status_new",
    UpsellStatus.ASSIGNED: "status_tracking",
    UpsellStatus.FOLLOW_UP: "status_due",
    UpsellStatus.SUCCESS: "status_closed",
    UpsellStatus.FAILED: "status_overdue",
    UpsellStatus.SKIPPED: "status_closed",
}
SOURCE_NAMES = {
    UpsellSource.RULE: tr_noop("Upsell", "matched the upsell rules"),
    UpsellSource.MANUAL: tr_noop("Upsell", "selected by hand"),
}
REASON_NAMES = {
    "Customer not interested": tr_noop("Upsell", "Customer not interested"),
    "Customer could not be reached": tr_noop("Upsell", "Customer could not be reached"),
    "Price too high": tr_noop("Upsell", "Price too high"),
    "Customer already has enough": tr_noop("Upsell", "Customer already has enough"),
    "Other": tr_noop("Upsell", "Other"),
    "No time before the shipping round": tr_noop("Upsell", "No time before the shipping round"),
    "Customer asked not to be called": tr_noop("Upsell", "Customer asked not to be called"),
    "Order not suitable for upsell": tr_noop("Upsell", "Order not suitable for upsell"),
}
ACTION_NAMES = {
    Action.QUEUED: tr_noop("Upsell", "Queued"),
    Action.ASSIGNED: tr_noop("Upsell", "Assigned"),
    Action.GIVEN_BACK: tr_noop("Upsell", "Given back"),
    Action.STATUS_CHANGED: tr_noop("Upsell", "Status changed"),
    Action.NOTE_ADDED: tr_noop("Upsell", "Note added"),
    Action.NOTE_DELETED: tr_noop("Upsell", "Note deleted"),
    Action.NOTE_PINNED: tr_noop("Upsell", "Note pinned"),
    Action.NOTE_UNPINNED: tr_noop("Upsell", "Note unpinned"),
    Action.CALLED: tr_noop("Upsell", "Call"),
    Action.TAGGED: tr_noop("Upsell", "Tag added"),
    Action.UNTAGGED: tr_noop("Upsell", "Tag removed"),
    Action.CREATED: tr_noop("Upsell", "Created"),
    Action.UPDATED: tr_noop("Upsell", "Changed"),
}
FIELD_NAMES = {
    "status": tr_noop("Upsell", "status"),
    "assignee": tr_noop("Upsell", "assigned to"),
    "reason": tr_noop("Upsell", "reason"),
    "next_call_at": tr_noop("Upsell", "next call"),
    "upsell_minor": tr_noop("Upsell", "upsell amount"),
    "seconds": tr_noop("Upsell", "length"),
    "started_at": tr_noop("Upsell", "started"),
    "ended_at": tr_noop("Upsell", "ended"),
    "pinned": tr_noop("Upsell", "pinned"),
    "images": tr_noop("Upsell", "images"),
    "tags": tr_noop("Upsell", "tags"),
}
YES_NO = (tr_noop("Upsell", "no"), tr_noop("Upsell", "yes"))


def status_name(status: UpsellStatus) -> str:
    """A status in the user's language (also the tab title)."""
    return translate(CONTEXT, STATUS_NAMES[UpsellStatus(status)])


def status_icon(status: UpsellStatus) -> QIcon:
    """The list's status icon."""
    return icon(STATUS_ICONS[UpsellStatus(status)])


def source_name(source: UpsellSource) -> str:
    """How a case entered the queue."""
    return translate(CONTEXT, SOURCE_NAMES[UpsellSource(source)])


def reason_name(reason: str) -> str:
    """A reason as shown: the known defaults translated, a shop's own reasons as typed."""
    known = REASON_NAMES.get(reason)
    return translate(CONTEXT, known) if known else reason


def action_name(action: Action) -> str:
    """What a history line records."""
    name = ACTION_NAMES.get(action)
    return translate(CONTEXT, name) if name else action.value


def field_name(name: str) -> str:
    """A changed field of a history line."""
    known = FIELD_NAMES.get(name)
    return translate(CONTEXT, known) if known else name


def yes_no(value: bool) -> str:
    """A true/false value of a history line."""
    return translate(CONTEXT, YES_NO[bool(value)])
