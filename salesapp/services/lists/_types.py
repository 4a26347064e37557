"""The lists managers keep: which lists there are, what can be done to each, and one entry as shown."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ListKind(StrEnum):
    """A list managers keep, in the order the Lists screen shows them."""

    TAGS = "tags"
    SEGMENTS = "segments"
    POOLS = "pools"
    CHANNELS = "channels"
    SOURCES = "sources"
    CARRIERS = "carriers"
    FAILURE_REASONS = "failure_reasons"
    SKIP_REASONS = "skip_reasons"
    LOST_REASONS = "lost_reasons"


class ListOp(StrEnum):
    """What can be done to an entry of a list."""

    ADD = "add"
    RENAME = "rename"
    MERGE = "merge"
    DELETE = "delete"
    SHARE = "share"  # segments: shared with everyone or one's own
    OFFER = "offer"  # channels: offered for new customers or hidden


OPS: dict[ListKind, frozenset[ListOp]] = {
    ListKind.TAGS: frozenset({ListOp.ADD, ListOp.RENAME, ListOp.MERGE, ListOp.DELETE}),
    ListKind.SEGMENTS: frozenset({ListOp.RENAME, ListOp.SHARE, ListOp.DELETE}),
    ListKind.POOLS: frozenset({ListOp.ADD, ListOp.RENAME, ListOp.DELETE}),
    ListKind.CHANNELS: frozenset({ListOp.OFFER}),
    ListKind.SOURCES: frozenset({ListOp.ADD, ListOp.RENAME, ListOp.MERGE, ListOp.DELETE}),
    ListKind.CARRIERS: frozenset({ListOp.ADD, ListOp.RENAME, ListOp.MERGE, ListOp.DELETE}),
    ListKind.FAILURE_REASONS: frozenset({ListOp.ADD, ListOp.RENAME, ListOp.MERGE, ListOp.DELETE}),
    ListKind.SKIP_REASONS: frozenset({ListOp.ADD, ListOp.RENAME, ListOp.MERGE, ListOp.DELETE}),
    ListKind.LOST_REASONS: frozenset({ListOp.ADD, ListOp.RENAME, ListOp.MERGE, ListOp.DELETE}),
}
"""What each list allows (built-in channels can only be offered or hidden)."""


@dataclass(frozen=True)
class ListEntry:
    """One entry of a list as the Lists screen shows it.

    `key` names it in every call (a tag's, segment's or pool's id as text; the stored text of the others).
    `uses` is how many records carry it. `version` guards the entry (tags, segments, pools) or the whole
    stored list (the others) against a colleague's change meanwhile. `offered` is False for a hidden
    channel, and for a value records still carry that is no longer in its list. `fixed`: it cannot be
    renamed or deleted (the default pool). `shared` and `owner` describe segments.
    """

    key: str
    name: str
    uses: int
    version: int = 0
    offered: bool = True
    fixed: bool = False
    shared: bool = False
    owner: str = ""
