"""Sign-in lockout (issue 14): wrong passwords in a row make the next try wait, then lock the user name;
unknown names are counted alike; a right password after the wait clears the count; an administrator
unlocks, with an activity row. On SQLite and PostgreSQL, with a movable clock."""

from __future__ import annotations

import json
from datetime import timedelta
from itertools import pairwise

import pytest
from argon2 import PasswordHasher

from salesapp.db import models as m
from salesapp.domain.enums import Action, EntityKind, Role
from salesapp.domain.errors import AuthError, PermissionDenied, SignInLocked
from salesapp.services.admin.sign_in_guard import (
    FIRST_WAIT,
    FREE_TRIES,
    LOCK_AFTER,
    LOCK_FOR,
    wait_after,
)
from salesapp.services.admin.users import cheap_hasher
from salesapp.services.registry import Services, connect


def activities(user_id: int) -> list[tuple[str, int | None, dict]]:
    """The account's activity rows, newest first: action, who, changes."""
    a = m.Activity
    mine = (a.entity == EntityKind.USER.value) & (a.entity_id == user_id)
    rows = a.select().where(mine).order_by(a.id.desc())
    return [(r.action, r.user_id, json.loads(r.changes)) for r in rows]


def wrong(services: Services, username: str, times: int = 1) -> None:
    for _ in range(times):
        with pytest.raises(AuthError, match="Wrong user name or password"):
            services.users.sign_in(username, "not-the-password")


def test_the_rule_waits_then_locks() -> None:
    assert [wait_after(n) for n in range(FREE_TRIES)] == [None] * FREE_TRIES
    waits = [wait_after(n) for n in range(FREE_TRIES, LOCK_AFTER)]
    assert waits[0] == FIRST_WAIT and all(b == 2 * a for a, b in pairwise(waits))
    assert wait_after(LOCK_AFTER) == wait_after(LOCK_AFTER + 7) == LOCK_FOR == timedelta(minutes=15)


def test_wrong_passwords_wait_then_lock_then_the_right_one_after_the_lock(
    services: Services, admin, clock
) -> None:
    somsri, _ = services.users.create_user(admin, "somsri", "สมศรี", Role.SALES, "right-pass")
    wrong(services, "somsri", FREE_TRIES)
    # The next try waits, and is refused before its password is checked: even the right one.
    with pytest.raises(SignInLocked) as waiting:
        services.users.sign_in("Somsri", "right-pass")
    assert waiting.value.message == (
        "Too many wrong passwords in a row for this user name: wait 15 seconds, then try again. "
        "An administrator can unlock sign-in in Settings → Staff."
    )
    assert waiting.value.until == clock.now + FIRST_WAIT
    clock.advance(seconds=10)
    with pytest.raises(SignInLocked, match="wait 5 seconds"):
        services.users.sign_in("somsri", "not-the-password")  # refused tries are not counted
    for n in range(FREE_TRIES, LOCK_AFTER):
        clock.advance(seconds=wait_after(n).total_seconds())  # type: ignore[union-attr]
        wrong(services, "somsri")
    with pytest.raises(SignInLocked) as locked:
        services.users.sign_in("somsri", "right-pass")
    assert locked.value.until == clock.now + LOCK_FOR
    assert locked.value.message == (
        f"Sign-in for this user name is locked after {LOCK_AFTER} wrong passwords in a row. Try again "
        f"after {(clock.now + LOCK_FOR).strftime('%H:%M')} (in about 15 min), or ask an administrator to "
        "unlock it in Settings → Staff."
    )
    assert [r.sign_in_locked_until for r in services.staff.staff(admin) if r.user.id == somsri.id] == [
        clock.now + LOCK_FOR
    ]
    clock.advance(minutes=14, seconds=59)
    with pytest.raises(SignInLocked, match="in about 1 min"):
        services.users.sign_in("somsri", "right-pass")
    clock.advance(seconds=1)
    assert services.users.sign_in("somsri", "right-pass").id == somsri.id
    assert m.SignInLock.select().count() == 0  # the count starts again
    wrong(services, "somsri", FREE_TRIES)  # five free tries again
    assert services.staff.staff(admin)[1].sign_in_locked_until == clock.now + FIRST_WAIT


def test_another_wrong_password_after_a_lock_locks_again(services: Services, admin, clock) -> None:
    for n in range(LOCK_AFTER):
        wrong(services, "admin")
        clock.advance(seconds=(wait_after(n + 1) or timedelta()).total_seconds())
    wrong(services, "admin")
    with pytest.raises(SignInLocked, match=f"after {LOCK_AFTER + 1} wrong passwords"):
        services.users.sign_in("admin", "secret-pass")


def test_unknown_names_are_counted_alike(services: Services, admin, clock) -> None:
    services.users.create_user(admin, "nok", "Nok", Role.SALES, "right-pass")
    wrong(services, "ghost", FREE_TRIES)
    wrong(services, "nok", FREE_TRIES)
    with pytest.raises(SignInLocked) as unknown:
        services.users.sign_in("ghost", "whatever-1")
    with pytest.raises(SignInLocked) as known:
        services.users.sign_in("nok", "whatever-1")
    assert unknown.value.message == known.value.message and unknown.value.until == known.value.until
    # Other names are not held back.
    assert services.users.sign_in("admin", "secret-pass").id == admin.id
    wrong(services, "ข" * 10_000)  # a pasted page is counted by its start
    assert max(len(row.username) for row in m.SignInLock.select()) == 120


def test_the_count_holds_across_a_restart(db_url: str, services: Services, admin, clock) -> None:
    wrong(services, "admin", FREE_TRIES)
    other = connect(db_url, clock=clock, hasher=cheap_hasher())  # another desktop, or the next start
    try:
        with pytest.raises(SignInLocked):
            other.users.sign_in("admin", "secret-pass")
    finally:
        other.close()


def test_an_administrator_unlocks_with_an_activity_row(services: Services, admin, clock) -> None:
    somsri, _ = services.users.create_user(admin, "somsri", "สมศรี", Role.SALES, "right-pass")
    guard = services.users.sign_in_guard
    with pytest.raises(PermissionDenied):
        guard.unlock(somsri, somsri.id)
    for n in range(LOCK_AFTER):
        wrong(services, "somsri")
        clock.advance(seconds=(wait_after(n + 1) or timedelta()).total_seconds() if n + 1 < LOCK_AFTER else 0)
    with pytest.raises(SignInLocked):
        services.users.sign_in("somsri", "right-pass")
    record, changes = guard.unlock(admin, somsri.id)
    assert record.id == somsri.id and changes.ids(EntityKind.USER) == {somsri.id}
    assert services.staff.staff(admin)[1].sign_in_locked_until is None
    history = activities(somsri.id)  # read directly: the activity row as written
    assert history[0] == (Action.UNLOCKED.value, admin.id, {"wrong_passwords": [LOCK_AFTER, 0]})
    assert services.users.sign_in("somsri", "right-pass").id == somsri.id
    guard.unlock(admin, somsri.id)  # nothing held back: nothing written
    assert activities(somsri.id) == history


def test_a_right_password_of_a_disabled_account_is_not_counted(services: Services, admin) -> None:
    nok, _ = services.users.create_user(admin, "nok", "Nok", Role.SALES, "right-pass")
    services.staff.set_active(admin, nok.id, nok.version, False)
    for _ in range(FREE_TRIES + 1):
        with pytest.raises(AuthError, match="disabled"):
            services.users.sign_in("nok", "right-pass")


def test_sign_in_upgrades_a_hash_with_other_parameters(db_url: str, services: Services, admin, clock) -> None:
    """The fixture's cheap test hash is upgraded by a service with the default hasher (as the app, the
    command line and the demo build it); the service with the cheap hasher leaves it alone."""
    cheap = m.User.get_by_id(admin.id).password_hash
    services.users.sign_in("admin", "secret-pass")
    assert m.User.get_by_id(admin.id).password_hash == cheap
    default = PasswordHasher()
    assert default.check_needs_rehash(cheap)
    app = connect(db_url, clock=clock)
    try:
        app.users.sign_in("admin", "secret-pass")
        upgraded = m.User.get_by_id(admin.id).password_hash
        assert upgraded != cheap and not default.check_needs_rehash(upgraded)
        assert default.verify(upgraded, "secret-pass")
        app.users.sign_in("admin", "secret-pass")
        assert m.User.get_by_id(admin.id).password_hash == upgraded  # once only
    finally:
        app.close()
