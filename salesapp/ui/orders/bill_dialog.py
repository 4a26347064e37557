"""The "Open bill" order form: pick products by typing part of their name, a unit, a quantity and a line
discount, see the lines and the live total, and save a new order for one customer.

The catalogue is read by the caller through the database worker and handed in (`set_catalogue` replaces
it); the form itself runs no query. The total is computed by
`salesapp.domain.orders.bill.bill_totals`, the same
function the order service stores the total with, so what the user sees is what is saved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.enums import Currency
from salesapp.domain.errors import SalesappError, ValidationError, msg
from salesapp.domain.money import format_minor, parse_minor
from salesapp.domain.orders.bill import (
    MAX_QUANTITY,
    NO_LINES,
    PAYMENT_METHODS,
    BillInput,
    BillLineInput,
    PricedLine,
    ProductChoice,
    bill_totals,
    check_line,
    check_shipping,
)
from salesapp.domain.records import ProductUnitRecord
from salesapp.domain.text import search_key
from salesapp.ui.orders.order_labels import payment_name
from salesapp.ui.shared.i18n import error_text, translate
from salesapp.ui.widgets.form_parts import EntryDialog
from salesapp.ui.widgets.message_label import MessageLabel

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_PRODUCT_ROW = Qt.ItemDataRole.UserRole
_SEARCH_KEY = Qt.ItemDataRole.UserRole + 1
_SYMBOL = {Currency.THB: "฿", Currency.VND: "₫"}


@dataclass(frozen=True)
class _Line:
    """A line added to the form, with what the table shows of it."""

    product: ProductChoice
    unit: ProductUnitRecord
    quantity: int
    discount_minor: int

    @property
    def priced(self) -> PricedLine:
        return PricedLine(self.quantity, self.unit.price_minor, self.discount_minor)

    @property
    def description(self) -> str:
        return f"{self.product.name} ({self.unit.name})"


def _cell(text: str, align: Qt.AlignmentFlag | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if align is not None:
        item.setTextAlignment(align)
    return item


class LinePicker(QWidget):
    """Product × unit × quantity × discount, and the table of the lines added: the part of an order form
    shared by the bill and the upsell success form.

    Typing in the product field filters the products by any part of their name or SKU (Vietnamese tone
    marks and case ignored); Enter takes the first match. Enter in the quantity or discount field adds the
    line. Mistakes are shown in the host form's message line, and what was typed stays. Its texts keep the
    "BillDialog" translation context, where they were first translated.

    Without `discounts` the discount field is hidden (every line at full price).

    Signals:
        lines_changed(): a line was added or removed.
    """

    lines_changed = Signal()

    def __init__(
        self, currency: Currency, message: MessageLabel, discounts: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.currency = Currency(currency)
        self.message = message
        self._catalogue: list[ProductChoice] = []
        self._lines: list[_Line] = []
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        # Product: an editable combo whose completer lists the products matching what is typed.
        self.products = QStandardItemModel(self)
        self.product = QComboBox()
        self.product.setEditable(True)
        self.product.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.product.setModel(self.products)
        self.product.setMaxVisibleItems(12)
        self.product.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.product.setMinimumContentsLength(30)
        self.matches = QSortFilterProxyModel(self)
        self.matches.setSourceModel(self.products)
        self.matches.setFilterRole(_SEARCH_KEY)
        # Unfiltered: the completer shows our own filter's rows (any part of the name, tone marks
        # ignored); QCompleter's own matching knows only prefixes and case.
        self.completer = QCompleter(self.matches, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(10)
        self.product.setCompleter(self.completer)
        edit = self.product.lineEdit()
        assert edit is not None
        self.product_edit = edit
        edit.setPlaceholderText(translate("BillDialog", "Type part of the product name or SKU"))
        edit.textEdited.connect(self._filter_products)
        edit.returnPressed.connect(self._product_entered)
        edit.editingFinished.connect(self._resolve_product)
        self.product.currentIndexChanged.connect(self._product_changed)

        self.unit = QComboBox()
        self.unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.quantity = QSpinBox()
        self.quantity.setRange(1, MAX_QUANTITY)
        self.quantity.setAlignment(_RIGHT)
        self.quantity.setMinimumWidth(80)
        self.discount = QLineEdit()
        self.discount.setAlignment(_RIGHT)
        self.discount.setPlaceholderText(format_minor(0, self.currency, with_symbol=False))
        self.discount.setMaximumWidth(120)
        self.completer.activated.connect(self._product_picked)
        self.add_button = QPushButton(translate("BillDialog", "Add line"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_line)
        # Enter in these fields adds the line instead of pressing the form's default button.
        self.quantity.installEventFilter(self)
        self.discount.installEventFilter(self)
        line_row = QHBoxLayout()
        line_row.addWidget(self.unit, 1)
        line_row.addSpacing(8)
        line_row.addWidget(QLabel(translate("BillDialog", "Quantity:")))
        line_row.addWidget(self.quantity)
        line_row.addSpacing(8)
        discount_parts = [
            QLabel(translate("BillDialog", "Discount:")),
            self.discount,
            QLabel(_SYMBOL[self.currency]),
        ]
        for widget in discount_parts:
            line_row.addWidget(widget)
            if not discounts:  # the upsell form adds products at their price
                widget.hide()
        line_row.addSpacing(8)
        line_row.addWidget(self.add_button)
        self.form.addRow(translate("BillDialog", "Product:"), self.product)
        self.form.addRow(translate("BillDialog", "Unit:"), line_row)

        headers = [
            translate("BillDialog", "Product"),
            translate("BillDialog", "Unit"),
            translate("BillDialog", "Qty"),
            translate("BillDialog", "Unit price"),
            translate("BillDialog", "Discount"),
            translate("BillDialog", "Line total"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(2, len(headers)):
            header_item = self.table.horizontalHeaderItem(column)
            if header_item is not None:
                header_item.setTextAlignment(_RIGHT)
        self.table.setColumnHidden(4, not discounts)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.remove_button = QPushButton(translate("BillDialog", "Remove line"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_line)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.table, 1)

    # -- catalogue and product choice -----------------------------------------------------------------
    def set_catalogue(self, catalogue: Sequence[ProductChoice]) -> None:
        """Offer these products (only their units in the form's currency); the lines added stay."""
        self._catalogue = []
        for product in catalogue:
            units = tuple(u for u in product.units if u.currency is self.currency)
            if units:
                self._catalogue.append(
                    ProductChoice(product.id, product.sku, product.name, units)
                    if len(units) != len(product.units)
                    else product
                )
        self.product.blockSignals(True)
        self.products.clear()
        for row, product in enumerate(self._catalogue):
            item = QStandardItem(product.name)
            item.setData(row, _PRODUCT_ROW)
            item.setData(search_key(f"{product.name} {product.sku}"), _SEARCH_KEY)
            item.setToolTip(product.sku)
            self.products.appendRow(item)
        self.product.setCurrentIndex(-1)
        self.product.blockSignals(False)
        self._product_changed(-1)
        self.matches.setFilterFixedString("")
        if not self._catalogue:
            self.message.show_notice(
                translate(
                    "BillDialog", "No products are priced in {0}: add them to the catalogue first."
                ).format(self.currency.value)
            )

    def current_product(self) -> ProductChoice | None:
        """The product chosen in the product field, None when none is."""
        row = self.product.currentIndex()
        if row < 0 or self.product.currentText() != self.product.itemText(row):
            return None
        return self._catalogue[row]

    def _filter_products(self, text: str) -> None:
        self.matches.setFilterFixedString(search_key(text))

    def _resolve_product(self) -> None:
        """What was typed becomes the product of that name, else the first match; with no match the
        field is emptied, so it never shows a name that is not the chosen product.

        The filter is left as it is: on Enter the completer may still activate a row of it after this.
        """
        text = self.product.currentText()
        row = self.product.currentIndex()
        if row >= 0 and text == self.product.itemText(row):
            return
        exact = self.product.findText(text, Qt.MatchFlag.MatchExactly)
        if exact >= 0:
            self.product.setCurrentIndex(exact)
        elif text.strip() and self.matches.rowCount() > 0:
            self.product.setCurrentIndex(self.matches.mapToSource(self.matches.index(0, 0)).row())
        else:
            self.product.setCurrentIndex(-1)
        row = self.product.currentIndex()
        self.product_edit.setText(self.product.itemText(row) if row >= 0 else "")

    def _product_picked(self, _text: str) -> None:
        """A product was chosen in the completer's list: on to its quantity, once the closing list has
        handed the focus back to the product field."""
        QTimer.singleShot(0, self, self._focus_quantity)

    def _focus_quantity(self) -> None:
        if self.current_product() is not None:
            self.quantity.setFocus()
            self.quantity.selectAll()

    def _product_entered(self) -> None:
        self._resolve_product()
        QTimer.singleShot(0, self, self._focus_quantity)

    def _product_changed(self, row: int) -> None:
        self.unit.clear()
        product = self._catalogue[row] if 0 <= row < len(self._catalogue) else None
        for unit in product.units if product else ():
            self.unit.addItem(f"{unit.name} · {format_minor(unit.price_minor, unit.currency)}", unit.id)
        self.unit.setEnabled(product is not None)
        # Enabled with a product only typed, not yet chosen: adding resolves it (or says what is missing).
        self.add_button.setEnabled(bool(self._catalogue))

    # -- lines ----------------------------------------------------------------------------------------
    def _typed_line(self) -> _Line:
        """The line as typed in the product, unit, quantity and discount fields (checked)."""
        self._resolve_product()
        product = self.current_product()
        if product is None:
            raise ValidationError(msg("Choose a product."), field="product")
        unit = product.units[max(0, self.unit.currentIndex())]
        text = self.discount.text().strip()
        discount = parse_minor(text, self.currency) if text else 0
        line = _Line(product, unit, self.quantity.value(), discount)
        check_line(line.priced, self.currency, line.description)
        return line

    def add_line(self) -> None:
        """Add the typed line; on a mistake say why and keep what was typed."""
        self.message.clear_message()
        try:
            line = self._typed_line()
        except SalesappError as exc:
            self.message.show_error(error_text(exc))
            field = getattr(exc, "field", None)
            focus = {"discount": self.discount, "quantity": self.quantity}.get(field or "", self.product)
            focus.setFocus()
            return
        self._lines.append(line)
        self._show_lines()
        self.table.scrollToBottom()
        # Ready for the next product: the same unit choice rarely carries over, so start afresh.
        self.product.setCurrentIndex(-1)
        self.quantity.setValue(1)
        self.discount.clear()
        self.product.setFocus()

    def remove_line(self) -> None:
        """Remove the selected line."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            del self._lines[row]
        self._show_lines()
        # No row stays selected: a second click must not remove the line that moved up unseen.
        self.table.selectionModel().clear()
        self._selection_changed()

    def line_count(self) -> int:
        """How many lines were added."""
        return len(self._lines)

    def priced_lines(self) -> list[PricedLine]:
        """The lines as the totals need them."""
        return [line.priced for line in self._lines]

    def line_inputs(self) -> tuple[BillLineInput, ...]:
        """The lines as the order service takes them."""
        return tuple(
            BillLineInput(line.product.id, line.unit.id, line.quantity, line.discount_minor)
            for line in self._lines
        )

    def _show_lines(self) -> None:
        totals = bill_totals(line.priced for line in self._lines)
        self.table.setRowCount(len(self._lines))
        money = self._money
        for row, (line, total) in enumerate(zip(self._lines, totals.line_totals, strict=True)):
            cells = [
                _cell(line.product.name),
                _cell(line.unit.name),
                _cell(f"{line.quantity:,}", _RIGHT),
                _cell(money(line.unit.price_minor), _RIGHT),
                _cell(money(line.discount_minor) if line.discount_minor else "", _RIGHT),
                _cell(money(total), _RIGHT),
            ]
            cells[0].setToolTip(f"{line.product.name}\n{line.product.sku}")
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, cell)
        self._selection_changed()
        self.lines_changed.emit()

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _money(self, minor: int) -> str:
        return format_minor(minor, self.currency, with_symbol=False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and watched in (self.quantity, self.discount)
        ):
            self.add_line()
            return True
        return super().eventFilter(watched, event)


class BillDialog(EntryDialog):
    """A new order for one customer: products × unit × quantity with line discounts (the LinePicker),
    shipping, a note.

    Save emits the BillInput; on a refused save the caller calls `show_error` and everything typed, the
    lines included, stays.

    Signals:
        submit_requested(object): the BillInput to save (from EntryDialog).
    """

    def __init__(
        self,
        catalogue: Sequence[ProductChoice],
        customer_id: int,
        customer_name: str,
        currency: Currency,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("New order for {0}").format(customer_name), parent)
        self.customer_id = customer_id
        self.currency = Currency(currency)
        self.setMinimumWidth(760)
        self.resize(860, 600)
        self.picker = LinePicker(self.currency, self.message)
        self.picker.lines_changed.connect(self._update_total)
        picker = self.picker  # its widgets, by the names the form's callers and tests know
        self.product, self.product_edit, self.products = picker.product, picker.product_edit, picker.products
        self.matches, self.completer, self.unit = picker.matches, picker.completer, picker.unit
        self.quantity, self.discount, self.add_button = picker.quantity, picker.discount, picker.add_button
        self.table, self.remove_button = picker.table, picker.remove_button

        self.shipping = QLineEdit()
        self.shipping.setAlignment(_RIGHT)
        self.shipping.setPlaceholderText(format_minor(0, self.currency, with_symbol=False))
        self.shipping.setMaximumWidth(120)
        self.shipping.textChanged.connect(self._update_total)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("For the packer or the courier, e.g. call before delivery"))
        self.summary = QLabel()
        self.summary.setAlignment(_RIGHT)
        self.total = QLabel()
        self.total.setAlignment(_RIGHT)
        big = self.total.font()
        big.setBold(True)
        big.setPointSizeF(big.pointSizeF() * 1.3)
        self.total.setFont(big)
        total_row = QHBoxLayout()
        total_row.addStretch(1)
        total_row.addWidget(self.summary, 0, Qt.AlignmentFlag.AlignBaseline)
        total_row.addSpacing(16)
        total_row.addWidget(self.total, 0, Qt.AlignmentFlag.AlignBaseline)
        shipping_row = QHBoxLayout()
        shipping_row.addWidget(self.shipping)
        shipping_row.addWidget(QLabel(_SYMBOL[self.currency]))
        shipping_row.addStretch(1)
        bottom = QHBoxLayout()
        below = QFormLayout()
        self.payment = QComboBox()
        self.payment.addItem(self.tr("Not said yet"), "")
        for method in PAYMENT_METHODS:
            self.payment.addItem(payment_name(method), method)
        below.addRow(self.tr("Shipping:"), shipping_row)
        below.addRow(self.tr("Payment:"), self.payment)
        below.addRow(self.tr("Note:"), self.note)
        remove_column = QHBoxLayout()
        remove_column.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        bottom.addLayout(remove_column)
        bottom.addSpacing(16)
        bottom.addLayout(below, 1)

        # EntryDialog's layout is form, message, buttons: the lines go between the form and the message.
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.insertWidget(1, self.picker, 1)
        outer.insertLayout(2, bottom)
        outer.insertLayout(3, total_row)
        self.set_catalogue(catalogue)

    def set_catalogue(self, catalogue: Sequence[ProductChoice]) -> None:
        """Offer these products (only their units in the bill's currency); the lines added stay."""
        self.picker.set_catalogue(catalogue)
        self._update_total()

    def current_product(self) -> ProductChoice | None:
        """The product chosen in the product field, None when none is."""
        return self.picker.current_product()

    def add_line(self) -> None:
        """Add the typed line to the bill; on a mistake say why and keep what was typed."""
        self.picker.add_line()

    def remove_line(self) -> None:
        """Remove the selected line."""
        self.picker.remove_line()

    def line_count(self) -> int:
        """How many lines the bill has."""
        return self.picker.line_count()

    def _shipping_minor(self) -> int:
        text = self.shipping.text().strip()
        return parse_minor(text, self.currency) if text else 0

    def _update_total(self) -> None:
        """The live total; a shipping charge that is not (yet) an amount is left out and said so."""
        try:
            shipping: int | None = self._shipping_minor()
        except ValidationError:
            shipping = None
        totals = bill_totals(self.picker.priced_lines(), shipping or 0)
        subtotal = format_minor(totals.subtotal_minor, self.currency)
        if totals.discount_minor:
            discounts = format_minor(totals.discount_minor, self.currency)
            parts = [self.tr("Subtotal {0} (after {1} of discounts)").format(subtotal, discounts)]
        else:
            parts = [self.tr("Subtotal {0}").format(subtotal)]
        if shipping is None:
            parts.append(self.tr("Shipping not counted: it is not an amount"))
        else:
            parts.append(self.tr("Shipping {0}").format(format_minor(shipping, self.currency)))
        self.summary.setText(" · ".join(parts))
        self.total.setText(self.tr("Total {0}").format(format_minor(totals.total_minor, self.currency)))

    def total_minor(self) -> int:
        """The live total as shown (shipping left out while it is not an amount)."""
        try:
            shipping = self._shipping_minor()
        except ValidationError:
            shipping = 0
        return bill_totals(self.picker.priced_lines(), shipping).total_minor

    # -- saving ---------------------------------------------------------------------------------------
    def collect(self) -> BillInput:
        if not self.picker.line_count():
            raise ValidationError(NO_LINES, field="lines")
        try:
            shipping = self._shipping_minor()
        except ValidationError as exc:
            exc.field = "shipping"
            raise
        check_shipping(shipping)
        return BillInput(
            self.customer_id,
            self.currency,
            self.picker.line_inputs(),
            shipping,
            self.note.text(),
            str(self.payment.currentData() or ""),
        )
