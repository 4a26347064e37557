"""Third-party notices: the runtime requirements walked with markers and extras, the licence texts, the
file shipped with a frozen build, `write_notices` and `salesapp notices`."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from salesapp import __version__, notices
from salesapp.cli import main
from salesapp.notices._requirements import marker_holds, parse_requirement, runtime_distributions

LINUX_311 = {"sys_platform": "linux", "python_version": "3.11", "implementation_name": "cpython"}


@pytest.mark.parametrize(
    ("marker", "extra", "holds"),
    [
        ('sys_platform == "win32"', "", False),
        ('sys_platform == "linux"', "", True),
        ('python_version < "3.12"', "", True),
        ("python_version >= '3.11' and python_version < '3.13'", "", True),
        ('python_version >= "3.14"', "", False),
        ('implementation_name != "pypy" and extra == "binary"', "binary", True),
        ('implementation_name != "pypy" and extra == "binary"', "", False),
        ('extra == "test"', "Test", True),
        ('sys_platform == "win32" or (extra == "c" and python_version > "3.8")', "c", True),
        ("'lin' in sys_platform", "", True),
        ("'lin' not in sys_platform", "", False),
    ],
)
def test_markers(marker: str, extra: str, holds: bool) -> None:
    assert marker_holds(marker, extra, LINUX_311) is holds


def test_requirement_strings() -> None:
    assert parse_requirement('psycopg[binary]>=3.1,<4; python_version < "4"') == (
        "psycopg",
        frozenset({"binary"}),
        'python_version < "4"',
    )
    assert parse_requirement("jaraco.classes") == ("jaraco.classes", frozenset(), "")


def test_extras_pull_in_their_packages() -> None:
    def names(requirements: list[str]) -> set[str]:
        return {d.metadata["Name"].lower().replace("_", "-") for d in runtime_distributions(requirements)}

    assert "psycopg-binary" in names(["psycopg[binary]"])
    assert "psycopg-binary" not in names(["psycopg"])
    assert {"argon2-cffi-bindings", "cffi", "pycparser"} <= names(["argon2-cffi"])


def test_runtime_packages_of_salesapp_with_their_licences() -> None:
    packages = {p.name.lower().replace("_", "-"): p for p in notices.bundled_packages()}
    expected = {"pyside6-essentials", "shiboken6", "peewee", "psycopg", "psycopg-binary", "appdirs"}
    expected |= {"argon2-cffi", "keyring", "geothai", "vietnam-provinces", "openpyxl", "et-xmlfile"}
    assert expected <= packages.keys()
    assert not {"pytest", "ruff", "mypy", "pyinstaller", "salesapp"} & packages.keys()
    assert "LGPL-3.0-only" in packages["pyside6-essentials"].licence
    assert packages["openpyxl"].licence == "MIT"
    peewee = packages["peewee"]
    assert peewee.home_page.startswith("https://") and "Permission is hereby granted" in peewee.texts[0][1]


def test_notices_text() -> None:
    text = notices.build_notices()
    assert text.startswith(f"salesapp {__version__}: third-party notices")
    assert " ".join(notices.QT_NOTICE.split()) in " ".join(text.split())
    assert max(len(line) for line in text.splitlines()[:40]) <= 78
    assert "PySide6" in text and "LGPL" in text
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "GNU GENERAL PUBLIC LICENSE" in text
    assert "SIL OPEN FONT LICENSE" in text.upper()
    assert "PYTHON SOFTWARE FOUNDATION LICENSE" in text.upper()


@pytest.mark.parametrize("where", ["beside the executable", "in the bundle"])
def test_a_frozen_build_reads_the_shipped_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    folder = tmp_path / "salesapp"
    bundle = folder / "_internal"
    bundle.mkdir(parents=True)
    shipped = (folder if where == "beside the executable" else bundle) / notices.NOTICES_FILE
    shipped.write_text("Qt under the LGPL: shipped notices ✓\n", encoding="utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "salesapp"))
    assert notices.third_party_notices() == "Qt under the LGPL: shipped notices ✓\n"


def test_not_frozen_builds_them_live(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert notices.shipped_notices() is None


def test_write_notices_and_the_cli_verb(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    written = notices.write_notices(tmp_path / "dist" / notices.NOTICES_FILE)
    assert written == tmp_path / "dist" / notices.NOTICES_FILE
    assert written.read_text(encoding="utf-8") == notices.build_notices()
    out = tmp_path / "cli.txt"
    assert main(["notices", "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    assert "PySide6" in out.read_text(encoding="utf-8")
