"""The frozen app, built once per test session by packaging/build.py and shared by the packaging tests."""

from __future__ import annotations

import sys
import time

import pytest

from tests.e2e.packaging_support import FrozenBuild, require_pyinstaller, run_build


@pytest.fixture(scope="session")
def frozen_build(tmp_path_factory: pytest.TempPathFactory) -> FrozenBuild:
    """`build.py --target none`: PyInstaller's one-folder build plus THIRD_PARTY_NOTICES.txt."""
    require_pyinstaller()
    base = tmp_path_factory.mktemp("frozen")
    started = time.monotonic()
    output = run_build(
        "--target", "none", "--dist", str(base / "dist"), "--work", str(base / "work"), cwd=base
    )
    seconds = time.monotonic() - started
    folder = base / "dist" / "salesapp"
    executable = folder / ("salesapp.exe" if sys.platform == "win32" else "salesapp")
    assert executable.is_file(), f"no executable at {executable}:\n{output[-3000:]}"
    return FrozenBuild(folder=folder, executable=executable, seconds=seconds, output=output)
