"""The Customers section: search as you type over the windowed list of customers."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from salesapp.domain.changes import ChangeSet
from salesapp.domain.customer_filter import CustomerFilter, SortKey
from salesapp.domain.enums import EntityKind
from salesapp.domain.phone import format_national
from salesapp.services.customer_list import CustomerListService
from salesapp.ui.models.windowed import Column, WindowedTableModel
from salesapp.ui.qtdates import format_date
from salesapp.ui.views.context import ViewContext
from salesapp.ui.views.record_list import RecordListView
from salesapp.ui.widgets.search_box import SearchBox


class CustomersView(QWidget):
    """A search box above the customers list; typing narrows the list after a short pause.

    Signals: none of its own; the list view's signals serve.
    """

    def __init__(self, ctx: ViewContext, service: CustomerListService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = ctx.worker
        self.service = service
        self.user = ctx.user
        self.tz = ctx.tz
        tz, buddhist_era, worker = ctx.tz, ctx.buddhist_era, ctx.worker
        columns = [
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Phone"), lambda r: format_national(r.phone) if r.phone else ""),
            Column(self.tr("Province"), lambda r: r.province),
            Column(self.tr("Salesperson"), lambda r: r.owner_name or self.tr("Pool")),
            Column(
                self.tr("Created"), lambda r: format_date(r.created_at.astimezone(tz).date(), buddhist_era)
            ),
        ]
        self.model = WindowedTableModel(worker, columns, service.rows)
        self.search = SearchBox(self.tr("Search by name, phone or e-mail"))
        self.search.search_changed.connect(lambda _text: self.reload())
        self.order = QComboBox()
        self.order.addItem(self.tr("Newest first"), False)
        self.order.addItem(self.tr("By name"), True)
        self.order.currentIndexChanged.connect(lambda _i: self.reload())
        self.list = RecordListView(self.model, [(None, self.tr("Customers"))])
        self.list.set_column_widths([30, 14, 18, 18])
        self.model.loaded.connect(self._show_total)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(9, 9, 9, 0)  # the search box lines up with the list below it
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.order)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.reload()

    def apply_changes(self, changes: ChangeSet) -> None:
        """Re-read only the rows a ChangeSet touched (keeps selection and scroll position)."""
        touched = changes.ids(EntityKind.CUSTOMER)
        if touched:
            self.model.refresh_ids(set(touched))

    def reload(self) -> None:
        """Reload the list for the text in the search box."""
        by_name = bool(self.order.currentData())
        sort = SortKey.NAME if by_name else SortKey.CREATED
        flt = CustomerFilter(text=self.search.text(), sort=sort, descending=not by_name)
        user, service, tz = self.user, self.service, self.tz
        self.model.load(
            lambda: service.first_page(user, flt, tz), lambda stop: service.ids(user, flt, tz, stop)
        )

    def _show_total(self, count: int) -> None:
        self.list.set_tab_count(None, QLocale().toString(count))
