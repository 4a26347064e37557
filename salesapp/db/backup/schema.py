"""The schema of a restore target comes from the migrations, never from the backup: the target is migrated to
the backup's schema version, loaded, then migrated on to the newest (so that a newer migration's own data
changes run on restored rows). A target counts as new when it has no table, or holds nothing but the rows
the migrations themselves write (the pipeline's stages, the first pool, …).

These peewee handles are the restore's own: they are never bound to the models, which stay with the session.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee as pw

from salesapp.db import migrations
from salesapp.db.backup.catalog import read_catalog
from salesapp.db.backup.raw import Raw, quote
from salesapp.db.connection import SQLITE_PRAGMAS
from salesapp.db.sqlite_file import create_private_file
from salesapp.db.url import DatabaseUrl
from salesapp.domain.backup import TARGET_HAS_DATA, BackupError
from salesapp.domain.errors import msg

NOT_SALESAPP = msg(
    "The database {target} holds tables of another program: a backup is only restored into a new, empty "
    "database. Nothing was written."
)
NEWER_TARGET = msg(
    "The database {target} was already prepared by salesapp for a newer schema ({found}) than the backup's "
    "({version}): restore into a database with no tables (a new file, or a new database on the server). "
    "Nothing was written."
)


def peewee_database(url: DatabaseUrl, password: str | None, path: Path | None = None) -> pw.Database:
    """A peewee handle on the target (on `path` instead of the URL's file when given), not bound to models."""
    if url.is_sqlite:
        assert url.path is not None or path is not None
        file = path if path is not None else url.path
        assert file is not None
        create_private_file(file)  # a new file: readable by its owner only, like the database
        return pw.SqliteDatabase(str(file), pragmas=list(SQLITE_PRAGMAS), timeout=10)
    return pw.PostgresqlDatabase(
        url.database,
        user=url.user or None,
        password=password if password is not None else url.password,
        host=url.host,
        port=url.port,
        connect_timeout=int(dict(url.options).get("connect_timeout", 5)),
        application_name="salesapp-restore",
    )


def migrate(db: pw.Database, up_to: int | None = None) -> int:
    """Run the migrations on `db` (up to `up_to`); returns the schema version reached."""
    db.connect(reuse_if_open=True)
    try:
        migrations.apply_pending(db, up_to)
        return migrations.current_version(db)
    finally:
        db.close()


def seed_counts(version: int) -> dict[str, int]:
    """Rows per table right after migrating an empty database to `version` (on an SQLite file in memory)."""
    db = pw.SqliteDatabase(":memory:")
    db.connect()
    try:
        migrations.apply_pending(db, version)
        names = [r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {n: int(db.execute_sql(f"SELECT COUNT(*) FROM {quote(n)}").fetchone()[0]) for n in names}
    finally:
        db.close()


def target_version(raw: Raw, display: str) -> int:
    """The schema version of a restore target that holds no data (0: no tables at all). Raises
    BackupError for a database with data or another program's tables."""
    try:
        catalog = read_catalog(raw)
    except sqlite3.DatabaseError as exc:  # not an SQLite file at all
        raise BackupError(NOT_SALESAPP, target=display) from exc
    if not catalog.tables and not catalog.virtual:
        return 0
    if "schema_version" not in catalog.tables:
        raise BackupError(NOT_SALESAPP, target=display)
    version = int(raw.scalar("SELECT COALESCE(MAX(version), 0) FROM schema_version") or 0)
    seeds = seed_counts(min(version, migrations.LATEST))
    for name in catalog.tables:
        if name == "schema_version" or name in catalog.trigger_written:
            continue
        allowed = seeds.get(name, 0)
        if (
            raw.scalar(f"SELECT COUNT(*) FROM (SELECT 1 FROM {quote(name)} LIMIT {allowed + 1}) AS t")
            > allowed
        ):
            raise BackupError(TARGET_HAS_DATA, target=display)
    return version


def check_target_version(found: int, backup_version: int, display: str) -> None:
    """Refuse a prepared target whose schema is already past the backup's."""
    if found > backup_version:
        raise BackupError(NEWER_TARGET, target=display, found=found, version=backup_version)
