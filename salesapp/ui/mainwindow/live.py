"""The link to a shared server: other desktops' changes arrive on the change feed (a socket notifier,
reconnecting on its own); the session's own connection is watched by probes; together they say whether the
server is reachable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from salesapp.domain.changes import ChangeSet
from salesapp.domain.errors import ConnectionLost
from salesapp.services.registry import ChangeFeed
from salesapp.ui.shared.tasks import DbWorker

RETRY_MS = (500, 1000, 2000, 5000, 10000)


class ChangeListener(QObject):
    """Turns change notices into ChangeSets on the GUI thread; the GUI never blocks on the server.

    Signals:
        changed(object): a ChangeSet saved on this or another desktop.
        connection_changed(bool): False when the server dropped (reconnecting), True when back.
    """

    changed = Signal(object)
    connection_changed = Signal(bool)

    def __init__(self, open_feed: Callable[[], ChangeFeed | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_feed = open_feed
        self._feed: ChangeFeed | None = None
        self._notifier: QSocketNotifier | None = None
        self._failures = 0
        self._connected = True
        self._stopped = False

    def start(self) -> None:
        """Connect and listen; on failure try again later."""
        if self._stopped:  # a retry timer outlived stop()
            return
        try:
            feed = self._open_feed()
        except Exception:  # server unreachable: try again with back-off
            self._retry()
            return
        if feed is None:
            return
        self._feed = feed
        self._notifier = QSocketNotifier(feed.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)
        self._failures = 0
        if not self._connected:
            self._connected = True
            self.connection_changed.emit(True)  # notices were lost while away: views reload on this

    def _read(self) -> None:
        assert self._feed is not None
        try:
            payloads = self._feed.read()
        except ConnectionError:
            self._drop()
            self._retry()
            return
        merged = ChangeSet()
        for payload in payloads:
            merged = merged.merged(ChangeSet.from_payload(payload))
        if merged:
            self.changed.emit(merged)

    def _drop(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._feed is not None:
            try:
                self._feed.close()
            except Exception:  # already broken
                pass
            self._feed = None
        if self._connected:
            self._connected = False
            self.connection_changed.emit(False)

    def _retry(self) -> None:
        delay = RETRY_MS[min(self._failures, len(RETRY_MS) - 1)]
        self._failures += 1
        if self._connected:
            self._connected = False
            self.connection_changed.emit(False)
        QTimer.singleShot(delay, self.start)

    def stop(self) -> None:
        """Stop listening, for good."""
        self._stopped = True
        self._drop()


class ConnectionMonitor(QObject):
    """Watches the session's own connection, the one every read and save goes through: once a task is
    refused because the server went away, probes it on the database worker with back-off until it answers.

    Signals:
        connection_changed(bool): False when a task met a lost server, True when a probe got through.
        answered(): a probe got through (whether or not the connection had been lost).
    """

    connection_changed = Signal(bool)
    answered = Signal()

    def __init__(self, worker: DbWorker, probe: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker, self._probe = worker, probe
        self._up = True
        self._failures = 0
        self._in_flight = False
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._send)
        worker.task_failed.connect(self._task_failed)

    @property
    def is_up(self) -> bool:
        """False from a refused task until a probe gets through."""
        return self._up

    def check(self) -> None:
        """Probe now (the change feed lost or regained the server: the session's connection may too)."""
        if not self._in_flight and not self._stopped:
            self._timer.stop()
            self._send()

    def stop(self) -> None:
        """No more probes and no more news (signing out, quitting): the window it reported to is gone."""
        if not self._stopped:
            self._stopped = True
            self._timer.stop()
            self._worker.task_failed.disconnect(self._task_failed)

    def _task_failed(self, error: object) -> None:
        if isinstance(error, ConnectionLost):
            self._set(False)
            if not self._in_flight and not self._timer.isActive():
                self._schedule()

    def _schedule(self) -> None:
        if not self._stopped:
            self._timer.start(RETRY_MS[min(self._failures, len(RETRY_MS) - 1)])
            self._failures += 1

    def _send(self) -> None:
        if self._stopped:
            return
        self._in_flight = True
        self._worker.submit(self._probe, on_done=self._answered, on_error=self._refused)

    def _answered(self, _result: object) -> None:
        self._in_flight = False
        self._failures = 0
        self._set(True)
        if not self._stopped:
            self.answered.emit()

    def _refused(self, error: BaseException) -> None:
        self._in_flight = False
        if isinstance(error, ConnectionLost):
            self._set(False)
            self._schedule()

    def _set(self, up: bool) -> None:
        if up != self._up and not self._stopped:
            self._up = up
            self.connection_changed.emit(up)


class ConnectionStatus(QObject):
    """Whether the server can be used: lost while the session's connection or the change feed is down,
    back only when both are (the feed alone reconnecting used to clear the warning while every save still
    failed).

    Signals:
        changed(bool): False when the server was lost, True when both links are back (notices sent while
            away were missed: views reload).
    """

    changed = Signal(bool)

    def __init__(
        self, listener: ChangeListener, monitor: ConnectionMonitor, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._monitor = monitor
        self._feed_up = True
        self._checked = True  # the session's link answered since the feed last dropped
        self._up = True
        listener.connection_changed.connect(self._feed_changed)
        monitor.connection_changed.connect(lambda _up: self._update())
        monitor.answered.connect(self._answered)

    @property
    def is_up(self) -> bool:
        """True while both links work."""
        return self._up

    def _feed_changed(self, up: bool) -> None:
        self._feed_up = up
        if not up:
            self._checked = False  # until a probe sent from now on answers
        self._monitor.check()  # the feed saw the server go or come back: so did, or will, the session's link
        self._update()

    def _answered(self) -> None:
        self._checked = True
        self._update()

    def _update(self) -> None:
        up = self._feed_up and self._checked and self._monitor.is_up
        if up != self._up:
            self._up = up
            self.changed.emit(up)
