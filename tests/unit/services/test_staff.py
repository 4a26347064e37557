"""The Staff screen's services: loads per person, disable/enable, rename, reset, forced password change."""

from __future__ import annotations

import pytest

from salesapp.db import models as m
from salesapp.domain.enums import EntityKind, Role
from salesapp.domain.errors import AuthError, PermissionDenied, StaleRecordError, ValidationError
from salesapp.domain.records import UserRecord
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.services.registry import Services
from tests.helpers.people import manager_of


def _sales(services: Services, admin: UserRecord, name: str = "somsri") -> UserRecord:
    return services.users.create_user(admin, name, name.title(), Role.SALES, "first-pass")[0]


def test_new_account_must_change_its_first_password(services: Services, admin) -> None:
    sales = _sales(services, admin)
    signed = services.users.sign_in("somsri", "first-pass")
    assert signed.must_change_password and not admin.must_change_password
    assert m.User.get_by_id(sales.id).last_sign_in_at is not None
    with pytest.raises(ValidationError, match="different"):
        services.users.change_password(signed, "first-pass", "first-pass")
    changed, _ = services.users.change_password(signed, "first-pass", "my-own-pass")
    assert not changed.must_change_password
    assert not services.users.sign_in("somsri", "my-own-pass").must_change_password


def test_reset_password_forces_a_change_and_is_admin_only(services: Services, admin) -> None:
    sales = _sales(services, admin)
    sales = services.users.change_password(sales, "first-pass", "my-own-pass")[0]
    with pytest.raises(PermissionDenied):
        services.staff.reset_password(sales, sales.id, sales.version, "another-one")
    with pytest.raises(ValidationError, match="at least 8"):
        services.staff.reset_password(admin, sales.id, sales.version, "short")
    reset, changes = services.staff.reset_password(admin, sales.id, sales.version, "reset-pass")
    assert reset.must_change_password and changes.ids(EntityKind.USER) == {sales.id}
    with pytest.raises(StaleRecordError):
        services.staff.reset_password(admin, sales.id, sales.version, "reset-again")
    with pytest.raises(AuthError):
        services.users.sign_in("somsri", "my-own-pass")
    assert services.users.sign_in("somsri", "reset-pass").must_change_password
    history = services.history.for_record(manager_of(services), EntityKind.USER, sales.id)
    assert [a.action.value for a in history][:2] == ["password_changed", "password_changed"]


def test_disabled_account_cannot_sign_in_until_enabled(services: Services, admin) -> None:
    sales = _sales(services, admin)
    disabled, _ = services.staff.set_active(admin, sales.id, sales.version, False)
    assert not disabled.active
    with pytest.raises(AuthError, match="disabled"):
        services.users.sign_in("somsri", "first-pass")
    with pytest.raises(StaleRecordError):
        services.staff.set_active(admin, sales.id, sales.version, True)
    enabled, _ = services.staff.set_active(admin, sales.id, disabled.version, True)
    assert enabled.active and services.users.sign_in("somsri", "first-pass").id == sales.id
    history = services.history.for_record(manager_of(services), EntityKind.USER, sales.id)
    assert history[0].changes == {"active": (False, True)}
    with pytest.raises(PermissionDenied):
        services.staff.set_active(enabled, admin.id, admin.version, False)


def test_last_enabled_administrator_is_kept(services: Services, admin) -> None:
    with pytest.raises(ValidationError, match="last enabled administrator"):
        services.staff.set_active(admin, admin.id, admin.version, False)
    other, _ = services.users.create_user(admin, "boss2", "Boss Two", Role.ADMIN, "first-pass")
    other, _ = services.staff.set_active(admin, other.id, other.version, False)
    # A disabled administrator does not count: the enabled one is still the last.
    with pytest.raises(ValidationError, match="last administrator"):
        services.users.set_role(admin, admin.id, admin.version, Role.MANAGER)
    with pytest.raises(ValidationError, match="last enabled administrator"):
        services.staff.set_active(admin, admin.id, admin.version, False)
    other, _ = services.staff.set_active(admin, other.id, other.version, True)
    me = services.staff.set_active(admin, admin.id, admin.version, False)[0]
    assert not me.active and m.Activity.select().where(m.Activity.entity == "user").count() >= 4


def test_rename_and_managers_refused(services: Services, admin) -> None:
    sales = _sales(services, admin)
    manager, _ = services.users.create_user(admin, "mana", "Mana", Role.MANAGER, "first-pass")
    for call in (
        lambda: services.staff.rename(manager, sales.id, sales.version, "x"),
        lambda: services.staff.staff(manager),
        lambda: services.staff.set_active(manager, sales.id, sales.version, False),
        lambda: services.staff.owned_customer_ids(manager, sales.id),
    ):
        with pytest.raises(PermissionDenied):
            call()
    with pytest.raises(ValidationError):
        services.staff.rename(admin, sales.id, sales.version, "   ")
    renamed, _ = services.staff.rename(admin, sales.id, sales.version, "  Somsri Jaidee ")
    assert renamed.display_name == "Somsri Jaidee" and renamed.username == "somsri"
    history = services.history.for_record(manager_of(services), EntityKind.USER, sales.id)
    assert history[0].changes == {"display_name": ("Somsri", "Somsri Jaidee")}


@pytest.mark.pg_owner("counts the queries of one call: as staff, the test wrapper adds three of its own")
def test_staff_rows_count_open_load_in_four_queries(services: Services, admin) -> None:
    from playhouse.test_utils import count_queries

    sales = _sales(services, admin)
    other = _sales(services, admin, "nok")
    for i in range(3):
        services.customers.create(sales, CustomerInput(name=f"Khun {i}", phone=f"08123456{i}{i}"))
    services.customers.create(other, CustomerInput(name="Khun Nok", phone="0899999999"))
    with count_queries() as counter:
        rows = services.staff.staff(admin)
    assert counter.count == 6  # the acting user read again (shared/acting.py), four loads, the accounts
    by_name = {r.user.username: r for r in rows}
    assert by_name["somsri"].customers == 3 and by_name["nok"].customers == 1
    assert by_name["admin"].customers == 0 and by_name["somsri"].last_sign_in_at is None
    assert len(services.staff.owned_customer_ids(admin, sales.id)) == 3
    assert by_name["somsri"].open_work >= 3
