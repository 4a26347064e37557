"""Migration 13: staff administration. `must_change_password`: a first password (or one an administrator
reset) is the administrator's, so its owner must choose their own at the next sign-in; `last_sign_in_at`:
when the account last signed in (the Staff screen shows it)."""

from __future__ import annotations

STATEMENTS = [
    "ALTER TABLE users ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE",
    "ALTER TABLE users ADD COLUMN last_sign_in_at TIMESTAMP",
]
