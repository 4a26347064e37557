"""Reading the activity trail of a record, newest first, with the staff member's name."""

from __future__ import annotations

import peewee as pw

from salesapp.db import models as m
from salesapp.db.mapping import activity_record
from salesapp.domain.enums import EntityKind
from salesapp.domain.errors import PermissionDenied, msg
from salesapp.domain.records import ActivityRecord, UserRecord
from salesapp.services.shared.acting import acts_as_stored_user
from salesapp.services.shared.context import ServiceContext


def record_history(entity: EntityKind, entity_id: int, limit: int = 500) -> list[ActivityRecord]:
    """The newest `limit` activity rows of one record, for a service that has checked the reader may see
    the record (the upsell case's history, say)."""
    query = (
        m.Activity.select(m.Activity, m.User.display_name.alias("user_name"))
        .join(m.User, pw.JOIN.LEFT_OUTER, on=(m.Activity.user == m.User.id))
        .where((m.Activity.entity == entity.value) & (m.Activity.entity_id == entity_id))
        .order_by(m.Activity.at.desc(), m.Activity.id.desc())
        .limit(limit)
        .objects()
    )
    return [activity_record(row, getattr(row, "user_name", None) or "") for row in query]


@acts_as_stored_user
class HistoryService:
    """Answers "who did what to this record, when" for managers and administrators: the whole trail of
    any record. Sales staff read a record's history on the record's own screen (follow-up, upsell case,
    opportunity), which checks they may see it."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def for_record(
        self, actor: UserRecord, entity: EntityKind, entity_id: int, limit: int = 500
    ) -> list[ActivityRecord]:
        """The newest `limit` activity rows of one record (managers and administrators only)."""
        if not actor.is_manager:
            raise PermissionDenied(msg("Only a manager can read the history of any record."))
        return record_history(entity, entity_id, limit)
