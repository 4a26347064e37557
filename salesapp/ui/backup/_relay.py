"""Progress of a backup or restore on the bulk worker carried to the GUI thread, and Cancel carried back."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal


class StageRelay(QObject):
    """The worker calls `report(stage, done, total)` and `cancelled()`; it never touches a widget (the signal
    is queued to the GUI thread this object lives in).

    Signals:
        advanced(str, int, int): stage, done and total, delivered on the GUI thread.
    """

    advanced = Signal(str, int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()

    def report(self, stage: str, done: int, total: int) -> None:
        """Called from the worker thread."""
        self.advanced.emit(stage, done, total)

    def cancelled(self) -> bool:
        """Called from the worker thread: True once the user pressed Cancel."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the running task to stop (GUI thread)."""
        self._cancel.set()

    def reset(self) -> None:
        """Ready for the next task."""
        self._cancel.clear()
