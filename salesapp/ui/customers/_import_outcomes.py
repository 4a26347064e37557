"""The import preview's table model: what each row of the file does, and why."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from salesapp.services.customers.customer_import import RowAction, RowOutcome
from salesapp.ui.shared.i18n import error_text

Index = QModelIndex | QPersistentModelIndex
_ERROR_BRUSH = QBrush(QColor("#c62828"))


class OutcomeModel(QAbstractTableModel):
    """The preview's rows: line, what happens and why, with name, phone and e-mail to recognise the row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowOutcome] = []
        self._headers = [
            self.tr("Line"), self.tr("Action"), self.tr("Name"), self.tr("Phone"), self.tr("E-mail"),
            self.tr("Reason"),
        ]  # fmt: skip
        self._actions = {
            RowAction.CREATE: self.tr("Create"),
            RowAction.UPDATE: self.tr("Update"),
            RowAction.SKIP: self.tr("Skip"),
            RowAction.ERROR: self.tr("Error"),
        }

    def set_rows(self, rows: list[RowOutcome]) -> None:
        """Show `rows`."""
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
            if column == 5:
                return error_text(row.error) if row.error is not None else ""
            return (row.name, row.phone, row.email)[column - 2]
        if role == Qt.ItemDataRole.ForegroundRole and row.action is RowAction.ERROR:
            return _ERROR_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
