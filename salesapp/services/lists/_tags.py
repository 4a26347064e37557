"""Tags as a managed list: each with how many customers carry it; rename, merge one into another, delete
(taken off its customers, each with an activity row)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import peewee as pw

from salesapp.db import models as m
from salesapp.domain.changes import ChangeSet
from salesapp.domain.collation import sort_key
from salesapp.domain.enums import Action, EntityKind
from salesapp.domain.errors import NotFound, ValidationError, msg
from salesapp.domain.limits import LABEL_CHARS, bounded_name
from salesapp.domain.records import UserRecord
from salesapp.services.lists._types import ListEntry
from salesapp.services.shared.audit import log_activities, log_activity, versioned_update
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.list_query import chunks
from salesapp.services.shared.usage import check_confirmed_uses

Row = tuple[int, Action, Mapping[str, tuple[Any, Any]], str]
_GONE = msg("This record no longer exists: it was deleted on another desktop.")


class TagList:
    """Renames, merges and deletes tags (creating one is TagService.create)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def entries(self) -> list[ListEntry]:
        """Every tag with its customers, by name."""
        t, ct = m.Tag, m.CustomerTag
        query = (
            t.select(t.id, t.name, t.version, pw.fn.COUNT(ct.customer))
            .join(ct, pw.JOIN.LEFT_OUTER, on=(ct.tag == t.id))
            .group_by(t.id, t.name, t.version)
        )
        rows = [ListEntry(str(tid), name, int(n), int(v)) for tid, name, v, n in m.tuples(query)]
        return sorted(rows, key=lambda e: sort_key(e.name))

    @staticmethod
    def _tag(tag_id: int) -> m.Tag:
        tag = m.Tag.get_or_none(m.Tag.id == tag_id)
        if tag is None:
            raise NotFound(_GONE)
        return tag

    def rename(self, actor: UserRecord, tag_id: int, name: str, version: int) -> ChangeSet:
        """Rename a tag; names stay unique ignoring case. Stale when changed since read."""
        cleaned = bounded_name(name, "name", LABEL_CHARS)
        if not cleaned:
            raise ValidationError(msg("Enter the tag's name."), field="name")
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            tag = self._tag(tag_id)
            for other_id, other in m.tuples(m.Tag.select(m.Tag.id, m.Tag.name)):
                if other_id != tag_id and other.casefold() == cleaned.casefold():
                    raise ValidationError(
                        msg("A tag “{text}” already exists: merge into it instead."), field="name", text=other
                    )
            versioned_update(m.Tag, tag_id, version, {"name": cleaned}, actor, now)
            log_activity(actor, EntityKind.TAG, tag_id, Action.UPDATED, now, {"name": (tag.name, cleaned)})
        return ChangeSet.of(EntityKind.TAG, [tag_id])

    def _customers(self, tag_id: int) -> list[int]:
        ct = m.CustomerTag
        query = ct.select(ct.customer).where(ct.tag == tag_id)
        if not self.ctx.db.is_sqlite:
            query = query.for_update()
        return [int(r[0]) for r in m.tuples(query)]

    def merge(self, actor: UserRecord, tag_id: int, into_id: int, version: int) -> tuple[int, ChangeSet]:
        """Put tag `into_id` on every customer carrying `tag_id`, then delete `tag_id`; returns how many
        customers carried it. Each customer's history says untagged / tagged."""
        if tag_id == into_id:
            raise ValidationError(msg("Choose another entry to merge into."), field="into")
        now = self.ctx.clock()
        ct = m.CustomerTag
        with self.ctx.db.atomic():
            tag, into = self._tag(tag_id), self._tag(into_id)
            if tag.version != version:
                versioned_update(m.Tag, tag_id, version, {}, actor, now)  # raises the stale refusal
            carrying = self._customers(tag_id)
            have: set[int] = set()
            for chunk in chunks(carrying):
                query = ct.select(ct.customer).where((ct.tag == into_id) & ct.customer.in_(list(chunk)))
                have.update(int(r[0]) for r in m.tuples(query))
            new = [cid for cid in carrying if cid not in have]
            for chunk in chunks(new):
                ct.insert_many([(cid, into_id) for cid in chunk], fields=[ct.customer, ct.tag]).execute()
            ct.delete().where(ct.tag == tag_id).execute()
            m.Tag.delete().where(m.Tag.id == tag_id).execute()
            rows: list[Row] = [(cid, Action.UNTAGGED, {"tag": (None, tag.name)}, "") for cid in carrying]
            rows += [(cid, Action.TAGGED, {"tag": (None, into.name)}, "") for cid in new]
            log_activities(actor, EntityKind.CUSTOMER, rows, now)
            log_activity(
                actor, EntityKind.TAG, tag_id, Action.DELETED, now,
                {"name": (tag.name, None), "merged_into": (None, into.name)},
            )  # fmt: skip
        changes = ChangeSet.of(EntityKind.TAG, [tag_id, into_id]).merged(
            ChangeSet.of(EntityKind.CUSTOMER, carrying)
        )
        return len(carrying), changes

    def delete(
        self, actor: UserRecord, tag_id: int, confirmed: int | None, version: int
    ) -> tuple[int, ChangeSet]:
        """Take the tag off its customers (an activity row each) and delete it; `confirmed` is the number of
        customers the user saw. Returns how many customers lost it."""
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            tag = self._tag(tag_id)
            if tag.version != version:
                versioned_update(m.Tag, tag_id, version, {}, actor, now)
            carrying = self._customers(tag_id)
            check_confirmed_uses(len(carrying), confirmed)
            m.CustomerTag.delete().where(m.CustomerTag.tag == tag_id).execute()
            m.Tag.delete().where(m.Tag.id == tag_id).execute()
            rows: list[Row] = [(cid, Action.UNTAGGED, {"tag": (None, tag.name)}, "") for cid in carrying]
            log_activities(actor, EntityKind.CUSTOMER, rows, now)
            log_activity(actor, EntityKind.TAG, tag_id, Action.DELETED, now, {"name": (tag.name, None)})
        changes = ChangeSet.of(EntityKind.TAG, [tag_id]).merged(ChangeSet.of(EntityKind.CUSTOMER, carrying))
        return len(carrying), changes
