"""open_database on SQLite and PostgreSQL: settings, migrations, refusals that modify nothing."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import peewee as pw
import pytest

from salesapp.db import migrations
from salesapp.db.connection import open_database
from salesapp.db.models import ALL_MODELS
from salesapp.db.netshare import is_network_path
from salesapp.db.url import parse_database_url
from salesapp.domain.errors import ConnectionLost, DatabaseOpenError


def test_open_migrates_every_table_the_models_use(db_url: str) -> None:
    db = open_database(db_url)
    try:
        assert db.migrated == tuple(mig.number for mig in migrations.MIGRATIONS)
        assert migrations.current_version(db.pw) == migrations.LATEST
        for model in ALL_MODELS:  # every model column exists in the migrated schema
            model.select().limit(0).execute()
        again = open_database(db_url)
        assert again.migrated == ()
        again.close()
    finally:
        db.close()


def test_sqlite_settings(tmp_path: Path) -> None:
    db = open_database("sqlite:///" + (tmp_path / "s.sqlite3").as_posix())
    pragma = lambda name: db.pw.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("synchronous") == 2  # FULL: a power cut keeps every reported commit
    assert pragma("busy_timeout") >= 5000
    with db.atomic():  # BEGIN IMMEDIATE: the write lock is taken at once
        other = sqlite3.connect(tmp_path / "s.sqlite3", timeout=0)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()
    db.close()


def test_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    db = open_database("sqlite:///" + path.as_posix())
    db.pw.execute_sql("INSERT INTO schema_version VALUES (?, '2030-01-01', '9.0')", (migrations.LATEST + 5,))
    db.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError, match="newer version"):
        open_database("sqlite:///" + path.as_posix())
    assert path.read_bytes() == before


def test_newer_schema_refused_on_postgresql(db_url: str) -> None:
    db = open_database(db_url)
    db.pw.execute_sql(
        f"INSERT INTO schema_version VALUES ({db.pw.param}, '2030-01-01', '9.0')", (migrations.LATEST + 1,)
    )
    db.close()
    with pytest.raises(DatabaseOpenError, match="newer version"):
        open_database(db_url)


def test_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("กรุณาโทรกลับ — this is a text file", encoding="utf-8")
    with pytest.raises(DatabaseOpenError, match="not an SQLite file"):
        open_database("sqlite:///" + path.as_posix())
    assert path.read_text(encoding="utf-8").startswith("กรุณา")


def test_sqlite_file_of_another_program(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseOpenError, match="another program"):
        open_database("sqlite:///" + path.as_posix())


def test_network_share_refused() -> None:
    assert is_network_path(Path("//fileserver/shop/salesapp.sqlite3"))
    with pytest.raises(DatabaseOpenError, match="network share"):
        open_database("sqlite:////" + "/fileserver/shop/salesapp.sqlite3")


def test_missing_file_without_create(tmp_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="no database file"):
        open_database("sqlite:///" + (tmp_path / "nope.sqlite3").as_posix(), create=False)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    if os.geteuid() == 0:  # root ignores permission bits: make the folder immutable instead
        if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
            pytest.skip("cannot make a read-only folder as root here")
    else:
        folder.chmod(0o555)
    try:
        with pytest.raises(DatabaseOpenError, match="read-only"):
            open_database("sqlite:///" + (folder / "db.sqlite3").as_posix())
        assert not (folder / "db.sqlite3").exists()
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)


def test_unknown_url_and_unreachable_server() -> None:
    with pytest.raises(DatabaseOpenError, match="not a database address"):
        parse_database_url("mysql://x@y/z")
    with pytest.raises(ConnectionLost, match="cannot be reached"):
        open_database("postgresql://nobody@127.0.0.1:9/none?connect_timeout=2")


def test_wrong_server_password() -> None:
    from tests.helpers.fixtures import pg_base_url

    base = pg_base_url()
    if base is None:
        pytest.skip("no PostgreSQL server")
    import psycopg

    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute("DROP ROLE IF EXISTS pw_user")
        conn.execute("CREATE ROLE pw_user LOGIN PASSWORD 'right-one'")
    host = base.split("@", 1)[1].rsplit("/", 1)[0]
    try:
        with pytest.raises(DatabaseOpenError, match="refused the user name or password"):
            open_database(f"postgresql://pw_user@{host}/postgres", password="wrong")
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute("DROP ROLE IF EXISTS pw_user")


def _add_migration(monkeypatch: pytest.MonkeyPatch, statements: list[str]) -> int:
    number = migrations.LATEST + 1
    monkeypatch.setattr(
        migrations, "MIGRATIONS", (*migrations.MIGRATIONS, migrations.Migration(number, statements))
    )
    monkeypatch.setattr(migrations, "LATEST", number)
    return number


def test_upgrade_backs_up_sqlite_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "shop.sqlite3"
    open_database("sqlite:///" + path.as_posix()).close()
    number = _add_migration(monkeypatch, ["CREATE TABLE extra (id {pk}, note TEXT)"])
    db = open_database("sqlite:///" + path.as_posix())
    assert db.migrated == (number,)
    assert db.backup_path is not None and db.backup_path.exists()
    backup = sqlite3.connect(db.backup_path)
    assert backup.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == number - 1
    backup.close()
    db.close()


def test_failed_migration_rolls_back(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    open_database(db_url).close()
    _add_migration(monkeypatch, ["CREATE TABLE half_done (id {pk})", "THIS IS NOT SQL"])
    with pytest.raises(DatabaseOpenError):
        open_database(db_url)
    monkeypatch.undo()
    db = open_database(db_url)
    assert not db.pw.table_exists("half_done")
    assert migrations.current_version(db.pw) == migrations.LATEST
    db.close()


def test_models_are_never_bound_to_a_closed_database(tmp_path: Path) -> None:
    db = open_database("sqlite:///" + (tmp_path / "c.sqlite3").as_posix())
    db.close()
    assert isinstance(db.pw, pw.SqliteDatabase)
