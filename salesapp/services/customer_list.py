"""The customers list and search as you type: trigram index for 3+ characters, prefix index below."""

from __future__ import annotations

from array import array
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import peewee as pw

from salesapp.db import models as m
from salesapp.db.migrations import backend_name
from salesapp.domain.clock import from_db
from salesapp.domain.records import UserRecord
from salesapp.domain.search import SearchQuery, fold_query, like_pattern
from salesapp.services.context import ServiceContext
from salesapp.services.list_query import COUNT_CAP, count, stream_ids

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


class CustomerListService:
    """Reads customers by pages and answers searches from indexes only."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def _owner_cond(self, actor: UserRecord) -> pw.Expression | bool:
        return True if actor.is_manager else (m.Customer.owner == actor.id)

    def _sort_name(self) -> Any:
        key: Any = m.Customer.sort_name
        return key.collate('"C"') if backend_name(self.ctx.db.pw) == "postgresql" else key

    def _all_ordered(self, actor: UserRecord, by_name: bool) -> pw.Select:
        base = m.Customer.select(m.Customer.id).where(self._owner_cond(actor))
        if by_name:
            return base.order_by(self._sort_name(), m.Customer.id)
        return base.order_by(m.Customer.created_at.desc(), m.Customer.id.desc())

    def first_page(
        self, actor: UserRecord, by_name: bool = False, limit: int = 200
    ) -> tuple[int, list[CustomerRow]]:
        """The unfiltered list's first screen: a capped count and the first rows by keyset order."""
        ordered = self._all_ordered(actor, by_name)
        total = count(self.ctx.db, m.Customer.select(pw.SQL("1")).where(self._owner_cond(actor)), COUNT_CAP)
        return total, self.rows([r[0] for r in m.tuples(ordered.limit(limit))])

    def all_ids(
        self, actor: UserRecord, by_name: bool = False, should_stop: Callable[[], bool] | None = None
    ) -> array[int]:
        """Every visible customer's id in list order (for scrollbar jumps; stops when superseded)."""
        return stream_ids(self.ctx.db, self._all_ordered(actor, by_name), should_stop)

    def ids(self, actor: UserRecord, text: str = "", by_name: bool = False) -> array[int]:
        """Ids of the customers shown, newest first (or by name), or the hits of `text` (at most MAX_HITS).

        Substring hits come newest first (the index stops at MAX_HITS instead of sorting every match);
        prefix hits (1–2 characters) come in search-key order; `by_name` puts hits in name order too.
        Name order is the collated order of Thai and Vietnamese (domain/collation.py), read from an index.
        """
        query = fold_query(text)
        if query.empty:
            return self.all_ids(actor, by_name)
        hits = self.hits(actor, query)
        if not by_name or not hits:
            return hits
        named = m.Customer.select(m.Customer.id, m.Customer.sort_name).where(m.Customer.id.in_(hits.tolist()))
        return array("q", (cid for cid, _ in sorted(m.tuples(named), key=lambda r: (r[1], r[0]))))

    def hits(self, actor: UserRecord, query: SearchQuery, everyone: bool = False) -> array[int]:
        """The hits of a non-empty folded search among `actor`'s customers (or all, with `everyone`)."""
        visible = True if everyone else self._owner_cond(actor)
        base = m.Customer.select(m.Customer.id).where(visible)
        if query.use_trigram:
            ordered = (
                base.where(self._trigram(query.key, inner_limit=actor.is_manager))
                .order_by(m.Customer.id.desc())
                .limit(MAX_HITS)
            )
        else:
            upper = query.key + "\uffff"
            key: Any = m.Customer.search_key
            if backend_name(self.ctx.db.pw) == "postgresql":
                key = key.collate('"C"')  # matches the byte-order prefix index of migration 2
            ordered = base.where((key >= query.key) & (key < upper)).order_by(key).limit(MAX_HITS)
        return array("q", (r[0] for r in m.tuples(ordered)))

    def _trigram(self, key: str, inner_limit: bool) -> pw.Node:
        """Ids matching `key` from the narrow trigram table (FTS5 on SQLite, pg_trgm on PostgreSQL).

        Everyone's customers: the newest MAX_HITS matches straight from the index; a salesperson's own
        customers are filtered after, so their search reads every match.
        """
        limit = f" ORDER BY {{id}} DESC LIMIT {MAX_HITS}" if inner_limit else ""
        if backend_name(self.ctx.db.pw) == "postgresql":
            sql = "SELECT {id} FROM customers_search WHERE search_key LIKE %s ESCAPE '\\'" + limit
            return m.Customer.id.in_(pw.SQL(f"({sql.format(id='id')})", (like_pattern(key),)))
        if "%" in key or "_" in key:
            # FTS5 uses its trigram index only for a LIKE without ESCAPE: such rare keys take a scan.
            return pw.fn.instr(m.Customer.search_key, key) > 0
        sql = "SELECT {id} FROM customers_search WHERE search_key LIKE ?" + limit
        return m.Customer.id.in_(pw.SQL(f"({sql.format(id='rowid')})", (f"%{key}%",)))

    def rows(self, ids: list[int]) -> list[CustomerRow]:
        """The rows for `ids`, in the order given."""
        if not ids:
            return []
        owner = m.User.alias("owner")
        query = (
            m.Customer.select(
                m.Customer.id, m.Customer.name, m.Customer.phone, m.Customer.province,
                m.Customer.channel, owner.display_name, m.Customer.created_at,
            )
            .join(owner, pw.JOIN.LEFT_OUTER, on=(m.Customer.owner == owner.id))
            .where(m.Customer.id.in_(ids))
        )  # fmt: skip
        by_id: dict[int, CustomerRow] = {}
        for cid, name, phone, province, channel, owner_name, created in m.tuples(query):
            at = from_db(created)
            assert at is not None
            by_id[cid] = CustomerRow(cid, name, phone, province, channel, owner_name or "", at)
        return [by_id[i] for i in ids if i in by_id]
