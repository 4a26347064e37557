"""The opportunity form (new, for a chosen or given customer, or edit) and the lost-reason question.

Saving runs on the database worker; a refused save keeps everything typed and says why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.changes import ChangeSet
from salesapp.domain.customers.customer_filter import CustomerFilter
from salesapp.domain.enums import Currency
from salesapp.domain.errors import ValidationError, msg
from salesapp.domain.money import format_minor, parse_minor
from salesapp.domain.opportunity import LostReasons, OpportunityInput, OpportunityRecord
from salesapp.domain.phone import format_national
from salesapp.domain.records import UserRecord
from salesapp.services.customers.customer_list import CustomerRow
from salesapp.services.registry import Services
from salesapp.ui.lists.search_box import SearchBox
from salesapp.ui.opportunities._opportunity_labels import shown_name
from salesapp.ui.shared.i18n import error_text
from salesapp.ui.shared.view_context import ViewContext
from salesapp.ui.widgets.date_edit import DateEdit
from salesapp.ui.widgets.form_parts import save_cancel_buttons, typed_or_report
from salesapp.ui.widgets.message_label import MessageLabel

PICK_LIMIT = 20


class OpportunityDialog(QDialog):
    """Create an opportunity (for `customer`, or one picked by name or phone) or edit `record`.

    Signals:
        saved(object): the OpportunityRecord as stored (the ChangeSet is in `changes`); the dialog closes.
    """

    saved = Signal(object)

    def __init__(
        self,
        ctx: ViewContext,
        services: Services,
        customer: tuple[int, str] | None = None,
        record: OpportunityRecord | None = None,
        parent: QWidget | None = None,
        currency: Currency = Currency.THB,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.services, self.user = ctx, services, ctx.user
        self.record = record
        self.changes = ChangeSet()
        self.customer_id: int | None = record.customer_id if record else (customer[0] if customer else None)
        self._search_generation = 0
        self.setWindowTitle(self.tr("Edit opportunity") if record else self.tr("New opportunity"))
        self.setMinimumWidth(520)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.customer_label = QLabel()
        self.customer_label.setProperty("textStyle", "strong")
        self.customer_label.setWordWrap(True)
        self.customer_search: SearchBox | None = None
        self.customer_hits: QListWidget | None = None
        if self.customer_id is None:
            self.customer_search = SearchBox(self.tr("Search customers by name or phone"))
            self.customer_search.search_changed.connect(self.search_customers)
            self.customer_hits = QListWidget()
            self.customer_hits.setFixedHeight(self.fontMetrics().lineSpacing() * 6)
            self.customer_hits.currentItemChanged.connect(self._customer_chosen)
            picker = QVBoxLayout()
            picker.addWidget(self.customer_search)
            picker.addWidget(self.customer_hits)
            picker.addWidget(self.customer_label)
            form.addRow(self.tr("Customer:"), picker)
            self.customer_label.setText(self.tr("No customer chosen yet"))
        else:
            name = record.customer_name if record else customer[1] if customer else ""
            self.customer_label.setText(name)
            form.addRow(self.tr("Customer:"), self.customer_label)

        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("What the customer may buy, e.g. “Serum set for the shop”"))
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("0")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.currency = QComboBox()
        for option in Currency:
            self.currency.addItem(option.value, option.value)
        money = QHBoxLayout()
        money.addWidget(self.amount, 1)
        money.addWidget(self.currency)
        self.close_date = DateEdit(
            buddhist_era=ctx.buddhist_era, today=lambda: ctx.clock().astimezone(ctx.tz).date()
        )
        self.owner = QComboBox()
        self.products = QPlainTextEdit()
        self.products.setPlaceholderText(self.tr("One product per line"))
        self.products.setTabChangesFocus(True)
        self.products.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Expected amount:"), money)
        form.addRow(self.tr("Expected close:"), self.close_date)
        form.addRow(self.tr("Salesperson:"), self.owner)
        form.addRow(self.tr("Products of interest:"), self.products)
        form.addRow(self.tr("Notes:"), self.notes)

        self.message = MessageLabel()
        self.buttons, self.save_button = save_cancel_buttons(self, self.submit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self._fill_owner([self.user])
        if self.user.is_manager:
            ctx.worker.submit(services.users.list_users, on_done=self._fill_owner)
        self._set_currency(record.currency if record else currency)
        if record is not None:
            self.title.setText(record.title)
            self.amount.setText(format_minor(record.amount_minor, record.currency, with_symbol=False))
            self.close_date.set_date(record.expected_close)
            self.products.setPlainText(record.products)
            self.notes.setPlainText(record.notes)
        if self.customer_search is not None:
            self.search_customers("")

    # -- choices -----------------------------------------------------------------------------------------
    def _set_currency(self, currency: Currency) -> None:
        self.currency.setCurrentIndex(self.currency.findData(currency.value))

    def _fill_owner(self, users: list[UserRecord]) -> None:
        """Managers choose anyone active (or the customer's salesperson); sales staff own what they add."""
        wanted = (
            self.owner.currentData()
            if self.owner.count()
            else (self.record.owner_id if self.record else None)
        )
        self.owner.clear()
        if self.user.is_manager:
            if self.record is None:
                self.owner.addItem(self.tr("The customer's salesperson"), None)
            for user in users:
                if user.active:
                    self.owner.addItem(user.display_name, user.id)
        else:
            shown = self.record.owner_name if self.record else self.user.display_name
            self.owner.addItem(shown, self.record.owner_id if self.record else self.user.id)
        self.owner.setEnabled(self.user.is_manager)
        index = self.owner.findData(wanted)
        self.owner.setCurrentIndex(max(index, 0))

    def search_customers(self, text: str) -> None:
        """Look customers up by name or phone (newest first while nothing is typed)."""
        self._search_generation += 1
        generation = self._search_generation
        user, tz, lists = self.user, self.ctx.tz, self.services.customer_list
        self.ctx.worker.submit(
            lambda: lists.first_page(user, CustomerFilter(text=text), tz, PICK_LIMIT)[1],
            on_done=lambda rows: self._show_hits(generation, rows),
            on_error=lambda exc: self.message.show_error(error_text(exc)),
        )

    def _show_hits(self, generation: int, rows: list[CustomerRow]) -> None:
        if generation != self._search_generation or self.customer_hits is None:
            return
        self.customer_hits.clear()
        for row in rows:
            phone = format_national(row.phone) if row.phone else ""
            item = QListWidgetItem(" · ".join(p for p in (row.name, phone, row.province) if p))
            item.setData(Qt.ItemDataRole.UserRole, (row.id, row.name, row.phone or ""))
            self.customer_hits.addItem(item)
        if not rows:
            self.customer_hits.addItem(self.tr("No customer found."))

    def _customer_chosen(self, item: QListWidgetItem | None, _old: Any = None) -> None:
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not data:
            return
        self.customer_id, name, phone = data
        self.customer_label.setText(self.tr("Chosen: {0}").format(name))
        if phone.startswith("+84"):
            self._set_currency(Currency.VND)
        elif phone.startswith("+66"):
            self._set_currency(Currency.THB)

    def choose_customer(self, name: str) -> bool:
        """Pick the hit whose customer has this name (as a click would)."""
        if self.customer_hits is None:
            return False
        for row in range(self.customer_hits.count()):
            item = self.customer_hits.item(row)
            data = item.data(Qt.ItemDataRole.UserRole)
            if data and data[1] == name:
                self.customer_hits.setCurrentItem(item)
                return True
        return False

    # -- saving ------------------------------------------------------------------------------------------
    def collect(self) -> OpportunityInput:
        """The form as typed (raises ValidationError for what the form itself can tell)."""
        if self.customer_id is None:
            raise ValidationError(msg("Choose the customer first."), field="customer")
        currency = Currency(self.currency.currentData())
        self.close_date.commit()
        if not self.close_date.has_acceptable_input():
            raise ValidationError(msg("Type the date as dd/mm/yyyy."), field="expected_close")
        text = self.amount.text().strip()
        amount = parse_minor(text, currency) if text else 0
        owner = self.owner.currentData()
        return OpportunityInput(
            title=self.title.text(), amount_minor=amount, currency=currency,
            expected_close=self.close_date.date(), owner_id=owner if self.user.is_manager else None,
            products=self.products.toPlainText(), notes=self.notes.toPlainText(),
        )  # fmt: skip

    def submit(self) -> None:
        """Save through the services; on refusal the message shows and the form stays as typed."""
        data = typed_or_report(self.message, self.collect)
        if data is None:
            return
        service, user, record, customer_id = (
            self.services.opportunities,
            self.user,
            self.record,
            self.customer_id,
        )
        assert customer_id is not None

        def save() -> tuple[OpportunityRecord, ChangeSet]:
            if record is None:
                return service.create(user, customer_id, data)
            if not user.is_manager:  # sales staff cannot change the owner: send the one stored
                return service.update(user, record.id, record.version, _keep_owner(data, record))
            return service.update(user, record.id, record.version, data)

        self.save_button.setEnabled(False)
        self.ctx.worker.submit(save, on_done=self._saved, on_error=self._refused)

    def _saved(self, result: tuple[OpportunityRecord, ChangeSet]) -> None:
        record, self.changes = result
        self.accept()
        self.saved.emit(record)

    def _refused(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.show_error(error_text(exc))


def _keep_owner(data: OpportunityInput, record: OpportunityRecord) -> OpportunityInput:
    from dataclasses import replace

    return replace(data, owner_id=record.owner_id)


class LoseDialog(QDialog):
    """Asks why the opportunity was lost, from the list the managers keep.

    Signals:
        reason_chosen(str): the reason as stored (the controller closes the opportunity with it).
    """

    reason_chosen = Signal(str)

    def __init__(self, title: str, reasons: LostReasons | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close as lost"))
        self.setMinimumWidth(420)
        about = QLabel(self.tr("Why was “{0}” lost?").format(title))
        about.setWordWrap(True)
        self.reason = QComboBox()
        self.set_reasons(reasons)
        self.message = MessageLabel()
        self.reason.currentIndexChanged.connect(lambda _i: self.message.clear_message())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.lose_button = self.buttons.addButton(
            self.tr("Close as lost"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.lose_button.clicked.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def set_reasons(self, reasons: LostReasons | None) -> None:
        """Offer the managers' list (shipped reasons in the user's language); an empty list: type one;
        None: the list is still being read."""
        self.reason.clear()
        self.reason.setEditable(reasons is not None and not reasons.reasons)
        self.reason.addItem(self.tr("Choose a reason…"), "")
        for reason in reasons.reasons if reasons is not None else ():
            self.reason.addItem(shown_name(reason), reason)

    def choose(self, reason: str) -> None:
        """Choose a reason (as stored) as a user would."""
        self.reason.setCurrentIndex(self.reason.findData(reason))

    def chosen(self) -> str:
        """The reason as stored (typed text when the list is empty)."""
        data = self.reason.currentData()
        if self.reason.isEditable() and not data:
            text = self.reason.currentText()
            return "" if text == self.reason.itemText(0) else text
        return str(data or "")

    def _submit(self) -> None:
        reason = self.chosen()
        if not reason.strip():
            self.message.show_error(self.tr("Choose why the opportunity was lost."))
            return
        self.lose_button.setEnabled(False)
        self.reason_chosen.emit(reason)

    def show_error(self, text: str) -> None:
        """The close was refused: say why; the choice stays."""
        self.lose_button.setEnabled(True)
        self.message.show_error(text)


def open_new_opportunity(
    parent: QWidget, ctx: ViewContext, services: Services, customer: tuple[int, str] | None,
    on_saved: Callable[[OpportunityRecord, ChangeSet], None], currency: Currency = Currency.THB,
) -> OpportunityDialog:  # fmt: skip
    """Open the form for a new opportunity (of `customer`, or one to pick); `on_saved` gets the result."""
    dialog = OpportunityDialog(ctx, services, customer, None, parent, currency)
    dialog.saved.connect(lambda record: on_saved(record, dialog.changes))
    dialog.open()
    return dialog
