"""Wrong passwords in a row slow sign-in down, then lock it, per user name; an administrator can unlock.

The count lives in the database (`sign_in_locks`), so it holds on every desktop and across restarts. An
unknown user name is counted exactly like a known one: the refusal never tells them apart. While a name
must wait, sign-in is refused before its password is checked (and the refused try is not counted: a
guesser gains nothing by trying, a person who waits loses nothing). A right password, once the wait is
over, clears the count.

The rule, in one place: the first `FREE_TRIES` wrong passwords cost nothing; each further one makes the
next try wait, `FIRST_WAIT` doubling (15 s, 30 s, 1 min, 2 min, 4 min); at `LOCK_AFTER` wrong passwords in
a row the name is locked for `LOCK_FOR`, and again after every further wrong one. Ten guesses take about
eight minutes, and then four an hour: enough for a person who mistypes, far too slow to guess a password.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from salesapp.db import models as m
from salesapp.db.mapping import user_record
from salesapp.domain.changes import ChangeSet
from salesapp.domain.clock import from_db, to_db
from salesapp.domain.enums import Action, EntityKind, Role
from salesapp.domain.errors import PermissionDenied, SignInLocked, msg
from salesapp.domain.limits import LABEL_CHARS
from salesapp.domain.records import UserRecord
from salesapp.domain.text import clean_line
from salesapp.services.shared.acting import acts_as_stored_user
from salesapp.services.shared.audit import log_activity
from salesapp.services.shared.context import ServiceContext

FREE_TRIES = 5
"""Wrong passwords in a row that cost no wait."""
FIRST_WAIT = timedelta(seconds=15)
"""The wait after the first wrong password past FREE_TRIES; it doubles with each further one."""
LOCK_AFTER = 10
"""Wrong passwords in a row that lock the user name."""
LOCK_FOR = timedelta(minutes=15)
"""How long a lock lasts (unless an administrator unlocks the name sooner)."""

WAIT = msg(
    "Too many wrong passwords in a row for this user name: wait {seconds} seconds, then try again. "
    "An administrator can unlock sign-in in Settings → Staff."
)
LOCKED = msg(
    "Sign-in for this user name is locked after {count} wrong passwords in a row. Try again after {time} "
    "(in about {minutes} min), or ask an administrator to unlock it in Settings → Staff."
)


def sign_in_key(username: str) -> str:
    """The user name as sign-in looks it up."""
    return clean_line(username).casefold()


def _counted(username: str) -> str:
    """The user name as it is counted: a pasted page counts as its start (user names are far shorter)."""
    return sign_in_key(username)[: LABEL_CHARS * 2]


def wait_after(failures: int) -> timedelta | None:
    """How long the next try must wait after `failures` wrong passwords in a row (None: no wait)."""
    if failures < FREE_TRIES:
        return None
    if failures >= LOCK_AFTER:
        return LOCK_FOR
    return FIRST_WAIT * 2 ** (failures - FREE_TRIES)


def refusal(failures: int, until: datetime, now: datetime) -> SignInLocked:
    """The error that says how long to wait (or until when) and that an administrator can unlock."""
    left = (until - now).total_seconds()
    if failures >= LOCK_AFTER:
        return SignInLocked(LOCKED, until=until, count=failures, minutes=max(1, math.ceil(left / 60)))
    return SignInLocked(WAIT, until=until, seconds=max(1, math.ceil(left)))


@acts_as_stored_user
class SignInGuard:
    """Counts wrong passwords per user name, refuses sign-in while a name waits or is locked, unlocks."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def check(self, username: str) -> int:
        """Raise SignInLocked while `username` must wait or is locked; called before the password is
        checked. Returns the wrong passwords counted so far."""
        lock = m.SignInLock
        row = lock.select(lock.failures, lock.blocked_until).where(lock.username == _counted(username))
        found = row.tuples().first()
        if found is None:
            return 0
        failures, until, now = int(found[0]), from_db(found[1]), self.ctx.clock()
        if until is not None and until > now:
            raise refusal(failures, until, now)
        return failures

    def failed(self, username: str) -> None:
        """Count one more wrong password for `username`, in a transaction of its own (kept though the
        sign-in is refused); two desktops counting at once both count."""
        key, now = _counted(username), to_db(self.ctx.clock())
        lock = m.SignInLock
        with self.ctx.db.atomic():
            lock.insert(username=key, failures=1, last_failed_at=now).on_conflict(
                conflict_target=[lock.username],
                update={lock.failures: lock.failures + 1, lock.last_failed_at: now},
            ).execute()
            failures = lock.select(lock.failures).where(lock.username == key).scalar()
            wait = wait_after(int(failures))
            if wait is not None:
                lock.update(blocked_until=now + wait).where(lock.username == key).execute()

    def succeeded(self, username: str) -> None:
        """A right password: the count starts again."""
        with self.ctx.db.atomic():
            m.SignInLock.delete().where(m.SignInLock.username == _counted(username)).execute()

    def unlock(self, actor: UserRecord, user_id: int) -> tuple[UserRecord, ChangeSet]:
        """An administrator lets `user_id` sign in again at once (the count starts again); the activity
        row is written in the same transaction. Nothing is written when no wrong password was counted."""
        if actor.role is not Role.ADMIN:
            raise PermissionDenied(msg("Only an administrator can manage staff accounts."))
        now = self.ctx.clock()
        lock = m.SignInLock
        with self.ctx.db.atomic():
            u = m.User
            fields = (u.id, u.username, u.display_name, u.role, u.active, u.version, u.must_change_password)
            user = u.select(*fields).where(u.id == user_id).get()  # not the password hash: not needed here
            held = lock.select(lock.failures).where(lock.username == user.username)
            if not self.ctx.db.is_sqlite:
                held = held.for_update()
            failures = held.scalar()
            if failures is not None:
                lock.delete().where(lock.username == user.username).execute()
                log_activity(
                    actor, EntityKind.USER, user_id, Action.UNLOCKED, now, {"wrong_passwords": (failures, 0)}
                )
            record = user_record(user)
        return record, ChangeSet.of(EntityKind.USER, [user_id])
