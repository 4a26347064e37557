"""The Orders section: every order by status, newest first, over the windowed list; search as you type."""

from __future__ import annotations

from array import array

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QVBoxLayout, QWidget

from salesapp.domain.changes import ChangeSet
from salesapp.domain.enums import EntityKind, OrderStatus
from salesapp.domain.money import format_minor
from salesapp.services.customers.customer_list import MAX_HITS
from salesapp.services.orders.order_list import (
    OrderFilter,
    OrderListService,
    OrderRow,
    OrderSort,
    StatusCount,
)
from salesapp.services.shared.list_query import COUNT_CAP
from salesapp.ui.lists.record_list import RecordListView
from salesapp.ui.lists.search_box import SearchBox
from salesapp.ui.lists.windowed import Column, WindowedTableModel
from salesapp.ui.orders.order_labels import status_name
from salesapp.ui.shared.qtdates import format_datetime
from salesapp.ui.shared.view_context import ViewContext


class OrdersView(QWidget):
    """Tabs per status with capped counts; the list is windowed, sorted by creation time."""

    def __init__(self, ctx: ViewContext, service: OrderListService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = ctx.worker
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
        self.model = WindowedTableModel(worker, columns, service.rows)
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
        layout.addWidget(self.search)
        layout.addWidget(self.list)
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

    def reload(self) -> None:
        """Reload the list and the counters (after a tab change, F5 or a ChangeSet)."""
        flt, text, user, service = self.current_filter(), self.search.text(), self.user, self.service
        if text.strip():
            found: dict[str, array[int]] = {}

            def first_page() -> tuple[int, list[OrderRow]]:
                found["ids"] = ids = service.search_ids(user, flt, text)
                return len(ids), service.rows(ids[: self.model.page_size].tolist())

            self.model.load(first_page, lambda _stop: found["ids"])
        else:
            self.model.load(
                lambda: (service.count(flt, COUNT_CAP), service.first_page(flt)),
                lambda stop: service.ids(flt, stop),
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
