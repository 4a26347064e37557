"""A shop on the real PostgreSQL server with demo staff who sign in as their own login roles (plain psycopg,
not the services): the database tests of row-level security attack it as a salesperson."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest

from salesapp.db.pg_names import login_role
from salesapp.db.url import parse_database_url
from salesapp.demo.demo import DEMO_PASSWORD, fill_demo
from salesapp.services.admin.users import cheap_hasher
from salesapp.services.registry import connect
from tests.helpers.fixtures import PG_ENV, drop_pg_database, new_pg_database, pg_base_url

ME, COLLEAGUE = "somsri", "lan"
"""The salesperson attacking, and the colleague whose rows are attacked."""


@dataclass(frozen=True)
class PgShop:
    """A filled demo database: its URL (as the superuser) and the demo staff's ids by user name."""

    url: str
    ids: dict[str, int]

    def superuser(self) -> psycopg.Connection[Any]:
        """A connection as the server's superuser (sees and may do everything)."""
        return psycopg.connect(self.url, autocommit=True)

    def login(self, username: str, password: str = DEMO_PASSWORD) -> psycopg.Connection[Any]:
        """A connection as `username`'s own login role, with their password (SCRAM over TCP)."""
        u = parse_database_url(self.url)
        return psycopg.connect(
            host=u.host,
            port=u.port,
            dbname=u.database,
            user=login_role(u.database, username),
            password=password,
            autocommit=True,
        )


def require_pg() -> None:
    """Skip (or fail on CI) without a test server."""
    if pg_base_url() is None:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_ENV} is not set: CI must run the database tests on PostgreSQL too")
        pytest.skip(f"{PG_ENV} not set")


def _seed_more(conn: psycopg.Connection[Any], ids: dict[str, int]) -> None:
    """Rows of the tables the demo leaves empty, for me and for my colleague."""
    at = "2026-11-20 03:00:00"
    tag = conn.execute(
        "INSERT INTO tags (name, created_at, updated_at) VALUES ('VIP', %s, %s) RETURNING id", (at, at)
    ).fetchone()
    assert tag is not None
    for username in (ME, COLLEAGUE):
        uid = ids[username]
        row = conn.execute(
            "SELECT id FROM customers WHERE owner_id = %s ORDER BY id LIMIT 1", (uid,)
        ).fetchone()
        assert row is not None
        cid = row[0]
        conn.execute("INSERT INTO customer_tags (customer_id, tag_id) VALUES (%s, %s)", (cid, tag[0]))
        conn.execute(
            "INSERT INTO customer_notes (customer_id, kind, text, at, user_id) "
            "VALUES (%s, 'note', 'x', %s, %s)",
            (cid, at, uid),
        )
        conn.execute(
            "INSERT INTO customer_merges (kept_id, merged_id, snapshot, moved, merged_at, merged_by_id) "
            "VALUES (%s, 999999, '{}', '{}', %s, %s)",
            (cid, at, uid),
        )
        conn.execute(
            "INSERT INTO appointments (customer_id, owner_id, starts_at, created_at, updated_at) "
            "VALUES (%s, %s, %s, %s, %s)",
            (cid, uid, at, at, at),
        )
        conn.execute(
            "INSERT INTO segments (name, owner_id, criteria, created_at, updated_at) "
            "VALUES (%s, %s, '{}', %s, %s)",
            (f"mine {username}", uid, at, at),
        )
        message = conn.execute(
            "INSERT INTO messages (channel, purpose, body, created_at, created_by_id) "
            "VALUES ('sms', 'care', 'hello', %s, %s) RETURNING id",
            (at, uid),
        ).fetchone()
        assert message is not None
        conn.execute(
            "INSERT INTO message_attachments (message_id, name, mime, data) "
            "VALUES (%s, 'a.png', 'image/png', 'x')",
            (message[0],),
        )
        conn.execute(
            "INSERT INTO outbox (message_id, customer_id, channel, address, state, next_attempt_at, "
            "idempotency_key, queued_at, created_by_id) "
            "VALUES (%s, %s, 'sms', '0811111111', 'queued', %s, %s, %s, %s)",
            (message[0], cid, at, f"k-{username}", at, uid),
        )
        conn.execute(
            "INSERT INTO sign_in_locks (username, failures, last_failed_at) VALUES (%s, 1, %s)",
            (username, at),
        )
    conn.execute(  # the queue shared by telesales: one of the colleague's cases is waiting again
        "UPDATE upsell_cases SET status = 'pending', assignee_id = NULL, assigned_at = NULL "
        "WHERE id = (SELECT min(id) FROM upsell_cases WHERE assignee_id = %s)",
        (ids[COLLEAGUE],),
    )
    conn.execute("ANALYZE")


@pytest.fixture(scope="module")
def pg_shop() -> Iterator[PgShop]:
    """One demo shop for the module (the tests only read it, or roll back what they try)."""
    require_pg()
    url = new_pg_database()
    services = connect(url, hasher=cheap_hasher())
    try:
        fill_demo(services.db, customers=80, orders=400)
    finally:
        services.close()
    with psycopg.connect(url, autocommit=True) as conn:
        ids = {str(u): int(i) for u, i in conn.execute("SELECT username, id FROM users").fetchall()}
        _seed_more(conn, ids)
    yield PgShop(url, ids)
    drop_pg_database(url)
