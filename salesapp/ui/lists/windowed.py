"""One windowed table model for every big list: row count up front, pages of records fetched on demand.

`data()` never runs SQL: a missing page is requested from the database worker and painted when it
arrives. The ordered id list (8 bytes a row) arrives off the GUI thread and serves scrollbar jumps; until
then the first page, read by keyset order, is already on screen.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QIcon

from salesapp.ui.shared.tasks import DbWorker

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
DECORATION = Qt.ItemDataRole.DecorationRole
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """A column: its header and how a record becomes display text (and optional tooltip, icon, alignment)."""

    title: str
    text: Callable[[Any], str]
    align_right: bool = False
    tooltip: Callable[[Any], str] | None = None
    icon: Callable[[Any], QIcon] | None = None
    free_text: bool = False
    """Long free text (a note): the column that gives way when the window is narrow, its whole text in the
    tooltip. Every other column is sized to show its values whole."""


class WindowedTableModel(QAbstractTableModel):
    """Rows by position over a list that may have millions of records.

    Signals:
        loaded(int): a new list (after `load`) shows its first rows; the count may still grow.
        ids_loaded(int): the full id list arrived; this is the exact row count.
        page_loaded(int): a page of rows arrived (page number).
        load_failed(object): the database refused or failed (the exception).
    """

    loaded = Signal(int)
    ids_loaded = Signal(int)
    page_loaded = Signal(int)
    load_failed = Signal(object)

    def __init__(
        self,
        worker: DbWorker,
        columns: Sequence[Column],
        fetch_rows: Callable[[list[int]], list[Any]],
        page_size: int = 200,
        max_pages: int = 50,
    ) -> None:
        super().__init__()
        self.worker = worker
        self.columns = list(columns)
        self.fetch_rows = fetch_rows
        self.page_size = page_size
        self.max_pages = max_pages
        self._count = 0
        self._ids: array[int] | None = None
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._in_flight: set[int] = set()
        self._generation = 0

    # -- loading ---------------------------------------------------------------------------------------
    def load(
        self,
        count_and_first_page: Callable[[], tuple[int, list[Any]]],
        ids: Callable[[Callable[[], bool]], array[int]],
    ) -> None:
        """Replace the list: a (possibly capped) count and the first page first, then the full id list.

        `ids` is given a `superseded()` check: a newer `load` makes it true, so a long id read can stop.
        """
        self._generation += 1
        generation = self._generation
        # The old list's ids must not serve a page requested meanwhile (refresh_ids after a save): it would
        # arrive under the new generation and overwrite the new list's first rows.
        self._ids = None

        def shown(result: tuple[int, list[Any]]) -> None:
            if generation != self._generation:
                return
            count, first = result
            self.beginResetModel()
            self._count = count
            self._ids = None
            self._pages.clear()
            self._in_flight.clear()
            self._pages[0] = first
            self.endResetModel()
            self.loaded.emit(count)
            superseded = lambda: generation != self._generation  # noqa: E731  (read on the worker)
            self.worker.submit(
                ids, superseded, on_done=lambda got: self._ids_arrived(generation, got), on_error=self._failed
            )

        self.worker.submit(count_and_first_page, on_done=shown, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.load_failed.emit(exc)

    def _ids_arrived(self, generation: int, ids: array[int]) -> None:
        if generation != self._generation:
            return
        self._ids = ids
        if len(ids) > self._count:  # the first count was capped: grow, keeping scroll and selection
            self.beginInsertRows(QModelIndex(), self._count, len(ids) - 1)
            self._count = len(ids)
            self.endInsertRows()
        elif len(ids) < self._count:  # the list shrank meanwhile: trust the id list
            self.beginResetModel()
            self._count = len(ids)
            self._pages.clear()
            self.endResetModel()
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(self.columns) - 1))
        self.ids_loaded.emit(len(ids))

    def _request(self, page: int) -> None:
        if page in self._in_flight or self._ids is None:
            return
        start = page * self.page_size
        wanted = self._ids[start : start + self.page_size].tolist()
        self._in_flight.add(page)
        generation = self._generation
        self.worker.submit(
            self.fetch_rows, wanted,
            on_done=lambda rows: self._page_arrived(generation, page, rows),
            on_error=self._failed,
        )  # fmt: skip

    def _page_arrived(self, generation: int, page: int, rows: list[Any]) -> None:
        self._in_flight.discard(page)
        if generation != self._generation:
            return
        self._pages[page] = rows
        self._pages.move_to_end(page)
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)
        first = page * self.page_size
        last = min(self._count, first + self.page_size) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))
        self.page_loaded.emit(page)

    def refresh_ids(self, ids: set[int]) -> None:
        """Re-read the cached pages holding any of `ids` (after a ChangeSet); others stay.

        The old rows stay on screen until the fresh page arrives: no flicker, selection untouched.
        """
        stale = [p for p, rows in self._pages.items() if any(getattr(r, "id", None) in ids for r in rows)]
        for page in stale:
            self._request(page)

    def update_record(self, record: Any) -> bool:
        """Show a record already read (after this desktop's own save) at once, where its id is cached."""
        for page, rows in self._pages.items():
            for offset, old in enumerate(rows):
                if getattr(old, "id", None) == record.id:
                    rows[offset] = record
                    row = page * self.page_size + offset
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
                    return True
        return False

    # -- Qt model interface ------------------------------------------------------------------------------
    def record(self, row: int) -> Any | None:
        """The record at `row` if its page is loaded (asks for the page otherwise)."""
        if not 0 <= row < self._count:
            return None
        page, offset = divmod(row, self.page_size)
        rows = self._pages.get(page)
        if rows is None:
            self._request(page)
            return None
        self._pages.move_to_end(page)
        return rows[offset] if offset < len(rows) else None

    def id_at(self, row: int) -> int | None:
        """The id shown at `row`, from the id list or a loaded page (None while neither is there)."""
        if self._ids is not None:
            return self._ids[row] if 0 <= row < len(self._ids) else None
        page, offset = divmod(row, self.page_size)
        rows = self._pages.get(page)
        return getattr(rows[offset], "id", None) if rows is not None and offset < len(rows) else None

    def ids_between(self, first: int, last: int) -> list[int]:
        """The ids of rows `first`..`last` in order: a slice of the id list (no model index, no Python
        loop per row); before it arrives, the ids of loaded pages only."""
        if self._ids is not None:
            return self._ids[max(first, 0) : last + 1].tolist()
        found = (self.id_at(row) for row in range(max(first, 0), min(last + 1, self._count)))
        return [i for i in found if i is not None]

    def has_ids(self) -> bool:
        """The full id list has arrived (jumps, "Select all" and bulk actions can use it)."""
        return self._ids is not None

    def all_ids(self) -> list[int] | None:
        """Every id of the list in order, once the id list has arrived."""
        return None if self._ids is None else self._ids.tolist()

    def cached_pages(self) -> int:
        """How many pages are held (bounded by max_pages)."""
        return len(self._pages)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns):
                return self.columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, RECORD_ROLE, DECORATION):
            return None
        if role == DECORATION and column.icon is None:
            return None
        record = self.record(index.row())
        if record is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        if role == RECORD_ROLE:
            return record
        if role == DECORATION:
            return column.icon(record) if column.icon else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.tooltip is None:
                return column.text(record) if column.free_text else None
            return column.tooltip(record)
        return column.text(record)
