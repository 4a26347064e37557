"""`salesapp bench` on PostgreSQL reports the list figures as a salesperson's and a manager's own login
roles (under row-level security) beside the same figures as the owner."""

from __future__ import annotations

from salesapp.bench._row_security import PEOPLE, row_security_metrics
from salesapp.bench.runner import _metric, _ms
from salesapp.demo.demo import fill_demo
from salesapp.services.registry import connect


def test_row_security_figures_beside_the_owners(db_url: str) -> None:
    services = connect(db_url)
    fill_demo(services.db, customers=60, orders=300)
    services.close()
    metrics = row_security_metrics(db_url, 2, _ms, _metric)
    if db_url.startswith("sqlite"):
        assert metrics == []
        return
    names = {m["name"] for m in metrics}
    for person in PEOPLE:
        assert f"rls_{person}_orders_status_counters" in names
        assert f"rls_{person}_search_keystroke[สม]" in names
    assert all(m["baseline_ms"] is not None and m["value_ms"]["p50"] > 0 for m in metrics)
