"""Reading the activity trail of a record, newest first, with the staff member's name."""

from __future__ import annotations

import peewee as pw

from salesapp.db import models as m
from salesapp.db.mapping import activity_record
from salesapp.domain.enums import EntityKind
from salesapp.domain.records import ActivityRecord
from salesapp.services.shared.context import ServiceContext


class HistoryService:
    """Answers "who did what to this record, when"."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def for_record(self, entity: EntityKind, entity_id: int, limit: int = 500) -> list[ActivityRecord]:
        """The newest `limit` activity rows of one record."""
        query = (
            m.Activity.select(m.Activity, m.User.display_name.alias("user_name"))
            .join(m.User, pw.JOIN.LEFT_OUTER, on=(m.Activity.user == m.User.id))
            .where((m.Activity.entity == entity.value) & (m.Activity.entity_id == entity_id))
            .order_by(m.Activity.at.desc(), m.Activity.id.desc())
            .limit(limit)
            .objects()
        )
        return [activity_record(row, getattr(row, "user_name", None) or "") for row in query]
