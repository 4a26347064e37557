"""One running copy per user: a second start hands over to the first and exits, a socket file left by a
crash does not block the next start, and the smoke test and CLI verbs never hand over."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, Qt
from PySide6.QtWidgets import QApplication, QWidget

from salesapp.app import AppController
from salesapp.ui.mainwindow.single_instance import SingleInstance, bring_to_front, server_name
from salesapp.ui.shared.i18n import Translations

ROOT = Path(__file__).resolve().parents[2]
SECOND_COPY = (
    "import sys; from PySide6.QtCore import QCoreApplication; "
    "from salesapp.ui.mainwindow.single_instance import SingleInstance; "
    "app = QCoreApplication([]); sys.exit(0 if SingleInstance(sys.argv[1]).claim() else 3)"
)


@pytest.fixture
def first(qtbot) -> SingleInstance:
    instance = SingleInstance()
    assert instance.claim() and instance.server.isListening()
    yield instance
    instance.close()


def _start(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, *args], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _finish(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    try:
        out, err = process.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
    return process.returncode, out, err


def test_the_name_belongs_to_the_user_and_the_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    name = server_name()
    assert name.startswith("salesapp-") and len(name) < 60
    monkeypatch.setenv("SALESAPP_HOME", str(tmp_path / "other"))
    assert server_name() != name


def test_a_second_copy_asks_the_first_to_show_itself(qtbot, first: SingleInstance) -> None:
    with qtbot.waitSignal(first.show_requested, timeout=20_000):
        second = _start("-c", SECOND_COPY, first.name)
    code, _, err = _finish(second)
    assert code == 3, err  # claim() said: another copy runs


def test_starting_the_app_again_brings_the_window_forward(qtbot, first: SingleInstance) -> None:
    with qtbot.waitSignal(first.show_requested, timeout=30_000):
        second = _start("-m", "salesapp")
    code, out, err = _finish(second)
    assert code == 0, err
    assert "already running" in out


def test_the_smoke_test_and_cli_verbs_run_beside_an_open_copy(qtbot, first: SingleInstance) -> None:
    requests: list[bool] = []
    first.show_requested.connect(lambda: requests.append(True))
    code, out, err = _finish(_start("-m", "salesapp", "--smoke-test"))
    assert code == 0 and "smoke test ok" in out, err
    code, out, err = _finish(_start("-m", "salesapp", "--version"))
    assert code == 0 and "salesapp" in out, err
    qtbot.wait(50)  # a request sent by mistake would arrive now
    assert requests == []


@pytest.mark.skipif(sys.platform == "win32", reason="Windows uses named pipes: nothing is left on disk")
def test_a_socket_file_left_by_a_crash_does_not_block_the_next_start(qtbot) -> None:
    name = server_name()
    path = Path(QDir.tempPath()) / name
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(path))  # what a killed copy leaves behind: the file, nobody listening
    stale.close()
    assert path.exists()
    instance = SingleInstance()
    try:
        assert instance.claim() and instance.server.isListening()
    finally:
        instance.close()
    assert not path.exists()


def test_bring_to_front_un_minimises(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.showMinimized()
    assert widget.windowState() & Qt.WindowState.WindowMinimized
    bring_to_front(widget)
    assert not widget.windowState() & Qt.WindowState.WindowMinimized and widget.isVisible()


def test_the_controller_brings_forward_the_window_the_user_is_at(qtbot) -> None:
    app = QApplication.instance()
    controller = AppController(app, Translations(app))
    try:
        controller.bring_forward()  # nothing shown yet: nothing to do
        controller.show_first_run()
        dialog = controller.first_run
        dialog.showMinimized()
        controller.bring_forward()
        assert dialog.isVisible() and not dialog.windowState() & Qt.WindowState.WindowMinimized
    finally:
        controller.first_run.close()
        controller.shutdown()
