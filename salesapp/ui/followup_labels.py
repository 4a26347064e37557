"""Names and icons of follow-up kinds, statuses and history actions, in the user's language."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from salesapp.domain.enums import Action
from salesapp.domain.followup import FollowUpKind, FollowUpStatus, StatusFilter
from salesapp.ui.i18n import tr_noop, translate
from salesapp.ui.icons import icon

CONTEXT = "FollowUp"
KIND_NAMES = {
    FollowUpKind.ORDER: tr_noop(CONTEXT, "Order"),
    FollowUpKind.CONTACT_REQUEST: tr_noop(CONTEXT, "Contact-back request"),
    FollowUpKind.PAYMENT_NOTICE: tr_noop(CONTEXT, "Payment notice"),
}
KIND_TABS = {
    FollowUpKind.ORDER: tr_noop(CONTEXT, "Orders"),
    FollowUpKind.CONTACT_REQUEST: tr_noop(CONTEXT, "Contact-back requests"),
    FollowUpKind.PAYMENT_NOTICE: tr_noop(CONTEXT, "Payment notices"),
}
STATUS_NAMES = {
    FollowUpStatus.NEW: tr_noop(CONTEXT, "New"),
    FollowUpStatus.TRACKING: tr_noop(CONTEXT, "Tracking"),
    FollowUpStatus.DUE: tr_noop(CONTEXT, "Due"),
    FollowUpStatus.OVERDUE: tr_noop(CONTEXT, "Overdue"),
    FollowUpStatus.CLOSED: tr_noop(CONTEXT, "Closed"),
}
FILTER_NAMES = {
    StatusFilter.OPEN: tr_noop(CONTEXT, "Open (new, due, tracking)"),
    StatusFilter.NEW: tr_noop(CONTEXT, "New"),
    StatusFilter.DUE: tr_noop(CONTEXT, "Due and overdue"),
    StatusFilter.TRACKING: tr_noop(CONTEXT, "Tracking"),
    StatusFilter.CLOSED: tr_noop(CONTEXT, "Closed"),
}
ACTION_NAMES = {
    Action.CREATED: tr_noop(CONTEXT, "Created"),
    Action.UPDATED: tr_noop(CONTEXT, "Changed"),
    Action.DELETED: tr_noop(CONTEXT, "Deleted"),
    Action.NOTE_ADDED: tr_noop(CONTEXT, "Note added"),
    Action.CLOSED: tr_noop(CONTEXT, "Follow-up ended"),
    Action.REOPENED: tr_noop(CONTEXT, "Reopened"),
    Action.MATCHED: tr_noop(CONTEXT, "Matched payment"),
}


def kind_name(kind: FollowUpKind) -> str:
    """ "Order", "Contact-back request", "Payment notice"."""
    return translate(CONTEXT, KIND_NAMES[kind])


def kind_tab(kind: FollowUpKind) -> str:
    """The plural, as a tab title."""
    return translate(CONTEXT, KIND_TABS[kind])


def status_name(status: FollowUpStatus) -> str:
    """A status in the user's language."""
    return translate(CONTEXT, STATUS_NAMES[status])


def filter_name(choice: StatusFilter) -> str:
    """A status filter choice in the user's language."""
    return translate(CONTEXT, FILTER_NAMES[choice])


def action_name(action: Action) -> str:
    """What a history line records, in the user's language."""
    name = ACTION_NAMES.get(action)
    return translate(CONTEXT, name) if name else action.value


def status_icon(status: FollowUpStatus) -> QIcon:
    """The list's status icon (resources/icons/status_*.svg)."""
    return icon(f"status_{status.value}")
