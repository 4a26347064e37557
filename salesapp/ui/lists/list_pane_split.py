"""A list beside its detail pane: the split starts from what the list's columns need, and what the user
chose is kept.

Until the user drags the handle (then the position is kept on this desktop and put back next time), the
list gets the width its fitted columns need, the pane the rest but never less than its least width; the
list never less than half. The share is worked out when the list's columns are fitted and again when the
splitter is first shown at its real width (sections load while hidden).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QSplitter

from salesapp.ui.lists.record_list import RecordListView
from salesapp.ui.widgets.layout_memory import remember_splitter


class ListPaneSplit(QObject):
    """Keeps `splitter` (list side first) shared by what the list needs until the user chooses."""

    def __init__(self, splitter: QSplitter, records: RecordListView, key: str, pane_least: int = 380) -> None:
        super().__init__(splitter)
        self.splitter, self.records, self.pane_least = splitter, records, pane_least
        self.chosen = remember_splitter(splitter, key)
        splitter.splitterMoved.connect(self._dragged)
        records.columns_fitted.connect(self.share)
        splitter.installEventFilter(self)

    def _dragged(self, *_args: object) -> None:
        self.chosen = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() in (QEvent.Type.Show, QEvent.Type.Resize):
            self.share()
        return False

    def share(self) -> None:
        """Give the list what its columns need (see the module docstring); nothing once the user chose."""
        total = self.splitter.width() - self.splitter.handleWidth()
        if self.chosen or not self.splitter.isVisible() or total <= 0 or self.splitter.count() < 2:
            return
        wanted = self.records.columns_width()
        room = min(wanted, total - self.pane_least)
        list_width = max(room, total // 2)
        self.splitter.setSizes([list_width, total - list_width])
