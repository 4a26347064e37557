"""`salesapp bench`, opportunities: open the board and the managers' pipeline summary over 50,000
opportunities, each beside the naive way (every opportunity through peewee, grouped in Python).

Runs inside one transaction that is rolled back at the end: when the database holds fewer than 50,000
opportunities, the missing ones are added with one INSERT … SELECT over the customers, and then undone,
so a benchmark never changes a shop's data.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from salesapp.db import models as m
from salesapp.domain.clock import to_db
from salesapp.domain.opportunity import StageKind, forecast, is_stale
from salesapp.services.registry import Services

Metric = Callable[[str, list[float], float | None, int], dict[str, Any]]
Timer = Callable[[Callable[[], Any], int], list[float]]

OPPORTUNITIES = 50_000
MAX_REPEAT = 500  # each customer carries at most this many bench opportunities
BANGKOK = ZoneInfo("Asia/Bangkok")


def opportunity_metrics(
    services: Services, admin: Any, runs: int, ms: Timer, metric: Metric, baseline: bool = True
) -> list[dict[str, Any]]:
    """Open the board (5 columns: counts, totals per currency, stale counts, 30 cards each) and the
    pipeline summary per salesperson over 50,000 opportunities; rolled back afterwards."""
    lists = services.opportunity_list
    out = []
    with services.db.atomic() as transaction:
        total = _ensure_opportunities(services)
        database: Any = services.db.pw
        database.execute_sql("ANALYZE opportunities")  # the planner sees the added rows (both backends)
        out.append(
            metric(
                "opportunity_board_50000",
                ms(lambda: lists.board(admin), runs),
                ms(lambda: _naive_board(services), 1)[0] if baseline else None,
                total,
            )
        )
        out.append(
            metric(
                "opportunity_pipeline_summary",
                ms(lambda: lists.pipeline(admin, BANGKOK), runs),
                ms(lambda: _naive_pipeline(services), 1)[0] if baseline else None,
                total,
            )
        )
        transaction.rollback()
    return out


def _ensure_opportunities(services: Services) -> int:
    """Add opportunities up to 50,000 with one INSERT … SELECT (customers × a small repeat table):
    amounts, currencies, stages (won and lost too) and last activity times spread by id."""
    have = m.Opportunity.select().count()
    missing = OPPORTUNITIES - have
    customers = m.Customer.select().count()
    if missing <= 0 or not customers:
        return have
    db: Any = services.db.pw
    p = db.param
    stages = [(s.id, s.kind) for s in services.opportunity_stages.stages()]
    now = services.ctx.clock()
    repeat = min(MAX_REPEAT, -(-missing // customers))
    ks = " UNION ALL ".join(f"SELECT {k} AS k" for k in range(repeat))
    n = len(stages)
    stage_case = " ".join(f"WHEN {i} THEN {sid}" for i, (sid, _) in enumerate(stages))
    closed_case = " ".join(
        f"WHEN {i} THEN {p}" for i, (_, kind) in enumerate(stages) if kind != StageKind.OPEN
    )
    times = [to_db(now - timedelta(days=d, hours=d % 24)) for d in range(0, 60, 3)]  # 20 activity times
    time_case = " ".join(f"WHEN {i} THEN {p}" for i in range(len(times)))
    closed_params = [to_db(now) for _, kind in stages if kind != StageKind.OPEN]
    mix = "(c.id * 31 + r.k * 17)"
    mod = "%" if services.db.is_sqlite else "%%"  # psycopg reads a lone % as a placeholder
    sql = (
        "INSERT INTO opportunities (customer_id, owner_id, title, amount_minor, currency, stage_id, "
        "search_key, stage_entered_at, last_activity_at, closed_at, created_at, updated_at) "
        f"SELECT c.id, c.owner_id, 'Bench ' || c.name, ({mix} {mod} 5000 + 1) * 10000, "
        "CASE WHEN c.country = 'VN' THEN 'VND' ELSE 'THB' END, "
        f"CASE {mix} {mod} {n} {stage_case} END, 'bench', "
        f"CASE {mix} {mod} {len(times)} {time_case} END, CASE {mix} {mod} {len(times)} {time_case} END, "
        f"CASE {mix} {mod} {n} {closed_case} ELSE NULL END, {p}, {p} "
        f"FROM customers c CROSS JOIN ({ks}) AS r ORDER BY r.k, c.id LIMIT {missing}"
    )
    # The timestamp parameters appear in SQL order: last activity twice, closed, created and updated.
    params = [*times, *times, *closed_params, to_db(now), to_db(now)]
    db.execute_sql(sql, params)
    return int(m.Opportunity.select().count())


def _naive_board(services: Services) -> dict[int, Any]:
    """What a first version would do: every opportunity as a model instance, its stage looked up, grouped
    and totalled in Python, each column sorted for its cards."""
    now = services.ctx.clock()
    stages = {s.id: s for s in m.OpportunityStage.select()}
    columns: dict[int, dict[str, Any]] = {}
    for o in m.Opportunity.select():
        stage = stages[o.stage_id]
        if stage.kind != StageKind.OPEN.value:
            continue
        col = columns.setdefault(stage.id, {"count": 0, "totals": {}, "stale": 0, "rows": []})
        col["count"] += 1
        amount, weighted = col["totals"].get(o.currency, (0, 0))
        col["totals"][o.currency] = (
            amount + o.amount_minor,
            weighted + forecast(o.amount_minor, stage.probability),
        )
        col["stale"] += is_stale(o.last_activity_at, stage.idle_days, to_db(now))
        col["rows"].append(o)
    for col in columns.values():
        col["rows"] = sorted(col["rows"], key=lambda o: (o.last_activity_at, o.id))[:30]
    return columns


def _naive_pipeline(services: Services) -> dict[Any, Any]:
    """Every opportunity through peewee, grouped per owner in Python."""
    stages = {s.id: s for s in m.OpportunityStage.select()}
    out: dict[Any, list[int]] = {}
    for o in m.Opportunity.select():
        stage = stages[o.stage_id]
        row = out.setdefault(o.owner_id, [0, 0, 0, 0, 0])
        if stage.kind == StageKind.OPEN.value:
            row[0] += 1
            row[1] += o.amount_minor
            row[2] += forecast(o.amount_minor, stage.probability)
        elif stage.kind == StageKind.WON.value:
            row[3] += 1
        else:
            row[4] += 1
    return out
