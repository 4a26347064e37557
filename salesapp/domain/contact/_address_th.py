"""Thai postal addresses in chat messages, checked against geothai.

`parse(text, blocked)` reads a message prepared by `contact_extract.prepare` (NFC, ASCII digits) and
returns the postcode, province, district, subdistrict and the street part (house no., moo, soi, road).

Parts are found three ways: after their marker (ต./ตำบล/แขวง, อ./อำเภอ/เขต, จ./จังหวัด, also "อ.เมือง" for
the capital district), as a postcode (five digits geothai knows) or a province name or short form (กทม,
กรุงเทพฯ, …) standing alone, and, once a postcode, province, district or subdistrict gives the
neighbourhood, as the bare names of that neighbourhood ("บางพูด ปากเกร็ด นนทบุรี 11120"). Names inside a
road, soi or village name ("ถ.บางนา-ตราด", "ซอยลาดพร้าว") are not read as areas.

Every subdistrict of Thailand is then scored by the parts it agrees with (province 3, district 2.5,
postcode 2, subdistrict 2; bare names a little less), and the best ones decide: a part is given back only
when all of them agree on it, so the answer never mixes areas and a part that contradicts the others is
dropped. Parents are filled from a known child (the district and province of a named subdistrict), the
province from the postcode alone, the postcode from a single known subdistrict; never a child from a
parent. Names are geothai's Thai names, Bangkok districts without their "เขต": "บางรัก".
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import cache

import geothai
from geothai.types import Subdistrict

Span = tuple[int, int]

_PROVINCE_ALIASES = {
    "กทม": "10", "กทม.": "10", "กรุงเทพฯ": "10", "กรุงเทพ": "10", "bangkok": "10", "bkk": "10",
    "อยุธยา": "14", "โคราช": "30", "นครศรีฯ": "80", "สุราษฎร์ฯ": "84",
}  # fmt: skip
# Provinces whose names are also everyday words: alone, they need another part of the address to agree.
_WEAK_PROVINCES = frozenset({"เลย", "ตาก", "น่าน", "แพร่", "ตรัง", "ตราด", "ยะลา", "สตูล"})
_WEIGHT = {"P": 3.0, "D": 2.5, "S": 2.0, "Z": 2.0}
_BARE = 0.5  # a bare name counts that much less than one after its marker

_THAI = re.compile("[\u0e01-\u0e4e]")
# A Thai vowel or tone mark cannot start a word: a name cut before one was cut inside a word.
_CONTINUES = re.compile("[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]")
_SUB_MARK = re.compile(r"(?:ตำบล|แขวง|ต\.)\s*")
_DIST_MARK = re.compile(r"(?:อำเภอ|เขต|อ\.)\s*")
_PROV_MARK = re.compile(r"(?:จังหวัด|จ\.)\s*")
_ANY_MARK = re.compile(r"ตำบล|แขวง|ต\.|อำเภอ|เขต|อ\.|จังหวัด|จ\.")
_POSTCODE = re.compile(r"(?<![\d#/])[1-9]\d{4}(?![\d/])")
_NOT_POSTCODE_BEFORE = re.compile(
    r"(?:ออเดอร์|ออร์เดอร์|order|คำสั่งซื้อ|พัสดุ|tracking|บัญชี|ราคา|ยอด|รวม|#|no\.?)\s*[:#.]?\s*$", re.I
)
_NOT_POSTCODE_AFTER = re.compile(r"\s?(?:บาท|฿|\.-|,-|ชิ้น|ตัว|กล่อง|k(?![a-z]))", re.I)
# A road, soi, village or place name: the word after the marker is no area.
_STREET_NAME = re.compile(
    r"(?:ซอย|ซ\.|ถนน|ถ\.|หมู่บ้าน|มบ\.|ม\.บ\.|คอนโด|อาคาร|ตึก|โครงการ|ตลาด|วัด|โรงเรียน|รร\.|โรงพยาบาล"
    r"|รพ\.|ห้าง|บริษัท|บจก\.|หจก\.|ธนาคาร|ธ\.|ร้าน|แยก|สะพาน|สถานี|หน้า)\s*[^\s,]+"
)
_SIGNAL = re.compile(
    r"\d+/\d+|บ้านเลขที่|เลขที่|หมู่บ้าน|ม\.\s*\d|หมู่\s*\d|ซ\.|ซอย|ถ\.|ถนน|ที่อยู่|ส่งที่|จัดส่ง|ตำบล|อำเภอ"
    r"|จังหวัด|แขวง|เขต|ต\.|อ\.|จ\."
)
_ADDRESS_CUE = re.compile(r"(?:ที่อยู่|ส่งมาที่|ส่งไปที่|จัดส่งที่|ส่งที่|ส่ง|address|addr)\s*[:：]?\s*", re.I)
_STREET_START = re.compile(
    r"\d|บ้านเลขที่|เลขที่|หมู่บ้าน|มบ\.|ม\.\s*\d|หมู่\s*\d|ซ\.|ซอย|ถ\.|ถนน|อาคาร|คอนโด|ห้อง|ชั้น|หอพัก|ตึก"
    r"|โครงการ|บจก|บริษัท"
)
_HOUSE_NO_WORD = re.compile(r"^(?:บ้านเลขที่|เลขที่)\s*")


@dataclass(frozen=True)
class ThaiAddress:
    """The parts of a Thai address found in a message; None when not found or not consistent."""

    postcode: str | None = None
    province: str | None = None
    district: str | None = None
    subdistrict: str | None = None
    address: str | None = None


@dataclass(frozen=True)
class _Index:
    """geothai's areas, arranged for reading messages."""

    subdistricts: tuple[Subdistrict, ...]
    subdistrict_names: frozenset[str]
    by_province: dict[str, tuple[Subdistrict, ...]]
    by_district: dict[str, tuple[Subdistrict, ...]]
    district_codes: dict[str, frozenset[str]]  # name without "เขต" ("เมือง": every capital) → codes
    district_key: dict[str, str]  # code → name without "เขต"
    province_codes: dict[str, str]  # Thai name or short form → code
    province_name: dict[str, str]  # code → Thai name


@dataclass(frozen=True)
class _Mention:
    """One part of an address found in the text: level S, D, P or Z and what it names."""

    level: str
    key: str
    start: int
    end: int
    weight: float
    weak: bool = False


def _district_key(name: str) -> str:
    return name.removeprefix("เขต")


@cache
def _index() -> _Index:
    subdistricts: list[Subdistrict] = []
    by_province: dict[str, tuple[Subdistrict, ...]] = {}
    by_district: dict[str, tuple[Subdistrict, ...]] = {}
    district_codes: dict[str, set[str]] = {}
    district_key: dict[str, str] = {}
    provinces = geothai.provinces()
    for province in provinces:
        in_province: list[Subdistrict] = []
        for district in geothai.districts(province.code):
            key = _district_key(district.name_th)
            district_key[district.code] = key
            district_codes.setdefault(key, set()).add(district.code)
            if district.code.endswith("01") and province.code != "10":
                district_codes.setdefault("เมือง", set()).add(district.code)
            by_district[district.code] = tuple(geothai.subdistricts(district.code))
            in_province.extend(by_district[district.code])
        by_province[province.code] = tuple(in_province)
        subdistricts.extend(in_province)
    province_codes = {p.name_th: p.code for p in provinces} | _PROVINCE_ALIASES
    return _Index(
        subdistricts=tuple(subdistricts),
        subdistrict_names=frozenset(s.name_th for s in subdistricts),
        by_province=by_province,
        by_district=by_district,
        district_codes={k: frozenset(v) for k, v in district_codes.items()},
        district_key=district_key,
        province_codes=province_codes,
        province_name={p.code: p.name_th for p in provinces},
    )


def _inside(start: int, end: int, spans: Iterable[Span]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _longest(text: str, pos: int, names: Collection[str]) -> str | None:
    """The longest of `names` written at `pos` that does not end inside a word."""
    for length in range(min(40, len(text) - pos), 1, -1):
        candidate = text[pos : pos + length]
        if candidate in names and not _CONTINUES.match(text, pos + length):
            return candidate
    return None


def _explicit(text: str, idx: _Index, claimed: list[Span]) -> list[_Mention]:
    """Areas written after their marker: ต.บางพูด, อ.ปากเกร็ด, เขตบางรัก, จ.นนทบุรี, จังหวัด กทม."""
    found: list[_Mention] = []
    lower = text.lower()
    for level, marker, names in (
        ("S", _SUB_MARK, idx.subdistrict_names),
        ("D", _DIST_MARK, idx.district_codes.keys()),
        ("P", _PROV_MARK, idx.province_codes.keys()),
    ):
        for m in marker.finditer(text):
            if _inside(m.start(), m.end(), claimed):
                continue
            name = _longest(lower if level == "P" else text, m.end(), names)
            if name:
                key = idx.province_codes[name] if level == "P" else name
                found.append(_Mention(level, key, m.start(), m.end() + len(name), _WEIGHT[level]))
                claimed.append((m.start(), m.end() + len(name)))
    return found


def _postcode(text: str, blocked: Sequence[Span]) -> _Mention | None:
    """The last five-digit number that is a postcode geothai knows and no price or order number."""
    found = None
    for m in _POSTCODE.finditer(text):
        start, end = m.span()
        if _inside(start, end, blocked) or _NOT_POSTCODE_BEFORE.search(text[max(0, start - 30) : start]):
            continue
        if _NOT_POSTCODE_AFTER.match(text, end) or not geothai.by_postal_code(m.group()):
            continue
        found = _Mention("Z", m.group(), start, end, _WEIGHT["Z"])
    return found


def _bare(text: str, names: Iterable[str], excluded: list[Span], ends: set[int]) -> list[tuple[str, Span]]:
    """Where `names` stand alone in `text`: not inside a word, a road name or an `excluded` span."""
    found = []
    lower = text.lower()
    for name in sorted(names, key=len, reverse=True):
        start = lower.find(name)
        while start >= 0:
            end = start + len(name)
            left = start == 0 or not _THAI.match(text[start - 1]) or start in ends
            right = end == len(text) or not _THAI.match(text[end]) or _ANY_MARK.match(text, end)
            if left and right and not _inside(start, end, excluded):
                found.append((name, (start, end)))
                excluded = [*excluded, (start, end)]
            start = lower.find(name, end)
    return found


def _neighbourhood(idx: _Index, mentions: list[_Mention]) -> set[Subdistrict]:
    """The subdistricts the found parts point at, whose names may then be read bare."""
    near: set[Subdistrict] = set()
    for m in mentions:
        if m.level == "Z":
            near.update(geothai.by_postal_code(m.key))
        elif m.level == "P":
            near.update(idx.by_province[m.key])
        elif m.level == "D":
            for code in idx.district_codes[m.key]:
                near.update(idx.by_district[code])
        else:
            for s in idx.subdistricts:
                if s.name_th == m.key:
                    near.update(idx.by_district[s.district_code])
    return near


def _find_mentions(text: str, blocked: Sequence[Span], idx: _Index) -> list[_Mention]:
    claimed = list(blocked)
    mentions = _explicit(text, idx, claimed)
    postcode = _postcode(text, blocked)
    if postcode:
        mentions.append(postcode)
        claimed.append((postcode.start, postcode.end))
    if not mentions and not _SIGNAL.search(text):
        return []
    excluded = [*claimed, *(m.span() for m in _STREET_NAME.finditer(text))]
    ends = {m.end for m in mentions}
    for name, (start, end) in _bare(text, idx.province_codes, excluded, ends):
        code = idx.province_codes[name]
        weak = name in _WEAK_PROVINCES  # counts only next to other parts that agree
        weight = (1.0 if weak else _WEIGHT["P"] - _BARE) + 0.001 * start / len(text)
        mentions.append(_Mention("P", code, start, end, weight, weak))
        excluded.append((start, end))
    near = _neighbourhood(idx, [m for m in mentions if not m.weak])
    if not near:
        return mentions
    ends = {m.end for m in mentions}
    districts = {idx.district_key[s.district_code] for s in near} - {"เมือง"}
    last: dict[str, _Mention] = {}
    for name, (start, end) in _bare(text, (d for d in districts if len(d) > 2), excluded, ends):
        if name not in last or start > last[name].start:
            last[name] = _Mention("D", name, start, end, _WEIGHT["D"] - _BARE)
    mentions.extend(last.values())
    excluded.extend((m.start, m.end) for m in last.values())
    ends |= {m.end for m in last.values()}
    names = {s.name_th for s in near if len(s.name_th) > 2}
    for name, (start, end) in _bare(text, names, excluded, ends):
        mentions.append(_Mention("S", name, start, end, _WEIGHT["S"] - _BARE))
    return mentions


def _agrees(m: _Mention, s: Subdistrict, idx: _Index) -> bool:
    if m.level == "S":
        return s.name_th == m.key
    if m.level == "D":
        return s.district_code in idx.district_codes[m.key]
    if m.level == "P":
        return s.province_code == m.key
    return m.key in s.postal_codes


def _best(idx: _Index, mentions: list[_Mention]) -> list[Subdistrict]:
    """The subdistricts that agree with the most (weighted) parts found."""
    weights: dict[str, dict[str, float]] = {"S": {}, "D": {}, "P": {}, "Z": {}}
    for m in mentions:
        keys = idx.district_codes[m.key] if m.level == "D" else (m.key,)
        for key in keys:
            weights[m.level][key] = max(weights[m.level].get(key, 0.0), m.weight)
    sw, dw, pw, zw = (weights[level] for level in "SDPZ")
    best, chosen = 0.0, []
    for s in idx.subdistricts:
        score = sw.get(s.name_th, 0.0) + dw.get(s.district_code, 0.0) + pw.get(s.province_code, 0.0)
        score += max((zw.get(code, 0.0) for code in s.postal_codes), default=0.0)
        if score > best + 1e-9:
            best, chosen = score, [s]
        elif score > 0 and abs(score - best) <= 1e-9:
            chosen.append(s)
    return chosen


def _street(text: str, blocked: Sequence[Span], admin_start: int) -> str | None:
    """The house number, moo, soi and road written before the first area of the address."""
    boundary = max((end for _, end in blocked if end <= admin_start), default=0)
    for cue in _ADDRESS_CUE.finditer(text, boundary, admin_start):
        boundary = max(boundary, cue.end())
    for line in reversed(text[boundary:admin_start].split("\n")):
        m = _STREET_START.search(line)
        if m:
            street = _HOUSE_NO_WORD.sub("", line[m.start() :])
            street = " ".join(street.split()).strip(" ,;:-/")
            return street or None
    return None


def parse(text: str, blocked: Sequence[Span] = ()) -> ThaiAddress:
    """The Thai address in a prepared message, ignoring the `blocked` spans (phones, the name)."""
    idx = _index()
    mentions = _find_mentions(text, blocked, idx)
    chosen = _best(idx, mentions) if mentions else []
    if not chosen:
        return ThaiAddress()
    used = [m for m in mentions if any(_agrees(m, s, idx) for s in chosen)]
    if all(m.weak for m in used):
        return ThaiAddress()
    names = {m.key for m in used if m.level == "S"}
    districts = {s.district_code for s in chosen}
    provinces = {s.province_code for s in chosen}
    sub_named = all(s.name_th in names for s in chosen)
    district_named = all(
        s.name_th in names or any(m.level == "D" and _agrees(m, s, idx) for m in used) for s in chosen
    )
    postcodes = [m.key for m in used if m.level == "Z" and all(m.key in s.postal_codes for s in chosen)]
    if not postcodes and sub_named and len(chosen) == 1 and len(chosen[0].postal_codes) == 1:
        postcodes = list(chosen[0].postal_codes)
    return ThaiAddress(
        postcode=postcodes[0] if postcodes else None,
        province=idx.province_name[provinces.pop()] if len(provinces) == 1 else None,
        district=idx.district_key[districts.pop()] if len(districts) == 1 and district_named else None,
        subdistrict=chosen[0].name_th if sub_named and len({s.name_th for s in chosen}) == 1 else None,
        address=_street(text, blocked, min(m.start for m in used)),
    )
