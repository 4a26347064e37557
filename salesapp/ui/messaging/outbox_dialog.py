"""A customer's messages with their delivery: when, how, to where, the state and why one failed; a failed
or unknown message can be sent again once someone checked it did not arrive."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.changes import ChangeSet
from salesapp.domain.messaging import DeliveryState, OutboxRecord
from salesapp.services.registry import Services
from salesapp.ui.messaging.labels import channel_name, delivery_name, failure_text
from salesapp.ui.shared.i18n import error_text
from salesapp.ui.shared.qtdates import format_datetime
from salesapp.ui.shared.view_context import ViewContext
from salesapp.ui.widgets.message_label import MessageLabel


class OutboxDialog(QDialog):
    """The outbox rows of one customer, newest first."""

    def __init__(
        self, ctx: ViewContext, services: Services, customer_id: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.services, self.customer_id = ctx, services, customer_id
        self.records: list[OutboxRecord] = []
        self.changes: ChangeSet | None = None
        self.setWindowTitle(self.tr("Messages to {0}").format(name))
        self.message = MessageLabel()
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Queued"), self.tr("Channel"), self.tr("To"), self.tr("Delivery")])
        header = self.list.header()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.list.currentItemChanged.connect(lambda *_a: self._selection())
        self.resend_button = QPushButton(self.tr("Send again…"))
        self.resend_button.clicked.connect(self.resend)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.resend_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.reload()

    def reload(self) -> None:
        """Read the customer's messages again."""
        self.ctx.worker.submit(
            self.services.messages.outbox_of,
            self.ctx.user,
            self.customer_id,
            on_done=self.show_records,
            on_error=lambda exc: self.message.show_error(error_text(exc)),
        )

    def _state_text(self, record: OutboxRecord) -> str:
        state = "unknown" if record.unknown(self.ctx.clock()) else record.state.value
        text = delivery_name(state)
        reason = failure_text(record.error) if record.state is not DeliveryState.SENT else ""
        return f"{text} — {reason}" if reason else text

    def show_records(self, records: list[OutboxRecord]) -> None:
        """Fill the list."""
        self.records = records
        self.list.clear()
        tz: tzinfo = self.ctx.tz
        for record in records:
            item = QTreeWidgetItem(
                [
                    format_datetime(record.queued_at, tz, self.ctx.buddhist_era),
                    channel_name(record.channel),
                    record.address,
                    self._state_text(record),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, record.id)
            item.setToolTip(3, self._state_text(record))
            self.list.addTopLevelItem(item)
        self._selection()

    def _current(self) -> OutboxRecord | None:
        row = self.list.currentIndex().row()
        return self.records[row] if 0 <= row < len(self.records) else None

    def _selection(self) -> None:
        record = self._current()
        self.resend_button.setEnabled(
            record is not None and (record.state is DeliveryState.FAILED or record.unknown(self.ctx.clock()))
        )

    def resend(self) -> None:
        """Queue the chosen failed or unknown message again, after asking whether it really did not arrive."""
        record = self._current()
        if record is None:
            return
        if record.state is DeliveryState.SENDING:
            answer = QMessageBox.question(
                self,
                self.tr("Send again"),
                self.tr(
                    "This message may have been sent: the computer sending it stopped before the provider "
                    "answered. Send it again only if you checked it did not arrive."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.send_again(record.id)

    def send_again(self, outbox_id: int) -> None:
        """Queue one row again (no question)."""

        def done(changes: ChangeSet) -> None:
            self.changes = changes
            self.message.show_notice(self.tr("Queued again."))
            self.reload()

        self.ctx.worker.submit(
            self.services.messages.resend,
            self.ctx.user,
            outbox_id,
            on_done=done,
            on_error=lambda exc: self.message.show_error(error_text(exc)),
        )
