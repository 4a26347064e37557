"""F1: what the section on screen is for, and the keyboard shortcuts of the whole window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesapp.ui.shared.i18n import tr_noop, translate

# (key sequence, what it does): shown in the user's language, keys as this platform writes them.
SHORTCUTS: tuple[tuple[str | QKeySequence.StandardKey, str], ...] = (
    ("Ctrl+1 … Ctrl+8", tr_noop("HelpDialog", "Go to a section (in the order of the list on the left)")),
    (QKeySequence.StandardKey.New, tr_noop("HelpDialog", "New record in this section")),
    (QKeySequence.StandardKey.Find, tr_noop("HelpDialog", "Search in this section")),
    (QKeySequence.StandardKey.Refresh, tr_noop("HelpDialog", "Read the section again from the database")),
    (QKeySequence.StandardKey.SelectAll, tr_noop("HelpDialog", "Select every row of the list")),
    (QKeySequence.StandardKey.Copy, tr_noop("HelpDialog", "Copy the selected rows for a spreadsheet")),
    (QKeySequence.StandardKey.HelpContents, tr_noop("HelpDialog", "This help")),
    ("Ctrl+Q", tr_noop("HelpDialog", "Quit salesapp")),
)


def key_text(key: str | QKeySequence.StandardKey) -> str:
    """A shortcut as this platform writes it ("Ctrl+N", "⌘N")."""
    if isinstance(key, str):
        return key
    bindings = QKeySequence.keyBindings(key)
    return bindings[0].toString(QKeySequence.SequenceFormat.NativeText) if bindings else ""


class HelpDialog(QDialog):
    """The section's title and purpose above the table of shortcuts."""

    def __init__(self, title: str, about: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Help: {0}").format(title))
        self.title = QLabel(title)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.about = QLabel(about or self.tr("Settings of this desktop and, for administrators, the shop's."))
        self.about.setWordWrap(True)
        self.keys = QTableWidget(len(SHORTCUTS), 2)
        self.keys.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.keys.verticalHeader().hide()
        self.keys.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.keys.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.keys.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for row, (key, text) in enumerate(SHORTCUTS):
            self.keys.setItem(row, 0, QTableWidgetItem(key_text(key)))
            self.keys.setItem(row, 1, QTableWidgetItem(translate("HelpDialog", text)))
        header = self.keys.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.about)
        layout.addWidget(QLabel(self.tr("Keyboard shortcuts")))
        layout.addWidget(self.keys, 1)
        layout.addWidget(buttons)
        self.resize(620, 440)
