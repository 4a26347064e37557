"""Accounts: first admin, sign-in, roles, and the activity row of every change."""

from __future__ import annotations

import pytest

from salesapp.db import models as m
from salesapp.domain.enums import EntityKind, Role
from salesapp.domain.errors import AuthError, PermissionDenied, StaleRecordError, ValidationError
from salesapp.services.registry import Services
from tests.helpers.people import manager_of


def test_first_admin_then_sign_in(services: Services) -> None:
    assert services.users.needs_setup()
    user, changes = services.users.create_first_admin("  Admin ", "Ann", "long-enough")
    assert user.username == "admin" and user.role is Role.ADMIN
    assert changes.ids(EntityKind.USER) == {user.id}
    assert not services.users.needs_setup()
    assert services.users.sign_in("ADMIN", "long-enough").id == user.id
    stored = m.User.get_by_id(user.id).password_hash
    assert stored.startswith("$argon2") and "long-enough" not in stored
    with pytest.raises(PermissionDenied):
        services.users.create_first_admin("second", "x", "long-enough")


def test_wrong_password_and_unknown_user_say_the_same(services: Services, admin) -> None:
    with pytest.raises(AuthError) as wrong:
        services.users.sign_in("admin", "nope-nope")
    with pytest.raises(AuthError) as unknown:
        services.users.sign_in("ghost", "nope-nope")
    assert wrong.value.message == unknown.value.message == "Wrong user name or password."


def test_short_password_writes_nothing(services: Services) -> None:
    with pytest.raises(ValidationError, match="at least 8"):
        services.users.create_first_admin("admin", "Ann", "short")
    assert m.User.select().count() == 0 and m.Activity.select().count() == 0


def test_roles_and_stale_role_change(services: Services, admin) -> None:
    sales, _ = services.users.create_user(admin, "somsri", "สมศรี", Role.SALES, "password1")
    with pytest.raises(PermissionDenied):
        services.users.create_user(sales, "x", "x", Role.SALES, "password1")
    promoted, _ = services.users.set_role(admin, sales.id, sales.version, Role.MANAGER)
    assert promoted.role is Role.MANAGER and promoted.version == sales.version + 1
    with pytest.raises(StaleRecordError, match="Admin Ann"):
        services.users.set_role(admin, sales.id, sales.version, Role.SALES)
    with pytest.raises(ValidationError, match="last administrator"):
        services.users.set_role(admin, admin.id, admin.version, Role.SALES)
    history = services.history.for_record(manager_of(services), EntityKind.USER, sales.id)
    assert [a.action.value for a in history] == ["updated", "created"]
    assert history[0].changes == {"role": ("sales", "manager")}
    assert history[0].user_name == "Admin Ann"
