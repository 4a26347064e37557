"""Issue 22: sales staff's order counters (`owner_id = ? AND status = ?`) are served by one index."""

from __future__ import annotations

import pytest

from salesapp.services.registry import Services

COUNTER = "SELECT COUNT(*) FROM (SELECT 1 FROM orders WHERE owner_id = {p} AND status = {p} LIMIT 10000) AS c"


def _plan(services: Services, sql: str, params: tuple) -> str:
    db = services.db.pw
    if services.db.is_sqlite:
        rows = db.execute_sql("EXPLAIN QUERY PLAN " + sql.format(p="?"), params).fetchall()
        return "\n".join(str(r[-1]) for r in rows)
    db.execute_sql("SET enable_seqscan = off")  # a test table is small: ask which index could serve it
    try:
        rows = db.execute_sql("EXPLAIN " + sql.format(p="%s"), params).fetchall()
    finally:
        db.execute_sql("RESET enable_seqscan")
    return "\n".join(str(r[0]) for r in rows)


def test_a_sales_counter_reads_the_owner_status_index(services: Services, admin) -> None:
    plan = _plan(services, COUNTER, (admin.id, "new"))
    assert "orders_owner_status_created" in plan, plan
    if services.db.is_sqlite:
        assert "owner_id=? AND status=?" in plan
    else:
        assert "Index Only Scan" in plan


@pytest.mark.parametrize("column", ["owner_id", "status"])
def test_the_index_leads_with_owner_then_status(services: Services, column: str) -> None:
    if services.db.is_sqlite:
        rows = services.db.pw.execute_sql("PRAGMA index_info(orders_owner_status_created)").fetchall()
        columns = [r[2] for r in sorted(rows)]
    else:
        (definition,) = services.db.pw.execute_sql(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'orders_owner_status_created'"
        ).fetchone()
        columns = [c.strip().split()[0] for c in definition.split("(", 1)[1].split(",")]
    assert columns.index(column) == ["owner_id", "status"].index(column)
