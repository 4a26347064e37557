"""A progress bar with the stage it is in (while a backup, restore or move runs on the bulk worker), and a
message label that lets its dialog grow to show a long message whole."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from salesapp.ui.backup._labels import stage_text
from salesapp.ui.widgets.message_label import MessageLabel


class ProgressBox(QWidget):
    """Stage text over a bar; hidden while idle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stage)
        layout.addWidget(self.bar)
        self.hide()

    def start(self) -> None:
        """Show an empty bar."""
        self.stage.setText(stage_text("check"))
        self.bar.setValue(0)
        self.show()

    def advance(self, stage: str, done: int, total: int) -> None:
        """Show the stage and its share done."""
        self.stage.setText(stage_text(stage))
        self.bar.setValue(100 if not total else min(100, done * 100 // total))


class FittingMessage(MessageLabel):
    """A message label whose dialog grows to show all of a long message (a refusal naming a path)."""

    def show_error(self, text: str) -> None:
        super().show_error(text)
        self._fit()

    def show_notice(self, text: str) -> None:
        super().show_notice(text)
        self._fit()

    def _fit(self) -> None:
        window = self.window()
        if window is not self and window.isVisible():
            window.adjustSize()
