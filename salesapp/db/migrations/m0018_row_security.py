"""Migration 18: PostgreSQL itself enforces who sees what (`salesapp.db.pg_security`): group roles per app
role and an owner role, grants, and row-level security on every table holding owned records. Each staff
member gets a login role of their own (`users.pg_role`, set by `pg_logins`). On SQLite (one desktop, one
file) only the column is added, so both backends keep the same schema."""

from __future__ import annotations

import peewee

from salesapp.db import pg_security

STATEMENTS = [
    "ALTER TABLE users ADD COLUMN pg_role TEXT",
    "CREATE UNIQUE INDEX users_pg_role ON users (pg_role)",
]

POSTGRESQL = [
    # A salesperson's capped customer count reads `id` for the policy (the queue's and their orders'
    # customers are shared): with the id in the index it stays an index-only scan, as the owner's is.
    "CREATE INDEX customers_owner_id ON customers (owner_id, id)",
]


def install(db: peewee.Database) -> None:
    """Roles, ownership, grants and policies (PostgreSQL only)."""
    if isinstance(db, peewee.PostgresqlDatabase):
        pg_security.install(db)
