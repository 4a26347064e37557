"""The one detail-pane pattern: `load(record)` fills the widgets with signals blocked; edits are reported as
`*_requested` signals; the controller saves and reports back with `saved()` or `show_error()`, and the
text a user typed stays in the editors whenever a save fails.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from salesapp.domain.enums import Action
from salesapp.domain.records import ActivityRecord
from salesapp.ui.widgets.message_label import MessageLabel


class DetailPane(QWidget):
    """Base of every detail pane: the shown record, a message line, and a busy state while saving."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: Any = None
        self.message = MessageLabel()
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.message)
        self._editors: list[QWidget] = []

    def add_editor(self, widget: QWidget) -> None:
        """Register a widget disabled while a save is in flight (so nothing is sent twice)."""
        self._editors.append(widget)

    def load(self, record: Any) -> None:
        """Show `record` (None clears the pane); signals of the filled widgets are blocked meanwhile."""
        same = record is not None and self.record is not None and self.key(record) == self.key(self.record)
        self.record = record
        blocked = [(w, w.blockSignals(True)) for w in self._editors]
        try:
            self.fill(record, same)
        finally:
            for widget, was in blocked:
                widget.blockSignals(was)
        if not same:
            self.message.clear_message()

    def key(self, record: Any) -> Any:
        """What identifies a record across reloads (its id)."""
        return getattr(record, "id", None)

    def fill(self, record: Any, same_record: bool) -> None:
        """Fill the widgets; `same_record` means a reload of what is shown: keep the user's drafts."""
        raise NotImplementedError

    def set_busy(self, busy: bool) -> None:
        """Disable the editors while a save is in flight."""
        for widget in self._editors:
            widget.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        """Report a failed save; nothing typed is cleared."""
        self.set_busy(False)
        self.message.show_error(text)

    def show_notice(self, text: str) -> None:
        """Report something neutral (saved, closed, …)."""
        self.message.show_notice(text)


def title_label() -> QLabel:
    """The pane's bold title: wrapped, and selectable so a name can be copied into a chat."""
    title = QLabel()
    title.setObjectName("detailTitle")
    title.setProperty("textStyle", "heading")
    title.setWordWrap(True)
    title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return title


def status_row() -> tuple[QLabel, QLabel, QHBoxLayout]:
    """The line under the title: a 22×22 status icon and the wrapped status text, and their layout."""
    icon = QLabel()
    icon.setFixedSize(22, 22)
    status = QLabel()
    status.setWordWrap(True)
    row = QHBoxLayout()
    row.addWidget(icon)
    row.addWidget(status, 1)
    return icon, status, row


def placeholder_label(text: str, *, word_wrap: bool = False) -> QLabel:
    """The grey centred hint shown instead of the pane's widgets while nothing is selected."""
    placeholder = QLabel(text)
    placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
    placeholder.setProperty("tone", "muted")
    placeholder.setWordWrap(word_wrap)
    return placeholder


def show_activities(
    tree: QTreeWidget,
    history: Iterable[ActivityRecord],
    when: Callable[[datetime], str],
    action: Callable[[Action], str],
    change: Callable[[str, Any, Any], str],
) -> None:
    """Fill a history tree (When, Who, What, Details): a row per activity; its details (the summary and
    each change as `change(field, old, new)`) are also the tooltip, since a narrow pane cuts them."""
    tree.clear()
    for activity in history:
        changes = ", ".join(change(k, a, b) for k, (a, b) in activity.changes.items())
        details = " · ".join(p for p in (activity.summary, changes) if p)
        item = QTreeWidgetItem([when(activity.at), activity.user_name, action(activity.action), details])
        item.setToolTip(3, details)
        tree.addTopLevelItem(item)
