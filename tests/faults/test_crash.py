"""kill -9 in the middle of saving: a child process saves notes through the services and is killed with
SIGKILL at random moments, again and again; the file stays sound and every save it reported is there."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from salesapp.db.connection import open_database
from salesapp.demo.demo import fill_demo
from salesapp.services.admin.users import cheap_hasher
from salesapp.services.registry import connect

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("crash_child.py")
KILLS = 20


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_kill_9_while_saving_loses_no_reported_save(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    url = "sqlite:///" + path.as_posix()
    services = connect(url, hasher=cheap_hasher())
    fill_demo(services.db, customers=40, orders=300, seed=9, sales_work=False)
    services.close()
    seed = int(os.environ.get("SALESAPP_CRASH_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    reported: list[str] = []
    started = time.monotonic()
    for run in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(CHILD), url, f"r{run}"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
        )  # fmt: skip
        assert child.stdout is not None
        ready = child.stdout.readline()
        assert ready == "ready\n", child.stderr.read() if child.stderr else ready
        time.sleep(rng.uniform(0.02, 0.6))
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate(timeout=10)
        assert child.returncode == -signal.SIGKILL, err
        reported += [line for line in out.splitlines(keepends=True) if line.endswith("\n")]
    assert time.monotonic() - started < 60
    assert len(reported) > KILLS * 5, f"too few saves to mean anything (seed {seed})"

    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], f"seed {seed}"
    stored = {r[0] for r in conn.execute("SELECT text FROM followup_notes")}
    conn.close()
    missing = [line.rstrip("\n") for line in reported if line.rstrip("\n") not in stored]
    assert missing == [], f"{len(missing)} reported saves lost (seed {seed}): {missing[:5]}"
    open_database(url).close()  # and the app opens it again
