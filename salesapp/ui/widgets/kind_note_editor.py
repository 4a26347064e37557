"""The small "kind + note text + Add" editor below a timeline (customer care, opportunity notes and calls)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget


class KindNoteEditor(QWidget):
    """A four-line text box with a kind combo and an Add button beside it.

    The texts come from the caller (already translated in the caller's own context), so moving this editor
    here changed no translation.

    Signals:
        add_requested(object, str): Add was clicked (the chosen kind's data, the typed text).
    """

    add_requested = Signal(object, str)

    def __init__(
        self,
        kinds: Iterable[tuple[str, object]],
        placeholder: str,
        add_text: str,
        *,
        tab_changes_focus: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        for label, data in kinds:
            self.kind.addItem(label, data)  # Qt keeps plain strings: pass the enum's value
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(placeholder)
        self.text.setTabChangesFocus(tab_changes_focus)
        self.text.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.save = QPushButton(add_text)
        self.save.clicked.connect(lambda: self.add_requested.emit(self.kind.currentData(), self.text_typed()))
        side = QVBoxLayout()
        side.addWidget(self.kind)
        side.addWidget(self.save)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # lines up like the layout it replaced
        layout.addWidget(self.text, 1)
        layout.addLayout(side)

    def text_typed(self) -> str:
        """The text as typed (not trimmed: the service cleans it)."""
        return self.text.toPlainText()

    def parts(self) -> tuple[QWidget, ...]:
        """The child widgets a detail pane disables while a save is in flight."""
        return (self.kind, self.text, self.save)
