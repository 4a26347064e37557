"""The database worker: one thread runs every database call in order and hands results to the GUI thread.

peewee keeps one connection per thread, so all database work of the window happens on this one thread;
widgets only ever receive plain records.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)


class Task(QObject):
    """One submitted call.

    Signals:
        finished(object): the call returned this value (emitted on the GUI thread).
        failed(object): the call raised this exception (emitted on the GUI thread).
    """

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        super().__init__()
        self.fn = fn
        self.args = args
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None


class _Runner(QObject):
    """Lives on the worker thread and runs tasks as they arrive."""

    ran = Signal(object)

    @Slot(object)
    def run(self, task: Task) -> None:
        try:
            task.result = task.fn(*task.args)
        except Exception as exc:  # handed to the GUI thread, which shows it
            task.error = exc
            if not hasattr(exc, "text"):
                log.error("database task failed:\n%s", "".join(traceback.format_exception(exc)))
        self.ran.emit(task)


class DbWorker(QObject):
    """Runs callables one at a time on a dedicated thread.

    Signals:
        busy_changed(bool): True while tasks are waiting or running.
    """

    busy_changed = Signal(bool)
    _request = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("salesapp-db")
        self._runner = _Runner()
        self._runner.moveToThread(self._thread)
        self._request.connect(self._runner.run)
        self._runner.ran.connect(self._deliver)
        self._pending: set[Task] = set()
        self._thread.start()

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Task:
        """Queue `fn(*args)`; `on_done(result)` or `on_error(exc)` later runs on the GUI thread."""
        task = Task(fn, args)
        if on_done is not None:
            task.finished.connect(on_done)
        if on_error is not None:
            task.failed.connect(on_error)
        was_idle = not self._pending
        self._pending.add(task)
        if was_idle:
            self.busy_changed.emit(True)
        self._request.emit(task)
        return task

    @Slot(object)
    def _deliver(self, task: Task) -> None:
        self._pending.discard(task)
        task.done = True
        if task.error is not None:
            task.failed.emit(task.error)
        else:
            task.finished.emit(task.result)
        if not self._pending:
            self.busy_changed.emit(False)

    @property
    def busy(self) -> bool:
        """True while tasks are queued or running."""
        return bool(self._pending)

    def stop(self, last: Callable[[], Any] | None = None) -> None:
        """Finish queued tasks, run `last` (closing the database, say) on the worker, end the thread."""
        if not self._thread.isRunning():
            return

        def finish() -> None:
            try:
                if last is not None:
                    last()
            finally:
                QThread.currentThread().quit()

        self._request.emit(Task(finish, ()))
        self._thread.wait()
