"""The lists managers keep, in one place with usage counts: tags, segments, customer pools, sales channels,
customer sources, carriers, upsell failure and skip reasons, lost reasons.

One service with the same calls for every list (entries, add, rename, merge, delete, share, offer), so
one screen serves them all; each list's rules live in its own module (`_tags`, `_segments`, `_channels`,
`_labels`) or its own room's service (pools, tags' creation, the reasons' settings). Only managers change
a list. Deleting something in use takes the count the user confirmed, and is refused when it changed.
"""

from __future__ import annotations

from datetime import UTC, tzinfo

from salesapp.domain.changes import ChangeSet
from salesapp.domain.enums import Channel
from salesapp.domain.errors import PermissionDenied, ValidationError, msg
from salesapp.domain.records import UserRecord
from salesapp.services.customers.pools import PoolService
from salesapp.services.customers.tags import TagService
from salesapp.services.lists._channels import ChannelList, hidden_channels
from salesapp.services.lists._labels import (
    Carriers,
    FailureReasons,
    LabelList,
    LostReasons,
    SkipReasons,
    Sources,
)
from salesapp.services.lists._segments import SegmentList
from salesapp.services.lists._tags import TagList
from salesapp.services.lists._types import OPS, ListEntry, ListKind, ListOp
from salesapp.services.shared.acting import acts_as_stored_user
from salesapp.services.shared.context import ServiceContext

__all__ = ["OPS", "ListEntry", "ListKind", "ListOp", "ListsService"]

TAG_COLOR = "#607d8b"  # a new tag's colour when added from the lists (the Customers section picks others)


def _require_manager(actor: UserRecord) -> None:
    if not actor.is_manager:
        raise PermissionDenied(msg("Only a manager can change these lists."))


def _id(key: str) -> int:
    try:
        return int(key)
    except ValueError:
        raise ValidationError(msg("Choose an entry from the list."), field="key") from None


@acts_as_stored_user
class ListsService:
    """Reads every list with its usage counts and changes them (managers)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.tags, self.pools = TagService(ctx), PoolService(ctx)
        self.tag_list, self.segments, self.channels = TagList(ctx), SegmentList(ctx), ChannelList(ctx)
        self.labels: dict[ListKind, LabelList] = {
            ListKind.SOURCES: Sources(ctx),
            ListKind.CARRIERS: Carriers(ctx),
            ListKind.FAILURE_REASONS: FailureReasons(ctx),
            ListKind.SKIP_REASONS: SkipReasons(ctx),
            ListKind.LOST_REASONS: LostReasons(ctx),
        }

    @staticmethod
    def _check(actor: UserRecord, kind: ListKind, op: ListOp) -> None:
        _require_manager(actor)
        if op not in OPS[kind]:
            raise ValidationError(msg("This list cannot be changed that way."), field="op")

    # -- reading -------------------------------------------------------------------------------------
    def entries(self, actor: UserRecord, kind: ListKind, tz: tzinfo = UTC) -> list[ListEntry]:
        """The list's entries with how many records use each (segments: customers they match now)."""
        _require_manager(actor)
        if kind is ListKind.TAGS:
            return self.tag_list.entries()
        if kind is ListKind.SEGMENTS:
            return self.segments.entries(actor, tz)
        if kind is ListKind.POOLS:
            return [
                ListEntry(str(p.id), p.name, p.customers, p.version, fixed=p.is_default)
                for p in self.pools.list_pools()
            ]
        if kind is ListKind.CHANNELS:
            return self.channels.entries()
        return self.labels[kind].entries()

    def uses(self, actor: UserRecord, kind: ListKind, key: str, tz: tzinfo = UTC) -> int:
        """How many records use one entry now (asked again just before a delete is confirmed)."""
        for entry in self.entries(actor, kind, tz):
            if entry.key == key:
                return entry.uses
        return 0

    def offered_channels(self) -> list[Channel]:
        """The channels offered for new customers, in their usual order."""
        hidden, _ = hidden_channels()
        return [c for c in Channel if c not in hidden]

    def carriers(self) -> list[str]:
        """The carriers and delivery methods offered, in the list's order."""
        return list(self.labels[ListKind.CARRIERS].read()[0])

    # -- changing ------------------------------------------------------------------------------------
    def add(self, actor: UserRecord, kind: ListKind, name: str, version: int = 0) -> ChangeSet:
        """Add an entry: a tag, a pool, a source, a carrier or a reason. `version`: of the stored list."""
        self._check(actor, kind, ListOp.ADD)
        if kind is ListKind.TAGS:
            return self.tags.create(actor, name, TAG_COLOR)[1]
        if kind is ListKind.POOLS:
            return self.pools.create(actor, name)[1]
        return self.labels[kind].add(actor, name, version)

    def rename(self, actor: UserRecord, kind: ListKind, key: str, name: str, version: int) -> ChangeSet:
        """Rename an entry (a label: on every record carrying it too); stale when changed since read."""
        self._check(actor, kind, ListOp.RENAME)
        if kind is ListKind.TAGS:
            return self.tag_list.rename(actor, _id(key), name, version)
        if kind is ListKind.SEGMENTS:
            return self.segments.rename(actor, _id(key), name, version)
        if kind is ListKind.POOLS:
            return self.pools.rename(actor, _id(key), name, version)[1]
        return self.labels[kind].rename(actor, key, name, version)[1]

    def merge(
        self, actor: UserRecord, kind: ListKind, key: str, into: str, version: int
    ) -> tuple[int, ChangeSet]:
        """Merge `key` into `into`: its records get `into`, and `key` leaves the list. Returns how many
        records changed."""
        self._check(actor, kind, ListOp.MERGE)
        if kind is ListKind.TAGS:
            return self.tag_list.merge(actor, _id(key), _id(into), version)
        return self.labels[kind].merge(actor, key, into, version)

    def delete(
        self, actor: UserRecord, kind: ListKind, key: str, confirmed: int | None, version: int
    ) -> tuple[int, ChangeSet]:
        """Delete an entry after the user confirmed `confirmed` records use it (refused when that changed).
        What happens to the records: tags are taken off them, pools' customers move to the default pool,
        sources are cleared from their customers; carriers and reasons stay on the records that have them.
        Returns how many records use it."""
        self._check(actor, kind, ListOp.DELETE)
        if kind is ListKind.TAGS:
            return self.tag_list.delete(actor, _id(key), confirmed, version)
        if kind is ListKind.SEGMENTS:
            return 0, self.segments.delete(actor, _id(key), version)
        if kind is ListKind.POOLS:
            return self.pools.delete(actor, _id(key), confirmed)
        return self.labels[kind].delete(actor, key, confirmed, version)

    def set_shared(self, actor: UserRecord, key: str, shared: bool, version: int) -> ChangeSet:
        """Share a segment with everyone, or keep it as the acting manager's own."""
        self._check(actor, ListKind.SEGMENTS, ListOp.SHARE)
        return self.segments.share(actor, _id(key), shared, version)

    def set_offered(self, actor: UserRecord, key: str, offered: bool, version: int) -> ChangeSet:
        """Offer a sales channel for new customers again, or hide it (its records keep it)."""
        self._check(actor, ListKind.CHANNELS, ListOp.OFFER)
        return self.channels.set_offered(actor, key, offered, version)
