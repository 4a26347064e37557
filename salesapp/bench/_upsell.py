"""`salesapp bench`, upsell: "Request work" pressed by 8 desktops at once; the upsell list at 100,000 cases.

The bench adds its own pending cases (queued in the year 2000: they are the oldest, so every claim takes
them, never a shop's real cases) on orders that have none, up to 100,000 cases in all
with one INSERT … SELECT; 8 bench staff accounts; and distribution settings that let them claim. All of it
is removed, and the shop's settings restored, at the end, also when the bench fails.

Request work runs in 8 processes released together by a barrier, each with its own connection; the
figure is the time of one request, and the claimed ids of all processes are checked for duplicates. The
baseline is the naive claim (read the oldest pending cases, then update them one by one without a lock),
which hands the same case to several people.
"""

from __future__ import annotations

import multiprocessing as mp
import queue
import statistics
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from salesapp.db import models as m
from salesapp.db.mapping import user_record
from salesapp.domain.enums import Role
from salesapp.domain.errors import ValidationError
from salesapp.domain.upsell import Distribution, UpsellSettings, UpsellSource, UpsellStatus, settings_to_json
from salesapp.services.registry import Services, connect
from salesapp.services.upsell.upsell_list import UpsellFilter

Metric = Callable[[str, list[float], float | None, int], dict[str, Any]]
Timer = Callable[[Callable[[], Any], int], list[float]]

LIST_CASES = 100_000
CLIENTS = 8
PER_REQUEST = 10
QUEUED = "2000-01-01 00:00:00"
"""The queued time of the bench's cases: older than any real case, so claims take only these; and how the
bench finds its cases again to remove them."""
STAFF_PREFIX = "bench-tele-"


def upsell_metrics(
    url: str, services: Services, admin: Any, runs: int, ms: Timer, metric: Metric, baseline: bool = True
) -> list[dict[str, Any]]:
    """The request-work and upsell-list figures (see the module docstring)."""
    import json

    db: Any = services.db
    saved = m.Setting.select().where(m.Setting.key == "upsell").tuples().first()
    requests = max(3, runs)
    try:
        with db.atomic():
            staff = _staff(services)
            claims = CLIENTS * requests * PER_REQUEST
            have = m.UpsellCase.select().count()
            _queue(db, max(claims * (2 if baseline else 1), LIST_CASES - have))
            value = settings_to_json(UpsellSettings(distribution=Distribution(PER_REQUEST, 1000)))
            if saved is None:
                m.Setting.insert(key="upsell", value=json.dumps(value), updated_at=QUEUED).execute()
            else:
                m.Setting.update(value=json.dumps(value)).where(m.Setting.key == "upsell").execute()
        _vacuum(db)
        out = [_list_metric(services, admin, runs, ms, metric, baseline)]
        samples, claimed, duplicates = _press(url, staff, requests, "service")
        naive = None
        naive_duplicates = None
        if baseline:
            _release(db)
            naive_samples, _, naive_duplicates = _press(url, staff, requests, "naive")
            naive = statistics.median(naive_samples)
        result = metric(f"upsell_request_work_{CLIENTS}_clients", samples, naive, claimed)
        result["duplicates"] = duplicates
        result["baseline_duplicates"] = naive_duplicates
        out.insert(0, result)
        return out
    finally:
        _clean(services, saved)
        _vacuum(db)


def _vacuum(db: Any) -> None:
    """PostgreSQL: drop the dead rows of earlier runs (their index entries sort first, as the bench's cases
    do) and refresh the statistics; outside any transaction."""
    if not db.is_sqlite:
        db.pw.execute_sql("VACUUM ANALYZE upsell_cases")


def _staff(services: Services) -> list[int]:
    u = m.User
    have = [r[0] for r in m.tuples(u.select(u.id).where(u.username.startswith(STAFF_PREFIX)).order_by(u.id))]
    for i in range(len(have), CLIENTS):
        have.append(
            int(
                u.insert(
                    username=f"{STAFF_PREFIX}{i}",
                    display_name=f"Bench เทเลเซล {i}",
                    role=Role.SALES.value,
                    password_hash="!",
                    created_at=QUEUED,
                    updated_at=QUEUED,
                ).execute()
            )
        )
    return have[:CLIENTS]


def _queue(db: Any, count: int) -> None:
    """Queue `count` orders that have no case as bench cases, with one INSERT … SELECT."""
    p = db.pw.param
    db.pw.execute_sql(
        "INSERT INTO upsell_cases (order_id, customer_id, status, source, queued_at, created_at, updated_at, "
        f"version) SELECT o.id, o.customer_id, {p}, {p}, {p}, {p}, {p}, 1 FROM orders o WHERE NOT EXISTS "
        f"(SELECT 1 FROM upsell_cases u WHERE u.order_id = o.id) ORDER BY o.id LIMIT {p}",
        (UpsellStatus.PENDING.value, UpsellSource.MANUAL.value, QUEUED, QUEUED, QUEUED, max(0, count)),
    )


def _list_metric(
    services: Services, admin: Any, runs: int, ms: Timer, metric: Metric, baseline: bool
) -> dict[str, Any]:
    lists = services.upsell_list
    flt = UpsellFilter(UpsellStatus.PENDING)

    def open_tab() -> int:
        lists.counts(admin)
        return len(lists.first_page(admin, flt))

    def naive() -> None:  # every case through peewee, counted and sorted in Python
        cases = list(m.UpsellCase.select())
        Counter(c.status for c in cases)
        sorted((c for c in cases if c.status == "pending"), key=lambda c: (c.queued_at, c.id))[:200]

    samples = ms(open_tab, runs)
    total = m.UpsellCase.select().count()
    return metric(
        f"upsell_list_{total // 1000}k_counts_first_page",
        samples,
        ms(naive, 1)[0] if baseline else None,
        total,
    )


def _press(url: str, staff: list[int], requests: int, mode: str) -> tuple[list[float], int, int]:
    """Run CLIENTS processes pressing "Request work" `requests` times each; (per-request ms, cases claimed,
    cases claimed by more than one process)."""
    spawn = mp.get_context("spawn")
    barrier, results = spawn.Barrier(CLIENTS), spawn.Queue()
    procs = [
        spawn.Process(target=_client, args=(url, uid, requests, mode, barrier, results)) for uid in staff
    ]
    for p in procs:
        p.start()
    got: list[tuple[list[int], list[float]]] = []
    while len(got) < len(procs):
        try:
            got.append(results.get(timeout=1))
        except queue.Empty:
            if not any(p.is_alive() for p in procs) and results.empty():
                raise RuntimeError("a bench client stopped without reporting") from None
    for p in procs:
        p.join(60)
    samples = [t for _, times in got for t in times]
    claimed = Counter(case for cases, _ in got for case in cases)
    return samples, len(claimed), sum(1 for n in claimed.values() if n > 1)


def _client(url: str, user_id: int, requests: int, mode: str, barrier: Any, results: Any) -> None:
    """One desktop: connect, wait for the others, press `requests` times; reports (ids, ms per press)."""
    services = connect(url)
    claimed: list[int] = []
    times: list[float] = []
    try:
        actor = user_record(m.User.get_by_id(user_id))
        barrier.wait(120)
        for _ in range(requests):
            start = time.perf_counter()
            if mode == "service":
                try:
                    got, _ = services.upsell.request_work(actor)
                except ValidationError:
                    break
            else:
                got = _naive_claim(user_id)
            times.append((time.perf_counter() - start) * 1000)
            claimed += got
    finally:
        results.put((claimed, times))
        services.close()


def _naive_claim(user_id: int) -> list[int]:
    """What a first version would do: read the oldest pending cases, then update each, no lock."""
    c = m.UpsellCase
    ids = [
        r[0]
        for r in m.tuples(
            c.select(c.id).where(c.status == "pending").order_by(c.queued_at, c.id).limit(PER_REQUEST)
        )
    ]
    for cid in ids:
        c.update(status="assigned", assignee=user_id).where(c.id == cid).execute()
    return ids


def _release(db: Any) -> None:
    """Back to pending between the two runs: the bench cases and nothing else."""
    with db.atomic():
        _delete_activities(db)
        m.UpsellCase.update(status="pending", assignee=None, assigned_at=None).where(
            m.UpsellCase.queued_at == QUEUED
        ).execute()


def _delete_activities(db: Any) -> None:
    p = db.pw.param
    db.pw.execute_sql(
        f"DELETE FROM activities WHERE entity = {p} AND entity_id IN "
        f"(SELECT id FROM upsell_cases WHERE queued_at = {p})",
        ("upsell_case", QUEUED),
    )


def _clean(services: Services, saved: tuple[Any, ...] | None) -> None:
    """Remove everything the bench added and put the shop's settings back as they were."""
    db = services.db
    with db.atomic():
        _delete_activities(db)
        m.UpsellCase.delete().where(m.UpsellCase.queued_at == QUEUED).execute()
        m.User.delete().where(m.User.username.startswith(STAFF_PREFIX)).execute()
        m.Setting.delete().where(m.Setting.key == "upsell").execute()
        if saved is not None:
            key, value, updated_at, updated_by, version = saved
            m.Setting.insert(
                key=key, value=value, updated_at=updated_at, updated_by=updated_by, version=version
            ).execute()
