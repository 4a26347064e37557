"""Settings → Messaging accounts (administrators): the SMTP server, the SMS gateway and LINE, each with
Save and "Send a test". Passwords, secrets and tokens go to this computer's keyring, never the database."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.messaging import (
    AccountsState,
    LineSettings,
    MessageChannel,
    SmsProvider,
    SmsSettings,
    SmtpSecurity,
    SmtpSettings,
)
from salesapp.domain.text import clean_line
from salesapp.services.registry import Services
from salesapp.ui.messaging.labels import provider_name, security_name
from salesapp.ui.shared.i18n import error_text
from salesapp.ui.shared.view_context import ViewContext
from salesapp.ui.widgets.message_label import MessageLabel

TEST_TEXT = {
    MessageChannel.EMAIL: "salesapp: ทดสอบการส่งอีเมล · Thử gửi email · test e-mail",
    MessageChannel.SMS: "salesapp: ทดสอบ SMS · Thử SMS",
    MessageChannel.LINE: "salesapp: ทดสอบ LINE · Thử LINE",
}


class MessagingAccountsDialog(QDialog):
    """The three accounts in tabs; every save and test runs off the GUI thread."""

    def __init__(self, ctx: ViewContext, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.services = ctx, services
        self.service = services.messaging_accounts
        self.state: AccountsState | None = None
        self.test_buttons: dict[MessageChannel, QPushButton] = {}
        self.setWindowTitle(self.tr("Messaging accounts"))
        self.message = MessageLabel()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._email_tab(), self.tr("E-mail (SMTP)"))
        self.tabs.addTab(self._sms_tab(), self.tr("SMS gateway"))
        self.tabs.addTab(self._line_tab(), self.tr("LINE"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Passwords, API secrets and tokens are kept in this computer's keyring, never in the "
                "database: type them on each computer that sends."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("tone", "muted")
        layout.addWidget(intro)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self.reload()

    # ---- building ----------------------------------------------------------------------------------------
    def _secret_edit(self) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _actions(
        self, form: QFormLayout, channel: MessageChannel, hint: str
    ) -> tuple[QPushButton, QLineEdit]:
        save = QPushButton(self.tr("Save"))
        save.clicked.connect(lambda: self.save(channel))
        saving = QHBoxLayout()
        saving.addStretch(1)
        saving.addWidget(save)
        form.addRow("", saving)
        to = QLineEdit()
        to.setPlaceholderText(hint)
        test = QPushButton(self.tr("Send a test"))
        test.clicked.connect(lambda: self.send_test(channel))
        self.test_buttons[channel] = test
        row = QHBoxLayout()
        row.addWidget(to, 1)
        row.addWidget(test)
        form.addRow(self.tr("Test to:"), row)
        return save, to

    def _email_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.smtp_host = QLineEdit()
        self.smtp_host.setPlaceholderText("smtp.gmail.com")
        self.smtp_port = QSpinBox()
        self.smtp_port.setRange(1, 65535)
        self.smtp_security = QComboBox()
        for security in SmtpSecurity:
            self.smtp_security.addItem(security_name(security), security.value)
        self.smtp_security.currentIndexChanged.connect(self._default_port)
        self.smtp_user = QLineEdit()
        self.smtp_password = self._secret_edit()
        self.smtp_name = QLineEdit()
        self.smtp_address = QLineEdit()
        self.smtp_reply = QLineEdit()
        form.addRow(self.tr("Server:"), self.smtp_host)
        form.addRow(self.tr("Port:"), self.smtp_port)
        form.addRow(self.tr("Security:"), self.smtp_security)
        form.addRow(self.tr("User name:"), self.smtp_user)
        form.addRow(self.tr("Password:"), self.smtp_password)
        form.addRow(self.tr("Sender name:"), self.smtp_name)
        form.addRow(self.tr("Sender address:"), self.smtp_address)
        form.addRow(self.tr("Reply to:"), self.smtp_reply)
        self.smtp_save, self.smtp_test_to = self._actions(form, MessageChannel.EMAIL, "name@example.com")
        return page

    def _sms_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.sms_provider = QComboBox()
        for provider in SmsProvider:
            self.sms_provider.addItem(provider_name(provider), provider.value)
        self.sms_provider.currentIndexChanged.connect(self._provider_changed)
        self.sms_url = QLineEdit()
        self.sms_key = QLineEdit()
        self.sms_secret = self._secret_edit()
        self.sms_sender = QLineEdit()
        self.sms_method = QComboBox()
        self.sms_method.addItems(["POST", "GET", "PUT"])
        self.sms_content_type = QComboBox()
        self.sms_content_type.addItems(["application/json", "application/x-www-form-urlencoded"])
        self.sms_template = QPlainTextEdit()
        self.sms_template.setPlaceholderText('{"to": "{to}", "text": "{text}", "sender": "{sender}"}')
        self.sms_template.setMaximumHeight(70)
        self.sms_hint = QLabel(
            self.tr("{to} the number, {text} the message, {sender} the sender name; in the address too.")
        )
        self.sms_hint.setWordWrap(True)
        self.sms_hint.setProperty("tone", "muted")
        form.addRow(self.tr("Gateway:"), self.sms_provider)
        form.addRow(self.tr("Address:"), self.sms_url)
        form.addRow(self.tr("API key:"), self.sms_key)
        form.addRow(self.tr("Secret or token:"), self.sms_secret)
        form.addRow(self.tr("Sender name:"), self.sms_sender)
        self.generic_rows = [
            (QLabel(self.tr("Method:")), self.sms_method),
            (QLabel(self.tr("Content type:")), self.sms_content_type),
            (QLabel(self.tr("Body:")), self.sms_template),
        ]
        for label, field in self.generic_rows:
            form.addRow(label, field)
        form.addRow("", self.sms_hint)
        self.sms_save, self.sms_test_to = self._actions(form, MessageChannel.SMS, "0812345678")
        self._provider_changed()
        return page

    def _line_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.line_enabled = QCheckBox(self.tr("Send LINE messages from our LINE Official Account"))
        self.line_url = QLineEdit()
        self.line_token = self._secret_edit()
        hint = QLabel(
            self.tr(
                "The channel access token is in the LINE Developers console (Messaging API). A customer "
                "is reached by their LINE user id (U…), set on their profile."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("tone", "muted")
        form.addRow("", self.line_enabled)
        form.addRow(self.tr("API address:"), self.line_url)
        form.addRow(self.tr("Channel access token:"), self.line_token)
        form.addRow("", hint)
        self.line_save, self.line_test_to = self._actions(form, MessageChannel.LINE, "U…")
        return page

    def _default_port(self) -> None:
        security = SmtpSecurity(self.smtp_security.currentData())
        if self.smtp_port.value() in (25, 465, 587):
            self.smtp_port.setValue({SmtpSecurity.SSL: 465, SmtpSecurity.STARTTLS: 587}.get(security, 25))

    def _provider_changed(self) -> None:
        generic = self.sms_provider.currentData() == SmsProvider.GENERIC.value
        for label, field in self.generic_rows:
            label.setVisible(generic)
            field.setVisible(generic)
        self.sms_hint.setVisible(generic)
        self.sms_url.setPlaceholderText(
            "https://gateway.example.com/send?to={to}"
            if generic
            else {"esms": "https://rest.esms.vn", "speedsms": "https://api.speedsms.vn"}.get(
                str(self.sms_provider.currentData()), ""
            )
        )

    # ---- filling -----------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the accounts again."""
        self.ctx.worker.submit(
            self.service.accounts, self.ctx.user, on_done=self.show_state, on_error=self._error
        )

    def show_state(self, state: AccountsState) -> None:
        """Fill the three tabs (secrets are never shown: only whether one is kept)."""
        self.state = state
        s, sms, line = state.smtp, state.sms, state.line
        self.smtp_host.setText(s.host)
        self.smtp_port.setValue(s.port)
        self.smtp_security.setCurrentIndex(max(0, self.smtp_security.findData(s.security.value)))
        self.smtp_user.setText(s.user)
        self.smtp_name.setText(s.sender_name)
        self.smtp_address.setText(s.sender_address)
        self.smtp_reply.setText(s.reply_to)
        self.sms_provider.setCurrentIndex(max(0, self.sms_provider.findData(sms.provider.value)))
        self.sms_url.setText(sms.base_url)
        self.sms_key.setText(sms.api_key)
        self.sms_sender.setText(sms.sender)
        self.sms_method.setCurrentText(sms.method)
        self.sms_content_type.setCurrentText(sms.content_type)
        self.sms_template.setPlainText(sms.body_template)
        self.line_enabled.setChecked(line.enabled)
        self.line_url.setText(line.base_url)
        for channel, edit in (
            (MessageChannel.EMAIL, self.smtp_password),
            (MessageChannel.SMS, self.sms_secret),
            (MessageChannel.LINE, self.line_token),
        ):
            edit.clear()
            edit.setPlaceholderText(
                self.tr("Kept in this computer's keyring; type to replace")
                if state.has_secret.get(channel.value)
                else ""
            )

    def settings_of(self, channel: MessageChannel) -> tuple[Any, str | None]:
        """What the tab of `channel` holds: the settings and the typed secret (None: keep the kept one)."""
        if channel is MessageChannel.EMAIL:
            settings: Any = SmtpSettings(
                clean_line(self.smtp_host.text()),
                self.smtp_port.value(),
                SmtpSecurity(self.smtp_security.currentData()),
                clean_line(self.smtp_user.text()),
                clean_line(self.smtp_name.text()),
                clean_line(self.smtp_address.text()),
                clean_line(self.smtp_reply.text()),
            )
            secret = self.smtp_password.text()
        elif channel is MessageChannel.SMS:
            settings = SmsSettings(
                SmsProvider(self.sms_provider.currentData()),
                clean_line(self.sms_url.text()),
                clean_line(self.sms_key.text()),
                clean_line(self.sms_sender.text()),
                self.sms_method.currentText(),
                self.sms_template.toPlainText(),
                self.sms_content_type.currentText(),
            )
            secret = self.sms_secret.text()
        else:
            settings = LineSettings(clean_line(self.line_url.text()), self.line_enabled.isChecked())
            secret = self.line_token.text()
        return settings, (secret or None)

    # ---- saving and testing ------------------------------------------------------------------------------
    def save(self, channel: MessageChannel) -> None:
        """Save the tab of `channel`."""
        if self.state is None:
            return
        settings, secret = self.settings_of(channel)
        version = self.state.versions.get(channel.value, 0)

        def done(result: tuple[AccountsState, Any]) -> None:
            self.show_state(result[0])
            self.message.show_notice(self.tr("Saved."))

        self.message.clear_message()
        self.ctx.worker.submit(
            self.service.save, self.ctx.user, settings, version, secret, on_done=done, on_error=self._error
        )

    def send_test(self, channel: MessageChannel) -> None:
        """Send one message now through the saved account of `channel` (beside the window's queue: the
        provider may take seconds)."""
        to = {
            MessageChannel.EMAIL: self.smtp_test_to,
            MessageChannel.SMS: self.sms_test_to,
            MessageChannel.LINE: self.line_test_to,
        }[channel].text()
        service, user, db = self.service, self.ctx.user, self.services.ctx.db

        def work() -> Any:
            try:
                return service.send_test(user, channel, to, TEST_TEXT[channel])
            finally:
                db.close()  # this thread's own connection

        self.message.show_notice(self.tr("Sending a test…"))
        self.ctx.worker.submit_aside(
            work,
            on_done=lambda _sent: self.message.show_notice(self.tr("The test was sent to {0}.").format(to)),
            on_error=self._error,
        )

    def _error(self, exc: BaseException) -> None:
        self.message.show_error(error_text(exc))
