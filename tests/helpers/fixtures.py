"""Shared pytest fixtures: isolated home folder, in-memory keyring, databases on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend

from salesapp.db.pg_names import role_prefix
from salesapp.services.admin.users import cheap_hasher
from salesapp.services.registry import Services, connect

PG_ENV = "SALESAPP_TEST_PG_URL"


class MemoryKeyring(KeyringBackend):
    """A keyring kept in a dict: headless test machines have no real backend."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own SALESAPP_HOME and an in-memory keyring."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SALESAPP_HOME", str(home))
    ring = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(ring)
    yield home
    keyring.set_keyring(previous)


def pg_base_url() -> str | None:
    """The PostgreSQL server URL for tests (a superuser on a throwaway server), if configured."""
    return os.environ.get(PG_ENV) or None


def _backends() -> list[str]:
    return ["sqlite", "postgresql"]


def new_pg_database() -> str:
    """Create an empty database on the test server; returns its URL."""
    import psycopg

    base = pg_base_url()
    assert base is not None
    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return base.rsplit("/", 1)[0] + "/" + name


def drop_pg_database(url: str) -> None:
    """Drop a database made by `new_pg_database`."""
    import psycopg

    base = pg_base_url()
    assert base is not None
    name = url.rsplit("/", 1)[1]
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        drop_pg_roles(conn, name)


def drop_pg_roles(conn: Any, database: str) -> None:
    """Drop the roles migration 18 and the staff accounts made for `database` (roles are the server's,
    not the database's: they outlive it)."""
    prefix = role_prefix(database)
    rows = conn.execute(
        "SELECT rolname FROM pg_roles WHERE left(rolname, %s) IN (%s, %s) ORDER BY rolname LIKE '%%owner'",
        (len(prefix) + 1, prefix + "_", prefix + "."),
    ).fetchall()
    for (role,) in rows:
        conn.execute(f'DROP ROLE IF EXISTS "{role}"')


@pytest.fixture(params=_backends())
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty database, once on SQLite and once on the real PostgreSQL server."""
    if request.param == "sqlite":
        yield "sqlite:///" + (tmp_path / "test.sqlite3").as_posix()
        return
    if pg_base_url() is None:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_ENV} is not set: CI must run the database tests on PostgreSQL too")
        pytest.skip(f"{PG_ENV} not set")
    url = new_pg_database()
    yield url
    drop_pg_database(url)


class FakeClock:
    """A clock tests move by hand."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 23, 3, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        from datetime import timedelta

        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    """A movable clock starting 23/11/2026 10:00 Bangkok time."""
    return FakeClock()


@pytest.fixture
def services(db_url: str, clock: FakeClock) -> Iterator[Services]:
    """Services over a fresh, migrated database (on the test's thread), called as the superuser that
    created it. The service tests (tests/unit/services/conftest.py) call them as staff roles instead."""
    svc = connect(db_url, clock=clock, hasher=cheap_hasher())
    yield svc
    svc.close()


class _AsStaff:
    """A service whose calls run as the acting user's login role: `SET SESSION AUTHORIZATION` on the
    superuser's connection for the call (current_user and session_user both become the person), then
    back. A user without a login role (a row a test wrote by hand) acts as the superuser."""

    def __init__(self, target: Any, db: Any) -> None:
        self._target, self._db = target, db

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._target, name)
        if not callable(attr):
            return attr

        def call(*args: Any, **kwargs: Any) -> Any:
            from salesapp.domain.records import UserRecord

            actor = kwargs.get("actor") or next((a for a in args if isinstance(a, UserRecord)), None)
            row = None
            if actor is not None:
                row = self._db.execute_sql("SELECT pg_role FROM users WHERE id = %s", (actor.id,)).fetchone()
            if row is None or not row[0]:
                return attr(*args, **kwargs)
            role = row[0].replace('"', '""')
            self._db.execute_sql(f'SET SESSION AUTHORIZATION "{role}"')
            self._db.hides_password_hash = True
            try:
                return attr(*args, **kwargs)
            finally:
                self._db.hides_password_hash = False
                self._db.execute_sql("RESET SESSION AUTHORIZATION")

        return call


def unwrapped(service: Any) -> Any:
    """The service itself behind an as_staff wrapper (for tests that inspect its class)."""
    return service._target if isinstance(service, _AsStaff) else service


def as_staff(svc: Services) -> Services:
    """`svc` with every service running as the acting user's own role (PostgreSQL)."""
    import dataclasses

    wrapped = {
        f.name: _AsStaff(getattr(svc, f.name), svc.db.pw) for f in dataclasses.fields(svc) if f.name != "ctx"
    }
    return dataclasses.replace(svc, **wrapped)


@pytest.fixture
def admin(services: Services):  # type: ignore[no-untyped-def]
    """The first administrator of the database."""
    user, _ = services.users.create_first_admin("admin", "Admin Ann", "secret-pass")
    return user
