"""A text label kept on records (a customer's source, an order's carrier, a closed case's reason): how many
records carry each value, and replacing or clearing a value on all of them in bulk, each record's version
bumped (an editor open on it then reloads) and its activity row written, in the caller's transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import peewee as pw

from salesapp.db import models as m
from salesapp.domain.clock import to_db
from salesapp.domain.enums import Action, EntityKind
from salesapp.domain.records import UserRecord
from salesapp.services.shared.audit import log_activities
from salesapp.services.shared.list_query import chunks


@dataclass(frozen=True)
class LabelColumn:
    """A text column of a versioned model holding a label, limited to some rows by `where` (a case's
    reason counts as a failure reason only on failed cases)."""

    model: type[m.BaseModel]
    column: str
    entity: EntityKind
    where: Callable[[], Any] | None = None

    @property
    def field(self) -> Any:
        """The peewee field of the column."""
        return getattr(self.model, self.column)

    def _scope(self) -> Any:
        cond: Any = self.field.is_null(False) & (self.field != "")
        return cond if self.where is None else cond & self.where()

    def counts(self) -> dict[str, int]:
        """Each value carried, with how many records carry it."""
        query = (
            self.model.select(self.field, pw.fn.COUNT(pw.SQL("*"))).where(self._scope()).group_by(self.field)
        )
        return {str(value): int(n) for value, n in m.tuples(query)}

    def uses(self, value: str) -> int:
        """How many records carry `value`."""
        return int(self.model.select().where(self._scope() & (self.field == value)).count())

    def ids(self, value: str, lock: bool) -> list[int]:
        """The ids of the records carrying `value` (locked on PostgreSQL when `lock`)."""
        query = self.model.select(self.model.id).where(self._scope() & (self.field == value))
        if lock:
            query = query.for_update()
        return [int(r[0]) for r in m.tuples(query)]

    def replace(self, ids: list[int], old: str, new: str, actor: UserRecord, now: datetime) -> None:
        """Set `new` ("" to clear) on the records `ids` that carry `old`, with an activity row each."""
        model: Any = self.model
        values = {
            self.field: new,
            model.version: model.version + 1,
            model.updated_at: to_db(now),
            model.updated_by: actor.id,
        }
        for chunk in chunks(ids):
            model.update(values).where(model.id.in_(list(chunk)) & (self.field == old)).execute()
        change = {self.column: (old, new or None)}
        log_activities(actor, self.entity, [(rid, Action.UPDATED, change, "") for rid in ids], now)
