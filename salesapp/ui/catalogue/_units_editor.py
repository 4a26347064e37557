"""The units of a product as the detail pane edits them: one row per unit (name, how many base units it
holds, price, currency), Add unit and Remove unit."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.catalogue import MAX_FACTOR, MAX_UNITS, UnitInput
from salesapp.domain.enums import Currency
from salesapp.domain.errors import ValidationError, msg
from salesapp.domain.money import format_minor, parse_minor
from salesapp.domain.records import ProductUnitRecord

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass
class _Row:
    """The editors of one unit row, and the id of the unit it edits (None: a new unit)."""

    unit_id: int | None
    name: QLineEdit
    factor: QSpinBox
    price: QLineEdit
    currency: QComboBox


class UnitsEditor(QWidget):
    """Edits a product's units; `units()` reads them back (refusing a price that is not an amount).

    Signals:
        edited(): the user changed a unit, added or removed one.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default_currency = Currency.THB
        self._rows: list[_Row] = []
        self._read_only = False
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Unit"), self.tr("Holds"), self.tr("Price"), self.tr("Currency")]
        )
        holds = self.table.horizontalHeaderItem(1)
        if holds is not None:
            holds.setToolTip(self.tr("How many base units this unit holds"))
        self.table.verticalHeader().hide()
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the name stretches
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Cell editors do not size their columns: widths in characters, wide enough for "1,590,000.00".
        digit = self.fontMetrics().horizontalAdvance("0")
        for column, chars in ((1, 7), (2, 13), (3, 7)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(column, chars * digit + 16)
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 2.1))
        self.table.setMinimumHeight(int(self.fontMetrics().height() * 9))
        self.add_button = QPushButton(self.tr("Add unit"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button = QPushButton(self.tr("Remove unit"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.setToolTip(
            self.tr("Orders that have this unit keep it; it is no longer offered on new orders.")
        )
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_units(self, units: Sequence[ProductUnitRecord]) -> None:
        """Show these units (signals blocked: loading is not an edit)."""
        self.table.setRowCount(0)
        self._rows = []
        for unit in units:
            self.add_unit(unit.name, unit.factor, unit.price_minor, unit.currency, unit.id, report=False)
        self._update_buttons()

    def add_unit(
        self,
        name: str = "",
        factor: int = 1,
        price_minor: int | None = None,
        currency: Currency | None = None,
        unit_id: int | None = None,
        report: bool = True,
    ) -> _Row:
        """Append a unit row (a new one is empty, holding 1, in the default currency); returns its editors."""
        currency = Currency(currency or self.default_currency)
        row = _Row(unit_id, QLineEdit(name), QSpinBox(), QLineEdit(), QComboBox())
        row.name.setPlaceholderText(self.tr("e.g. bottle"))
        row.factor.setRange(1, MAX_FACTOR)
        row.factor.setValue(factor)
        row.factor.setAlignment(_RIGHT)
        row.price.setAlignment(_RIGHT)
        if price_minor is not None:
            row.price.setText(format_minor(price_minor, currency, with_symbol=False))
        for code in Currency:
            row.currency.addItem(code.value, code.value)
        row.currency.setCurrentIndex(row.currency.findData(currency.value))
        for widget in (row.name, row.price):
            widget.textEdited.connect(lambda _t: self.edited.emit())
        row.factor.valueChanged.connect(lambda _v: self.edited.emit())
        row.currency.currentIndexChanged.connect(lambda _i: self.edited.emit())
        index = self.table.rowCount()
        self.table.insertRow(index)
        editors: tuple[QWidget, ...] = (row.name, row.factor, row.price, row.currency)
        for column, editor in enumerate(editors):
            editor.setEnabled(not self._read_only)
            self.table.setCellWidget(index, column, editor)
        self._rows.append(row)
        self._update_buttons()
        if report:
            self.edited.emit()
        return row

    def _add_clicked(self) -> None:
        row = self.add_unit()
        self.table.selectRow(len(self._rows) - 1)
        row.name.setFocus()

    def remove_current(self) -> None:
        """Remove the selected unit row (the last one when none is selected)."""
        if not self._rows:
            return
        index = self.table.currentRow()
        if not 0 <= index < len(self._rows):
            index = len(self._rows) - 1
        self.table.removeRow(index)
        del self._rows[index]
        self._update_buttons()
        self.edited.emit()

    def rows(self) -> list[_Row]:
        """The editors of every unit row, in order."""
        return list(self._rows)

    def units(self) -> tuple[UnitInput, ...]:
        """The units as typed (ValidationError naming the unit whose price is not an amount)."""
        out = []
        for row in self._rows:
            currency = Currency(row.currency.currentData())
            text = row.price.text().strip()
            name = row.name.text()
            if not text:
                raise ValidationError(msg("Give the price of “{unit}”."), field="price", unit=name.strip())
            try:
                price = parse_minor(text, currency)
            except ValidationError as exc:
                raise ValidationError(
                    msg("The price of “{unit}” is not an amount: “{text}”."),
                    field="price", unit=name.strip(), text=text[:40],
                ) from exc  # fmt: skip
            out.append(UnitInput(name, row.factor.value(), price, currency, row.unit_id))
        return tuple(out)

    def set_read_only(self, read_only: bool) -> None:
        """Sales staff see the units and prices but cannot change them."""
        self._read_only = read_only
        for row in self._rows:
            for widget in (row.name, row.factor, row.price, row.currency):
                widget.setEnabled(not read_only)
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(len(self._rows) < MAX_UNITS)
        self.remove_button.setEnabled(bool(self._rows))
