"""Shared reads of every windowed list: capped counts in one round trip and the streamed id list."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

import peewee as pw

from salesapp.db.connection import Database

COUNT_CAP = 10_000
IN_CHUNK = 500  # values per IN (…) list: well below SQLite's and PostgreSQL's parameter limits

T = TypeVar("T")


def capped_counts(db: Database, queries: Sequence[pw.Select], cap: int = COUNT_CAP) -> list[int]:
    """COUNT of each query's rows, each stopping at `cap`, all in one statement (one round trip).

    A capped count reads at most `cap` index entries, so a "10,000+" tab costs the same at any size.
    """
    parts, params = [], []
    for query in queries:
        sql, inner_params = query.limit(cap).sql()
        parts.append(f"(SELECT COUNT(*) FROM ({sql}) AS capped)")
        params.extend(inner_params)
    row = db.pw.execute_sql("SELECT " + ", ".join(parts), params).fetchone()
    return [int(c) for c in row]


def count(db: Database, query: pw.Select, cap: int | None = None) -> int:
    """Rows of `query`, stopping at `cap` when given."""
    if cap is None:
        return int(query.count())
    return capped_counts(db, [query], cap)[0]


def stream_ids(
    db: Database,
    query: pw.Select,
    should_stop: Callable[[], bool] | None = None,
    batch_size: int = 50_000,
) -> array[int]:
    """The first column of `query` (ids in list order), read in batches into a compact array.

    `should_stop` is asked between batches; when it says yes the partial list is returned (the caller
    has moved on, e.g. to another tab, and will ignore it).
    """
    cursor = db.pw.execute(query.tuples())
    out = array("q")
    while batch := cursor.fetchmany(batch_size):
        out.extend(r[0] for r in batch)
        if should_stop is not None and should_stop():
            cursor.close()
            break
    return out


def chunks(items: Sequence[T], size: int = IN_CHUNK) -> Iterator[Sequence[T]]:
    """`items` in consecutive slices of at most `size` (for IN lists and multi-row statements)."""
    for start in range(0, len(items), size):
        yield items[start : start + size]
