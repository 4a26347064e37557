"""Reading a backup before restoring it, restoring it into a new, empty database (an SQLite file or a database
on the server), and moving a shop between its SQLite file and the office server through one backup file.

The backup is checked whole (structure, manifest, every checksum) before anything is created, so a damaged or
newer file writes nothing. The target's schema comes from the migrations: it is migrated to the backup's
version, loaded and checked in one transaction, then migrated on to this app's newest version. An SQLite
target is built as `<file>.restoring` and renamed when complete. These functions use handles of their own
and never the session's models (`open_database` would rebind them to the target while the desktop still
works on its own database).
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from pathlib import Path

from salesapp.db import migrations
from salesapp.db.backup.backup_file import (
    Cancelled,
    Manifest,
    Progress,
    never,
    no_progress,
    open_backup,
    read_backup,
)
from salesapp.db.backup.raw import Raw, connect_raw, connect_sqlite_file, quote
from salesapp.db.backup.restore_load import MISMATCH, load_backup
from salesapp.db.backup.schema import check_target_version, migrate, peewee_database, target_version
from salesapp.db.url import DatabaseUrl, parse_database_url
from salesapp.domain.backup import DAMAGED, BackupError, BackupResult, BackupSummary, RestoreResult, TableRows
from salesapp.domain.clock import from_db
from salesapp.domain.errors import msg
from salesapp.domain.records import UserRecord
from salesapp.services.backup.backup_service import BackupService, require_admin

CANNOT_WRITE = msg("The database {target} cannot be written: {detail}. Nothing was kept.")
SHOP_PROFILE_KEY = "shop.profile"  # services/admin/shop_profile.py: the shop's name for the preview


def inspect_backup(
    path: str | Path, progress: Progress = no_progress, cancel: Cancelled = never
) -> BackupSummary:
    """What the backup at `path` holds, after checking its structure and row counts (not yet every checksum:
    the restore does that before writing). Raises BackupError for a file that is not a backup, is damaged,
    or comes from a newer salesapp."""
    file = Path(path).expanduser()
    progress("check", 0, 1)
    manifest = read_backup(file, migrations.LATEST, progress=progress, cancel=cancel)
    progress("check", 1, 1)
    return _summary(file, manifest)


def _summary(file: Path, manifest: Manifest) -> BackupSummary:
    meta = manifest.meta
    try:
        taken = from_db(datetime.fromisoformat(meta.get("taken_at", "")))
    except ValueError:
        taken = None
    return BackupSummary(
        path=str(file),
        taken_at=taken or datetime.fromtimestamp(file.stat().st_mtime, UTC),
        schema_version=manifest.schema_version,
        app_version=meta.get("app_version", ""),
        source_backend=meta.get("source_backend", ""),
        source=meta.get("source", ""),
        tables=tuple(TableRows(t.name, t.rows) for t in manifest.tables),
        size_bytes=file.stat().st_size,
        shop_name=_shop_name(file, manifest),
    )


def _shop_name(file: Path, manifest: Manifest) -> str:
    if manifest.table("settings") is None:
        return ""
    conn = open_backup(file)
    try:
        row = conn.execute(
            f"SELECT value FROM {quote('data_settings')} WHERE key = ?", (SHOP_PROFILE_KEY,)
        ).fetchone()
    finally:
        conn.close()
    try:
        return str(json.loads(row[0]).get("shop_name", "")) if row else ""
    except (ValueError, AttributeError):
        return ""


def check_target(url: str, password: str | None) -> None:
    """Refuse, before any work, a target that holds data (or another program's tables) or is unreachable."""
    parsed = parse_database_url(url)
    if parsed.is_sqlite:
        assert parsed.path is not None
        path = parsed.path.expanduser()
        if not path.exists() or path.stat().st_size == 0:
            return
    raw = connect_raw(parsed, password)
    try:
        target_version(raw, parsed.display())
    finally:
        _close(raw)


def restore_backup(
    path: str | Path,
    url: str,
    password: str | None = None,
    progress: Progress = no_progress,
    cancel: Cancelled = never,
) -> RestoreResult:
    """Restore the backup at `path` into the new, empty database at `url` (created when it is a file).

    Raises BackupError (not a backup, damaged, newer schema, target holds data), BackupCancelled, or the
    connection's errors; in every case nothing is kept in the target."""
    started = time.perf_counter()
    file = Path(path).expanduser()
    parsed = parse_database_url(url)
    # Every checksum is checked before a server is touched. A file is built aside and checked after the load
    # (it is a copy of the backup's values), so a changed backup is found there without reading it twice.
    manifest = read_backup(
        file, migrations.LATEST, deep=not parsed.is_sqlite, progress=progress, cancel=cancel
    )
    try:
        if parsed.is_sqlite:
            version, rows = _restore_into_file(file, manifest, parsed, progress, cancel)
        else:
            version, rows = _restore_into_server(file, manifest, parsed, password, progress, cancel)
    except OSError as exc:
        raise BackupError(CANNOT_WRITE, target=parsed.display(), detail=exc.strerror or str(exc)) from exc
    return RestoreResult(parsed.display(), rows, len(manifest.tables), version, time.perf_counter() - started)


def _close(raw: Raw) -> None:
    if not raw.is_sqlite:
        raw.conn.rollback()
    raw.close()


def _restore_into_file(
    backup: Path, manifest: Manifest, url: DatabaseUrl, progress: Progress, cancel: Cancelled
) -> tuple[int, int]:
    assert url.path is not None
    final = url.path.expanduser()
    if final.exists() and final.stat().st_size > 0:
        check_target(url.without_password(), None)  # an empty salesapp file may be replaced, never data
    work = final.with_name(final.name + ".restoring")
    _remove(work)
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        migrate(peewee_database(url, None, work), manifest.schema_version)
        raw = connect_sqlite_file(work)
        try:
            rows = load_backup(raw, backup, manifest, progress, cancel)
        except BackupError as exc:
            if exc.text == MISMATCH:  # the rows were copied as they are: the backup file was changed
                raise BackupError(DAMAGED, path=str(backup)) from exc
            raise
        finally:
            raw.close()
        progress("migrate", 0, 1)
        version = migrate(peewee_database(url, None, work))
        _remove(final, only_sidecars=True)
        work.replace(final)
        progress("migrate", 1, 1)
    except BaseException:
        _remove(work)
        raise
    return version, rows


def _remove(path: Path, *, only_sidecars: bool = False) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    if not only_sidecars:
        path.unlink(missing_ok=True)


def _restore_into_server(
    backup: Path,
    manifest: Manifest,
    url: DatabaseUrl,
    password: str | None,
    progress: Progress,
    cancel: Cancelled,
) -> tuple[int, int]:
    raw = connect_raw(url, password)
    try:
        found = target_version(raw, url.display())
    finally:
        _close(raw)
    check_target_version(found, manifest.schema_version, url.display())
    migrate(peewee_database(url, password), manifest.schema_version)
    raw = connect_raw(url, password)
    try:
        rows = load_backup(raw, backup, manifest, progress, cancel)
        raw.conn.autocommit = True
        raw.execute("ANALYZE")  # fresh planner statistics for the loaded tables
    finally:
        raw.close()
    progress("migrate", 0, 1)
    version = migrate(peewee_database(url, password))
    progress("migrate", 1, 1)
    return version, rows


def move_database(
    backups: BackupService,
    actor: UserRecord,
    backup_path: str | Path,
    url: str,
    password: str | None,
    progress: Progress = no_progress,
    cancel: Cancelled = never,
) -> tuple[BackupResult, RestoreResult]:
    """Move the open database to the new, empty one at `url` (the office server, or a file on this computer):
    a backup into `backup_path` (kept as a safety copy), restored there. Administrators only."""
    require_admin(actor)
    check_target(url, password)
    backed_up = backups.back_up(actor, backup_path, progress, cancel)
    restored = restore_backup(backed_up.path, url, password, progress, cancel)
    return backed_up, restored
