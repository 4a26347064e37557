"""Messaging through the windows, from an empty database: the administrator sets up an SMTP server and
an SMS gateway in Settings → Messaging accounts (both real servers on 127.0.0.1), sends a test, adds a
customer, and from the profile sends an e-mail and an SMS in Thai; the background sender delivers them
and the care history shows both as sent. Screenshots in English, Thai and Vietnamese."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from salesapp.app import AppController
from salesapp.domain.customers.customer_profile import TimelineKind
from salesapp.domain.messaging import MessageChannel, SmsProvider
from salesapp.ui.customers.customers_view import CustomersView
from salesapp.ui.messaging.labels import delivery_name
from salesapp.ui.messaging.sender_thread import stop_all
from salesapp.ui.messaging.settings_entry import MessagingBox
from salesapp.ui.settings.settings_view import SettingsView
from salesapp.ui.shared.i18n import Translations
from tests.gui.test_shop_setup import first_admin
from tests.gui.test_startup import fast_connect
from tests.helpers.gui import screenshot, type_text
from tests.helpers.messaging_servers import http_gateway, smtp_server

SUBJECT = "ใบเสนอราคา ชุดของขวัญปีใหม่"
BODY = "สวัสดีค่ะ คุณมาลี\nส่งใบเสนอราคาตามที่คุยกันไว้นะคะ"
SMS = "ร้านสมใจ: สินค้าของคุณมาลีพร้อมส่งแล้วค่ะ ขอบคุณค่ะ"


@pytest.fixture
def controller(qtbot, language):
    app = QApplication.instance()
    ctl = AppController(app, Translations(app), connect_fn=fast_connect)
    yield ctl
    stop_all()
    for widget in (ctl.window, ctl.first_run, ctl.sign_in):
        if widget is not None:
            widget.close()
    ctl.shutdown()


def _settings_box(qtbot, window, customers: CustomersView, services) -> MessagingBox:
    settings = window.section_widget("settings")
    assert isinstance(settings, SettingsView)
    if getattr(settings, "messaging_box", None) is None:  # until app.py adds the entry itself
        settings.add_messaging_entry(customers.ctx, services)
    window.show_section("settings")
    box = settings.messaging_box
    assert isinstance(box, MessagingBox) and box.isVisible()
    return box


def _save(qtbot, dialog, button) -> None:
    dialog.message.clear_message()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10_000)
    assert dialog.message.text() == dialog.tr("Saved."), dialog.message.text()


@pytest.mark.parametrize("language", ["en", "th", "vi"], indirect=True)
def test_admin_sets_up_accounts_and_messages_a_customer(qtbot, controller, tmp_path: Path, language) -> None:
    window = first_admin(qtbot, controller, tmp_path)
    window.resize(1280, 720)
    qtbot.waitUntil(
        lambda: (
            controller.shop_setup.checklist_dialog is not None
            and controller.shop_setup.checklist_dialog.isVisible()
        ),
        timeout=10_000,
    )
    controller.shop_setup.checklist_dialog.reject()
    customers = window.section_widget("customers")
    assert isinstance(customers, CustomersView)
    services = controller.services

    with smtp_server() as (port, mail), http_gateway() as gw:
        # Settings → Messaging accounts: the SMTP server and the SMS gateway.
        accounts = _settings_box(qtbot, window, customers, services).open_accounts()
        qtbot.waitUntil(lambda: accounts.state is not None, timeout=10_000)
        accounts.resize(1280, 720)
        type_text(accounts.smtp_host, "127.0.0.1")
        accounts.smtp_security.setCurrentIndex(accounts.smtp_security.findData("none"))
        accounts.smtp_port.setValue(port)
        type_text(accounts.smtp_name, "ร้านสมใจ")
        type_text(accounts.smtp_address, "shop@example.com")
        _save(qtbot, accounts, accounts.smtp_save)
        type_text(accounts.smtp_test_to, "boss@example.com")
        qtbot.mouseClick(accounts.test_buttons[MessageChannel.EMAIL], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(mail.received) == 1, timeout=10_000)
        qtbot.waitUntil(lambda: "boss@example.com" in accounts.message.text(), timeout=10_000)

        accounts.tabs.setCurrentIndex(1)
        accounts.sms_provider.setCurrentIndex(accounts.sms_provider.findData(SmsProvider.ESMS.value))
        type_text(accounts.sms_url, gw.url)
        type_text(accounts.sms_key, "key-1")
        type_text(accounts.sms_secret, "secret-1")
        type_text(accounts.sms_sender, "SOMJAI")
        _save(qtbot, accounts, accounts.sms_save)
        screenshot(accounts, f"messaging_accounts_{language}")
        accounts.close()

        # A customer, then E-mail… from the profile.
        window.show_section("customers")
        dialog = customers.open_customer_dialog(None)
        type_text(dialog.name, "มาลี ศรีสุข")
        type_text(dialog.phone, "0812345678")
        type_text(dialog.email, "malee@example.com")
        with qtbot.waitSignal(customers.profile_shown, timeout=10_000):
            qtbot.mouseClick(
                dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
            )
        messaging = customers.messaging
        assert messaging.buttons[MessageChannel.EMAIL].isEnabled()

        qtbot.mouseClick(messaging.buttons[MessageChannel.EMAIL], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: messaging.dialog is not None and messaging.dialog.isVisible(), timeout=10_000)
        compose = messaging.dialog
        assert compose.address() == "malee@example.com"
        type_text(compose.subject, SUBJECT)
        first_line, second_line = BODY.split("\n")
        type_text(compose.body, first_line)
        qtbot.keyClick(compose.body, Qt.Key.Key_Return)
        type_text(compose.body, second_line)
        attachment = tmp_path / "quote.pdf"
        attachment.write_bytes(b"%PDF-1.4 quote")
        compose.attach(attachment)
        compose.resize(1280, 720)
        screenshot(compose, f"compose_email_{language}")
        qtbot.mouseClick(compose.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not compose.isVisible(), timeout=10_000)

        # The customer asked for no marketing SMS (Profile tab): a personal SMS warns but may be sent.
        messaging.no_sms.setChecked(True)
        qtbot.waitUntil(lambda: messaging.who is not None and messaging.who.no_marketing_sms, timeout=10_000)

        # SMS… from the profile's Message menu: the number prefilled, a live count of characters and parts.
        messaging.message_button.menu().actions()[1].trigger()
        qtbot.waitUntil(
            lambda: messaging.dialog is not compose and messaging.dialog.isVisible(), timeout=10_000
        )
        sms = messaging.dialog
        assert sms.channel is MessageChannel.SMS and sms.consent.isVisible()
        assert sms.address() == "+66812345678"
        type_text(sms.body, SMS)
        assert sms.counter.text().startswith(sms.tr("%n character(s)", "", len(SMS)))
        assert sms.tr("%n SMS part(s)", "", 1) in sms.counter.text()
        sms.resize(1280, 720)
        screenshot(sms, f"compose_sms_{language}")
        qtbot.mouseClick(sms.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not sms.isVisible(), timeout=10_000)

        # The background sender delivers both; the care history shows them as sent.
        qtbot.waitUntil(lambda: len(mail.received) == 2 and len(gw.delivered) == 1, timeout=15_000)

        def both_sent() -> bool:
            profile = customers.pane.profile
            care = [i for i in profile.timeline if i.kind is TimelineKind.CARE] if profile else []
            return sorted((i.action, i.details.get("delivery")) for i in care) == [
                ("email", (None, "sent")),
                ("sms", (None, "sent")),
            ]

        qtbot.waitUntil(both_sent, timeout=15_000)
        # Messages…: both listed as sent.
        outbox = messaging.open_outbox()
        qtbot.waitUntil(lambda: outbox.list.topLevelItemCount() == 2, timeout=10_000)
        rows = [outbox.list.topLevelItem(i).text(3) for i in range(2)]
        assert rows == [delivery_name("sent")] * 2 and not outbox.resend_button.isEnabled()
        outbox.close()

        # LINE… without a LINE user id or account: refused with the reason, the text kept.
        qtbot.mouseClick(messaging.buttons[MessageChannel.LINE], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: messaging.dialog is not sms and messaging.dialog.isVisible(), timeout=10_000)
        line = messaging.dialog
        type_text(line.body, "สวัสดีค่ะ")
        qtbot.mouseClick(line.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: line.message.isVisible(), timeout=10_000)
        assert line.isVisible() and line.body.toPlainText() == "สวัสดีค่ะ"
        line.close()
    received = mail.received[1]
    assert str(received["Subject"]) == SUBJECT
    assert received.get_body(("plain",)).get_content().rstrip("\n") == BODY
    assert gw.delivered[0].json()["Content"] == SMS
    customers.pane.tabs.setCurrentIndex(2)
    screenshot(window, f"messaging_care_history_{language}")
