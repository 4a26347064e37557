"""Messaging against real servers on 127.0.0.1: an SMTP server (aiosmtpd) and an HTTP server standing in
for eSMS.vn, SpeedSMS.vn, a generic gateway and LINE. Thai and Vietnamese arrive intact; each gateway gets
the body it documents; errors and time-outs are retried and reported; a sender stopped after claiming a
row never makes a second message on resume. On SQLite and PostgreSQL."""

from __future__ import annotations

import time

import pytest

from salesapp.db import models as m
from salesapp.domain.customers.customer_profile import TimelineKind
from salesapp.domain.enums import EntityKind, Role
from salesapp.domain.errors import PermissionDenied, ValidationError
from salesapp.domain.messaging import (
    MAX_ATTEMPTS,
    Attachment,
    DeliveryState,
    LineSettings,
    MessageChannel,
    SmsProvider,
    SmsSettings,
    SmtpSecurity,
    SmtpSettings,
    failure_parts,
)
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.services.messaging import outbox, secrets
from salesapp.services.messaging.one_message import Draft
from salesapp.services.messaging.sender import OutboxSender
from tests.helpers.messaging_servers import http_gateway, smtp_server

THAI_SUBJECT = "ใบเสนอราคาสำหรับคุณสมศรี ✓"
THAI_BODY = "สวัสดีค่ะ คุณสมศรี\nขอบคุณที่สั่งซื้อสินค้ากับเรา ราคารวม ๑,๒๕๐ บาท"
VI_SUBJECT = "Báo giá cho chị Nguyễn Thị Hương"
VI_BODY = "Chào chị Hương,\nCảm ơn chị đã đặt hàng. Tổng cộng: 1.250.000 ₫ — hẹn gặp lại!"
LINE_USER = "U" + "4af4980629" * 3 + "ab"


def _customer(services, actor, **extra):
    data = CustomerInput(name=extra.pop("name", "สมศรี ใจดี"), **extra)
    return services.customers.create(actor, data)[0]


def _smtp(services, admin, port: int) -> None:
    settings = SmtpSettings(
        "127.0.0.1", port, SmtpSecurity.NONE, "", "ร้านสมใจ", "shop@example.com", "boss@example.com"
    )
    services.messaging_accounts.save(admin, settings, 0, None)


def _sms(services, admin, provider: SmsProvider, url: str, version: int = 0, **extra) -> None:
    settings = SmsSettings(provider, url, "key-1", "SHOP", timeout=extra.pop("timeout", 2.0), **extra)
    services.messaging_accounts.save(admin, settings, version, "secret-1")


def _sender(services) -> OutboxSender:
    return OutboxSender(services.ctx, services.messaging_accounts)


def _row(outbox_id: int) -> m.OutboxItem:
    return m.OutboxItem.get_by_id(outbox_id)


def test_thai_and_vietnamese_email_arrive_intact(services, admin) -> None:
    thai = _customer(services, admin, email="somsri@example.com")
    viet = _customer(services, admin, name="Nguyễn Thị Hương", email="huong@example.vn", country="VN")
    with smtp_server() as (port, received):
        _smtp(services, admin, port)
        pdf = Attachment("ใบเสนอราคา.pdf", "application/pdf", b"%PDF-1.4 test")
        first, _ = services.messages.send(
            admin, thai.id, Draft(MessageChannel.EMAIL, "somsri@example.com", THAI_BODY, THAI_SUBJECT, (pdf,))
        )
        second, _ = services.messages.send(
            admin, viet.id, Draft(MessageChannel.EMAIL, "huong@example.vn", VI_BODY, VI_SUBJECT)
        )
        assert _sender(services).run_until_idle() == 2
        assert len(received.received) == 2
        by_to = {str(mail["To"]): mail for mail in received.received}
    mail = by_to["somsri@example.com"]
    assert str(mail["Subject"]) == THAI_SUBJECT
    assert mail.get_body(("plain",)).get_content().rstrip("\n") == THAI_BODY
    assert "ร้านสมใจ" in str(mail["From"]) and "shop@example.com" in str(mail["From"])
    assert str(mail["Reply-To"]) == "boss@example.com"
    files = list(mail.iter_attachments())
    assert [f.get_filename() for f in files] == ["ใบเสนอราคา.pdf"]
    assert files[0].get_content() == b"%PDF-1.4 test"
    vi_mail = by_to["huong@example.vn"]
    assert str(vi_mail["Subject"]) == VI_SUBJECT
    assert vi_mail.get_body(("plain",)).get_content().rstrip("\n") == VI_BODY
    for record in (first, second):
        row = _row(record.id)
        assert row.state == "sent" and row.attempts == 1
        assert row.provider_id == str(by_to[row.address]["Message-ID"])
        assert row.idempotency_key in row.provider_id  # the Message-ID is made from the key
    # The care history shows the message, who sent it and that it was sent.
    care = [i for i in services.profiles.profile(admin, thai.id).timeline if i.kind is TimelineKind.CARE]
    assert care[0].action == "email" and care[0].user_name == "Admin Ann"
    assert THAI_SUBJECT in care[0].text and care[0].details["delivery"] == (None, "sent")


def test_sms_bodies_arrive_as_each_gateway_expects(services, admin) -> None:
    customer = _customer(services, admin, name="Nguyễn Văn An", phone="0912 345 678", country="VN")
    sender = _sender(services)
    with http_gateway() as gw:
        _sms(services, admin, SmsProvider.ESMS, gw.url)
        record, _ = services.messages.send(
            admin, customer.id, Draft(MessageChannel.SMS, "+84912345678", VI_BODY)
        )
        assert sender.run_until_idle() == 1
        esms = gw.delivered[-1].json()
        assert gw.delivered[-1].path == "/MainService.svc/json/SendMultipleMessage_V4_post_json/"
        assert esms["Phone"] == "0912345678" and esms["Content"] == VI_BODY and esms["IsUnicode"] == "1"
        assert esms["ApiKey"] == "key-1" and esms["SecretKey"] == "secret-1" and esms["Brandname"] == "SHOP"
        assert esms["RequestId"] == _row(record.id).idempotency_key
        assert _row(record.id).provider_id == "esms-1"

        _sms(services, admin, SmsProvider.SPEEDSMS, gw.url, version=1)
        services.messages.send(
            admin, customer.id, Draft(MessageChannel.SMS, "+84912345678", "Xin chao ban An")
        )
        assert sender.run_until_idle() == 1
        speed = gw.delivered[-1]
        assert speed.path == "/index.php/sms/send"
        assert (
            speed.headers["Authorization"]
            == "Basic " + __import__("base64").b64encode(b"secret-1:x").decode()
        )
        assert speed.json() == {
            "to": ["0912345678"],
            "content": "Xin chao ban An",
            "sms_type": 3,
            "sender": "SHOP",
        }

        template = '{"number": "{to}", "message": "{text}", "from": "{sender}"}'
        _sms(services, admin, SmsProvider.GENERIC, gw.url + "/api/send", version=2, body_template=template)
        quoted = 'ราคา "พิเศษ"\nวันนี้'
        services.messages.send(admin, customer.id, Draft(MessageChannel.SMS, "0912345678", quoted))
        assert sender.run_until_idle() == 1
        generic = gw.delivered[-1]
        assert generic.path == "/api/send"
        assert generic.json() == {"number": "0912345678", "message": quoted, "from": "SHOP"}
    states = {r.state for r in m.OutboxItem.select()}
    assert states == {"sent"}


def test_line_push_with_retry_key(services, admin) -> None:
    customer = _customer(services, admin, phone="0812345678")
    services.messages.set_contact(admin, customer.id, LINE_USER, False, False)
    with http_gateway() as gw:
        services.messaging_accounts.save(admin, LineSettings(gw.url, True, 0.5), 0, "line-token")
        record, _ = services.messages.send(
            admin, customer.id, Draft(MessageChannel.LINE, LINE_USER, THAI_BODY)
        )
        gw.fail_next(("sleep", 1.0))  # LINE got it but answered too late: the retry is answered 409
        sender = _sender(services)
        assert sender.run_once()
        assert _row(record.id).state == "queued"
        services.ctx.clock.advance(minutes=1)
        assert sender.run_until_idle() == 1
    assert len(gw.delivered) == 1
    push = gw.delivered[0]
    assert push.path == "/v2/bot/message/push"
    assert push.headers["Authorization"] == "Bearer line-token"
    assert push.json() == {"to": LINE_USER, "messages": [{"type": "text", "text": THAI_BODY}]}
    keys = {r.headers["X-Line-Retry-Key"] for r in gw.requests}
    assert len(keys) == 1 and keys == {str(__import__("uuid").UUID(_row(record.id).idempotency_key))}
    assert _row(record.id).state == "sent"


def test_gateway_errors_and_time_outs_are_retried_and_reported(services, admin) -> None:
    customer = _customer(services, admin, phone="0812345678")
    sender = _sender(services)
    with http_gateway() as gw:
        _sms(services, admin, SmsProvider.ESMS, gw.url, timeout=0.5)
        record, _ = services.messages.send(
            admin, customer.id, Draft(MessageChannel.SMS, "0812345678", THAI_BODY)
        )
        gw.fail_next(("status", 500), ("sleep", 1.2), ("status", 503))
        for attempt in range(1, 4):
            assert sender.run_once()
            row = _row(record.id)
            assert row.state == "queued" and row.attempts == attempt and row.error
            assert not sender.run_once()  # not due yet: it waits before trying again
            services.ctx.clock.advance(hours=1)
        assert sender.run_once()
        assert _row(record.id).state == "sent" and _row(record.id).attempts == 4
        assert len(gw.delivered) == 1  # the late answer's message was not made twice
        assert len({r.json()["RequestId"] for r in gw.requests}) == 1

        # A gateway that keeps failing: reported as failed with its answer after MAX_ATTEMPTS.
        _sms(services, admin, SmsProvider.GENERIC, gw.url + "/send", version=1, body_template="{text}")
        record, _ = services.messages.send(
            admin, customer.id, Draft(MessageChannel.SMS, "0812345678", "hello")
        )
        gw.fail_next(*[("status", 502)] * MAX_ATTEMPTS)
        for _ in range(MAX_ATTEMPTS):
            assert sender.run_once()
            services.ctx.clock.advance(hours=1)
        row = _row(record.id)
        assert row.state == "failed" and row.attempts == MAX_ATTEMPTS
        text, params = failure_parts(row.error)
        assert "HTTP {status}" in text and params["status"] == "502"
        note = m.CustomerNote.get_by_id(row.note_id)
        assert note.delivery == "failed"

        # A time-out at a gateway without an idempotency key: maybe sent, so never retried on its own.
        _sms(services, admin, SmsProvider.SPEEDSMS, gw.url, version=2, timeout=0.5)
        record, _ = services.messages.send(admin, customer.id, Draft(MessageChannel.SMS, "0812345678", "hi"))
        gw.fail_next(("sleep", 1.2))
        assert sender.run_once()
        services.ctx.clock.advance(hours=1)
        assert sender.run_until_idle() == 0
        row = _row(record.id)
        assert row.state == "sending" and outbox.record(row).unknown(services.ctx.clock())
        assert m.CustomerNote.get_by_id(row.note_id).delivery == "unknown"
        speed_requests = [r for r in gw.requests if r.path.endswith("/sms/send")]
        assert len(speed_requests) == 1
        # A person who checked it did not arrive sends it again.
        services.messages.resend(admin, record.id)
        assert sender.run_until_idle() == 1 and _row(record.id).state == "sent"


def test_a_sender_stopped_after_claiming_never_sends_twice(services, admin) -> None:
    customer = _customer(services, admin, email="somsri@example.com", phone="0812345678")
    db, clock = services.ctx.db.pw, services.ctx.clock
    with smtp_server() as (port, received), http_gateway() as gw:
        _smtp(services, admin, port)
        _sms(services, admin, SmsProvider.ESMS, gw.url)
        mail, _ = services.messages.send(
            admin, customer.id, Draft(MessageChannel.EMAIL, "somsri@example.com", THAI_BODY, THAI_SUBJECT)
        )
        sms, _ = services.messages.send(
            admin, customer.id, Draft(MessageChannel.SMS, "0812345678", THAI_BODY)
        )
        crashed = _sender(services)
        # The first desktop claims both rows, hands them to the providers, and dies before recording.
        for _ in range(2):
            claimed = outbox.claim(db, crashed.token, list(MessageChannel), clock())
            assert claimed is not None

            crashed.adapters()[claimed.message.channel].send(claimed.message)
        assert len(received.received) == 1 and len(gw.delivered) == 1
        # Another start, after the lease lapsed.
        clock.advance(minutes=10)
        resumed = _sender(services)
        resumed.run_until_idle()
        clock.advance(hours=1)
        resumed.run_until_idle()
        assert len(received.received) == 1  # SMTP has no idempotency: left unknown, not sent again
        row = _row(mail.id)
        assert row.state == "sending" and outbox.record(row).unknown(clock())
        assert len(gw.delivered) == 1  # eSMS deduplicates on RequestId: sent again safely, made once
        assert _row(sms.id).state == "sent" and _row(sms.id).provider_id == "esms-1"


def test_access_consent_and_checks(services, admin) -> None:
    sales, _ = services.users.create_user(admin, "somsri", "สมศรี", Role.SALES, "password1")
    mine = _customer(services, sales, phone="0812345678", email="a@example.com")
    theirs = _customer(services, admin, name="Other", phone="0899999999")
    with pytest.raises(PermissionDenied):
        services.messages.recipients(sales, theirs.id)
    with pytest.raises(ValidationError):  # no account set up yet: nothing queued, the draft is kept by the UI
        services.messages.send(sales, mine.id, Draft(MessageChannel.SMS, "0812345678", "hi"))
    _sms(services, admin, SmsProvider.ESMS, "http://127.0.0.1:9")
    with pytest.raises(PermissionDenied):
        services.messages.send(sales, theirs.id, Draft(MessageChannel.SMS, "0899999999", "hi"))
    with pytest.raises(PermissionDenied):
        services.messaging_accounts.save(sales, SmsSettings(SmsProvider.ESMS, "http://x"), 1, None)
    with pytest.raises(ValidationError) as bad:
        services.messages.send(sales, mine.id, Draft(MessageChannel.SMS, "0812345678", "ส" * 671))
    assert bad.value.field == "body"
    who, _ = services.messages.set_contact(sales, mine.id, "", True, True)
    assert who.opted_out(MessageChannel.SMS) and who.opted_out(MessageChannel.EMAIL)
    assert who.phones == ("+66812345678",)
    record, _ = services.messages.send(sales, mine.id, Draft(MessageChannel.SMS, "0812345678", "hi"))
    assert record.state is DeliveryState.QUEUED  # opted out: a one-to-one message may still be sent
    with pytest.raises(ValidationError):
        services.messages.set_contact(sales, mine.id, "somsri.line", False, False)
    # Secrets never reach the database.
    text = " ".join(str(v) for (v,) in m.Setting.select(m.Setting.value).tuples())
    assert "secret-1" not in text
    assert secrets.load_secret(services.ctx.db.url, secrets.SMS_SECRET) == "secret-1"


def test_a_row_queued_while_no_sender_ran_goes_out_at_the_next_start(services, admin) -> None:
    customer = _customer(services, admin, email="somsri@example.com")
    with smtp_server() as (port, received):
        _smtp(services, admin, port)
        record, _ = services.messages.send(
            admin, customer.id, Draft(MessageChannel.EMAIL, "somsri@example.com", VI_BODY, VI_SUBJECT)
        )
        changes = []
        sender = OutboxSender(
            services.ctx, services.messaging_accounts, on_change=changes.append, idle_seconds=0.05
        )
        sender.start()  # a thread of its own, with its own database connection
        try:
            deadline = time.monotonic() + 10
            while not changes and time.monotonic() < deadline:
                time.sleep(0.02)
        finally:
            sender.stop()
        assert not sender.running
        assert len(received.received) == 1
    assert _row(record.id).state == "sent"
    assert changes[0].ids(EntityKind.CUSTOMER) == {customer.id}
