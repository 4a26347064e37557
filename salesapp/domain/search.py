"""What customer search matches: one folded key of name, phone and e-mail, and how a query is folded."""

from __future__ import annotations

from dataclasses import dataclass

from salesapp.domain.phone import phone_search_key
from salesapp.domain.text import search_key

MIN_TRIGRAM = 3


def national_digits(e164: str | None) -> str:
    """ "+66812345678" → "0812345678": the digits staff type, so any format of the number matches."""
    if not e164:
        return ""
    for code in ("+66", "+84"):
        if e164.startswith(code):
            return "0" + e164[len(code) :]
    return e164.lstrip("+")


def customer_search_key(name: str, phone: str | None, email: str | None, phone2: str | None = None) -> str:
    """The stored key: folded name first (for the prefix path), then phone digits and e-mail."""
    parts = [search_key(name), national_digits(phone), national_digits(phone2), (email or "").casefold()]
    return " ".join(p for p in parts if p)


@dataclass(frozen=True)
class SearchQuery:
    """A folded query and which path answers it."""

    key: str
    use_trigram: bool

    @property
    def empty(self) -> bool:
        """Nothing to search for."""
        return not self.key


def fold_query(text: str) -> SearchQuery:
    """Fold what the user typed: a phone fragment to its digits, anything else to the search key.

    Stored keys hold phones in national form with the trunk 0 ("0812345678", `national_digits`), so a
    fragment typed with its 0 or a calling code ("081", "+66 81") is looked for as "081…": three
    characters or more, answered by the trigram path. A phone-like fragment of one or two digits ("0",
    "08") is too short to mean anything: it filters nothing yet (rather than finding no one by looking for
    a name that starts with "08").
    """
    digits = phone_search_key(text)
    if digits is not None:
        compact = "".join(text.split()).lstrip("(")
        national = compact.startswith(("0", "+", "๐"))  # trunk 0 (Thai digit ๐ too) or calling code
        key = "0" + digits if national and not digits.startswith("0") else digits
        return SearchQuery(key, len(key) >= MIN_TRIGRAM)
    if _short_phone_fragment(text):
        return SearchQuery("", False)
    key = search_key(text)
    return SearchQuery(key, len(key) >= MIN_TRIGRAM)


def _short_phone_fragment(text: str) -> bool:
    """One or two digits, maybe with a plus or separators: the start of a phone number being typed."""
    stripped = text.strip()
    return (
        bool(stripped)
        and all(c.isdigit() or c in "+-. ()" for c in stripped)
        and any(c.isdigit() for c in stripped)
    )


def like_pattern(key: str) -> str:
    """LIKE '%key%' with LIKE's wildcards escaped (use ESCAPE '\\')."""
    escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
