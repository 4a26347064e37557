"""Per-desktop configuration (database URL, language, era preference) kept as JSON in the config folder."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from salesapp import paths

LANGUAGES = ("en", "th", "vi")


@dataclass(frozen=True)
class AppConfig:
    """What this desktop remembers between runs; the database password is never here (keyring)."""

    database_url: str | None = None
    language: str | None = None  # None: follow the system locale
    buddhist_era: bool = False
    last_username: str = ""
    backup_folder: str | None = None  # daily automatic backups go here; None: no automatic backup
    backup_keep: int = 7  # how many automatic backups the folder keeps (the oldest are deleted)

    def with_changes(self, **changes: object) -> AppConfig:
        """A copy with some fields changed."""
        return replace(self, **changes)  # type: ignore[arg-type]


def config_path() -> Path:
    """The JSON file holding the AppConfig."""
    return paths.config_dir() / "config.json"


def load_config() -> AppConfig:
    """Read the configuration; a missing or unreadable file gives the defaults."""
    try:
        raw = json.loads(config_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return AppConfig()
    known = {k: v for k, v in raw.items() if k in AppConfig.__dataclass_fields__}
    try:
        return AppConfig(**known)
    except TypeError:
        return AppConfig()


def save_config(config: AppConfig) -> None:
    """Write the configuration atomically (temp file then rename)."""
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(config), ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, path)
