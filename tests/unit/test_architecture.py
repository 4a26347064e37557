"""The shape of the package: no module past 600 lines, and layers made of rooms (docstrings: ruff D1)."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "salesapp"
MAX_LINES = 600
GENERATED = {PACKAGE / "ui" / "resources_rc.py"}


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if p not in GENERATED)


def test_no_module_over_600_lines() -> None:
    too_long = {
        str(p.relative_to(PACKAGE)): n
        for p in modules()
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert too_long == {}, f"split these by responsibility (STYLE.md): {too_long}"


def test_the_check_counts_lines_it_should() -> None:
    # The check above is only worth something if it sees the big modules: the largest is over 300 lines.
    assert max(len(p.read_text(encoding="utf-8").splitlines()) for p in modules()) > 300
    assert len(modules()) > 150


def test_layers_are_made_of_rooms() -> None:
    """The top of services/ and ui/ holds rooms (packages), not loose feature modules."""
    allowed = {
        "services": {"__init__.py", "registry.py"},
        "ui": {"__init__.py", "resources_rc.py"},
    }
    for layer, names in allowed.items():
        loose = {p.name for p in (PACKAGE / layer).glob("*.py")} - names
        assert loose == set(), f"{layer}/ has loose modules {loose}: put them in a room"
