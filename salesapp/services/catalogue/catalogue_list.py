"""The catalogue list: products by status and category in name or SKU order, read by pages from indexes,
and search as you type over name and SKU (Thai substrings, Vietnamese without tone marks).

Search takes the customers' approach (services/customers/customer_list.py): the folded key is matched in
a narrow trigram table (FTS5 trigram on SQLite, pg_trgm on PostgreSQL, migration 11) for 3 characters or
more, by the key's prefix index below; the few hits are then filtered and ordered by primary key.
"""

from __future__ import annotations

import operator
from array import array
from collections.abc import Callable
from functools import reduce
from typing import Any

import peewee as pw

from salesapp.db import models as m
from salesapp.db.migrations import backend_name
from salesapp.domain.catalogue import ProductFilter, ProductRow, ProductSort, ProductStatus, product_query
from salesapp.domain.search import SearchQuery, like_pattern
from salesapp.services.catalogue._product_write import active_units, id_in
from salesapp.services.shared.acting import acts_as_stored_user
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.list_query import COUNT_CAP, capped_counts, stream_ids

MAX_HITS = 1_000
"""The most products one search shows (the newest matches); beyond them, type more."""
SCAN_CHARS = 2
"""Queries this long find any part of a name by a scan: "ซร" finds "เซรั่ม". One character takes the
prefix of the key (a scan would match nearly everything)."""


@acts_as_stored_user
class CatalogueListService:
    """Reads the catalogue list with indexed queries only; everyone may read it."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def _is_pg(self) -> bool:
        return backend_name(self.ctx.db.pw) == "postgresql"

    def _conditions(self, flt: ProductFilter) -> list[Any]:
        p = m.Product
        conds: list[Any] = []
        if flt.status is not None:
            conds.append(p.active == (flt.status is ProductStatus.ACTIVE))
        if flt.category is not None:
            conds.append(p.category == flt.category)
        return conds

    def _where(self, flt: ProductFilter) -> Any:
        conds = self._conditions(flt)
        return reduce(operator.and_, conds) if conds else True

    def _sort_column(self, sort: ProductSort) -> Any:
        if sort in (ProductSort.SKU, ProductSort.SKU_DESC):
            return m.Product.sku
        key: Any = m.Product.sort_name
        return key.collate('"C"') if self._is_pg() else key  # the byte-order index of migration 11

    def _ordered(self, flt: ProductFilter) -> pw.Select:
        column = self._sort_column(flt.sort)
        ids = m.Product.id
        query = m.Product.select(ids).where(self._where(flt))
        if flt.sort in (ProductSort.NAME_DESC, ProductSort.SKU_DESC):
            return query.order_by(column.desc(), ids.desc())
        return query.order_by(column, ids)

    def status_counts(self, category: str | None = None) -> dict[ProductStatus, int]:
        """How many products are active and archived (of one category when given), each capped at
        COUNT_CAP, in one round trip."""
        queries = [
            m.Product.select(pw.SQL("1")).where(self._where(ProductFilter(status, category)))
            for status in ProductStatus
        ]
        return dict(zip(ProductStatus, capped_counts(self.ctx.db, queries), strict=True))

    def first_page(self, flt: ProductFilter, limit: int = 200) -> tuple[int, list[ProductRow]]:
        """The first screen: a capped count and the first rows in list order (or the search's hits)."""
        if not product_query(flt.text).empty:
            hits = self.ids(flt)
            return len(hits), self.rows(hits[:limit].tolist())
        ids = [r[0] for r in m.tuples(self._ordered(flt).limit(limit))]
        count = capped_counts(self.ctx.db, [m.Product.select(pw.SQL("1")).where(self._where(flt))])[0]
        return count, self.rows(ids)

    def ids(self, flt: ProductFilter, should_stop: Callable[[], bool] | None = None) -> array[int]:
        """Every shown product's id in list order (for scrollbar jumps). With search text: the hits (at
        most MAX_HITS) that pass the filter, in the list's order."""
        query = product_query(flt.text)
        if query.empty:
            return stream_ids(self.ctx.db, self._ordered(flt), should_stop)
        hits = self.hits(query)
        if not hits:
            return hits
        p = m.Product
        sort = p.sku if flt.sort in (ProductSort.SKU, ProductSort.SKU_DESC) else p.sort_name
        kept = list(m.tuples(p.select(p.id, sort).where(id_in(p.id, hits.tolist()) & self._where(flt))))
        descending = flt.sort in (ProductSort.NAME_DESC, ProductSort.SKU_DESC)
        kept.sort(key=lambda r: (r[1], r[0]), reverse=descending)
        return array("q", (r[0] for r in kept))

    def hits(self, query: SearchQuery) -> array[int]:
        """The newest MAX_HITS products whose name or SKU holds the folded query (a prefix of the name
        for one character)."""
        p = m.Product
        if query.use_trigram or len(query.key) == SCAN_CHARS:
            sql, params = self._search_sql(query)
            # Straight from the narrow search table: wrapped in "products.id IN (…)" PostgreSQL would
            # hash-join it against a scan of every product.
            return array("q", (r[0] for r in self.ctx.db.pw.execute_sql(sql, params)))
        key: Any = p.search_key
        if self._is_pg():
            key = key.collate('"C"')  # the byte-order prefix index of migration 11
        upper = query.key + "\uffff"
        ordered = p.select(p.id).where((key >= query.key) & (key < upper)).order_by(key).limit(MAX_HITS)
        return array("q", (r[0] for r in m.tuples(ordered)))

    def _search_sql(self, query: SearchQuery) -> tuple[str, tuple[str, ...]]:
        """The SELECT of matching ids from the narrow search table, newest first, at most MAX_HITS.

        3+ characters: the trigram index (pg_trgm; FTS5 trigram, which answers a LIKE from its index only
        without ESCAPE: keys holding LIKE's wildcards take a phrase MATCH instead). 2 characters: no
        trigram index answers them (SQLite 3.40's trigram table even answers a 2-character Thai LIKE
        wrongly) and a shop's catalogue is small enough to scan: "ซร" finds "เซรั่ม".
        """
        key, limit = query.key, f" ORDER BY {{id}} DESC LIMIT {MAX_HITS}"
        if self._is_pg():
            if query.use_trigram:
                where, params = "search_key LIKE %s ESCAPE '\\'", (like_pattern(key),)
            else:
                where, params = "strpos(search_key, %s) > 0", (key,)
            return "SELECT id FROM products_search WHERE " + where + limit.format(id="id"), params
        if not query.use_trigram:
            where, params = "instr(search_key, ?) > 0", (key,)
        elif "%" in key or "_" in key:
            where, params = "products_search MATCH ?", ('"' + key.replace('"', '""') + '"',)
        else:
            where, params = "search_key LIKE ?", (f"%{key}%",)
        return "SELECT rowid FROM products_search WHERE " + where + limit.format(id="rowid"), params

    def rows(self, ids: list[int]) -> list[ProductRow]:
        """The rows for `ids`, in the order given, with the units each is sold in."""
        if not ids:
            return []
        p = m.Product
        query = p.select(p.id, p.sku, p.name, p.category, p.active).where(id_in(p.id, ids))
        found = {r[0]: r for r in m.tuples(query)}
        units = active_units(list(found))
        return [
            ProductRow(pid, sku, name, category, bool(active), tuple(units[pid]))
            for pid, sku, name, category, active in (found[i] for i in ids if i in found)
        ]


__all__ = ["COUNT_CAP", "MAX_HITS", "CatalogueListService"]
