"""The demo fill's machinery: raw-cursor bulk writes, indexes dropped and rebuilt, clock, weighted draws."""

from __future__ import annotations

import contextlib
import itertools
import math
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timedelta
from typing import Any

from salesapp.db.connection import Database

BULK_CACHE_KIB = 256 * 1024
YEARS = 5
# Orders and sign-ups by hour of the day in Thai and Vietnamese time (UTC+7): evenings and lunch.
LOCAL_HOUR_WEIGHTS = [1, 1, 0, 0, 0, 1, 2, 3, 4, 5, 5, 6, 8, 7, 5, 5, 5, 5, 6, 9, 10, 10, 8, 4]

Progress = Callable[[str, int, int], None]
"""Called as progress(stage, done, total) with stage "customers" or "orders" after every chunk."""


def _weighted(weights: dict[Any, int] | Sequence[tuple[Any, int]]) -> list[Any]:
    """A list holding each item as often as its weight: `table[int(random() * len(table))]` draws."""
    pairs = weights.items() if isinstance(weights, dict) else weights
    return [item for item, weight in pairs for _ in range(weight)]


class _Writer:
    """Bulk inserts through the raw DB-API connection: COPY on psycopg 3, executemany elsewhere.

    On SQLite every statement inserts up to ROWS_PER_STATEMENT rows (`INSERT … VALUES (…), (…), …`): the
    customers' full-text index flushes at the end of each statement its trigger runs in, so one row per
    statement would make it write a segment per customer.
    """

    ROWS_PER_STATEMENT = 500

    def __init__(self, db: Database) -> None:
        self.db = db
        self.cursor = db.pw.cursor()
        self.copy = not db.is_sqlite and hasattr(self.cursor, "copy")
        self.param = db.pw.param
        self.max_params = 999
        if db.is_sqlite:
            self.max_params = db.pw.connection().getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)

    def _insert_sql(self, table: str, columns: Sequence[str], rows: int) -> str:
        marks = "(" + ", ".join([self.param] * len(columns)) + ")"
        return f"INSERT INTO {table} ({', '.join(columns)}) VALUES " + ", ".join([marks] * rows)

    def write(self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        if self.copy:
            with self.cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                write_row = copy.write_row
                for row in rows:
                    write_row(row)
            return
        if not self.db.is_sqlite:
            self.cursor.executemany(self._insert_sql(table, columns, 1), rows)
            return
        per = max(1, min(self.ROWS_PER_STATEMENT, self.max_params // len(columns)))
        full = len(rows) - len(rows) % per
        flat = itertools.chain.from_iterable
        if full:
            params = [tuple(flat(rows[i : i + per])) for i in range(0, full, per)]
            self.cursor.executemany(self._insert_sql(table, columns, per), params)
        if full < len(rows):
            self.cursor.execute(self._insert_sql(table, columns, len(rows) - full), tuple(flat(rows[full:])))

    def find_id(self, table: str, **where: Any) -> int | None:
        """The id of the row of `table` with these column values, None when there is none."""
        condition = " AND ".join(f"{column} = {self.param}" for column in where)
        self.cursor.execute(f"SELECT id FROM {table} WHERE {condition}", tuple(where.values()))
        row = self.cursor.fetchone()
        return None if row is None else int(row[0])

    def insert_one(self, table: str, **values: Any) -> int:
        """Insert one row; returns its id."""
        sql = self._insert_sql(table, list(values), 1)
        if self.db.is_sqlite:
            self.cursor.execute(sql, tuple(values.values()))
            return int(self.cursor.lastrowid)
        self.cursor.execute(sql + " RETURNING id", tuple(values.values()))
        return int(self.cursor.fetchone()[0])

    def next_id(self, table: str) -> int:
        """The first free id of `table` (ids are given explicitly, so nothing is read back)."""
        self.cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}")
        return int(self.cursor.fetchone()[0]) + 1

    def sync_sequence(self, table: str) -> None:
        """After explicit ids on PostgreSQL, move the id sequence past them."""
        if not self.db.is_sqlite:
            self.cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)"
            )


class _Clock:
    """Seconds since the first demo day (00:00 UTC) and their TIMESTAMP text, without datetime calls."""

    def __init__(self, anchor: datetime) -> None:
        self.start = (anchor - timedelta(days=YEARS * 365)).replace(hour=0, minute=0, second=0, microsecond=0)
        self.limit = int((anchor - self.start).total_seconds())  # the anchor, in seconds from start
        self.day_count = -(-self.limit // 86400)  # days begun before the anchor
        self.last_day = self.day_count - 1
        first = self.start
        # Days up to a week after the anchor: next follow-up times of tracking items lie ahead.
        self.days = [(first + timedelta(days=d)).strftime("%Y-%m-%d ") for d in range(self.day_count + 8)]
        self.tod = [f"{h:02d}:{mi:02d}:{s:02d}" for h in range(24) for mi in range(60) for s in range(60)]
        self.hours = _weighted([((h - 7) % 24, w) for h, w in enumerate(LOCAL_HOUR_WEIGHTS)])

    def text(self, t: int) -> str:
        return self.days[t // 86400] + self.tod[t % 86400]

    def moments(self, rand: Callable[[], float], n: int) -> list[int]:
        """`n` sorted moments over the demo years, more of them recently (the shop grows)."""
        days, hours, limit, sqrt = self.day_count, self.hours, self.limit, math.sqrt
        nh = len(hours)
        out = []
        for _ in range(n):
            t = int(days * sqrt(rand())) * 86400 + hours[int(rand() * nh)] * 3600 + int(rand() * 3600)
            out.append(t if t < limit else t - 86400)
        out.sort()
        return out


@contextlib.contextmanager
def _bulk_load(db: Database, tables: Sequence[str]) -> Iterator[None]:
    """Inside the fill's transaction: drop the plain secondary indexes of `tables` (and on PostgreSQL
    their foreign keys), and create them again at the end.

    Building an index from all keys at once is faster than updating it row by row, and the descending
    (status, created_at) indexes come out packed instead of half-empty; PostgreSQL checks a foreign key
    added to a filled table with one join instead of a query per row. Unique and primary-key indexes stay.
    """
    cursor = db.pw.cursor()
    restore: list[str] = []
    if db.is_sqlite:
        marks = ", ".join("?" * len(tables))
        cursor.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({marks}) ORDER BY name",
            tuple(tables),
        )
        for name, sql in cursor.fetchall():
            cursor.execute(f'DROP INDEX "{name}"')
            restore.append(sql)
    else:
        for table in tables:
            cursor.execute(
                "SELECT quote_ident(c.relname), pg_get_indexdef(i.indexrelid) FROM pg_index i "
                "JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = %s::regclass "
                "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid) "
                "ORDER BY c.relname",
                (table,),
            )
            for name, sql in cursor.fetchall():
                cursor.execute(f"DROP INDEX {name}")
                restore.append(sql)
            cursor.execute(
                "SELECT quote_ident(conname), pg_get_constraintdef(oid) FROM pg_constraint "
                "WHERE conrelid = %s::regclass AND contype = 'f' ORDER BY conname",
                (table,),
            )
            for name, definition in cursor.fetchall():
                cursor.execute(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
                restore.append(f"ALTER TABLE {table} ADD CONSTRAINT {name} {definition}")
    yield
    for sql in restore:
        cursor.execute(sql)
