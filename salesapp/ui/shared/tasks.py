"""The database worker: one thread runs every database call in order and hands results to the GUI thread.

peewee keeps one connection per thread, so all database work of the window happens on this one thread;
widgets only ever receive plain records. The thread is a Python thread, not a QThread: PySide drops the
Python thread state of a QThread between slot calls, and with it peewee's thread-local connection.
"""

from __future__ import annotations

import logging
import queue
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

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

    def run(self) -> None:
        """Call the function, keeping its result or exception (worker thread)."""
        try:
            self.result = self.fn(*self.args)
        except Exception as exc:  # handed to the GUI thread, which shows it
            self.error = exc
            if not hasattr(exc, "text"):
                log.error("database task failed:\n%s", "".join(traceback.format_exception(exc)))


class DbWorker(QObject):
    """Runs callables one at a time on a dedicated thread.

    Signals:
        busy_changed(bool): True while tasks are waiting or running.
        task_failed(object): a task raised this exception (after its own `on_error`); the connection
            monitor watches it for a lost server.
    """

    busy_changed = Signal(bool)
    task_failed = Signal(object)
    _ran = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: queue.SimpleQueue[Task | None] = queue.SimpleQueue()
        self._pending: set[Task] = set()
        self._aside: set[Task] = set()  # kept alive until delivered
        self._ran.connect(self._deliver)
        self._thread = threading.Thread(target=self._loop, name="salesapp-db", daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while (task := self._queue.get()) is not None:
            task.run()
            self._ran.emit(task)

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
        self._queue.put(task)
        return task

    def submit_aside(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Task:
        """Run `fn(*args)` on a thread of its own, beside the queue: for long work that opens its own
        connection (the damage check of a big SQLite file) and must not hold up the window's tasks."""
        task = Task(fn, args)
        if on_done is not None:
            task.finished.connect(on_done)
        if on_error is not None:
            task.failed.connect(on_error)
        self._aside.add(task)

        def run() -> None:
            task.run()
            self._ran.emit(task)

        threading.Thread(target=run, name="salesapp-db-aside", daemon=True).start()
        return task

    @Slot(object)
    def _deliver(self, task: Task) -> None:
        aside = task in self._aside
        self._aside.discard(task)
        was_pending = task in self._pending
        self._pending.discard(task)
        task.done = True
        if task.error is not None:
            task.failed.emit(task.error)
            self.task_failed.emit(task.error)
        else:
            task.finished.emit(task.result)
        if was_pending and not self._pending and not aside:
            self.busy_changed.emit(False)

    @property
    def busy(self) -> bool:
        """True while tasks are queued or running."""
        return bool(self._pending)

    def stop(self, last: Callable[[], Any] | None = None) -> None:
        """Finish queued tasks, run `last` (closing the database, say) on the worker, end the thread."""
        if not self._thread.is_alive():
            return
        if last is not None:
            self._queue.put(Task(last, ()))
        self._queue.put(None)
        self._thread.join()
