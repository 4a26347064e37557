"""SMS counting (GSM-7 160/153, UCS-2 70/67 for Thai and Vietnamese with tones) and address checks."""

from __future__ import annotations

import pytest

from salesapp.domain.errors import ValidationError
from salesapp.domain.messaging import MessageChannel
from salesapp.domain.messaging.addresses import check_address
from salesapp.domain.messaging.sms import SmsEncoding, count_sms


@pytest.mark.parametrize(
    ("text", "encoding", "parts", "left"),
    [
        ("", SmsEncoding.GSM7, 0, 160),
        ("a" * 160, SmsEncoding.GSM7, 1, 0),
        ("a" * 161, SmsEncoding.GSM7, 2, 145),
        ("a" * 306, SmsEncoding.GSM7, 2, 0),
        ("€" * 80, SmsEncoding.GSM7, 1, 0),  # an extension character counts twice
        ("Xin chao ban", SmsEncoding.GSM7, 1, 148),
        ("Xin chào bạn", SmsEncoding.UCS2, 1, 58),  # "ạ" is not GSM: the whole text goes as UCS-2
        ("ส" * 70, SmsEncoding.UCS2, 1, 0),
        ("ส" * 71, SmsEncoding.UCS2, 2, 63),
        ("ส" * 134, SmsEncoding.UCS2, 2, 0),
        ("😀" * 35, SmsEncoding.UCS2, 1, 0),  # beyond the BMP: two UCS-2 units each
    ],
)
def test_sms_parts(text: str, encoding: SmsEncoding, parts: int, left: int) -> None:
    count = count_sms(text)
    assert (count.encoding, count.parts, count.left, count.chars) == (encoding, parts, left, len(text))


def test_addresses() -> None:
    assert check_address(MessageChannel.SMS, "081-234-5678") == "+66812345678"
    assert check_address(MessageChannel.SMS, "0912 345 678", "VN") == "+84912345678"
    assert check_address(MessageChannel.EMAIL, " malee@example.com ") == "malee@example.com"
    assert check_address(MessageChannel.LINE, "U" + "0" * 32) == "U" + "0" * 32
    for channel, bad in (
        (MessageChannel.EMAIL, "malee@"),
        (MessageChannel.SMS, "12"),
        (MessageChannel.LINE, "@somsri"),
        (MessageChannel.EMAIL, ""),
    ):
        with pytest.raises(ValidationError) as exc:
            check_address(channel, bad)
        assert exc.value.field == "to"
