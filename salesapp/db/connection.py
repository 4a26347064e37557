"""open_database(url): SQLite (WAL, foreign keys, IMMEDIATE writes) or PostgreSQL, migrated on open."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peewee as pw

from salesapp.db import migrations, pg_security
from salesapp.db.models import database_proxy
from salesapp.db.pg_session import SessionDatabase, open_postgresql
from salesapp.db.sqlite_file import SQLITE_PRAGMAS as SQLITE_PRAGMAS
from salesapp.db.sqlite_file import backup_sqlite as backup_sqlite
from salesapp.db.sqlite_file import check_damage, open_sqlite
from salesapp.db.url import DatabaseUrl, parse_database_url
from salesapp.domain.errors import DatabaseOpenError, msg

_PG_MIGRATION_LOCK = 0x5A1E5A99
ROW_SECURITY = 18  # the migration that installed roles and policies (db/pg_security.py)


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

    def close_all(self) -> None:
        """Close every thread's connection to the server (nothing else may be using them); on SQLite,
        this thread's."""
        if isinstance(self.pw, SessionDatabase):
            self.pw.close_all()
        else:
            self.close()

    def reconnect_now(self) -> None:
        """Check the server answers, opening a new connection at once if the last one was lost (raises
        ConnectionLost while it cannot); nothing on SQLite."""
        if isinstance(self.pw, SessionDatabase):
            self.pw.reconnect_now()

    def check_damage(self) -> None:
        """Read the whole SQLite file for damage on a connection of its own (seconds on a big file: run it
        beside the session); raises DatabaseOpenError when it is damaged. Nothing on PostgreSQL."""
        if self.url.is_sqlite and self.url.path is not None:
            check_damage(self.url.path.expanduser())

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
    new_file = parsed.is_sqlite and parsed.path is not None and not os.path.lexists(parsed.path.expanduser())
    if parsed.is_sqlite:
        try:
            db, backup = open_sqlite(parsed, create)
        except BaseException:
            if new_file:
                _remove_new_file(parsed)
            raise
    else:
        db, backup = open_postgresql(parsed, password), None
    database_proxy.initialize(db)
    try:
        applied = _migrate(db, parsed)
    except BaseException:
        if new_file:  # a file left half-made (a full disk) would be refused as empty or damaged next time
            db.close()
            _remove_new_file(parsed)
        raise
    if isinstance(db, SessionDatabase):
        db.hides_password_hash = pg_security.hides_password_hash(db)
    return Database(db, parsed, tuple(applied), backup)


def _remove_new_file(url: DatabaseUrl) -> None:
    assert url.path is not None
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{url.path.expanduser()}{suffix}").unlink()


def _migrate(db: pw.Database, url: DatabaseUrl) -> list[int]:
    try:
        return _migrate_locked(db, url)
    except pw.OperationalError as exc:
        db.close()
        if "readonly" in str(exc) or "read-only" in str(exc):
            raise DatabaseOpenError(
                msg("The database {path} is read-only: salesapp needs to write to it."),
                path=url.display(),
            ) from exc
        raise DatabaseOpenError(msg("The database cannot be opened: {detail}"), detail=str(exc)) from exc
    except pw.DatabaseError as exc:
        db.close()
        raise DatabaseOpenError(msg("The database cannot be opened: {detail}"), detail=str(exc)) from exc
    except BaseException:
        db.close()
        raise


def _migrate_locked(db: pw.Database, url: DatabaseUrl) -> list[int]:
    if url.is_sqlite:
        return migrations.apply_pending(db)
    with _pg_advisory_lock(db):
        version = migrations.current_version(db)
        migrations.check_not_newer(version)
        if not migrations.pending(version):
            return []
        with pg_security.as_owner(db):
            applied = migrations.apply_pending(db)
            if applied and applied[-1] > ROW_SECURITY:
                with db.atomic():  # a later migration's new tables and columns get their grants, policies
                    pg_security.refresh(db)
        return applied


@contextlib.contextmanager
def _pg_advisory_lock(db: pw.Database) -> Iterator[None]:
    # Several desktops may start at once against a new server: one migrates, the others wait.
    db.execute_sql("SELECT pg_advisory_lock(%s)", (_PG_MIGRATION_LOCK,))
    try:
        yield
    finally:
        db.execute_sql("SELECT pg_advisory_unlock(%s)", (_PG_MIGRATION_LOCK,))
