"""Staff accounts and their PostgreSQL login roles move together: creating an account creates its role,
a changed or reset password is the role's, a role change moves group membership, disabling is NOLOGIN.
On SQLite the same calls work and touch no server."""

from __future__ import annotations

import psycopg
import pytest

from salesapp.db.pg_logins import check_password, role_name
from salesapp.db.pg_names import group_role
from salesapp.domain.enums import Role
from salesapp.domain.errors import AuthError
from salesapp.domain.records import UserRecord
from salesapp.services.registry import Services


def _can_sign_in(services: Services, username: str, password: str) -> bool:
    return services.db.is_sqlite or check_password(services.db.url, username, password)


def _member_of(services: Services, username: str, group: str) -> bool:
    row = services.db.pw.execute_sql(
        "SELECT pg_has_role(%s, %s, 'MEMBER')",
        (role_name(services.db.pw, username), group_role(services.db.url.database, group)),
    ).fetchone()
    return bool(row[0])


def test_an_account_is_a_login_role_with_its_password(services: Services, admin: UserRecord) -> None:
    assert _can_sign_in(services, "admin", "secret-pass")
    nok, _ = services.users.create_user(admin, "nok", "Nok", Role.SALES, "first-pass-1")
    assert _can_sign_in(services, "nok", "first-pass-1")
    if services.db.is_sqlite:
        return
    assert not check_password(services.db.url, "nok", "wrong-pass-1")
    assert _member_of(services, "nok", "sales") and not _member_of(services, "nok", "manager")
    assert _member_of(services, "admin", "admin")
    row = services.db.pw.execute_sql("SELECT pg_role FROM users WHERE id = %s", (nok.id,)).fetchone()
    assert row[0] == role_name(services.db.pw, "nok")


def test_passwords_roles_and_disabling_follow_the_account(services: Services, admin: UserRecord) -> None:
    nok, _ = services.users.create_user(admin, "nok", "Nok", Role.SALES, "first-pass-1")
    with pytest.raises(AuthError):
        services.users.change_password(nok, "not-my-pass", "my-own-pass-1")
    nok, _ = services.users.change_password(nok, "first-pass-1", "my-own-pass-1")
    assert _can_sign_in(services, "nok", "my-own-pass-1")
    assert services.db.is_sqlite or not _can_sign_in(services, "nok", "first-pass-1")
    nok, _ = services.staff.reset_password(admin, nok.id, nok.version, "reset-pass-1")
    assert _can_sign_in(services, "nok", "reset-pass-1")
    nok, _ = services.users.set_role(admin, nok.id, nok.version, Role.MANAGER)
    if not services.db.is_sqlite:
        assert _member_of(services, "nok", "manager") and not _member_of(services, "nok", "sales")
    nok, _ = services.staff.set_active(admin, nok.id, nok.version, False)
    assert services.db.is_sqlite or not _can_sign_in(services, "nok", "reset-pass-1")
    nok, _ = services.staff.set_active(admin, nok.id, nok.version, True)
    assert _can_sign_in(services, "nok", "reset-pass-1")


def test_a_staff_member_changes_their_own_role_password_without_createrole(
    services: Services, admin: UserRecord
) -> None:
    """On the person's own connection (no CREATEROLE): ALTER ROLE CURRENT_USER."""
    if services.db.is_sqlite:
        pytest.skip("PostgreSQL login roles")
    services.users.create_user(admin, "nok", "Nok", Role.SALES, "first-pass-1")
    url = services.db.url
    role = role_name(services.db.pw, "nok")
    with psycopg.connect(
        host=url.host, port=url.port, dbname=url.database, user=role, password="first-pass-1", autocommit=True
    ) as conn:
        conn.execute("ALTER ROLE CURRENT_USER PASSWORD 'by-myself-1'")
    assert check_password(url, "nok", "by-myself-1")
