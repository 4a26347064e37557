"""Backup and restore figures (`salesapp bench --backup`): time and file size of "Back up now" and of a
restore into a new database, beside SQLite's own backup API or `pg_dump` / `pg_restore` where installed.

These rows take minutes on the 1,000,000-order demo, so they run only when asked for. Restores go into new
databases made here and removed again: a file in a temporary folder, and on PostgreSQL a database created
on the same server (skipped when the user may not create one).
"""

from __future__ import annotations

import glob
import os
import shutil
import sqlite3
import subprocess
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg

from salesapp.db.url import DatabaseUrl
from salesapp.services.backup.restore_service import restore_backup
from salesapp.services.registry import Services

Metric = Callable[[str, list[float], float | None, int], dict[str, Any]]


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    out = fn()
    return (time.perf_counter() - start) * 1000, out


def pg_tool(name: str) -> str | None:
    """The newest installed PostgreSQL client program `name` (pg_dump, pg_restore), if any."""
    found = shutil.which(name)
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda p: int(p.split("/")[4]))
    return candidates[-1] if candidates else found


def backup_metrics(
    url: DatabaseUrl, services: Services, metric: Metric, password: str | None
) -> list[dict[str, Any]]:
    """Back up the database at `url` and restore it into a new one; each beside the backend's own tool."""
    out = []
    folder = Path(tempfile.mkdtemp(prefix="salesapp-bench-backup-"))
    try:
        file = folder / "bench.salesapp-backup"
        # As the command line backs up: no account (a made-up one would be refused as unknown).
        ms, result = _timed(lambda: services.backups.back_up(None, file))
        base_ms, base_bytes = (
            _sqlite_backup_api(url, folder) if url.is_sqlite else _pg_dump(url, folder, password)
        )
        row = metric("backup_now", [ms], base_ms, result.rows)
        row.update(
            bytes=result.size_bytes,
            baseline_bytes=base_bytes,
            baseline="sqlite3 backup API" if url.is_sqlite else "pg_dump -Fc",
        )
        out.append(row)

        target = folder / "restored.sqlite3"
        ms, restored = _timed(lambda: restore_backup(file, "sqlite:///" + target.as_posix()))
        row = metric("restore_into_sqlite", [ms], None, restored.rows)
        row.update(bytes=target.stat().st_size)
        out.append(row)
        pg = _restore_into_postgresql(url, file, folder, password, metric)
        if pg is not None:
            out.append(pg)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return out


def _sqlite_backup_api(url: DatabaseUrl, folder: Path) -> tuple[float | None, int | None]:
    """Python's sqlite3 backup API (what `sqlite3 .backup` does) of the whole file."""
    assert url.path is not None
    copy = folder / "api-copy.sqlite3"
    source = sqlite3.connect(str(url.path.expanduser()))
    dest = sqlite3.connect(str(copy))
    try:
        ms, _ = _timed(lambda: source.backup(dest))
    finally:
        dest.close()
        source.close()
    return ms, copy.stat().st_size


def _env(url: DatabaseUrl, password: str | None) -> dict[str, str]:
    env = dict(os.environ)
    secret = password if password is not None else url.password
    if secret:
        env["PGPASSWORD"] = secret
    return env


def _pg_args(url: DatabaseUrl) -> list[str]:
    return ["-h", url.host, "-p", str(url.port), *(["-U", url.user] if url.user else [])]


def _pg_dump(url: DatabaseUrl, folder: Path, password: str | None) -> tuple[float | None, int | None]:
    tool = pg_tool("pg_dump")
    if tool is None:
        return None, None
    dump = folder / "bench.dump"
    command = [tool, *_pg_args(url), "-Fc", "-f", str(dump), url.database]
    ms, done = _timed(
        lambda: subprocess.run(command, env=_env(url, password), capture_output=True, check=False)
    )
    if done.returncode != 0:
        return None, None
    return ms, dump.stat().st_size


def _restore_into_postgresql(
    url: DatabaseUrl, file: Path, folder: Path, password: str | None, metric: Metric
) -> dict[str, Any] | None:
    """Restore into a new database on the server of `url` (PostgreSQL sources only), beside pg_restore."""
    if url.is_sqlite:
        return None
    name = f"salesapp_bench_{uuid.uuid4().hex[:8]}"
    admin = _server(url, password)
    try:
        with psycopg.connect(**admin, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.Error:
        return None
    try:
        target = f"postgresql://{url.user}@{url.host}:{url.port}/{name}"
        ms, restored = _timed(
            lambda: restore_backup(file, target, password if password is not None else url.password)
        )
        row = metric(
            "restore_into_postgresql", [ms], _pg_restore(url, folder, password, admin), restored.rows
        )
        row.update(baseline="pg_restore into a new database")
        return row
    finally:
        with psycopg.connect(**admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _server(url: DatabaseUrl, password: str | None) -> dict[str, Any]:
    return {
        "host": url.host,
        "port": url.port,
        "user": url.user or None,
        "password": password if password is not None else url.password,
        "dbname": url.database,
    }


def _pg_restore(url: DatabaseUrl, folder: Path, password: str | None, admin: dict[str, Any]) -> float | None:
    tool, dump = pg_tool("pg_restore"), folder / "bench.dump"
    if tool is None or not dump.exists():
        return None
    name = f"salesapp_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(**admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        command = [tool, *_pg_args(url), "-d", name, "-j", "2", str(dump)]
        ms, done = _timed(
            lambda: subprocess.run(command, env=_env(url, password), capture_output=True, check=False)
        )
        return ms if done.returncode == 0 else None
    finally:
        with psycopg.connect(**admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
