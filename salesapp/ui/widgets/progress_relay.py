"""Progress of a task on a worker thread carried to the GUI thread, and Cancel carried back."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal


class _CancelRelay(QObject):
    """The user's Cancel, carried to the worker: the GUI thread sets it, the worker asks it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()

    def cancelled(self) -> bool:
        """Called from the worker thread: True once the user pressed Cancel."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the running task to stop (GUI thread)."""
        self._cancel.set()

    def reset(self) -> None:
        """Ready for the next task."""
        self._cancel.clear()


class ProgressRelay(_CancelRelay):
    """Carries progress from the worker thread to the GUI thread, and the user's Cancel back.

    The worker calls `report` and `cancelled`; it never touches a widget: the signal is queued to the
    thread this object lives in.

    Signals:
        advanced(int, int): done and total, delivered on the GUI thread.
    """

    advanced = Signal(int, int)

    def report(self, done: int, total: int) -> None:
        """Called from the worker thread."""
        self.advanced.emit(done, total)


class StageRelay(_CancelRelay):
    """As ProgressRelay, for a task of several stages (a backup: read, copy, check, ...).

    Signals:
        advanced(str, int, int): stage, done and total, delivered on the GUI thread.
    """

    advanced = Signal(str, int, int)

    def report(self, stage: str, done: int, total: int) -> None:
        """Called from the worker thread."""
        self.advanced.emit(stage, done, total)
