"""The Staff screen's reads and edits: each account with its open load, renaming, resetting a password,
disabling and enabling (administrators only; creating accounts and changing roles are in `users.py`).

Every edit is version-checked (`versioned_update`: a colleague's change meanwhile is refused as stale) and
writes its activity row in the same transaction. The last enabled administrator can be neither disabled
nor demoted. A reset password, like a first one, must be changed by its owner at the next sign-in.
"""

from __future__ import annotations

from typing import Any

import peewee as pw
from argon2 import PasswordHasher

from salesapp.db import models as m
from salesapp.db.mapping import user_record
from salesapp.db.pg_logins import set_enabled, set_password
from salesapp.domain.changes import ChangeSet
from salesapp.domain.clock import from_db, to_db
from salesapp.domain.enums import Action, EntityKind, Role
from salesapp.domain.errors import PermissionDenied, ValidationError, msg
from salesapp.domain.limits import bounded_name
from salesapp.domain.records import StaffRow, UserRecord
from salesapp.domain.upsell import OPEN_STATUSES
from salesapp.services.admin._accounts import account_row
from salesapp.services.admin.users import MIN_PASSWORD_LENGTH, require_other_admin
from salesapp.services.shared.audit import log_activity, versioned_update
from salesapp.services.shared.context import ServiceContext


def _require_admin(actor: UserRecord) -> None:
    if actor.role is not Role.ADMIN:
        raise PermissionDenied(msg("Only an administrator can manage staff accounts."))


def _counts(query: Any) -> dict[int, int]:
    return {int(owner): int(n) for owner, n in m.tuples(query) if owner is not None}


class StaffService:
    """Lists staff with their load and edits accounts (administrators)."""

    def __init__(self, ctx: ServiceContext, hasher: PasswordHasher | None = None) -> None:
        self.ctx = ctx
        self.hasher = hasher or PasswordHasher()

    # -- reading -------------------------------------------------------------------------------------
    def staff(self, actor: UserRecord) -> list[StaffRow]:
        """Every account by display name, with its open load (four grouped counts, not one per person) and
        until when its sign-in is held back after wrong passwords."""
        _require_admin(actor)
        c, f, u, o = m.Customer, m.FollowUp, m.UpsellCase, m.Opportunity
        customers = _counts(c.select(c.owner, pw.fn.COUNT(c.id)).group_by(c.owner))
        follow_ups = _counts(
            f.select(f.owner, pw.fn.COUNT(f.id)).where(f.closed == False).group_by(f.owner)  # noqa: E712
        )
        statuses = [s.value for s in OPEN_STATUSES]
        cases = _counts(
            u.select(u.assignee, pw.fn.COUNT(u.id)).where(u.status.in_(statuses)).group_by(u.assignee)
        )
        opportunities = _counts(
            o.select(o.owner, pw.fn.COUNT(o.id)).where(o.closed_at.is_null()).group_by(o.owner)
        )
        lock, now = m.SignInLock, to_db(self.ctx.clock())
        held_back = (lock.username == m.User.username) & (lock.blocked_until > now)
        rows = (
            m.User.select(m.User, lock.blocked_until.alias("sign_in_locked_until"))
            .join(lock, pw.JOIN.LEFT_OUTER, on=held_back)
            .order_by(m.User.display_name, m.User.id)
            .objects()
        )  # held back after wrong passwords (sign_in_guard.py): read with the accounts, no extra query
        return [
            StaffRow(
                user_record(r),
                from_db(r.last_sign_in_at),
                customers.get(r.id, 0),
                follow_ups.get(r.id, 0),
                cases.get(r.id, 0),
                opportunities.get(r.id, 0),
                from_db(r.sign_in_locked_until),  # type: ignore[attr-defined]
            )
            for r in rows
        ]

    def owned_customer_ids(self, actor: UserRecord, user_id: int) -> list[int]:
        """The customers `user_id` owns (to hand them over when the person leaves)."""
        _require_admin(actor)
        c = m.Customer
        return [int(row[0]) for row in m.tuples(c.select(c.id).where(c.owner == user_id).order_by(c.id))]

    # -- writing -------------------------------------------------------------------------------------
    def _edit(
        self,
        actor: UserRecord,
        user_id: int,
        expected_version: int,
        values: dict[str, object],
        action: Action,
        changes: dict[str, tuple[object, object]],
        summary: str = "",
    ) -> tuple[UserRecord, ChangeSet]:
        now = self.ctx.clock()
        # The audit line first, while the actor is surely enabled: an administrator disabling their own
        # account may sign nothing more on PostgreSQL (row security); a refused update undoes both.
        log_activity(actor, EntityKind.USER, user_id, action, now, changes, summary)
        versioned_update(m.User, user_id, expected_version, values, actor, now)
        return user_record(account_row(user_id)), ChangeSet.of(EntityKind.USER, [user_id])

    def set_active(
        self, actor: UserRecord, user_id: int, expected_version: int, active: bool
    ) -> tuple[UserRecord, ChangeSet]:
        """Disable (they can no longer sign in; their records stay) or enable an account again."""
        _require_admin(actor)
        with self.ctx.db.atomic():
            row = account_row(user_id)
            if not active and row.active and row.role == Role.ADMIN.value:
                require_other_admin(self.ctx, msg("The last enabled administrator cannot be disabled."))
            set_enabled(self.ctx.db.pw, row.username, active)
            return self._edit(
                actor, user_id, expected_version, {"active": active}, Action.UPDATED,
                {"active": (bool(row.active), active)},
            )  # fmt: skip

    def rename(
        self, actor: UserRecord, user_id: int, expected_version: int, display_name: str
    ) -> tuple[UserRecord, ChangeSet]:
        """Change the name shown for an account (the user name to sign in with stays)."""
        _require_admin(actor)
        name = bounded_name(display_name, "display_name")
        if not name:
            raise ValidationError(msg("Enter a display name."), field="display_name")
        with self.ctx.db.atomic():
            row = account_row(user_id)
            return self._edit(
                actor, user_id, expected_version, {"display_name": name}, Action.UPDATED,
                {"display_name": (row.display_name, name)},
            )  # fmt: skip

    def reset_password(
        self, actor: UserRecord, user_id: int, expected_version: int, password: str
    ) -> tuple[UserRecord, ChangeSet]:
        """Give an account a new first password, to be changed by its owner at the next sign-in."""
        _require_admin(actor)
        if len(password) < MIN_PASSWORD_LENGTH:
            raise ValidationError(
                msg("The password must have at least {n} characters."),
                field="password",
                n=MIN_PASSWORD_LENGTH,
            )
        values: dict[str, object] = {
            "password_hash": self.hasher.hash(password),
            "must_change_password": user_id != actor.id,  # one's own new password is one's own choice
        }
        with self.ctx.db.atomic():
            row = account_row(user_id)
            set_password(self.ctx.db.pw, user_id, row.username, row.role, password)
            return self._edit(actor, user_id, expected_version, values, Action.PASSWORD_CHANGED, {}, "reset")
