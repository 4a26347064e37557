"""Words of the Orders pane in the user's language: the steps' button texts and the order history's actions
and fields."""

from __future__ import annotations

from typing import Any

from salesapp.domain.enums import Action, OrderStatus
from salesapp.domain.orders.lifecycle import OrderAction
from salesapp.domain.upsell import UpsellStatus
from salesapp.ui.orders.order_labels import status_name
from salesapp.ui.shared.i18n import tr_noop, translate

CONTEXT = "OrderPane"

BUTTONS = {
    OrderAction.CONFIRM: tr_noop("OrderPane", "Confirm"),
    OrderAction.PACK: tr_noop("OrderPane", "Pack…"),
    OrderAction.SHIP: tr_noop("OrderPane", "Ship"),
    OrderAction.DELIVER: tr_noop("OrderPane", "Mark delivered"),
    OrderAction.CANCEL: tr_noop("OrderPane", "Cancel order…"),
    OrderAction.RETURN: tr_noop("OrderPane", "Return…"),
}
TIPS = {
    OrderAction.CONFIRM: tr_noop("OrderPane", "Confirm the order: it can then be packed"),
    OrderAction.PACK: tr_noop("OrderPane", "Record the carrier, the tracking number and the packing date"),
    OrderAction.SHIP: tr_noop("OrderPane", "The carrier has taken the parcel"),
    OrderAction.DELIVER: tr_noop("OrderPane", "The customer has received the parcel"),
    OrderAction.CANCEL: tr_noop("OrderPane", "Cancel the order, with a reason (only before packing)"),
    OrderAction.RETURN: tr_noop("OrderPane", "The parcel came back: the reason and which lines"),
}
DONE = {
    OrderAction.CONFIRM: tr_noop("OrderPane", "Order confirmed."),
    OrderAction.PACK: tr_noop("OrderPane", "Order packed."),
    OrderAction.SHIP: tr_noop("OrderPane", "Order shipped."),
    OrderAction.DELIVER: tr_noop("OrderPane", "Order delivered."),
    OrderAction.CANCEL: tr_noop("OrderPane", "Order cancelled."),
    OrderAction.RETURN: tr_noop("OrderPane", "Return recorded."),
}
ACTIONS = {
    Action.CREATED: tr_noop("OrderPane", "Created"),
    Action.UPDATED: tr_noop("OrderPane", "Changed"),
    Action.STATUS_CHANGED: tr_noop("OrderPane", "Status changed"),
    Action.QUEUED: tr_noop("OrderPane", "Entered the upsell queue"),
}
FIELDS = {
    "number": tr_noop("OrderPane", "number"),
    "status": tr_noop("OrderPane", "status"),
    "total_minor": tr_noop("OrderPane", "total"),
    "carrier": tr_noop("OrderPane", "carrier"),
    "tracking_number": tr_noop("OrderPane", "tracking number"),
    "packed_on": tr_noop("OrderPane", "packing date"),
    "cancel_reason": tr_noop("OrderPane", "reason"),
    "return_reason": tr_noop("OrderPane", "reason"),
    "lines": tr_noop("OrderPane", "lines"),
    "released_to_shipping": tr_noop("OrderPane", "released to packing"),
}

# The upsell case's status and reasons under the upsell section's own texts (context "Upsell"), so they
# read the same here; the upsell room imports this room's labels, so its module is not imported back.
UPSELL_STATUSES = {
    UpsellStatus.PENDING: tr_noop("Upsell", "Pending"),
    UpsellStatus.ASSIGNED: tr_noop("Upsell", "Assigned"),
    UpsellStatus.FOLLOW_UP: tr_noop("Upsell", "Follow-up"),
    UpsellStatus.SUCCESS: tr_noop("Upsell", "Success"),
    UpsellStatus.FAILED: tr_noop("Upsell", "Failed"),
    UpsellStatus.SKIPPED: tr_noop("Upsell", "Skipped"),
}


def upsell_status_name(status: UpsellStatus) -> str:
    """An upsell case's status as the Upsell section names it."""
    return translate("Upsell", UPSELL_STATUSES[status])


def upsell_reason_name(reason: str) -> str:
    """An upsell reason: a default one translated as the Upsell section does, a shop's own as typed."""
    return translate("Upsell", reason)


def button_text(action: OrderAction) -> str:
    """The text of a step's button."""
    return translate(CONTEXT, BUTTONS[action])


def tip_text(action: OrderAction) -> str:
    """What a step's button does."""
    return translate(CONTEXT, TIPS[action])


def done_text(action: OrderAction) -> str:
    """What is said once a step went through."""
    return translate(CONTEXT, DONE[action])


def action_name(action: Action) -> str:
    """What a history line records."""
    name = ACTIONS.get(action)
    return translate(CONTEXT, name) if name else action.value


def change_text(field: str, old: Any, new: Any) -> str:
    """One change of a history line: "status: Awaiting → Confirmed", "carrier: Kerry"."""
    name = FIELDS.get(field)
    label = translate(CONTEXT, name) if name else field

    def shown(value: Any) -> str:
        if value is None:
            return ""
        if field == "status" and value in {s.value for s in OrderStatus}:
            return status_name(OrderStatus(value))
        if isinstance(value, list):
            return ", ".join(str(v) for v in value)
        return str(value)

    if old is None or field == "released_to_shipping":
        return f"{label}: {shown(new)}" if field != "released_to_shipping" else label
    return f"{label}: {shown(old)} → {shown(new)}"
