"""Ctrl+C on a table copies the selected rows as tab-separated text, headers first, as a spreadsheet does.

`install_row_copy(table)` is the one call a view makes; the RecordListView makes it, so every list has it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QTableView

MAX_COPIED_ROWS = 5_000
"""At most this many rows go to the clipboard: a "Select all" of a 300,000-row list would read every
page of it on the GUI thread; a spreadsheet paste of more is an export's job."""


def _cell_text(value: object) -> str:
    """A cell as one line of text: tabs and line breaks would split it across cells and rows."""
    if value is None:
        return ""
    return " ".join(str(value).split())


def rows_as_text(table: QTableView) -> str:
    """The selected rows (the current one when nothing is selected) of the visible columns, in the order
    shown, with a header line, as tab-separated text."""
    model = table.model()
    if model is None:
        return ""
    selection = table.selectionModel().selection() if table.selectionModel() is not None else None
    rows: set[int] = set()
    if selection is not None:
        for i in range(selection.size()):  # ranges, not selectedRows(): no index per selected row
            span = selection.at(i)
            rows.update(range(span.top(), min(span.bottom(), span.top() + MAX_COPIED_ROWS) + 1))
    if not rows and table.currentIndex().isValid():
        rows.add(table.currentIndex().row())
    if not rows:
        return ""
    header = table.horizontalHeader()
    columns = [header.logicalIndex(visual) for visual in range(header.count())]
    columns = [c for c in columns if not table.isColumnHidden(c)]
    lines = [
        "\t".join(
            _cell_text(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
            for c in columns
        )
    ]
    for row in sorted(rows)[:MAX_COPIED_ROWS]:
        lines.append("\t".join(_cell_text(model.index(row, c).data()) for c in columns))
    return "\n".join(lines) + "\n"


class RowCopier(QObject):
    """Watches one table's keys: the Copy key (Ctrl+C, or the platform's) copies the selected rows whole
    instead of Qt's one current cell. Lives as the table's child; nothing to undo when the table goes."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Copy):
                if kind == QEvent.Type.ShortcutOverride:
                    event.accept()  # the table takes the key even when a window action claims it
                else:
                    self.copy()
                return True
        return super().eventFilter(watched, event)

    def copy(self) -> None:
        """Put the selected rows on the clipboard (nothing selected and no current row: left as it was)."""
        text = rows_as_text(self.table)
        if text:
            QGuiApplication.clipboard().setText(text)


def install_row_copy(table: QTableView) -> RowCopier:
    """Make Ctrl+C on `table` copy its selected rows with the headers, as tab-separated text."""
    return RowCopier(table)
