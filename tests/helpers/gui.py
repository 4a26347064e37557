"""GUI test helpers: typing any Unicode text, screenshots under tests/artifacts/."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` into `widget` as key events carrying the characters (qtbot.keyClicks aborts on Thai)."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def screenshot(widget: QWidget, name: str) -> Path:
    """Save `widget` as tests/artifacts/<name>.png and return the path."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    widget.grab().save(str(path))
    return path
