"""The Orders section: every order by status, newest first, over the windowed list; search as you type; the
order pane beside it with the steps of the order's life, for one order or a selection."""

from __future__ import annotations

from array import array
from functools import partial

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from salesapp.domain.changes import ChangeSet
from salesapp.domain.enums import EntityKind, OrderStatus
from salesapp.domain.money import format_minor
from salesapp.domain.orders.bill import OrderCreated
from salesapp.services.customers.customer_list import MAX_HITS
from salesapp.services.orders.order_list import (
    OrderFilter,
    OrderListService,
    OrderRow,
    OrderSort,
    StatusCount,
)
from salesapp.services.registry import Services
from salesapp.services.shared.list_query import COUNT_CAP
from salesapp.ui.lists.record_list import RecordListView
from salesapp.ui.lists.search_box import SearchBox
from salesapp.ui.lists.windowed import Column, WindowedTableModel
from salesapp.ui.orders._new_order import CustomerPickDialog
from salesapp.ui.orders._order_actions import OrderActions
from salesapp.ui.orders._order_pane import OrderPane
from salesapp.ui.orders.order_labels import status_name
from salesapp.ui.shared.qtdates import format_datetime
from salesapp.ui.shared.view_context import ViewContext


class OrdersView(QWidget):
    """Tabs per status with capped counts; the list is windowed, sorted by creation time. With `services`,
    the order pane beside the list (without, the list alone: the benchmarks).

    Signals:
        changed(object): a ChangeSet this desktop saved (for the other sections to refresh).
    """

    changed = Signal(object)

    def __init__(
        self,
        ctx: ViewContext,
        service: OrderListService,
        parent: QWidget | None = None,
        *,
        services: Services | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.worker = ctx, ctx.worker
        self.service = service
        self.user = ctx.user
        tz, buddhist_era, worker = ctx.tz, ctx.buddhist_era, ctx.worker
        columns = [
            Column(self.tr("Order"), lambda r: r.number),
            Column(self.tr("Date"), lambda r: format_datetime(r.ordered_at, tz, buddhist_era)),
            Column(self.tr("Customer"), lambda r: r.customer_name),
            Column(self.tr("Status"), lambda r: status_name(r.status)),
            Column(self.tr("Total"), lambda r: format_minor(r.total_minor, r.currency), align_right=True),
            Column(self.tr("Salesperson"), lambda r: r.owner_name),
        ]
        self.model = WindowedTableModel(worker, columns, partial(service.rows, self.user))
        tabs = [(None, self.tr("All")), *((s, status_name(s)) for s in OrderStatus)]
        self.list = RecordListView(self.model, tabs)
        self.list.set_column_widths([13, 17, 28, 12, 14])
        self.list.set_sorts(
            {1: (OrderSort.OLDEST, OrderSort.NEWEST), 4: (OrderSort.TOTAL_ASC, OrderSort.TOTAL_DESC)}, 1, True
        )
        self.list.tab_changed.connect(lambda _key: self.reload())
        self.list.sort_changed.connect(lambda _key: self.reload())
        self.model.ids_loaded.connect(self._show_total)
        self.search = SearchBox(self.tr("Search by order number, customer name or phone"))
        self.search.search_changed.connect(lambda _text: self.reload())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(9, 9, 9, 0)  # the search box lines up with the list below it
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        layout.addLayout(top)
        self.services = services
        self.new_button: QPushButton | None = None
        self.pick: CustomerPickDialog | None = None  # the New order form open now (tests reach it here)
        self.pane: OrderPane | None = None
        self.order_actions: OrderActions | None = None
        if services is None:
            layout.addWidget(self.list)
        else:
            self.new_button = QPushButton(self.tr("New order…"))
            self.new_button.setToolTip(self.tr("Choose the customer, then fill in the bill"))
            self.new_button.clicked.connect(lambda: self.new_order())
            top.addWidget(self.new_button)
            self.pane = OrderPane(tz, buddhist_era)
            self.pane.setMinimumWidth(380)
            self.order_actions = OrderActions(ctx, services, self.pane, self.list, self)
            self.order_actions.changed.connect(self._saved)
            self.list.table.selectionModel().selectionChanged.connect(lambda *_a: self._selected())
            self.splitter = QSplitter(Qt.Orientation.Horizontal)
            self.splitter.addWidget(self.list)
            self.splitter.addWidget(self.pane)
            self.splitter.setStretchFactor(0, 3)
            self.splitter.setStretchFactor(1, 2)
            self.splitter.setChildrenCollapsible(False)
            self.splitter.setSizes([760, 440])
            layout.addWidget(self.splitter, 1)
        self.reload()

    def current_filter(self) -> OrderFilter:
        """The filter of the chosen tab, narrowed to own orders for sales staff."""
        wanted = OrderFilter(self.list.current_key(), sort=self.list.sort_key())
        return self.service.visible_filter(self.user, wanted)

    def apply_changes(self, changes: ChangeSet) -> None:
        """Re-read only the rows a ChangeSet touched (keeps selection and scroll position)."""
        touched = changes.ids(EntityKind.ORDER)
        if touched:
            self.model.refresh_ids(set(touched))
            self.worker.submit(self.service.status_counts, self.user, on_done=self._show_counts)
            if self.order_actions is not None:
                self.order_actions.apply_changes(changes)

    def _selected(self) -> None:
        if self.order_actions is not None:
            self.order_actions.selection_changed()

    def new_order(self) -> CustomerPickDialog | None:
        """New order: pick the customer, then the bill; the new order opens in the pane."""
        if self.services is None:
            return None
        dialog = CustomerPickDialog(self.ctx, self.services, self)
        dialog.on_saved = self._created
        self.pick = dialog
        dialog.open()
        return dialog

    def _created(self, created: OrderCreated, changes: ChangeSet) -> None:
        self.list.message.show_notice(self.tr("Order {0} created.").format(created.number))
        self.reload()
        self.changed.emit(changes)
        if self.order_actions is not None:
            self.order_actions.show_order(created.order_id)

    def _saved(self, changes: ChangeSet) -> None:
        """A step went through here: refresh its rows and counts, and tell the other sections."""
        self.model.refresh_ids(set(changes.ids(EntityKind.ORDER)))
        self.worker.submit(self.service.status_counts, self.user, on_done=self._show_counts)
        self.changed.emit(changes)

    def reload(self) -> None:
        """Reload the list and the counters (after a tab change, F5 or a ChangeSet)."""
        flt, text, user, service = self.current_filter(), self.search.text(), self.user, self.service
        if text.strip():
            found: dict[str, array[int]] = {}

            def first_page() -> tuple[int, list[OrderRow]]:
                found["ids"] = ids = service.search_ids(user, flt, text)
                return len(ids), service.rows(user, ids[: self.model.page_size].tolist())

            self.model.load(first_page, lambda _stop: found["ids"])
        else:
            self.model.load(
                lambda: (service.count(user, flt, COUNT_CAP), service.first_page(user, flt)),
                lambda stop: service.ids(user, flt, stop),
            )
        self.worker.submit(service.status_counts, self.user, on_done=self._show_counts)

    def _show_counts(self, counts: list[StatusCount]) -> None:
        locale = QLocale()
        for item in counts:
            text = locale.toString(item.count) + ("+" if item.capped else "")
            self.list.set_tab_count(item.status, text)

    def _show_total(self, count: int) -> None:
        shown = QLocale().toString(count)
        if self.search.text().strip():
            text = self.tr("%Ln order(s) found", "", count)
            if count >= MAX_HITS:
                text = self.tr("The first {0} orders found; type more to narrow the search").format(shown)
        else:
            text = self.tr("%Ln order(s)", "", count)
        self.list.status.setText(text)


__all__ = ["OrderRow", "OrdersView"]
