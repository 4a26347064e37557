"""The shop's SQLite file when things go wrong: a full disk at open and in the middle of a session (a real
one: a child process whose file-size limit runs out), a file cut short, pages overwritten, an empty file, a
folder that may not be opened. Each gets its own plain message, and a refused file is left as it was."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from salesapp.db.connection import open_database
from salesapp.demo.demo import fill_demo
from salesapp.domain.errors import DatabaseOpenError
from salesapp.services.admin.users import cheap_hasher
from salesapp.services.registry import connect

ROOT = Path(__file__).resolve().parents[2]
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX resource limits and permissions")

# A child that may write no more than LIMIT bytes to any one file (SIGXFSZ ignored: the write fails with
# EFBIG, as on a full disk it fails with ENOSPC) and prints what happened as JSON.
_CHILD_PRELUDE = """
import json, resource, signal, sys
from pathlib import Path
from salesapp.domain.errors import SalesappError

def limit_files(size):
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, resource.RLIM_INFINITY))

def unlimited():
    resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))

def outcome(fn):
    try:
        fn()
        return "ok"
    except SalesappError as exc:
        return type(exc).__name__ + ": " + exc.message
"""


def run_child(body: str, *args: str, prefix: list[str] | None = None) -> dict:
    code = _CHILD_PRELUDE + textwrap.dedent(body)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [*(prefix or []), sys.executable, "-c", code, *args],
        capture_output=True, text=True, timeout=60, env=env, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def url_of(path: Path) -> str:
    return "sqlite:///" + path.as_posix()


def make_shop(path: Path, orders: int = 400) -> None:
    services = connect(url_of(path), hasher=cheap_hasher())
    fill_demo(services.db, customers=60, orders=orders, seed=5, sales_work=False)
    services.close()


def damaged_message(exc: pytest.ExceptionInfo[DatabaseOpenError]) -> str:
    text = exc.value.message
    assert "is damaged" in text and "backups" in text, text
    return text


@posix_only
@pytest.mark.parametrize("limit", [0, 4096, 100_000])
def test_disk_full_when_creating_says_so_and_leaves_no_half_made_file(tmp_path: Path, limit: int) -> None:
    path = tmp_path / "shop.sqlite3"
    result = run_child(
        """
        from salesapp.db.connection import open_database
        limit_files(int(sys.argv[2]))
        first = outcome(lambda: open_database("sqlite:///" + sys.argv[1]).close())
        unlimited()
        left = sorted(p.name for p in Path(sys.argv[1]).parent.iterdir())
        print(json.dumps({"first": first, "left": left}))
        """,
        path.as_posix(),
        str(limit),
    )
    assert result["first"].startswith("DatabaseOpenError: The disk that holds the database"), result
    assert "is full" in result["first"] and "not a salesapp database" not in result["first"]
    assert result["left"] == []  # nothing half-made: the retry after freeing space starts afresh
    db = open_database(url_of(path))  # space freed: it works
    db.close()


@posix_only
def test_disk_full_in_the_middle_of_a_session_then_space_freed(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    services = connect(url_of(path), hasher=cheap_hasher())
    services.users.create_first_admin("admin", "Admin Ann", "secret-pass")
    services.close()
    result = run_child(
        """
        from salesapp.domain.enums import Role
        from salesapp.services.admin.users import cheap_hasher
        from salesapp.services.registry import connect
        path = Path(sys.argv[1])
        services = connect("sqlite:///" + sys.argv[1], hasher=cheap_hasher())
        admin = services.users.sign_in("admin", "secret-pass")
        sizes = [p.stat().st_size for p in path.parent.glob(path.name + "*")]
        limit_files(max(sizes) + 16384)
        results = []
        for i in range(300):
            results.append(outcome(lambda: services.users.create_user(
                admin, f"clerk{i}", "พนักงาน " * 20 + str(i), Role.SALES, "secret-pass-long")))
            if results[-1] != "ok":
                break
        unlimited()
        after = outcome(
            lambda: services.users.create_user(admin, "after", "After", Role.SALES, "secret-pass-long"))
        services.close()
        print(json.dumps({"results": results, "after": after}))
        """,
        path.as_posix(),
    )
    failed = result["results"][-1]
    assert failed.startswith("DatabaseOpenError: The disk that holds the database"), result["results"][-3:]
    assert "nothing was saved" in failed and "cannot rollback" not in failed
    assert result["after"] == "ok"  # saves work again once there is space
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    saved = conn.execute("SELECT COUNT(*) FROM users WHERE username LIKE 'clerk%'").fetchone()[0]
    assert saved == len(result["results"]) - 1  # each refused save left nothing behind
    conn.close()


def test_file_cut_short_is_called_damaged_and_points_to_the_backups(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    make_shop(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(DatabaseOpenError) as refused:
        open_database(url_of(path))
    text = damaged_message(refused)
    assert "no copy in the backups folder" in text and "not a salesapp database" not in text
    assert path.read_bytes() == data[: len(data) // 2]  # left as it was, no backup of it made
    assert not (tmp_path / "backups").exists()
    # With a copy in backups/ the message says to put it in place.
    (tmp_path / "backups").mkdir()
    (tmp_path / "backups" / "shop-before-v9-20261101-101010.sqlite3").write_bytes(data)
    with pytest.raises(DatabaseOpenError) as refused:
        open_database(url_of(path))
    assert "newest copy from the backups folder" in damaged_message(refused)
    # The first bytes only: damaged too, not "another program's file".
    path.write_bytes(data[:10])
    with pytest.raises(DatabaseOpenError, match="is damaged"):
        open_database(url_of(path))


def _overwrite_table_pages(path: Path, table: str) -> None:
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno", (table,))]
    conn.close()
    with path.open("r+b") as fh:
        for page in pages[len(pages) // 3 : len(pages) // 3 + 3]:
            fh.seek((page - 1) * page_size)
            fh.write(bytes([0x5A, 0xA5]) * (page_size // 2))


def test_overwritten_pages_are_found_by_the_check_after_opening(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    make_shop(path, orders=1500)
    _overwrite_table_pages(path, "orders")
    db = open_database(url_of(path))  # the cheap checks at open pass: the header and the schema are intact
    try:
        with pytest.raises(DatabaseOpenError) as found:
            db.check_damage()
        damaged_message(found)
        # A statement that meets a bad page says the same, not "database disk image is malformed".
        with pytest.raises(DatabaseOpenError) as met:
            db.pw.execute_sql("SELECT * FROM orders NOT INDEXED").fetchall()
        damaged_message(met)
    finally:
        db.close()


def test_check_of_a_sound_file_passes(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    make_shop(path)
    db = open_database(url_of(path))
    db.check_damage()
    db.close()


def test_empty_file_is_refused_not_turned_into_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    path.touch()
    with pytest.raises(DatabaseOpenError) as refused:
        open_database(url_of(path))
    text = refused.value.message
    assert "empty file (0 bytes)" in text and "backups" in text
    assert path.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop.sqlite3"]  # no backup, no WAL, no schema


@posix_only
def test_missing_folder_under_one_that_may_not_be_opened(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o000)
    prefix: list[str] = []
    if os.geteuid() == 0:  # root reads every folder: run the child without that capability
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("setpriv is needed to drop root's folder permissions")
        prefix = [setpriv, "--bounding-set", "-dac_override,-dac_read_search"]
        if subprocess.run([*prefix, "true"], capture_output=True).returncode != 0:
            pytest.skip("this container may not drop capabilities")
    try:
        result = run_child(
            """
            from salesapp.db.connection import open_database
            print(json.dumps({"missing_folder": outcome(lambda: open_database("sqlite:///" + sys.argv[1])),
                              "file": outcome(lambda: open_database("sqlite:///" + sys.argv[2]))}))
            """,
            (locked / "sub" / "shop.sqlite3").as_posix(),
            (locked / "shop.sqlite3").as_posix(),
            prefix=prefix,
        )
    finally:
        locked.chmod(0o755)
    for text in result.values():
        assert text.startswith("DatabaseOpenError: salesapp may not open the folder " + str(locked)), result
        assert "PermissionError" not in text and "Errno" not in text


def test_the_window_says_when_the_check_after_opening_finds_damage(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from salesapp.app import AppController
    from salesapp.ui.shared.i18n import Translations

    path = tmp_path / "shop.sqlite3"
    make_shop(path, orders=1500)
    _overwrite_table_pages(path, "orders")
    app = QApplication.instance()
    translations = Translations(app)
    translations.install("en")
    controller = AppController(app, translations, connect_fn=lambda url, pw=None: connect(url, pw))
    try:
        controller.start(url_of(path))
        qtbot.waitUntil(
            lambda: controller.sign_in is not None and controller.sign_in.isVisible(), timeout=10_000
        )
        # Opening did not wait for the check; its finding arrives on the sign-in dialog.
        qtbot.waitUntil(lambda: controller.sign_in.message.isVisible(), timeout=10_000)
        assert "is damaged" in controller.sign_in.message.text()
        assert controller.damage == controller.sign_in.message.text()
    finally:
        if controller.sign_in is not None:
            controller.sign_in.close()
        controller.shutdown()
