"""`salesapp bench` runs on a small database and prints one JSON object per metric with its fields."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from salesapp.demo.demo import fill_demo
from salesapp.services.registry import connect


def test_bench_prints_json_metrics(tmp_path: Path) -> None:
    url = "sqlite:///" + (tmp_path / "bench.sqlite3").as_posix()
    services = connect(url)
    fill_demo(services.db, customers=100, orders=600, seed=1)
    services.close()
    out = subprocess.run(
        [sys.executable, "-m", "salesapp", "bench", "--db", url, "--json", "--runs", "3"],
        capture_output=True, text=True, check=True, timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "SALESAPP_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    metrics = [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]
    names = {m["name"] for m in metrics}
    assert {
        "open_orders_list",
        "scroll_one_page",
        "jump_to_middle",
        "jump_to_end",
        "status_counters",
        "followup_open_list",
        "followup_tab_counters",
        "followup_switch_tab",
        "followup_save_note",
        "order_search_keystroke[nguyen van]",
        "order_search_keystroke[SO000005]",
        "upsell_request_work_8_clients",
        "opportunity_board_50000",
        "opportunity_pipeline_summary",
        "product_search_100000[th]",
        "product_search_100000[vi]",
    } <= names
    for metric in metrics:
        assert {"name", "value_ms", "baseline_ms", "ratio", "rows"} <= set(metric)
        assert metric["value_ms"]["p50"] <= metric["value_ms"]["p95"]
    saved = next(m for m in metrics if m["name"] == "followup_save_note")
    assert saved["rows"] == 3  # three notes saved (and rolled back: the bench leaves no trace)
    check = connect(url)
    assert (
        check.db.pw.execute_sql("SELECT COUNT(*) FROM followup_notes WHERE text LIKE 'bench:%'").fetchone()[0]
        == 0
    )
    bench_products = "SELECT COUNT(*) FROM products WHERE sku LIKE 'BENCH-%'"
    assert check.db.pw.execute_sql(bench_products).fetchone()[0] == 0  # 100,000 added, then removed
    check.close()
    opened = next(m for m in metrics if m["name"] == "open_orders_list")
    assert opened["rows"] == 600 and opened["baseline_ms"] is not None
    searched = {m["name"]: m for m in metrics if m["name"].startswith("search_keystroke")}
    assert (
        searched["search_keystroke[dang thi]"]["rows"]
        >= searched["search_keystroke[dang thi]"]["baseline_rows"]
    )
    by_number = next(m for m in metrics if m["name"] == "order_search_keystroke[SO000005]")
    assert by_number["rows"] > 0  # the demo numbers orders SO00000001…
