"""The list figures under PostgreSQL's row-level security, beside the same figures as the owner.

Each case runs first on the owner's connection (the URL given to `salesapp bench`: row security does not
filter the owner, the services' own checks do), then on the person's own login role (a salesperson, the
most filtered, and the manager), with the same acting user: the ratio is what the policies cost. The demo
data's staff have login roles with the demo password (`salesapp demo` on PostgreSQL); without them the
section is left out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from salesapp.db.models import database_proxy
from salesapp.db.pg_names import login_url
from salesapp.demo.demo import DEMO_PASSWORD
from salesapp.domain.customers.customer_filter import CustomerFilter, SortKey
from salesapp.domain.errors import SalesappError
from salesapp.domain.records import UserRecord
from salesapp.services.followup.followup_list import FollowUpFilter
from salesapp.services.orders.order_list import OrderFilter
from salesapp.services.registry import Services, connect
from salesapp.services.shared.list_query import COUNT_CAP

Metric = Callable[[str, list[float], float | None, int], dict[str, Any]]
Timer = Callable[[Callable[[], Any], int], list[float]]
PEOPLE = ("somsri", "manager")
"""The demo's busiest salesperson and its manager."""


def _cases(services: Services, actor: UserRecord) -> dict[str, Callable[[], Any]]:
    orders, customers, followups = services.order_list, services.customer_list, services.followup_list
    by_name = CustomerFilter(sort=SortKey.NAME, descending=False)
    nguyen = CustomerFilter(text="nguyen van")
    return {
        "orders_status_counters": lambda: orders.status_counts(actor),
        "orders_first_page": lambda: (
            orders.count(actor, OrderFilter(), COUNT_CAP),
            orders.first_page(actor, OrderFilter()),
        ),
        "customers_by_name": lambda: customers.first_page(actor, by_name),
        "search_keystroke[สม]": lambda: customers.first_page(actor, CustomerFilter(text="สม")),
        "search_keystroke[nguyen van]": lambda: customers.first_page(actor, nguyen),
        "followup_counters": lambda: followups.kind_counts(actor, FollowUpFilter()),
        "followup_first_page": lambda: followups.first_page(actor, FollowUpFilter()),
        "upsell_counters": lambda: services.upsell_list.counts(actor),
    }


def _timed(services: Services, fn: Callable[[], Any], ms: Timer) -> float:
    database_proxy.initialize(services.db.pw)  # the models follow this connection for the call
    return ms(fn, 1)[0]


def row_security_metrics(url: str, runs: int, ms: Timer, metric: Metric) -> list[dict[str, Any]]:
    """`rls_<person>_<case>` with the owner's median as the baseline; nothing on SQLite or without the
    demo's login roles. The two connections take turns, case by case, so that a busy machine slows both
    alike."""
    if url.startswith("sqlite"):
        return []
    out: list[dict[str, Any]] = []
    for person in PEOPLE:
        owner = connect(url)
        try:
            mine = connect(login_url(url, person), DEMO_PASSWORD)
        except SalesappError:
            owner.close()
            return out  # no login role with the demo password: not a demo database
        try:
            database_proxy.initialize(owner.db.pw)
            actor = next(u for u in owner.users.list_users() if u.username == person)
            cases = {"owner": _cases(owner, actor), "person": _cases(mine, actor)}
            samples: dict[str, dict[str, list[float]]] = {"owner": {}, "person": {}}
            for _ in range(runs + 1):  # the first round warms caches and plans
                for name in cases["owner"]:
                    for who in ("owner", "person"):
                        services = owner if who == "owner" else mine
                        samples[who].setdefault(name, []).append(_timed(services, cases[who][name], ms))
        finally:
            mine.close()
            database_proxy.initialize(owner.db.pw)
            owner.close()
        for name, timings in samples["person"].items():
            baseline = sorted(samples["owner"][name][1:])[runs // 2]
            out.append(metric(f"rls_{person}_{name}", timings[1:], baseline, 0))
    return out
