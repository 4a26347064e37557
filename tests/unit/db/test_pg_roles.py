"""The roles of a shop's PostgreSQL database: no staff role reads password hashes, rewrites the audit
trail, changes the schema, creates roles or becomes another role; every table has policies or a recorded
reason it needs none; role names are unique per database and fit PostgreSQL's 63 bytes."""

from __future__ import annotations

from typing import Any

import psycopg
import pytest
from psycopg import errors

from salesapp.db import pg_security
from salesapp.db.pg_names import GROUPS, group_role, login_role, role_prefix
from salesapp.services.registry import Services
from tests.helpers.pg_shop import COLLEAGUE, ME, PgShop

REFUSED_TO_STAFF = [
    "SELECT password_hash FROM users",
    "SELECT * FROM users",
    "UPDATE activities SET summary = 'rewritten' WHERE user_id = {me}",
    "DELETE FROM activities WHERE user_id = {me}",
    "UPDATE users SET role = 'admin' WHERE id = {me}",
    "UPDATE users SET active = true, pg_role = 'x' WHERE id = {me}",
    "CREATE TABLE mine (i int)",
    "CREATE TEMP TABLE mine (i int)",
    "CREATE SCHEMA mine",
    "CREATE FUNCTION public.mine() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$",
    "ALTER TABLE customers DISABLE ROW LEVEL SECURITY",
    "DROP POLICY sales_read ON customers",
    "ALTER TABLE customers ADD COLUMN mine int",
    "DROP TABLE activities",
    "TRUNCATE customers",
    "CREATE ROLE mine LOGIN PASSWORD 'mine-mine'",
    "ALTER ROLE CURRENT_USER CREATEROLE",
    "ALTER ROLE CURRENT_USER BYPASSRLS",
    "INSERT INTO tags (name, created_at, updated_at) VALUES ('mine', now(), now())",
    "INSERT INTO activities (at, user_id, entity, entity_id, action) "
    "VALUES (now(), {them}, 'customer', 1, 'x')",
]


def _staff(shop: PgShop, who: str) -> psycopg.Connection[Any]:
    return shop.login(who)


@pytest.mark.parametrize("who", [ME, "manager"])
@pytest.mark.parametrize("statement", REFUSED_TO_STAFF)
def test_staff_cannot(pg_shop: PgShop, who: str, statement: str) -> None:
    if who == "manager" and "tags" in statement:
        pytest.skip("managers keep the office-wide lists")
    text = statement.format(me=pg_shop.ids[who], them=pg_shop.ids[COLLEAGUE])
    with _staff(pg_shop, who) as conn, pytest.raises((errors.InsufficientPrivilege, errors.WrongObjectType)):
        conn.execute(text)


@pytest.mark.parametrize("who", [ME, "manager"])
def test_staff_cannot_become_another_role(pg_shop: PgShop, who: str) -> None:
    with psycopg.connect(pg_shop.url) as su:
        database = su.info.dbname
    own_group = "manager" if who == "manager" else "sales"
    others = (
        [group_role(database, g) for g in GROUPS if g != own_group]
        + [login_role(database, name) for name in ("manager", COLLEAGUE) if name != who]
        + ["postgres"]
    )
    with _staff(pg_shop, who) as conn:
        for role in others:
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(f'SET ROLE "{role}"')
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(f'GRANT "{group_role(database, "owner")}" TO CURRENT_USER')
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SET SESSION AUTHORIZATION postgres")


def test_staff_read_names_and_change_only_their_own_password(pg_shop: PgShop) -> None:
    with _staff(pg_shop, ME) as me:
        assert len(me.execute("SELECT id, display_name, role FROM users").fetchall()) == len(pg_shop.ids)
        cur = me.execute("UPDATE users SET password_hash = 'x' WHERE id = %s", (pg_shop.ids[COLLEAGUE],))
        assert cur.rowcount == 0
        with me.transaction(force_rollback=True):
            cur = me.execute("UPDATE users SET must_change_password = true WHERE id = %s", (pg_shop.ids[ME],))
            assert cur.rowcount == 1


def test_an_administrator_can_become_the_owner_to_migrate(pg_shop: PgShop) -> None:
    with psycopg.connect(pg_shop.url, autocommit=True) as su:
        database = su.info.dbname
        admin = login_role(database, "boss")
        su.execute(f"CREATE ROLE \"{admin}\" LOGIN PASSWORD 'boss-pass-1' CREATEROLE")
        su.execute(f'GRANT "{group_role(database, "admin")}" TO "{admin}"')
        su.execute(
            "INSERT INTO users (username, display_name, role, password_hash, created_at, updated_at, "
            "pg_role) "
            "VALUES ('boss', 'Boss', 'admin', 'x', now(), now(), %s)",
            (admin,),
        )
    try:
        with pg_shop.login("boss", "boss-pass-1") as boss:
            # Everyday work is filtered by the policies (administrators see every row) and the owner's
            # rights are not inherited: the audit trail stays insert-only until SET ROLE.
            with pytest.raises(errors.InsufficientPrivilege):
                boss.execute("DELETE FROM activities WHERE false")
            assert boss.execute("SELECT count(*) FROM customers").fetchone() == (80,)
            boss.execute(f'SET ROLE "{group_role(database, "owner")}"')
            boss.execute("CREATE TABLE owner_made (i int)")
            boss.execute("DROP TABLE owner_made")
    finally:
        with psycopg.connect(pg_shop.url, autocommit=True) as su:
            su.execute("DELETE FROM users WHERE username = 'boss'")
            su.execute(f'DROP ROLE "{admin}"')


def test_every_table_has_policies_or_a_reason(pg_shop: PgShop) -> None:
    """A table added later without policies and without a recorded reason fails here."""
    with psycopg.connect(pg_shop.url) as su:
        rows = su.execute(
            "SELECT c.relname, c.relrowsecurity, (SELECT count(*) FROM pg_policies p "
            "WHERE p.schemaname = 'public' AND p.tablename = c.relname) FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')"
        ).fetchall()
    assert not set(pg_security.POLICY_TABLES) & (set(pg_security.REASONS) - {"users"})
    missing = [
        name for name, rls, policies in rows if not (rls and policies) and name not in pg_security.REASONS
    ]
    assert missing == []
    for name, rls, policies in rows:
        if name in pg_security.POLICY_TABLES:
            assert rls and policies >= 8, name


def test_a_new_table_gets_no_grant_until_it_is_listed(pg_shop: PgShop) -> None:
    with psycopg.connect(pg_shop.url, autocommit=True) as su:
        su.execute("CREATE TABLE later_feature (id bigserial PRIMARY KEY, owner_id bigint)")
        try:
            import peewee as pw

            db = pw.PostgresqlDatabase(
                su.info.dbname,
                host=su.info.host,
                port=su.info.port,
                user="postgres",
                password=su.info.password,
            )
            with db.atomic():
                pg_security.refresh(db)
            db.close()
            with _staff(pg_shop, ME) as me, pytest.raises(errors.InsufficientPrivilege):
                me.execute("SELECT * FROM later_feature")
        finally:
            su.execute("DROP TABLE later_feature")


def test_no_function_or_view_leaks(pg_shop: PgShop) -> None:
    """SECURITY DEFINER functions set their search_path and nobody may call them; views run as the
    caller or behind a security barrier."""
    with psycopg.connect(pg_shop.url) as su:
        definers = su.execute(
            "SELECT p.proname, p.proconfig, has_function_privilege('public', p.oid, 'EXECUTE') "
            "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = 'public' AND p.prosecdef"
        ).fetchall()
        views = su.execute(
            "SELECT c.relname, c.reloptions FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relkind = 'v'"
        ).fetchall()
    assert sorted(d[0] for d in definers) == [
        "customers_search_sync", "products_search_sync", "salesapp_customer_owner",
        "salesapp_customer_search", "salesapp_phone_holder", "salesapp_row_exists",
    ]  # fmt: skip
    for name, config, public in definers:
        assert any(c.startswith("search_path=") for c in config or []), name
        assert not public, name
    for name, options in views:
        assert {"security_barrier=true", "security_invoker=true"} & set(options or []), name


def test_role_names_are_unique_per_database_and_fit() -> None:
    assert group_role("shop", "sales") != group_role("Shop", "sales")
    assert role_prefix("ร้าน ก") != role_prefix("ร้าน ข")
    long_thai = "สมศรี" * 10
    for name in (login_role("x" * 63, long_thai), login_role("x" * 63, long_thai + "ก")):
        assert len(name.encode("utf-8")) <= 63
    assert login_role("x" * 63, long_thai) != login_role("x" * 63, long_thai + "ก")
    assert login_role("shop", "somsri").endswith(".somsri")


def test_sqlite_gets_the_column_only(services: Services) -> None:
    """Migration 18 is the same schema on SQLite (the pg_role column) and does nothing else there."""
    if not services.db.is_sqlite:
        pytest.skip("the PostgreSQL side is the rest of this file")
    columns = [r[1] for r in services.db.pw.execute_sql("PRAGMA table_info(users)").fetchall()]
    assert "pg_role" in columns


def test_the_search_function_returns_only_what_the_caller_may_see(pg_shop: PgShop) -> None:
    """Customer search runs as the owner (for the trigram index) and returns a salesperson's own
    customers only; a manager's, every match."""
    with pg_shop.superuser() as su, pg_shop.login(ME) as me, pg_shop.login("manager") as boss:
        every = {r[0] for r in su.execute("SELECT id FROM customers_search WHERE search_key LIKE '%'")}
        mine = {r[0] for r in su.execute("SELECT id FROM customers WHERE owner_id = %s", (pg_shop.ids[ME],))}
        found = {r[0] for r in me.execute("SELECT salesapp_customer_search('%', NULL)")}
        assert found == mine and len(every) > len(mine) > 0
        assert {r[0] for r in boss.execute("SELECT salesapp_customer_search('%', NULL)")} == every
        assert len(me.execute("SELECT salesapp_customer_search('%', 3)").fetchall()) == 3
