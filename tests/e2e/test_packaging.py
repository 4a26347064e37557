"""The one-folder app frozen by packaging/build.py (session fixture `frozen_build`) passes its smoke test."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e.packaging_support import (
    RUN_TIMEOUT_S,
    TEXT_OUTPUT,
    FrozenBuild,
    qt_problems,
    show,
    step_lines,
)


def _folder_size_mb(folder: Path) -> float:
    total = 0
    for dirpath, _dirnames, filenames in os.walk(folder):
        for name in filenames:
            total += os.lstat(os.path.join(dirpath, name)).st_size  # symlinks count as links, not targets
    return total / 1_000_000


@pytest.mark.slow
def test_frozen_app_passes_smoke_test(
    frozen_build: FrozenBuild,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    record_property: Callable[[str, object], None],
) -> None:
    folder = frozen_build.folder
    size_mb = _folder_size_mb(folder)
    record_property("build_seconds", round(frozen_build.seconds, 1))
    record_property("folder_mb", round(size_mb, 1))
    show(
        capsys,
        f"packaging: build {frozen_build.seconds:.1f} s, folder {size_mb:.1f} MB ({folder})",
        step_lines(frozen_build.output),
    )

    notices = folder / "THIRD_PARTY_NOTICES.txt"
    assert notices.is_file(), "build.py must write THIRD_PARTY_NOTICES.txt beside the executable"
    text = notices.read_text(encoding="utf-8")
    assert "LGPL" in text and "PySide6" in text, text[:2000]

    home, temp = tmp_path / "home", tmp_path / "temp"
    home.mkdir()
    temp.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SALESAPP_HOME": str(home)}
    env.update(TMPDIR=str(temp), TEMP=str(temp), TMP=str(temp))  # the smoke test's database lands here
    env.pop("PYTHONPATH", None)  # the frozen app must not lean on the developer's site-packages
    started = time.monotonic()
    run = subprocess.run(
        [str(frozen_build.executable), "--smoke-test"],
        cwd=tmp_path,
        env=env,
        timeout=RUN_TIMEOUT_S,
        check=False,
        **TEXT_OUTPUT,
    )
    record_property("smoke_test_seconds", round(time.monotonic() - started, 2))
    output = f"exit code {run.returncode}\nstdout:\n{run.stdout}\nstderr:\n{run.stderr}"
    assert run.returncode == 0, output
    if sys.platform != "win32":  # a windowed Windows program has no stdout: the exit code says it all
        assert "smoke test ok" in run.stdout, output
    assert not qt_problems(run.stderr), output
