"""The import preview's table model: what each row of the file does, and why (every import's)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from salesapp.services.shared.import_plan import RowAction
from salesapp.ui.shared.i18n import error_text, translate
from salesapp.ui.shared.theme import color

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class OutcomeColumn:
    """A column that helps recognise a row (name, phone, SKU…): its title, its text, its initial width."""

    title: str
    text: Callable[[Any], str]
    width: int = 140


class OutcomeModel(QAbstractTableModel):
    """The preview's rows: line, what happens, the feature's columns to recognise the row, and why. Its
    texts keep the "OutcomeModel" translation context."""

    def __init__(self, columns: Sequence[OutcomeColumn], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._columns = list(columns)
        self._headers = [
            translate("OutcomeModel", "Line"), translate("OutcomeModel", "Action"),
            *(c.title for c in self._columns), translate("OutcomeModel", "Reason"),
        ]  # fmt: skip
        self._actions = {
            RowAction.CREATE: translate("OutcomeModel", "Create"),
            RowAction.UPDATE: translate("OutcomeModel", "Update"),
            RowAction.SKIP: translate("OutcomeModel", "Skip"),
            RowAction.ERROR: translate("OutcomeModel", "Error"),
        }

    def set_rows(self, rows: list[Any]) -> None:
        """Show `rows` (outcomes with line, action and error)."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(row.line)
            if column == 1:
                return self._actions[row.action]
            if column == len(self._headers) - 1:
                return error_text(row.error) if row.error is not None else ""
            return self._columns[column - 2].text(row)
        if role == Qt.ItemDataRole.ForegroundRole and row.action is RowAction.ERROR:
            return QBrush(color("danger"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
