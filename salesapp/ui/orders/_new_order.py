"""New order from the Orders section: find the customer (name or phone, search as you type), then the same
bill form a customer's profile opens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.changes import ChangeSet
from salesapp.domain.customers.customer_filter import CustomerFilter
from salesapp.domain.enums import Currency
from salesapp.domain.orders.bill import BillInput, OrderCreated
from salesapp.domain.phone import format_national
from salesapp.domain.records import CustomerRecord
from salesapp.services.customers.customer_list import CustomerRow
from salesapp.services.registry import Services
from salesapp.ui.lists.search_box import SearchBox
from salesapp.ui.orders.bill_dialog import BillDialog
from salesapp.ui.shared.i18n import error_text
from salesapp.ui.shared.view_context import ViewContext
from salesapp.ui.widgets.message_label import MessageLabel

PICK_LIMIT = 30


class CustomerPickDialog(QDialog):
    """Choose the customer of a new order: a search box and the customers found (newest first while
    nothing is typed); Next opens the bill. Sales staff find only their own customers."""

    def __init__(self, ctx: ViewContext, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.services = ctx, services
        self.bill: BillDialog | None = None
        self.on_saved: Callable[[OrderCreated, ChangeSet], None] = lambda _c, _s: None
        self._generation = 0
        self.setWindowTitle(self.tr("New order"))
        self.setMinimumWidth(520)
        about = QLabel(self.tr("Who is the order for? Search by name or phone."))
        about.setWordWrap(True)
        self.search = SearchBox(self.tr("Search customers by name or phone"))
        self.search.search_changed.connect(self.find_customers)
        self.hits = QListWidget()
        self.hits.setMinimumHeight(self.fontMetrics().lineSpacing() * 10)
        self.hits.itemDoubleClicked.connect(lambda _item: self.next_step())
        self.hits.currentItemChanged.connect(lambda *_a: self._chosen())
        self.message = MessageLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.next_button = QPushButton(self.tr("Next: the bill…"))
        self.next_button.setDefault(True)
        self.next_button.setEnabled(False)
        self.buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.next_step)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.search)
        layout.addWidget(self.hits, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.find_customers("")

    def find_customers(self, text: str) -> None:
        """Look customers up (on the worker); a newer search wins."""
        self._generation += 1
        generation = self._generation
        user, tz, lists = self.ctx.user, self.ctx.tz, self.services.customer_list
        self.ctx.worker.submit(
            lambda: lists.first_page(user, CustomerFilter(text=text), tz, PICK_LIMIT)[1],
            on_done=lambda rows: self._show(generation, rows),
            on_error=lambda exc: self.message.show_error(error_text(exc)),
        )

    def _show(self, generation: int, rows: list[CustomerRow]) -> None:
        if generation != self._generation:
            return
        self.hits.clear()
        for row in rows:
            phone = format_national(row.phone) if row.phone else ""
            item = QListWidgetItem(" · ".join(p for p in (row.name, phone, row.province) if p))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.hits.addItem(item)
        if not rows:
            self.hits.addItem(self.tr("No customer found. Add new customers in the Customers section."))
        elif len(rows) == 1:
            self.hits.setCurrentRow(0)
        self._chosen()

    def chosen_id(self) -> int | None:
        """The id of the customer picked, or None."""
        item = self.hits.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return int(data) if data else None

    def _chosen(self) -> None:
        self.next_button.setEnabled(self.chosen_id() is not None)

    def next_step(self) -> None:
        """Read the chosen customer, then open the bill for them."""
        customer_id = self.chosen_id()
        if customer_id is None:
            return
        self.next_button.setEnabled(False)
        self.ctx.worker.submit(
            self.services.customers.get, self.ctx.user, customer_id,
            on_done=self._open_bill, on_error=self._refused,
        )  # fmt: skip

    def _refused(self, exc: BaseException) -> None:
        self.message.show_error(error_text(exc))
        self._chosen()

    def _open_bill(self, customer: CustomerRecord) -> None:
        currency = Currency.VND if customer.country == "VN" else Currency.THB
        bill = BillDialog([], customer.id, customer.name, currency, self.parentWidget())
        self.ctx.worker.submit(self.services.orders.catalogue, currency, on_done=bill.set_catalogue)
        bill.submit_requested.connect(lambda data: self._save(bill, data))
        self.bill = bill
        self.accept()
        bill.open()

    def _save(self, bill: BillDialog, data: BillInput) -> None:
        def done(result: tuple[OrderCreated, ChangeSet]) -> None:
            bill.accept()
            self.on_saved(*result)

        self.ctx.worker.submit(
            self.services.orders.create, self.ctx.user, data,
            on_done=done, on_error=lambda exc: bill.show_error(error_text(exc)),
        )  # fmt: skip
