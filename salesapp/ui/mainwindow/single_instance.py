"""One running copy per user: a second start asks the first, over a local socket, to show its window.

The first copy listens on a QLocalServer whose name is made of the OS user name (and SALESAPP_HOME when
set, so tests and separate homes do not meet); a later start connects, sends "show" and exits. A socket
file left behind by a copy that crashed is noticed (nobody answers on it) and replaced.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import re
import sys

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

SHOW = b"show"
ANSWER = b"ok"
CONNECT_TIMEOUT_MS = 500
ANSWER_TIMEOUT_MS = 2000


def server_name() -> str:
    """The local server's name for this OS user (and SALESAPP_HOME when set)."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment nor the password database
        user = "user"
    home = os.environ.get("SALESAPP_HOME", "")
    digest = hashlib.sha256(f"{user}\0{home}".encode()).hexdigest()[:16]
    # Readable for someone looking at /tmp, short enough for a Unix socket path.
    readable = re.sub(r"[^A-Za-z0-9_.-]", "", user)[:24] or "user"
    return f"salesapp-{readable}-{digest}"


class SingleInstance(QObject):
    """Claims the per-user server name, or hands the start over to the copy that holds it.

    Signals:
        show_requested(): another start asked this copy to bring its window forward.
    """

    show_requested = Signal()

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def claim(self) -> bool:
        """True when this process is the first copy (it now listens); False when a running copy was
        asked to show itself instead."""
        if self.ask_running_copy():
            return False
        if self.server.listen(self.name):
            return True
        # The name is taken: a copy that started meanwhile, or a socket file left by one that crashed.
        if self.ask_running_copy():
            return False
        QLocalServer.removeServer(self.name)
        self.server.listen(self.name)  # should this fail too (permissions), the user still gets a window
        return True

    def ask_running_copy(self) -> bool:
        """Send "show" to a running copy; True when one is listening."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        _allow_foreground_window()
        socket.write(SHOW + b"\n")
        socket.flush()
        socket.waitForBytesWritten(ANSWER_TIMEOUT_MS)
        socket.waitForReadyRead(ANSWER_TIMEOUT_MS)  # the answer; a busy first copy still gets the request
        socket.disconnectFromServer()
        return True

    def close(self) -> None:
        """Stop listening (when the application quits)."""
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        request = bytes(socket.readLine().data()).strip()
        if request == SHOW:
            socket.write(ANSWER + b"\n")
            socket.flush()
            self.show_requested.emit()
        socket.disconnectFromServer()


def bring_to_front(widget: QWidget) -> None:
    """Show `widget` un-minimised, raised and active."""
    widget.setWindowState(
        (widget.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
    )
    widget.show()
    widget.raise_()
    widget.activateWindow()


def _allow_foreground_window() -> None:
    """Windows only lets the foreground process hand focus on: let the first copy take it."""
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY
