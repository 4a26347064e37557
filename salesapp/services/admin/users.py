"""Staff accounts: first admin, sign-in with argon2 hashes, creating users and changing roles.

A password an administrator typed (a new account's first one) must be changed by its owner at the first
sign-in (`must_change_password`); the Staff screen's other edits are in `staff.py`. Wrong passwords in a
row slow sign-in for the user name down, then lock it (`sign_in_guard.py`).

Every stored hash has the default argon2 parameters: the app, the command line and the demo build their
services with the default `PasswordHasher`, and sign-in rehashes a password whose stored hash has other
parameters (an older default, or a cheap test hash) with the service's hasher. Only tests and benchmarks
build services with `cheap_hasher`: their sign-ins then keep cheap hashes cheap (rehashing to the default
there would cost 0.1–0.4 s per sign-in and make every test slow), and a test checks the upgrade with a
default-hasher service."""

from __future__ import annotations

import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from salesapp.db import models as m
from salesapp.db.mapping import user_record
from salesapp.db.pg_logins import create_login, set_group, set_password
from salesapp.domain.changes import ChangeSet
from salesapp.domain.clock import to_db
from salesapp.domain.enums import Action, EntityKind, Role
from salesapp.domain.errors import AuthError, PermissionDenied, ValidationError, msg
from salesapp.domain.limits import LABEL_CHARS, bounded_name
from salesapp.domain.records import UserRecord
from salesapp.services.admin._accounts import account_row, check_server_password
from salesapp.services.admin.sign_in_guard import SignInGuard, sign_in_key
from salesapp.services.shared.audit import log_activity, versioned_update
from salesapp.services.shared.context import ServiceContext

MIN_PASSWORD_LENGTH = 8


def cheap_hasher() -> PasswordHasher:
    """Fast argon2 parameters for tests and benchmarks only (the default takes ~0.4 s)."""
    return PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)


def require_other_admin(ctx: ServiceContext, refusal: str) -> None:
    """Refuse (with `refusal`) unless another enabled administrator stays: called in the transaction that
    would demote or disable an enabled administrator."""
    u = m.User
    admins = u.select(u.id).where((u.role == Role.ADMIN.value) & u.active).order_by(u.id)
    if not ctx.db.is_sqlite:
        # Locked (in id order): two administrators demoting each other at once are counted one after the
        # other, so the second finds the first demoted and is refused.
        admins = admins.for_update("FOR NO KEY UPDATE")  # type: ignore[arg-type]
    if len(list(admins.tuples())) <= 1:
        raise ValidationError(refusal)


class UserService:
    """Creates, authenticates and administers staff accounts."""

    def __init__(self, ctx: ServiceContext, hasher: PasswordHasher | None = None) -> None:
        self.ctx = ctx
        self.hasher = hasher or PasswordHasher()
        self.sign_in_guard = SignInGuard(ctx)
        self._decoy_hash = ""

    def needs_setup(self) -> bool:
        """True while the database has no user: the first-run dialog must create the admin."""
        return not m.User.select().exists()

    def _validate(self, username: str, display_name: str, password: str | None) -> tuple[str, str]:
        username = bounded_name(username, "username", LABEL_CHARS).casefold()
        display_name = bounded_name(display_name, "display_name") or username
        if not username:
            raise ValidationError(msg("Enter a user name."), field="username")
        if any(ch.isspace() for ch in username):
            raise ValidationError(msg("A user name cannot contain spaces."), field="username")
        if password is not None and len(password) < MIN_PASSWORD_LENGTH:
            raise ValidationError(
                msg("The password must have at least {n} characters."),
                field="password",
                n=MIN_PASSWORD_LENGTH,
            )
        return username, display_name

    def create_first_admin(
        self, username: str, display_name: str, password: str
    ) -> tuple[UserRecord, ChangeSet]:
        """Create the first administrator of a new database."""
        username, display_name = self._validate(username, display_name, password)
        with self.ctx.db.atomic():
            if m.User.select(m.User.id).exists():
                raise PermissionDenied(msg("This database already has users: sign in instead."))
            record, changes = self._insert(
                None, username, display_name, Role.ADMIN, password, must_change=False
            )
            create_login(self.ctx.db.pw, record.id, username, Role.ADMIN.value, password)
            return record, changes

    def create_user(
        self, actor: UserRecord, username: str, display_name: str, role: Role, password: str
    ) -> tuple[UserRecord, ChangeSet]:
        """An admin creates a staff account."""
        if actor.role is not Role.ADMIN:
            raise PermissionDenied(msg("Only an administrator can manage staff accounts."))
        username, display_name = self._validate(username, display_name, password)
        with self.ctx.db.atomic():
            if m.User.select(m.User.id).where(m.User.username == username).exists():
                raise ValidationError(
                    msg("The user name “{name}” is taken."), field="username", name=username
                )
            record, changes = self._insert(actor, username, display_name, role, password, must_change=True)
            create_login(self.ctx.db.pw, record.id, username, role.value, password)
            return record, changes

    def _insert(
        self,
        actor: UserRecord | None,
        username: str,
        display_name: str,
        role: Role,
        password: str,
        must_change: bool,
    ) -> tuple[UserRecord, ChangeSet]:
        now = self.ctx.clock()
        user_id = m.User.insert(
            username=username,
            display_name=display_name,
            role=role.value,
            password_hash=self.hasher.hash(password),
            must_change_password=must_change,
            created_at=to_db(now),
            updated_at=to_db(now),
            updated_by=actor.id if actor else None,
        ).execute()
        record = UserRecord(int(user_id), username, display_name, role, True, 1, must_change)
        log_activity(
            actor or record,
            EntityKind.USER,
            record.id,
            Action.CREATED,
            now,
            {"username": (None, username), "role": (None, role.value)},
        )
        return record, ChangeSet.of(EntityKind.USER, [record.id])

    def _verify(self, username: str, password: str) -> m.User:
        """The account's row when the password is right and the account enabled; the same message, after
        the same work, for an unknown user and a wrong password. Refused before the password is checked
        while the user name waits or is locked; a wrong password is counted, a right one clears the count."""
        failures = self.sign_in_guard.check(username)
        row = m.User.get_or_none(m.User.username == sign_in_key(username))
        stored = row.password_hash if row is not None else self._decoy()
        if not self._password_matches(stored, password) or row is None:
            self.sign_in_guard.failed(username)
            raise AuthError(msg("Wrong user name or password."))
        if failures:
            self.sign_in_guard.succeeded(username)
        if not row.active:
            raise AuthError(msg("This account is disabled. Ask your manager."))
        return row

    def _decoy(self) -> str:
        """A hash no password matches: an unknown user name is checked against it, so that it takes as
        long as a wrong password."""
        if not self._decoy_hash:
            self._decoy_hash = self.hasher.hash(secrets.token_urlsafe(16))
        return self._decoy_hash

    def _password_matches(self, stored: str, password: str) -> bool:
        try:
            return bool(self.hasher.verify(stored, password))
        except (VerificationError, InvalidHashError):
            return False

    def sign_in(self, username: str, password: str) -> UserRecord:
        """Check the password and note the sign-in; the record says whether a new password must be chosen."""
        row = self._verify(username, password)
        record = user_record(row)
        changes: dict[object, object] = {m.User.last_sign_in_at: to_db(self.ctx.clock())}
        if self.hasher.check_needs_rehash(row.password_hash):  # other parameters: see the module docstring
            changes[m.User.password_hash] = self.hasher.hash(password)
        with self.ctx.db.atomic():
            m.User.update(changes).where(m.User.id == row.id).execute()
        return record

    def change_password(
        self, actor: UserRecord, old_password: str, new_password: str
    ) -> tuple[UserRecord, ChangeSet]:
        """The signed-in user replaces their own password (a first or reset one must be changed this way);
        on PostgreSQL the server checks the old one and the login role gets the new one."""
        if self.ctx.db.is_sqlite:
            self._verify(actor.username, old_password)
        else:
            check_server_password(self.ctx, actor.username, old_password)
        self._validate(actor.username, actor.display_name, new_password)
        if new_password == old_password:
            raise ValidationError(
                msg("Choose a new password, different from the one you have now."), field="password"
            )
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            current = account_row(actor.id)
            versioned_update(
                m.User,
                actor.id,
                current.version,
                {"password_hash": self.hasher.hash(new_password), "must_change_password": False},
                actor,
                now,
            )
            set_password(self.ctx.db.pw, actor.id, current.username, current.role, new_password)
            log_activity(actor, EntityKind.USER, actor.id, Action.PASSWORD_CHANGED, now)
            record = user_record(account_row(actor.id))
        return record, ChangeSet.of(EntityKind.USER, [actor.id])

    def set_role(
        self, actor: UserRecord, user_id: int, expected_version: int, role: Role
    ) -> tuple[UserRecord, ChangeSet]:
        """An admin changes a staff member's role; the last admin cannot be demoted."""
        if actor.role is not Role.ADMIN:
            raise PermissionDenied(msg("Only an administrator can manage staff accounts."))
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            row = account_row(user_id)
            if row.role == Role.ADMIN.value and role is not Role.ADMIN and row.active:
                require_other_admin(
                    self.ctx, msg("The last administrator cannot lose the administrator role.")
                )
            versioned_update(m.User, user_id, expected_version, {"role": role.value}, actor, now)
            set_group(self.ctx.db.pw, row.username, role.value)
            log_activity(
                actor, EntityKind.USER, user_id, Action.UPDATED, now, {"role": (row.role, role.value)}
            )
            record = user_record(account_row(user_id))
        return record, ChangeSet.of(EntityKind.USER, [user_id])

    def signed_in_on_server(self) -> UserRecord:
        """PostgreSQL: the account of the login role this connection signed in as (the server checked
        the password, SCRAM), with the sign-in noted; AuthError when the role has no enabled account."""
        row = self.ctx.db.pw.execute_sql("SELECT id FROM users WHERE pg_role = current_user").fetchone()
        if row is None:
            raise AuthError(msg("Wrong user name or password."))
        account = account_row(int(row[0]))
        if not account.active:
            raise AuthError(msg("This account is disabled. Ask your manager."))
        with self.ctx.db.atomic():
            m.User.update(last_sign_in_at=to_db(self.ctx.clock())).where(m.User.id == account.id).execute()
        return user_record(account)

    def list_users(self) -> list[UserRecord]:
        """Every account, by display name."""
        return [user_record(r) for r in m.User.select().order_by(m.User.display_name, m.User.id)]
