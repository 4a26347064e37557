"""`salesapp user …`: scripted staff set-up, passwords read from stdin."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from salesapp.cli import main
from salesapp.services.registry import connect


def test_user_verbs_on_a_new_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    assert main(["user", "add", "somsri", "--db", url, "--password", "sales-pass"]) == 2  # first: an admin
    monkeypatch.setattr("sys.stdin", io.StringIO("boss-password\n"))
    assert main(["user", "add", "boss", "--role", "admin", "--name", "The Boss", "--db", url]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("sales-pass\n"))
    assert main(["user", "add", "somsri", "--name", "สมศรี", "--password-stdin", "--db", url]) == 0
    assert main(["user", "set-role", "somsri", "manager", "--db", url]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("reset-pass\n"))
    assert main(["user", "set-password", "somsri", "--db", url]) == 0
    assert main(["user", "disable", "boss", "--db", url]) == 2  # the last enabled administrator
    assert main(["user", "disable", "somsri", "--db", url]) == 0
    capsys.readouterr()
    assert main(["user", "list", "--db", url]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert sorted(listed) == ["boss\tThe Boss\tadmin\tenabled", "somsri\tสมศรี\tmanager\tdisabled"]
    assert main(["user", "enable", "somsri", "--db", url]) == 0
    services = connect(url)
    try:
        assert services.users.sign_in("somsri", "reset-pass").must_change_password
    finally:
        services.close()
