"""Loading a checked backup file into a new database whose schema the migrations made: in one transaction,
every table's rows (seed rows of the migrations replaced), then each table checked against the manifest's
row count and checksum, before anything is committed.

- Search tables are never copied blindly: SQLite's FTS5 tables and PostgreSQL's narrow search tables are kept
  by the target's own triggers while the rows go in; a table some trigger writes is loaded last, and when the
  triggers filled it, it is checked against the backup instead of loaded.
- SQLite: INSERT … SELECT from the attached file, foreign keys checked once at the end.
- PostgreSQL: COPY with the foreign keys and plain indexes set aside (as pg_restore does) and made again
  from their own definitions before the commit, each reference checked once over its whole table; every
  sequence is moved past the restored ids (setval), so new rows continue after them.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg

from salesapp.db.backup.backup_file import (
    Cancelled,
    Manifest,
    ManifestTable,
    Progress,
    check_cancel,
    columns_sql,
    open_backup,
)
from salesapp.db.backup.catalog import Catalog, read_catalog
from salesapp.db.backup.digest import table_digest
from salesapp.db.backup.raw import Raw, batches, quote
from salesapp.domain.backup import BackupError
from salesapp.domain.errors import msg

STEP = 50_000
UNKNOWN_TABLE = msg(
    "The backup holds a table “{table}” that this version of salesapp does not have. Nothing was written."
)
UNKNOWN_COLUMN = msg(
    "The backup's table “{table}” has a column “{column}” that this version of salesapp does not have. "
    "Nothing was written."
)
MISMATCH = msg(
    "The restored table “{table}” does not match the backup ({rows} rows restored, {expected} in the "
    "backup). Nothing was kept."
)
BROKEN_REFERENCES = msg(
    "The backup's rows refer to rows that are not in it (table “{table}”). Nothing was kept."
)


@dataclass
class Plan:
    """What to do with each table of the backup in the target."""

    load: list[str] = field(default_factory=list)  # in this order
    trigger_kept: list[str] = field(default_factory=list)  # loaded last, or checked when triggers filled them
    skipped: list[str] = field(default_factory=list)  # the target keeps them itself (FTS5 virtual tables)


def plan_load(catalog: Catalog, manifest: Manifest) -> Plan:
    """Match the backup's tables to the target's; refuse a table or column the target does not have."""
    plan = Plan()
    plain: list[str] = []
    for table in manifest.tables:
        target = catalog.tables.get(table.name)
        if target is None:
            if table.name in catalog.virtual:
                plan.skipped.append(table.name)
                continue
            raise BackupError(UNKNOWN_TABLE, table=table.name)
        missing = [name for name in table.column_names if target.column(name) is None]
        if missing:
            raise BackupError(UNKNOWN_COLUMN, table=table.name, column=missing[0])
        (plan.trigger_kept if table.name in catalog.trigger_written else plain).append(table.name)
    plan.load = plain  # any order: references are checked once every row is in
    return plan


def load_backup(target: Raw, backup: Path, manifest: Manifest, progress: Progress, cancel: Cancelled) -> int:
    """Load the backup into the target (schema at the backup's version, no data but the migrations' seed
    rows) and check it; commits only when every table matches. Returns the rows loaded."""
    catalog = read_catalog(target)
    plan = plan_load(catalog, manifest)
    if not target.is_sqlite:
        target.conn.commit()  # end the catalogue's read: the load below is one transaction of its own
    if target.is_sqlite:
        return _load_sqlite(target, backup, manifest, catalog, plan, progress, cancel)
    return _load_postgresql(target, backup, manifest, catalog, plan, progress, cancel)


def _total(manifest: Manifest, names: list[str]) -> int:
    return sum(t.rows for t in manifest.tables if t.name in names)


# -- SQLite ------------------------------------------------------------------------------------------------


def _load_sqlite(
    target: Raw,
    backup: Path,
    manifest: Manifest,
    catalog: Catalog,
    plan: Plan,
    progress: Progress,
    cancel: Cancelled,
) -> int:
    conn: sqlite3.Connection = target.conn
    conn.execute("PRAGMA foreign_keys = OFF")  # checked once at the end: rows may come in any order
    conn.execute("PRAGMA cache_size = -262144")  # 256 MiB: indexes fill in random key order
    conn.execute("ATTACH DATABASE ? AS bk", (f"file:{backup.as_posix()}?mode=ro",))
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            for name in catalog.tables:
                conn.execute(f"DELETE FROM main.{quote(name)}")  # the migrations' seed rows
            names = plan.load + plan.trigger_kept
            total, done = _total(manifest, names), 0
            progress("load", 0, total)
            for name in names:
                table = manifest.table(name)
                assert table is not None
                if name in plan.trigger_kept and _has_rows(target, name):
                    continue  # the triggers filled it: checked below
                done = _copy_sqlite(conn, table, done, total, progress, cancel)
            _check_tables(target, manifest, names, progress, cancel)
            broken = conn.execute("PRAGMA foreign_key_check").fetchone()
            if broken is not None:
                raise BackupError(BROKEN_REFERENCES, table=broken[0])
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute("DETACH DATABASE bk")
    return done


def _copy_sqlite(
    conn: sqlite3.Connection,
    table: ManifestTable,
    done: int,
    total: int,
    progress: Progress,
    cancel: Cancelled,
) -> int:
    cols = columns_sql(table.column_names)
    copy = f"INSERT INTO main.{quote(table.name)} ({cols}) SELECT {cols} FROM bk.{quote(table.data_table)}"
    top = int(conn.execute(f"SELECT COALESCE(MAX(rowid), 0) FROM bk.{quote(table.data_table)}").fetchone()[0])
    for low in range(0, top, STEP):
        check_cancel(cancel)
        conn.execute(f"{copy} WHERE rowid > ? AND rowid <= ? ORDER BY rowid", (low, low + STEP))
        progress("load", done + min(table.rows, low + STEP), total)
    progress("load", done + table.rows, total)
    return done + table.rows


def _has_rows(target: Raw, name: str) -> bool:
    return target.scalar(f"SELECT 1 FROM {quote(name)} LIMIT 1") is not None


# -- PostgreSQL --------------------------------------------------------------------------------------------


def _load_postgresql(
    target: Raw,
    backup: Path,
    manifest: Manifest,
    catalog: Catalog,
    plan: Plan,
    progress: Progress,
    cancel: Cancelled,
) -> int:
    conn: psycopg.Connection[Any] = target.conn
    source = open_backup(backup)
    try:
        with conn.transaction():
            target.execute("SET LOCAL maintenance_work_mem = '256MB'")
            if catalog.tables:  # the migrations' seed rows, and what triggers made of them
                target.execute(f"TRUNCATE {', '.join(quote(n) for n in catalog.tables)}")
            put_back = _set_aside(target)
            names = plan.load + plan.trigger_kept
            total, done = _total(manifest, names), 0
            progress("load", 0, total)
            for name in names:
                table = manifest.table(name)
                assert table is not None
                if name in plan.trigger_kept and _has_rows(target, name):
                    continue
                done = _copy_postgresql(conn, source, table, (done, total), progress, cancel)
            _put_back(target, put_back)
            _check_tables(target, manifest, names, progress, cancel)
            _move_sequences(target, catalog)
    finally:
        source.close()
    return done


def _set_aside(target: Raw) -> list[tuple[str, str]]:
    """Drop the foreign keys and the plain indexes for the load (as pg_restore loads before it builds them):
    checking a reference or updating an index per row made the load 3–4 times slower. Returns each one's
    (table, definition) to create again, exactly as the migrations made it."""
    keys = target.execute(
        "SELECT conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE contype = 'f' AND connamespace = current_schema()::regnamespace ORDER BY 1, 2"
    ).fetchall()
    indexes = target.execute(
        "SELECT c.relname, i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i "
        "JOIN pg_class c ON c.oid = i.indrelid WHERE c.relnamespace = current_schema()::regnamespace "
        "AND NOT i.indisprimary AND NOT i.indisunique "
        "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid) ORDER BY 1, 2"
    ).fetchall()
    for table, name, _ in keys:
        target.execute(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
    for _, name, _ in indexes:
        target.execute(f"DROP INDEX {name}")
    return [(t, d) for t, _, d in indexes] + [
        (t, f"ALTER TABLE {t} ADD CONSTRAINT {n} {d}") for t, n, d in keys
    ]


def _put_back(target: Raw, statements: list[tuple[str, str]]) -> None:
    """Build the indexes again, then the foreign keys (each checked over its whole table at once)."""
    for table, statement in statements:
        try:
            with target.conn.transaction():  # a savepoint: the error names the table, nothing is kept
                target.execute(statement)
        except psycopg.errors.ForeignKeyViolation as exc:
            raise BackupError(BROKEN_REFERENCES, table=table) from exc


def _copy_postgresql(
    conn: psycopg.Connection[Any],
    source: sqlite3.Connection,
    table: ManifestTable,
    counts: tuple[int, int],
    progress: Progress,
    cancel: Cancelled,
) -> int:
    done, total = counts
    names = table.column_names
    cursor = source.execute(f"SELECT {columns_sql(names)} FROM {quote(table.data_table)} ORDER BY rowid")
    with (
        conn.cursor() as cur,
        cur.copy(f"COPY {quote(table.name)} ({columns_sql(names)}) FROM STDIN") as copy,
    ):
        for rows in batches(cursor):
            check_cancel(cancel)
            for row in rows:
                copy.write_row(row)
            done += len(rows)
            progress("load", done, total)
    return done


def _move_sequences(target: Raw, catalog: Catalog) -> None:
    """Every sequence continues after the highest restored id (or starts at 1 on an empty table)."""
    for table, column in catalog.serials:
        target.execute(
            f"SELECT setval(pg_get_serial_sequence(%s, %s), COALESCE(MAX({quote(column)}), 0) + 1, false) "
            f"FROM {quote(table)}",
            (quote(table), column),
        )


# -- checking the target against the manifest ----------------------------------------------------------------


def _check_tables(
    target: Raw, manifest: Manifest, names: list[str], progress: Progress, cancel: Cancelled
) -> None:
    total, done = _total(manifest, names), 0
    progress("verify", 0, total)

    def advanced(rows: int) -> None:
        nonlocal done
        check_cancel(cancel)
        done += rows
        progress("verify", done, total)

    for name in names:
        table = manifest.table(name)
        assert table is not None
        count, checksum = table_digest(target, quote(name), table.columns, advanced)
        if count != table.rows or checksum != table.checksum:
            raise BackupError(MISMATCH, table=name, rows=count, expected=table.rows)
