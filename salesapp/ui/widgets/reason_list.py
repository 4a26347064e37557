"""An editable list of reasons (lost reasons of opportunities, failure and skip reasons of upsell cases)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

_ORIGINAL = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class ReasonListTexts:
    """The editor's texts, translated by the caller in its own context (so none changed context here);
    `down` None: no Move down button."""

    placeholder: str
    add: str
    remove: str
    up: str
    down: str | None = None


class ReasonListEditor(QWidget):
    """The reasons in a list (renamed in place), Remove and Up (and Down) beside it, and a line to type a
    new one with Add below it. Each item keeps the text it was added with (`items()`), so a caller can tell
    an untouched shipped reason (shown translated) from an edited one."""

    def __init__(
        self,
        texts: ReasonListTexts,
        *,
        edit_triggers: QAbstractItemView.EditTrigger,
        auto_default: bool = True,
        side_extra: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setEditTriggers(edit_triggers)
        self.new_reason = QLineEdit()
        self.new_reason.setPlaceholderText(texts.placeholder)
        self.new_reason.returnPressed.connect(self.add_typed)
        self.add_button = QPushButton(texts.add)
        self.add_button.clicked.connect(self.add_typed)
        self.remove_button = QPushButton(texts.remove)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button = QPushButton(texts.up)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        side = QVBoxLayout()
        side.addWidget(self.remove_button)
        side.addWidget(self.up_button)
        buttons = [self.add_button, self.remove_button, self.up_button]
        self.down_button: QPushButton | None = None
        if texts.down is not None:
            self.down_button = QPushButton(texts.down)
            self.down_button.clicked.connect(lambda: self.move_current(1))
            side.addWidget(self.down_button)
            buttons.append(self.down_button)
        if not auto_default:  # in a dialog whose Enter means "save it all"; else Qt's own choice
            for button in buttons:
                button.setAutoDefault(False)
        side.addStretch(1)
        if side_extra is not None:
            side.addWidget(side_extra)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        adding = QHBoxLayout()
        adding.addWidget(self.new_reason, 1)
        adding.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row, 1)
        layout.addLayout(adding)

    def add_item(self, shown: str, original: str) -> None:
        """Append a reason shown as `shown` that was stored as `original`."""
        item = QListWidgetItem(shown)
        item.setData(_ORIGINAL, original)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)

    def add_typed(self) -> None:
        """Add the reason typed below the list."""
        text = self.new_reason.text().strip()
        if text:
            self.add_item(text, text)
            self.new_reason.clear()

    def remove_current(self) -> None:
        """Remove the chosen reason."""
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def move_current(self, offset: int) -> None:
        """Move the chosen reason up (-1) or down (+1), keeping it chosen."""
        row = self.list.currentRow()
        target = row + offset
        if row >= 0 and 0 <= target < self.list.count():
            item = self.list.takeItem(row)
            self.list.insertItem(target, item)
            self.list.setCurrentRow(target)

    def items(self) -> list[tuple[str, str]]:
        """Each reason as (shown text now, text it was added with), in list order."""
        return [
            (self.list.item(i).text(), str(self.list.item(i).data(_ORIGINAL) or ""))
            for i in range(self.list.count())
        ]
