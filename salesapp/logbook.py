"""The log file: what the application did and every unexpected error, kept in the user's log folder.

A windowed build has no console, so without this file an error a user met leaves no trace. The file
rotates (five files of 1 MB) so it never fills a disk.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from salesapp import paths

LOG_NAME = "salesapp.log"
_MAX_BYTES = 1_000_000
_KEPT_FILES = 5
_FORMAT = "%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s"


def log_file() -> Path:
    """Where this desktop's log is written."""
    return paths.log_dir() / LOG_NAME


def start_logging(level: int = logging.INFO) -> Path | None:
    """Send the root logger to the rotating log file (once per file); the file's path, or None when the
    log folder cannot be written (the application still runs)."""
    root = logging.getLogger()
    path = log_file()
    for handler in root.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=_MAX_BYTES, backupCount=_KEPT_FILES, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    logging.captureWarnings(True)
    return path


def stop_logging() -> None:
    """Close and remove the log file handlers (tests, which change the home folder between them)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
