"""Saved segments as a managed list: each with how many customers it matches now; rename, share with
everyone or keep as one's own, delete (a segment is a saved filter: deleting it changes no customer)."""

from __future__ import annotations

from datetime import tzinfo

from salesapp.db import models as m
from salesapp.domain.changes import ChangeSet
from salesapp.domain.collation import sort_key
from salesapp.domain.enums import Action, EntityKind
from salesapp.domain.errors import NotFound, PermissionDenied, ValidationError, msg
from salesapp.domain.limits import LABEL_CHARS, bounded_name
from salesapp.domain.records import UserRecord
from salesapp.services.customers.customer_list import CustomerListService
from salesapp.services.customers.segments import SegmentService
from salesapp.services.lists._types import ListEntry
from salesapp.services.shared.audit import log_activity, versioned_update
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.list_query import COUNT_CAP

_GONE = msg("This record no longer exists: it was deleted on another desktop.")


class SegmentList:
    """Lists, renames, shares and deletes segments: the shared ones and the actor's own."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.segments = SegmentService(ctx)
        self.customers = CustomerListService(ctx)

    def entries(self, actor: UserRecord, tz: tzinfo) -> list[ListEntry]:
        """The shared segments and the actor's own, each with its customers now (capped at COUNT_CAP)."""
        versions = dict(m.tuples(m.Segment.select(m.Segment.id, m.Segment.version)))
        out = []
        for s in self.segments.list_segments(actor):
            uses = self.customers.count(actor, s.criteria, tz, COUNT_CAP)
            out.append(ListEntry(str(s.id), s.name, uses, int(versions.get(s.id, 1)), shared=s.shared))
        return sorted(out, key=lambda e: sort_key(e.name))

    @staticmethod
    def _editable(actor: UserRecord, segment_id: int) -> m.Segment:
        row = m.Segment.get_or_none(m.Segment.id == segment_id)
        if row is None:
            raise NotFound(_GONE)
        if row.owner_id != actor.id and not (row.owner_id is None and actor.is_manager):
            raise PermissionDenied(msg("Only managers can change a shared segment."))
        return row

    def rename(self, actor: UserRecord, segment_id: int, name: str, version: int) -> ChangeSet:
        """Rename one's own segment, or a shared one (managers)."""
        cleaned = bounded_name(name, "name", LABEL_CHARS)
        if not cleaned:
            raise ValidationError(msg("Enter the segment's name."), field="name")
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            row = self._editable(actor, segment_id)
            versioned_update(m.Segment, segment_id, version, {"name": cleaned}, actor, now)
            log_activity(
                actor, EntityKind.SEGMENT, segment_id, Action.UPDATED, now, {"name": (row.name, cleaned)}
            )
        return ChangeSet.of(EntityKind.SEGMENT, [segment_id])

    def share(self, actor: UserRecord, segment_id: int, shared: bool, version: int) -> ChangeSet:
        """Share a segment with everyone, or make a shared one the acting manager's own (managers)."""
        if not actor.is_manager:
            raise PermissionDenied(msg("Only managers can share a segment with everyone."))
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            row = self._editable(actor, segment_id)
            owner = None if shared else actor.id
            versioned_update(m.Segment, segment_id, version, {"owner": owner}, actor, now)
            log_activity(
                actor, EntityKind.SEGMENT, segment_id, Action.UPDATED, now,
                {"shared": (row.owner_id is None, shared)}, row.name,
            )  # fmt: skip
        return ChangeSet.of(EntityKind.SEGMENT, [segment_id])

    def delete(self, actor: UserRecord, segment_id: int, version: int) -> ChangeSet:
        """Delete a segment (no customer changes); stale when changed since read."""
        with self.ctx.db.atomic():
            row = self._editable(actor, segment_id)
            if row.version != version:
                versioned_update(m.Segment, segment_id, version, {}, actor, self.ctx.clock())
            return self.segments.delete(actor, segment_id)
