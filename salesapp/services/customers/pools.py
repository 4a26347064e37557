"""Customer pools: where customers without an owner wait to be handed over, one pool each (per campaign,
per branch). Pool 1 is the default: customers land there when no pool is named, and it cannot be deleted.

`customers.pool_id` counts only while the customer has no owner; NULL there means the default pool (a
customer written by code that names no pool), so every condition on a pool goes through `in_pool`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import peewee as pw

from salesapp.db import models as m
from salesapp.domain.changes import ChangeSet
from salesapp.domain.clock import to_db
from salesapp.domain.collation import sort_key
from salesapp.domain.enums import Action, EntityKind
from salesapp.domain.errors import NotFound, PermissionDenied, ValidationError, msg
from salesapp.domain.limits import LABEL_CHARS, bounded_name
from salesapp.domain.records import UserRecord
from salesapp.services.shared.acting import acts_as_stored_user
from salesapp.services.shared.audit import log_activities, log_activity, versioned_update
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.list_query import chunks
from salesapp.services.shared.usage import check_confirmed_uses

DEFAULT_POOL_ID = 1
DEFAULT_POOL_NAME = "Main pool"
"""The default pool's name until a manager renames it (stored in English, shown translated)."""
_GONE = msg("This pool no longer exists: it was deleted on another desktop.")


@dataclass(frozen=True)
class PoolRecord:
    """A pool with how many customers wait in it."""

    id: int
    name: str
    customers: int
    version: int

    @property
    def is_default(self) -> bool:
        """The pool customers land in when none is named; it cannot be deleted."""
        return self.id == DEFAULT_POOL_ID


def in_pool(pool_id: int) -> Any:
    """The condition "unowned and waiting in pool `pool_id`" on customers (NULL counts as the default)."""
    c = m.Customer
    where: Any = c.pool == pool_id
    if pool_id == DEFAULT_POOL_ID:
        where = where | c.pool.is_null()
    return c.owner.is_null() & where


def pool_names(pool_ids: Sequence[int | None]) -> dict[int, str]:
    """Pool id → name for the given ids (None read as the default pool)."""
    wanted = {DEFAULT_POOL_ID if p is None else p for p in pool_ids}
    if not wanted:
        return {}
    query = m.Pool.select(m.Pool.id, m.Pool.name).where(m.Pool.id.in_(list(wanted)))
    return {int(pid): name for pid, name in m.tuples(query)}


def existing_pool(pool_id: int | None) -> tuple[int, str]:
    """(id, name) of `pool_id` (None: the default pool); NotFound when it was deleted."""
    pid = DEFAULT_POOL_ID if pool_id is None else int(pool_id)
    row = m.Pool.select(m.Pool.id, m.Pool.name).where(m.Pool.id == pid).tuples().first()
    if row is None:
        raise NotFound(_GONE)
    return int(row[0]), str(row[1])


def _require_manager(actor: UserRecord) -> None:
    if not actor.is_manager:
        raise PermissionDenied(msg("Only a manager can change the customer pools."))


@acts_as_stored_user
class PoolService:
    """Lists pools with their counts; managers add, rename and delete them (a deleted pool's customers
    move to the default pool, each with an activity row)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list_pools(self) -> list[PoolRecord]:
        """Every pool with its customers, the default first, then by name."""
        c = m.Customer
        counts: dict[int, int] = {}
        query = c.select(c.pool, pw.fn.COUNT(c.id)).where(c.owner.is_null()).group_by(c.pool)
        for pid, n in m.tuples(query):
            key = DEFAULT_POOL_ID if pid is None else int(pid)
            counts[key] = counts.get(key, 0) + int(n)
        pools = [
            PoolRecord(int(pid), name, counts.get(int(pid), 0), int(version))
            for pid, name, version in m.tuples(m.Pool.select(m.Pool.id, m.Pool.name, m.Pool.version))
        ]
        return sorted(pools, key=lambda p: (not p.is_default, sort_key(p.name), p.id))

    def _check_name(self, name: str, pool_id: int | None) -> str:
        cleaned = bounded_name(name, "name", LABEL_CHARS)
        if not cleaned:
            raise ValidationError(msg("Enter the pool's name."), field="name")
        for pid, other in m.tuples(m.Pool.select(m.Pool.id, m.Pool.name)):
            if pid != pool_id and other.casefold() == cleaned.casefold():
                raise ValidationError(msg("A pool “{text}” already exists."), field="name", text=other)
        return cleaned

    def create(self, actor: UserRecord, name: str) -> tuple[PoolRecord, ChangeSet]:
        """A new, empty pool (managers); names are unique ignoring case."""
        _require_manager(actor)
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            cleaned = self._check_name(name, None)
            pool_id = int(
                m.Pool.insert(
                    name=cleaned, created_at=to_db(now), updated_at=to_db(now), updated_by=actor.id
                ).execute()
            )
            log_activity(actor, EntityKind.POOL, pool_id, Action.CREATED, now, {"name": (None, cleaned)})
        return PoolRecord(pool_id, cleaned, 0, 1), ChangeSet.of(EntityKind.POOL, [pool_id])

    def rename(
        self, actor: UserRecord, pool_id: int, name: str, expected_version: int
    ) -> tuple[PoolRecord, ChangeSet]:
        """Rename a pool (managers); refused as stale when another desktop changed it since it was read."""
        _require_manager(actor)
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            _, old = existing_pool(pool_id)
            cleaned = self._check_name(name, pool_id)
            versioned_update(m.Pool, pool_id, expected_version, {"name": cleaned}, actor, now)
            log_activity(actor, EntityKind.POOL, pool_id, Action.UPDATED, now, {"name": (old, cleaned)})
            record = next(p for p in self.list_pools() if p.id == pool_id)
        return record, ChangeSet.of(EntityKind.POOL, [pool_id])

    def delete(
        self, actor: UserRecord, pool_id: int, confirmed_customers: int | None
    ) -> tuple[int, ChangeSet]:
        """Delete a pool (managers; never the default). Its customers move to the default pool, each with an
        activity row; `confirmed_customers` is the count the user confirmed (refused when it changed).
        Returns how many customers moved."""
        _require_manager(actor)
        if pool_id == DEFAULT_POOL_ID:
            raise ValidationError(
                msg("The default pool cannot be deleted: customers land there when no pool is named."),
                field="pool",
            )
        now = self.ctx.clock()
        c = m.Customer
        with self.ctx.db.atomic():
            _, name = existing_pool(pool_id)
            _, default_name = existing_pool(DEFAULT_POOL_ID)
            query = c.select(c.id, c.owner).where(c.pool == pool_id)
            if not self.ctx.db.is_sqlite:
                query = query.for_update()
            rows = list(m.tuples(query))
            moved = [int(cid) for cid, owner in rows if owner is None]  # owned customers keep no pool
            check_confirmed_uses(len(moved), confirmed_customers)
            for chunk in chunks([int(cid) for cid, _ in rows]):
                c.update({c.pool: DEFAULT_POOL_ID}).where(c.id.in_(list(chunk))).execute()
            change = {"pool": (name, default_name)}
            log_activities(
                actor, EntityKind.CUSTOMER, [(cid, Action.UPDATED, change, "") for cid in moved], now
            )
            m.Pool.delete().where(m.Pool.id == pool_id).execute()
            log_activity(actor, EntityKind.POOL, pool_id, Action.DELETED, now, {"name": (name, None)})
        changes = ChangeSet.of(EntityKind.POOL, [pool_id]).merged(ChangeSet.of(EntityKind.CUSTOMER, moved))
        return len(moved), changes
