"""Progress of a task on the database worker carried to the GUI thread, and Cancel carried back."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal


class ProgressRelay(QObject):
    """Carries progress from the worker thread to the GUI thread, and the user's Cancel back.

    The worker calls `report` and `cancelled`; it never touches a widget: the signal is queued to the
    thread this object lives in.

    Signals:
        advanced(int, int): done and total, delivered on the GUI thread.
    """

    advanced = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        """Called from the worker thread."""
        self.advanced.emit(done, total)

    def cancelled(self) -> bool:
        """Called from the worker thread: True once the user pressed Cancel."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the running task to stop (GUI thread)."""
        self._cancel.set()

    def reset(self) -> None:
        """Ready for the next task."""
        self._cancel.clear()
