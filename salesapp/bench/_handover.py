"""`salesapp bench`, handover: 10,000 customers handed over evenly across 8 staff, beside a per-row baseline.

Everything runs inside one transaction that is rolled back at the end: the customers and staff the bench
needs are added when the database has fewer, the handovers are written for real (owners, versions, one
activity row per customer) and then undone, so a benchmark never changes a shop's data.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from salesapp.db import models as m
from salesapp.domain.clock import to_db
from salesapp.domain.collation import sort_key
from salesapp.domain.customers.handover import HandoverMethod
from salesapp.domain.enums import Action, EntityKind, Role
from salesapp.domain.records import UserRecord
from salesapp.domain.search import customer_search_key
from salesapp.services.customers.handover import HandoverService
from salesapp.services.registry import Services
from salesapp.services.shared.audit import log_activity, versioned_update

Metric = Callable[[str, list[float], float | None, int], dict[str, Any]]
Timer = Callable[[Callable[[], Any], int], list[float]]

CUSTOMERS = 10_000
STAFF = 8
NAIVE_CUSTOMERS = 500  # the per-row way takes seconds for 10,000: time 500 and scale up
MAX_RUNS = 5  # each run writes 10,000 activity rows into the open transaction


def handover_metric(
    services: Services, admin: Any, runs: int, ms: Timer, metric: Metric, baseline: bool = True
) -> dict[str, Any]:
    """Hand over 10,000 customers evenly across 8 staff (rolled back); the naive baseline is per-row ORM
    updates with one `log_activity` each, timed for 500 customers and scaled to 10,000."""
    svc = HandoverService(services.ctx)
    now = services.ctx.clock()
    with services.db.atomic() as transaction:
        ids = _customers(now)
        staff = _staff(svc, admin, now)
        # Each run gives the blocks to the staff rotated by one, so every customer changes owner every run.
        plans = [
            svc.plan(admin, ids, HandoverMethod.EVENLY, staff[k % STAFF :] + staff[: k % STAFF])
            for k in range(max(1, min(runs, MAX_RUNS)))
        ]
        it = iter(plans)
        samples = ms(lambda: svc.hand_over(admin, ids, next(it), "bench"), len(plans))
        naive = None
        if baseline:
            naive = ms(lambda: _naive(admin, ids[:NAIVE_CUSTOMERS], staff, now), 1)[0]
            naive *= CUSTOMERS / NAIVE_CUSTOMERS
        transaction.rollback()
    return metric("handover_10000_evenly_8_staff", samples, naive, len(ids))


def _customers(now: Any) -> list[int]:
    """The first 10,000 customers by id, adding customers when the database has fewer."""
    c = m.Customer
    missing = CUSTOMERS - c.select().count()
    stamp = to_db(now)
    rows = []
    for i in range(max(0, missing)):
        name = f"Bench ลูกค้า {i}"
        rows.append((name, customer_search_key(name, None, None, None), sort_key(name), stamp, stamp))
    fields = [c.name, c.search_key, c.sort_name, c.created_at, c.updated_at]
    for start in range(0, len(rows), 1000):
        c.insert_many(rows[start : start + 1000], fields=fields).as_rowcount().execute()
    return [int(i) for (i,) in m.tuples(c.select(c.id).order_by(c.id).limit(CUSTOMERS))]


def _staff(svc: HandoverService, admin: Any, now: Any) -> list[int]:
    """Ids of 8 staff who can own customers, adding sales accounts (that cannot sign in) when missing."""
    have = [s.user_id for s in svc.staff_loads(admin)][:STAFF]
    stamp = to_db(now)
    for i in range(len(have), STAFF):
        have.append(
            int(
                m.User.insert(
                    username=f"bench-staff-{i}",
                    display_name=f"Bench พนักงาน {i}",
                    role=Role.SALES.value,
                    password_hash="!",
                    created_at=stamp,
                    updated_at=stamp,
                ).execute()
            )
        )
    return have


def _naive(admin: UserRecord, ids: list[int], staff: list[int], now: Any) -> None:
    """What a first version would do: per customer, read it, save it with the version check, log it."""
    per = -(-len(ids) // len(staff))
    for n, cid in enumerate(ids):
        row = m.Customer.get_by_id(cid)
        owner = staff[n // per]
        values = {"owner": owner, "handed_over_at": to_db(now)}
        versioned_update(m.Customer, cid, row.version, values, admin, now)
        log_activity(
            admin,
            EntityKind.CUSTOMER,
            cid,
            Action.HANDED_OVER,
            now,
            {"owner_id": (row.owner_id, owner)},
            "bench",
        )
