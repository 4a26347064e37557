"""The product detail pane: SKU, name, category, description and the units with their prices, edited in
place; Save, Discard changes, Archive / Restore. Sales staff see it read-only."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.catalogue import CATEGORY_CHARS, SKU_CHARS, ProductDetail, ProductInput
from salesapp.domain.enums import Currency
from salesapp.domain.limits import LINE_CHARS
from salesapp.ui.catalogue._units_editor import UnitsEditor
from salesapp.ui.lists.detail_pane import DetailPane, placeholder_label, title_label
from salesapp.ui.shared.qtdates import format_datetime
from salesapp.ui.shared.theme import set_property
from salesapp.ui.widgets.form_parts import typed_or_report


class ProductPane(DetailPane):
    """Shows one ProductDetail (or a new, empty product) and reports what the user asks for.

    What was typed stays while a save is refused; a reload of the same product (a change from another
    desktop) keeps the typing, and the save is then refused as stale, naming who changed it.

    Signals:
        save_requested(object): the ProductInput typed, to create (no product shown) or update.
        active_requested(bool): archive (False) or restore (True) the product shown.
        discard_requested(): forget the typing and show the product as stored.
    """

    save_requested = Signal(object)
    active_requested = Signal(bool)
    discard_requested = Signal()

    def __init__(self, tz: tzinfo, buddhist_era: bool, can_edit: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz, self.buddhist_era, self.can_edit = tz, buddhist_era, can_edit
        self.editing_version = 0  # the version the typing started from (saved against it)
        self.dirty = False
        self.creating = False
        self.title = title_label()
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.sku = QLineEdit()
        self.sku.setMaxLength(SKU_CHARS)
        self.sku.setPlaceholderText(self.tr("e.g. TH-SER-30"))
        self.name = QLineEdit()
        self.name.setMaxLength(LINE_CHARS)
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        category_edit = self.category.lineEdit()
        assert category_edit is not None
        category_edit.setMaxLength(CATEGORY_CHARS)
        category_edit.setPlaceholderText(self.tr("e.g. Skin care"))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(int(self.fontMetrics().height() * 4.2))
        self.units = UnitsEditor()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.tr("SKU:"), self.sku)
        self.form.addRow(self.tr("Name:"), self.name)
        self.form.addRow(self.tr("Category:"), self.category)
        self.form.addRow(self.tr("Description:"), self.description)
        self.form.addRow(QLabel(self.tr("Units and prices:")))
        self.form.addRow(self.units)  # the whole width: four columns of editors
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.discard_button = QPushButton(self.tr("Discard changes"))
        self.discard_button.setToolTip(self.tr("Show the product as saved, without your changes"))
        self.discard_button.clicked.connect(self.discard_requested.emit)
        self.archive_button = QPushButton()
        self.archive_button.clicked.connect(
            lambda: self.active_requested.emit(not (self.record is not None and self.record.active))
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.archive_button)
        self.changed_line = QLabel()
        self.changed_line.setProperty("tone", "muted")
        self.changed_line.setWordWrap(True)
        self.placeholder = placeholder_label(self.tr("Select a product to see it here."))
        self.editors = QWidget()
        layout = QVBoxLayout(self.editors)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.state)
        layout.addLayout(self.form, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.changed_line)
        self.body.insertWidget(0, self.placeholder, 1)
        self.body.addWidget(self.editors, 1)
        editors: tuple[QWidget, ...] = (
            self.sku, self.name, self.category, self.description, self.units, self.save_button,
            self.discard_button, self.archive_button,
        )  # fmt: skip
        for widget in editors:
            self.add_editor(widget)
        self.sku.textEdited.connect(self._edited)
        self.name.textEdited.connect(self._edited)
        self.name.textEdited.connect(self._show_title)
        self.category.editTextChanged.connect(self._edited)
        self.description.textChanged.connect(self._edited)
        self.units.edited.connect(self._edited)
        self.set_read_only(not can_edit)
        self.fill(None, False)

    # -- showing ------------------------------------------------------------------------------------------
    def set_categories(self, categories: Sequence[str]) -> None:
        """Offer these categories in the category field (what is typed stays)."""
        text = self.category.currentText()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItems(list(categories))
        self.category.setEditText(text)
        self.category.blockSignals(False)

    def set_default_currency(self, currency: Currency) -> None:
        """The currency a new unit is priced in."""
        self.units.default_currency = currency

    def fill(self, record: ProductDetail | None, same_record: bool) -> None:
        if same_record and self.dirty:
            return  # keep the typing; it is saved against the version it started from
        self.creating = False
        self.placeholder.setVisible(record is None)
        self.editors.setVisible(record is not None)
        if record is None:
            return
        self.editing_version = record.version
        self.sku.setText(record.sku)
        self.name.setText(record.name)
        self.category.setEditText(record.category)
        self.description.setPlainText(record.description)
        self.units.set_units(record.units)
        self._show_title(record.name)
        if record.active:
            self.state.setText(self.tr("Sold: offered on order forms."))
            set_property(self.state, "tone", "success")
        else:
            self.state.setText(self.tr("Archived: no longer offered on order forms; old orders keep it."))
            set_property(self.state, "tone", "muted")
        self.archive_button.setText(self.tr("Archive") if record.active else self.tr("Restore"))
        self.archive_button.setToolTip(
            self.tr("Stop selling it: it leaves the order forms, old orders keep it")
            if record.active
            else self.tr("Sell it again")
        )
        self.archive_button.setVisible(self.can_edit)
        who = record.updated_by or "?"
        self.changed_line.setText(
            self.tr("Last changed by {0} on {1}.").format(
                who, format_datetime(record.updated_at, self.tz, self.buddhist_era)
            )
        )
        self._set_dirty(False)

    def start_new(self) -> None:
        """An empty product to type (one unit row holding 1), the SKU field focused."""
        self.record = None
        self.creating = True
        self.message.clear_message()
        self.placeholder.hide()
        self.editors.show()
        for edit in (self.sku, self.name):
            edit.clear()
        self.category.setEditText("")
        self.description.clear()
        self.units.set_units([])
        self.units.add_unit(report=False)
        self.title.setText(self.tr("New product"))
        self.state.setText(self.tr("Type its SKU, name and at least one unit with its price, then Save."))
        set_property(self.state, "tone", "muted")
        self.archive_button.hide()
        self.changed_line.clear()
        self._set_dirty(False)
        self.sku.setFocus()

    def _show_title(self, name: str) -> None:
        self.title.setText(name or (self.tr("New product") if self.creating else ""))

    def set_read_only(self, read_only: bool) -> None:
        """Sales staff read the catalogue; only managers change it."""
        for edit in (self.sku, self.name):
            edit.setReadOnly(read_only)
        self.description.setReadOnly(read_only)
        self.category.setEnabled(not read_only)
        self.units.set_read_only(read_only)
        for button in (self.save_button, self.discard_button, self.archive_button):
            button.setVisible(not read_only)

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        if not busy:
            self._update_buttons()

    # -- editing ------------------------------------------------------------------------------------------
    def _edited(self, *_args: object) -> None:
        if not self.signalsBlocked():
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.dirty or self.creating)
        self.discard_button.setEnabled(self.dirty or self.creating)

    def typed(self) -> ProductInput:
        """The product as typed (raises ValidationError for a price that is not an amount)."""
        return ProductInput(
            self.sku.text(),
            self.name.text(),
            self.units.units(),
            self.category.currentText(),
            self.description.toPlainText(),
        )

    def save(self) -> None:
        """Read the form and ask for it to be saved; a mistake is shown and everything typed stays."""
        data = typed_or_report(self.message, self.typed)
        if data is not None:
            self.set_busy(True)
            self.save_requested.emit(data)

    def saved(self, record: ProductDetail) -> None:
        """The save went through: show the product as stored."""
        self.set_busy(False)
        self.dirty = False
        self.load(record)
        self.show_notice(self.tr("Saved."))
