"""ChangeSet: the record of what a mutation touched, broadcast once so views refresh what they show."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from salesapp.domain.enums import EntityKind


@dataclass(frozen=True)
class ChangeSet:
    """Ids touched per entity kind; empty when nothing changed."""

    touched: Mapping[EntityKind, frozenset[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, kind: EntityKind, ids: Iterable[int]) -> ChangeSet:
        """A ChangeSet touching `ids` of one kind."""
        return cls({kind: frozenset(ids)})

    def merged(self, other: ChangeSet) -> ChangeSet:
        """Union of both ChangeSets."""
        result: dict[EntityKind, frozenset[int]] = dict(self.touched)
        for kind, ids in other.touched.items():
            result[kind] = result.get(kind, frozenset()) | ids
        return ChangeSet(result)

    def ids(self, kind: EntityKind) -> frozenset[int]:
        """Ids of `kind` touched (empty set when none)."""
        return self.touched.get(kind, frozenset())

    def __bool__(self) -> bool:
        return any(self.touched.values())

    def to_payload(self) -> dict[str, list[int]]:
        """A JSON-able form, for sending to other desktops."""
        return {kind.value: sorted(ids) for kind, ids in self.touched.items()}

    @classmethod
    def from_payload(cls, payload: Mapping[str, Iterable[int]]) -> ChangeSet:
        """Inverse of `to_payload`; unknown kinds are ignored."""
        known = {k.value for k in EntityKind}
        return cls({EntityKind(k): frozenset(int(i) for i in v) for k, v in payload.items() if k in known})
