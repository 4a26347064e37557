"""The bounds of input in the domain: control characters dropped from every text, lengths, amounts, dates,
and pictures that must really decode (PNG chunks and pixel data, JPEG markers) without Qt or Pillow."""

from __future__ import annotations

import struct
import zlib
from datetime import UTC, date, datetime, timedelta

import pytest

from salesapp.domain import limits
from salesapp.domain.enums import Currency
from salesapp.domain.errors import ValidationError
from salesapp.domain.images import JPEG, PNG, check_image, check_images_total, image_size
from salesapp.domain.money import parse_minor
from salesapp.domain.text import clean_line, clean_text, search_key
from tests.helpers.images import PNG_GARBAGE, jpeg_bytes, png_bytes

ADAM7 = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2))


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _png(width: int, height: int, interlace: int = 0, raw: bytes | None = None) -> bytes:
    if raw is None:
        parts = ADAM7 if interlace else ((0, 0, 1, 1),)
        raw = b""
        for x, y, dx, dy in parts:
            w, h = (width - x + dx - 1) // dx, (height - y + dy - 1) // dy
            if w and h:
                raw += (b"\x00" + b"\x10\x20\x30" * w) * h
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, interlace)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(raw))
        + _chunk(b"IEND", b"")
    )


def test_control_characters_are_dropped_everywhere() -> None:
    assert clean_line("Som\x00chai\x07 \x1b[31mJai\x7fdee\x85\ud800") == "Somchai [31mJaidee"
    # Notes keep tabs and line breaks (Word's vertical tab and form feed are line breaks too).
    assert clean_text("a\x00b\tc\r\nd\x0be\x0cf\x1c") == "ab\tc\nd\ne\nf"
    assert search_key("Ng\x00uyễn") == "nguyen"


def test_lengths() -> None:
    assert limits.bounded_name(" Lan\x00 ") == "Lan"
    with pytest.raises(ValidationError) as err:
        limits.bounded_name("ก" * 201)
    assert err.value.message == "A name can be at most 200 characters; this one has 201."
    with pytest.raises(ValidationError) as err:
        limits.bounded_line("x" * 301, "source")
    assert err.value.field == "source" and err.value.message.startswith(
        "“xxxxxxxxxxxxxxxxxxxxxxxx…” is too long"
    )
    assert limits.bounded_note("a\n" * 4999 + "b") == "a\n" * 4999 + "b"  # exactly 10,000 characters
    with pytest.raises(ValidationError) as err:
        limits.bounded_note("ข" * 10_001)
    assert err.value.message == "A note can be at most 10,000 characters; this one has 10,001."
    assert limits.preview("x" * 1000) == "x" * 299 + "…" and limits.preview("short") == "short"


def test_amounts() -> None:
    for text in ("99999999999999999999", "9" * 5000, "-99999999999999999999"):
        with pytest.raises(ValidationError) as err:
            parse_minor(text, Currency.THB)
        assert err.value.message == "The amount is too large: it can be at most ฿10,000,000,000,000.00."
    with pytest.raises(ValidationError) as err:
        parse_minor("99999999999999999999 đ", Currency.VND)
    assert err.value.message == "The amount is too large: it can be at most 1.000.000.000.000.000 ₫."
    assert parse_minor("10,000,000,000,000", Currency.THB) == limits.MAX_AMOUNT_MINOR
    with pytest.raises(ValidationError):
        limits.check_amount(limits.MAX_AMOUNT_MINOR + 1)
    with pytest.raises(ValidationError) as err:
        parse_minor("x" * 100_000, Currency.THB)
    assert len(err.value.message) < 100  # the message quotes the start of the text, not all of it


def test_dates() -> None:
    today = date(2026, 11, 23)
    assert limits.check_birth_date(date(1906, 11, 23), today) == date(1906, 11, 23)
    for day in (date(1, 1, 1), date(1906, 11, 22), date(2026, 11, 24), date(9999, 12, 31)):
        with pytest.raises(ValidationError):
            limits.check_birth_date(day, today)
    assert limits.years_before(date(2024, 2, 29), 1) == date(2023, 2, 28)
    now = datetime(2026, 11, 23, 3, tzinfo=UTC)
    assert limits.check_ahead(now + timedelta(days=730), now, "next_at")
    with pytest.raises(ValidationError):
        limits.check_ahead(datetime(9999, 1, 1, tzinfo=UTC), now, "next_at")
    with pytest.raises(ValidationError):
        limits.check_record_time(now + timedelta(minutes=1), now)
    assert limits.check_plan_date(date(2036, 11, 1), today, "expected_close")
    with pytest.raises(ValidationError):
        limits.check_plan_date(date(1, 1, 1), today, "expected_close")


@pytest.mark.parametrize(("width", "height"), [(1, 1), (3, 5), (17, 9), (100, 33)])
def test_png_plain_and_interlaced_decode(width: int, height: int) -> None:
    for interlace in (0, 1):
        assert image_size(_png(width, height, interlace)) == (width, height)


def test_real_pictures_decode() -> None:
    assert image_size(png_bytes(40, 30)) == (40, 30)
    assert image_size(jpeg_bytes(40, 30)) == (40, 30)
    assert check_image(png_bytes(), "a.png", 1024) == PNG and check_image(jpeg_bytes(), "a.jpg", 4096) == JPEG


def test_pictures_that_only_look_like_pictures_are_refused() -> None:
    png, jpeg = png_bytes(40, 30), jpeg_bytes(40, 30)
    broken_crc = bytearray(png)
    broken_crc[40] ^= 0xFF
    short_pixels = _png(10, 10, raw=b"\x00" * 50)
    damaged = [
        PNG_GARBAGE, png[:-12], png[:30], bytes(broken_crc), short_pixels, _png(10, 10, raw=b"\x00" * 5000),
        jpeg[:-2], jpeg[: len(jpeg) // 2], b"\xff\xd8\xff\xe0" + b"\x00" * 64, b"\xff\xd8\xff\xd9",
    ]  # fmt: skip
    for data in damaged:
        assert image_size(data) is None
        with pytest.raises(ValidationError) as err:
            check_image(data, "slip.png", 10 * limits.MIB)
        assert err.value.message == "“slip.png” is damaged or incomplete: it cannot be shown as a picture."
    # A decompression bomb is refused from its header, before anything is inflated.
    with pytest.raises(ValidationError) as err:
        check_image(_png(20_000, 20_000, raw=b""), "bomb.png", 10 * limits.MIB)
    assert (
        err.value.message
        == "“bomb.png” is 20000 × 20000 pixels; pictures may have at most 40 million pixels."
    )


def test_pictures_of_a_note_together() -> None:
    check_images_total([limits.NOTE_IMAGES_MAX_BYTES])
    with pytest.raises(ValidationError) as err:
        check_images_total([limits.NOTE_IMAGES_MAX_BYTES, 1])
    assert err.value.message == "The pictures of one note can be at most 25 MB together; these are 25.0 MB."
