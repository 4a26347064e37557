"""Migration 16: wrong passwords in a row per user name (known or not), so that sign-in slows down and then
locks for that name on every desktop and across restarts; `blocked_until`: no password is checked for
the name before then (`services/admin/sign_in_guard.py` holds the rule)."""

from __future__ import annotations

STATEMENTS = [
    "CREATE TABLE sign_in_locks ("
    " username TEXT PRIMARY KEY,"
    " failures INTEGER NOT NULL DEFAULT 0,"
    " last_failed_at TIMESTAMP NOT NULL,"
    " blocked_until TIMESTAMP"
    ")",
]
