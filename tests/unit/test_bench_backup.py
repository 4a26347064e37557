"""`salesapp bench --backup only`: the backup and restore rows, with sizes beside SQLite's backup API."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from salesapp.demo.demo import fill_demo
from salesapp.services.registry import connect


def test_backup_rows_run_on_demand(tmp_path: Path) -> None:
    url = "sqlite:///" + (tmp_path / "bench.sqlite3").as_posix()
    services = connect(url)
    fill_demo(services.db, customers=50, orders=200, seed=2)
    services.close()
    out = subprocess.run(
        [sys.executable, "-m", "salesapp", "bench", "--db", url, "--json", "--backup", "only"],
        capture_output=True, text=True, check=True, timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "SALESAPP_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    metrics = {
        m["name"]: m for m in (json.loads(line) for line in out.stdout.splitlines() if line.startswith("{"))
    }
    assert set(metrics) == {"backup_now", "restore_into_sqlite"}  # only these: the list figures were skipped
    backup = metrics["backup_now"]
    assert backup["rows"] > 1000 and backup["bytes"] > 0 and backup["baseline_bytes"] > 0
    assert backup["baseline_ms"] is not None and backup["baseline"] == "sqlite3 backup API"
    assert metrics["restore_into_sqlite"]["rows"] == backup["rows"]
    assert not list(Path("/tmp").glob("salesapp-bench-backup-*/bench.salesapp-backup"))  # cleaned up
