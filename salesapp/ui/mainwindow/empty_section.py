"""A section not built yet: says plainly what will be there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


class EmptySection(QWidget):
    """Title and a description of the coming section, centred."""

    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        body = QLabel(description)
        body.setWordWrap(True)
        body.setProperty("tone", "muted")
        # The labels fill a column of bounded width, so word-wrapped text gets the height it needs.
        column = QWidget()
        column.setMaximumWidth(560)
        inner = QVBoxLayout(column)
        for label in (heading, body):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            inner.addWidget(label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 3)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
