"""Reading one order for the Orders pane: the order with its lines, its life (dates, carrier, tracking,
reasons), the customer and delivery address, payments matched to it, its follow-up notes, its upsell case
and its history. The caller has checked the reader may see the order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import peewee as pw

from salesapp.db import models as m
from salesapp.db.mapping import order_record
from salesapp.domain.clock import from_db
from salesapp.domain.enums import EntityKind, OrderStatus
from salesapp.domain.errors import NotFound, msg
from salesapp.domain.followup import FollowUpKind
from salesapp.domain.orders.lifecycle import OrderAction, allowed_actions
from salesapp.domain.records import ActivityRecord, OrderRecord
from salesapp.domain.upsell import CLOSED_STATUSES, UpsellStatus
from salesapp.services.shared.history import record_history

GONE = msg("This order no longer exists: it was deleted on another desktop.")
OPEN_CASE = tuple(s.value for s in UpsellStatus if s not in CLOSED_STATUSES)
"""Upsell case statuses that hold a confirmed order back from packing."""


@dataclass(frozen=True)
class OrderLife:
    """Where an order is in its life and what it records of each step."""

    status: OrderStatus
    version: int
    carrier: str
    tracking_number: str
    confirmed_at: datetime | None
    packed_at: datetime | None
    packed_on: date | None
    shipped_at: datetime | None
    delivered_at: datetime | None
    cancelled_at: datetime | None
    returned_at: datetime | None
    cancel_reason: str
    return_reason: str
    held_by_upsell: bool

    @property
    def allowed(self) -> frozenset[OrderAction]:
        """The actions the state machine allows now."""
        return allowed_actions(self.status, self.held_by_upsell)


@dataclass(frozen=True)
class PaymentLine:
    """A payment notice matched to the order."""

    number: str
    amount_minor: int
    transferred_at: datetime
    bank: str


@dataclass(frozen=True)
class FollowUpNoteLine:
    """A note of the order's follow-up, newest first."""

    at: datetime
    author: str
    text: str


@dataclass(frozen=True)
class UpsellSummary:
    """The order's upsell case, if it has one."""

    status: UpsellStatus
    assignee_name: str
    reason: str


@dataclass(frozen=True)
class OrderDetail:
    """Everything the Orders pane shows of one order."""

    order: OrderRecord
    life: OrderLife
    customer_name: str
    customer_phone: str
    delivery_address: str
    owner_name: str
    returned_line_ids: frozenset[int]
    payments: tuple[PaymentLine, ...]
    notes: tuple[FollowUpNoteLine, ...]
    upsell: UpsellSummary | None
    history: tuple[ActivityRecord, ...]

    @property
    def paid_minor(self) -> int:
        """The sum of the payments matched to the order."""
        return sum(p.amount_minor for p in self.payments)

    @property
    def balance_minor(self) -> int:
        """What is left to pay (never below zero)."""
        return max(0, self.order.total_minor - self.paid_minor)


def held_by_upsell(order_ids: list[int]) -> set[int]:
    """Which of `order_ids` have an open upsell case (pending, assigned, follow-up)."""
    c = m.UpsellCase
    query = c.select(c.order_id).where(c.order.in_(order_ids) & c.status.in_(OPEN_CASE))
    return {r[0] for r in m.tuples(query)}


def order_life(row: m.Order, held: bool) -> OrderLife:
    """The OrderLife of an order row."""
    return OrderLife(
        OrderStatus(row.status), row.version, row.carrier, row.tracking_number,
        from_db(row.confirmed_at), from_db(row.packed_at), row.packed_on, from_db(row.shipped_at),
        from_db(row.delivered_at), from_db(row.cancelled_at), from_db(row.returned_at),
        row.cancel_reason, row.return_reason, held,
    )  # fmt: skip


def read_life(order_id: int) -> OrderLife:
    """The OrderLife of one order; NotFound when it is gone."""
    row = m.Order.select().where(m.Order.id == order_id).first()
    if row is None:
        raise NotFound(GONE)
    return order_life(row, bool(held_by_upsell([order_id])))


def _address(c: m.Customer) -> str:
    parts = (c.address_line, c.subdistrict, c.district, c.province, c.postcode)
    return ", ".join(p for p in parts if p)


def read_detail(order_id: int) -> OrderDetail:
    """Everything the pane shows of one order (a handful of small queries)."""
    row = m.Order.select().where(m.Order.id == order_id).first()
    if row is None:
        raise NotFound(GONE)
    lines = list(m.OrderLine.select().where(m.OrderLine.order == order_id).order_by(m.OrderLine.position))
    customer = m.Customer.select().where(m.Customer.id == row.customer_id).first()
    owner = m.User.select(m.User.display_name).where(m.User.id == row.owner_id).scalar() or ""
    n = m.PaymentNotice
    payments = tuple(
        PaymentLine(number, amount, from_db(at) or datetime.min, bank)
        for number, amount, at, bank in m.tuples(
            n.select(n.number, n.amount_minor, n.transferred_at, n.bank)
            .where(n.matched_order == order_id)
            .order_by(n.transferred_at, n.id)
        )
    )
    f, fn = m.FollowUp, m.FollowUpNote
    author = m.User.alias("author")
    notes_query = (
        fn.select(fn.at, author.display_name, fn.text)
        .join(f, on=(fn.followup == f.id))
        .switch(fn)
        .join(author, pw.JOIN.LEFT_OUTER, on=(fn.user == author.id))
        .where((f.kind == FollowUpKind.ORDER.value) & (f.subject_id == order_id))
        .order_by(fn.at.desc(), fn.id.desc())
        .limit(50)
    )
    notes = tuple(FollowUpNoteLine(from_db(at) or datetime.min, name or "", text) for at, name, text in
                  m.tuples(notes_query))  # fmt: skip
    c, assignee = m.UpsellCase, m.User.alias("assignee")
    case = (
        c.select(c.status, assignee.display_name, c.reason)
        .join(assignee, pw.JOIN.LEFT_OUTER, on=(c.assignee == assignee.id))
        .where(c.order == order_id)
        .tuples()
        .first()
    )
    upsell = UpsellSummary(UpsellStatus(case[0]), case[1] or "", case[2]) if case else None
    held = upsell is not None and upsell.status.value in OPEN_CASE
    return OrderDetail(
        order_record(row, lines),
        order_life(row, held),
        customer.name if customer else "",
        (customer.phone or "") if customer else "",
        _address(customer) if customer else "",
        owner,
        frozenset(line.id for line in lines if line.returned),
        payments,
        notes,
        upsell,
        tuple(record_history(EntityKind.ORDER, order_id, 200)),
    )
