"""Tags: coloured labels, created by managers, put on and taken off customers one by one or in bulk."""

from __future__ import annotations

import re
from collections.abc import Sequence

from salesapp.db import models as m
from salesapp.domain.changes import ChangeSet
from salesapp.domain.clock import to_db
from salesapp.domain.customers.customer_profile import TagRecord
from salesapp.domain.enums import Action, EntityKind
from salesapp.domain.errors import NotFound, PermissionDenied, ValidationError, msg
from salesapp.domain.limits import LABEL_CHARS, bounded_name
from salesapp.domain.records import UserRecord
from salesapp.services.customers.customer_service import NOT_YOURS_CUSTOMER, check_customer_access
from salesapp.services.shared.acting import acts_as_stored_user
from salesapp.services.shared.audit import log_activities, log_activity
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.hidden import exists_hidden
from salesapp.services.shared.list_query import chunks

_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


@acts_as_stored_user
class TagService:
    """Lists and creates tags; tags and untags customers the actor may edit, with activity rows."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list_tags(self) -> list[TagRecord]:
        """Every tag, by name."""
        return [TagRecord(t.id, t.name, t.color) for t in m.Tag.select().order_by(m.Tag.name)]

    def create(self, actor: UserRecord, name: str, color: str) -> tuple[TagRecord, ChangeSet]:
        """A new tag (managers: tags are the office's list); names are unique ignoring case."""
        if not actor.is_manager:
            raise PermissionDenied(msg("Only a manager can add a tag: tags are shared by the whole office."))
        cleaned = bounded_name(name, "name", LABEL_CHARS)
        if not cleaned:
            raise ValidationError(msg("Enter the tag's name."), field="name")
        if not _COLOR.match(color):
            raise ValidationError(msg("“{text}” is not a colour."), field="color", text=color)
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            taken = [t.name for t in m.Tag.select(m.Tag.name) if t.name.casefold() == cleaned.casefold()]
            if taken:
                raise ValidationError(msg("A tag “{text}” already exists."), field="name", text=taken[0])
            tag_id = int(
                m.Tag.insert(
                    name=cleaned, color=color.lower(), created_at=to_db(now), updated_at=to_db(now),
                    updated_by=actor.id,
                ).execute()
            )  # fmt: skip
            log_activity(actor, EntityKind.TAG, tag_id, Action.CREATED, now, {"name": (None, cleaned)})
        return TagRecord(tag_id, cleaned, color.lower()), ChangeSet.of(EntityKind.TAG, [tag_id])

    def _editable(self, actor: UserRecord, customer_ids: Sequence[int]) -> list[int]:
        """The ids that exist; PermissionDenied if a salesperson names someone else's customer."""
        found: list[int] = []
        for chunk in chunks(customer_ids):
            for cid, owner in m.tuples(
                m.Customer.select(m.Customer.id, m.Customer.owner).where(m.Customer.id.in_(list(chunk)))
            ):
                check_customer_access(actor, owner)
                found.append(cid)
        if len(found) < len(set(customer_ids)):  # a colleague's the database hid, or deleted ones
            seen = set(found)
            if any(exists_hidden(m.Customer, cid) for cid in set(customer_ids) - seen):
                raise PermissionDenied(NOT_YOURS_CUSTOMER)
        return found

    def set_tag(
        self, actor: UserRecord, customer_ids: Sequence[int], tag_id: int, on: bool
    ) -> tuple[int, ChangeSet]:
        """Put the tag on (or take it off) every given customer; returns how many changed."""
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            tag = m.Tag.get_or_none(m.Tag.id == tag_id)
            if tag is None:
                raise NotFound(msg("This record no longer exists: it was deleted on another desktop."))
            ids = self._editable(actor, customer_ids)
            changed: list[int] = []
            for chunk in chunks(ids):
                ct = m.CustomerTag
                have = {
                    r[0]
                    for r in m.tuples(
                        ct.select(ct.customer).where((ct.tag == tag_id) & ct.customer.in_(chunk))
                    )
                }
                if on:
                    new = [cid for cid in chunk if cid not in have]
                    if new:
                        ct.insert_many([(cid, tag_id) for cid in new], fields=[ct.customer, ct.tag]).execute()
                else:
                    new = [cid for cid in chunk if cid in have]
                    if new:
                        ct.delete().where((ct.tag == tag_id) & ct.customer.in_(new)).execute()
                changed.extend(new)
            action = Action.TAGGED if on else Action.UNTAGGED
            logged = {"tag": (None, tag.name)}
            log_activities(actor, EntityKind.CUSTOMER, [(cid, action, logged, "") for cid in changed], now)
        return len(changed), ChangeSet.of(EntityKind.CUSTOMER, changed)
