"""Segments: saved customer filters with a live count, one's own or shared with the office."""

from __future__ import annotations

from dataclasses import dataclass

from salesapp.db import models as m
from salesapp.domain.changes import ChangeSet
from salesapp.domain.clock import to_db
from salesapp.domain.customers.customer_filter import CustomerFilter
from salesapp.domain.enums import Action, EntityKind
from salesapp.domain.errors import NotFound, PermissionDenied, ValidationError, msg
from salesapp.domain.limits import LABEL_CHARS, bounded_name
from salesapp.domain.records import UserRecord
from salesapp.services.shared.acting import acts_as_stored_user
from salesapp.services.shared.audit import log_activity
from salesapp.services.shared.context import ServiceContext


@dataclass(frozen=True)
class SegmentRecord:
    """A saved filter; `shared` ones are seen by everyone."""

    id: int
    name: str
    criteria: CustomerFilter
    shared: bool
    owner_id: int | None


@acts_as_stored_user
class SegmentService:
    """Saves, lists and deletes segments; counting is the customers list's job."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list_segments(self, actor: UserRecord) -> list[SegmentRecord]:
        """The actor's own segments and the shared ones, by name."""
        s = m.Segment
        rows = s.select().where(s.owner.is_null() | (s.owner == actor.id)).order_by(s.name, s.id)
        return [
            SegmentRecord(r.id, r.name, CustomerFilter.from_json(r.criteria), r.owner_id is None, r.owner_id)
            for r in rows
        ]

    def save(
        self, actor: UserRecord, name: str, criteria: CustomerFilter, shared: bool
    ) -> tuple[SegmentRecord, ChangeSet]:
        """Save the list's criteria (not its search text) under a name; only managers share."""
        cleaned = bounded_name(name, "name", LABEL_CHARS)
        if not cleaned:
            raise ValidationError(msg("Enter the segment's name."), field="name")
        if shared and not actor.is_manager:
            raise PermissionDenied(msg("Only managers can share a segment with everyone."))
        now = self.ctx.clock()
        owner = None if shared else actor.id
        with self.ctx.db.atomic():
            segment_id = int(
                m.Segment.insert(
                    name=cleaned, owner=owner, criteria=criteria.to_json(), created_at=to_db(now),
                    updated_at=to_db(now), updated_by=actor.id,
                ).execute()
            )  # fmt: skip
            named = {"name": (None, cleaned)}
            log_activity(actor, EntityKind.SEGMENT, segment_id, Action.CREATED, now, named)
        saved = CustomerFilter.from_json(criteria.to_json())
        record = SegmentRecord(segment_id, cleaned, saved, shared, owner)
        return record, ChangeSet.of(EntityKind.SEGMENT, [segment_id])

    def delete(self, actor: UserRecord, segment_id: int) -> ChangeSet:
        """Remove a segment: one's own, or a shared one by a manager."""
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            row = m.Segment.get_or_none(m.Segment.id == segment_id)
            if row is None:
                raise NotFound(msg("This record no longer exists: it was deleted on another desktop."))
            if row.owner_id != actor.id and not (row.owner_id is None and actor.is_manager):
                raise PermissionDenied(msg("Only managers can delete a shared segment."))
            m.Segment.delete().where(m.Segment.id == segment_id).execute()
            named = {"name": (row.name, None)}
            log_activity(actor, EntityKind.SEGMENT, segment_id, Action.DELETED, now, named)
        return ChangeSet.of(EntityKind.SEGMENT, [segment_id])
