"""Demo accounts store default-parameter argon2 hashes, one salted hash per account, and the services
`salesapp --demo` opens upgrade any other hash at sign-in (issue 14: "demo accounts share one cheap argon2
hash that `salesapp --demo` never upgrades")."""

from __future__ import annotations

from pathlib import Path

from argon2 import PasswordHasher

from salesapp.db import models as m
from salesapp.demo.demo import DEMO_PASSWORD, prepare_demo_database
from salesapp.services.admin.users import cheap_hasher


def test_demo_accounts_have_default_hashes_each_its_own_and_cheap_ones_are_upgraded(tmp_path: Path) -> None:
    services, manager = prepare_demo_database(tmp_path / "demo.sqlite3")
    try:
        default = PasswordHasher()
        hashes = {row.username: row.password_hash for row in m.User.select()}
        assert len(hashes) == 6 and {"manager", "somsri"} <= set(hashes)
        assert len(set(hashes.values())) == len(hashes)  # a salt of its own each
        for stored in hashes.values():
            assert not default.check_needs_rehash(stored) and default.verify(stored, DEMO_PASSWORD)
        assert manager.username == "manager"
        # A demo database written by an older salesapp: a cheap hash, upgraded at the next sign-in.
        cheap = cheap_hasher().hash(DEMO_PASSWORD)
        m.User.update(password_hash=cheap).where(m.User.username == "somsri").execute()
        services.users.sign_in("somsri", DEMO_PASSWORD)
        upgraded = m.User.get(m.User.username == "somsri").password_hash
        assert upgraded != cheap and not default.check_needs_rehash(upgraded)
    finally:
        services.close()
