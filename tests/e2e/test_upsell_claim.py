"""Eight desktops press "Request work" at the same moment: no upsell case is given twice, none is lost.

Real processes (spawn), each with its own connection, released together by one barrier, against an SQLite
file (BEGIN IMMEDIATE) and against the real PostgreSQL server (FOR UPDATE SKIP LOCKED).
"""

from __future__ import annotations

import multiprocessing as mp
from collections import Counter
from datetime import timedelta
from typing import Any

from salesapp.db import models as m
from salesapp.db.mapping import user_record
from salesapp.domain.clock import to_db
from salesapp.domain.enums import Role
from salesapp.domain.errors import ValidationError
from salesapp.domain.upsell import Distribution, UpsellSettings
from salesapp.services.admin.users import cheap_hasher
from salesapp.services.registry import Services, connect

CASES = 200
STAFF = 8
PER_REQUEST = 10
MAX_OPEN = 30  # 8 × 30 ≥ 200: everyone must take part, and everything can be taken


def _seed(services: Services, admin: Any) -> list[int]:
    """CASES pending cases on CASES awaiting orders, and STAFF sales users; returns the users' ids."""
    now = services.ctx.clock()
    at = to_db(now)
    users = [
        services.users.create_user(admin, f"tele{i}", f"เทเลเซล {i}", Role.SALES, "secret-pass")[0].id
        for i in range(STAFF)
    ]
    services.upsell_settings.save(admin, UpsellSettings(distribution=Distribution(PER_REQUEST, MAX_OPEN)), 0)
    with services.db.atomic():
        customer = m.Customer.insert(name="ลูกค้า", search_key="ลูกค้า", created_at=at, updated_at=at).execute()
        m.Order.insert_many(
            [
                {"number": f"SO{i:08d}", "customer": customer, "status": "awaiting", "currency": "THB",
                 "ordered_at": at, "created_at": at, "updated_at": at}
                for i in range(CASES)
            ]
        ).execute()  # fmt: skip
        orders = [r[0] for r in m.tuples(m.Order.select(m.Order.id).order_by(m.Order.id))]
        m.UpsellCase.insert_many(
            [
                {"order": oid, "customer": customer, "status": "pending", "source": "manual",
                 "queued_at": to_db(now + timedelta(seconds=i)), "created_at": at, "updated_at": at}
                for i, oid in enumerate(orders)
            ]
        ).execute()  # fmt: skip
    return users


def _press(url: str, user_id: int, go: Any, results: Any) -> None:
    """One desktop: connect, wait until all are connected, then request work until nothing is left or it
    holds the most it may."""
    services = connect(url, hasher=cheap_hasher())
    try:
        actor = user_record(m.User.get_by_id(user_id))
        go.wait(60)
        claimed: list[int] = []
        while True:
            try:
                got, _ = services.upsell.request_work(actor)
            except ValidationError:  # holding the most allowed
                break
            if not got:
                break
            claimed += got
        results.put((user_id, claimed))
    finally:
        services.close()


def test_eight_desktops_request_work_at_once(db_url: str, tmp_path: Any) -> None:
    services = connect(db_url, hasher=cheap_hasher())
    admin, _ = services.users.create_first_admin("admin", "Admin Ann", "secret-pass")
    users = _seed(services, admin)
    services.close()

    spawn = mp.get_context("spawn")
    go, results = spawn.Barrier(STAFF), spawn.Queue()
    desktops = [spawn.Process(target=_press, args=(db_url, uid, go, results)) for uid in users]
    for p in desktops:
        p.start()
    got = [results.get(timeout=60) for _ in desktops]
    for p in desktops:
        p.join(30)
        assert p.exitcode == 0

    claimed = [case for _, cases in got for case in cases]
    assert not [c for c, n in Counter(claimed).items() if n > 1]  # no case given twice
    assert len(claimed) == CASES  # none lost
    services = connect(db_url, hasher=cheap_hasher())
    try:
        stored = dict(m.tuples(m.UpsellCase.select(m.UpsellCase.id, m.UpsellCase.assignee_id)))
        assert m.UpsellCase.select().where(m.UpsellCase.status == "assigned").count() == CASES
        for uid, cases in got:
            assert all(stored[c] == uid for c in cases)
            assert cases == sorted(cases)  # each request takes the oldest first
        assert len({uid for uid, cases in got if cases}) > 1  # really concurrent: shared out
    finally:
        services.close()
