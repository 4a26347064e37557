"""The one list view every section uses: filter tabs with counts above a windowed table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salesapp.ui.lists.windowed import RECORD_ROLE, WindowedTableModel
from salesapp.ui.widgets.layout_memory import remember_header
from salesapp.ui.widgets.message_label import MessageLabel
from salesapp.ui.widgets.table_copy import install_row_copy

ROW_HEIGHT_FACTOR = 1.9


class RecordListView(QWidget):
    """Tabs (each a filter with a live count), the table, and a status line.

    Signals:
        tab_changed(object): the key of the chosen tab.
        record_activated(object): the record of a row that was double-clicked or entered.
        current_record_changed(object): the record under the cursor (None while its page loads).
        sort_changed(object): the user clicked a sortable column's header; the sort key it stands for.
        columns_fitted(): the columns were sized to the rows loaded (see `fit_columns`).
    """

    columns_fitted = Signal()

    sort_changed = Signal(object)
    tab_changed = Signal(object)
    record_activated = Signal(object)
    current_record_changed = Signal(object)

    def __init__(
        self, model: WindowedTableModel, tabs: Sequence[tuple[Any, str]], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.model = model
        self.tab_bar = QTabBar()
        self.tab_bar.setExpanding(False)
        self.tab_bar.setDrawBase(False)
        self._tab_keys: list[Any] = []
        self._sorts: dict[int, tuple[Any, Any]] = {}
        self._sort_column, self._sort_descending = 0, False
        self._tab_titles: list[str] = []
        for key, title in tabs:
            self._tab_keys.append(key)
            self._tab_titles.append(title)
            self.tab_bar.addTab(title)
        self.tab_bar.currentChanged.connect(lambda i: self.tab_changed.emit(self._tab_keys[i]))

        self.table = QTableView()
        self.table.setModel(model)
        install_row_copy(self.table)  # Ctrl+C copies the selected rows, headers first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # fixed heights: no per-row measuring
        vertical.setDefaultSectionSize(int(self.fontMetrics().height() * ROW_HEIGHT_FACTOR))
        vertical.hide()
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.current_record_changed.emit(current.data(RECORD_ROLE))
        )
        self.status = QLabel()
        self.status.setProperty("tone", "muted")
        self.message = MessageLabel()
        model.load_failed.connect(self._failed)
        # Columns fit what the first screen shows until the user sizes one (or a kept layout is put back).
        self._user_sized = False
        self._fitting = False
        self._fitted = False
        header.sectionResized.connect(self._section_resized)
        model.loaded.connect(self._first_rows_shown)  # a method: disconnected when this view is deleted

        layout = QVBoxLayout(self)
        layout.addWidget(self.tab_bar)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    def set_sorts(self, sorts: dict[int, tuple[Any, Any]], column: int, descending: bool) -> None:
        """Columns the user may sort by, column → (ascending key, descending key); the sort happens in SQL
        (the view reloads on `sort_changed`), never in a proxy over the whole list."""
        self._sorts, self._sort_column, self._sort_descending = sorts, column, descending
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.sectionClicked.connect(self._sort_clicked)
        self._show_sort_indicator()

    def sort_key(self) -> Any:
        """The key of the current sort."""
        ascending, descending = self._sorts[self._sort_column]
        return descending if self._sort_descending else ascending

    def _sort_clicked(self, section: int) -> None:
        if section in self._sorts:
            if section == self._sort_column:
                self._sort_descending = not self._sort_descending
            else:
                self._sort_column, self._sort_descending = section, True
            self.sort_changed.emit(self.sort_key())
        self._show_sort_indicator()  # a click on another column must not move the indicator

    def _show_sort_indicator(self) -> None:
        order = Qt.SortOrder.DescendingOrder if self._sort_descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(self._sort_column, order)

    def set_column_widths(self, widths: Sequence[int]) -> None:
        """Widths in characters of the average digit until the first rows arrive (then `fit_columns`)."""
        unit = self.fontMetrics().horizontalAdvance("0")
        self._fitting = True
        try:
            for column, chars in enumerate(widths):
                self.table.setColumnWidth(column, chars * unit)
        finally:
            self._fitting = False

    def _first_rows_shown(self, _count: int) -> None:
        self.fit_columns()

    def _section_resized(self, section: int, _old: int, _new: int) -> None:
        header = self.table.horizontalHeader()
        stretched = header.stretchLastSection() and header.visualIndex(section) == header.count() - 1
        if not self._fitting and not stretched:  # Qt itself sizes the stretched last column
            self._user_sized = True

    def fit_columns(self) -> None:
        """Size every column to show its header and the values of the rows loaded first whole; free-text
        columns (notes) share the width left. Columns only grow while the view lives (no jumping while
        typing a search); nothing is done once the user sized a column or a kept layout was put back."""
        if self._user_sized:
            return
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        padding = 2 * self.table.style().pixelMetric(self.style().PixelMetric.PM_FocusFrameHMargin) + 22
        rows = range(min(self.model.rowCount(), 60))
        widths: dict[int, int] = {}
        for column, spec in enumerate(self.model.columns):
            if header.isSectionHidden(column):
                continue
            width = header.sectionSizeFromContents(column).width()
            if not spec.free_text:
                icon_room = self.table.iconSize().width() + 6 if spec.icon is not None else 0
                for row in rows:
                    text = self.model.data(self.model.index(row, column))
                    if isinstance(text, str) and text:
                        width = max(width, metrics.horizontalAdvance(text) + padding + icon_room)
                cap = max(metrics.horizontalAdvance("0") * 40, self.table.viewport().width() * 2 // 5)
                width = min(width, cap)
            grow = self._fitted and not spec.free_text
            widths[column] = max(width, header.sectionSize(column)) if grow else width
        free = [c for c, spec in enumerate(self.model.columns) if spec.free_text and c in widths]
        left = self.table.viewport().width() - sum(w for c, w in widths.items() if c not in free)
        least = metrics.horizontalAdvance("0") * 16
        for column in free:
            widths[column] = max(least, left // len(free), widths[column])
        self._fitting = True
        try:
            for column, width in widths.items():
                if column != header.count() - 1 or not header.stretchLastSection():
                    header.resizeSection(column, width)
        finally:
            self._fitting = False
        self._fitted = self._fitted or bool(rows)
        self.columns_fitted.emit()

    def columns_width(self) -> int:
        """The width the table needs to show every visible column whole, with its frame and scroll bar
        (a free-text column counted at its least width)."""
        header = self.table.horizontalHeader()
        least = self.table.fontMetrics().horizontalAdvance("0") * 16
        widths = (
            least if spec.free_text else header.sectionSize(column)
            for column, spec in enumerate(self.model.columns)
            if not header.isSectionHidden(column)
        )
        frame = 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        return sum(widths) + frame + margins.left() + margins.right()

    def remember_layout(self, key: str) -> None:
        """Keep the user's column widths, order and sort on this desktop as `key` and put back what was
        kept (call after `set_column_widths` and `set_sorts`, before the first load)."""
        header = self.table.horizontalHeader()
        self._fitting = True  # putting back what was kept is not the user sizing a column now
        try:
            restored = remember_header(header, key)
        finally:
            self._fitting = False
        if restored:
            self._user_sized = True
            section = header.sortIndicatorSection()
            if section in self._sorts:
                self._sort_column = section
                self._sort_descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        if self._sorts:
            self._show_sort_indicator()

    def selected_spans(self) -> list[tuple[int, int]]:
        """The selected rows as (first, last) spans in list order, overlaps merged.

        Read from the selection's ranges, never row by row: "Select all 300,000" is one range, and
        `selectedRows()` would build 300,000 model indexes on the GUI thread.
        """
        spans: list[tuple[int, int]] = []
        selection = self.table.selectionModel().selection()
        ranges = (selection.at(i) for i in range(selection.size()))
        for top, bottom in sorted((r.top(), r.bottom()) for r in ranges):
            if spans and top <= spans[-1][1] + 1:
                spans[-1] = (spans[-1][0], max(spans[-1][1], bottom))
            else:
                spans.append((top, bottom))
        return spans

    def selected_count(self) -> int:
        """How many rows are selected (from the ranges)."""
        return sum(last - first + 1 for first, last in self.selected_spans())

    def all_selected(self) -> bool:
        """Every row of the list is selected ("Select all"): actions may stand for the whole list."""
        rows = self.model.rowCount()
        return rows > 0 and self.selected_count() == rows

    def selected_ids(self) -> list[int]:
        """Ids of the selected rows, in list order (rows whose id is not known yet are left out); sliced
        from the model's id array span by span."""
        ids: list[int] = []
        for first, last in self.selected_spans():
            ids.extend(self.model.ids_between(first, last))
        return ids

    def current_key(self) -> Any:
        """The key of the chosen tab."""
        return self._tab_keys[self.tab_bar.currentIndex()]

    def set_tab_count(self, key: Any, text: str) -> None:
        """Show a count beside a tab's title: "Awaiting (1,234)"."""
        index = self._tab_keys.index(key)
        self.tab_bar.setTabText(index, f"{self._tab_titles[index]} ({text})")

    def _activated(self, index: Any) -> None:
        record = index.data(RECORD_ROLE)
        if record is not None:
            self.record_activated.emit(record)

    def _failed(self, exc: BaseException) -> None:
        from salesapp.ui.shared.i18n import error_text

        self.message.show_error(error_text(exc))

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._activated(self.table.currentIndex())
            return
        super().keyPressEvent(event)
