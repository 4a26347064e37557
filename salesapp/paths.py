"""Where salesapp keeps its files: the only user of appdirs; SALESAPP_HOME overrides everything."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "salesapp"
APP_AUTHOR = "salesapp"


def _home_override() -> Path | None:
    value = os.environ.get("SALESAPP_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    """Folder for the local database file and its backups."""
    home = _home_override()
    if home is not None:
        return home / "data"
    import appdirs

    return Path(appdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    """Folder for the per-desktop configuration file."""
    home = _home_override()
    if home is not None:
        return home / "config"
    import appdirs

    return Path(appdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    """Folder for log files."""
    home = _home_override()
    if home is not None:
        return home / "logs"
    import appdirs

    return Path(appdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def default_database_path() -> Path:
    """The embedded SQLite database used when no other is configured."""
    return data_dir() / "salesapp.sqlite3"


def default_database_url() -> str:
    """`sqlite:///…` URL of the default database file."""
    return "sqlite:///" + default_database_path().as_posix()
