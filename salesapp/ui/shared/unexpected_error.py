"""An unexpected error (a bug) in the window: written to the log file and shown as a dialog whose details
can be copied, while every window stays open with what the user typed.

`install_error_hook()` replaces `sys.excepthook` (errors raised in a slot on the GUI thread end there)
and `threading.excepthook` (errors of other threads are handed to the GUI thread). Errors that come one
after another while the dialog is open are counted in it instead of stacking dialogs.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from salesapp.logbook import log_file

log = logging.getLogger("salesapp.unexpected")


class UnexpectedErrorDialog(QMessageBox):
    """ "Something went wrong" with the details to copy and where the log is."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setText(
            self.tr("salesapp met an unexpected error. Your windows are still open with what you typed.")
        )
        self.setInformativeText(
            self.tr(
                "Try again; if it happens again, copy the details for the person who supports your "
                "office. They are also in the log file: {0}"
            ).format(log_file())
        )
        self.setDetailedText(details)
        self.setStandardButtons(QMessageBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.addButton(self.copy_button, QMessageBox.ButtonRole.ActionRole)
        self.copy_button.clicked.disconnect()  # an action button would close the box
        self.copy_button.clicked.connect(self.copy_details)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.repeats = 0

    def copy_details(self) -> None:
        """Put the details on the clipboard."""
        QGuiApplication.clipboard().setText(self.detailedText())

    def add_repeat(self, details: str) -> None:
        """The same or another error again while the box is open: counted, details appended."""
        self.repeats += 1
        self.setDetailedText(f"{self.detailedText()}\n\n--- {self.repeats + 1} ---\n{details}")


class ErrorReporter(QObject):
    """Receives unexpected errors from any thread and shows them on the GUI thread.

    Signals:
        reported(str): the details of an error to show (queued to the GUI thread).
    """

    reported = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: UnexpectedErrorDialog | None = None
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def report(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        """Log the error and show it (from any thread)."""
        details = "".join(traceback.format_exception(kind, error, tb))
        log.error("unexpected error:\n%s", details)
        self.reported.emit(details)

    @Slot(str)
    def _show(self, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add_repeat(details)
            return
        self.dialog = UnexpectedErrorDialog(details, QApplication.activeWindow())
        self.dialog.finished.connect(self._closed)
        # Opened after the slot that failed has returned: a nested event loop inside it could re-enter it.
        QTimer.singleShot(0, self.dialog.open)

    def _closed(self) -> None:
        self.dialog = None


def install_error_hook(parent: QObject) -> ErrorReporter:
    """Route unexpected errors of every thread to the log and the dialog; returns the reporter."""
    reporter = ErrorReporter(parent)

    def on_thread_error(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            reporter.report(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = reporter.report
    threading.excepthook = on_thread_error
    return reporter
