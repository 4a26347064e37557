"""Text clean-up and the search key for accent-insensitive Vietnamese and substring Thai search.

Everything a user types or pastes passes through `clean_line` (one-line fields such as names) or
`clean_text` (multi-line fields such as notes) before it is stored; both drop control characters (NUL
above all, which PostgreSQL refuses and SQLite stores), so text is kept the same on either backend.
Their lengths are bounded in `limits`. `search_key` gives the folded form
stored next to searchable text and applied to the query, so that "nguyen" finds "Nguyễn" and "สมช" finds
"สมชาย". Standard library only.
"""

from __future__ import annotations

import re
import unicodedata

# Invisible characters that come with text copied from web pages and chat apps: zero-width space (Thai
# pages use it as a word-break hint), zero-width non-joiner, word joiner and the byte-order mark.
_INVISIBLE = "\u200b\u200c\u2060\ufeff"
# Control characters no one means to type: C0 and C1 controls and DEL, except the tab and the line breaks
# (LF, CR, and the vertical tab, form feed and NEL that word processors paste as line breaks), and lone
# surrogates (a broken paste: neither UTF-8 nor PostgreSQL can hold them).
_KEPT_CONTROLS = "\t\n\v\f\r\x85"
_CONTROLS = "".join(
    chr(c) for c in (*range(0x20), *range(0x7F, 0xA0), *range(0xD800, 0xE000)) if chr(c) not in _KEPT_CONTROLS
)
_DROP_INVISIBLE = str.maketrans("", "", _INVISIBLE + _CONTROLS)
_DROP_CONTROLS = str.maketrans("", "", "\ufeff" + _CONTROLS)
# For the search key also the zero-width joiner and the soft hyphen: they never change what a word is.
_DROP_INVISIBLE_FOR_SEARCH = str.maketrans("", "", _INVISIBLE + _CONTROLS + "\u200d\u00ad")

# Combining marks of the Latin (and Greek, Cyrillic) alphabets: the diacritics search ignores. Marks of
# other scripts, above all Thai vowel and tone marks (U+0E31, U+0E34–U+0E3A, U+0E47–U+0E4E), are kept.
_LATIN_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")

# D with stroke does not decompose: Vietnamese đ/Đ, and the look-alikes typed in its place (Icelandic
# eth Ð/ð, African D Ɖ/ɖ). Applied after casefold, so only lower-case forms are needed.
_FOLD_LETTERS = str.maketrans({"đ": "d", "ð": "d", "ɖ": "d"})

# Thai SARA AM (U+0E33) has a compatibility decomposition to NIKHAHIT + SARA AA; the search key keeps it
# whole, and folds into it the two-character spellings typists produce, with the tone mark before or
# between the two ("น้ํา", "นํ้า" → "น้ำ").
_SARA_AM_SPLIT = re.compile("\u0e4d([\u0e48-\u0e4b]?)\u0e32")
_SARA_AM = "\\1\u0e33"


def _ascii_digits(text: str) -> str:
    """Replace every decimal digit of any script (Thai ๐-๙, Lao, Arabic-Indic, …) by its ASCII digit."""
    if text.isascii():
        return text
    out = []
    for ch in text:
        value = None if ch.isascii() else unicodedata.decimal(ch, None)
        out.append(str(value) if value is not None else ch)
    return "".join(out)


def nfc(text: str) -> str:
    """Unicode NFC form of `text`: precomposed Vietnamese letters, canonical order of Thai marks."""
    return unicodedata.normalize("NFC", text)


def clean_line(text: str | None) -> str:
    """One-line input as stored: NFC, invisible and control characters removed, all whitespace (line
    breaks, tabs and non-breaking spaces included) collapsed to single spaces, stripped. None gives "".
    """
    if not text:
        return ""
    return " ".join(nfc(text.translate(_DROP_INVISIBLE)).split())


def clean_text(text: str | None) -> str:
    """Multi-line input as stored: NFC, byte-order marks and control characters removed (tabs kept), line
    breaks normalised to "\\n", trailing whitespace of every line removed, leading and trailing blank lines
    stripped. Spaces inside a line are kept as typed. None gives "".
    """
    if not text:
        return ""
    lines = nfc(text.translate(_DROP_CONTROLS)).splitlines()
    return "\n".join(line.rstrip() for line in lines).strip()


def search_key(text: str | None) -> str:
    """Folded form of `text` for searching: casefolded, Latin diacritics removed ("Đặng" → "dang"), Thai
    kept as written ("สมชาย"), any digits as ASCII, compatibility forms folded (full-width letters,
    non-breaking spaces), invisible characters dropped, whitespace collapsed to single spaces, stripped.

    Apply it both to the stored text and to the query, then test with substring containment. The result
    is NFC and stable: `search_key(search_key(s)) == search_key(s)`.
    """
    if not text:
        return ""
    # NFKD, casefold, NFKD again: as Unicode's toNFKC_Casefold, so folding twice changes nothing.
    text = text.translate(_DROP_INVISIBLE_FOR_SEARCH)  # before NFKD: a lone surrogate cannot be normalised
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    folded = _LATIN_MARKS.sub("", folded).translate(_FOLD_LETTERS).translate(_DROP_INVISIBLE_FOR_SEARCH)
    folded = _ascii_digits(_SARA_AM_SPLIT.sub(_SARA_AM, folded))
    return nfc(" ".join(folded.split()))


def digits_only(text: str | None) -> str:
    """The ASCII digits of `text`, in order; Thai digits (and digits of other scripts) are mapped to 0-9
    first and everything else is dropped: "โทร ๐๘๑-๒๓๔" → "081234".
    """
    if not text:
        return ""
    return "".join(ch for ch in _ascii_digits(text) if "0" <= ch <= "9")
