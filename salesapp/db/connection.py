"""open_database(url): SQLite (WAL, foreign keys, IMMEDIATE writes) or PostgreSQL, migrated on open."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import peewee as pw

from salesapp.db import migrations
from salesapp.db.models import database_proxy
from salesapp.db.netshare import is_network_path
from salesapp.db.url import DatabaseUrl, parse_database_url
from salesapp.domain.errors import ConnectionLost, DatabaseOpenError, msg

SQLITE_PRAGMAS = (
    ("journal_mode", "wal"),
    ("foreign_keys", 1),
    ("synchronous", "normal"),
    ("busy_timeout", 10_000),
)
_PG_MIGRATION_LOCK = 0x5A1E5A99


@dataclass
class Database:
    """An open database: the peewee handle, where it is, and what was done on open."""

    pw: pw.Database
    url: DatabaseUrl
    migrated: tuple[int, ...] = ()
    backup_path: Path | None = None

    @property
    def is_sqlite(self) -> bool:
        """True for the embedded SQLite file."""
        return self.url.is_sqlite

    def atomic(self) -> Any:
        """A write transaction (BEGIN IMMEDIATE on SQLite); nested calls become savepoints."""
        return self.pw.atomic()

    def close(self) -> None:
        """Close this thread's connection."""
        if not self.pw.is_closed():
            self.pw.close()

    @contextlib.contextmanager
    def bulk_cache(self, kib: int) -> Iterator[None]:
        """A larger SQLite page cache (`kib` KiB) while writing in bulk: indexes that take keys in random
        order (phone, e-mail, the customer of an order) would otherwise spill pages to the WAL and read them
        back again and again. Nothing on PostgreSQL."""
        if not self.is_sqlite:
            yield
            return
        conn = self.pw.connection()
        before = int(conn.execute("PRAGMA cache_size").fetchone()[0])
        conn.execute(f"PRAGMA cache_size = {-int(kib)}")
        try:
            yield
        finally:
            conn.execute(f"PRAGMA cache_size = {before}")


def open_database(url: str, *, password: str | None = None, create: bool = True) -> Database:
    """Open (and create when allowed) the database at `url`, run pending migrations, bind the models.

    Raises DatabaseOpenError with a readable message for every way this can fail; nothing is modified
    when the database is refused.
    """
    parsed = parse_database_url(url)
    db: pw.Database
    if parsed.is_sqlite:
        db, backup = _open_sqlite(parsed, create)
    else:
        db, backup = _open_postgresql(parsed, password), None
    database_proxy.initialize(db)
    try:
        applied = _migrate(db, parsed)
    except pw.OperationalError as exc:
        db.close()
        if "readonly" in str(exc) or "read-only" in str(exc):
            raise DatabaseOpenError(
                msg("The database {path} is read-only: salesapp needs to write to it."),
                path=parsed.display(),
            ) from exc
        raise DatabaseOpenError(msg("The database cannot be opened: {detail}"), detail=str(exc)) from exc
    except pw.DatabaseError as exc:
        db.close()
        raise DatabaseOpenError(msg("The database cannot be opened: {detail}"), detail=str(exc)) from exc
    except BaseException:
        db.close()
        raise
    return Database(db, parsed, tuple(applied), backup)


def _migrate(db: pw.Database, url: DatabaseUrl) -> list[int]:
    if url.is_sqlite:
        return migrations.apply_pending(db)
    with _pg_advisory_lock(db):
        return migrations.apply_pending(db)


@contextlib.contextmanager
def _pg_advisory_lock(db: pw.Database) -> Iterator[None]:
    # Several desktops may start at once against a new server: one migrates, the others wait.
    db.execute_sql("SELECT pg_advisory_lock(%s)", (_PG_MIGRATION_LOCK,))
    try:
        yield
    finally:
        db.execute_sql("SELECT pg_advisory_unlock(%s)", (_PG_MIGRATION_LOCK,))


def _open_sqlite(url: DatabaseUrl, create: bool) -> tuple[pw.SqliteDatabase, Path | None]:
    assert url.path is not None
    path = url.path.expanduser()
    if is_network_path(path):
        raise DatabaseOpenError(
            msg(
                "{path} is on a network share. SQLite files are not safe on shared folders: "
                "several desktops would damage it. Use a PostgreSQL server to share data."
            ),
            path=str(path),
        )
    exists = path.exists()
    if not exists:
        if not create:
            raise DatabaseOpenError(msg("There is no database file at {path}."), path=str(path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseOpenError(
                msg("The folder {folder} cannot be created: {detail}"),
                folder=str(path.parent),
                detail=exc.strerror or str(exc),
            ) from exc
    if not _folder_writable(path.parent) or (exists and not os.access(path, os.W_OK)):
        raise DatabaseOpenError(
            msg("The folder {folder} is read-only: salesapp needs to write its database there."),
            folder=str(path.parent),
        )
    if exists:
        _check_is_salesapp_sqlite(path)
    db = pw.SqliteDatabase(str(path), pragmas=list(SQLITE_PRAGMAS), timeout=10, lock_type="IMMEDIATE")
    try:
        db.connect()
    except pw.DatabaseError as exc:
        raise DatabaseOpenError(
            msg("{path} is not a salesapp database (it is not an SQLite file)."), path=str(path)
        ) from exc
    backup = None
    if exists:
        try:
            version = migrations.current_version(db)
            migrations.check_not_newer(version)
            if migrations.pending(version):
                backup = backup_sqlite(db, path, f"before-v{migrations.LATEST}")
        except BaseException:
            db.close()
            raise
    return db, backup


def _folder_writable(folder: Path) -> bool:
    """Try to create a file: permission bits alone do not tell (root, read-only mounts, immutable)."""
    if not os.access(folder, os.W_OK):
        return False
    try:
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


def _check_is_salesapp_sqlite(path: Path) -> None:
    """Refuse a file that is not SQLite, or SQLite tables of another program, before touching it."""
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise DatabaseOpenError(msg("The database cannot be opened: {detail}"), detail=str(exc)) from exc
    if header and header != b"SQLite format 3\x00":
        raise DatabaseOpenError(
            msg("{path} is not a salesapp database (it is not an SQLite file)."), path=str(path)
        )
    if not header:
        return
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(
            msg("{path} is not a salesapp database (it is not an SQLite file)."), path=str(path)
        ) from exc
    finally:
        conn.close()
    if tables and "schema_version" not in tables:
        raise DatabaseOpenError(
            msg("{path} is an SQLite file of another program, not a salesapp database."), path=str(path)
        )


def backup_sqlite(db: pw.SqliteDatabase, path: Path, label: str) -> Path:
    """Copy the open SQLite database with the online backup API into backups/ beside it."""
    folder = path.parent / "backups"
    folder.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}-{label}-{stamp}.sqlite3"
    dest = sqlite3.connect(str(target))
    try:
        db.connection().backup(dest)
    finally:
        dest.close()
    return target


def _open_postgresql(url: DatabaseUrl, password: str | None) -> pw.PostgresqlDatabase:
    options = dict(url.options)
    db = pw.PostgresqlDatabase(
        url.database,
        user=url.user or None,
        password=password if password is not None else url.password,
        host=url.host,
        port=url.port,
        connect_timeout=int(options.get("connect_timeout", 5)),
        application_name="salesapp",
        # psycopg prepares a statement after 5 runs and the server may then switch to a generic plan,
        # which cannot see the LIKE pattern: trigram searches fell back to a filtered pk scan (19–72 ms
        # instead of 3–10). Plan every statement for its parameters.
        options="-c plan_cache_mode=force_custom_plan",
        prefer_psycopg3=True,
    )
    try:
        db.connect()
    except pw.OperationalError as exc:
        detail = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        if "password authentication failed" in str(exc) or "no password supplied" in str(exc):
            raise DatabaseOpenError(
                msg("The server {server} refused the user name or password."), server=url.display()
            ) from exc
        if "does not exist" in str(exc):
            raise DatabaseOpenError(msg("The server has no database “{name}”."), name=url.database) from exc
        raise ConnectionLost(
            msg("The database server {server} cannot be reached: {detail}"),
            server=f"{url.host}:{url.port}",
            detail=detail,
        ) from exc
    return db
