"""What every upsell use case shares: loading a case inside a transaction, who may see and act on it, and
the stale-version refusal."""

from __future__ import annotations

import peewee as pw

from salesapp.db import models as m
from salesapp.domain.changes import ChangeSet
from salesapp.domain.clock import from_db
from salesapp.domain.enums import EntityKind
from salesapp.domain.errors import PermissionDenied, StaleRecordError, msg
from salesapp.domain.records import UserRecord
from salesapp.domain.upsell import UpsellStatus
from salesapp.services.shared.hidden import refuse_missing

GONE = msg("This upsell case no longer exists: it was deleted on another desktop.")
NOT_YOURS = msg("This upsell case is assigned to another salesperson.")
MANAGERS_ONLY = msg("Only a manager can do this.")


def load_case(case_id: int, lock: bool = False) -> m.UpsellCase:
    """The case row (NotFound when gone); with `lock`, row-locked on PostgreSQL until the transaction ends
    (an SQLite write transaction holds the one write lock already)."""
    query = m.UpsellCase.select().where(m.UpsellCase.id == case_id)
    if lock and not isinstance(m.database_proxy.obj, pw.SqliteDatabase):
        query = query.for_update("FOR NO KEY UPDATE")  # type: ignore[arg-type]  # the clause text
    row = query.first()
    if row is None:  # or a colleague's the database hid from a salesperson
        raise refuse_missing(m.UpsellCase, case_id, GONE, NOT_YOURS)
    return row


def check_view(actor: UserRecord, status: UpsellStatus, assignee_id: int | None) -> None:
    """Managers see every case; sales staff the pending ones (the queue) and their own."""
    if actor.is_manager or status is UpsellStatus.PENDING or assignee_id == actor.id:
        return
    raise PermissionDenied(NOT_YOURS)


def check_act(actor: UserRecord, assignee_id: int | None) -> None:
    """Managers act on every case; sales staff only on the cases assigned to them."""
    if actor.is_manager or (assignee_id is not None and assignee_id == actor.id):
        return
    if assignee_id is None:
        raise PermissionDenied(msg("This upsell case is not assigned to you: request work first."))
    raise PermissionDenied(NOT_YOURS)


def check_manager(actor: UserRecord) -> None:
    """Refuse sales staff."""
    if not actor.is_manager:
        raise PermissionDenied(MANAGERS_ONLY)


def check_version(row: m.UpsellCase, expected_version: int) -> None:
    """Refuse an action decided on an older copy of the case, naming who changed it and when."""
    if row.version == expected_version:
        return
    at = from_db(row.updated_at)
    assert at is not None
    raise StaleRecordError(user_name(row.updated_by_id) or "?", at)


def case_changes(*case_ids: int) -> ChangeSet:
    """A ChangeSet naming upsell cases."""
    return ChangeSet.of(EntityKind.UPSELL_CASE, case_ids)


def user_name(user_id: int | None) -> str:
    """A user's display name ("" for None or a user that is gone)."""
    if user_id is None:
        return ""
    return m.User.select(m.User.display_name).where(m.User.id == user_id).scalar() or ""


def open_count(user_id: int) -> int:
    """How many open (assigned or follow-up) cases a user holds."""
    c = m.UpsellCase
    statuses = [UpsellStatus.ASSIGNED.value, UpsellStatus.FOLLOW_UP.value]
    return int(c.select(pw.fn.COUNT(c.id)).where((c.assignee == user_id) & c.status.in_(statuses)).scalar())
