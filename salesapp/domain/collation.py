"""Name order for Thai and Vietnamese, as a key whose plain code-point order is the collated order.

Stored beside a name and indexed, it lets SQLite (BINARY) and PostgreSQL (COLLATE "C") sort and page a
list of 300,000 customers by name from an index, in the order QCollator gives for th_TH and vi_VN:

- letters first by their base (a < ă < â < b < … < d < đ < … < o < ô < ơ < … < u < ư), Vietnamese tone
  marks and Thai tone marks only break ties (Anh < Ánh < Ăn; คำ < ค่ำ);
- a Thai leading vowel (เ แ โ ใ ไ) sorts after the consonant it is written before (เกม sorts as กเม);
- case is ignored; spaces sort before digits, digits before letters, Latin before Thai.
"""

from __future__ import annotations

import unicodedata

# Vietnamese tones by their order in the alphabet's tables: ngang, huyền, hỏi, ngã, sắc, nặng.
_TONES = {"\u0300": "1", "\u0309": "2", "\u0303": "3", "\u0301": "4", "\u0323": "5"}
# Letter modifiers that make a separate letter: ă (breve), â ê ô (circumflex), ơ ư (horn).
_MODIFIERS = {"\u0306": "1", "\u0302": "2", "\u031b": "3"}
_THAI_LEADING = frozenset("เแโใไ")
_THAI_TONES = {"\u0e48": "1", "\u0e49": "2", "\u0e4a": "3", "\u0e4b": "4", "\u0e4c": "5"}
_SEPARATOR = "\x01"  # below every primary character: a shorter primary sorts first


def _reorder_thai(text: str) -> str:
    chars = list(text)
    i = 0
    while i < len(chars) - 1:
        if chars[i] in _THAI_LEADING and "\u0e01" <= chars[i + 1] <= "\u0e2e":
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
            i += 2
        else:
            i += 1
    return "".join(chars)


def sort_key(name: str) -> str:
    """The collation key of `name` (primary letters, then a separator, then the tie-breaking marks)."""
    text = _reorder_thai(unicodedata.normalize("NFD", " ".join(name.split())).casefold())
    primary: list[str] = []
    secondary: list[str] = []
    for ch in text:
        if ch in _TONES:
            if secondary:
                secondary[-1] = _TONES[ch]
        elif ch in _MODIFIERS:
            if primary:
                primary[-1] = primary[-1][0] + _MODIFIERS[ch]
        elif ch in _THAI_TONES:
            if secondary:
                secondary[-1] = _THAI_TONES[ch]
        elif unicodedata.combining(ch) and not ("\u0e00" <= ch <= "\u0e7f"):
            continue  # other accents: ignored
        else:
            primary.append(("d" + "1") if ch == "đ" else ch + "0")
            secondary.append("0")
    return "".join(primary) + _SEPARATOR + "".join(secondary)
