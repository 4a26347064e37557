"""The order's life as one state machine: which actions a status allows and where each leads.

    awaiting ──confirm──▶ confirmed ──pack──▶ packed ──ship──▶ shipped ──deliver──▶ delivered
    awaiting | confirmed ──cancel (reason)──▶ cancelled
    shipped | delivered ──return (reason, which lines)──▶ returned

A confirmed order that still has an open upsell case (pending, assigned or in follow-up) is held back
from packing: the telesales team may yet add products to it. Closing the case (upsell Skip, Success or
Failed) releases it to packing, as seed 001 describes. An order can be edited until it is packed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from salesapp.domain.enums import OrderStatus
from salesapp.domain.errors import ValidationError, msg
from salesapp.domain.limits import LABEL_CHARS, TITLE_CHARS, check_length
from salesapp.domain.text import clean_line


class OrderAction(StrEnum):
    """A step of the order's life a user can take (a button of the Orders pane)."""

    CONFIRM = "confirm"
    PACK = "pack"
    SHIP = "ship"
    DELIVER = "deliver"
    CANCEL = "cancel"
    RETURN = "return"


MOVES: dict[OrderAction, tuple[frozenset[OrderStatus], OrderStatus]] = {
    OrderAction.CONFIRM: (frozenset({OrderStatus.AWAITING}), OrderStatus.CONFIRMED),
    OrderAction.PACK: (frozenset({OrderStatus.CONFIRMED}), OrderStatus.PACKED),
    OrderAction.SHIP: (frozenset({OrderStatus.PACKED}), OrderStatus.SHIPPED),
    OrderAction.DELIVER: (frozenset({OrderStatus.SHIPPED}), OrderStatus.DELIVERED),
    OrderAction.CANCEL: (frozenset({OrderStatus.AWAITING, OrderStatus.CONFIRMED}), OrderStatus.CANCELLED),
    OrderAction.RETURN: (frozenset({OrderStatus.SHIPPED, OrderStatus.DELIVERED}), OrderStatus.RETURNED),
}
"""Every move: the statuses an action starts from and the status it leads to."""

EDITABLE = frozenset({OrderStatus.AWAITING, OrderStatus.CONFIRMED})
"""Statuses in which the order's lines, discounts, delivery and terms may still change."""

TRACKING_CHARS = LABEL_CHARS
REASON_CHARS = TITLE_CHARS

REFUSED = {
    OrderAction.CONFIRM: msg("Order {number} is no longer awaiting confirmation."),
    OrderAction.PACK: msg("Order {number} cannot be packed: only a confirmed order can."),
    OrderAction.SHIP: msg("Order {number} cannot be shipped: it is not packed."),
    OrderAction.DELIVER: msg("Order {number} cannot be marked delivered: it is not shipped."),
    OrderAction.CANCEL: msg(
        "Order {number} cannot be cancelled: only an order awaiting confirmation or confirmed can."
    ),
    OrderAction.RETURN: msg("Order {number} cannot be returned: only a shipped or delivered order can."),
}
"""Why each action is refused from a status it does not start from."""
HELD = msg("Order {number} is still in the upsell queue. Finish or skip its upsell call first, then pack it.")
NO_REASON = msg("Write a reason.")
NO_CARRIER = msg("Choose or type a carrier.")
NO_LINES_RETURNED = msg("Choose at least one line that came back.")


def allowed_actions(status: OrderStatus, held_by_upsell: bool = False) -> frozenset[OrderAction]:
    """The actions an order in `status` allows; packing waits while an upsell case is open."""
    allowed = {action for action, (sources, _target) in MOVES.items() if status in sources}
    if held_by_upsell:
        allowed.discard(OrderAction.PACK)
    return frozenset(allowed)


def next_status(
    status: OrderStatus, action: OrderAction, number: str = "", held_by_upsell: bool = False
) -> OrderStatus:
    """Where `action` takes an order in `status`; ValidationError when the machine does not allow it
    (`number` names the order in the message)."""
    sources, target = MOVES[action]
    if status not in sources:
        raise ValidationError(REFUSED[action], field="status", number=number)
    if action is OrderAction.PACK and held_by_upsell:
        raise ValidationError(HELD, field="status", number=number)
    return target


def is_editable(status: OrderStatus) -> bool:
    """True while the order may still be edited (before packing)."""
    return status in EDITABLE


@dataclass(frozen=True)
class PackInput:
    """What packing records: the carrier, its tracking number (may be empty) and the packing date."""

    carrier: str
    tracking_number: str
    packed_on: date


def check_pack(data: PackInput) -> PackInput:
    """The packing input cleaned (NFC, one line, bounded); a carrier is required."""
    carrier = check_length(clean_line(data.carrier), LABEL_CHARS, "carrier")
    if not carrier:
        raise ValidationError(NO_CARRIER, field="carrier")
    tracking = check_length(clean_line(data.tracking_number), TRACKING_CHARS, "tracking_number")
    return PackInput(carrier, tracking, data.packed_on)


def check_reason(text: str) -> str:
    """A cancel or return reason: NFC, one line, bounded, required."""
    reason = check_length(clean_line(text), REASON_CHARS, "reason")
    if not reason:
        raise ValidationError(NO_REASON, field="reason")
    return reason
