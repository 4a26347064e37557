"""`salesapp user unlock NAME`: an administrator's unlock from the command line, with its activity row."""

from __future__ import annotations

from pathlib import Path

import pytest

from salesapp.cli import main
from salesapp.db import models as m
from salesapp.domain.enums import Action, Role
from salesapp.domain.errors import AuthError, SignInLocked
from salesapp.services.admin.sign_in_guard import FREE_TRIES
from salesapp.services.admin.users import cheap_hasher
from salesapp.services.registry import connect


def test_user_unlock(tmp_path: Path, capsys) -> None:
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    services = connect(url, hasher=cheap_hasher())
    try:
        admin, _ = services.users.create_first_admin("boss", "The Boss", "boss-password")
        services.users.create_user(admin, "somsri", "สมศรี", Role.SALES, "sales-pass")
        for _ in range(FREE_TRIES):
            with pytest.raises(AuthError):
                services.users.sign_in("somsri", "wrong-pass")
        with pytest.raises(SignInLocked):
            services.users.sign_in("somsri", "sales-pass")
    finally:
        services.close()
    assert main(["user", "unlock", "nobody", "--db", url]) == 2
    assert "no such user: nobody" in capsys.readouterr().err
    assert main(["user", "unlock", "Somsri", "--db", url]) == 0
    assert capsys.readouterr().out == "unlock: somsri done\n"
    services = connect(url, hasher=cheap_hasher())
    try:
        assert services.users.sign_in("somsri", "sales-pass").username == "somsri"
        row = m.Activity.select().order_by(m.Activity.id.desc()).first()
        assert row.action == Action.UNLOCKED.value and row.user_id == admin.id
    finally:
        services.close()
