"""Fill a customer profile from one pasted chat message: phone numbers, the postal address and a name.

`extract_contact(text, country)` reads a message written in Thai ("TH") or Vietnamese ("VN") and returns
what it found, each part validated:

- phones: every Thai or Vietnamese number in E.164, in message order, each once. Digit runs that are
  order, tracking or bank account numbers, prices or dates are not phones: a false phone is worse than a
  missed one, so a number right after such a cue (ออเดอร์, #, เลขพัสดุ, บัญชี, stk, mã đơn, ngày …), glued to
  Latin letters (TH123456789TH), followed by a currency (บาท, ฿, đ, k, VND) or grouped like a Thai bank
  account (xxx-x-xxxxx-x) is skipped.
- the address, read by `salesapp.domain.contact._address_th` (geothai) or
  `salesapp.domain.contact._address_vn`
  (vietnam-provinces); see there for the rules and the names given back.
- name: the person the message names ("ชื่อ สมชาย ใจดี", "คุณสมชาย", "tên: Nguyễn Văn An", "chị Lan"),
  without the title.

Text is normalised to NFC first, invisible characters are dropped and digits of any script (Thai ๐-๙,
full-width) are read as ASCII digits; every string given back is NFC. Pure: standard library, geothai,
vietnam-provinces and other salesapp.domain modules only. The administrative data is loaded once, on
first use.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from salesapp.domain.contact import _address_th as address_th
from salesapp.domain.contact import _address_vn as address_vn
from salesapp.domain.errors import ValidationError
from salesapp.domain.phone import parse_phone

Span = tuple[int, int]

_INVISIBLE = str.maketrans("", "", "\u200b\u200c\u200d\u2060\ufeff\u00ad")
# Thai SARA AM typed as NIKHAHIT + SARA AA, with the tone mark before or between: "น้ํา" → "น้ำ".
_SARA_AM_SPLIT = re.compile("\u0e4d([\u0e48-\u0e4b]?)\u0e32")


@dataclass(frozen=True)
class ExtractedContact:
    """What one chat message says about a customer; every part None (phones empty) when not found."""

    phones: tuple[str, ...] = ()
    postcode: str | None = None
    province: str | None = None
    district: str | None = None
    subdistrict: str | None = None
    address: str | None = None
    name: str | None = None

    def as_json(self) -> dict[str, object]:
        """The parts as a JSON-ready dict with exactly the keys of the `extract-contact` command."""
        return {
            "phones": list(self.phones),
            "postcode": self.postcode,
            "province": self.province,
            "district": self.district,
            "subdistrict": self.subdistrict,
            "address": self.address,
            "name": self.name,
        }


def extract_contact(text: str, country: str) -> ExtractedContact:
    """The phones, address and name found in one chat message written for `country` ("TH" or "VN")."""
    if country not in ("TH", "VN"):
        raise ValueError(f"unknown country {country!r}")
    prepared = prepare(text)
    folded = fold(prepared)
    phones, phone_spans = find_phones(prepared, folded, country)
    name, name_span = find_name(prepared, folded, country)
    blocked = sorted([*phone_spans, *([name_span] if name_span else [])])
    if country == "TH":
        th = address_th.parse(prepared, blocked)
        return ExtractedContact(
            phones, th.postcode, th.province, th.district, th.subdistrict, th.address, name
        )
    vn = address_vn.parse(prepared, folded, blocked)
    return ExtractedContact(phones, None, vn.province, vn.district, vn.subdistrict, vn.address, name)


# --- text ------------------------------------------------------------------------------------------------


def _ascii_digit(ch: str) -> str:
    """`ch` as an ASCII digit when it is a decimal digit of any script, else `ch` itself."""
    if ch.isascii():
        return ch
    value = unicodedata.decimal(ch, None)
    return ch if value is None else str(value)


def prepare(text: str) -> str:
    """The message as the parsers read it: NFC, invisible characters dropped, SARA AM whole, non-breaking
    spaces as spaces, every digit ASCII (one character for one, so positions hold).
    """
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    text = _SARA_AM_SPLIT.sub("\\1\u0e33", text).replace("\u00a0", " ").replace("\r\n", "\n")
    return "".join(_ascii_digit(ch) for ch in text)


@cache
def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", ch)[0].lower()
    return base if len(base) == 1 else ch


def fold(text: str) -> str:
    """`text` lower-cased without Latin diacritics ("Đống Đa" → "dong da"), one character for one, so a
    match in the folded text is at the same place in `text`. Thai is unchanged.
    """
    return "".join(_fold_char(ch) for ch in text)


# --- phones -------------------------------------------------------------------------------------------------

# One group of a number: digits joined by dashes, dots and parentheses, with a leading plus or "(".
_ATOM = re.compile(r"[+(]{0,3}\d[\d().\-\u2010-\u2015\u2212]*")
_ATOM_TAIL = ".-(\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_GROUP_SEP = re.compile(r"[^\d]+")
_SPACES = re.compile(r"[ \t]{1,3}")

# Words right before a number that make it something else than a phone (folded text: no accents).
_NOT_PHONE_CUES = (
    # orders, invoices, references
    r"ออเดอร์|ออร์เดอร์|ออเดอ|คำสั่งซื้อ|สั่งซื้อ|เลขที่สั่งซื้อ|อ้างอิง|ใบเสร็จ|ใบกำกับ"
    r"|(?<![a-z])(?:order|oder|od|invoice|inv|ref|id|ma don|don hang|don|ma dh|dh|hoa don|hd|ma|ma gd|gd|stt)"
    # parcels and carriers
    r"|เลขพัสดุ|พัสดุ|เลขแทร[็]?ค|แทร[็]?[คก]|ไปรษณีย์|ขนส่ง"
    r"|(?<![a-z])(?:tracking|track|ems|kerry|kex|flash|j&t|jt|spx|shopee|lazada|tiktok|ninja|best|dhl"
    r"|ghn|ghtk|vnpost|viettel post|ma van don|van don|mvd|bill)"
    # bank accounts and payments
    r"|บัญชี|บช\.?|บ/ช|เลขที่บัญชี|พร้อมเพย์|พร้อมเพ|กสิกร|ไทยพาณิชย์|กรุงไทย|กรุงศรี|ออมสิน|ธนาคาร|ธ\."
    r"|(?<![a-z])(?:acc|account|a/c|promptpay|pp|kbank|scb|ktb|bbl|ttb|gsb|bank|stk|so tk|tk"
    r"|so tai khoan|tai khoan|ck|chuyen khoan|momo|vcb|vietcombank|techcombank|tcb|mb|mbbank|acb|bidv"
    r"|vietinbank|agribank|tpbank|vpbank|sacombank|vib|shb|ocb|hdbank)"
    # money, dates, identity numbers
    r"|ราคา|ยอด|รวม|ค่าส่ง|ค่าสินค้า|โอน|วันที่|วัน|เลขบัตร|บัตรประชาชน|ภาษี|฿|\$"
    r"|(?<![a-z])(?:price|total|gia|tong|tien|ngay|date|cmnd|cccd|mst|tax|no|so hd)"
)
_GAP = r"[\s:：#.=\-–()]*(?:(?:no|nr|number|so|la|คือ|เลขที่|เลข|code|ma)\.?[\s:：#.=\-–()]*)?"
_NOT_PHONE_BEFORE = re.compile(rf"(?:{_NOT_PHONE_CUES}|#){_GAP}$")
_PHONE_CUE_BEFORE = re.compile(
    r"(?:โทร|โทรศัพท์|เบอร์|เบอ|มือถือ|ติดต่อ|(?<![a-z])(?:tel|phone|mobile|mob|call|sdt|dt|dth|so dien thoai"
    r"|dien thoai|zalo|hotline|lien he|contact|whatsapp|line))[\s:：.=\-–]*$"
)
_NOT_PHONE_AFTER = re.compile(
    r"\s?(?:บาท|฿|₫|\$|%|(?:d|k|vnd|dong|usd|thb|baht|bath|tr|trieu|nghin|ngan)(?![a-z/]))"
)
# A slash joins two phone numbers ("081-234-5678/089-876-5432"), else a date or a house number.
_PHONE_AFTER_SLASH = re.compile(r"/\s?\+?\d[\d .\-]{7,}\d")
_PHONE_BEFORE_SLASH = re.compile(r"\d[\d .\-]{7,}\d\s?/$")


def _atoms(text: str) -> list[Span]:
    """Spans of the digit groups in `text`, each without trailing dots and dashes."""
    spans = []
    for m in _ATOM.finditer(text):
        end = m.end()
        while text[end - 1] in _ATOM_TAIL:
            end -= 1
        spans.append((m.start(), end))
    return spans


def _runs(text: str) -> list[list[Span]]:
    """Digit groups split into runs: groups only spaces apart belong to one run."""
    runs: list[list[Span]] = []
    for span in _atoms(text):
        if runs and _SPACES.fullmatch(text[runs[-1][-1][1] : span[0]]):
            runs[-1].append(span)
        else:
            runs.append([span])
    return runs


def _looks_like_phone(candidate: str) -> str | None:
    """The digits of `candidate` when its grouping fits a phone number, None when not (a bank account
    ends with a one-digit group: 123-4-56789-0).
    """
    groups = [g for g in _GROUP_SEP.split(candidate) if g]
    digits = "".join(groups)
    if not 8 <= len(digits) <= 13 or len(groups[-1]) == 1:
        return None
    return digits


def _context_allows(folded: str, start: int, end: int) -> bool:
    """False when the words around folded[start:end] make the number an order, account, price or date."""
    before = folded[max(0, start - 40) : start]
    if _NOT_PHONE_BEFORE.search(before):
        return False
    if start and ("a" <= folded[start - 1] <= "z" or folded[start - 1] in "#@_"):
        if not _PHONE_CUE_BEFORE.search(before):  # "sdt0987…" is a phone, "TH0891…TH" a parcel
            return False
    if end < len(folded) and ((folded[end].isascii() and folded[end].isalnum()) or folded[end] in "_@"):
        return False
    if before.endswith("/") and not _PHONE_BEFORE_SLASH.search(before):
        return False
    if folded.startswith("/", end) and not _PHONE_AFTER_SLASH.match(folded, end):
        return False
    return not _NOT_PHONE_AFTER.match(folded, end)


def find_phones(text: str, folded: str, country: str) -> tuple[tuple[str, ...], list[Span]]:
    """The Thai and Vietnamese phone numbers in a prepared message (E.164, message order, unique) and
    the spans of every digit run read as a phone number, kept or refused.
    """
    found: list[str] = []
    spans: list[Span] = []
    for run in _runs(text):
        i = 0
        while i < len(run):
            for j in range(min(len(run), i + 5) - 1, i - 1, -1):
                start, end = run[i][0], run[j][1]
                candidate = text[start:end]
                if _looks_like_phone(candidate) is None:
                    continue
                try:
                    e164 = parse_phone(candidate, country)
                except ValidationError:
                    continue
                if not e164.startswith(("+66", "+84")):
                    continue
                spans.append((start, end))
                if _context_allows(folded, start, end) and e164 not in found:
                    found.append(e164)
                i = j
                break
            i += 1
    return tuple(found), spans


# --- names --------------------------------------------------------------------------------------------------

_TH_LETTERS = "\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e"
_TH_WORD = re.compile(rf"[{_TH_LETTERS}]+|[A-Za-z][A-Za-z'\-]*")
_TH_NAME_CUE = re.compile(
    r"(?:ชื่อ(?:ผู้รับ|ลูกค้า|จริง)?(?:\s*[-/]?\s*(?:นาม)?สกุล)?|ผู้รับ(?:สินค้า|ของ)?|(?<!ขอบ)คุณ)\s*[:：]?\s*"
)
_TH_TITLE = re.compile(
    r"(?:นางสาว|นาง|นาย|น\.ส\.|นส\.?|คุณ|ด\.ช\.|ด\.ญ\.|(?:mrs|mr|ms|miss)\.?(?![a-z]))\s*", re.I
)
_TH_LINE_TITLE = re.compile(r"(?:^|\n)\s*(?:นางสาว|นาย|นาง|น\.ส\.)\s*")
_TH_PARTICLE = re.compile(r"(?:นะคะ|นะครับ|ค่ะ|คะ|ครับ|คับ|จ้า|จ้ะ|ค่า|นะ)$")
# Words typed straight after a name without a space: "คุณสมชายโทร089…".
_TH_GLUED = re.compile(r"(?:โทร|เบอร์|เบอ|ที่อยู่|บ้านเลขที่|ส่งที่|ค่ะ|ครับ|นะคะ|จ้า)")
_TH_STOP = (
    "โทร", "เบอร์", "เบอ", "ส่ง", "ที่อยู่", "บ้าน", "เลขที่", "หมู่", "ซอย", "ถนน", "ตำบล", "อำเภอ", "จังหวัด",
    "แขวง", "เขต", "ค่ะ", "ครับ", "คะ", "นะ", "จ้า", "ขอบคุณ", "รับ", "สั่ง", "ค่า", "ยอด", "โอน", "อยู่", "มือถือ",
    "ติดต่อ", "ได้", "จะ", "ช่วย", "สามารถ", "ต้อง", "เคย", "ยัง", "ก็", "ไม่", "ลูกค้า", "แม่", "พ่อ", "ภาพ",
    "สมบัติ", "ร้าน", "บัญชี", "เพจ", "ไลน์", "สินค้า", "เล่น", "เฟส", "กทม", "กรุงเทพ", "และ", "หรือ", "ที่", "tel",
    "line", "facebook", "ig", "fb",
)  # fmt: skip
_VN_NAME_CUE = re.compile(
    r"(?<![a-z])(?:ho va ten|ho ten|ten nguoi nhan|ten khach hang|ten khach|ten kh|ten|nguoi nhan|ng nhan"
    r"|nguoi mua|name)(?![a-z])[ \t]*(:?)[ \t]*"
)
_VN_HONORIFIC = re.compile(r"(?<![a-z])(?:anh|chi|co|chu|bac|a\.|c\.)[ \t]+")
_VN_HONORIFIC_SPELLING = ("anh", "chị", "chi", "cô", "co", "chú", "chu", "bác", "bac", "a.", "c.")
_VN_WORD = re.compile(r"[^\W\d_]+")
_VN_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
_VN_STOP = (
    "so", "sdt", "dt", "dia", "chi", "dc", "duong", "pho", "ngo", "hem", "phuong", "quan", "huyen", "xa",
    "tp", "tinh", "thon", "ap", "zalo", "tel", "nha", "nhe", "a", "oi", "giao", "gui", "ship", "thanh", "em",
)  # fmt: skip


def _thai_name(text: str, pos: int) -> tuple[str, int] | None:
    """The Thai or Latin name (one or two words) that starts at `pos`, with its end."""
    title = _TH_TITLE.match(text, pos)
    if title:
        pos = title.end()
    words: list[str] = []
    while len(words) < 2:
        m = _TH_WORD.match(text, pos)
        if not m:
            break
        word = m.group()
        if m.end() < len(text) and text[m.end()] == ".":
            break  # ต. อ. ม. ซ.: the address starts
        glued = _TH_GLUED.search(word, 2)
        bare = word[: glued.start()] if glued else word
        bare = _TH_PARTICLE.sub("", bare) if len(bare) > 4 else bare
        if len(bare) < 2 or bare.lower().startswith(_TH_STOP):
            break
        words.append(bare)
        pos = m.start() + len(bare)
        if bare != word or pos >= len(text) or text[pos] not in " \t":
            break
        pos += 1
    if not words:
        return None
    return " ".join(words), pos


def _vietnamese_name(text: str, folded: str, pos: int, capitalised: bool) -> tuple[str, int] | None:
    """The Vietnamese name that starts at `pos`: words with capitals (or any letters when not
    `capitalised`), at most five, with its end.
    """
    words: list[str] = []
    end = pos
    while len(words) < (5 if capitalised else 4):
        m = _VN_WORD.match(text, pos)
        if not m or folded[m.start() : m.end()] in _VN_STOP:
            break
        if capitalised and not m.group()[0].isupper():
            break
        words.append(m.group())
        end = m.end()
        gap = re.match(r"[ \t]", text[end : end + 1])
        if not gap:
            break
        pos = end + 1
    if not words:
        return None
    name = " ".join(words)
    return (name if capitalised else name.title()), end


def find_name(text: str, folded: str, country: str) -> tuple[str | None, Span | None]:
    """The person's name the message gives and where it is, or (None, None)."""
    if country == "TH":
        for cue in (*_TH_NAME_CUE.finditer(text), *_TH_LINE_TITLE.finditer(text)):
            found = _thai_name(text, cue.end())
            if found:
                return found[0], (cue.start(), found[1])
        return None, None
    for cue in _VN_NAME_CUE.finditer(folded):
        word = _VN_WORD.match(text, cue.end())
        capitalised = bool(word and word.group()[0].isupper())
        if not capitalised and not cue.group(1):
            continue  # "tên shop", not "tên: lan"
        found = _vietnamese_name(text, folded, cue.end(), capitalised)
        if found:
            return found[0], (cue.start(), found[1])
    for cue in _VN_HONORIFIC.finditer(folded):
        said = text[cue.start() : cue.end()].split()[0].lower()
        before = _VN_WORD_BEFORE.search(text, 0, cue.start())
        if said not in _VN_HONORIFIC_SPELLING or (
            text[cue.start()].isupper() and before and before[1][0].isupper()
        ):
            continue  # "địa chỉ", "Phan Chu Trinh": no title
        found = _vietnamese_name(text, folded, cue.end(), capitalised=True)
        if found:
            return found[0], (cue.start(), found[1])
    return None, None
