"""Phone numbers: parse what users type or paste into E.164, show it in national format, search by digits.

Numbers are stored in E.164 ("+66812345678") and shown the way Thai and Vietnamese offices write them
("081-234-5678", "0912 345 678"). Countries are the strings "TH" and "VN". Standard library only.
"""

from __future__ import annotations

import re
import unicodedata

from salesapp.domain.errors import ValidationError, msg
from salesapp.domain.text import digits_only

_CALLING_CODE = {"TH": "66", "VN": "84"}

# National significant numbers (the national number without its leading 0).
_NSN = {
    # Mobile 0[689] + 8 digits; landline 0[2-7] + 7 digits (Bangkok 02-xxx-xxxx, provinces 0xx-xxx-xxx).
    "TH": re.compile(r"[689]\d{8}|[2-7]\d{7}"),
    # Mobile 0[35789] + 8 digits; landline 02X + 8 digits (024 xxxx xxxx, 028 xxxx xxxx, …).
    "VN": re.compile(r"[35789]\d{8}|2\d{9}"),
}

# What a phone number may be written with besides digits: spaces, dashes (the hyphen, en and em dash and
# their Unicode cousins pasted from documents), dots, parentheses and one leading plus.
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212.()]")
_INVISIBLE = str.maketrans("", "", "\u200b\u200c\u200d\u2060\ufeff")
_COMPACT = re.compile(r"\+?\d+")
_MAX_INPUT = 64


def _compact(text: str) -> str | None:
    """`text` without separators, digits in ASCII: "+66 (0)81-234" → "+66081234"; None when anything
    but digits, separators and one leading plus is in it.
    """
    if len(text) > _MAX_INPUT:
        return None
    folded = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)  # full-width digits and plus
    compact = _SEPARATORS.sub("", folded)
    # Digits of any script (Thai ๐-๙) to ASCII; digits_only keeps only digits, so put the plus back.
    plus = compact.startswith("+")
    digits = digits_only(compact)
    if len(digits) + plus != len(compact):
        return None
    compact = ("+" if plus else "") + digits
    return compact if _COMPACT.fullmatch(compact) else None


def _national(country: str, nsn: str) -> str | None:
    """E.164 for a national significant number of `country`, None when it is not a valid one."""
    return f"+{_CALLING_CODE[country]}{nsn}" if _NSN[country].fullmatch(nsn) else None


def _with_calling_code(digits: str) -> str | None:
    """E.164 for digits that start with 66 or 84 and then hold a valid number of that country, allowing
    the trunk 0 written after the code ("+66 (0)81 …", "84 0912 …"); None otherwise.
    """
    for country, code in _CALLING_CODE.items():
        if digits.startswith(code):
            rest = digits[len(code) :]
            return _national(country, rest[1:] if rest.startswith("0") else rest)
    return None


def _e164(text: str, country: str) -> str | None:
    """The E.164 form of `text`, None when it is not a valid phone number."""
    compact = _compact(text)
    if not compact:
        return None
    if compact.startswith("+"):
        digits = compact[1:]
    elif compact.startswith("00") and compact[2:4] in _CALLING_CODE.values():
        digits = compact[2:]  # the international prefix 00 in place of the plus: "0066 81 234 5678"
    elif compact.startswith("0"):
        return _national(country, compact[1:])
    else:
        return _with_calling_code(compact)  # "66812345678", "84987654321"
    if digits[:2] in _CALLING_CODE.values():
        return _with_calling_code(digits)
    if digits.startswith("0") or not 8 <= len(digits) <= 15:
        return None
    return "+" + digits  # another country: taken as given


def _invalid(text: str) -> ValidationError:
    """The error for a text that is not a phone number, its message naming the text."""
    return ValidationError(msg("“{text}” is not a valid phone number."), field="phone", text=text.strip())


def parse_phone(text: str, country: str = "TH") -> str:
    """The E.164 form ("+66812345678") of a phone number written in any common way.

    National numbers ("081-234-5678", "(02) 123 4567", "๐๘๑๒๓๔๕๖๗๘", "0912.345.678") are read as
    numbers of `country` ("TH" or "VN"); numbers with the calling code +66 or +84 (also without the plus
    when the length fits: "66812345678", "84987654321") keep their own country. Other international
    numbers are accepted as given when they have a plus and 8 to 15 digits.

    Raises ValidationError (field "phone") when `text` is not a valid phone number.
    """
    if country not in _CALLING_CODE:
        raise ValueError(f"unknown country {country!r}")
    e164 = _e164(text, country)
    if e164 is None:
        raise _invalid(text)
    return e164


def format_national(e164: str) -> str:
    """A stored E.164 number as Thai and Vietnamese offices write it: "+66812345678" → "081-234-5678",
    "+6621234567" → "02-123-4567", "+6653123456" → "053-123-456", "+84912345678" → "0912 345 678",
    "+842438251234" → "024 3825 1234". Anything else is returned unchanged.
    """
    if e164.startswith("+66") and _NSN["TH"].fullmatch(nsn := e164[3:]):
        n = "0" + nsn
        if len(n) == 10:
            return f"{n[:3]}-{n[3:6]}-{n[6:]}"
        if n.startswith("02"):
            return f"{n[:2]}-{n[2:5]}-{n[5:]}"
        return f"{n[:3]}-{n[3:6]}-{n[6:]}"
    if e164.startswith("+84") and _NSN["VN"].fullmatch(nsn := e164[3:]):
        n = "0" + nsn
        if len(n) == 10:
            return f"{n[:4]} {n[4:7]} {n[7:]}"
        return f"{n[:3]} {n[3:7]} {n[7:]}"
    return e164


def phone_search_key(text: str) -> str | None:
    """The digits to look for inside stored E.164 numbers when `text` looks like (part of) a phone
    number, None when it does not.

    `text` looks like a phone number when it holds only digits, spaces, dashes, dots, parentheses and
    a leading plus, with at least 3 digits. The national trunk 0 and a +66 / +84 calling code are
    dropped: "081-234" → "81234", "+66 81 234" → "81234", "0912" → "912".
    """
    compact = _compact(text.strip())
    if compact is None or len(compact.lstrip("+")) < 3:
        return None
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    if compact.startswith("+"):
        digits = compact[1:]
        if digits[:2] in _CALLING_CODE.values():
            digits = digits[2:]
            digits = digits[1:] if digits.startswith("0") else digits
    else:
        digits = compact[1:] if compact.startswith("0") else compact
    return digits or None
