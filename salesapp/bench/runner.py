"""`salesapp bench`: list figures on a real database, each beside a naive baseline run in this process."""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC
from typing import Any

from salesapp.bench._catalogue import catalogue_metrics
from salesapp.bench._followup import followup_metrics
from salesapp.bench._handover import handover_metric
from salesapp.bench._imports import import_metric
from salesapp.bench._opportunities import opportunity_metrics
from salesapp.bench._row_security import row_security_metrics
from salesapp.bench._upsell import upsell_metrics
from salesapp.domain.customers.customer_filter import CustomerFilter, SortKey
from salesapp.services.orders.order_list import OrderFilter, OrderSort
from salesapp.services.registry import Services, connect
from salesapp.services.shared.list_query import COUNT_CAP


def _ms(fn: Callable[[], Any], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def _metric(name: str, samples: list[float], baseline: float | None, rows: int) -> dict[str, Any]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    p50 = statistics.median(ordered)
    return {
        "name": name,
        "value_ms": {"p50": round(p50, 3), "p95": round(p95, 3)},
        "baseline_ms": round(baseline, 1) if baseline is not None else None,
        "ratio": round(baseline / p50, 1) if baseline and p50 else None,
        "rows": rows,
    }


def _naive_load_all(services: Services) -> int:
    """The naive list: every order as a peewee model instance, as a plain model would hold them."""
    from salesapp.db import models as m

    return len(list(m.Order.select().order_by(m.Order.created_at.desc())))


def _naive_by_total() -> list[Any]:
    """Every order through peewee, sorted by total in Python (what a proxy model over the list does)."""
    from salesapp.db import models as m

    return sorted(m.Order.select(), key=lambda o: -o.total_minor)


def _naive_offset(services: Services, offset: int) -> None:
    from salesapp.db import models as m

    list(m.Order.select().order_by(m.Order.created_at.desc(), m.Order.id.desc()).offset(offset).limit(200))


def _naive_group_by(services: Services) -> None:
    import peewee as pw

    from salesapp.db import models as m

    list(m.Order.select(m.Order.status, pw.fn.COUNT(m.Order.id)).group_by(m.Order.status).tuples())


def run_bench(url: str, runs: int = 20, baseline: bool = True) -> list[dict[str, Any]]:
    """Measure the orders list on `url`; returns one dict per metric."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    services = connect(url)
    svc = services.order_list
    admin = next(u for u in services.users.list_users() if u.is_manager)
    results = []
    flt = OrderFilter()

    total = svc.count(admin, flt)
    results.append(
        _metric(
            "open_orders_list",
            _first_paint_samples(services, admin, runs),
            _ms(lambda: _naive_load_all(services), 1)[0] if baseline else None,
            total,
        )
    )
    ids_samples = _ms(lambda: svc.ids(admin, flt), 3)
    ids = svc.ids(admin, flt)
    results.append(_metric("row_id_list_for_jumps", ids_samples, None, len(ids)))
    pages = [ids[i : i + 200].tolist() for i in range(200, 200 * (runs + 1), 200)]
    it = iter(pages)
    results.append(
        _metric(
            "scroll_one_page",
            _ms(lambda: svc.rows(admin, next(it)), len(pages)),
            _ms(lambda: _naive_offset(services, 200), 3)[1] if baseline else None,
            200,
        )
    )
    middle = len(ids) // 2
    results.append(
        _metric(
            "jump_to_middle",
            _ms(lambda: svc.rows(admin, ids[middle : middle + 200].tolist()), runs),
            statistics.median(_ms(lambda: _naive_offset(services, middle), 3)) if baseline else None,
            200,
        )
    )
    end = max(0, len(ids) - 200)
    results.append(
        _metric(
            "jump_to_end",
            _ms(lambda: svc.rows(admin, ids[end:].tolist()), runs),
            statistics.median(_ms(lambda: _naive_offset(services, end), 3)) if baseline else None,
            200,
        )
    )
    results.append(
        _metric(
            "status_counters",
            _ms(lambda: svc.status_counts(admin), runs),
            statistics.median(_ms(lambda: _naive_group_by(services), 3)) if baseline else None,
            total,
        )
    )
    by_total = OrderFilter(sort=OrderSort.TOTAL_DESC)
    results.append(
        _metric(
            "orders_by_total",
            _ms(lambda: (svc.count(admin, by_total, COUNT_CAP), svc.first_page(admin, by_total)), runs),
            _ms(lambda: list(_naive_by_total()), 1)[0] if baseline else None,
            total,
        )
    )
    results.extend(_search_metrics(services, admin, runs, baseline))
    results.extend(_order_search_metrics(services, admin, runs, baseline))
    results.append(_by_name_metric(services, admin, runs, baseline))
    results.extend(followup_metrics(services, admin, runs, baseline, _ms, _metric))
    results.append(handover_metric(services, admin, runs, _ms, _metric, baseline))
    results.extend(upsell_metrics(url, services, admin, runs, _ms, _metric, baseline))
    results.extend(opportunity_metrics(services, admin, runs, _ms, _metric, baseline))
    results.append(import_metric(services, admin, runs, _ms, _metric))
    results.extend(catalogue_metrics(services, admin, runs, _ms, _metric, baseline))
    results.append(_metric("scroll_end_to_end_rss_mb", [_scroll_all_rss(url)], None, len(ids)))
    results.append(_metric("cold_start_smoke_test", _cold_start(), None, 0))
    services.close()
    results.extend(row_security_metrics(url, runs, _ms, _metric))  # PostgreSQL: as staff roles vs owner
    return results


SEARCHES = ("dang thi", "nguyen van", "สมช", "ใจดี", "081-2", "ng", "สม")


def _search_metrics(services: Services, admin: Any, runs: int, baseline: bool) -> list[dict[str, Any]]:
    """One keystroke's answer (hit ids and the first page of rows) per query, beside LIKE '%q%' on name."""
    from salesapp.db import models as m

    svc = services.customer_list
    out = []
    for query in SEARCHES:

        def keystroke(q: str = query) -> int:
            hits = svc.ids(admin, CustomerFilter(text=q))
            svc.rows(admin, hits[:200].tolist())
            return len(hits)

        def naive_keystroke(q: str = query) -> None:
            list(m.Customer.select().where(m.Customer.name.contains(q)).limit(200))

        samples = _ms(keystroke, runs)
        naive = statistics.median(_ms(naive_keystroke, 3)) if baseline else None
        naive_hits = m.Customer.select().where(m.Customer.name.contains(query)).limit(5000).count()
        metric = _metric(f"search_keystroke[{query}]", samples, naive, keystroke())
        metric["baseline_rows"] = naive_hits
        out.append(metric)
    return out


ORDER_SEARCHES = ("SO000005", "nguyen van", "สมช", "081-2")


def _order_search_metrics(services: Services, admin: Any, runs: int, baseline: bool) -> list[dict[str, Any]]:
    """One keystroke in the orders search box (hit ids in list order and the first page of rows), beside
    LIKE '%q%' on the order number or the customer's name over a join."""
    from salesapp.db import models as m
    from salesapp.services.orders.order_list import OrderFilter

    svc = services.order_list
    out = []
    for query in ORDER_SEARCHES:

        def keystroke(q: str = query) -> int:
            hits = svc.search_ids(admin, OrderFilter(), q)
            svc.rows(admin, hits[:200].tolist())
            return len(hits)

        def naive_keystroke(q: str = query) -> None:
            matching = m.Order.number.contains(q) | m.Customer.name.contains(q)
            joined = m.Order.select(m.Order, m.Customer).join(m.Customer).where(matching)
            list(joined.order_by(m.Order.created_at.desc()).limit(200))

        samples = _ms(keystroke, runs)
        naive = statistics.median(_ms(naive_keystroke, 3)) if baseline else None
        out.append(_metric(f"order_search_keystroke[{query}]", samples, naive, keystroke()))
    return out


def _by_name_metric(services: Services, admin: Any, runs: int, baseline: bool) -> dict[str, Any]:
    """The customers list in name order: the first screen (capped count and first page by the key's index),
    then the whole id list (read off the GUI thread for scrollbar jumps)."""
    from salesapp.db import models as m
    from salesapp.domain.collation import sort_key

    svc = services.customer_list
    by_name = CustomerFilter(sort=SortKey.NAME, descending=False)

    def open_by_name() -> int:
        count, _rows = svc.first_page(admin, by_name)
        return count

    def naive() -> None:  # every customer through peewee, sorted in Python
        sorted(m.Customer.select(), key=lambda c: sort_key(c.name))

    samples = _ms(open_by_name, runs)
    ids_ms = statistics.median(_ms(lambda: svc.ids(admin, by_name), 3))
    metric = _metric("customers_by_name", samples, _ms(naive, 1)[0] if baseline else None, open_by_name())
    metric["id_list_ms"] = round(ids_ms, 1)
    return metric


def _first_paint_samples(services: Services, admin: Any, runs: int) -> list[float]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from salesapp.ui.orders.orders_view import OrdersView
    from salesapp.ui.shared.tasks import DbWorker
    from salesapp.ui.shared.view_context import ViewContext

    app = QApplication.instance() or QApplication([])
    services.close()  # the worker thread opens its own connection
    worker = DbWorker()
    samples = []
    view = None
    for _ in range(runs):
        start = time.perf_counter()
        view = OrdersView(ViewContext(worker, admin, UTC, False), services.order_list)
        view.resize(1200, 800)
        view.show()
        loop = QEventLoop()
        view.model.loaded.connect(loop.quit)
        QTimer.singleShot(30_000, loop.quit)
        loop.exec()
        view.list.table.viewport().grab()  # paint the first screen
        samples.append((time.perf_counter() - start) * 1000)
        rest = QEventLoop()  # let this list finish loading its id list before the next opens
        view.model.ids_loaded.connect(rest.quit)
        QTimer.singleShot(30_000, rest.quit)
        rest.exec()
        view.close()
        view.deleteLater()
    worker.stop(services.close)
    app.processEvents()
    return samples


def rss_child(url: str) -> None:
    """In a fresh process: open the orders list, scroll it end to end through the model, print peak RSS MB."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from salesapp.ui.orders.orders_view import OrdersView
    from salesapp.ui.shared.tasks import DbWorker
    from salesapp.ui.shared.view_context import ViewContext

    app = QApplication.instance() or QApplication([])
    services = connect(url)
    admin = next(u for u in services.users.list_users() if u.is_manager)
    services.close()
    worker = DbWorker()
    view = OrdersView(ViewContext(worker, admin, UTC, False), services.order_list)
    view.resize(1200, 800)
    view.show()

    def wait(signal: Any) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)

    wait(view.model.ids_loaded)
    model = view.model
    for row in range(model.page_size, model.rowCount(), model.page_size):
        if model.record(row) is None:  # asks for the page
            wait(model.page_loaded)
        view.list.table.scrollTo(model.index(row, 0))
    app.processEvents()
    worker.stop(services.close)
    print(peak_rss_mb())


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss it is not inherited over exec)."""
    try:
        for line in open("/proc/self/status", encoding="ascii"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _scroll_all_rss(url: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    code = f"from salesapp.bench.runner import rss_child; rss_child({url!r})"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def _cold_start() -> list[float]:
    samples = []
    for _ in range(3):
        with tempfile.TemporaryDirectory() as home:
            env = {**os.environ, "SALESAPP_HOME": home, "QT_QPA_PLATFORM": "offscreen"}
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "salesapp", "--smoke-test"], env=env, capture_output=True, check=True
            )
            samples.append((time.perf_counter() - start) * 1000)
    return samples


def run_backup_bench(url: str) -> list[dict[str, Any]]:
    """Backup and restore of the whole database (slow on a big one: only with --backup)."""
    from salesapp.bench._backup import backup_metrics
    from salesapp.db.url import parse_database_url

    services = connect(url)
    try:
        return backup_metrics(parse_database_url(url), services, _metric, None)
    finally:
        services.close()


def main(url: str, as_json: bool, runs: int, baseline: bool, backup: str = "off") -> int:
    """Print the figures: one JSON object per line with --json, else a table. `backup`: "off", "also" (the
    backup and restore rows after the others) or "only"."""
    metrics = [] if backup == "only" else run_bench(url, runs, baseline)
    if backup != "off":
        metrics += run_backup_bench(url)
    for metric in metrics:
        if as_json:
            print(json.dumps(metric, ensure_ascii=False))
        else:
            v = metric["value_ms"]
            sizes = (
                f"  bytes {metric['bytes']} (baseline {metric.get('baseline_bytes')})"
                if "bytes" in metric
                else ""
            )
            print(
                f"{metric['name']:<28} p50 {v['p50']:>10} p95 {v['p95']:>10}"
                f"  baseline {metric['baseline_ms']}  ratio {metric['ratio']}  rows {metric['rows']}{sizes}"
            )
    return 0
