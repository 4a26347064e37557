"""The Orders pane beside the list: one order (customer, delivery, lines, totals and payments, the
follow-up notes, the upsell case, the history) with the steps of its life as buttons, enabled only where
the state machine allows; or, with several rows selected, the same steps for the whole selection."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime, tzinfo

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.enums import Action, OrderStatus
from salesapp.domain.money import format_minor
from salesapp.domain.orders.lifecycle import OrderAction
from salesapp.domain.phone import format_national
from salesapp.services.orders.order_lifecycle import OrderDetail
from salesapp.ui.lists.detail_pane import DetailPane, placeholder_label, title_label
from salesapp.ui.orders._order_texts import (
    action_name,
    button_text,
    change_text,
    tip_text,
    upsell_reason_name,
    upsell_status_name,
)
from salesapp.ui.orders.order_labels import payment_name, status_name
from salesapp.ui.shared.qtdates import format_date, format_datetime

STATUS_VALUES = frozenset(s.value for s in OrderStatus)
BULK_ACTIONS = (
    OrderAction.CONFIRM,
    OrderAction.PACK,
    OrderAction.SHIP,
    OrderAction.DELIVER,
    OrderAction.CANCEL,
)


def _value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _Facts(QGroupBox):
    """A titled box of "label: value" rows; rows without a value are hidden."""

    def __init__(self, title: str) -> None:
        super().__init__(title)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

    def show_rows(self, rows: Sequence[tuple[str, str]]) -> None:
        """Replace the rows with those that have a value."""
        while self.form.rowCount():
            self.form.removeRow(0)
        for name, value in rows:
            if value:
                label = _value_label()
                label.setText(value)
                self.form.addRow(name + ":", label)
        self.setVisible(self.form.rowCount() > 0)


class OrderPane(DetailPane):
    """Shows one OrderDetail, or a count of selected orders, and reports the steps asked for.

    Signals:
        action_requested(object): the OrderAction for the order shown.
        bulk_requested(object): the OrderAction for the selected orders.
    """

    action_requested = Signal(object)
    bulk_requested = Signal(object)

    def __init__(self, tz: tzinfo, buddhist_era: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz, self.buddhist_era = tz, buddhist_era
        self.detail: OrderDetail | None = None
        self.pages = QStackedWidget()
        self.placeholder = placeholder_label(self.tr("Select an order to see it here."), word_wrap=True)
        self.pages.addWidget(self.placeholder)
        self.pages.addWidget(self._order_page())
        self.pages.addWidget(self._bulk_page())
        self.body.insertWidget(0, self.pages, 1)

    # -- building ------------------------------------------------------------------------------------------
    def _buttons(
        self, actions: Sequence[OrderAction], signal: SignalInstance
    ) -> tuple[QGridLayout, dict[OrderAction, QPushButton]]:
        grid = QGridLayout()
        buttons: dict[OrderAction, QPushButton] = {}
        for n, action in enumerate(actions):
            button = QPushButton(button_text(action))
            button.setToolTip(tip_text(action))
            button.clicked.connect(lambda _checked=False, a=action: signal.emit(a))
            grid.addWidget(button, n // 3, n % 3)
            buttons[action] = button
            self.add_editor(button)
        return grid, buttons

    def _order_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = title_label()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setProperty("textStyle", "strong")
        self.hold = QLabel()
        self.hold.setWordWrap(True)
        self.hold.setProperty("tone", "muted")
        grid, self.buttons = self._buttons(list(OrderAction), self.action_requested)
        self.customer_box = _Facts(self.tr("Customer and delivery"))
        self.life_box = _Facts(self.tr("Shipping"))
        self.lines_box = QGroupBox(self.tr("Lines"))
        self.lines = QLabel()
        self.lines.setWordWrap(True)
        self.lines.setTextFormat(Qt.TextFormat.RichText)
        QVBoxLayout(self.lines_box).addWidget(self.lines)
        self.totals = QLabel()
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.lines_box.layout().addWidget(self.totals)  # type: ignore[union-attr]
        self.upsell_box = _Facts(self.tr("Upsell"))
        self.notes_box = QGroupBox(self.tr("Follow-up notes"))
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        QVBoxLayout(self.notes_box).addWidget(self.notes)
        self.history_box = QGroupBox(self.tr("History"))
        self.history = QLabel()  # wrapped lines rather than a table: a narrow pane cuts nothing
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history_rows: list[tuple[str, str, str, str]] = []  # (when, who, what, details) as shown
        QVBoxLayout(self.history_box).addWidget(self.history)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 4, 0)
        for box in (self.customer_box, self.life_box, self.lines_box, self.upsell_box, self.notes_box,
                    self.history_box):  # fmt: skip
            inner.addWidget(box)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.hold)
        layout.addLayout(grid)
        layout.addWidget(scroll, 1)
        return page

    def _bulk_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bulk_title = title_label()
        about = QLabel(
            self.tr(
                "Each step applies to every selected order it fits; the others are listed with the reason."
            )
        )
        about.setWordWrap(True)
        about.setProperty("tone", "muted")
        grid, self.bulk_buttons = self._buttons(BULK_ACTIONS, self.bulk_requested)
        self.bulk_report = QLabel()
        self.bulk_report.setWordWrap(True)
        self.bulk_report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bulk_report.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.bulk_title)
        layout.addWidget(about)
        layout.addLayout(grid)
        layout.addWidget(self.bulk_report, 1)
        return page

    # -- showing -------------------------------------------------------------------------------------------
    def _when(self, moment: datetime | None) -> str:
        return format_datetime(moment, self.tz, self.buddhist_era) if moment else ""

    def show_selection(self, count: int) -> None:
        """Several rows are selected: the bulk steps for them."""
        self.detail = None
        self.record = None
        self.bulk_title.setText(self.tr("%Ln order(s) selected", "", count))
        self.bulk_report.clear()
        self.message.clear_message()
        self.set_busy(False)
        self.pages.setCurrentIndex(2)

    def show_bulk_report(self, text: str) -> None:
        """What a bulk step left undone, one order a line."""
        self.bulk_report.setText(text)

    def fill(self, record: OrderDetail | None, same_record: bool) -> None:
        """Show one order (None: the placeholder)."""
        self.detail = record
        if record is None:
            self.pages.setCurrentIndex(0)
            return
        self.pages.setCurrentIndex(1)
        order, life = record.order, record.life
        self.title.setText(self.tr("Order {0}").format(order.number))
        self.status.setText(status_name(life.status))
        self.hold.setText(
            self.tr("In the upsell queue: it can be packed once the upsell call is finished or skipped.")
            if life.held_by_upsell and life.status.value == "confirmed"
            else ""
        )
        self.hold.setVisible(bool(self.hold.text()))
        self.set_busy(False)
        self.customer_box.show_rows(
            [
                (self.tr("Customer"), record.customer_name),
                (self.tr("Phone"), format_national(record.customer_phone) if record.customer_phone else ""),
                (self.tr("Delivery address"), record.delivery_address),
                (self.tr("Salesperson"), record.owner_name),
                (self.tr("Ordered"), self._when(order.ordered_at)),
                (self.tr("Payment"), payment_name(order.payment_method) if order.payment_method else ""),
                (self.tr("Bill note"), order.note),
            ]
        )
        self.life_box.show_rows(
            [
                (self.tr("Confirmed"), self._when(life.confirmed_at)),
                (self.tr("Carrier"), life.carrier),
                (self.tr("Tracking number"), life.tracking_number),
                (
                    self.tr("Packing date"),
                    format_date(life.packed_on, self.buddhist_era) if life.packed_on else "",
                ),
                (self.tr("Shipped"), self._when(life.shipped_at)),
                (self.tr("Delivered"), self._when(life.delivered_at)),
                (self.tr("Cancelled"), self._when(life.cancelled_at)),
                (self.tr("Cancel reason"), life.cancel_reason),
                (self.tr("Returned"), self._when(life.returned_at)),
                (self.tr("Return reason"), life.return_reason),
            ]
        )
        self._show_lines(record)
        case = record.upsell
        self.upsell_box.show_rows(
            [
                (self.tr("Status"), upsell_status_name(case.status) if case else ""),
                (self.tr("Assigned to"), case.assignee_name if case else ""),
                (self.tr("Reason"), upsell_reason_name(case.reason) if case and case.reason else ""),
            ]
        )
        self.notes.setText(
            "<br>".join(
                f"<b>{html.escape(self._when(n.at))} · {html.escape(n.author)}</b><br>{html.escape(n.text)}"
                for n in record.notes
            )
            or html.escape(self.tr("No notes yet."))
        )
        self._show_history(record)
        self.show_allowed()

    def _show_history(self, record: OrderDetail) -> None:
        """An entry per activity, newest first: when and who, then what ("Delivered → Returned" for a
        status change) and what the step recorded (carrier, tracking number, reason, lines)."""
        rows = []
        for activity in record.history:
            changes = dict(activity.changes)
            what = action_name(activity.action)
            moved = changes.pop("status", None)
            if activity.action is Action.STATUS_CHANGED and moved is not None:
                what = " → ".join(status_name(OrderStatus(s)) for s in moved if s in STATUS_VALUES)
            shown = [change_text(k, a, b) for k, (a, b) in changes.items()]
            details = (
                " · ".join(shown) if shown else activity.summary
            )  # the changes say what the summary says
            rows.append((self._when(activity.at), activity.user_name, what, details))
        self.history_rows = rows
        self.history.setText(
            "<br>".join(
                f"<b>{html.escape(when)} · {html.escape(who)}</b><br>{html.escape(what)}"
                + (f" — {html.escape(details)}" if details else "")
                for when, who, what, details in rows
            )
        )

    def _show_lines(self, record: OrderDetail) -> None:
        order = record.order

        def money(minor: int) -> str:
            return html.escape(format_minor(minor, order.currency))

        back = html.escape(self.tr("returned"))
        rows = "".join(
            f"<tr><td>{html.escape(line.description)}"
            + (f" <i>({back})</i>" if line.id in record.returned_line_ids else "")
            + f"</td><td align='right'>× {line.quantity}</td>"
            + f"<td align='right'>{money(line.total_minor)}</td></tr>"
            for line in order.lines
        )
        self.lines.setText(f"<table cellspacing='0' cellpadding='2' width='100%'>{rows}</table>")
        totals = [
            (self.tr("Subtotal"), order.subtotal_minor, False),
            (self.tr("Discount"), -order.discount_minor, False),
            (self.tr("Shipping fee"), order.shipping_minor, False),
            (self.tr("Total"), order.total_minor, True),
            (self.tr("Paid"), record.paid_minor, False),
            (self.tr("Balance"), record.balance_minor, True),
        ]
        cells = "".join(
            f"<tr><td>{'<b>' if bold else ''}{html.escape(name)}{'</b>' if bold else ''}</td>"
            f"<td align='right'>{'<b>' if bold else ''}{money(amount)}{'</b>' if bold else ''}</td></tr>"
            for name, amount, bold in totals
            if amount or bold
        )
        self.totals.setText(f"<table cellspacing='0' cellpadding='2' width='100%'>{cells}</table>")

    def show_allowed(self) -> None:
        """Enable the steps the state machine allows for the order shown."""
        allowed = self.detail.life.allowed if self.detail is not None else frozenset()
        for action, button in self.buttons.items():
            button.setEnabled(action in allowed)

    def set_busy(self, busy: bool) -> None:
        """While a step is saved nothing can be pressed; afterwards only the allowed steps."""
        super().set_busy(busy)
        if not busy and self.pages.currentIndex() == 1:
            self.show_allowed()
