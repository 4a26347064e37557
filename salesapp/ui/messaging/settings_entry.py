"""The Messaging entry of Settings: "Messaging accounts…" for administrators; adding it also starts this
desktop's outbox sender (rows queued while no sender ran go out now)."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from salesapp.domain.enums import Role
from salesapp.services.registry import Services
from salesapp.ui.messaging.accounts_dialog import MessagingAccountsDialog
from salesapp.ui.messaging.sender_thread import sender_for
from salesapp.ui.shared.view_context import ViewContext


class MessagingBox(QGroupBox):
    """The Messaging group of Settings: one button to the accounts dialog."""

    def __init__(self, ctx: ViewContext, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Messaging"))
        self.ctx, self.services = ctx, services
        self.dialog: MessagingAccountsDialog | None = None
        self.accounts_button = QPushButton(self.tr("Messaging accounts…"))
        self.accounts_button.clicked.connect(self.open_accounts)
        text = QLabel(
            self.tr("The e-mail server, the SMS gateway and LINE that messages to customers go through.")
        )
        text.setWordWrap(True)
        row = QHBoxLayout(self)
        row.addWidget(self.accounts_button)
        row.addWidget(text, 1)

    def open_accounts(self) -> MessagingAccountsDialog:
        """Show the accounts dialog."""
        if self.dialog is None:
            self.dialog = MessagingAccountsDialog(self.ctx, self.services, self.window())
        else:
            self.dialog.reload()
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog


def messaging_box(ctx: ViewContext, services: Services) -> MessagingBox | None:
    """Start this desktop's outbox sender; the Messaging box for an administrator (None for others)."""
    sender_for(services)
    if ctx.user.role is not Role.ADMIN:
        return None
    return MessagingBox(ctx, services)
