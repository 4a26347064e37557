"""Forms for entering a contact-back request or a payment notice by hand, choosing the order a payment
notice pays for, and showing a payment slip full size.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.enums import Currency
from salesapp.domain.errors import ValidationError, msg
from salesapp.domain.followup import MatchCandidate, PaymentNoticeRecord
from salesapp.domain.limits import IMAGE_FILE_MAX_BYTES, MIB
from salesapp.domain.money import format_minor, parse_minor
from salesapp.services.followup.intake import ContactRequestInput, PaymentNoticeInput
from salesapp.ui.shared.i18n import error_text
from salesapp.ui.shared.qtdates import format_datetime
from salesapp.ui.shared.view_context import ViewContext
from salesapp.ui.widgets.date_edit import DateTimeEdit
from salesapp.ui.widgets.form_parts import EntryDialog
from salesapp.ui.widgets.image_thumbs import prepare_photo


def _read_picture(path: Path) -> bytes:
    """The bytes of a picture file of at most IMAGE_FILE_MAX_BYTES (a bigger one is refused unread)."""
    try:
        size = path.stat().st_size
        if size > IMAGE_FILE_MAX_BYTES:
            raise ValidationError(
                msg("“{name}” is {size} MB; images may be at most {limit} MB."), field="image",
                name=path.name, size=f"{size / MIB:.1f}", limit=IMAGE_FILE_MAX_BYTES // MIB,
            )  # fmt: skip
        return path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            msg("“{name}” cannot be read: {detail}"), field="image", name=path.name, detail=exc.strerror or ""
        ) from exc


class ContactRequestDialog(EntryDialog):
    """A call-back request received by phone: who, their phone, what they want."""

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New contact-back request"), parent)
        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("081-234-5678 / 0912 345 678")
        self.product = QLineEdit()
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.form.addRow(self.tr("Name:"), self.name)
        self.form.addRow(self.tr("Phone:"), self.phone)
        self.form.addRow(self.tr("Country:"), self.country)
        self.form.addRow(self.tr("Product of interest:"), self.product)
        self.form.addRow(self.tr("Message:"), self.text)

    def collect(self) -> ContactRequestInput:
        return ContactRequestInput(
            self.name.text(), self.phone.text(), self.text.toPlainText(), self.product.text(),
            self.country.currentData(),
        )  # fmt: skip


class PaymentNoticeDialog(EntryDialog):
    """A transfer reported by the customer: amount, bank, time, order number, slip image."""

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New payment notice"), parent)
        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.amount = QLineEdit()
        self.currency = QComboBox()
        for currency in Currency:
            self.currency.addItem(currency.value, currency)
        self.bank = QLineEdit()
        self.transferred = DateTimeEdit(tz=ctx.tz, clock=ctx.clock, buddhist_era=ctx.buddhist_era)
        self.transferred.set_now()
        self.order_number = QLineEdit()
        self.slip_label = QLabel(self.tr("No slip attached"))
        self.slip_button = QPushButton(self.tr("Attach slip…"))
        self.slip_button.clicked.connect(self.choose_slip)
        self.slip: bytes | None = None
        self.slip_name = ""
        money_row = QHBoxLayout()
        money_row.addWidget(self.amount, 1)
        money_row.addWidget(self.currency)
        slip_row = QHBoxLayout()
        slip_row.addWidget(self.slip_label, 1)
        slip_row.addWidget(self.slip_button)
        self.form.addRow(self.tr("Name:"), self.name)
        self.form.addRow(self.tr("Phone:"), self.phone)
        self.form.addRow(self.tr("Country:"), self.country)
        self.form.addRow(self.tr("Amount:"), money_row)
        self.form.addRow(self.tr("Bank:"), self.bank)
        self.form.addRow(self.tr("Transferred at:"), self.transferred)
        self.form.addRow(self.tr("Order number given:"), self.order_number)
        self.form.addRow(self.tr("Slip:"), slip_row)

    def choose_slip(self) -> None:
        """Ask for the slip image file."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the payment slip"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.attach_slip(Path(path))

    def attach_slip(self, path: Path) -> bool:
        """Read the slip file: a PNG or JPEG picture that decodes, scaled down when it is a big photo. Any
        other file is refused at once with the reason (a slip attached before stays). True when attached."""
        self.message.clear_message()
        try:
            self.slip, self.slip_name = prepare_photo(_read_picture(path), path.name)
        except ValidationError as exc:
            self.message.show_error(error_text(exc))
            return False
        self.slip_label.setText(self.slip_name)
        return True

    def collect(self) -> PaymentNoticeInput:
        currency = Currency(self.currency.currentData())  # Qt hands enum data back as plain str
        if not self.amount.text().strip():
            raise ValidationError(msg("Enter the amount transferred."), field="amount")
        when = self.transferred.date_time()
        if when is None:
            raise ValidationError(msg("Enter when the money was transferred."), field="transferred_at")
        return PaymentNoticeInput(
            self.name.text(), self.phone.text(), parse_minor(self.amount.text(), currency), currency,
            self.bank.text(), when, self.order_number.text(), self.slip, self.slip_name,
            self.country.currentData(),
        )  # fmt: skip


class MatchDialog(QDialog):
    """The orders a payment notice may pay for, best first; the user picks one.

    Signals:
        match_requested(int): the chosen order's id.
    """

    match_requested = Signal(int)

    def __init__(self, notice: PaymentNoticeRecord, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Match payment notice {0}").format(notice.number))
        self.resize(720, 380)
        about = QLabel(
            self.tr("{0} transferred {1} from {2}.").format(
                notice.name, format_minor(notice.amount_minor, notice.currency), notice.bank
            )
        )
        about.setWordWrap(True)
        self.orders = QTreeWidget()
        self.orders.setRootIsDecorated(False)
        self.orders.setHeaderLabels(
            [
                self.tr("Order"),
                self.tr("Date"),
                self.tr("Customer"),
                self.tr("Total"),
                self.tr("Why suggested"),
            ]
        )
        for column, width in enumerate((110, 140, 180, 100)):
            self.orders.setColumnWidth(column, width)
        self.orders.itemDoubleClicked.connect(lambda _item, _col: self._choose())
        self.empty = QLabel(self.tr("Looking for orders…"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.match_button = self.buttons.addButton(self.tr("Match"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.match_button.setEnabled(False)
        self.match_button.clicked.connect(self._choose)
        self.buttons.rejected.connect(self.reject)
        self.orders.currentItemChanged.connect(
            lambda item, _old: self.match_button.setEnabled(item is not None)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.orders, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)

    def show_candidates(self, candidates: list[MatchCandidate]) -> None:
        """Fill the list; the best suggestion is preselected."""
        self.orders.clear()
        for c in candidates:
            reasons = [
                text
                for flag, text in (
                    (c.number_given, self.tr("order number given")),
                    (c.same_amount, self.tr("same amount")),
                    (c.same_customer, self.tr("same customer")),
                )
                if flag
            ] or [self.tr("same phone")]
            item = QTreeWidgetItem(
                [
                    c.number, format_datetime(c.ordered_at, self.ctx.tz, self.ctx.buddhist_era),
                    c.customer_name,
                    format_minor(c.total_minor, c.currency), ", ".join(reasons),
                ]
            )  # fmt: skip
            item.setData(0, Qt.ItemDataRole.UserRole, c.order_id)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.orders.addTopLevelItem(item)
        self.empty.setText("" if candidates else self.tr("No orders of this customer were found."))
        self.empty.setVisible(not candidates)
        first = self.orders.topLevelItem(0)
        if first is not None:
            self.orders.setCurrentItem(first)

    def _choose(self) -> None:
        item = self.orders.currentItem()
        if item is not None:
            self.match_requested.emit(int(item.data(0, Qt.ItemDataRole.UserRole)))


class SlipDialog(QDialog):
    """A payment slip at full size, scrollable."""

    def __init__(self, pixmap: QPixmap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Payment slip"))
        label = QLabel()
        label.setPixmap(pixmap)
        area = QScrollArea()
        area.setWidget(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(area, 1)
        layout.addWidget(buttons)
        self.resize(min(900, pixmap.width() + 40), min(800, pixmap.height() + 80))
