"""The audit trail's words in the user's language: record kinds, actions, changed fields, and how a stored
value (a time, a yes/no, a list, nothing) reads; the export's texts built from them."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime, tzinfo
from typing import Any

from salesapp.domain.enums import Action, Channel, EntityKind, Role
from salesapp.domain.phone import format_national
from salesapp.services.admin.audit_list import AuditTexts
from salesapp.ui.admin._staff_form import role_text
from salesapp.ui.customers.customer_labels import CONTEXT as CUSTOMERS
from salesapp.ui.customers.customer_labels import COUNTRIES, EXPORT_HEADERS, channel_name, country_name
from salesapp.ui.shared.i18n import tr_noop, translate
from salesapp.ui.shared.qtdates import format_datetime

CONTEXT = "Audit"
KIND_NAMES = {
    EntityKind.USER: tr_noop("Audit", "Staff account"),
    EntityKind.CUSTOMER: tr_noop("Audit", "Customer"),
    EntityKind.TAG: tr_noop("Audit", "Tag"),
    EntityKind.PRODUCT: tr_noop("Audit", "Product"),
    EntityKind.ORDER: tr_noop("Audit", "Order"),
    EntityKind.SETTING: tr_noop("Audit", "Setting"),
    EntityKind.FOLLOWUP: tr_noop("Audit", "Follow-up"),
    EntityKind.CONTACT_REQUEST: tr_noop("Audit", "Call-back request"),
    EntityKind.PAYMENT_NOTICE: tr_noop("Audit", "Payment notice"),
    EntityKind.APPOINTMENT: tr_noop("Audit", "Appointment"),
    EntityKind.SEGMENT: tr_noop("Audit", "Segment"),
    EntityKind.UPSELL_CASE: tr_noop("Audit", "Upsell case"),
    EntityKind.OPPORTUNITY: tr_noop("Audit", "Opportunity"),
    EntityKind.OPPORTUNITY_STAGE: tr_noop("Audit", "Opportunity stage"),
    EntityKind.POOL: tr_noop("Audit", "Pool"),
}
ACTION_NAMES = {
    Action.CREATED: tr_noop("Audit", "Created"),
    Action.UPDATED: tr_noop("Audit", "Changed"),
    Action.DELETED: tr_noop("Audit", "Deleted"),
    Action.SIGNED_IN: tr_noop("Audit", "Signed in"),
    Action.PASSWORD_CHANGED: tr_noop("Audit", "Password changed"),
    Action.NOTE_ADDED: tr_noop("Audit", "Note added"),
    Action.CLOSED: tr_noop("Audit", "Closed"),
    Action.REOPENED: tr_noop("Audit", "Reopened"),
    Action.MATCHED: tr_noop("Audit", "Matched"),
    Action.HANDED_OVER: tr_noop("Audit", "Handed over"),
    Action.REVOKED: tr_noop("Audit", "Taken back"),
    Action.TAGGED: tr_noop("Audit", "Tag added"),
    Action.UNTAGGED: tr_noop("Audit", "Tag removed"),
    Action.MERGED: tr_noop("Audit", "Merged"),
    Action.UNMERGED: tr_noop("Audit", "Merge undone"),
    Action.IMPORTED: tr_noop("Audit", "Imported"),
    Action.QUEUED: tr_noop("Audit", "Queued for upsell"),
    Action.ASSIGNED: tr_noop("Audit", "Assigned"),
    Action.GIVEN_BACK: tr_noop("Audit", "Given back"),
    Action.STATUS_CHANGED: tr_noop("Audit", "Status changed"),
    Action.NOTE_DELETED: tr_noop("Audit", "Note deleted"),
    Action.NOTE_PINNED: tr_noop("Audit", "Note pinned"),
    Action.NOTE_UNPINNED: tr_noop("Audit", "Note unpinned"),
    Action.CALLED: tr_noop("Audit", "Call"),
    Action.STAGE_CHANGED: tr_noop("Audit", "Stage changed"),
    Action.WON: tr_noop("Audit", "Won"),
    Action.LOST: tr_noop("Audit", "Lost"),
}
# Changed fields beyond a customer's (those keep the Customers export's titles).
FIELD_NAMES = {
    "owner_id": tr_noop("Audit", "Salesperson"),
    "owner_name": tr_noop("Audit", "Salesperson"),
    "pool": tr_noop("Audit", "Pool"),
    "tag": tr_noop("Audit", "Tag"),
    "tags": tr_noop("Audit", "Tags"),
    "status": tr_noop("Audit", "Status"),
    "reason": tr_noop("Audit", "Reason"),
    "title": tr_noop("Audit", "Title"),
    "stage": tr_noop("Audit", "Stage"),
    "amount_minor": tr_noop("Audit", "Amount"),
    "total_minor": tr_noop("Audit", "Total"),
    "upsell_minor": tr_noop("Audit", "Upsell amount"),
    "currency": tr_noop("Audit", "Currency"),
    "number": tr_noop("Audit", "Number"),
    "note": tr_noop("Audit", "Note"),
    "pinned": tr_noop("Audit", "Pinned"),
    "images": tr_noop("Audit", "Images"),
    "role": tr_noop("Audit", "Role"),
    "active": tr_noop("Audit", "Enabled"),
    "display_name": tr_noop("Audit", "Display name"),
    "username": tr_noop("Audit", "User name"),
    "is_default": tr_noop("Audit", "Default"),
    "probability": tr_noop("Audit", "Probability"),
    "position": tr_noop("Audit", "Position"),
    "closed": tr_noop("Audit", "Closed"),
    "next_at": tr_noop("Audit", "Next follow-up"),
    "outcome": tr_noop("Audit", "Outcome"),
    "starts_at": tr_noop("Audit", "Starts"),
    "lost_reason": tr_noop("Audit", "Reason lost"),
    "assignee": tr_noop("Audit", "Assigned to"),
    "seconds": tr_noop("Audit", "Length (seconds)"),
    "shared": tr_noop("Audit", "Shared"),
    "sku": tr_noop("Audit", "SKU"),
    "unit": tr_noop("Audit", "Unit"),
    "price_minor": tr_noop("Audit", "Price"),
    "category": tr_noop("Audit", "Category"),
}
NOBODY = tr_noop("Audit", "The system")
YES_NO = (tr_noop("Audit", "no"), tr_noop("Audit", "yes"))
EMPTY = "—"
HEADERS = (
    tr_noop("Audit", "When"),
    tr_noop("Audit", "Who"),
    tr_noop("Audit", "Record kind"),
    tr_noop("Audit", "Record"),
    tr_noop("Audit", "Action"),
    tr_noop("Audit", "Changes"),
)
_ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def kind_name(value: str) -> str:
    """A stored record kind in the user's language (an unknown one as stored)."""
    kind = EntityKind._value2member_map_.get(value)
    return translate(CONTEXT, KIND_NAMES[kind]) if kind in KIND_NAMES else value


def action_name(value: str) -> str:
    """A stored action in the user's language (an unknown one as stored)."""
    action = Action._value2member_map_.get(value)
    return translate(CONTEXT, ACTION_NAMES[action]) if action in ACTION_NAMES else value


def field_name(key: str) -> str:
    """A changed field's name in the user's language, else as stored."""
    if key in FIELD_NAMES:
        return translate(CONTEXT, FIELD_NAMES[key])
    if key in EXPORT_HEADERS:
        return translate(CUSTOMERS, EXPORT_HEADERS[key])
    return key


def nobody() -> str:
    """Who made a row no one signed in made (the web store's intake, say)."""
    return translate(CONTEXT, NOBODY)


def headers() -> list[str]:
    """The list's and the export's column titles."""
    return [translate(CONTEXT, h) for h in HEADERS]


class Describer:
    """How a row's changes read, with every word translated once (it also runs on the database worker while
    exporting, where nothing is looked up): a time in the user's zone and era, yes/no, a list by commas,
    nothing as —, a note on one line."""

    def __init__(self, tz: tzinfo, buddhist_era: bool) -> None:
        self.tz, self.buddhist_era = tz, buddhist_era
        self.fields = {k: field_name(k) for k in (*FIELD_NAMES, *EXPORT_HEADERS)}
        self.no, self.yes = (translate(CONTEXT, word) for word in YES_NO)
        # Stored codes that read better as words (a field's value by its key).
        self.words: dict[str, dict[str, str]] = {
            "country": {code: country_name(code) for code in COUNTRIES},
            "channel": {c.value: channel_name(c) for c in Channel},
            "role": {r.value: role_text(r) for r in Role},
        }

    def field(self, key: str) -> str:
        """A changed field's name (as stored when no name is known)."""
        return self.fields.get(key, key)

    def value(self, value: Any, key: str = "") -> str:
        """A stored value as read (`key`: the field it belongs to, for phones and codes)."""
        if value is None or value == "":
            return EMPTY
        if isinstance(value, str) and key in ("phone", "phone2"):
            return format_national(value)
        if isinstance(value, str) and value in self.words.get(key, {}):
            return self.words[key][value]
        if isinstance(value, bool):
            return self.yes if value else self.no
        if isinstance(value, list):
            return ", ".join(self.value(v) for v in value) or EMPTY
        if isinstance(value, str) and _ISO_TIME.match(value):
            try:
                moment = datetime.fromisoformat(value)
            except ValueError:
                return value
            return format_datetime(moment if moment.tzinfo else moment.replace(tzinfo=UTC), self.tz,
                                   self.buddhist_era)  # fmt: skip
        return " ".join(str(value).split())

    def pairs(self, changes: Mapping[str, tuple[Any, Any]]) -> list[tuple[str, str, str]]:
        """Each changed field as (name, before, after)."""
        return [(self.field(k), self.value(old, k), self.value(new, k)) for k, (old, new) in changes.items()]

    def __call__(self, changes: Mapping[str, tuple[Any, Any]]) -> str:
        """The changes on one line: "Name: Somchai → Somchai J.; Phone: 081-234-5678" (a first value)."""
        return "; ".join(
            f"{name}: {new}" if old == EMPTY else f"{name}: {old} → {new}"
            for name, old, new in self.pairs(changes)
        )


def export_texts(describer: Describer) -> AuditTexts:
    """Everything the export writes in words, made here on the GUI thread."""
    return AuditTexts(
        headers=headers(),
        kinds={k.value: translate(CONTEXT, name) for k, name in KIND_NAMES.items()},
        actions={a.value: translate(CONTEXT, name) for a, name in ACTION_NAMES.items()},
        nobody=nobody(),
        describe=describer,
    )
