"""Names and icons of follow-up kinds, statuses and history actions, in the user's language."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from salesapp.domain.enums import Action
from salesapp.domain.followup import FollowUpKind, FollowUpStatus, StatusFilter
from salesapp.ui.shared.i18n import tr_noop, translate
from salesapp.ui.shared.icons import icon

CONTEXT = "FollowUp"
KIND_NAMES = {
    FollowUpKind.ORDER: tr_noop("FollowUp", "Order"),
    FollowUpKind.CONTACT_REQUEST: tr_noop("FollowUp", "Contact-back request"),
    FollowUpKind.PAYMENT_NOTICE: tr_noop("FollowUp", "Payment notice"),
}
KIND_TABS = {
    FollowUpKind.ORDER: tr_noop("FollowUp", "Orders"),
    FollowUpKind.CONTACT_REQUEST: tr_noop("FollowUp", "Contact-back requests"),
    FollowUpKind.PAYMENT_NOTICE: tr_noop("FollowUp", "Payment notices"),
}
STATUS_NAMES = {
    FollowUpStatus.NEW: tr_noop("FollowUp", "New"),
    FollowUpStatus.TRACKING: tr_noop("FollowUp", "Tracking"),
    FollowUpStatus.DUE: tr_noop("FollowUp", "Due"),
    FollowUpStatus.OVERDUE: tr_noop("FollowUp", "Overdue"),
    FollowUpStatus.CLOSED: tr_noop("FollowUp", "Closed"),
}
FILTER_NAMES = {
    StatusFilter.OPEN: tr_noop("FollowUp", "Open (new, due, tracking)"),
    StatusFilter.NEW: tr_noop("FollowUp", "New"),
    StatusFilter.DUE: tr_noop("FollowUp", "Due and overdue"),
    StatusFilter.TRACKING: tr_noop("FollowUp", "Tracking"),
    StatusFilter.CLOSED: tr_noop("FollowUp", "Closed"),
}
ACTION_NAMES = {
    Action.CREATED: tr_noop("FollowUp", "Created"),
    Action.UPDATED: tr_noop("FollowUp", "Changed"),
    Action.DELETED: tr_noop("FollowUp", "Deleted"),
    Action.NOTE_ADDED: tr_noop("FollowUp", "Note added"),
    Action.CLOSED: tr_noop("FollowUp", "Follow-up ended"),
    Action.REOPENED: tr_noop("FollowUp", "Reopened"),
    Action.MATCHED: tr_noop("FollowUp", "Matched payment"),
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
