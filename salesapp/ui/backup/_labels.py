"""Words the backup screens share: the stages of a backup or restore, file sizes, and a backup's age."""

from __future__ import annotations

from datetime import datetime

from salesapp.domain.backup import FILE_SUFFIX
from salesapp.ui.shared.i18n import tr_noop, translate

_CONTEXT = "BackupLabels"
_STAGES = {
    "copy": tr_noop("BackupLabels", "Copying the tables…"),
    "checksums": tr_noop("BackupLabels", "Computing the checksums…"),
    "check": tr_noop("BackupLabels", "Checking the backup file…"),
    "load": tr_noop("BackupLabels", "Loading the rows into the new database…"),
    "verify": tr_noop("BackupLabels", "Checking the restored tables against the backup…"),
    "migrate": tr_noop("BackupLabels", "Bringing the database up to this version…"),
    "done": tr_noop("BackupLabels", "Done."),
}


def stage_text(stage: str) -> str:
    """What the worker is doing, in the user's language."""
    return translate(_CONTEXT, _STAGES.get(stage, _STAGES["copy"]))


def size_text(size: int) -> str:
    """A file size: "820 KB", "1.4 GB"."""
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{value:.0f} {unit}" if unit in ("B", "KB") else f"{value:.1f} {unit}"
        value /= 1000
    return f"{value:.1f} GB"


def age_text(at: datetime, now: datetime) -> str:
    """How long ago: "just now", "3 hours ago", "5 days ago"."""
    seconds = max(0.0, (now - at).total_seconds())
    if seconds < 90:
        return translate("BackupLabels", "just now")
    if seconds < 90 * 60:
        return translate("BackupLabels", "{0} minutes ago").format(round(seconds / 60))
    if seconds < 36 * 3600:
        return translate("BackupLabels", "{0} hours ago").format(round(seconds / 3600))
    return translate("BackupLabels", "{0} days ago").format(round(seconds / 86400))


def file_filter() -> str:
    """The file dialogs' filter for backup files."""
    return translate("BackupLabels", "salesapp backup (*{0});;All files (*)").format(FILE_SUFFIX)
