"""The search field of every list: a line edit that reports what was typed after a short pause."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

SEARCH_DELAY_MS = 150


class SearchBox(QLineEdit):
    """A clearable line edit; `search_changed` fires once typing pauses (Enter fires it at once).

    Signals:
        search_changed(str): the text to search for.
    """

    search_changed = Signal(str)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._fire)
        self.textChanged.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self._fire)

    def _fire(self) -> None:
        self._timer.stop()
        self.search_changed.emit(self.text())
