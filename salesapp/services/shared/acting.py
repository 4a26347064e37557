"""The acting user as the database knows them at this moment, not as the caller says.

A desktop keeps the UserRecord it signed in with; the role and the state in it may be out of date (a
manager demoted since, someone disabled) or forged. Every public service method that takes an `actor`
is wrapped by `acts_as_stored_user` (a class decorator on every service): before the method runs, the
users row is read again by its primary key and the method gets a fresh UserRecord; a disabled or removed
account is refused at once. A method called from another wrapped method with the record already read is
not read again.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any, TypeVar

from salesapp.db import models as m
from salesapp.domain.enums import Role
from salesapp.domain.errors import PermissionDenied, msg
from salesapp.domain.records import UserRecord

T = TypeVar("T", bound=type)
F = TypeVar("F", bound=Callable[..., Any])

DISABLED = msg("Your account has been disabled, so nothing can be read or changed. Ask an administrator.")
UNKNOWN = msg("Your account no longer exists, so nothing can be read or changed. Ask an administrator.")
MARK = "__reads_actor__"
"""The attribute every wrapped method carries (the permissions test checks it is on every method)."""
PURE = "__reads_no_database__"
"""The attribute of a method that takes `actor` but reads nothing (see `reads_no_database`)."""

_fresh: ContextVar[UserRecord | None] = ContextVar("fresh_actor", default=None)


def stored_user(actor: UserRecord) -> UserRecord:
    """`actor` as the users row says now (one primary-key read); PermissionDenied when the account is
    disabled or gone."""
    u = m.User
    row = (
        u.select(u.id, u.username, u.display_name, u.role, u.active, u.version, u.must_change_password)
        .where(u.id == actor.id)
        .tuples()
        .first()
    )
    if row is None:
        raise PermissionDenied(UNKNOWN)
    uid, username, display_name, role, active, version, must_change = row
    if not active:
        raise PermissionDenied(DISABLED)
    return UserRecord(uid, username, display_name, Role(role), True, version, bool(must_change))


def _refreshing(method: Callable[..., Any]) -> Callable[..., Any]:
    """`method` with its `actor` argument replaced by the stored user (None passes through)."""
    position = list(inspect.signature(method).parameters).index("actor")

    @functools.wraps(method)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        by_keyword = "actor" in kwargs
        actor = kwargs["actor"] if by_keyword else args[position] if len(args) > position else None
        if actor is None or actor is _fresh.get():
            return method(*args, **kwargs)
        fresh = stored_user(actor)
        if by_keyword:
            kwargs["actor"] = fresh
        else:
            args = (*args[:position], fresh, *args[position + 1 :])
        token = _fresh.set(fresh)
        try:
            return method(*args, **kwargs)
        finally:
            _fresh.reset(token)

    setattr(wrapper, MARK, True)
    return wrapper


def reads_no_database(method: F) -> F:
    """Mark a public method that takes `actor` but reads nothing (a list filter the window works out on
    the GUI thread, where no database read may happen): it is not wrapped. Every method that reads
    applies it again with the stored user, so a forged record gains nothing through it."""
    setattr(method, PURE, True)
    return method


def acts_as_stored_user(cls: T) -> T:
    """Class decorator: every public method of `cls` (its own and inherited) that takes `actor` reads
    the acting user from the database first (see the module docstring)."""
    for name in dir(cls):
        if name.startswith("_"):
            continue
        attr = inspect.getattr_static(cls, name)
        if not inspect.isfunction(attr) or getattr(attr, MARK, False) or getattr(attr, PURE, False):
            continue
        if "actor" in inspect.signature(attr).parameters:
            setattr(cls, name, _refreshing(attr))
    return cls
