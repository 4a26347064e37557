"""Backing up the open database: "Back up now…" (administrators), the daily automatic backup into this
desktop's chosen folder (the last N kept), and the record of the newest backup that the status bar reads.

The file is written on a connection of its own in one consistent snapshot (db/backup/backup_file.py), into
`<name>.part` first and renamed when whole: a cancelled or failed backup leaves no file behind. The newest
backup is recorded in the database itself (setting "backup.last"), so every desktop of a shared database
sees its age, whichever desktop or command line made it.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import peewee as pw

from salesapp import __version__
from salesapp.db import models as m
from salesapp.db.backup.backup_file import Cancelled, Progress, never, no_progress, write_backup
from salesapp.db.backup.raw import connect_like
from salesapp.domain.backup import (
    BackupError,
    BackupResult,
    LastBackup,
    auto_backup_due,
    backup_file_name,
    files_to_prune,
)
from salesapp.domain.changes import ChangeSet
from salesapp.domain.clock import from_db, to_db
from salesapp.domain.enums import Action, EntityKind, Role
from salesapp.domain.errors import PermissionDenied, msg
from salesapp.domain.records import UserRecord
from salesapp.services.shared.acting import acts_as_stored_user
from salesapp.services.shared.audit import log_activity
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.settings_store import read_setting

KEY = "backup.last"
SETTING_ENTITY_ID = 15
"""The id under which recorded backups appear in activity rows and ChangeSets (EntityKind.SETTING)."""

ADMINS_ONLY = msg("Only an administrator can back up or restore the database.")
CANNOT_WRITE = msg("The backup could not be written to {path}: {detail}")
INTO_ITSELF = msg("Choose another file: {path} is the database itself.")


def require_admin(actor: UserRecord) -> None:
    """Backups hold every row, password hashes included: administrators only."""
    if actor.role is not Role.ADMIN:
        raise PermissionDenied(ADMINS_ONLY)


@dataclass(frozen=True)
class AutoBackup:
    """The automatic backup's settings on this desktop: the folder and how many files it keeps."""

    folder: Path
    keep: int


@acts_as_stored_user
class BackupService:
    """Writes backups of the open database and records the newest one in it."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def database_stem(self) -> str:
        """The name backups of this database are called by: the file's stem, or the server's database."""
        url = self.ctx.db.url
        return url.path.stem if url.is_sqlite and url.path is not None else url.database

    def default_file_name(self) -> str:
        """A file name for a backup taken now."""
        return backup_file_name(self.database_stem(), self.ctx.clock(), automatic=False)

    def back_up(
        self,
        actor: UserRecord | None,
        path: str | Path,
        progress: Progress = no_progress,
        cancel: Cancelled = never,
        *,
        automatic: bool = False,
    ) -> BackupResult:
        """Write a backup of the whole database to `path` (replacing a file there) while others keep working;
        administrators only, except the automatic backup and the command line (`actor` None: whoever may
        read the database). Runs for seconds to minutes: call it on a worker of its own. Raises
        BackupCancelled (nothing kept) or BackupError."""
        if actor is not None and not automatic:
            require_admin(actor)
        target = Path(path).expanduser()
        db_path = self.ctx.db.url.path
        if db_path is not None and target.resolve() == db_path.expanduser().resolve():
            raise BackupError(INTO_ITSELF, path=str(target))
        now = self.ctx.clock()
        started = time.perf_counter()
        part = target.with_name(target.name + ".part")
        meta = {"app_version": __version__, "taken_at": to_db(now).isoformat(" ")}
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            part.unlink(missing_ok=True)
            raw = connect_like(self.ctx.db)
            try:
                manifest = write_backup(raw, part, meta, progress, cancel)
            finally:
                raw.close()
            os.replace(part, target)
        except OSError as exc:
            part.unlink(missing_ok=True)
            raise BackupError(CANNOT_WRITE, path=str(target), detail=exc.strerror or str(exc)) from exc
        except BaseException:
            part.unlink(missing_ok=True)
            raise
        return BackupResult(
            path=str(target),
            size_bytes=target.stat().st_size,
            rows=sum(t.rows for t in manifest.tables),
            tables=len(manifest.tables),
            taken_at=now,
            seconds=time.perf_counter() - started,
        )

    def auto_back_up(
        self, actor: UserRecord, auto: AutoBackup, progress: Progress = no_progress, cancel: Cancelled = never
    ) -> BackupResult | None:
        """The daily backup: when the folder has none of this database from the last day, write one and
        delete the automatic ones past the newest `keep`. None when none was due. On an office server only
        an administrator's desktop backs up (a backup holds everyone's records); a local file is backed up
        from whoever works on it (they have the file itself)."""
        if not self.ctx.db.is_sqlite:
            require_admin(actor)
        stem = self.database_stem()
        now = self.ctx.clock()
        names = [p.name for p in auto.folder.glob("*")] if auto.folder.is_dir() else []
        if not auto_backup_due(names, stem, now):
            return None
        path = auto.folder / backup_file_name(stem, now, automatic=True)
        result = self.back_up(actor, path, progress, cancel, automatic=True)
        names = [p.name for p in auto.folder.glob("*")]
        for name in files_to_prune(names, stem, auto.keep):
            (auto.folder / name).unlink(missing_ok=True)
        return result

    def record(self, actor: UserRecord | None, result: BackupResult, *, automatic: bool = False) -> ChangeSet:
        """Record `result` as the newest backup of this database, with its activity row."""
        value = json.dumps(
            {
                "at": to_db(result.taken_at).isoformat(" "),
                "file": Path(result.path).name,
                "bytes": result.size_bytes,
                "automatic": automatic,
            },
            sort_keys=True,
        )
        now = self.ctx.clock()
        for attempt in range(3):  # two desktops recording at once: the later one writes over the earlier
            try:
                with self.ctx.db.atomic():
                    _store(value, actor.id if actor else None, now)
                    summary = f"{KEY}: {Path(result.path).name}"
                    log_activity(
                        actor, EntityKind.SETTING, SETTING_ENTITY_ID, Action.CREATED, now, {}, summary
                    )
                break
            except pw.IntegrityError:
                if attempt == 2:
                    raise
        return ChangeSet.of(EntityKind.SETTING, [SETTING_ENTITY_ID])

    def last_backup(self) -> LastBackup | None:
        """The newest recorded backup of this database, or None when none was ever made."""
        stored = read_setting(KEY)
        if stored is None:
            return None
        try:
            data = json.loads(stored[0])
            at = from_db(datetime.fromisoformat(str(data["at"])))
        except (ValueError, KeyError, TypeError):
            return None
        assert at is not None
        return LastBackup(
            at, str(data.get("file", "")), int(data.get("bytes", 0)), bool(data.get("automatic"))
        )


def _store(value: str, actor_id: int | None, now: datetime) -> None:
    """Write the record over any earlier one (it is news, not an edit: no stale-save check)."""
    updated = (
        m.Setting.update(
            value=value, updated_at=to_db(now), updated_by=actor_id, version=m.Setting.version + 1
        )
        .where(m.Setting.key == KEY)
        .execute()
    )
    if not updated:
        m.Setting.insert(
            key=KEY, value=value, updated_at=to_db(now), updated_by=actor_id, version=1
        ).execute()
