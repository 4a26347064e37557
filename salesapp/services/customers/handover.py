"""Handover use cases: give selected customers to staff, take them back to the pool, or move them.

Managers hand over thousands of customers at once (a campaign's leads, a leaver's book), so every write is
a bulk statement in one transaction: old owners are read and new owners set per chunk of ids, and the
activity rows (one per customer, with who, from, to, reason and when) go in with multi-row INSERTs.
Customers without an owner wait in a pool (pools.py): the history of a handover names the pool each
customer came from, and a take-back names the pool it goes into.

A selection can be older than the customers in it: another manager may have moved some of them since the
list was read. The list gives `selected_at`, the moment its rows were read (not every row: "Select all"
selects ten thousand ids without loading them), and a handover, take-back or move is refused, nothing
written, when any selected customer was changed by someone else after it (its `updated_at`, set by every
change of owner and every edit), saying how many. The same read that locks the rows counts them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

import peewee as pw

from salesapp.db import models as m
from salesapp.domain.changes import ChangeSet
from salesapp.domain.clock import to_db
from salesapp.domain.collation import sort_key
from salesapp.domain.customers.handover import (
    HandoverMethod,
    HandoverPlan,
    HandoverResult,
    PlannedShare,
    StaffLoad,
    assign,
    plan_shares,
)
from salesapp.domain.enums import Action, EntityKind, Role
from salesapp.domain.errors import NotFound, PermissionDenied, ValidationError, msg
from salesapp.domain.limits import bounded_note
from salesapp.domain.records import UserRecord
from salesapp.services.customers.pools import DEFAULT_POOL_ID, PoolRecord, PoolService, existing_pool
from salesapp.services.shared.acting import acts_as_stored_user
from salesapp.services.shared.audit import log_activities
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.list_query import chunks

__all__ = [
    "HandoverMethod",
    "HandoverPlan",
    "HandoverResult",
    "HandoverService",
    "PlannedShare",
    "StaffLoad",
]

# Who can own customers: sales staff and managers. Administrators run the shop's settings and accounts
# and are not handed customers (they can still see and edit every customer).
OWNER_ROLES = (Role.SALES.value, Role.MANAGER.value)
CHUNK = 1000  # ids per IN (...) list: few statements, and far below every backend's parameter limit
# A change is stamped when its transaction starts and seen when it commits (a big handover on PostgreSQL
# takes a second or two), and desktops' clocks differ a little: changes stamped this long before the list
# was read count as changed since, so none slips between the stamp and the commit.
IN_FLIGHT = timedelta(seconds=5)

Row = tuple[int, Action, Mapping[str, tuple[Any, Any]], str]


def _unique(ids: Iterable[int]) -> list[int]:
    return list(dict.fromkeys(int(i) for i in ids))


@acts_as_stored_user
class HandoverService:
    """Hands customers over to staff and takes them back; managers and administrators only."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- reading -------------------------------------------------------------------------------------

    @staticmethod
    def _require_manager(actor: UserRecord) -> None:
        if not actor.is_manager:
            raise PermissionDenied(msg("Only a manager can hand over or take back customers."))

    def pools(self, actor: UserRecord) -> list[PoolRecord]:
        """The pools customers can be taken back into, with how many wait in each (default first)."""
        self._require_manager(actor)
        return PoolService(self.ctx).list_pools()

    def staff_loads(self, actor: UserRecord) -> list[StaffLoad]:
        """Active staff who can own customers, with how many they own now, by name."""
        self._require_manager(actor)
        return self._loads()

    def _loads(self) -> list[StaffLoad]:
        # The counts per owner come from the customers_owner index alone (owner_id first: an index-only
        # GROUP BY on PostgreSQL, a covering index scan on SQLite), joined to the few staff afterwards:
        # no join of every customer row, no sort of them.
        u, c = m.User, m.Customer
        owned = (
            c.select(c.owner.alias("owner_id"), pw.fn.COUNT(pw.SQL("*")).alias("n"))
            .where(c.owner.is_null(False))
            .group_by(c.owner)
            .alias("owned")
        )
        query = (
            u.select(u.id, u.display_name, pw.fn.COALESCE(owned.c.n, 0))
            .join(owned, pw.JOIN.LEFT_OUTER, on=(owned.c.owner_id == u.id))
            .where(u.active & u.role.in_(OWNER_ROLES))
        )
        loads = [StaffLoad(int(uid), name, int(n)) for uid, name, n in m.tuples(query)]
        return sorted(loads, key=lambda s: (sort_key(s.name), s.user_id))

    def plan(
        self,
        actor: UserRecord,
        customer_ids: Sequence[int],
        method: HandoverMethod,
        staff_ids: Sequence[int],
        counts: Mapping[int, int] | None = None,
        minimum: int | None = None,
        maximum: int | None = None,
    ) -> HandoverPlan:
        """The split of the selected customers between the chosen staff (in the order given), with names
        and current loads for the preview; raises ValidationError when it is impossible."""
        self._require_manager(actor)
        by_id = {s.user_id: s for s in self._loads()}
        staff = [self._eligible(by_id, uid) for uid in staff_ids]
        return plan_shares(method, len(_unique(customer_ids)), staff, counts, minimum, maximum)

    @staticmethod
    def _eligible(by_id: Mapping[int, StaffLoad], user_id: int, name: str = "") -> StaffLoad:
        load = by_id.get(user_id)
        if load is None:
            raise ValidationError(
                msg("{name} cannot receive customers: the account is disabled or not a sales account."),
                field="staff",
                name=name or f"#{user_id}",
            )
        return load

    @classmethod
    def _check_owners(cls, names: Mapping[int, str]) -> None:
        """Refuse targets that cannot own customers (disabled since the plan was made, say)."""
        u = m.User
        query = u.select(u.id, u.display_name).where(
            u.id.in_(list(names)) & u.active & u.role.in_(OWNER_ROLES)
        )
        found = {int(uid): StaffLoad(int(uid), name, 0) for uid, name in m.tuples(query)}
        for user_id, name in names.items():
            cls._eligible(found, user_id, name)

    # -- writing -------------------------------------------------------------------------------------

    def hand_over(
        self,
        actor: UserRecord,
        customer_ids: Sequence[int],
        plan: HandoverPlan,
        reason: str = "",
        selected_at: datetime | None = None,
    ) -> tuple[HandoverResult, ChangeSet]:
        """Give the customers to staff as planned: consecutive runs of `customer_ids` per staff member in
        plan order. Customers already owned by their planned staff member are left as they are; ids
        deleted meanwhile are skipped (NotFound when all of them are gone). With `selected_at` (when the
        list the selection came from was read), refused when someone else changed any of them since."""
        self._require_manager(actor)
        ids = _unique(customer_ids)
        targets = assign(ids, plan.split)
        summary = bounded_note(reason, "reason")
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            self._check_owners({s.user_id: s.name for s in plan.shares if s.new_count})
            old = self._owners(ids, actor, selected_at)
            names = self._names({*old.values(), *targets})
            pools = self._pools([cid for cid, owner in old.items() if owner is None])
            rows: list[Row] = []
            given: dict[int, int] = {}
            unchanged = 0
            for owner_id, run in targets.items():
                moved = [cid for cid in run if cid in old and old[cid] != owner_id]
                unchanged += sum(1 for cid in run if old.get(cid) == owner_id)
                self._set_owner(moved, owner_id, now, actor)
                given[owner_id] = len(moved)
                rows.extend(
                    (
                        cid,
                        Action.HANDED_OVER,
                        self._change(old[cid], owner_id, names, pools.get(cid)),
                        summary,
                    )
                    for cid in moved
                )
            log_activities(actor, EntityKind.CUSTOMER, rows, now)
        result = HandoverResult(given, unchanged, len(ids) - len(old))
        return result, ChangeSet.of(EntityKind.CUSTOMER, [row[0] for row in rows])

    def revoke(
        self,
        actor: UserRecord,
        customer_ids: Sequence[int],
        reason: str,
        selected_at: datetime | None = None,
        pool_id: int | None = None,
    ) -> ChangeSet:
        """Take the customers back into pool `pool_id` (None: the default pool) with no owner; the reason is
        required. Customers already waiting in that pool are left as they are; those waiting in another
        pool move to it. `selected_at` as for `hand_over`."""
        return self._take_back(actor, customer_ids, None, reason, selected_at, pool_id)

    def move(
        self,
        actor: UserRecord,
        customer_ids: Sequence[int],
        to_user_id: int,
        reason: str,
        selected_at: datetime | None = None,
    ) -> ChangeSet:
        """Take the customers from whoever owns them and give them to `to_user_id`; the reason is
        required. Customers already owned by that staff member are left as they are. `selected_at` as
        for `hand_over`."""
        return self._take_back(actor, customer_ids, to_user_id, reason, selected_at)

    def _take_back(
        self,
        actor: UserRecord,
        customer_ids: Sequence[int],
        to_user_id: int | None,
        reason: str,
        selected_at: datetime | None,
        pool_id: int | None = None,
    ) -> ChangeSet:
        self._require_manager(actor)
        summary = bounded_note(reason, "reason")
        if not summary:
            raise ValidationError(msg("Enter the reason for taking these customers back."), field="reason")
        ids = _unique(customer_ids)
        if not ids:
            raise ValidationError(msg("Select at least one customer."), field="customers")
        now = self.ctx.clock()
        pool_name = ""
        with self.ctx.db.atomic():
            if to_user_id is not None:
                self._check_owners({to_user_id: ""})
            else:
                pool_id, pool_name = existing_pool(pool_id)
            old = self._owners(ids, actor, selected_at)
            names = self._names({*old.values(), to_user_id})
            pools = self._pools([cid for cid, owner in old.items() if owner is None])
            moved = [
                cid
                for cid in ids
                if cid in old
                and (old[cid] != to_user_id or (to_user_id is None and pools[cid][0] != pool_id))
            ]
            # A move is a revoke that names the new owner: REVOKED with the reason, "to" in the changes,
            # and the handover time restarts for the new owner (cleared in the pool). Into a pool: the
            # history names the pool the customer came from, if any, and the one it went to.
            self._set_owner(moved, to_user_id, now, actor, pool_id)
            rows: list[Row] = []
            for cid in moved:
                change = self._change(old[cid], to_user_id, names, pools.get(cid))
                if to_user_id is None:
                    change["pool"] = (change.get("pool", (None, None))[0], pool_name)
                rows.append((cid, Action.REVOKED, change, summary))
            log_activities(actor, EntityKind.CUSTOMER, rows, now)
        return ChangeSet.of(EntityKind.CUSTOMER, moved)

    # -- bulk statements ------------------------------------------------------------------------------

    def _owners(
        self, ids: Sequence[int], actor: UserRecord, selected_at: datetime | None
    ) -> dict[int, int | None]:
        """Customer id → owner id of the customers that still exist; NotFound when none does. With
        `selected_at`: ValidationError (field "selection") when someone else changed any since."""
        c = m.Customer
        changed: Any = pw.Value(0)
        if selected_at is not None:
            since = (c.updated_at > to_db(selected_at - IN_FLIGHT)) & (
                c.updated_by.is_null() | (c.updated_by != actor.id)
            )
            changed = pw.Case(None, [(since, 1)], 0)
        out: dict[int, int | None] = {}
        stale = 0
        for chunk in chunks(ids, CHUNK):
            query = c.select(c.id, c.owner, changed).where(c.id.in_(list(chunk)))
            if not self.ctx.db.is_sqlite:
                # Lock the rows so "from" in the history is the owner we replace, and a colleague's handover
                # still running on them is counted once it commits (SQLite writers are serial).
                query = query.for_update()
            for cid, owner, was_changed in m.tuples(query):
                out[int(cid)] = owner
                stale += was_changed
        if ids and not out:
            raise NotFound(msg("These customers no longer exist: they were deleted on another desktop."))
        if stale:
            raise ValidationError(
                msg("One of the selected customers was changed by someone else since you selected it: "
                    "reload and try again.")
                if stale == 1
                else msg("{count} of the selected customers were changed by someone else since you selected "
                         "them: reload and try again."),
                field="selection",
                count=stale,
            )  # fmt: skip
        return out

    @staticmethod
    def _pools(ids: Sequence[int]) -> dict[int, tuple[int, str]]:
        """Customer id → (pool id, pool name) of unowned customers (their rows are locked already)."""
        c = m.Customer
        found: dict[int, int] = {}
        for chunk in chunks(ids, CHUNK):
            query = c.select(c.id, c.pool).where(c.id.in_(list(chunk)))
            found.update((int(cid), int(pool or DEFAULT_POOL_ID)) for cid, pool in m.tuples(query))
        names = dict(
            m.tuples(m.Pool.select(m.Pool.id, m.Pool.name).where(m.Pool.id.in_(set(found.values()))))
        )
        return {cid: (pid, names.get(pid, "")) for cid, pid in found.items()}

    @staticmethod
    def _names(user_ids: Iterable[int | None]) -> dict[int, str]:
        wanted = [uid for uid in set(user_ids) if uid is not None]
        if not wanted:
            return {}
        query = m.User.select(m.User.id, m.User.display_name).where(m.User.id.in_(wanted))
        return {int(uid): name for uid, name in m.tuples(query)}

    @staticmethod
    def _change(
        old: int | None, new: int | None, names: Mapping[int, str], pool: tuple[int, str] | None = None
    ) -> dict[str, tuple[Any, Any]]:
        # The names beside the ids: the history shows "from → to" as it was, even after a user is renamed;
        # a customer taken from a pool names it.
        old_name = names.get(old) if old is not None else None
        new_name = names.get(new) if new is not None else None
        change: dict[str, tuple[Any, Any]] = {"owner_id": (old, new), "owner": (old_name, new_name)}
        if pool is not None:
            change["pool"] = (pool[1], None)
        return change

    def _set_owner(
        self,
        ids: Sequence[int],
        owner_id: int | None,
        now: datetime,
        actor: UserRecord,
        pool_id: int | None = None,
    ) -> None:
        """One UPDATE per chunk: new owner, handover time (cleared back in the pool), the pool (while
        unowned; the default when None), version + 1."""
        c = m.Customer
        stamp = to_db(now)
        values: dict[Any, Any] = {
            c.owner: owner_id,
            c.pool: (pool_id or DEFAULT_POOL_ID) if owner_id is None else None,
            c.handed_over_at: stamp if owner_id is not None else None,
            c.updated_at: stamp,
            c.updated_by: actor.id,
            c.version: c.version + 1,
        }
        for chunk in chunks(ids, CHUNK):
            c.update(values).where(c.id.in_(list(chunk))).execute()
