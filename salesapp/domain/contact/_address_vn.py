"""Vietnamese postal addresses in chat messages, checked against vietnam-provinces.

`parse(text, folded, blocked)` reads a message prepared by `contact_extract.prepare`, with its folded form
(`contact_extract.fold`: lower case, no accents, same length), and returns the province, district, ward
and the street part (số nhà, ngõ, hẻm, đường). Names are matched with or without accents ("Dong Da",
"q.1", "tp hcm", "sg"), but a word typed with accents must carry the right ones ("Huệ" is not "Huế").

- province: the province in force since the July 2025 merger, in the short form offices write: the data's
  name without "Thành phố" ("Hà Nội", "Hồ Chí Minh", "Huế", "Đà Nẵng", "Nghệ An"). A province named as it
  was before the merger ("Bình Dương", "Bà Rịa - Vũng Tàu", "Long An": all 63) is given back as the
  province it is part of now ("Hồ Chí Minh", "Tây Ninh").
- subdistrict: the ward, commune or special zone as vietnam-provinces names it, type included ("Phường
  Cửa Nam", "Xã Hòa Phú", "Đặc khu Phú Quốc"); only within the province found.
- district: the quận / huyện / thị xã / thành phố of the pre-2025 system when the message names one
  ("Quận 1", "Quận Đống Đa", "Thành phố Thủ Đức"); None for addresses in the new two-level form.

vietnam-provinces 2025.10 knows only the units in force since July 2025, so the 63 old provinces and
the old districts come from the table below: every old province, and the districts of the five centrally
run cities and of the main provincial cities. A ward name the merger retired (Phường Bến Nghé) is not
known and gives no subdistrict. A bare name that is both an old district and a new ward ("…, Đống Đa, Hà
Nội") is read as the district, unless the message names the ward or the district elsewhere.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from vietnam_provinces import NESTED_DIVISIONS_JSON_PATH

Span = tuple[int, int]

# The 63 provinces before July 2025 and the code of the province each is part of since.
_OLD_PROVINCES = {
    1: "Hà Nội", 4: "Cao Bằng", 8: "Tuyên Quang, Hà Giang", 11: "Điện Biên", 12: "Lai Châu", 14: "Sơn La",
    15: "Lào Cai, Yên Bái", 19: "Thái Nguyên, Bắc Kạn", 20: "Lạng Sơn", 22: "Quảng Ninh",
    24: "Bắc Ninh, Bắc Giang", 25: "Phú Thọ, Vĩnh Phúc, Hòa Bình", 31: "Hải Phòng, Hải Dương",
    33: "Hưng Yên, Thái Bình", 37: "Ninh Bình, Hà Nam, Nam Định", 38: "Thanh Hóa", 40: "Nghệ An",
    42: "Hà Tĩnh", 44: "Quảng Trị, Quảng Bình", 46: "Huế, Thừa Thiên Huế", 48: "Đà Nẵng, Quảng Nam",
    51: "Quảng Ngãi, Kon Tum", 52: "Gia Lai, Bình Định", 56: "Khánh Hòa, Ninh Thuận",
    66: "Đắk Lắk, Phú Yên", 68: "Lâm Đồng, Đắk Nông, Bình Thuận",
    75: "Đồng Nai, Bình Phước", 79: "Hồ Chí Minh, Bình Dương, Bà Rịa - Vũng Tàu, Sài Gòn",
    80: "Tây Ninh, Long An", 82: "Đồng Tháp, Tiền Giang", 86: "Vĩnh Long, Bến Tre, Trà Vinh",
    91: "An Giang, Kiên Giang", 92: "Cần Thơ, Sóc Trăng, Hậu Giang", 96: "Cà Mau, Bạc Liêu",
}  # fmt: skip
_PROVINCE_SHORT = {
    "hanoi": 1, "hn": 1, "hcm": 79, "tphcm": 79, "hcmc": 79, "saigon": 79, "sg": 79, "brvt": 79, "br vt": 79,
    "danang": 48, "haiphong": 31, "cantho": 92, "tt hue": 46, "hue city": 46,
}  # fmt: skip
# Districts before July 2025: old province | type | names.
_OLD_DISTRICTS = """
Hà Nội|Quận|Ba Đình, Hoàn Kiếm, Tây Hồ, Long Biên, Cầu Giấy, Đống Đa, Hai Bà Trưng, Hoàng Mai, Thanh Xuân, \
Nam Từ Liêm, Bắc Từ Liêm, Hà Đông
Hà Nội|Thị xã|Sơn Tây
Hà Nội|Huyện|Sóc Sơn, Đông Anh, Gia Lâm, Thanh Trì, Mê Linh, Ba Vì, Phúc Thọ, Đan Phượng, Hoài Đức, \
Quốc Oai, Thạch Thất, Chương Mỹ, Thanh Oai, Thường Tín, Phú Xuyên, Ứng Hòa, Mỹ Đức
Hồ Chí Minh|Quận|1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, Bình Thạnh, Gò Vấp, Phú Nhuận, Tân Bình, Tân Phú, \
Bình Tân
Hồ Chí Minh|Thành phố|Thủ Đức
Hồ Chí Minh|Huyện|Củ Chi, Hóc Môn, Bình Chánh, Nhà Bè, Cần Giờ
Đà Nẵng|Quận|Hải Châu, Thanh Khê, Sơn Trà, Ngũ Hành Sơn, Liên Chiểu, Cẩm Lệ
Đà Nẵng|Huyện|Hòa Vang, Hoàng Sa
Hải Phòng|Quận|Hồng Bàng, Ngô Quyền, Lê Chân, Hải An, Kiến An, Đồ Sơn, Dương Kinh, An Dương
Hải Phòng|Thành phố|Thủy Nguyên
Hải Phòng|Huyện|An Lão, Kiến Thụy, Tiên Lãng, Vĩnh Bảo, Cát Hải, Bạch Long Vĩ
Cần Thơ|Quận|Ninh Kiều, Bình Thủy, Cái Răng, Ô Môn, Thốt Nốt
Cần Thơ|Huyện|Phong Điền, Cờ Đỏ, Thới Lai, Vĩnh Thạnh
Bình Dương|Thành phố|Thủ Dầu Một, Dĩ An, Thuận An, Tân Uyên, Bến Cát
Bình Dương|Huyện|Bàu Bàng, Dầu Tiếng, Phú Giáo, Bắc Tân Uyên
Đồng Nai|Thành phố|Biên Hòa, Long Khánh
Đồng Nai|Huyện|Nhơn Trạch, Long Thành, Trảng Bom, Thống Nhất, Vĩnh Cửu, Định Quán, Tân Phú, Xuân Lộc, Cẩm Mỹ
Bà Rịa - Vũng Tàu|Thành phố|Vũng Tàu, Bà Rịa
Bà Rịa - Vũng Tàu|Huyện|Châu Đức, Xuyên Mộc, Long Đất, Côn Đảo
Khánh Hòa|Thành phố|Nha Trang, Cam Ranh
Lâm Đồng|Thành phố|Đà Lạt, Bảo Lộc
Nghệ An|Thành phố|Vinh
Quảng Ninh|Thành phố|Hạ Long, Cẩm Phả, Móng Cái, Uông Bí
Đắk Lắk|Thành phố|Buôn Ma Thuột
Bình Định|Thành phố|Quy Nhơn
Gia Lai|Thành phố|Pleiku
An Giang|Thành phố|Long Xuyên, Châu Đốc
Kiên Giang|Thành phố|Rạch Giá, Phú Quốc
Quảng Nam|Thành phố|Hội An, Tam Kỳ
Bắc Ninh|Thành phố|Từ Sơn
Vĩnh Phúc|Thành phố|Vĩnh Yên, Phúc Yên
Phú Thọ|Thành phố|Việt Trì
Long An|Thành phố|Tân An
Tiền Giang|Thành phố|Mỹ Tho
Bình Thuận|Thành phố|Phan Thiết
Phú Yên|Thành phố|Tuy Hòa
Ninh Thuận|Thành phố|Phan Rang - Tháp Chàm
Quảng Bình|Thành phố|Đồng Hới
Quảng Trị|Thành phố|Đông Hà
Lào Cai|Thị xã|Sa Pa
"""

_TOKEN = re.compile(r"[a-z]+|\d+")
_BREAK = re.compile(r"[,;:\n|()\[\]]")
_DASH = re.compile(r"[-–—]")
_WARD_MARKERS = {
    ("phuong",): "phường", ("p",): "phường", ("xa",): "xã", ("x",): "xã", ("thi", "tran"): "", ("tt",): "",
    ("dac", "khu"): "đặc khu",
}  # fmt: skip
_DISTRICT_MARKERS = frozenset(
    {("quan",), ("q",), ("huyen",), ("h",), ("thi", "xa"), ("tx",), ("thanh", "pho"), ("tp",)}
)
_DOTTED = frozenset({"h", "x", "t"})  # single letters that are markers only with their dot: "h.", "x."
# Words after which a province name is a street or a person: đường Hà Nội, phố Huế, Nguyễn Huệ.
_NOT_PROVINCE_AFTER = frozenset(
    "duong d pho ngo ngach hem kiet lo ql tl cau cho ben san bay benh vien bv truong kcn nh toa cc nha ga"
    " nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo ly dinh trinh mai ton lam luong quach cao"
    " ha ta p q x h xa phuong quan huyen tt tx khu tran".split()
)
_PROVINCE_MARKER_WORDS = frozenset({"tinh", "tp"})
_SIGNAL = re.compile(
    r"(?<![a-z])(?:ngo|ngach|hem|kiet|duong|thon|ap|xom|khu pho|kp|to dan pho|tdp|chung cu|dia chi|dc|d/c"
    r"|giao|gui ve|ship|so \d+|phuong|quan|huyen|xa|tinh|thanh pho|tp|p|q)(?![a-z])"
    r"|\d+[a-z]?/\d+|(?:^|[,\n\-])\s*\d+[a-z]?\s+[a-z]"
)
_ADDRESS_CUE = re.compile(
    r"(?<![a-z])(?:dia chi|d/c|dc|add|address|giao (?:hang )?(?:ve|toi|den|cho|o|tai)"
    r"|gui (?:hang )?(?:ve|toi|den|cho)|ship (?:ve|toi|den|cho)|nhan (?:hang )?(?:o|tai))(?![a-z])"
    r"\s*[:：]?\s*|[:：]\s*"
)
_STREET_START = re.compile(
    r"\d|(?<![a-z])(?:so|ngo|ngach|hem|kiet|duong|pho|thon|ap|xom|to|khu pho|kp|khu|chung cu|cc|toa|lo"
    r"|can ho|tang|phong|ktx|tdp|to dan pho|nha|biet thu)(?![a-z])"
)


@dataclass(frozen=True)
class VietnameseAddress:
    """The parts of a Vietnamese address found in a message; None when not found or not consistent."""

    province: str | None = None
    district: str | None = None
    subdistrict: str | None = None
    address: str | None = None


@dataclass(frozen=True)
class _Unit:
    """A ward, a district or a province name: its display name, province (new code) and words."""

    name: str
    province: int
    words: tuple[str, ...]  # as written in the data, for the accent check
    kind: str = ""  # phường / xã / đặc khu for a ward
    numbered: bool = False  # Quận 1: only after its marker


@dataclass(frozen=True)
class _Data:
    """vietnam-provinces' units and the old-name table, keyed by folded words."""

    provinces: dict[int, str]
    province_keys: dict[tuple[str, ...], list[_Unit]]
    ward_keys: dict[tuple[str, ...], list[_Unit]]
    district_keys: dict[tuple[str, ...], list[_Unit]]


@dataclass(frozen=True)
class _Token:
    """One word or number of the folded text, and which part of the address it is in."""

    start: int
    end: int
    word: str
    seg: int  # between commas, line breaks, …
    sub: int  # also between dashes


@dataclass
class _Found:
    """Units named at one place of the text."""

    start: int
    end: int
    units: list[_Unit]
    explicit: bool = True
    kind: str = ""


def _fold(text: str) -> str:
    out = []
    for ch in text:
        base = "d" if ch in "đĐ" else unicodedata.normalize("NFD", ch)[0].lower()
        out.append(base if len(base) == 1 else ch)
    return "".join(out)


def _words(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The folded words of `name` and the same words as written."""
    folded = _fold(name)
    spans = [m.span() for m in _TOKEN.finditer(folded)]
    return tuple(folded[s:e] for s, e in spans), tuple(name[s:e] for s, e in spans)


def _marks(word: str) -> str:
    return "".join(sorted(c for c in unicodedata.normalize("NFD", word) if unicodedata.combining(c)))


def _spelled(typed: Sequence[str], written: Sequence[str]) -> bool:
    """True when every typed word without accents, or with the accents of the name, fits it."""
    return not written or all(
        not _marks(t) or _marks(t) == _marks(w) for t, w in zip(typed, written, strict=False)
    )


def _add(keys: dict[tuple[str, ...], list[_Unit]], name: str, unit: _Unit) -> None:
    key, words = _words(name)
    keys.setdefault(key, []).append(_Unit(unit.name, unit.province, words, unit.kind, unit.numbered))


@cache
def _data() -> _Data:
    raw = json.loads(NESTED_DIVISIONS_JSON_PATH.read_text(encoding="utf-8"))
    provinces: dict[int, str] = {}
    ward_keys: dict[tuple[str, ...], list[_Unit]] = {}
    for p in raw:
        code = int(p["code"])
        provinces[code] = " ".join(p["name"].split()).removeprefix("Thành phố ").removeprefix("Tỉnh ")
        for w in p["wards"]:
            name = " ".join(w["name"].split())
            kind = str(w["division_type"])
            _add(
                ward_keys,
                name[len(kind) :].strip() if name.lower().startswith(kind) else name,
                _Unit(name, code, (), kind),
            )
    province_keys: dict[tuple[str, ...], list[_Unit]] = {}
    old_codes: dict[str, int] = {}
    for code, names in _OLD_PROVINCES.items():
        for name in names.split(", "):
            old_codes[name] = code
            _add(province_keys, name, _Unit(provinces[code], code, ()))
            _add(province_keys, name.replace(" - ", " "), _Unit(provinces[code], code, ()))
    for short, code in _PROVINCE_SHORT.items():
        province_keys.setdefault(tuple(short.split()), []).append(_Unit(provinces[code], code, ()))
    district_keys: dict[tuple[str, ...], list[_Unit]] = {}
    for line in _OLD_DISTRICTS.strip().splitlines():
        old_province, kind, names = line.split("|")
        for name in names.split(", "):
            unit = _Unit(f"{kind} {name}", old_codes[old_province], (), kind, name.isdigit())
            _add(district_keys, name, unit)
    return _Data(provinces, province_keys, ward_keys, district_keys)


def _tokens(folded: str) -> list[_Token]:
    tokens: list[_Token] = []
    seg = sub = 0
    previous = 0
    for m in _TOKEN.finditer(folded):
        gap = folded[previous : m.start()]
        if _BREAK.search(gap):
            seg, sub = seg + 1, sub + 1
        elif _DASH.search(gap):
            sub += 1
        tokens.append(_Token(m.start(), m.end(), m.group(), seg, sub))
        previous = m.end()
    return tokens


def _lookup(
    text: str, tokens: list[_Token], i: int, keys: dict[tuple[str, ...], list[_Unit]]
) -> tuple[int, list[_Unit]] | None:
    """The longest name of `keys` whose words start at token `i` (within one segment), spelled right."""
    for k in range(min(6, len(tokens) - i), 0, -1):
        run = tokens[i : i + k]
        if run[-1].seg != run[0].seg:
            continue
        units = keys.get(tuple(t.word for t in run))
        if units:
            typed = [text[t.start : t.end] for t in run]
            fitting = [u for u in units if _spelled(typed, u.words)]
            if fitting:
                return k, fitting
    return None


def _marker(text: str, tokens: list[_Token], i: int, markers: Sequence[tuple[str, ...]]) -> int:
    """How many tokens the marker at token `i` takes (0: none)."""
    for marker in sorted(markers, key=len, reverse=True):
        run = tokens[i : i + len(marker)]
        if tuple(t.word for t in run) != marker or len(run) < len(marker) or i + len(marker) >= len(tokens):
            continue
        if marker[0] in _DOTTED and text[run[0].end : run[0].end + 1] != ".":
            continue
        if tokens[i + len(marker)].seg == run[0].seg:
            return len(marker)
    return 0


def _explicit(
    text: str,
    tokens: list[_Token],
    markers: Sequence[tuple[str, ...]],
    keys: dict[tuple[str, ...], list[_Unit]],
) -> tuple[list[_Found], list[int]]:
    """Units written after their marker, and where markers stand before a number nothing matched."""
    found: list[_Found] = []
    unknown: list[int] = []
    i = 0
    while i < len(tokens):
        n = _marker(text, tokens, i, markers)
        hit = _lookup(text, tokens, i + n, keys) if n else None
        if hit:
            k, units = hit
            kind = _WARD_MARKERS.get(tuple(t.word for t in tokens[i : i + n]), "")
            found.append(_Found(tokens[i].start, tokens[i + n + k - 1].end, units, True, kind))
            i += n + k
            continue
        if n and (tokens[i + n].word.isdigit() or text[tokens[i + n].start].isupper()):
            unknown.append(tokens[i].start)  # Phường 12, Xã Tân Thành: a part the data does not know
        i += 1
    return found, unknown


def _provinces(text: str, tokens: list[_Token], data: _Data, claimed: list[Span]) -> list[_Found]:
    """Province names, old or new, that are not part of a street or a person's name."""
    found: list[_Found] = []
    i = 0
    while i < len(tokens):
        hit = (
            None
            if _claimed(tokens[i].start, tokens[i].end, claimed)
            else _lookup(text, tokens, i, data.province_keys)
        )
        if not hit:
            i += 1
            continue
        k, units = hit
        prev = tokens[i - 1] if i and tokens[i - 1].seg == tokens[i].seg else None
        marked = prev is not None and (
            prev.word in _PROVINCE_MARKER_WORDS
            or (prev.word == "t" and text[prev.end : prev.end + 1] == ".")
            or (prev.word == "pho" and i > 1 and tokens[i - 2].word == "thanh")
        )
        if prev is None or marked or prev.word not in _NOT_PROVINCE_AFTER:
            found.append(_Found(tokens[i].start, tokens[i + k - 1].end, units, marked))
        i += k
    return found


def _claimed(start: int, end: int, spans: Sequence[Span]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _bare(
    text: str, tokens: list[_Token], data: _Data, claimed: list[Span]
) -> list[tuple[Span, list[_Unit], list[_Unit]]]:
    """Whole comma- or dash-separated parts that are a district or ward name: (span, districts, wards)."""
    found = []
    groups: dict[int, list[_Token]] = {}
    for t in tokens:
        groups.setdefault(t.sub, []).append(t)
    for run in groups.values():
        span = (run[0].start, run[-1].end)
        if _claimed(*span, claimed):
            continue
        key = tuple(t.word for t in run)
        typed = [text[t.start : t.end] for t in run]
        districts = [
            u for u in data.district_keys.get(key, []) if not u.numbered and _spelled(typed, u.words)
        ]
        wards = [u for u in data.ward_keys.get(key, []) if _spelled(typed, u.words)]
        if districts or wards:
            found.append((span, districts, wards))
    return found


def _choose_province(
    provinces: list[_Found],
    named: list[_Found],
    bare: list[tuple[Span, list[_Unit], list[_Unit]]],
) -> tuple[int | None, _Found | None]:
    """The province the address is in: the named one most wards and districts agree with (the last one
    on a tie), else the one every named district is in.
    """
    best: tuple[int, bool, int] | None = None
    chosen = None
    for f in provinces:
        code = f.units[0].province
        agree = sum(any(u.province == code for u in n.units) for n in named)
        agree += sum(any(u.province == code for u in ds + ws) for _, ds, ws in bare)
        if best is None or (agree, f.explicit, f.end) > best:
            best, chosen = (agree, f.explicit, f.end), f
    if chosen:
        return chosen.units[0].province, chosen
    for candidates in ([n.units for n in named if not n.kind], [ds for _, ds, _ in bare if ds]):
        codes = {u.province for units in candidates for u in units}
        if len(codes) == 1:
            return codes.pop(), None
    return None, None


def _street(text: str, folded: str, blocked: Sequence[Span], admin_start: int) -> str | None:
    """The house number, alley and street written before the first administrative part."""
    boundary = max((end for _, end in blocked if end <= admin_start), default=0)
    for cue in _ADDRESS_CUE.finditer(folded, boundary, admin_start):
        boundary = max(boundary, cue.end())
    offset = admin_start
    for line in reversed(folded[boundary:admin_start].split("\n")):
        offset -= len(line)
        m = _STREET_START.search(line)
        if m:
            street = " ".join(text[offset + m.start() : offset + len(line)].split()).strip(" ,;:-–")
            return street or None
        offset -= 1
    return None


def parse(text: str, folded: str, blocked: Sequence[Span] = ()) -> VietnameseAddress:
    """The Vietnamese address in a prepared message, ignoring the `blocked` spans (phones, the name)."""
    data = _data()
    claimed = list(blocked)
    tokens = [t for t in _tokens(folded) if not _claimed(t.start, t.end, claimed)]
    districts, unknown = _explicit(text, tokens, sorted(_DISTRICT_MARKERS), data.district_keys)
    claimed += [(f.start, f.end) for f in districts]
    tokens = [t for t in tokens if not _claimed(t.start, t.end, claimed)]
    wards, unknown_wards = _explicit(text, tokens, list(_WARD_MARKERS), data.ward_keys)
    for f in wards:
        f.kind = f.kind or "?"  # a ward, also after "thị trấn" (no type since 2025)
    claimed += [(f.start, f.end) for f in wards]
    provinces = _provinces(text, tokens, data, claimed)
    claimed += [(f.start, f.end) for f in provinces]
    bare = _bare(text, [t for t in tokens if not _claimed(t.start, t.end, claimed)], data, claimed)
    if not (districts or wards or bare or any(f.explicit for f in provinces) or _SIGNAL.search(folded)):
        return VietnameseAddress()
    code, province = _choose_province(provinces, districts + wards, bare)
    if code is None:
        return VietnameseAddress()
    starts = [*unknown, *unknown_wards] + ([province.start] if province else [])
    district = ward = None
    for f in districts:
        in_province = [u for u in f.units if u.province == code]
        if in_province and district is None:
            district = in_province[0]
        starts.append(f.start)  # after its marker it is no street, even when the data does not know it
    for f in wards:
        in_province = [u for u in f.units if u.province == code]
        of_kind = [u for u in in_province if u.kind == f.kind] or in_province
        if len(of_kind) == 1 and ward is None:
            ward = of_kind[0]
        starts.append(f.start)
    for span, ds, ws in bare:
        ds = [u for u in ds if u.province == code]
        ws = [u for u in ws if u.province == code]
        as_ward = bool(ws) and (not ds or district is not None)  # "Đống Đa" alone: the old district
        if not as_ward and ds and district is None:
            district = ds[0]
        elif as_ward and len(ws) == 1 and ward is None:
            ward = ws[0]
        else:
            continue
        starts.append(span[0])
    return VietnameseAddress(
        province=data.provinces[code],
        district=district.name if district else None,
        subdistrict=ward.name if ward else None,
        address=_street(text, folded, blocked, min(starts)) if starts else None,
    )
