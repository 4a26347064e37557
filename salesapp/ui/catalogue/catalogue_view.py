"""The Products section: the catalogue list (active / archived, a category, search as you type over name
and SKU) beside the product pane, where managers add and edit products, their units and prices, archive
and restore them, and import and export the catalogue. Sales staff see it read-only."""

from __future__ import annotations

from array import array
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.catalogue import (
    ProductDetail,
    ProductFilter,
    ProductInput,
    ProductRow,
    ProductSort,
    ProductStatus,
    product_query,
    units_text,
)
from salesapp.domain.changes import ChangeSet
from salesapp.domain.enums import Currency, EntityKind
from salesapp.services.catalogue.catalogue_list import MAX_HITS
from salesapp.services.registry import Services
from salesapp.services.shared.list_query import COUNT_CAP
from salesapp.ui.catalogue._catalogue_files import ProductExportDialog, ProductImportDialog
from salesapp.ui.catalogue._product_pane import ProductPane
from salesapp.ui.lists.record_list import RecordListView
from salesapp.ui.lists.search_box import SearchBox
from salesapp.ui.lists.windowed import Column, WindowedTableModel
from salesapp.ui.shared.i18n import error_text
from salesapp.ui.shared.view_context import ViewContext
from salesapp.ui.widgets.layout_memory import remember_splitter

_ALL = "\x00all"  # the category filter's "any category" (no category is named so: control characters)


class CatalogueView(QWidget):
    """The products list and the product pane.

    Signals:
        changed(object): a ChangeSet this view saved (for the other sections).
        product_shown(object): the ProductDetail now in the pane.
    """

    changed = Signal(object)
    product_shown = Signal(object)

    def __init__(self, ctx: ViewContext, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.services = ctx, services
        self.worker, self.user = ctx.worker, ctx.user
        self.service = services.catalogue_list
        self.can_edit = ctx.user.is_manager
        self._shown_id: int | None = None
        self.dialog: QWidget | None = None
        columns = [
            Column(self.tr("SKU"), lambda r: r.sku),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Category"), lambda r: r.category),
            Column(self.tr("Units and prices"), lambda r: units_text(r.units), tooltip=self._units_tip),
        ]
        self.model = WindowedTableModel(self.worker, columns, self.service.rows)
        self.search = SearchBox(self.tr("Search by name or SKU"))
        self.search.search_changed.connect(lambda _text: self.reload())
        self.category = QComboBox()
        self.category.setToolTip(self.tr("Category"))
        self.category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.category.addItem(self.tr("All categories"), _ALL)
        self.category.currentIndexChanged.connect(lambda _i: self.reload())
        self.new_button = QPushButton(self.tr("New product"))
        self.new_button.clicked.connect(self.new_product)
        self.more = QToolButton()
        self.more.setText(self.tr("More"))
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self.more)
        self.import_action = self.more_menu.addAction(self.tr("Import products…"), self.import_products)
        self.more_menu.addAction(self.tr("Export the list…"), self.export_list)
        self.more.setMenu(self.more_menu)
        self.new_button.setVisible(self.can_edit)
        self.import_action.setVisible(self.can_edit)

        tabs = [(ProductStatus.ACTIVE, self.tr("Sold")), (ProductStatus.ARCHIVED, self.tr("Archived"))]
        self.list = RecordListView(self.model, tabs)
        self.list.set_column_widths([14, 30, 14])
        sorts = {0: (ProductSort.SKU, ProductSort.SKU_DESC), 1: (ProductSort.NAME, ProductSort.NAME_DESC)}
        self.list.set_sorts(sorts, 1, False)
        self.list.remember_layout("products")
        self.list.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.tab_changed.connect(lambda _key: self.reload())
        self.list.sort_changed.connect(lambda _key: self.reload())
        self.list.current_record_changed.connect(self._current_changed)
        self.model.loaded.connect(self._show_total)
        self.model.ids_loaded.connect(self._show_total)

        self.pane = ProductPane(ctx.tz, ctx.buddhist_era, self.can_edit)
        self.pane.save_requested.connect(self._save)
        self.pane.active_requested.connect(self._set_active)
        self.pane.discard_requested.connect(self._discard)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.category)
        top.addWidget(self.new_button)
        top.addWidget(self.more)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([640, 560])  # the pane's unit editors need room; the list scrolls sideways
        self.splitter.setChildrenCollapsible(False)
        remember_splitter(self.splitter, "products")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(9, 9, 9, 0)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        vietnamese = QLocale().language() == QLocale.Language.Vietnamese
        self.default_currency = Currency.VND if vietnamese else Currency.THB  # until the catalogue says
        self.pane.set_default_currency(self.default_currency)
        self.reload_choices()
        self.reload()

    def _units_tip(self, row: ProductRow) -> str:
        return "\n".join(units_text([u]) for u in row.units)

    # ---- the list -------------------------------------------------------------------------------------
    def current_filter(self) -> ProductFilter:
        """The list's criteria: the tab's status, the category, the search text and the sort."""
        category = self.category.currentData()
        return ProductFilter(
            self.list.current_key(),
            None if category == _ALL else category,
            self.search.text(),
            self.list.sort_key(),
        )

    def reload(self) -> None:
        """Reload the list (and the tab counts) for the status, category, search and sort."""
        flt, service, page = self.current_filter(), self.service, self.model.page_size
        if product_query(flt.text).empty:
            self.model.load(lambda: service.first_page(flt, page), lambda stop: service.ids(flt, stop))
        else:  # one search per keystroke: its hits are the first page and the id list
            found: dict[str, array[int]] = {}

            def first_page() -> tuple[int, list[ProductRow]]:
                found["ids"] = ids = service.ids(flt)
                return len(ids), service.rows(ids[:page].tolist())

            self.model.load(first_page, lambda _stop: found["ids"])
        self.worker.submit(service.status_counts, flt.category, on_done=self._show_counts)

    def reload_choices(self) -> None:
        """Reload the categories offered (filter and form) and the currency new units default to."""
        self.worker.submit(self.services.catalogue.categories, on_done=self._set_categories)
        self.worker.submit(self.services.catalogue.main_currency, on_done=self._set_currency)

    def _set_categories(self, categories: list[str]) -> None:
        chosen = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("All categories"), _ALL)
        for name in categories:
            self.category.addItem(name, name)
        self.category.setCurrentIndex(max(0, self.category.findData(chosen)))
        self.category.blockSignals(False)
        self.pane.set_categories(categories)
        if self.category.currentData() != chosen:
            self.reload()  # the chosen category is gone

    def _set_currency(self, currency: Currency | None) -> None:
        if currency is not None:
            self.default_currency = currency
            self.pane.set_default_currency(currency)

    def _show_counts(self, counts: dict[ProductStatus, int]) -> None:
        locale = QLocale()
        for status, count in counts.items():
            self.list.set_tab_count(status, locale.toString(count) + ("+" if count >= COUNT_CAP else ""))

    def _show_total(self, count: int) -> None:
        shown = QLocale().toString(count)
        if not self.search.text().strip():
            text = self.tr("1 product") if count == 1 else self.tr("{0} products").format(shown)
        elif count >= MAX_HITS:
            text = self.tr("The first {0} products found; type more to narrow the search").format(shown)
        else:
            text = self.tr("1 product found") if count == 1 else self.tr("{0} products found").format(shown)
        self.list.status.setText(text)

    def apply_changes(self, changes: ChangeSet) -> None:
        """Re-read the rows a ChangeSet touched, the product shown, and the categories."""
        touched = changes.ids(EntityKind.PRODUCT)
        if not touched:
            return
        self.model.refresh_ids(set(touched))
        if self._shown_id in touched:
            self._load_product(self._shown_id)
        self.reload_choices()
        self.worker.submit(
            self.service.status_counts, self.current_filter().category, on_done=self._show_counts
        )

    # ---- the pane -------------------------------------------------------------------------------------
    def _current_changed(self, record: ProductRow | None) -> None:
        if record is not None and record.id != self._shown_id:
            self._load_product(record.id)

    def open_product(self, product_id: int) -> None:
        """Show one product in the pane."""
        self._load_product(product_id)

    def _load_product(self, product_id: int) -> None:
        self._shown_id = product_id
        self.worker.submit(
            self.services.catalogue.get, product_id,
            on_done=self._product_arrived, on_error=lambda exc: self.pane.show_error(error_text(exc)),
        )  # fmt: skip

    def _product_arrived(self, detail: ProductDetail) -> None:
        if detail.id != self._shown_id:
            return  # the user moved on meanwhile
        self.pane.load(detail)
        self.product_shown.emit(detail)

    def new_product(self) -> None:
        """An empty product in the pane, to type and save."""
        self._shown_id = None
        self.list.table.clearSelection()
        self.pane.start_new()

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.pane.set_busy(True)
        self.worker.submit(work, on_done=done, on_error=lambda exc: self.pane.show_error(error_text(exc)))

    def _save(self, data: ProductInput) -> None:
        record, catalogue, user = self.pane.record, self.services.catalogue, self.user
        if record is None:
            self._run(lambda: catalogue.create(user, data), self._created)
            return
        version = self.pane.editing_version
        self._run(lambda: catalogue.update(user, record.id, version, data), self._updated)

    def _created(self, result: tuple[ProductDetail, ChangeSet]) -> None:
        detail, changes = result
        self._shown_id = detail.id
        self.pane.saved(detail)
        self.product_shown.emit(detail)
        self._broadcast(changes, reload=True)

    def _updated(self, result: tuple[ProductDetail, ChangeSet]) -> None:
        detail, changes = result
        self.pane.saved(detail)
        self.product_shown.emit(detail)
        self._broadcast(changes)

    def _set_active(self, active: bool) -> None:
        record, catalogue, user = self.pane.record, self.services.catalogue, self.user
        if record is None:
            return
        version = self.pane.editing_version

        def done(result: tuple[ProductDetail, ChangeSet]) -> None:
            detail, changes = result
            self.pane.saved(detail)
            self.pane.show_notice(self.tr("Restored: sold again.") if active else self.tr("Archived."))
            self.product_shown.emit(detail)
            self._broadcast(changes, reload=True)  # it moves to the other tab

        self._run(lambda: catalogue.set_active(user, record.id, version, active), done)

    def _discard(self) -> None:
        self.pane.dirty = False
        if self.pane.record is None:
            self.pane.load(None)
            return
        self._load_product(self.pane.record.id)

    def _broadcast(self, changes: ChangeSet, reload: bool = False) -> None:
        """Show this desktop's own save here (the rows it touched, or the whole list when rows moved in
        or out of it) and tell the other sections."""
        if not changes:
            return
        if reload:
            self.reload()
        else:
            self.model.refresh_ids(set(changes.ids(EntityKind.PRODUCT)))
        self.reload_choices()
        self.changed.emit(changes)

    # ---- files ----------------------------------------------------------------------------------------
    def import_products(self) -> ProductImportDialog:
        """Import products from a CSV or Excel file (mapping, preview, progress, Cancel)."""
        dialog = ProductImportDialog(
            self.worker, self.services.catalogue_import, self.user, self.default_currency, self
        )
        dialog.imported.connect(self._after_import)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _after_import(self, changes: ChangeSet) -> None:
        self._broadcast(changes, reload=True)

    def export_list(self) -> ProductExportDialog | None:
        """Export the list as shown (its filters and order), one row per unit."""
        ids = self.model.all_ids()
        if ids is None:
            self.list.message.show_notice(self.tr("Wait until the list has loaded."))
            return None
        dialog = ProductExportDialog(self.worker, self.services.ctx, ids, self)
        self.dialog = dialog
        dialog.open()
        return dialog

    # Declared last: mypy would read every `list[...]` annotation after it as this attribute.
    list: RecordListView
