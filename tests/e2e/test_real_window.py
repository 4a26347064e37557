"""The real application on a real X server: Xvfb, Qt's xcb platform (not offscreen) and keys typed by
xdotool as a person types them: sign in, switch through every section with Ctrl+1 … Ctrl+8, quit with
Ctrl+Q. It catches what offscreen tests cannot see: a missing system library of the xcb platform, a
shortcut that X delivers differently, a warning printed only by a real window system."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from salesapp.services.registry import connect
from salesapp.ui.mainwindow.main_window import SECTIONS
from tests.e2e.packaging_support import require_tool
from tests.helpers.gui import ARTIFACTS

ROOT = Path(__file__).resolve().parents[2]
USERNAME, PASSWORD = "admin", "secret-pass"

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="Xvfb and xdotool are X11 tools (Linux)")


@pytest.fixture
def display() -> Iterator[str]:
    """A fresh Xvfb at 1280x800 and its display name (":N"); stopped after the test."""
    xvfb = require_tool("Xvfb")
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
            number = pipe.readline().strip() if ready else ""
        assert number, "Xvfb did not report a display number within 15 s"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


class Desktop:
    """xdotool on one X display: find windows, read their titles, type and press keys."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.xdotool = require_tool("xdotool")

    def run(self, *args: str, timeout: float = 10) -> str:
        result = self.try_run(*args, timeout=timeout)
        assert result.returncode == 0, f"xdotool {' '.join(args)}: {result.stderr}"
        return result.stdout.strip()

    def try_run(self, *args: str, timeout: float = 10) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [self.xdotool, *args],
            env={**os.environ, "DISPLAY": self.display},
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def wait_for_window(self, pattern: str, timeout: float = 20) -> str:
        """The id of the visible window whose title matches the regular expression `pattern`."""
        # Not `search --sync`: a window destroyed while xdotool walks the tree (the sign-in dialog's
        # helpers, a tooltip) makes it stop on BadWindow. Asking again is enough.
        deadline = time.monotonic() + timeout
        while True:
            found = self.try_run("search", "--onlyvisible", "--name", pattern).stdout.split()
            if found:
                return found[0]
            assert time.monotonic() < deadline, f"no window titled like {pattern!r} within {timeout} s"
            time.sleep(0.1)

    def focus(self, window: str) -> None:
        # Xvfb runs no window manager, so no _NET_ACTIVE_WINDOW: give the window the X input focus itself.
        self.run("windowfocus", "--sync", window)

    def wait_for_title(self, window: str, title: str, timeout: float = 5) -> None:
        deadline = time.monotonic() + timeout
        seen = self.run("getwindowname", window)
        while seen != title and time.monotonic() < deadline:
            time.sleep(0.05)
            seen = self.run("getwindowname", window)
        assert seen == title, f"the window says {seen!r}, not {title!r}"

    def visible_titles(self) -> list[str]:
        """The titles of the windows shown (to say what was on screen when something failed)."""
        found = self.try_run("search", "--onlyvisible", "--name", ".").stdout.split()
        return [self.try_run("getwindowname", window).stdout.strip() for window in found]

    def screenshot(self, name: str, window: str | None = None) -> Path | None:
        """The X screen (under `window`) as tests/artifacts/<name>.png once two grabs in a row agree
        (painted); None when this Pillow cannot read an X display."""
        try:
            from PIL import ImageChops, ImageGrab
        except ImportError:
            return None
        try:
            image = ImageGrab.grab(xdisplay=self.display)
        except OSError:  # Pillow built without XCB
            return None
        for _ in range(20):
            time.sleep(0.05)
            again = ImageGrab.grab(xdisplay=self.display)
            if ImageChops.difference(image.convert("RGB"), again.convert("RGB")).getbbox() is None:
                break
            image = again
        if window is not None:
            shell = self.run("getwindowgeometry", "--shell", window)
            geometry = dict(line.split("=", 1) for line in shell.splitlines())
            left, top = int(geometry["X"]), int(geometry["Y"])
            image = image.crop((left, top, left + int(geometry["WIDTH"]), top + int(geometry["HEIGHT"])))
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        image.save(path)
        return path


def _database(folder: Path) -> str:
    """A SQLite shop with its administrator, made with the real password hasher the app checks with."""
    url = "sqlite:///" + (folder / "shop.sqlite3").as_posix()
    services = connect(url)
    try:
        services.users.create_first_admin(USERNAME, "Admin Ann", PASSWORD)
    finally:
        services.close()
    return url


def _app_environment(tmp_path: Path, display: str) -> dict[str, str]:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "LC_", "LANG"))}
    return {
        **env,
        "QT_QPA_PLATFORM": "xcb",
        "DISPLAY": display,
        "SALESAPP_HOME": str(tmp_path / "home"),
        "XDG_RUNTIME_DIR": str(runtime),
        "LANG": "C.UTF-8",  # English whatever this machine's locale: the titles below are English
        "PYTHONPATH": str(ROOT),
    }


def _sign_in_and_visit_every_section(desktop: Desktop) -> None:
    sign_in = desktop.wait_for_window("^Sign in to salesapp$")
    desktop.focus(sign_in)
    desktop.run("type", "--delay", "20", USERNAME)
    desktop.run("key", "Tab")
    desktop.run("type", "--delay", "20", PASSWORD)
    desktop.run("key", "Return")

    window = desktop.wait_for_window(" — salesapp$")
    desktop.focus(window)
    seen: list[str] = []
    for number, (key, title, _) in enumerate(SECTIONS, start=1):
        desktop.run("key", f"ctrl+{number}")
        desktop.wait_for_title(window, f"{title} — salesapp")
        seen.append(key)
        desktop.screenshot(f"real_window_{key}", window)
    assert seen == [key for key, _, _ in SECTIONS]
    desktop.run("key", "ctrl+q")


def test_sign_in_and_every_section_in_a_real_x_window(display: str, tmp_path: Path) -> None:
    desktop = Desktop(display)
    url = _database(tmp_path)
    started = time.monotonic()
    app = subprocess.Popen(
        [sys.executable, "-m", "salesapp", "--db", url],
        cwd=tmp_path,
        env=_app_environment(tmp_path, display),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _sign_in_and_visit_every_section(desktop)
        out, err = app.communicate(timeout=15)
    except (AssertionError, subprocess.TimeoutExpired) as exc:
        titles = desktop.visible_titles()
        shot = desktop.screenshot("real_window_failure")
        app.kill()
        out, err = app.communicate()
        pytest.fail(f"{exc}\nwindows shown: {titles}\nscreen: {shot}\nstdout:\n{out}\nstderr:\n{err}")
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    seconds = time.monotonic() - started
    assert app.returncode == 0, f"exit code {app.returncode}\n{err}"
    assert "Traceback" not in err, err
    assert not [line for line in err.splitlines() if line.strip()], f"the app printed on stderr:\n{err}"
    assert seconds < 30, f"start, sign-in, eight sections and quit took {seconds:.1f} s"
