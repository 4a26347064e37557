"""The customers list: filters and sorts in SQL over indexes, and search as you type (trigram index for 3+
characters, prefix index below)."""

from __future__ import annotations

import operator
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, tzinfo
from functools import reduce
from typing import Any

import peewee as pw

from salesapp.db import models as m
from salesapp.db.migrations import backend_name
from salesapp.domain.clock import from_db, to_db
from salesapp.domain.collation import sort_key
from salesapp.domain.customers.customer_filter import (
    CustomerFilter,
    DateField,
    HandoverState,
    OwnerScope,
    SortKey,
    birth_date_bounds,
    local_day_start,
    period_bounds,
)
from salesapp.domain.records import UserRecord
from salesapp.domain.search import SearchQuery, fold_query, like_pattern
from salesapp.services.customers.pools import DEFAULT_POOL_ID, in_pool, pool_names
from salesapp.services.shared.acting import acts_as_stored_user
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.list_query import COUNT_CAP, count, stream_ids

MAX_HITS = 1_000


@dataclass(frozen=True)
class CustomerRow:
    """One line of the customers list."""

    id: int
    name: str
    phone: str | None
    province: str
    channel: str | None
    owner_name: str
    created_at: datetime
    dates: dict[str, datetime | None] = field(default_factory=dict)  # every DateField value, by column
    pool_name: str = ""  # the pool an unowned customer waits in

    def date(self, which: DateField | SortKey) -> datetime | None:
        """The value of one of the list's date fields."""
        return self.created_at if which.value == "created_at" else self.dates.get(which.value)


_DATE_COLUMNS = tuple(f.value for f in DateField if f is not DateField.CREATED)


def customer_hits(ctx: ServiceContext, query: SearchQuery, owner_id: int | None) -> array[int]:
    """The ids of customers matching a non-empty folded search (at most MAX_HITS), among `owner_id`'s
    customers or everyone's (None). Not a door to customers: the orders and opportunities searches use it
    to find their own records by the customer's name, and show only records their caller may see."""
    c = m.Customer
    base = c.select(c.id).where(c.owner == owner_id) if owner_id is not None else c.select(c.id)
    if query.use_trigram:
        ordered = (
            base.where(_trigram(ctx, query.key, inner_limit=owner_id is None))
            .order_by(c.id.desc())
            .limit(MAX_HITS)
        )
    else:
        upper = query.key + "\uffff"
        key: Any = c.search_key
        if backend_name(ctx.db.pw) == "postgresql":
            key = key.collate('"C"')  # matches the byte-order prefix index of migration 2
        ordered = base.where((key >= query.key) & (key < upper)).order_by(key).limit(MAX_HITS)
    return array("q", (r[0] for r in m.tuples(ordered)))


def _trigram(ctx: ServiceContext, key: str, inner_limit: bool) -> pw.Node:
    """Ids matching `key` from the narrow trigram table (FTS5 on SQLite, pg_trgm on PostgreSQL).

    Everyone's customers: the newest MAX_HITS matches straight from the index; a salesperson's own
    customers are filtered after, so their search reads every match.
    """
    limit = f" ORDER BY {{id}} DESC LIMIT {MAX_HITS}" if inner_limit else ""
    if backend_name(ctx.db.pw) == "postgresql":
        # The trigram index answers as the database's owner and returns only the ids the signed-in
        # person may see (db/pg_security.py: row-level security would keep LIKE off the index).
        sql = "SELECT salesapp_customer_search(%s, %s)"
        return m.Customer.id.in_(pw.SQL(f"({sql})", (like_pattern(key), MAX_HITS if inner_limit else None)))
    if "%" in key or "_" in key:
        # FTS5 uses its trigram index only for a LIKE without ESCAPE: such rare keys take a scan.
        return pw.fn.instr(m.Customer.search_key, key) > 0
    sql = "SELECT {id} FROM customers_search WHERE search_key LIKE ?" + limit
    return m.Customer.id.in_(pw.SQL(f"({sql.format(id='rowid')})", (f"%{key}%",)))


@acts_as_stored_user
class CustomerListService:
    """Reads customers by pages, filtered and sorted in SQL from indexes, and answers searches."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def _owner_cond(self, actor: UserRecord) -> pw.Expression | bool:
        return True if actor.is_manager else (m.Customer.owner == actor.id)

    def _is_pg(self) -> bool:
        return backend_name(self.ctx.db.pw) == "postgresql"

    def _conditions(self, actor: UserRecord, flt: CustomerFilter, tz: tzinfo) -> list[Any]:
        """The WHERE terms of a filter; sales staff never see past their own customers."""
        c = m.Customer
        conds: list[Any] = []
        if not actor.is_manager:
            conds.append(c.owner == actor.id)
        elif flt.owner is OwnerScope.MINE:
            conds.append(c.owner == actor.id)
        elif flt.owner is OwnerScope.STAFF and flt.staff_id is not None:
            conds.append(c.owner == flt.staff_id)
        elif flt.owner is OwnerScope.POOL:
            conds.append(c.owner.is_null() if flt.pool_id is None else in_pool(flt.pool_id))
        if flt.handover is HandoverState.IN_POOL:
            conds.append(c.owner.is_null())
        elif flt.handover is HandoverState.HANDED_OVER:
            conds.append(c.handed_over_at.is_null(False) & c.owner.is_null(False))
        for tag_id in flt.tag_ids:
            tagged = m.CustomerTag.select(m.CustomerTag.customer).where(m.CustomerTag.tag == tag_id)
            conds.append(c.id.in_(tagged))
        if flt.channel is not None:
            conds.append(c.channel == flt.channel.value)
        if flt.source:
            conds.append(c.source == flt.source)
        today = self.ctx.clock().astimezone(tz).date()
        if flt.age_band is not None:
            earliest, latest = birth_date_bounds(flt.age_band, today)
            conds.append(c.birth_date.between(earliest, latest))
        if flt.upcoming_appointment:
            now = to_db(self.ctx.clock())
            coming = m.Appointment.select(m.Appointment.customer).where(
                (m.Appointment.starts_at >= now) & m.Appointment.done_at.is_null()
            )
            conds.append(c.id.in_(coming))
        if flt.date_field is not None and flt.period is not None:
            bounds = period_bounds(flt.period, today, flt.date_from, flt.date_to)
            if bounds is not None:
                column = getattr(c, flt.date_field.value)
                low, high = (to_db(local_day_start(d, tz)) for d in bounds)
                conds.append((column >= low) & (column < high))
        return conds

    def _where(self, actor: UserRecord, flt: CustomerFilter, tz: tzinfo) -> Any:
        conds = self._conditions(actor, flt, tz)
        return reduce(operator.and_, conds) if conds else True

    def _sort_column(self, sort: SortKey) -> Any:
        if sort is SortKey.NAME:
            key: Any = m.Customer.sort_name
            return key.collate('"C"') if self._is_pg() else key
        return getattr(m.Customer, sort.value)

    def _ordered_parts(self, actor: UserRecord, flt: CustomerFilter, tz: tzinfo) -> list[pw.Select]:
        """The list in order as one or two indexed queries: a nullable date sorts the customers that have
        the date first (by its index), then those without it, newest first (the same index, date NULL)."""
        base = m.Customer.select(m.Customer.id).where(self._where(actor, flt, tz))
        column = self._sort_column(flt.sort)
        ids = m.Customer.id
        if flt.descending:
            first = base.order_by(column.desc(), ids.desc())
        else:
            first = base.order_by(column, ids)
        if flt.sort in (SortKey.NAME, SortKey.CREATED):
            return [first]
        return [first.where(column.is_null(False)), base.where(column.is_null()).order_by(ids.desc())]

    def count(self, actor: UserRecord, flt: CustomerFilter, tz: tzinfo = UTC, cap: int | None = None) -> int:
        """How many customers the filter shows (capped at `cap` when given)."""
        return count(self.ctx.db, m.Customer.select(pw.SQL("1")).where(self._where(actor, flt, tz)), cap)

    def first_page(
        self, actor: UserRecord, flt: CustomerFilter, tz: tzinfo = UTC, limit: int = 200
    ) -> tuple[int, list[CustomerRow]]:
        """The first screen: a capped count and the first rows in keyset order (or the search's hits)."""
        if not fold_query(flt.text).empty:
            hits = self.ids(actor, flt, tz)
            return len(hits), self.rows(actor, hits[:limit].tolist())
        ids: list[int] = []
        for part in self._ordered_parts(actor, flt, tz):
            ids.extend(r[0] for r in m.tuples(part.limit(limit - len(ids))))
            if len(ids) >= limit:
                break
        return self.count(actor, flt, tz, COUNT_CAP), self.rows(actor, ids)

    def ids(
        self,
        actor: UserRecord,
        flt: CustomerFilter,
        tz: tzinfo = UTC,
        should_stop: Callable[[], bool] | None = None,
    ) -> array[int]:
        """Every shown customer's id in list order (for scrollbar jumps and "select all matching").

        With search text: the hits (at most MAX_HITS) that pass the filter, in the filter's order. The
        hits come from the search index; the filter and the order are applied to those few rows by
        primary key, so no planner can trade the search for a scan of a sort index.
        """
        query = fold_query(flt.text)
        if query.empty:
            out = array("q")
            for part in self._ordered_parts(actor, flt, tz):
                out.extend(stream_ids(self.ctx.db, part, should_stop))
            return out
        hits = self.hits(actor, query)
        plain = replace(flt, text="")
        if not actor.is_manager:  # their own customers whatever the scope, as `hits` already keeps
            plain = replace(plain, owner=OwnerScope.EVERYONE, staff_id=None)
        if not hits or plain == CustomerFilter():
            return hits  # the default order: the search index's, newest first, no second read
        column = self._sort_column(flt.sort)
        kept = list(
            m.tuples(
                m.Customer.select(m.Customer.id, column).where(
                    m.Customer.id.in_(hits.tolist()) & self._where(actor, flt, tz)
                )
            )
        )
        if flt.sort is SortKey.NAME:
            kept.sort(key=lambda r: (r[1], r[0]), reverse=flt.descending)
        else:
            dated = sorted(
                (r for r in kept if r[1] is not None), key=lambda r: (r[1], r[0]), reverse=flt.descending
            )
            kept = dated + sorted((r for r in kept if r[1] is None), key=lambda r: r[0], reverse=True)
        return array("q", (r[0] for r in kept))

    def hits(self, actor: UserRecord, query: SearchQuery) -> array[int]:
        """The hits of a non-empty folded search among the customers `actor` may see."""
        return customer_hits(self.ctx, query, None if actor.is_manager else actor.id)

    def sources(self, limit: int = 200) -> list[str]:
        """The sources customers came from (for the filter's choices), by name: the same values the lists
        managers keep count as in use (non-empty). A loose index scan over `customers_source`: one index
        probe per distinct source, never a read of every customer (counting them to order by use would be)."""
        p = self.ctx.db.pw.param
        query = f"""
            WITH RECURSIVE found(source) AS (
                SELECT MIN(source) FROM customers WHERE source > ''
                UNION ALL
                SELECT (SELECT MIN(c.source) FROM customers c WHERE c.source > found.source)
                FROM found WHERE found.source IS NOT NULL
            )
            SELECT source FROM found WHERE source IS NOT NULL LIMIT {p}"""
        found = [str(r[0]) for r in self.ctx.db.pw.execute_sql(query, (limit,)).fetchall()]
        return sorted(found, key=lambda s: (sort_key(s), s))

    def rows(self, actor: UserRecord, ids: list[int]) -> list[CustomerRow]:
        """The rows for `ids` the actor may see (sales staff: their own customers), in the order given."""
        if not ids:
            return []
        owner = m.User.alias("owner")
        c = m.Customer
        where = c.id.in_(ids)
        if not actor.is_manager:
            where &= c.owner == actor.id
        dates = [getattr(c, name) for name in _DATE_COLUMNS]
        query = (
            c.select(
                c.id, c.name, c.phone, c.province, c.channel, owner.display_name, c.pool, c.created_at, *dates
            )
            .join(owner, pw.JOIN.LEFT_OUTER, on=(c.owner == owner.id))
            .where(where)
        )
        rows = list(m.tuples(query))
        pools = pool_names([r[6] for r in rows if r[5] is None])
        by_id: dict[int, CustomerRow] = {}
        for cid, name, phone, province, channel, owner_name, pool, created, *values in rows:
            at = from_db(created)
            assert at is not None
            when = {k: from_db(v) for k, v in zip(_DATE_COLUMNS, values, strict=True)}
            pool_name = "" if owner_name else pools.get(pool or DEFAULT_POOL_ID, "")
            by_id[cid] = CustomerRow(
                cid, name, phone, province, channel, owner_name or "", at, when, pool_name
            )
        return [by_id[i] for i in ids if i in by_id]
