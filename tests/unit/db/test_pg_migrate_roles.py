"""Migrations run only as the database's owner: a salesperson's connection finding one due is refused
with a message saying who can run it; an administrator's connection runs it as the owner (SET ROLE), and
the new table belongs to the owner, with no grant to staff until it is listed in pg_security."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from salesapp.db import migrations
from salesapp.db.connection import open_database
from salesapp.db.migrations import Migration
from salesapp.db.pg_names import group_role, login_url
from salesapp.domain.enums import Role
from salesapp.domain.errors import DatabaseOpenError
from salesapp.services.admin.users import cheap_hasher
from salesapp.services.registry import connect
from tests.helpers.fixtures import drop_pg_database, new_pg_database
from tests.helpers.pg_shop import require_pg


@pytest.fixture
def office() -> Iterator[str]:
    """A new server database with an administrator `boss` and a salesperson `nok`."""
    require_pg()
    url = new_pg_database()
    services = connect(url, hasher=cheap_hasher())
    boss, _ = services.users.create_first_admin("boss", "Boss", "boss-pass-1")
    services.users.create_user(boss, "nok", "Nok", Role.SALES, "nok-pass-1")
    services.close()
    yield url
    drop_pg_database(url)


@pytest.fixture
def a_migration_due(monkeypatch: pytest.MonkeyPatch) -> None:
    later = Migration(migrations.LATEST + 1, ["CREATE TABLE later_feature (id BIGSERIAL PRIMARY KEY)"])
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, later))
    monkeypatch.setattr(migrations, "LATEST", later.number)


def test_staff_cannot_migrate_an_administrator_does_as_the_owner(office: str, a_migration_due: None) -> None:
    with pytest.raises(DatabaseOpenError, match="only an administrator can run"):
        open_database(login_url(office, "nok"), password="nok-pass-1")
    db = open_database(login_url(office, "boss"), password="boss-pass-1")
    try:
        assert db.migrated == (migrations.LATEST,)
        assert db.pw.execute_sql("SELECT current_user = session_user").fetchone() == (True,)  # role reset
    finally:
        db.close()
    with psycopg.connect(office) as su:
        database = su.info.dbname
        owner = su.execute("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = 'later_feature'")
        assert owner.fetchone() == (group_role(database, "owner"),)
        granted = su.execute(
            "SELECT has_table_privilege(%s, 'later_feature', 'SELECT')", (group_role(database, "sales"),)
        )
        assert granted.fetchone() == (False,)
    # Nok now opens the migrated database as usual.
    open_database(login_url(office, "nok"), password="nok-pass-1").close()


def test_an_administrator_backs_up_whole_tables_as_the_owner(office: str, tmp_path) -> None:
    """The backup reads every row and column (hashes too) as the owner, not what the policies show."""
    from salesapp.services.registry import build_services

    services = build_services(open_database(login_url(office, "boss"), password="boss-pass-1"))
    try:
        boss = services.users.signed_in_on_server()
        result = services.backups.back_up(boss, tmp_path / "office.salesapp")
        assert result is not None and (tmp_path / "office.salesapp").stat().st_size > 0
    finally:
        services.close()
