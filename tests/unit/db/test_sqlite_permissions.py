"""SQLite mode: the database file, its -wal and -shm files, the backups beside it, Back up now's file and
a restored database are readable and writable by their owner only (0600), whatever the umask allows."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from salesapp.db.sqlite_file import backup_sqlite
from salesapp.services.admin.users import cheap_hasher
from salesapp.services.backup.restore_service import restore_backup
from salesapp.services.registry import connect

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The usual umask (group and others may read): the files must still be the owner's only."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_database_wal_shm_and_backups_are_the_owners_only(tmp_path: Path) -> None:
    path = tmp_path / "shop" / "shop.sqlite3"
    services = connect("sqlite:///" + path.as_posix(), hasher=cheap_hasher())
    try:
        admin, _ = services.users.create_first_admin("admin", "Ann", "secret-pass")
        wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
        assert wal.exists() and shm.exists()
        assert {p.name: mode(p) for p in (path, wal, shm)} == {
            "shop.sqlite3": 0o600, "shop.sqlite3-wal": 0o600, "shop.sqlite3-shm": 0o600,
        }  # fmt: skip
        assert mode(backup_sqlite(services.db.pw, path, "test")) == 0o600  # the copy before an upgrade
        backup = tmp_path / "backups" / "now.salesapp-backup"
        services.backups.back_up(admin, backup)  # File → Back up now…
        assert mode(backup) == 0o600
    finally:
        services.close()
    restored = tmp_path / "restored.sqlite3"
    restore_backup(backup, "sqlite:///" + restored.as_posix())
    assert mode(restored) == 0o600


def test_an_existing_files_permissions_are_left_as_its_owner_set_them(tmp_path: Path) -> None:
    """Only files salesapp creates are made private: a shop that shares its file with a group keeps it so."""
    path = tmp_path / "shop.sqlite3"
    connect("sqlite:///" + path.as_posix(), hasher=cheap_hasher()).close()
    path.chmod(0o660)
    services = connect("sqlite:///" + path.as_posix(), hasher=cheap_hasher())
    try:
        services.users.create_first_admin("admin", "Ann", "secret-pass")
        assert mode(path) == 0o660 and mode(Path(f"{path}-wal")) == 0o660
    finally:
        services.close()
