"""Forms of the upsell section: the outcomes of a call (follow-up, failed, skip, success with the products
added), assigning cases to a staff member, and selecting awaiting orders into the queue.

Each form only collects and emits; the view saves through the services and calls `show_error` on a
refusal, so nothing typed is lost."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.clock import Clock
from salesapp.domain.errors import ValidationError, msg
from salesapp.domain.money import format_minor
from salesapp.domain.orders.bill import ProductChoice, bill_totals
from salesapp.domain.records import UserRecord
from salesapp.domain.upsell import UpsellCandidate, UpsellLineInput, UpsellOrder
from salesapp.ui.customers.customer_labels import channel_name
from salesapp.ui.orders.bill_dialog import LinePicker
from salesapp.ui.orders.order_labels import payment_name
from salesapp.ui.shared.qtdates import format_datetime
from salesapp.ui.upsell.upsell_labels import reason_name
from salesapp.ui.widgets.date_edit import DateTimeEdit
from salesapp.ui.widgets.form_parts import EntryDialog


class FollowUpDialog(EntryDialog):
    """Follow-up: why the customer is to be called again, and when.

    Signals:
        submit_requested(object): (reason text, aware datetime of the next call).
    """

    def __init__(
        self, tz: tzinfo, buddhist_era: bool, clock: Clock, order_number: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Follow-up on order {0}").format(order_number), parent)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. Customer asks to call back after payday"))
        self.next_call = DateTimeEdit(tz=tz, clock=clock, buddhist_era=buddhist_era)
        self.form.addRow(self.tr("Reason:"), self.reason)
        self.form.addRow(self.tr("Next call:"), self.next_call)

    def collect(self) -> tuple[str, object]:
        if not self.reason.text().strip():
            raise ValidationError(msg("Say why the customer is to be called again."), field="reason")
        problem = self.next_call.problem()
        if problem is not None:  # already in the user's language: it names the format expected
            raise ValidationError(problem, field="next_call_at")
        when = self.next_call.date_time()
        if when is None:
            raise ValidationError(msg("Choose when to call again."), field="next_call_at")
        return self.reason.text(), when


class ReasonDialog(EntryDialog):
    """Failed or Skip: one reason from the list the managers keep.

    Signals:
        submit_requested(object): the reason as stored (the English default or the shop's own text).
    """

    def __init__(
        self, title: str, explanation: str, reasons: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        about = QLabel(explanation)
        about.setWordWrap(True)
        self.reasons = QComboBox()
        for reason in reasons:
            self.reasons.addItem(reason_name(reason), reason)
        self.form.addRow(about)
        self.form.addRow(self.tr("Reason:"), self.reasons)

    def choose(self, reason: str) -> None:
        """Pick a reason (as the combo box would)."""
        self.reasons.setCurrentIndex(self.reasons.findData(reason))

    def collect(self) -> str:
        reason = self.reasons.currentData()
        if not reason:
            raise ValidationError(msg("Choose a reason."), field="reason")
        return str(reason)


class SuccessDialog(EntryDialog):
    """Success: the products the customer added on the call, at their price, with the order's original,
    upsell and whole totals following live.

    Signals:
        submit_requested(object): the tuple of UpsellLineInput.
    """

    def __init__(self, order: UpsellOrder, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Upsell success on order {0}").format(order.number), parent)
        self.order = order
        self.setMinimumWidth(680)
        self.resize(780, 520)
        self.picker = LinePicker(order.currency, self.message, discounts=False)
        self.picker.lines_changed.connect(self._update_totals)
        self.totals = QLabel()
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        bottom = QHBoxLayout()
        bottom.addWidget(self.picker.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        bottom.addStretch(1)
        bottom.addWidget(self.totals)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.insertWidget(1, self.picker, 1)
        outer.insertLayout(2, bottom)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Add to the order"))
        self._update_totals()

    def set_catalogue(self, catalogue: Sequence[ProductChoice]) -> None:
        """Offer these products (their units in the order's currency)."""
        self.picker.set_catalogue(catalogue)

    def upsell_minor(self) -> int:
        """What the added lines come to."""
        return bill_totals(self.picker.priced_lines()).subtotal_minor

    def _update_totals(self) -> None:
        currency, order = self.order.currency, self.order
        added = self.upsell_minor()
        self.totals.setText(
            f"{self.tr('Original order')}: {format_minor(order.original_total_minor, currency)}<br>"
            f"{self.tr('Upsell')}: {format_minor(order.upsell_total_minor + added, currency)}<br>"
            f"<b>{self.tr('Whole order')}: {format_minor(order.total_minor + added, currency)}</b>"
        )

    def collect(self) -> tuple[UpsellLineInput, ...]:
        lines = self.picker.line_inputs()
        if not lines:
            raise ValidationError(msg("Add the products the customer bought."), field="lines")
        return tuple(UpsellLineInput(line.unit_id, line.quantity) for line in lines)


class AssignDialog(EntryDialog):
    """Assign the chosen pending cases to a named staff member.

    Signals:
        submit_requested(object): the staff member's user id.
    """

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Assign %Ln case(s)", "", count), parent)
        self.staff = QComboBox()
        self.staff.setMinimumContentsLength(24)
        self.form.addRow(self.tr("Assign to:"), self.staff)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Assign"))

    def set_staff(self, staff: Sequence[UserRecord]) -> None:
        """Offer these staff members."""
        self.staff.clear()
        for user in staff:
            self.staff.addItem(user.display_name, user.id)

    def choose(self, display_name: str) -> None:
        """Pick a staff member by name (as the combo box would)."""
        self.staff.setCurrentIndex(self.staff.findText(display_name))

    def collect(self) -> int:
        user_id = self.staff.currentData()
        if user_id is None:
            raise ValidationError(msg("Choose a staff member."), field="user")
        return int(user_id)


class SelectOrdersDialog(QDialog):
    """Awaiting orders that did not match the rules; the ticked ones are put into Pending.

    Signals:
        search_requested(str): look for candidates (order number or customer name or phone).
        queue_requested(object): the list of ticked order ids.
    """

    search_requested = Signal(str)
    queue_requested = Signal(object)

    def __init__(self, tz: tzinfo, buddhist_era: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from salesapp.ui.widgets.message_label import MessageLabel

        self.tz, self.buddhist_era = tz, buddhist_era
        self.setWindowTitle(self.tr("Select orders into upsell"))
        self.resize(820, 480)
        about = QLabel(
            self.tr("Awaiting orders that are not in the upsell queue. Tick the ones to call about.")
        )
        about.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Order number, customer name or phone"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(lambda: self.search_requested.emit(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.orders = QTreeWidget()
        self.orders.setRootIsDecorated(False)
        self.orders.setHeaderLabels(
            [self.tr("Order"), self.tr("Date"), self.tr("Customer"), self.tr("Channel"),
             self.tr("Payment"), self.tr("Total")]
        )  # fmt: skip
        for column, width in enumerate((120, 130, 190, 90, 130)):
            self.orders.setColumnWidth(column, width)
        self.orders.itemChanged.connect(lambda _item, _column: self._ticked_changed())
        self.select_all = QPushButton(self.tr("Tick all"))
        self.select_all.clicked.connect(lambda: self._tick_all(True))
        self.status = QLabel(self.tr("Looking for orders…"))
        self.message = MessageLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.queue_button = self.buttons.addButton(
            self.tr("Put into Pending"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.queue_button.setEnabled(False)
        self.queue_button.clicked.connect(self._queue)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.select_all)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(top)
        layout.addWidget(self.orders, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def show_candidates(self, candidates: Sequence[UpsellCandidate]) -> None:
        """Fill the list (nothing ticked)."""
        self.orders.blockSignals(True)
        self.orders.clear()
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for c in candidates:
            item = QTreeWidgetItem(
                [
                    c.number, format_datetime(c.ordered_at, self.tz, self.buddhist_era), c.customer_name,
                    channel_name(c.channel) if c.channel else "", payment_name(c.payment_method),
                    format_minor(c.total_minor, c.currency),
                ]
            )  # fmt: skip
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setData(0, Qt.ItemDataRole.UserRole, c.order_id)
            item.setTextAlignment(5, right)
            self.orders.addTopLevelItem(item)
        self.orders.blockSignals(False)
        self._ticked_changed()

    def tick(self, number: str, on: bool = True) -> None:
        """Tick (or untick) the order with this number."""
        for item in self._items():
            if item.text(0) == number:
                item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _items(self) -> list[QTreeWidgetItem]:
        found = (self.orders.topLevelItem(i) for i in range(self.orders.topLevelItemCount()))
        return [item for item in found if item is not None]

    def _tick_all(self, on: bool) -> None:
        for item in self._items():
            item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def ticked_ids(self) -> list[int]:
        """The ids of the ticked orders, in list order."""
        return [
            int(item.data(0, Qt.ItemDataRole.UserRole))
            for item in self._items()
            if item.checkState(0) == Qt.CheckState.Checked
        ]

    def _ticked_changed(self) -> None:
        ticked, total = len(self.ticked_ids()), self.orders.topLevelItemCount()
        locale = QLocale()
        self.status.setText(
            self.tr("{0} orders found, {1} ticked").format(locale.toString(total), locale.toString(ticked))
            if total
            else self.tr("No awaiting orders outside the queue.")
        )
        self.queue_button.setEnabled(ticked > 0)

    def _queue(self) -> None:
        self.message.clear_message()
        self.queue_button.setEnabled(False)
        self.queue_requested.emit(self.ticked_ids())

    def show_error(self, text: str) -> None:
        """The queueing was refused: say why; the ticks stay."""
        self.message.show_error(text)
        self._ticked_changed()
