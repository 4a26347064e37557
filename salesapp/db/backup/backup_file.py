"""The backup file: one SQLite file with a table `data_<name>` per table of the database (columns as there,
values as salesapp on SQLite stores them, no index, constraint or trigger), `backup_meta` (format, schema
version, app version, when, from where) and `backup_tables` (per table: columns and their kinds, row count,
checksum). Written in one consistent snapshot while other desktops keep writing:

- SQLite: one read transaction on a connection of its own (WAL: writers go on), copying each table into the
  attached file with INSERT … SELECT in row-id ranges;
- PostgreSQL: one REPEATABLE READ, READ ONLY transaction, each table read with a binary COPY.

Read back, the file is refused when it is not a backup, is damaged (cut short, changed) or comes from a newer
schema, before anything is written anywhere.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg

from salesapp.db.backup.catalog import Catalog, Table, read_catalog
from salesapp.db.backup.digest import table_digest
from salesapp.db.backup.raw import BATCH, Raw, quote
from salesapp.db.backup.values import sqlite_type, storage_converters, to_storage
from salesapp.db.sqlite_file import create_private_file
from salesapp.domain.backup import (
    CANCELLED,
    DAMAGED,
    NEWER_SCHEMA,
    NOT_A_BACKUP,
    BackupCancelled,
    BackupError,
)

FORMAT = "salesapp-backup"
FORMAT_VERSION = 1
META = "backup_meta"
TABLES = "backup_tables"
PREFIX = "data_"
STEP = 50_000  # rows per INSERT … SELECT on SQLite: progress and Cancel between them
_MAGIC = b"SQLite format 3\x00"

Progress = Callable[[str, int, int], None]
"""progress(stage, done, total): "copy", "checksums", "check", "load", "verify", "migrate"."""
Cancelled = Callable[[], bool]


def no_progress(stage: str, done: int, total: int) -> None:
    """A progress callback that reports nothing."""


def never() -> bool:
    """A cancel callback that never cancels."""
    return False


def check_cancel(cancel: Cancelled) -> None:
    """Raise BackupCancelled once the user asked to stop."""
    if cancel():
        raise BackupCancelled(CANCELLED)


@dataclass(frozen=True)
class ManifestTable:
    """One table of a backup: its columns as (name, kind), rows and checksum."""

    name: str
    columns: tuple[tuple[str, str], ...]
    rows: int
    checksum: str

    @property
    def data_table(self) -> str:
        """The table holding its rows in the file."""
        return PREFIX + self.name

    @property
    def column_names(self) -> list[str]:
        """The column names in order."""
        return [name for name, _ in self.columns]

    @property
    def kinds(self) -> list[str]:
        """The column kinds in order."""
        return [kind for _, kind in self.columns]


@dataclass(frozen=True)
class Manifest:
    """What a backup file says about itself."""

    meta: dict[str, str]
    tables: tuple[ManifestTable, ...]

    @property
    def schema_version(self) -> int:
        """The schema version of the database it was taken from."""
        return int(self.meta.get("schema_version", "0") or 0)

    def table(self, name: str) -> ManifestTable | None:
        """The table called `name`, if the backup has one."""
        return next((t for t in self.tables if t.name == name), None)


def columns_sql(names: list[str]) -> str:
    """A quoted column list."""
    return ", ".join(quote(n) for n in names)


def _create_file_tables(conn: sqlite3.Connection, schema: str, tables: list[Table]) -> None:
    conn.execute(f"CREATE TABLE {schema}{META} (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.execute(
        f"CREATE TABLE {schema}{TABLES} (position INTEGER NOT NULL, name TEXT PRIMARY KEY, "
        "columns TEXT NOT NULL, rows INTEGER NOT NULL, checksum TEXT NOT NULL)"
    )
    for table in tables:
        cols = ", ".join(f"{quote(c.name)} {sqlite_type(c.kind)}" for c in table.columns)
        conn.execute(f"CREATE TABLE {schema}{quote(PREFIX + table.name)} ({cols})")


def _write_manifest(
    conn: sqlite3.Connection, schema: str, meta: dict[str, str], tables: list[ManifestTable]
) -> None:
    conn.executemany(f"INSERT INTO {schema}{META} (key, value) VALUES (?, ?)", sorted(meta.items()))
    conn.executemany(
        f"INSERT INTO {schema}{TABLES} (position, name, columns, rows, checksum) VALUES (?, ?, ?, ?, ?)",
        [
            (i, t.name, json.dumps([list(c) for c in t.columns]), t.rows, t.checksum)
            for i, t in enumerate(tables)
        ],
    )


def write_backup(
    source: Raw, part: Path, meta: dict[str, str], progress: Progress = no_progress, cancel: Cancelled = never
) -> Manifest:
    """Write the whole database behind `source` into the new file `part` in one snapshot; returns the
    manifest written into it (`meta` completed with the format, schema version and source)."""
    meta = {**meta, "format": FORMAT, "format_version": str(FORMAT_VERSION)}
    create_private_file(part)  # readable by its owner only, like the database (db/sqlite_file.py)
    meta.setdefault("source_backend", source.backend)
    meta.setdefault("source", source.url.display())
    if source.is_sqlite:
        tables = _write_from_sqlite(source, part, meta, progress, cancel)
    else:
        tables = _write_from_postgresql(source, part, meta, progress, cancel)
    fsync(part)
    return Manifest(meta, tuple(tables))


def fsync(path: Path) -> None:
    """Flush `path` to the disk (the SQLite writes above ran without syncing)."""
    with path.open("r+b") as fh:  # writable: Windows flushes only a handle open for writing
        os.fsync(fh.fileno())


def _backed_up_tables(catalog: Catalog) -> list[Table]:
    return [catalog.tables[name] for name in sorted(catalog.tables)]


def _write_from_sqlite(
    source: Raw, part: Path, meta: dict[str, str], progress: Progress, cancel: Cancelled
) -> list[ManifestTable]:
    conn: sqlite3.Connection = source.conn
    catalog = read_catalog(source)
    tables = _backed_up_tables(catalog)
    conn.execute("ATTACH DATABASE ? AS bk", (str(part),))
    try:
        conn.execute("PRAGMA bk.journal_mode = OFF")
        conn.execute("PRAGMA bk.synchronous = OFF")
        _create_file_tables(conn, "bk.", tables)
        conn.execute("BEGIN")  # the snapshot starts at the first read below and lasts until COMMIT
        try:
            meta["schema_version"] = str(_schema_version(source))
            ranges = {t.name: _max_rowid(conn, t.name) for t in tables}
            counts = {t.name: conn.execute(f"SELECT COUNT(*) FROM main.{quote(t.name)}").fetchone()[0]
                      for t in tables}  # fmt: skip
            total, done = sum(counts.values()), 0
            progress("copy", 0, total)
            for table in tables:
                cols = columns_sql([c.name for c in table.columns])
                copy = (
                    f"INSERT INTO bk.{quote(PREFIX + table.name)} ({cols}) "
                    f"SELECT {cols} FROM main.{quote(table.name)}"
                )
                top = ranges[table.name]
                if top is None:  # no row id (WITHOUT ROWID): in one statement
                    conn.execute(copy)
                else:
                    for low in range(0, top, STEP):
                        check_cancel(cancel)
                        conn.execute(f"{copy} WHERE rowid > ? AND rowid <= ?", (low, low + STEP))
                        progress("copy", done + min(counts[table.name], low + STEP), total)
                done += counts[table.name]
                progress("copy", done, total)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        manifest = _digest_file_tables(conn, "bk.", tables, total, progress, cancel)
        _write_manifest(conn, "bk.", meta, manifest)
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.execute("DETACH DATABASE bk")
    return manifest


def _max_rowid(conn: sqlite3.Connection, table: str) -> int | None:
    try:
        return int(conn.execute(f"SELECT COALESCE(MAX(rowid), 0) FROM main.{quote(table)}").fetchone()[0])
    except sqlite3.OperationalError:
        return None


def _schema_version(raw: Raw) -> int:
    try:
        return int(raw.scalar("SELECT MAX(version) FROM schema_version") or 0)
    except (sqlite3.Error, psycopg.Error):
        return 0


def _digest_file_tables(
    conn: sqlite3.Connection,
    schema: str,
    tables: list[Table],
    total: int,
    progress: Progress,
    cancel: Cancelled,
) -> list[ManifestTable]:
    return _digest_tables(
        conn, [(t.name, f"{schema}{quote(PREFIX + t.name)}", t) for t in tables], total, progress, cancel
    )


def _digest_tables(
    conn: sqlite3.Connection | Raw,
    tables: list[tuple[str, str, Table]],
    total: int,
    progress: Progress,
    cancel: Cancelled,
) -> list[ManifestTable]:
    """The manifest rows of `tables` (name, where its rows are, its columns)."""
    out, done = [], 0
    progress("checksums", 0, total)

    def advanced(rows: int) -> None:
        nonlocal done
        check_cancel(cancel)
        done += rows
        progress("checksums", done, total)

    for name, where, table in tables:
        columns = tuple((c.name, c.kind) for c in table.columns)
        count, checksum = table_digest(conn, where, columns, advanced)
        out.append(ManifestTable(name, columns, count, checksum))
    return out


def _write_from_postgresql(
    source: Raw, part: Path, meta: dict[str, str], progress: Progress, cancel: Cancelled
) -> list[ManifestTable]:
    conn: psycopg.Connection[Any] = source.conn
    conn.rollback()
    conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    conn.read_only = True
    dest = sqlite3.connect(str(part), isolation_level=None)
    try:
        dest.execute("PRAGMA journal_mode = OFF")
        dest.execute("PRAGMA synchronous = OFF")
        with conn.transaction():  # one snapshot: it starts with the first statement
            catalog = read_catalog(source)
            tables = _backed_up_tables(catalog)
            _create_file_tables(dest, "", tables)
            meta["schema_version"] = str(_schema_version(source))
            counts = {t.name: int(source.scalar(f"SELECT COUNT(*) FROM {quote(t.name)}")) for t in tables}
            total, done = sum(counts.values()), 0
            progress("copy", 0, total)
            dest.execute("BEGIN")
            for table in tables:
                names = [c.name for c in table.columns]
                convert = storage_converters([c.kind for c in table.columns])
                insert = (
                    f"INSERT INTO {quote(PREFIX + table.name)} ({columns_sql(names)}) "
                    f"VALUES ({', '.join('?' * len(names))})"
                )
                sql = f"COPY (SELECT {columns_sql(names)} FROM {quote(table.name)}) TO STDOUT (FORMAT BINARY)"
                with conn.cursor() as cur, cur.copy(sql) as copy:
                    copy.set_types([c.type_name for c in table.columns])
                    batch: list[Any] = []
                    for row in copy.rows():
                        batch.append(row)
                        if len(batch) >= BATCH:
                            check_cancel(cancel)
                            done += _store(dest, insert, batch, convert)
                            progress("copy", done, total)
                            batch = []
                    done += _store(dest, insert, batch, convert)
                progress("copy", done, total)
            # Checksums of the server's own rows, in the same snapshot: a restore is checked end to end.
            named = [(t.name, quote(t.name), t) for t in tables]
            manifest = _digest_tables(source, named, total, progress, cancel)
        _write_manifest(dest, "", meta, manifest)
        dest.execute("COMMIT")
    finally:
        dest.close()
    return manifest


def _store(dest: sqlite3.Connection, insert: str, rows: list[Any], convert: Any) -> int:
    dest.executemany(insert, to_storage(rows, convert))
    return len(rows)


# -- reading a backup file ----------------------------------------------------------------------------------


def open_backup(path: Path) -> sqlite3.Connection:
    """A read-only connection to a backup file (after `read_backup` accepted it)."""
    return sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, check_same_thread=False)


def read_backup(
    path: Path,
    latest: int,
    *,
    deep: bool = False,
    progress: Progress = no_progress,
    cancel: Cancelled = never,
) -> Manifest:
    """The manifest of the backup at `path`, after checking the file: an SQLite file whole and undamaged,
    a salesapp backup of a schema this app knows, every table there with its row count, and (`deep`) every
    checksum right. Raises BackupError with a readable message otherwise; the file is only read."""
    where = str(path)
    _check_header(path)
    try:
        conn = open_backup(path)
    except sqlite3.Error as exc:
        raise BackupError(DAMAGED, path=where) from exc
    try:
        try:
            if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
                raise BackupError(DAMAGED, path=where)
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.DatabaseError as exc:
            raise BackupError(DAMAGED, path=where) from exc
        if META not in names or TABLES not in names:
            raise BackupError(NOT_A_BACKUP, path=where)
        manifest = _manifest(conn, where)
        version = manifest.schema_version
        if int(manifest.meta.get("format_version", "0") or 0) > FORMAT_VERSION or version > latest:
            raise BackupError(NEWER_SCHEMA, path=where, found=version, latest=latest)
        for table in manifest.tables:
            if table.data_table not in names:
                raise BackupError(DAMAGED, path=where)
            if conn.execute(f"SELECT COUNT(*) FROM {quote(table.data_table)}").fetchone()[0] != table.rows:
                raise BackupError(DAMAGED, path=where)
        if deep:
            _check_checksums(conn, manifest, where, progress, cancel)
        return manifest
    except sqlite3.DatabaseError as exc:
        raise BackupError(DAMAGED, path=where) from exc
    finally:
        conn.close()


def _check_header(path: Path) -> None:
    where = str(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise BackupError(NOT_A_BACKUP, path=where) from exc
    if not header.startswith(_MAGIC):
        raise BackupError(DAMAGED if header and _MAGIC.startswith(header) else NOT_A_BACKUP, path=where)
    if len(header) < 100:
        raise BackupError(DAMAGED, path=where)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if size < page_size or (header[24:28] == header[92:96] and pages and size < pages * page_size):
        raise BackupError(DAMAGED, path=where)


def _manifest(conn: sqlite3.Connection, where: str) -> Manifest:
    meta = {str(k): str(v) for k, v in conn.execute(f"SELECT key, value FROM {META}")}
    if meta.get("format") != FORMAT:
        raise BackupError(NOT_A_BACKUP, path=where)
    tables = []
    for name, columns, rows, checksum in conn.execute(
        f"SELECT name, columns, rows, checksum FROM {TABLES} ORDER BY position"
    ):
        try:
            cols = tuple((str(c[0]), str(c[1])) for c in json.loads(columns))
        except (ValueError, TypeError, IndexError) as exc:
            raise BackupError(DAMAGED, path=where) from exc
        tables.append(ManifestTable(str(name), cols, int(rows), str(checksum)))
    return Manifest(meta, tuple(tables))


def _check_checksums(
    conn: sqlite3.Connection, manifest: Manifest, where: str, progress: Progress, cancel: Cancelled
) -> None:
    total, done = sum(t.rows for t in manifest.tables), 0
    progress("check", 0, total)

    def advanced(rows: int) -> None:
        nonlocal done
        check_cancel(cancel)
        done += rows
        progress("check", done, total)

    for table in manifest.tables:
        count, checksum = table_digest(conn, quote(table.data_table), table.columns, advanced)
        if count != table.rows or checksum != table.checksum:
            raise BackupError(DAMAGED, path=where)
