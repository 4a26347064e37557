"""The orders list: counts per status, the ordered id list for scrolling, and pages of plain rows."""

from __future__ import annotations

import operator
import re
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from functools import reduce
from typing import Any

import peewee as pw

from salesapp.db import models as m
from salesapp.db.migrations import backend_name
from salesapp.domain.clock import from_db
from salesapp.domain.enums import Currency, OrderStatus
from salesapp.domain.records import UserRecord
from salesapp.domain.search import fold_query
from salesapp.services.customers.customer_list import MAX_HITS, customer_hits
from salesapp.services.shared.acting import acts_as_stored_user, reads_no_database
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.list_query import COUNT_CAP, capped_counts, count, stream_ids

SEARCH_CANDIDATES = 20_000  # orders read per search path before the filter; beyond it, type more
_NUMBER = re.compile(r"[A-Z]{1,4}\d+|\d{4,}")


def order_number_prefix(text: str) -> str | None:
    """What an order number starts with, from what was typed: "so 0012" → "SO0012"; None for anything
    that cannot begin an order number (names, phone fragments with separators)."""
    compact = re.sub(r"\s+", "", text).upper()
    return compact if _NUMBER.fullmatch(compact) else None


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


@acts_as_stored_user
class OrderListService:
    """Reads the orders list with indexed queries only; nothing here loads the whole table."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @reads_no_database
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

    def count(self, actor: UserRecord, flt: OrderFilter, cap: int | None = None) -> int:
        """Number of orders matching (within what the actor may see), stopping at `cap` when given (capped
        counts read few index rows)."""
        return count(self.ctx.db, self._matching(self.visible_filter(actor, flt)), cap)

    def _ordered(self, flt: OrderFilter) -> pw.Select:
        o = m.Order
        order = {
            OrderSort.NEWEST: (o.created_at.desc(), o.id.desc()),
            OrderSort.OLDEST: (o.created_at, o.id),
            OrderSort.TOTAL_DESC: (o.total_minor.desc(), o.id.desc()),
            OrderSort.TOTAL_ASC: (o.total_minor, o.id),
        }[flt.sort]
        return o.select(o.id).where(self._where(flt)).order_by(*order)

    def first_page(self, actor: UserRecord, flt: OrderFilter, limit: int = 200) -> list[OrderRow]:
        """The first orders in the filter's order (within what the actor may see), read by keyset from its
        index (the first screen)."""
        query = self._ordered(self.visible_filter(actor, flt)).limit(limit)
        return self.rows(actor, [r[0] for r in m.tuples(query)])

    def ids(
        self,
        actor: UserRecord,
        flt: OrderFilter,
        should_stop: Callable[[], bool] | None = None,
        batch_size: int = 50_000,
    ) -> array[int]:
        """Every matching id in list order (within what the actor may see), compactly (8 bytes each):
        serves scrollbar jumps."""
        query = self._ordered(self.visible_filter(actor, flt))
        return stream_ids(self.ctx.db, query, should_stop, batch_size)

    def search_ids(self, actor: UserRecord, flt: OrderFilter, text: str) -> array[int]:
        """Orders matching `text` within the filter, in its order (at most MAX_HITS): an order number
        ("SO0012", "so 0012") by its prefix, or the customer's name, phone or e-mail through the customers'
        search index. Empty text: every order of the filter.

        Candidates are read by one index each (order number, then customer id) with no other condition,
        so no planner can trade the index for a scan of the sort order; the filter and the sort are applied
        to those few thousand rows here.
        """
        flt = self.visible_filter(actor, flt)
        query = fold_query(text)
        if query.empty:
            return self.ids(actor, flt)
        o = m.Order
        columns = (o.id, o.status, o.owner, o.created_at, o.total_minor)
        candidates: dict[int, tuple[Any, ...]] = {}
        number = order_number_prefix(text)
        if number:
            key: Any = o.number
            if backend_name(self.ctx.db.pw) == "postgresql":
                key = key.collate('"C"')  # the byte-order index of migration 7
            in_range = (key >= number) & (key < number + "\uffff")
            by_number = o.select(*columns).where(in_range).order_by(key).limit(SEARCH_CANDIDATES)
            candidates.update((r[0], r) for r in m.tuples(by_number))
        customers = customer_hits(self.ctx, query, None)  # filtered to the actor's records below
        if customers:
            of_customers = o.select(*columns).where(o.customer.in_(customers.tolist()))
            candidates.update((r[0], r) for r in m.tuples(of_customers.limit(SEARCH_CANDIDATES)))
        status = flt.status.value if flt.status is not None else None
        kept = [
            r
            for r in candidates.values()
            if (status is None or r[1] == status) and (flt.owner_id is None or r[2] == flt.owner_id)
        ]
        by_total = flt.sort in (OrderSort.TOTAL_DESC, OrderSort.TOTAL_ASC)
        descending = flt.sort in (OrderSort.NEWEST, OrderSort.TOTAL_DESC)
        kept.sort(key=lambda r: (r[4] if by_total else from_db(r[3]), r[0]), reverse=descending)
        return array("q", (r[0] for r in kept[:MAX_HITS]))

    def rows(self, actor: UserRecord, ids: list[int]) -> list[OrderRow]:
        """The rows for `ids` the actor may see (sales staff: their own orders), in the order given (one
        query with two joins)."""
        if not ids:
            return []
        where = m.Order.id.in_(ids)
        if not actor.is_manager:
            where &= m.Order.owner == actor.id
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
            .where(where)
        )
        by_id: dict[int, OrderRow] = {}
        for oid, number, ordered, name, status, total, currency, owner_name in m.tuples(query):
            at = from_db(ordered)
            assert at is not None
            by_id[oid] = OrderRow(
                oid, number, at, name, OrderStatus(status), total, Currency(currency), owner_name or ""
            )
        return [by_id[i] for i in ids if i in by_id]
