"""Backups: what a backup file holds (as shown before a restore), the outcome of a backup or a restore, and
the rules for file names, automatic backups (daily, the last N kept) and an overdue backup (two days)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from salesapp.domain.errors import SalesappError, msg

FILE_SUFFIX = ".salesapp-backup"
OVERDUE_AFTER = timedelta(days=2)
AUTO_EVERY = timedelta(days=1)
KEEP_RANGE = (1, 365)

_STAMP = "%Y%m%d-%H%M%S"
_UNSAFE = re.compile(r"[^\w.-]+")


class BackupError(SalesappError):
    """A backup file that cannot be read or restored, or a target that must not be written to."""


class BackupCancelled(SalesappError):
    """The user cancelled a backup or a restore; nothing was kept."""


NOT_A_BACKUP = msg("{path} is not a salesapp backup file. Nothing was written.")
DAMAGED = msg(
    "The backup file {path} is damaged (cut short or changed after it was written): it cannot be restored. "
    "Nothing was written. Use another backup file."
)
NEWER_SCHEMA = msg(
    "The backup {path} was made by a newer version of salesapp (schema {found}; this app knows {latest}). "
    "Install the newer salesapp to restore it. Nothing was written."
)
TARGET_HAS_DATA = msg(
    "The database {target} already holds data: a backup is only restored into a new, empty database. "
    "Choose a new file, or a new database on the server. Nothing was written."
)
CANCELLED = msg("Cancelled: nothing was kept.")


@dataclass(frozen=True)
class TableRows:
    """One table of a backup and how many rows it holds."""

    name: str
    rows: int


@dataclass(frozen=True)
class BackupSummary:
    """What a backup file holds, read from its manifest (shown before restoring it)."""

    path: str
    taken_at: datetime  # aware UTC
    schema_version: int
    app_version: str
    source_backend: str  # "sqlite" or "postgresql"
    source: str  # the database it was taken from, without any password
    tables: tuple[TableRows, ...]
    size_bytes: int
    shop_name: str = ""

    def rows_of(self, table: str) -> int:
        """Rows of `table` in the backup (0 when it has no such table)."""
        return next((t.rows for t in self.tables if t.name == table), 0)

    @property
    def total_rows(self) -> int:
        """Rows of every table together."""
        return sum(t.rows for t in self.tables)


@dataclass(frozen=True)
class BackupResult:
    """A backup written: where, how big, how many rows, when its snapshot was taken."""

    path: str
    size_bytes: int
    rows: int
    tables: int
    taken_at: datetime  # aware UTC
    seconds: float


@dataclass(frozen=True)
class RestoreResult:
    """A backup restored into a new database."""

    target: str  # the database, without any password
    rows: int
    tables: int
    schema_version: int  # of the restored database, after any newer migrations ran
    seconds: float


@dataclass(frozen=True)
class LastBackup:
    """The newest backup of this database, as recorded in it (by any desktop or the command line)."""

    at: datetime  # aware UTC
    file: str
    size_bytes: int
    automatic: bool


def is_overdue(last: LastBackup | None, now: datetime) -> bool:
    """True when there is no backup or the newest is older than two days."""
    return last is None or now - last.at > OVERDUE_AFTER


def safe_stem(name: str) -> str:
    """A file-name-safe form of a database's name ("shop", "salesapp_office")."""
    return _UNSAFE.sub("_", name).strip("._") or "salesapp"


def backup_file_name(stem: str, at: datetime, automatic: bool) -> str:
    """The file name of a backup taken at `at`: shop-20261123-100000.salesapp-backup (auto-… when daily)."""
    kind = "auto-" if automatic else ""
    return f"{safe_stem(stem)}-{kind}{at.astimezone(UTC).strftime(_STAMP)}{FILE_SUFFIX}"


def _auto_stamps(names: Iterable[str], stem: str) -> list[tuple[datetime, str]]:
    prefix = f"{safe_stem(stem)}-auto-"
    found = []
    for name in names:
        if not (name.startswith(prefix) and name.endswith(FILE_SUFFIX)):
            continue
        try:
            at = datetime.strptime(name[len(prefix) : -len(FILE_SUFFIX)], _STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append((at, name))
    return sorted(found)


def auto_backup_due(names: Iterable[str], stem: str, now: datetime) -> bool:
    """True when the folder (its file `names`) has no automatic backup of `stem` from the last day."""
    stamps = _auto_stamps(names, stem)
    return not stamps or now - stamps[-1][0] >= AUTO_EVERY


def files_to_prune(names: Iterable[str], stem: str, keep: int) -> list[str]:
    """The automatic backups of `stem` beyond the newest `keep`, oldest first (manual ones are never
    deleted)."""
    stamps = _auto_stamps(names, stem)
    return [name for _, name in stamps[: max(0, len(stamps) - max(1, keep))]]
