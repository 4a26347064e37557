"""Messaging on a customer's profile: the E-mail…, SMS… and LINE… actions, the LINE user id and the
consent flags (no marketing e-mail / SMS) in the Profile tab, and the outbox sender's news refreshing the
care history. Attached by the Customers section to its profile pane."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolBar,
    QToolButton,
    QWidget,
)

from salesapp.domain.changes import ChangeSet
from salesapp.domain.messaging import MessageChannel, Recipients
from salesapp.services.messaging.one_message import Draft
from salesapp.services.registry import Services
from salesapp.ui.messaging.compose_dialog import ComposeDialog
from salesapp.ui.messaging.outbox_dialog import OutboxDialog
from salesapp.ui.messaging.sender_thread import sender_for
from salesapp.ui.shared.i18n import error_text
from salesapp.ui.shared.view_context import ViewContext


class ProfileHost(Protocol):
    """What the Customers section offers: its pane (with `action_bar`, `profile_form`, `add_editor`,
    `profile`), `profile_shown`, `changed` and `apply_changes`."""

    pane: Any
    profile_shown: Any
    changed: Any

    def apply_changes(self, changes: ChangeSet) -> None: ...


class ProfileMessaging(QObject):
    """Adds messaging to one profile pane and keeps this desktop's outbox sender running."""

    def __init__(self, host: ProfileHost, ctx: ViewContext, services: Services) -> None:
        super().__init__(host.pane)
        self.host, self.ctx, self.services = host, ctx, services
        self.who: Recipients | None = None
        self.dialog: ComposeDialog | None = None
        pane = host.pane
        # The buttons beside the care history (where the messages show), and a Message menu in the
        # profile's action bar.
        care_bar: QHBoxLayout = pane.care_bar
        tools = QToolBar()  # buttons that do not fit a narrow pane move into its » menu
        tools.setStyleSheet("QToolBar { border: 0; padding: 0; margin: 0; spacing: 4px; }")
        tools_layout = tools.layout()
        if tools_layout is not None:
            tools_layout.setContentsMargins(0, 0, 0, 0)
        care_bar.addWidget(tools, 10)  # most of the row: the filter keeps its size
        self.message_button = QToolButton()
        self.message_button.setText(self.tr("Message"))
        self.message_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.message_button)
        self.message_button.setMenu(menu)
        self.buttons: dict[MessageChannel, QPushButton] = {}
        for channel, text in (
            (MessageChannel.EMAIL, self.tr("E-mail…")),
            (MessageChannel.SMS, self.tr("SMS…")),
            (MessageChannel.LINE, self.tr("LINE…")),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, ch=channel: self.compose(ch))
            tools.addWidget(button)
            pane.add_editor(button)
            self.buttons[channel] = button
            action = menu.addAction(text)
            action.triggered.connect(self._opener(channel))
        self.outbox_button = QPushButton(self.tr("Messages…"))
        self.outbox_button.setToolTip(self.tr("Every message to this customer, its delivery, and Send again"))
        self.outbox_button.clicked.connect(self.open_outbox)
        tools.addWidget(self.outbox_button)
        pane.add_editor(self.outbox_button)
        self.outbox: OutboxDialog | None = None
        bar: QToolBar = pane.action_bar
        bar.insertWidget(bar.actions()[1], self.message_button)  # after Edit…
        pane.add_editor(self.message_button)
        form: QFormLayout = pane.profile_form
        self.line_user = QLineEdit()
        self.line_user.setPlaceholderText("U…")
        self.line_user.setToolTip(
            self.tr(
                "The customer's LINE user id for messages from the LINE Official Account; Enter saves it."
            )
        )
        self.line_user.returnPressed.connect(self.save_contact)
        self.no_email = QCheckBox(self.tr("No marketing e-mail"))
        self.no_sms = QCheckBox(self.tr("No marketing SMS"))
        for box in (self.no_email, self.no_sms):
            box.toggled.connect(lambda _on: self.save_contact())
        consent = QWidget()
        row = QHBoxLayout(consent)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.no_email)
        row.addWidget(self.no_sms)
        row.addStretch(1)
        form.insertRow(form.rowCount() - 1, self.tr("LINE user id:"), self.line_user)
        form.insertRow(form.rowCount() - 1, self.tr("Consent:"), consent)
        for widget in (self.line_user, self.no_email, self.no_sms):
            pane.add_editor(widget)
        host.profile_shown.connect(self.show_profile)
        self.bridge = sender_for(services)
        self.bridge.changed.connect(self._sender_changed)

    def _opener(self, channel: MessageChannel) -> Callable[[], None]:
        return lambda: self.compose(channel)

    def _sender_changed(self, changes: ChangeSet) -> None:
        self.host.apply_changes(changes)

    def _customer_id(self) -> int | None:
        profile = self.host.pane.profile
        return profile.customer.id if profile is not None else None

    def show_profile(self, profile: Any) -> None:
        """Read the customer's LINE user id and consent (not part of the profile record)."""
        customer_id = profile.customer.id
        self.ctx.worker.submit(
            self.services.messages.recipients, self.ctx.user, customer_id, on_done=self._show_contact
        )

    def _show_contact(self, who: Recipients) -> None:
        if who.customer_id != self._customer_id():
            return
        self.who = who
        for widget, value in ((self.no_email, who.no_marketing_email), (self.no_sms, who.no_marketing_sms)):
            widget.blockSignals(True)
            widget.setChecked(value)
            widget.blockSignals(False)
        self.line_user.setText(who.line_user_id)

    def save_contact(self) -> None:
        """Save the LINE user id and the consent flags shown."""
        customer_id = self._customer_id()
        if customer_id is None:
            return
        service, user = self.services.messages, self.ctx.user
        args = (user, customer_id, self.line_user.text(), self.no_email.isChecked(), self.no_sms.isChecked())

        def done(result: tuple[Recipients, ChangeSet]) -> None:
            self._show_contact(result[0])
            self.host.changed.emit(result[1])

        def failed(exc: BaseException) -> None:
            self.host.pane.show_error(error_text(exc))
            if self.who is not None:
                self._show_contact(self.who)

        self.ctx.worker.submit(service.set_contact, *args, on_done=done, on_error=failed)

    def open_outbox(self) -> OutboxDialog | None:
        """The customer's messages and their delivery."""
        profile = self.host.pane.profile
        if profile is None:
            return None
        dialog = OutboxDialog(
            self.ctx, self.services, profile.customer.id, profile.customer.name, self.host.pane.window()
        )
        dialog.finished.connect(lambda _r: self._outbox_closed(dialog))
        self.outbox = dialog
        dialog.open()
        return dialog

    def _outbox_closed(self, dialog: OutboxDialog) -> None:
        if dialog.changes is not None:
            self.host.apply_changes(dialog.changes)
            self.host.changed.emit(dialog.changes)

    def compose(self, channel: MessageChannel) -> None:
        """Open the message form for the customer shown (their addresses read first)."""
        customer_id = self._customer_id()
        if customer_id is None:
            return

        def arrived(who: Recipients) -> None:
            self.open_dialog(channel, who)

        self.ctx.worker.submit(
            self.services.messages.recipients,
            self.ctx.user,
            customer_id,
            on_done=arrived,
            on_error=lambda exc: self.host.pane.show_error(error_text(exc)),
        )

    def open_dialog(self, channel: MessageChannel, who: Recipients) -> ComposeDialog:
        """Show the message form for `who`."""
        dialog = ComposeDialog(channel, who, self.host.pane.window())
        dialog.send_requested.connect(lambda draft: self._send(dialog, who.customer_id, draft))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _send(self, dialog: ComposeDialog, customer_id: int, draft: Draft) -> None:
        def done(result: tuple[Any, ChangeSet]) -> None:
            dialog.sent()
            self.host.apply_changes(result[1])
            self.host.changed.emit(result[1])

        self.ctx.worker.submit(
            self.services.messages.send,
            self.ctx.user,
            customer_id,
            draft,
            on_done=done,
            on_error=lambda exc: dialog.failed(error_text(exc)),
        )
