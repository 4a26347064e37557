"""Other desktops' changes arrive here: a socket notifier on the change feed, reconnecting on its own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from salesapp.domain.changes import ChangeSet
from salesapp.services.registry import ChangeFeed

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

    def start(self) -> None:
        """Connect and listen; on failure try again later."""
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
        """Stop listening."""
        self._drop()
