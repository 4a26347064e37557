"""Desktop reminders for follow-ups: a system tray icon with the number of due items and a message when an
item turns due; clicking the message opens the item.

Where the desktop has no system tray (or in tests, offscreen), the messages are still kept in `shown`
and the follow-up view shows them in its banner.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from salesapp.ui.shared.icons import icon


class Reminders(QObject):
    """The tray icon and its messages.

    Signals:
        open_requested(int): the user clicked a reminder; the follow-up id to open.
        activated(): the tray icon was clicked (bring the window forward).
    """

    open_requested = Signal(int)
    activated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown: list[tuple[str, str]] = []
        self._last_id: int | None = None
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon("app"), self)
            self.tray.messageClicked.connect(self._clicked)
            self.tray.activated.connect(lambda _reason: self.activated.emit())
            self.tray.show()

    def set_due_count(self, count: int, tooltip: str) -> None:
        """Show the number of due items on the tray icon's tooltip."""
        if self.tray is not None:
            self.tray.setToolTip(tooltip)
            self.tray.setIcon(icon("status_due" if count else "app"))

    def notify(self, title: str, body: str, followup_id: int | None) -> None:
        """Show a desktop notification; clicking it opens `followup_id`."""
        self.shown.append((title, body))
        self._last_id = followup_id
        if self.tray is not None:
            self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 15_000)

    def _clicked(self) -> None:
        self.activated.emit()
        if self._last_id is not None:
            self.open_requested.emit(self._last_id)

    def close(self) -> None:
        """Remove the tray icon (when signing out or quitting)."""
        if self.tray is not None:
            self.tray.hide()
