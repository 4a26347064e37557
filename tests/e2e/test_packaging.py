"""Build the one-folder app with PyInstaller from packaging/salesapp.spec and run its smoke test."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "salesapp.spec"
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


def _require_pyinstaller() -> None:
    try:
        importlib.import_module("PyInstaller")
    except ImportError as exc:
        message = f"PyInstaller is not importable ({exc}); pip install -e '.[test]'"
        if os.environ.get("CI"):
            pytest.fail(message + ": CI must build the package")
        pytest.skip(message)


def _folder_size_mb(folder: Path) -> float:
    total = 0
    for dirpath, _dirnames, filenames in os.walk(folder):
        for name in filenames:
            total += os.lstat(os.path.join(dirpath, name)).st_size  # symlinks count as links, not targets
    return total / 1_000_000


@pytest.mark.slow
def test_frozen_app_passes_smoke_test(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], record_property: Callable[[str, object], None]
) -> None:
    _require_pyinstaller()
    dist, work = tmp_path / "dist", tmp_path / "build"
    started = time.monotonic()
    command = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work)]
    build = subprocess.run(command, cwd=tmp_path, timeout=BUILD_TIMEOUT_S, check=False, **TEXT_OUTPUT)
    build_s = time.monotonic() - started
    assert build.returncode == 0, f"PyInstaller failed after {build_s:.0f} s:\n{build.stderr[-6000:]}"

    folder = dist / "salesapp"
    executable = folder / ("salesapp.exe" if sys.platform == "win32" else "salesapp")
    assert executable.is_file(), f"no executable at {executable}"
    size_mb = _folder_size_mb(folder)
    record_property("build_seconds", round(build_s, 1))
    record_property("folder_mb", round(size_mb, 1))
    with capsys.disabled():  # shown without -s
        print(f"\npackaging: build {build_s:.1f} s, folder {size_mb:.1f} MB ({folder})")

    home, temp = tmp_path / "home", tmp_path / "temp"
    home.mkdir()
    temp.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SALESAPP_HOME": str(home)}
    env.update(TMPDIR=str(temp), TEMP=str(temp), TMP=str(temp))  # the smoke test's database lands here
    env.pop("PYTHONPATH", None)  # the frozen app must not lean on the developer's site-packages
    run = subprocess.run(
        [str(executable), "--smoke-test"],
        cwd=tmp_path,
        env=env,
        timeout=RUN_TIMEOUT_S,
        check=False,
        **TEXT_OUTPUT,
    )
    output = f"exit code {run.returncode}\nstdout:\n{run.stdout}\nstderr:\n{run.stderr}"
    assert run.returncode == 0, output
    if sys.platform != "win32":  # a windowed Windows program has no stdout: the exit code says it all
        assert "smoke test ok" in run.stdout, output
    problems = [line for line in run.stderr.splitlines() if any(p in line.lower() for p in QT_PROBLEMS)]
    assert not problems, output
