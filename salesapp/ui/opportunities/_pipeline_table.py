"""Each salesperson's pipeline for managers: open count, amount, weighted forecast (amount × probability),
stale count, and won and lost this month, with a total line."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.enums import Currency
from salesapp.domain.money import Money
from salesapp.domain.opportunity import PipelineRow, add_totals
from salesapp.ui.opportunities._opportunity_labels import money_text, totals_text

NAME, OPEN, AMOUNT, WEIGHTED, STALE, WON, LOST = range(7)
NO_OWNER = -1


def _sum_money(groups: Iterable[Sequence[Money]]) -> tuple[Money, ...]:
    sums: dict[Currency, int] = {}
    for group in groups:
        for money in group:
            sums[money.currency] = sums.get(money.currency, 0) + money.minor
    return tuple(Money(sums[c], c) for c in Currency if c in sums)


class PipelineTable(QWidget):
    """One line per salesperson (a few dozen at most, so a plain table widget), and the total.

    Signals:
        owner_activated(object): a line was double-clicked: the salesperson's id (None: no salesperson).
    """

    owner_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PipelineRow] = []
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([
            self.tr("Salesperson"), self.tr("Open"), self.tr("Amount"), self.tr("Weighted forecast"),
            self.tr("Stale"), self.tr("Won this month"), self.tr("Lost this month"),
        ])  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in range(OPEN, LOST + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemDoubleClicked.connect(self._activated)
        hint = QLabel(self.tr("Weighted forecast = amount × the stage's probability. Double-click a line to "
                              "list that salesperson's opportunities."))  # fmt: skip
        hint.setWordWrap(True)
        hint.setProperty("tone", "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)

    def set_rows(self, rows: Sequence[PipelineRow]) -> None:
        """Show the figures, then a total line when there is more than one salesperson."""
        self.rows = list(rows)
        lines = [self._cells(r) for r in rows]
        total = len(rows) > 1
        if total:
            lines.append(self._total(rows))
        self.table.setRowCount(len(lines))
        bold = QFont(self.font())
        bold.setBold(True)
        for row, (owner, cells) in enumerate(lines):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, owner)
                if column != NAME:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if total and row == len(lines) - 1:
                    item.setFont(bold)
                self.table.setItem(row, column, item)

    def _cells(self, r: PipelineRow) -> tuple[int | None, list[str]]:
        locale = QLocale()
        return (NO_OWNER if r.owner_id is None else r.owner_id), [
            r.owner_name or self.tr("No salesperson"),
            locale.toString(r.open_count),
            totals_text(r.open, weighted=False),
            totals_text(r.open, weighted=True),
            locale.toString(r.stale_count),
            self.tr("{0} · {1}").format(locale.toString(r.won_count), money_text(r.won)),
            self.tr("{0} · {1}").format(locale.toString(r.lost_count), money_text(r.lost)),
        ]

    def _total(self, rows: Sequence[PipelineRow]) -> tuple[int | None, list[str]]:
        locale = QLocale()
        open_totals = add_totals(t for r in rows for t in r.open)
        return None, [
            self.tr("Everyone"),
            locale.toString(sum(r.open_count for r in rows)),
            totals_text(open_totals, weighted=False),
            totals_text(open_totals, weighted=True),
            locale.toString(sum(r.stale_count for r in rows)),
            self.tr("{0} · {1}").format(
                locale.toString(sum(r.won_count for r in rows)), money_text(_sum_money(r.won for r in rows))
            ),
            self.tr("{0} · {1}").format(
                locale.toString(sum(r.lost_count for r in rows)), money_text(_sum_money(r.lost for r in rows))
            ),
        ]

    def text(self, row: int, column: int) -> str:
        """A cell's text (for tests)."""
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def row_of(self, owner_name: str) -> int:
        """The line of a salesperson by name."""
        return next(i for i in range(self.table.rowCount()) if self.text(i, NAME) == owner_name)

    def _activated(self, item: QTableWidgetItem) -> None:
        owner = item.data(Qt.ItemDataRole.UserRole)
        if owner is not None:  # the total line lists everyone: nothing to narrow
            self.owner_activated.emit(None if owner == NO_OWNER else owner)
