"""The upsell settings (managers): the rules that put new orders into Pending, how work is handed out, and
the lists of failure and skip reasons."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.enums import Channel, Currency
from salesapp.domain.errors import ValidationError, msg
from salesapp.domain.money import format_minor, parse_minor
from salesapp.domain.orders.bill import ProductChoice
from salesapp.domain.text import search_key
from salesapp.domain.upsell import (
    MAX_OPEN_MAX,
    PER_REQUEST_MAX,
    Distribution,
    UpsellRules,
    UpsellSettings,
    join_tags,
    split_tags,
)
from salesapp.ui.customers.customer_labels import channel_name
from salesapp.ui.orders.order_labels import PAYMENT_METHODS, payment_name
from salesapp.ui.upsell.upsell_labels import reason_name
from salesapp.ui.widgets.form_parts import EntryDialog
from salesapp.ui.widgets.reason_list import ReasonListEditor, ReasonListTexts

_ORIGINAL = Qt.ItemDataRole.UserRole


class ReasonList(ReasonListEditor):
    """An editable list of reasons: add, rename in place (double-click or F2), remove, move."""

    def __init__(self, reasons: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(
            ReasonListTexts(self.tr("A new reason"), self.tr("Add"), self.tr("Remove"), self.tr("Up")),
            edit_triggers=QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked,
            auto_default=False,
            parent=parent,
        )
        for reason in reasons:
            self.add_item(reason_name(reason), reason)

    def reasons(self) -> tuple[str, ...]:
        """The reasons as stored: an untouched default stays in English (shown translated); an edited
        one is stored as typed."""
        return tuple(original if text == reason_name(original) else text for text, original in self.items())


class UpsellSettingsDialog(EntryDialog):
    """The managers' upsell settings; Save emits the UpsellSettings (with the version it was loaded at).

    Signals:
        submit_requested(object): the UpsellSettings to save.
    """

    def __init__(self, settings: UpsellSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Upsell settings"), parent)
        self.settings = settings
        self.setMinimumWidth(640)
        self.resize(720, 600)
        rules = settings.rules
        self.tabs = QTabWidget()
        self.tabs.addTab(self._rules_tab(rules), self.tr("Rules"))
        self.tabs.addTab(self._distribution_tab(settings.distribution), self.tr("Handing out work"))
        self.failure_reasons = ReasonList(settings.failure_reasons)
        self.skip_reasons = ReasonList(settings.skip_reasons)
        reasons = QWidget()
        reasons_layout = QHBoxLayout(reasons)
        for title, widget in (
            (self.tr("Failure reasons"), self.failure_reasons),
            (self.tr("Skip reasons"), self.skip_reasons),
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(widget)
            reasons_layout.addWidget(box)
        self.tabs.addTab(reasons, self.tr("Reasons"))
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.insertWidget(0, self.tabs, 1)

    # -- building ------------------------------------------------------------------------------------------
    def _rules_tab(self, rules: UpsellRules) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.enabled = QCheckBox(self.tr("Put new orders into Pending automatically"))
        self.enabled.setChecked(rules.enabled)
        about = QLabel(
            self.tr(
                "A new order enters the queue when it matches every kind of condition set below (any of "
                "the values within a kind). With no condition set, every new order enters."
            )
        )
        about.setWordWrap(True)
        about.setProperty("tone", "muted")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        channels = QWidget()
        grid = QGridLayout(channels)
        grid.setContentsMargins(0, 0, 0, 0)
        self.channels: dict[str, QCheckBox] = {}
        for i, channel in enumerate(Channel):
            box = QCheckBox(channel_name(channel))
            box.setChecked(channel.value in rules.channels)
            self.channels[channel.value] = box
            grid.addWidget(box, i // 3, i % 3)
        form.addRow(self.tr("Channels:"), channels)

        self.currency = QComboBox()
        for currency in Currency:
            self.currency.addItem(currency.value, currency.value)
        self.currency.setCurrentIndex(self.currency.findData(rules.currency.value))
        self.min_total = QLineEdit()
        self.max_total = QLineEdit()
        for edit, value in ((self.min_total, rules.min_total_minor), (self.max_total, rules.max_total_minor)):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setPlaceholderText(self.tr("any"))
            edit.setMaximumWidth(140)
            if value is not None:
                edit.setText(format_minor(value, rules.currency, with_symbol=False))
        total_row = QHBoxLayout()
        total_row.addWidget(QLabel(self.tr("from")))
        total_row.addWidget(self.min_total)
        total_row.addWidget(QLabel(self.tr("to")))
        total_row.addWidget(self.max_total)
        total_row.addWidget(self.currency)
        total_row.addStretch(1)
        form.addRow(self.tr("Order total:"), total_row)

        payments = QWidget()
        payment_row = QHBoxLayout(payments)
        payment_row.setContentsMargins(0, 0, 0, 0)
        self.payment_methods: dict[str, QCheckBox] = {}
        for code in PAYMENT_METHODS:
            box = QCheckBox(payment_name(code))
            box.setChecked(code in rules.payment_methods)
            self.payment_methods[code] = box
            payment_row.addWidget(box)
        payment_row.addStretch(1)
        self._other_payments = rules.payment_methods - set(PAYMENT_METHODS)  # kept as they were
        form.addRow(self.tr("Payment:"), payments)

        self.product_filter = QLineEdit()
        self.product_filter.setPlaceholderText(self.tr("Find a product"))
        self.product_filter.textChanged.connect(self._filter_products)
        self.products = QListWidget()
        self.products.setMinimumHeight(90)
        self._chosen_products = set(rules.product_ids)
        self.products.itemChanged.connect(self._product_ticked)
        products_box = QVBoxLayout()
        products_box.addWidget(self.product_filter)
        products_box.addWidget(self.products, 1)
        form.addRow(self.tr("Products:"), products_box)
        self.categories = QLineEdit(", ".join(sorted(rules.categories)))
        self.categories.setPlaceholderText(self.tr("Product categories, separated by commas"))
        # The catalogue's categories, ticked to add them to the field (set_categories fills the menu).
        self.category_menu = QMenu(self)
        self.category_menu.aboutToShow.connect(self._tick_categories)
        self.category_button = QToolButton()
        self.category_button.setText(self.tr("Choose"))
        self.category_button.setToolTip(self.tr("The categories of the product catalogue"))
        self.category_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.category_button.setMenu(self.category_menu)
        self.category_button.setEnabled(False)
        category_row = QHBoxLayout()
        category_row.addWidget(self.categories, 1)
        category_row.addWidget(self.category_button)
        form.addRow(self.tr("or categories:"), category_row)
        self.order_tags = QLineEdit(", ".join(sorted(rules.order_tags)))
        self.order_tags.setPlaceholderText(self.tr("Order tags, separated by commas"))
        form.addRow(self.tr("Order tags:"), self.order_tags)
        layout.addWidget(self.enabled)
        layout.addWidget(about)
        layout.addLayout(form, 1)
        return page

    def _distribution_tab(self, distribution: Distribution) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.per_request = QSpinBox()
        self.per_request.setRange(1, PER_REQUEST_MAX)
        self.per_request.setValue(distribution.per_request)
        self.max_open = QSpinBox()
        self.max_open.setRange(1, MAX_OPEN_MAX)
        self.max_open.setValue(distribution.max_open)
        form.addRow(self.tr("Cases per “Request work”:"), self.per_request)
        form.addRow(self.tr("Most open cases one person may hold:"), self.max_open)
        about = QLabel(
            self.tr(
                "Request work hands out the oldest pending cases first, never beyond the most a person may "
                "hold (assigned and follow-up cases count)."
            )
        )
        about.setWordWrap(True)
        about.setProperty("tone", "muted")
        form.addRow(about)
        return page

    # -- products ------------------------------------------------------------------------------------------
    def set_catalogue(self, catalogue: Sequence[ProductChoice]) -> None:
        """Offer these products; those in the rules are ticked."""
        self.products.blockSignals(True)
        self.products.clear()
        for product in catalogue:
            item = QListWidgetItem(f"{product.name} ({product.sku})")
            item.setData(_ORIGINAL, product.id)
            item.setData(_ORIGINAL + 1, search_key(f"{product.name} {product.sku}"))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = product.id in self._chosen_products
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            self.products.addItem(item)
        self.products.blockSignals(False)
        self._filter_products(self.product_filter.text())

    def set_categories(self, categories: Sequence[str]) -> None:
        """Offer the catalogue's categories: ticking one adds it to the categories field, unticking
        removes it (what is typed there stays)."""
        self.category_menu.clear()
        for name in categories:
            action = self.category_menu.addAction(name.replace("&", "&&"))  # "&" is not a shortcut mark
            action.setData(name)
            action.setCheckable(True)
            action.toggled.connect(lambda on, n=name: self.choose_category(n, on))
        self.category_button.setEnabled(bool(categories))
        self._tick_categories()

    def _typed_categories(self) -> list[str]:
        return [c.strip() for c in self.categories.text().split(",") if c.strip()]

    def _tick_categories(self) -> None:
        typed = set(self._typed_categories())
        for action in self.category_menu.actions():
            action.blockSignals(True)
            action.setChecked(action.data() in typed)
            action.blockSignals(False)

    def choose_category(self, name: str, on: bool) -> None:
        """Add `name` to the categories field (or take it out), as ticking it in the menu does."""
        typed = [c for c in self._typed_categories() if c != name]
        if on:
            typed.append(name)
        self.categories.setText(", ".join(typed))

    def tick_product(self, name: str) -> None:
        """Tick the product whose name starts the row (as a click would)."""
        for i in range(self.products.count()):
            item = self.products.item(i)
            if item.text().startswith(name):
                item.setCheckState(Qt.CheckState.Checked)

    def _product_ticked(self, item: QListWidgetItem) -> None:
        product_id = int(item.data(_ORIGINAL))
        if item.checkState() == Qt.CheckState.Checked:
            self._chosen_products.add(product_id)
        else:
            self._chosen_products.discard(product_id)

    def _filter_products(self, text: str) -> None:
        key = search_key(text)
        for i in range(self.products.count()):
            item = self.products.item(i)
            item.setHidden(bool(key) and key not in str(item.data(_ORIGINAL + 1)))

    # -- saving --------------------------------------------------------------------------------------------
    def _amount(self, edit: QLineEdit, currency: Currency) -> int | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            return parse_minor(text, currency)
        except ValidationError as exc:
            raise ValidationError(
                msg("The order total “{text}” is not an amount."), field="total", text=text
            ) from exc

    def collect(self) -> UpsellSettings:
        currency = Currency(self.currency.currentData())
        rules = UpsellRules(
            enabled=self.enabled.isChecked(),
            channels=frozenset(code for code, box in self.channels.items() if box.isChecked()),
            currency=currency,
            min_total_minor=self._amount(self.min_total, currency),
            max_total_minor=self._amount(self.max_total, currency),
            product_ids=frozenset(self._chosen_products),
            categories=split_tags(self.categories.text()),
            payment_methods=frozenset(code for code, box in self.payment_methods.items() if box.isChecked())
            | self._other_payments,
            order_tags=split_tags(join_tags(split_tags(self.order_tags.text()))),
        )
        return replace(
            self.settings,
            rules=rules,
            distribution=Distribution(self.per_request.value(), self.max_open.value()),
            failure_reasons=self.failure_reasons.reasons(),
            skip_reasons=self.skip_reasons.reasons(),
        )
