"""The order's life as use cases: confirm, pack (carrier, tracking number, packing date), ship, deliver,
cancel (reason), return (reason, which lines), one order at a time or over a selection, and the order's
detail for the Orders pane.

Every step asks domain/orders/lifecycle.py whether it is allowed, and writes the order and its activity
row in one transaction. One order at a time is version-checked: a step taken from a stale screen is
refused, naming who changed the order and when. Sales staff act on their own orders; managers and
administrators on all.

Bulk steps (confirm 30, mark 30 packed) run in **one transaction** with a **per-order outcome**: each
selected order the actor may change and the state machine allows moves; every other one is left as it is
and reported with the reason (a colleague's order, one already confirmed on another desktop, one still
in the upsell queue). One transaction, because a thousand orders then cost one commit and one notice to
other desktops, and a failure of the database leaves none half-moved; per-order outcomes, because one
order moved on elsewhere must not block the other 29. The selection's rows carry no version: the status
each order is read in, under a row lock on PostgreSQL, is what the step is checked against.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from salesapp.db import models as m
from salesapp.db.migrations import backend_name
from salesapp.domain.changes import ChangeSet
from salesapp.domain.clock import to_db
from salesapp.domain.enums import Action, EntityKind, OrderStatus
from salesapp.domain.errors import NotFound, PermissionDenied, SalesappError, ValidationError, msg
from salesapp.domain.orders.lifecycle import (
    NO_LINES_RETURNED,
    OrderAction,
    PackInput,
    check_pack,
    check_reason,
    next_status,
)
from salesapp.domain.records import UserRecord
from salesapp.services.orders._order_detail import (
    GONE,
    OrderDetail,
    OrderLife,
    held_by_upsell,
    read_detail,
    read_life,
)
from salesapp.services.shared.acting import acts_as_stored_user
from salesapp.services.shared.audit import log_activities, log_activity, versioned_update
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.list_query import chunks

__all__ = ["BulkOutcome", "OrderDetail", "OrderLife", "OrderLifecycleService", "Refusal"]

NOT_YOURS = msg("This order belongs to another salesperson.")
MAX_BULK = 5000
TOO_MANY = msg("Select at most {max} orders at once.")
NOTHING_SELECTED = msg("Select at least one order.")

_STAMP = {
    OrderAction.CONFIRM: "confirmed_at",
    OrderAction.PACK: "packed_at",
    OrderAction.SHIP: "shipped_at",
    OrderAction.DELIVER: "delivered_at",
    OrderAction.CANCEL: "cancelled_at",
    OrderAction.RETURN: "returned_at",
}
"""The time each step records on the order."""


@dataclass(frozen=True)
class Refusal:
    """An order of a bulk step that was left as it was, and why (translated by the UI)."""

    order_id: int
    number: str
    error: SalesappError


@dataclass(frozen=True)
class BulkOutcome:
    """What a bulk step did: the orders moved and the ones refused."""

    moved: tuple[int, ...]
    refused: tuple[Refusal, ...]


def _check_owner(actor: UserRecord, owner_id: int | None) -> None:
    if not actor.is_manager and owner_id != actor.id:
        raise PermissionDenied(NOT_YOURS)


@acts_as_stored_user
class OrderLifecycleService:
    """Moves orders through their life and reads one order for the pane."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- reading ---------------------------------------------------------------------------------------
    def detail(self, actor: UserRecord, order_id: int) -> OrderDetail:
        """Everything the Orders pane shows of one order the actor may see (sales staff: their own)."""
        owner = m.Order.select(m.Order.owner_id).where(m.Order.id == order_id).tuples().first()
        if owner is None:
            raise NotFound(GONE)
        _check_owner(actor, owner[0])
        return read_detail(order_id)

    # -- one order -------------------------------------------------------------------------------------
    def confirm(self, actor: UserRecord, order_id: int, expected_version: int) -> tuple[OrderLife, ChangeSet]:
        """Awaiting → confirmed."""
        return self._move(actor, order_id, expected_version, OrderAction.CONFIRM, {}, {}, "")

    def pack(
        self, actor: UserRecord, order_id: int, expected_version: int, data: PackInput
    ) -> tuple[OrderLife, ChangeSet]:
        """Confirmed → packed, with the carrier, the tracking number and the packing date. Refused while the
        order's upsell case is open (skip or finish it first)."""
        data = check_pack(data)
        values = {
            "carrier": data.carrier,
            "tracking_number": data.tracking_number,
            "packed_on": data.packed_on,
        }
        return self._move(actor, order_id, expected_version, OrderAction.PACK, values, values, data.carrier)

    def ship(self, actor: UserRecord, order_id: int, expected_version: int) -> tuple[OrderLife, ChangeSet]:
        """Packed → shipped."""
        return self._move(actor, order_id, expected_version, OrderAction.SHIP, {}, {}, "")

    def deliver(self, actor: UserRecord, order_id: int, expected_version: int) -> tuple[OrderLife, ChangeSet]:
        """Shipped → delivered."""
        return self._move(actor, order_id, expected_version, OrderAction.DELIVER, {}, {}, "")

    def cancel(
        self, actor: UserRecord, order_id: int, expected_version: int, reason: str
    ) -> tuple[OrderLife, ChangeSet]:
        """Awaiting or confirmed → cancelled, with a reason."""
        text = check_reason(reason)
        values = {"cancel_reason": text}
        return self._move(actor, order_id, expected_version, OrderAction.CANCEL, values, values, text)

    def return_order(
        self, actor: UserRecord, order_id: int, expected_version: int, reason: str, line_ids: Sequence[int]
    ) -> tuple[OrderLife, ChangeSet]:
        """Shipped or delivered → returned, with a reason and the lines that came back (at least one, all
        of this order)."""
        text = check_reason(reason)
        wanted = sorted(set(line_ids))
        if not wanted:
            raise ValidationError(NO_LINES_RETURNED, field="lines")
        with self.ctx.db.atomic():
            owner = m.Order.select(m.Order.owner_id).where(m.Order.id == order_id).tuples().first()
            if owner is None:
                raise NotFound(GONE)
            _check_owner(actor, owner[0])
            ol = m.OrderLine
            found = ol.select(ol.id, ol.description).where((ol.order == order_id) & ol.id.in_(wanted))
            lines = dict(m.tuples(found))
            if len(lines) != len(wanted):
                raise ValidationError(NO_LINES_RETURNED, field="lines")
            values = {"return_reason": text}
            extra = {**values, "lines": [lines[i] for i in wanted]}
            result = self._move(actor, order_id, expected_version, OrderAction.RETURN, values, extra, text)
            ol.update(returned=True).where(ol.id.in_(wanted)).execute()
        return result

    def _move(
        self,
        actor: UserRecord,
        order_id: int,
        expected_version: int,
        action: OrderAction,
        values: Mapping[str, Any],
        logged: Mapping[str, Any],
        summary: str,
    ) -> tuple[OrderLife, ChangeSet]:
        """One step of one order, version-checked, with its activity row, in one transaction."""
        now = self.ctx.clock()
        o = m.Order
        with self.ctx.db.atomic():
            row = (
                o.select(o.number, o.status, o.owner_id, o.customer_id, o.version)
                .where(o.id == order_id)
                .tuples()
                .first()
            )
            if row is None:
                raise NotFound(GONE)
            number, status, owner_id, customer_id, version = row
            _check_owner(actor, owner_id)
            if version != expected_version:
                versioned_update(o, order_id, expected_version, {}, actor, now)  # raises, naming who
            held = bool(held_by_upsell([order_id])) if action is OrderAction.PACK else False
            old = OrderStatus(status)
            new = next_status(old, action, number, held)
            stored = {**values, "status": new.value, _STAMP[action]: to_db(now)}
            versioned_update(o, order_id, expected_version, stored, actor, now)
            changes = {"status": (old.value, new.value), **{k: (None, v) for k, v in logged.items()}}
            log_activity(actor, EntityKind.ORDER, order_id, Action.STATUS_CHANGED, now, changes, summary)
            life = read_life(order_id)
        return life, self._changes([order_id], [customer_id])

    @staticmethod
    def _changes(order_ids: list[int], customer_ids: list[int]) -> ChangeSet:
        return ChangeSet.of(EntityKind.ORDER, order_ids).merged(
            ChangeSet.of(EntityKind.CUSTOMER, customer_ids)
        )

    # -- a selection -----------------------------------------------------------------------------------
    def confirm_many(self, actor: UserRecord, order_ids: Sequence[int]) -> tuple[BulkOutcome, ChangeSet]:
        """Confirm every selected order that is awaiting and the actor's to change; the rest refused."""
        return self._move_many(actor, order_ids, OrderAction.CONFIRM, {}, "")

    def pack_many(
        self, actor: UserRecord, order_ids: Sequence[int], carrier: str, packed_on: date
    ) -> tuple[BulkOutcome, ChangeSet]:
        """Mark the selected confirmed orders packed with one carrier and date (tracking numbers come one
        by one, or with an import)."""
        data = check_pack(PackInput(carrier, "", packed_on))
        return self._move_many(
            actor, order_ids, OrderAction.PACK, {"carrier": data.carrier, "packed_on": data.packed_on},
            data.carrier,
        )  # fmt: skip

    def ship_many(self, actor: UserRecord, order_ids: Sequence[int]) -> tuple[BulkOutcome, ChangeSet]:
        """Mark the selected packed orders shipped."""
        return self._move_many(actor, order_ids, OrderAction.SHIP, {}, "")

    def deliver_many(self, actor: UserRecord, order_ids: Sequence[int]) -> tuple[BulkOutcome, ChangeSet]:
        """Mark the selected shipped orders delivered."""
        return self._move_many(actor, order_ids, OrderAction.DELIVER, {}, "")

    def cancel_many(
        self, actor: UserRecord, order_ids: Sequence[int], reason: str
    ) -> tuple[BulkOutcome, ChangeSet]:
        """Cancel the selected orders that have not been packed, all with one reason."""
        text = check_reason(reason)
        return self._move_many(actor, order_ids, OrderAction.CANCEL, {"cancel_reason": text}, text)

    def _move_many(
        self,
        actor: UserRecord,
        order_ids: Sequence[int],
        action: OrderAction,
        values: Mapping[str, Any],
        summary: str,
    ) -> tuple[BulkOutcome, ChangeSet]:
        """One step over a selection in one transaction; per-order outcome (see the module docstring)."""
        wanted = list(dict.fromkeys(order_ids))
        if not wanted:
            raise ValidationError(NOTHING_SELECTED, field="orders")
        if len(wanted) > MAX_BULK:
            raise ValidationError(TOO_MANY, field="orders", max=MAX_BULK)
        now = self.ctx.clock()
        at = to_db(now)
        o = m.Order
        locking = backend_name(self.ctx.db.pw) == "postgresql"
        moved: dict[OrderStatus, list[int]] = {}
        refused: list[Refusal] = []
        customers: set[int] = set()
        rows: list[tuple[int, Action, Mapping[str, tuple[Any, Any]], str]] = []
        with self.ctx.db.atomic():
            found: dict[int, tuple[str, str, int | None, int]] = {}
            held: set[int] = set()
            for part in chunks(wanted):
                query = o.select(o.id, o.number, o.status, o.owner_id, o.customer_id).where(
                    o.id.in_(list(part))
                )
                if locking:
                    query = query.for_update()
                found.update((r[0], r[1:]) for r in m.tuples(query))
                if action is OrderAction.PACK:
                    held |= held_by_upsell(list(part))
            for oid in wanted:
                if oid not in found:
                    refused.append(Refusal(oid, "", NotFound(GONE)))
                    continue
                number, status, owner_id, customer_id = found[oid]
                try:
                    _check_owner(actor, owner_id)
                except PermissionDenied as refusal:
                    refused.append(Refusal(oid, "", refusal))  # a colleague's order: not even its number
                    continue
                try:
                    new = next_status(OrderStatus(status), action, number, oid in held)
                except SalesappError as refusal:
                    refused.append(Refusal(oid, number, refusal))
                    continue
                moved.setdefault(OrderStatus(status), []).append(oid)
                customers.add(customer_id)
                logged = {"status": (status, new.value), **{k: (None, v) for k, v in values.items()}}
                rows.append((oid, Action.STATUS_CHANGED, logged, summary))
            target = next_status(next(iter(moved)), action) if moved else None
            for old, ids in moved.items():
                for part in chunks(ids):
                    o.update(
                        {
                            **{getattr(o, k): v for k, v in values.items()},
                            o.status: target.value if target else old.value,
                            getattr(o, _STAMP[action]): at,
                            o.version: o.version + 1,
                            o.updated_at: at,
                            o.updated_by: actor.id,
                        }
                    ).where(o.id.in_(list(part)) & (o.status == old.value)).execute()
            log_activities(actor, EntityKind.ORDER, rows, now)
        moved_ids = {oid for ids in moved.values() for oid in ids}
        done = tuple(oid for oid in wanted if oid in moved_ids)
        changes = self._changes(list(done), sorted(customers)) if done else ChangeSet()
        return BulkOutcome(done, tuple(refused)), changes
