"""SMS length: which alphabet a text needs and how many parts it is sent in.

A text made only of GSM 03.38 characters goes as GSM-7: 160 characters in one part, 153 per part once
concatenated (the header takes the rest); the extension characters (€ [ ] { } ...) count twice. Anything
else — Thai, Vietnamese with its tones, emoji — goes as UCS-2: 70 in one part, 67 per part concatenated;
characters beyond the Basic Multilingual Plane (most emoji) take two UCS-2 units.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENSION = frozenset("^{}\\[~]|€\f")


class SmsEncoding(StrEnum):
    """The alphabet an SMS is sent in."""

    GSM7 = "gsm7"
    UCS2 = "ucs2"


@dataclass(frozen=True)
class SmsCount:
    """What the live counter shows: characters typed, units used, parts, and units left in the last part."""

    encoding: SmsEncoding
    chars: int
    units: int
    parts: int
    per_part: int
    left: int


def encoding_of(text: str) -> SmsEncoding:
    """GSM-7 when every character is in the GSM alphabet (with its extension), else UCS-2."""
    if all(ch in GSM7_BASIC or ch in GSM7_EXTENSION for ch in text):
        return SmsEncoding.GSM7
    return SmsEncoding.UCS2


def count_sms(text: str) -> SmsCount:
    """Characters, parts and what is left of the last part for `text`."""
    encoding = encoding_of(text)
    if encoding is SmsEncoding.GSM7:
        units = sum(2 if ch in GSM7_EXTENSION else 1 for ch in text)
        single, multi = 160, 153
    else:
        units = sum(2 if ord(ch) > 0xFFFF else 1 for ch in text)
        single, multi = 70, 67
    if units <= single:
        parts, per_part = (1 if units else 0), single
        left = single - units
    else:
        parts = -(-units // multi)
        per_part = multi
        left = parts * multi - units
    return SmsCount(encoding, len(text), units, parts, per_part, left)
