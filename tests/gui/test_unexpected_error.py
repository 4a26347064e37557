"""An unexpected error is written to the log file and shown with details to copy; the windows stay."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from salesapp.logbook import log_file, start_logging, stop_logging
from salesapp.ui.shared.unexpected_error import ErrorReporter
from tests.helpers.gui import screenshot, type_text


def _fail_in_thread(reporter: ErrorReporter, text: str) -> None:
    def work() -> None:
        try:
            raise KeyError(text)
        except KeyError as exc:
            reporter.report(type(exc), exc, exc.__traceback__)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()


@pytest.mark.parametrize("language", ["en", "th", "vi"], indirect=True)
def test_an_error_in_another_thread_is_logged_and_shown_while_typing_stays(qtbot, language) -> None:
    path = start_logging()
    assert path == log_file() and path.parent.is_dir()
    editor = QLineEdit()
    qtbot.addWidget(editor)
    editor.show()
    type_text(editor, "ลูกค้าโทรมาเรื่องส่งของ")
    reporter = ErrorReporter()

    _fail_in_thread(reporter, "the first fault")
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible(), timeout=3000)
    dialog = reporter.dialog
    assert dialog is not None
    assert "KeyError: 'the first fault'" in dialog.detailedText()
    assert str(log_file()) in dialog.informativeText()
    dialog.resize(640, 260)
    screenshot(dialog, f"unexpected_error_{language}")

    # A second error while the box is open is added to it, not stacked as another box.
    _fail_in_thread(reporter, "the second fault")
    qtbot.waitUntil(lambda: "the second fault" in dialog.detailedText(), timeout=3000)
    assert reporter.dialog is dialog and dialog.repeats == 1

    dialog.copy_button.click()
    assert "the first fault" in QGuiApplication.clipboard().text()
    assert dialog.isVisible()  # copying does not close the box
    dialog.close()
    qtbot.waitUntil(lambda: reporter.dialog is None, timeout=3000)

    assert editor.isVisible() and editor.text() == "ลูกค้าโทรมาเรื่องส่งของ"
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = log_file().read_text(encoding="utf-8")
    assert "unexpected error" in logged and "the first fault" in logged and "the second fault" in logged
    stop_logging()
