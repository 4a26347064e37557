"""Installers built by packaging/build.py from the session's frozen folder.

- .deb: installed with dpkg -i into this (CI) machine, its /usr/bin/salesapp passes the smoke test in a
  clean environment where no salesapp Python package is importable, then dpkg -r removes it all; the
  .tar.gz is built beside it.
- NSIS: the Windows script compiles (fast, uncompressed) against the frozen folder and 7-Zip finds the
  app, the notices and the uninstaller inside a PE32 Windows installer. Built from the Linux folder, the
  setup is no working Windows app: this checks the script, not the program.
"""

from __future__ import annotations

import os
import re
import select
import shutil
import subprocess
import sys
import tarfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from salesapp import __version__
from tests.e2e.packaging_support import (
    RUN_TIMEOUT_S,
    TEXT_OUTPUT,
    FrozenBuild,
    missing,
    qt_problems,
    require_tool,
    run_build,
    show,
    step_lines,
)

NOTICES = "THIRD_PARTY_NOTICES.txt"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux packages")


def _run(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, timeout=RUN_TIMEOUT_S, check=False, **TEXT_OUTPUT, **kwargs)


def _package_installed(name: str) -> bool:
    status = _run(["dpkg-query", "-W", "-f", "${Status}", name])
    return status.returncode == 0 and "installed" in status.stdout.split()


def _clean_env(home: Path) -> dict[str, str]:
    """What a desktop session gives a program: no PYTHONPATH, no virtual environment, no SALESAPP_HOME."""
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "TMPDIR": str(home),
        "QT_QPA_PLATFORM": "offscreen",
    }


def _smoke_test(command: list[str], env: dict[str, str], cwd: Path) -> float:
    started = time.monotonic()
    run = _run(command, env=env, cwd=cwd)
    seconds = time.monotonic() - started
    output = f"{' '.join(command)}: exit code {run.returncode}\nstdout:\n{run.stdout}\nstderr:\n{run.stderr}"
    assert run.returncode == 0, output
    assert "smoke test ok" in run.stdout, output
    assert not qt_problems(run.stderr), output
    return seconds


def _smoke_test_on_xvfb(command: list[str], env: dict[str, str], cwd: Path) -> float | None:
    """The same on a real X server (Qt's xcb plugin and the system libraries the .deb depends on)."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        return None
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as pipe:  # Xvfb writes its display number once it accepts clients
            ready, _, _ = select.select([pipe], [], [], 15)
            display = pipe.readline().strip() if ready else ""
        if not display:
            return None
        xcb_env = {k: v for k, v in env.items() if k != "QT_QPA_PLATFORM"}
        return _smoke_test(command, {**xcb_env, "DISPLAY": f":{display}"}, cwd)
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.slow
@linux_only
def test_deb_installs_runs_in_a_clean_environment_and_removes(
    frozen_build: FrozenBuild,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    record_property: Callable[[str, object], None],
) -> None:
    require_tool("dpkg-deb")
    require_tool("dpkg")
    if os.geteuid() != 0:
        missing("installing a .deb needs root (CI runs as root)")
    if _package_installed("salesapp") and not os.environ.get("CI"):
        pytest.skip("a salesapp package is installed on this machine: not touching it")

    dist = tmp_path / "dist"
    output = run_build(
        *("--frozen", str(frozen_build.folder), "--dist", str(dist), "--work", str(tmp_path / "work")),
        *("--target", "deb", "--target", "tar", "--fast"),
        cwd=tmp_path,
    )
    (deb,) = dist.glob("salesapp_*.deb")
    (tar,) = dist.glob("salesapp-*-linux-*.tar.gz")

    fields = _run(["dpkg-deb", "-f", str(deb), "Package", "Version", "Depends", "Installed-Size"]).stdout
    assert "Package: salesapp" in fields and f"Version: {__version__}" in fields, fields
    assert re.search(r"Depends: .*libc6 \(>= 2\.\d+\).*libgl1", fields), fields
    contents = _run(["dpkg-deb", "-c", str(deb)]).stdout
    for path in (
        "./opt/salesapp/salesapp",
        f"./opt/salesapp/{NOTICES}",
        "./usr/bin/salesapp -> /opt/salesapp/salesapp",
        "./usr/share/applications/salesapp.desktop",
        "./usr/share/doc/salesapp/copyright",
        *(f"./usr/share/icons/hicolor/{s}x{s}/apps/salesapp.png" for s in PNG_SIZES),
    ):
        assert path in contents, f"{path} not in the .deb:\n{contents[:3000]}"
    with tarfile.open(tar) as archive:
        names = set(archive.getnames())
    assert {f"salesapp-{__version__}/salesapp", f"salesapp-{__version__}/{NOTICES}"} <= names

    home = tmp_path / "home"
    home.mkdir()
    env = _clean_env(home)
    started = time.monotonic()
    installed = _run(["dpkg", "-i", str(deb)])
    install_s = time.monotonic() - started
    try:
        assert installed.returncode == 0, f"dpkg -i failed:\n{installed.stdout}\n{installed.stderr}"
        assert Path("/opt/salesapp/salesapp").is_file()
        desktop = Path("/usr/share/applications/salesapp.desktop").read_text(encoding="utf-8")
        assert "Icon=salesapp" in desktop and "Comment[th]=" in desktop and "Comment[vi]=" in desktop

        # The clean environment really has no salesapp package to lean on.
        probe = (
            _run(["python3", "-c", "import salesapp"], env=env, cwd=home) if shutil.which("python3") else None
        )
        assert probe is None or probe.returncode != 0, "salesapp is importable in the clean environment"

        cold_s = _smoke_test(["/usr/bin/salesapp", "--smoke-test"], env, home)
        xcb_s = _smoke_test_on_xvfb(["/usr/bin/salesapp", "--smoke-test"], env, home)
    finally:
        started = time.monotonic()
        removed = _run(["dpkg", "-r", "salesapp"])
        remove_s = time.monotonic() - started
    assert removed.returncode == 0, f"dpkg -r failed:\n{removed.stdout}\n{removed.stderr}"
    assert not Path("/opt/salesapp").exists(), "dpkg -r left /opt/salesapp behind"
    assert not Path("/usr/bin/salesapp").exists() and not Path("/usr/bin/salesapp").is_symlink()

    record_property("deb_mb", round(deb.stat().st_size / 1e6, 1))
    record_property("tar_gz_mb", round(tar.stat().st_size / 1e6, 1))
    record_property("installed_cold_start_seconds", round(cold_s, 2))
    lines = step_lines(output)
    lines += [f"dpkg -i {install_s:.1f} s, dpkg -r {remove_s:.1f} s"]
    lines += [
        f"installed /usr/bin/salesapp --smoke-test (offscreen, first start): {cold_s:.2f} s (goal 1.5 s)"
    ]
    xcb = f"{xcb_s:.2f} s" if xcb_s is not None else "not run (no Xvfb)"
    lines += [f"installed /usr/bin/salesapp --smoke-test on Xvfb (xcb): {xcb}"]
    show(capsys, "packaging: .deb and .tar.gz (--fast compression; release builds use xz / gzip -6)", lines)


def _seven_zip_paths(listing: str) -> set[str]:
    return {line[7:].replace("\\", "/") for line in listing.splitlines() if line.startswith("Path = ")}


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "darwin", reason="NSIS is checked on Linux and built on Windows")
def test_nsis_setup_compiles_and_holds_the_app(
    frozen_build: FrozenBuild,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    record_property: Callable[[str, object], None],
) -> None:
    require_tool("makensis")
    seven_zip = require_tool("7z", "7zz", "7za")
    file_tool = require_tool("file")

    dist = tmp_path / "dist"
    output = run_build(
        *("--frozen", str(frozen_build.folder), "--dist", str(dist), "--work", str(tmp_path / "work")),
        *("--target", "nsis", "--nsis-fast"),
        cwd=tmp_path,
    )
    setup = dist / f"salesapp-{__version__}-setup.exe"
    assert setup.is_file(), output[-3000:]

    kind = _run([file_tool, "-b", str(setup)]).stdout
    assert "PE32 executable" in kind and "MS Windows" in kind, kind
    listing = _run([seven_zip, "l", "-slt", str(setup)])
    assert listing.returncode == 0, listing.stdout + listing.stderr
    assert "Type = Nsis" in listing.stdout and "Unicode" in listing.stdout, listing.stdout[:2000]
    packed = _seven_zip_paths(listing.stdout)
    executable = frozen_build.executable.name
    assert {executable, NOTICES, "uninstall.exe"} <= packed, sorted(packed)[:50]
    frozen_files = {
        Path(folder, name).relative_to(frozen_build.folder).as_posix()
        for folder, _dirs, files in os.walk(frozen_build.folder)
        for name in files
    }
    assert not frozen_files - packed, f"not in the setup: {sorted(frozen_files - packed)[:20]}"

    record_property("setup_mb_uncompressed", round(setup.stat().st_size / 1e6, 1))
    show(
        capsys,
        "packaging: NSIS setup (--nsis-fast: no compression, from the Linux folder)",
        step_lines(output),
    )
