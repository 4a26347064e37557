"""The orders list: counts per status, the ordered id list for scrolling, and pages of plain rows."""

from __future__ import annotations

import operator
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from functools import reduce

import peewee as pw

from salesapp.db import models as m
from salesapp.domain.clock import from_db
from salesapp.domain.enums import Currency, OrderStatus
from salesapp.domain.records import UserRecord
from salesapp.services.context import ServiceContext
from salesapp.services.list_query import COUNT_CAP, capped_counts, count, stream_ids


class OrderSort(StrEnum):
    """The orders list's orders, each read by keyset from an index."""

    NEWEST = "newest"
    OLDEST = "oldest"
    TOTAL_DESC = "total_desc"
    TOTAL_ASC = "total_asc"


@dataclass(frozen=True)
class OrderFilter:
    """Which orders a list shows (a status or all; for sales staff only their own) and in which order."""

    status: OrderStatus | None = None
    owner_id: int | None = None
    sort: OrderSort = OrderSort.NEWEST


@dataclass(frozen=True)
class OrderRow:
    """One line of the orders list, everything the table paints."""

    id: int
    number: str
    ordered_at: datetime
    customer_name: str
    status: OrderStatus
    total_minor: int
    currency: Currency
    owner_name: str


@dataclass(frozen=True)
class StatusCount:
    """How many orders have a status; `capped` when there are at least COUNT_CAP."""

    status: OrderStatus | None
    count: int
    capped: bool


class OrderListService:
    """Reads the orders list with indexed queries only; nothing here loads the whole table."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def visible_filter(self, actor: UserRecord, wanted: OrderFilter) -> OrderFilter:
        """Sales staff see only their own orders, whatever they ask for."""
        if actor.is_manager:
            return wanted
        return OrderFilter(wanted.status, actor.id, wanted.sort)

    def _where(self, flt: OrderFilter) -> pw.Expression | bool:
        conditions = []
        if flt.status is not None:
            conditions.append(m.Order.status == flt.status.value)
        if flt.owner_id is not None:
            conditions.append(m.Order.owner == flt.owner_id)
        return reduce(operator.and_, conditions) if conditions else True

    def _matching(self, flt: OrderFilter) -> pw.Select:
        return m.Order.select(pw.SQL("1")).where(self._where(flt))

    def status_counts(self, actor: UserRecord, owner_only: bool = False) -> list[StatusCount]:
        """A capped count per status and for all ("10,000+" beyond the cap), in one round trip."""
        owner = None if actor.is_manager and not owner_only else actor.id
        statuses: list[OrderStatus | None] = [None, *OrderStatus]
        counts = capped_counts(self.ctx.db, [self._matching(OrderFilter(s, owner)) for s in statuses])
        return [StatusCount(s, c, c >= COUNT_CAP) for s, c in zip(statuses, counts, strict=True)]

    def count(self, flt: OrderFilter, cap: int | None = None) -> int:
        """Number of orders matching, stopping at `cap` when given (capped counts read few index rows)."""
        return count(self.ctx.db, self._matching(flt), cap)

    def _ordered(self, flt: OrderFilter) -> pw.Select:
        o = m.Order
        order = {
            OrderSort.NEWEST: (o.created_at.desc(), o.id.desc()),
            OrderSort.OLDEST: (o.created_at, o.id),
            OrderSort.TOTAL_DESC: (o.total_minor.desc(), o.id.desc()),
            OrderSort.TOTAL_ASC: (o.total_minor, o.id),
        }[flt.sort]
        return o.select(o.id).where(self._where(flt)).order_by(*order)

    def first_page(self, flt: OrderFilter, limit: int = 200) -> list[OrderRow]:
        """The first orders in the filter's order, read by keyset from its index (the first screen)."""
        return self.rows([r[0] for r in m.tuples(self._ordered(flt).limit(limit))])

    def ids(
        self, flt: OrderFilter, should_stop: Callable[[], bool] | None = None, batch_size: int = 50_000
    ) -> array[int]:
        """Every matching id in list order, compactly (8 bytes each): serves scrollbar jumps."""
        return stream_ids(self.ctx.db, self._ordered(flt), should_stop, batch_size)

    def rows(self, ids: list[int]) -> list[OrderRow]:
        """The rows for `ids`, in the order given (one query with two joins)."""
        if not ids:
            return []
        owner = m.User.alias("owner")
        query = (
            m.Order.select(
                m.Order.id,
                m.Order.number,
                m.Order.ordered_at,
                m.Customer.name,
                m.Order.status,
                m.Order.total_minor,
                m.Order.currency,
                owner.display_name,
            )
            .join(m.Customer, on=(m.Order.customer == m.Customer.id))
            .switch(m.Order)
            .join(owner, pw.JOIN.LEFT_OUTER, on=(m.Order.owner == owner.id))
            .where(m.Order.id.in_(ids))
        )
        by_id: dict[int, OrderRow] = {}
        for oid, number, ordered, name, status, total, currency, owner_name in m.tuples(query):
            at = from_db(ordered)
            assert at is not None
            by_id[oid] = OrderRow(
                oid, number, at, name, OrderStatus(status), total, Currency(currency), owner_name or ""
            )
        return [by_id[i] for i in ids if i in by_id]
