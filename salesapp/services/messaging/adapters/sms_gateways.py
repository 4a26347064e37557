"""SMS through an HTTP gateway: eSMS.vn and SpeedSMS.vn from their published API documentation, and a
generic adapter (URL, method, body template) for any other gateway.

Numbers are handed over in the national form the Vietnamese gateways document (0912…); a Thai number
stays international without the plus (66…) for the generic adapter's {to} as most Thai gateways take it.
"""

from __future__ import annotations

import json
from urllib.parse import quote

from salesapp.domain.errors import msg
from salesapp.domain.messaging import Outgoing, SmsProvider, SmsSettings
from salesapp.domain.messaging.sms import SmsEncoding, encoding_of
from salesapp.services.messaging.adapters import ChannelAdapter, SendFailure, Sent
from salesapp.services.messaging.adapters.http import Answer, basic_auth, request

GATEWAY_REFUSED = msg("The SMS gateway refused the message: {detail}")

ESMS_URL = "https://rest.esms.vn"
SPEEDSMS_URL = "https://api.speedsms.vn"


def national(e164: str) -> str:
    """+84912345678 → 0912345678 (the form eSMS and SpeedSMS document); other countries unchanged."""
    if e164.startswith("+84"):
        return "0" + e164[3:]
    if e164.startswith("+66"):
        return "0" + e164[3:]
    return e164.lstrip("+")


class EsmsAdapter:
    """eSMS.vn, "Send OTP/Customer care message": POST
    {base}/MainService.svc/json/SendMultipleMessage_V4_post_json/ with a JSON body (ApiKey, SecretKey,
    Phone, Content, Brandname, SmsType 2, IsUnicode, RequestId); CodeResult "100" is success and SMSID
    the gateway's id. Documented at
    https://developers.esms.vn/en/esms-api/send-sms-api/send-otp-customer-care-message

    RequestId "prevents the request from being duplicated": the outbox row's key goes there, so a retry
    after a time-out or a resumed *sending* row cannot make a second SMS."""

    deduplicates = True

    def __init__(self, settings: SmsSettings, secret: str) -> None:
        self.settings = settings
        self.secret = secret

    def send(self, message: Outgoing) -> Sent:
        """POST the message; CodeResult other than 100 is a refusal with the gateway's own error."""
        s = self.settings
        body = {
            "ApiKey": s.api_key,
            "SecretKey": self.secret,
            "Phone": national(message.to),
            "Content": message.body,
            "Brandname": s.sender,
            "SmsType": "2",
            "IsUnicode": "1" if encoding_of(message.body) is SmsEncoding.UCS2 else "0",
            "Sandbox": "0",
            "RequestId": message.key,
        }
        url = (s.base_url or ESMS_URL).rstrip("/") + "/MainService.svc/json/SendMultipleMessage_V4_post_json/"
        answer = request(
            "POST",
            url,
            json.dumps(body, ensure_ascii=False).encode("utf-8"),
            {"Content-Type": "application/json; charset=utf-8"},
            s.timeout,
            self.deduplicates,
        )
        data = answer.json() or {}
        if str(data.get("CodeResult")) != "100":
            detail = f"{data.get('CodeResult', answer.status)} {data.get('ErrorMessage') or answer.text(200)}"
            # 99: an unknown error of theirs; the rest are about the request or the account
            raise SendFailure(GATEWAY_REFUSED, retry=str(data.get("CodeResult")) == "99", detail=detail)
        return Sent(str(data.get("SMSID", "")))


class SpeedSmsAdapter:
    """SpeedSMS.vn, "API gửi tin nhắn": POST {base}/index.php/sms/send with HTTP Basic authentication (the
    access token as the user name, "x" as the password) and a JSON body {"to": [number], "content",
    "sms_type", "sender"}; {"status": "success", "code": "00", "data": {"tranId": …}} on success, else
    {"status": "error", "code", "message"}. Documented at https://speedsms.vn/sms-api/

    SpeedSMS takes no idempotency key: a time-out after the request went out leaves the row *unknown*
    (it may have been sent) instead of retrying it; someone checks SpeedSMS's history before sending it
    again."""

    deduplicates = False

    def __init__(self, settings: SmsSettings, token: str) -> None:
        self.settings = settings
        self.token = token

    def send(self, message: Outgoing) -> Sent:
        """POST the message; a status other than success is a refusal (500: try again later)."""
        s = self.settings
        body: dict[str, object] = {"to": [national(message.to)], "content": message.body, "sms_type": 2}
        if s.sender:
            body["sender"] = s.sender
            body["sms_type"] = 3  # a registered brand name
        url = (s.base_url or SPEEDSMS_URL).rstrip("/") + "/index.php/sms/send"
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "Authorization": basic_auth(self.token, "x"),
        }
        answer = request(
            "POST", url, json.dumps(body, ensure_ascii=False).encode("utf-8"), headers, s.timeout, False
        )
        data = answer.json() or {}
        if data.get("status") != "success":
            code = str(data.get("code", answer.status))
            detail = f"{code} {data.get('message') or answer.text(200)}"
            raise SendFailure(GATEWAY_REFUSED, retry=code == "500", detail=detail)
        return Sent(str((data.get("data") or {}).get("tranId", "")))


class GenericHttpAdapter:
    """Any gateway with an HTTP API: `base_url` is the whole URL (it may hold {to} {text} {sender} too,
    URL-encoded), `method` GET or POST, `body_template` the body with {to} {text} {sender} (JSON-escaped
    when the content type is JSON, form-encoded otherwise). Any 2xx answer is success.

    It knows nothing of the gateway's deduplication: a time-out leaves the row *unknown*."""

    deduplicates = False

    def __init__(self, settings: SmsSettings, secret: str) -> None:
        self.settings = settings
        self.secret = secret

    def _fill(self, template: str, message: Outgoing, escape: str) -> str:
        values = {
            "to": national(message.to),
            "text": message.body,
            "sender": self.settings.sender,
            "secret": self.secret,
            "key": message.key,
        }
        for name, value in values.items():
            if escape == "json":
                value = json.dumps(value, ensure_ascii=False)[1:-1]
            elif escape == "url":
                value = quote(value, safe="")
            template = template.replace("{" + name + "}", value)
        return template

    def send(self, message: Outgoing) -> Sent:
        """Fill the URL and body and send them; any 2xx is success."""
        s = self.settings
        url = self._fill(s.base_url, message, "url")
        is_json = "json" in s.content_type
        body = None
        if s.method.upper() != "GET" and s.body_template:
            body = self._fill(s.body_template, message, "json" if is_json else "url").encode("utf-8")
        headers = {"Content-Type": s.content_type + "; charset=utf-8"}
        if s.api_key or self.secret:
            headers["Authorization"] = basic_auth(s.api_key, self.secret)
        answer: Answer = request(s.method, url, body, headers, s.timeout, False)
        data = answer.json()
        provider_id = ""
        if isinstance(data, dict):
            provider_id = str(data.get("id") or data.get("message_id") or data.get("messageId") or "")
        return Sent(provider_id)


def sms_adapter(settings: SmsSettings, secret: str) -> ChannelAdapter:
    """The adapter of the chosen gateway."""
    if settings.provider is SmsProvider.ESMS:
        return EsmsAdapter(settings, secret)
    if settings.provider is SmsProvider.SPEEDSMS:
        return SpeedSmsAdapter(settings, secret)
    return GenericHttpAdapter(settings, secret)
