"""This desktop's outbox sender for the open database: started once (by the Settings entry or the first
profile that offers messaging), its news re-emitted on the GUI thread, stopped when the app quits."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from salesapp.services.messaging.sender import OutboxSender
from salesapp.services.registry import Services

_RUNNING: dict[int, SenderBridge] = {}


class SenderBridge(QObject):
    """Owns the OutboxSender thread of one database and reports its changes on the GUI thread.

    Signals:
        changed(object): a ChangeSet of the customers whose message changed state.
    """

    changed = Signal(object)

    def __init__(self, services: Services) -> None:
        super().__init__(QCoreApplication.instance())
        self.services = services
        self.outbox_sender = OutboxSender(
            services.ctx, services.messaging_accounts, on_change=self.changed.emit
        )
        services.messages.wake_sender = self.outbox_sender.wake

    def stop(self) -> None:
        """Stop the thread (the row in hand is finished or times out)."""
        self.outbox_sender.stop()
        self.services.messages.wake_sender = None


def sender_for(services: Services) -> SenderBridge:
    """The running sender of `services`' database (started now if it was not)."""
    key = id(services.ctx)
    for other_key, other in list(_RUNNING.items()):  # another database (or sign-in) before: stop its sender
        if other.services is not services:
            other.stop()
            del _RUNNING[other_key]
    bridge = _RUNNING.get(key)
    if bridge is None:
        bridge = SenderBridge(services)
        _RUNNING[key] = bridge
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(stop_all)
        bridge.outbox_sender.start()
    return bridge


def stop_all() -> None:
    """Stop every sender (the app quits, signs out or switches database)."""
    for bridge in list(_RUNNING.values()):
        bridge.stop()
    _RUNNING.clear()


def stop_sender(services: Services) -> None:
    """Stop the sender of `services`' database (before it is closed)."""
    bridge = _RUNNING.pop(id(services.ctx), None)
    if bridge is not None:
        bridge.stop()
