"""Names of customer things in the user's language: channels, countries, filter choices, care kinds and the
timeline's entries."""

from __future__ import annotations

from enum import StrEnum

from salesapp.domain.customers.customer_filter import (
    AgeBand,
    DateField,
    HandoverState,
    OwnerScope,
    Period,
    SortKey,
)
from salesapp.domain.customers.customer_profile import CareKind, TimelineItem, TimelineKind
from salesapp.domain.enums import Action, Channel
from salesapp.services.customers.pools import DEFAULT_POOL_NAME
from salesapp.ui.shared.i18n import tr_noop, translate

CONTEXT = "Customers"
NAMES: dict[StrEnum, str] = {
    Channel.WEB: tr_noop("Customers", "Website"),
    Channel.FACEBOOK: tr_noop("Customers", "Facebook"),
    Channel.LINE: tr_noop("Customers", "LINE"),
    Channel.ZALO: tr_noop("Customers", "Zalo"),
    Channel.SHOPEE: tr_noop("Customers", "Shopee"),
    Channel.LAZADA: tr_noop("Customers", "Lazada"),
    Channel.TIKTOK: tr_noop("Customers", "TikTok"),
    Channel.PHONE: tr_noop("Customers", "Phone"),
    Channel.WALK_IN: tr_noop("Customers", "Walk-in"),
    OwnerScope.EVERYONE: tr_noop("Customers", "Everyone's customers"),
    OwnerScope.MINE: tr_noop("Customers", "My customers"),
    OwnerScope.POOL: tr_noop("Customers", "The pool (unassigned)"),
    OwnerScope.STAFF: tr_noop("Customers", "A staff member's"),
    HandoverState.IN_POOL: tr_noop("Customers", "Waiting in the pool"),
    HandoverState.HANDED_OVER: tr_noop("Customers", "Handed over"),
    DateField.CREATED: tr_noop("Customers", "Created"),
    DateField.IMPORTED: tr_noop("Customers", "Imported"),
    DateField.HANDED_OVER: tr_noop("Customers", "Handed over"),
    DateField.CONVERTED: tr_noop("Customers", "Converted"),
    DateField.FIRST_CONTACT: tr_noop("Customers", "First contact"),
    DateField.LAST_CONTACT: tr_noop("Customers", "Last contact"),
    Period.TODAY: tr_noop("Customers", "Today"),
    Period.THIS_WEEK: tr_noop("Customers", "This week"),
    Period.THIS_MONTH: tr_noop("Customers", "This month"),
    Period.LAST_MONTH: tr_noop("Customers", "Last month"),
    Period.CUSTOM: tr_noop("Customers", "From … to …"),
    AgeBand.UNDER_25: tr_noop("Customers", "Under 25"),
    AgeBand.FROM_25_TO_34: tr_noop("Customers", "25–34"),
    AgeBand.FROM_35_TO_44: tr_noop("Customers", "35–44"),
    AgeBand.FROM_45_TO_54: tr_noop("Customers", "45–54"),
    AgeBand.FROM_55: tr_noop("Customers", "55 and over"),
    SortKey.NAME: tr_noop("Customers", "Name"),
    SortKey.CREATED: tr_noop("Customers", "Created"),
    SortKey.IMPORTED: tr_noop("Customers", "Imported"),
    SortKey.HANDED_OVER: tr_noop("Customers", "Handed over"),
    SortKey.CONVERTED: tr_noop("Customers", "Converted"),
    SortKey.FIRST_CONTACT: tr_noop("Customers", "First contact"),
    SortKey.LAST_CONTACT: tr_noop("Customers", "Last contact"),
    CareKind.NOTE: tr_noop("Customers", "Note"),
    CareKind.CALL: tr_noop("Customers", "Call"),
    CareKind.EMAIL: tr_noop("Customers", "E-mail"),
    CareKind.SMS: tr_noop("Customers", "SMS"),
    CareKind.MEETING: tr_noop("Customers", "Meeting"),
    CareKind.LINE: tr_noop("Customers", "LINE"),
    TimelineKind.CARE: tr_noop("Customers", "Notes and calls"),
    TimelineKind.ORDER: tr_noop("Customers", "Orders"),
    TimelineKind.HANDOVER: tr_noop("Customers", "Handovers"),
    TimelineKind.APPOINTMENT: tr_noop("Customers", "Appointments"),
    TimelineKind.CHANGE: tr_noop("Customers", "Changes"),
    Action.CREATED: tr_noop("Customers", "Customer added"),
    Action.UPDATED: tr_noop("Customers", "Profile changed"),
    Action.HANDED_OVER: tr_noop("Customers", "Handed over"),
    Action.REVOKED: tr_noop("Customers", "Taken back"),
    Action.TAGGED: tr_noop("Customers", "Tag added"),
    Action.UNTAGGED: tr_noop("Customers", "Tag removed"),
    Action.MERGED: tr_noop("Customers", "Merged with a duplicate"),
    Action.UNMERGED: tr_noop("Customers", "Merge undone"),
    Action.IMPORTED: tr_noop("Customers", "Imported"),
}
# Column titles of an export, in the user's language (keys: the export's fields).
EXPORT_HEADERS = {
    "name": tr_noop("Customers", "Name"),
    "phone": tr_noop("Customers", "Phone"),
    "phone2": tr_noop("Customers", "Second phone"),
    "email": tr_noop("Customers", "E-mail"),
    "address_line": tr_noop("Customers", "Address"),
    "subdistrict": tr_noop("Customers", "Subdistrict"),
    "district": tr_noop("Customers", "District"),
    "province": tr_noop("Customers", "Province"),
    "postcode": tr_noop("Customers", "Postcode"),
    "country": tr_noop("Customers", "Country"),
    "channel": tr_noop("Customers", "Channel"),
    "source": tr_noop("Customers", "Source"),
    "birth_date": tr_noop("Customers", "Birth date"),
    "bill_note": tr_noop("Customers", "Bill note"),
    "facebook": tr_noop("Customers", "Facebook"),
    "line_id": tr_noop("Customers", "LINE"),
    "zalo": tr_noop("Customers", "Zalo"),
    "owner": tr_noop("Customers", "Salesperson"),
    "created_at": tr_noop("Customers", "Created"),
}
COUNTRIES = {"TH": tr_noop("Customers", "Thailand"), "VN": tr_noop("Customers", "Vietnam")}
ORDER_PLACED = tr_noop("Customers", "Order placed")
APPOINTMENT = tr_noop("Customers", "Appointment")


def name(value: StrEnum) -> str:
    """Any of the enums above in the user's language."""
    return translate(CONTEXT, NAMES[value])


def export_headers() -> dict[str, str]:
    """The export's column titles in the user's language."""
    return {field: translate(CONTEXT, title) for field, title in EXPORT_HEADERS.items()}


def channel_name(channel: Channel) -> str:
    """ "LINE", "Walk-in", …"""
    return name(channel)


def channel_text(value: str | None) -> str:
    """A stored channel value in the user's language ("" for none; an unknown value as stored)."""
    if value is None:
        return ""
    return channel_name(Channel(value)) if value in Channel._value2member_map_ else value


def pool_label(stored: str) -> str:
    """A pool's name as shown: the default pool's shipped name in the user's language, others as typed."""
    return translate(CONTEXT, MAIN_POOL) if stored == DEFAULT_POOL_NAME else stored


MAIN_POOL = tr_noop("Customers", "Main pool")


def care_name(kind: CareKind) -> str:
    """ "Call", "Note", …"""
    return name(kind)


def timeline_kind_name(kind: TimelineKind) -> str:
    """A timeline filter choice."""
    return name(kind)


def country_name(code: str) -> str:
    """ "Thailand" / "Vietnam"."""
    return translate(CONTEXT, COUNTRIES[code]) if code in COUNTRIES else code


def action_text(item: TimelineItem) -> str:
    """What a timeline entry is: "Call", "Order placed", "Handed over: Somsri → Lan", …"""
    if item.kind is TimelineKind.CARE:
        return care_name(CareKind(item.action)) if item.action in CareKind._value2member_map_ else item.action
    if item.kind is TimelineKind.ORDER:
        return translate(CONTEXT, ORDER_PLACED)
    if item.kind is TimelineKind.APPOINTMENT:
        return translate(CONTEXT, APPOINTMENT)
    try:
        action = Action(item.action)
    except ValueError:
        return item.action
    label = translate(CONTEXT, NAMES[action]) if action in NAMES else action.value
    if action is Action.TAGGED or action is Action.UNTAGGED:
        tag = item.details.get("tag", (None, None))[1]
        return f"{label}: {tag}" if tag else label
    if action in (Action.HANDED_OVER, Action.REVOKED):
        names = item.details.get("owner_name") or item.details.get("owner")
        if names:
            before, after = names
            pool = translate("CustomersView", "Pool")
            pools = item.details.get("pool") or (None, None)  # the pool it came from or went into
            came = pool_label(str(pools[0])) if pools[0] else pool
            went = pool_label(str(pools[1])) if pools[1] else pool
            return f"{label}: {before or came} → {after or went}"
    return label
