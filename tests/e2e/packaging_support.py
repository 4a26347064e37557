"""Helpers for the packaging tests: run packaging/build.py, find tools, skip or fail, show timings."""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD_PY = ROOT / "packaging" / "build.py"
BUILD_TIMEOUT_S = 600
RUN_TIMEOUT_S = 120
TEXT_OUTPUT: dict[str, Any] = {"capture_output": True, "encoding": "utf-8", "errors": "replace"}
# Messages Qt prints when the frozen folder misses a plugin or a library it needs.
QT_PROBLEMS = (
    "could not find the qt platform plugin",
    "could not load the qt platform plugin",
    "this application failed to start",
    "cannot load library",
    "cannot mix incompatible qt library",
    "qt.qpa.plugin",
    "qt.qpa.fonts",
    "qfontdatabase",
    "traceback (most recent call last)",
)


@dataclass(frozen=True)
class FrozenBuild:
    """The one-folder app that packaging/build.py froze for this test session."""

    folder: Path
    executable: Path
    seconds: float
    output: str


def missing(what: str) -> None:
    """Skip a test whose tool is missing here, but fail it in CI, which must run it."""
    if os.environ.get("CI"):
        pytest.fail(f"{what}: CI must run this test (see SYSTEM_PACKAGES in scripts/test.sh)")
    pytest.skip(what)


def require_pyinstaller() -> None:
    try:
        importlib.import_module("PyInstaller")
    except ImportError as exc:
        missing(f"PyInstaller is not importable ({exc}); pip install -e '.[test]'")


def require_tool(*names: str) -> str:
    """The first of `names` on PATH (skip or fail when none is)."""
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    missing(f"{' / '.join(names)} not found")
    raise AssertionError("unreachable")


def run_build(*args: str, cwd: Path) -> str:
    """Run packaging/build.py with `args`; its output, or a failed test with the end of it."""
    command = [sys.executable, str(BUILD_PY), *args]
    result = subprocess.run(command, cwd=cwd, timeout=BUILD_TIMEOUT_S, check=False, **TEXT_OUTPUT)
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"build.py {' '.join(args)} failed:\n{output[-6000:]}"
    return output


def step_lines(output: str) -> list[str]:
    """build.py's own lines ("packaging: ..."): each step's time, the files written and their sizes."""
    return [line for line in output.splitlines() if line.startswith("packaging: ")]


def show(capsys: pytest.CaptureFixture[str], title: str, lines: list[str]) -> None:
    """Print in the test output even without -s."""
    with capsys.disabled():
        print(f"\n{title}")
        for line in lines:
            print(f"  {line}")


def qt_problems(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if any(p in line.lower() for p in QT_PROBLEMS)]
