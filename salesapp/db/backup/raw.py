"""Raw DB-API connections for copying whole tables (sqlite3, psycopg), beside (never instead of) the session.

A backup or a restore runs on a worker of its own while the desktop keeps working on its peewee session, so it
opens its own connection: its long read transaction or bulk load then never holds the session's connection.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg

from salesapp.db.connection import Database
from salesapp.db.pg_names import group_role
from salesapp.db.pg_session import connect_error
from salesapp.db.url import DatabaseUrl

BATCH = 5_000


@dataclass
class Raw:
    """One raw connection and its backend: "sqlite" (sqlite3, autocommit: BEGIN is ours) or "postgresql"."""

    backend: str
    conn: Any
    url: DatabaseUrl

    @property
    def is_sqlite(self) -> bool:
        """True on an SQLite file."""
        return self.backend == "sqlite"

    @property
    def param(self) -> str:
        """The parameter placeholder of this backend."""
        return "?" if self.is_sqlite else "%s"

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement; returns the cursor."""
        return self.conn.execute(sql, params)

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The first column of the first row (None when there is no row)."""
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def close(self) -> None:
        """Close the connection (a transaction still open is rolled back)."""
        self.conn.close()


def quote(name: str) -> str:
    """An identifier quoted for SQL on both backends."""
    return '"' + name.replace('"', '""') + '"'


def connect_sqlite_file(path: Path) -> Raw:
    """A raw connection to an SQLite file in autocommit mode (BEGIN and COMMIT are written out)."""
    conn = sqlite3.connect(str(path), timeout=10, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 10000")
    return Raw("sqlite", conn, DatabaseUrl("sqlite", path=path))


def connect_raw(url: DatabaseUrl, password: str | None) -> Raw:
    """A new raw connection to the database at `url` (PostgreSQL: not in autocommit)."""
    if url.is_sqlite:
        assert url.path is not None
        return connect_sqlite_file(url.path.expanduser())
    options = dict(url.options)
    try:
        conn = psycopg.connect(
            host=url.host,
            port=url.port,
            user=url.user or None,
            password=password if password is not None else url.password,
            dbname=url.database,
            connect_timeout=int(options.get("connect_timeout", 5)),
            application_name="salesapp-backup",
        )
    except psycopg.OperationalError as exc:
        raise connect_error(exc, url) from exc
    return Raw("postgresql", conn, url)


def connect_like(db: Database) -> Raw:
    """A new raw connection to the database the session `db` has open (with the same password). On
    PostgreSQL an administrator's login role reads as the database's owner (`SET ROLE`): whole tables,
    not the rows and columns row-level security shows a person (db/pg_security.py)."""
    password = db.pw.connect_params.get("password") if not db.is_sqlite else None
    raw = connect_raw(db.url, password)
    if not db.is_sqlite:
        owner = group_role(db.url.database, "owner")
        row = raw.conn.execute(
            "SELECT 1 FROM pg_roles WHERE rolname = %s AND pg_has_role(current_user, oid, 'MEMBER')", (owner,)
        ).fetchone()
        if row is not None:
            raw.conn.execute(f"SET ROLE {quote(owner)}")
        raw.conn.commit()  # the SET outlives this first transaction
    return raw


def batches(cursor: Any, size: int = BATCH) -> Iterator[list[Any]]:
    """The rows of an executed cursor, `size` at a time."""
    while rows := cursor.fetchmany(size):
        yield rows
