"""Reading a customer file for import: CSV (any delimiter; UTF-8, Thai or Vietnamese Windows encodings) and
XLSX into a header and rows of strings, and guessing which column holds which customer field from English,
Thai and Vietnamese header names (every column the customers export writes is recognised by itself).

A file whose encoding cannot be told (UTF-16 without its byte-order mark, a binary file, UTF-8 with damaged
bytes) is refused with a message that says so, rather than read as gibberish whose columns match nothing.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from salesapp.domain.enums import Channel
from salesapp.domain.errors import ValidationError, msg
from salesapp.domain.text import search_key

# The customer fields a column can fill (names of CustomerInput and of the customers table's columns).
PROFILE_FIELDS = (
    "name", "phone", "phone2", "email", "address_line", "subdistrict", "district", "province", "postcode",
    "channel", "source", "birth_date", "bill_note", "facebook", "line_id", "zalo",
)  # fmt: skip
# Every field a column can be mapped to, in the order forms show them: the profile, then the customer's
# country (how the row's phone numbers are read), salesperson and created date (new customers only).
IMPORT_FIELDS = (*PROFILE_FIELDS, "country", "owner", "created_at")

ENCODING_UNKNOWN = msg(
    "The file's text encoding could not be recognised (it is not UTF-8, UTF-16 with a byte-order mark, Thai "
    "or Vietnamese Windows text). Save it as “CSV UTF-8” and choose it again."
)
DAMAGED_UTF8 = msg(
    "Line {line} of the file has bytes that are not UTF-8 text: the file is damaged. Save it again as "
    "“CSV UTF-8” and choose it again."
)
# Control characters no text file holds (tab, line breaks, vertical tab and form feed are fine): many of
# them mean the bytes were decoded in the wrong encoding (a stray one is dropped when the cell is cleaned).
_BINARY = re.compile(r"[\x00-\x08\x0e-\x1f]")
_SAMPLE = 65536  # characters (bytes) looked at to tell text from something else


def _garbled(count: int, length: int) -> bool:
    """More than one control character (or NUL byte) in 200: not text in the encoding it was read in."""
    return count * 200 > max(length, 200)


@dataclass(frozen=True)
class ImportTable:
    """A file read for import: its header, its non-blank rows as strings, and each row's line number."""

    headers: tuple[str, ...]
    rows: list[tuple[str, ...]]
    lines: list[int]
    name: str = ""

    def sample(self, column: int, limit: int = 3) -> str:
        """The first few non-empty values of `column`, for showing next to the mapping."""
        values = [row[column] for row in itertools.islice(self.rows, 50) if row[column]]
        return ", ".join(dict.fromkeys(values[:limit]))


def _nfc(text: str) -> str:
    text = text.strip()
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def _looks_thai(text: str) -> bool:
    """True when the Thai letters of `text` (decoded as cp874) stand in runs, as Thai is written; a
    Vietnamese cp1258 file decoded as cp874 has single Thai letters between Latin ones ("Tr?n").
    """
    thai = alone = 0
    for i, ch in enumerate(text):
        if "\u0e00" <= ch <= "\u0e7f":
            thai += 1
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha()):
                alone += 1
    return thai > 0 and alone * 4 < thai


def _mostly_utf8(data: bytes, at: int) -> bool:
    """True when the bytes around the undecodable byte at `at` are mostly well-formed UTF-8 beyond ASCII: a
    UTF-8 file with damaged bytes, not a file in a Windows code page (whose letters are mostly not UTF-8)."""
    window = data[max(0, at - 65536) : at + 65536].decode("utf-8", errors="replace")
    bad = window.count("\ufffd")
    good = sum(1 for ch in window if ch > "\x7f") - bad
    return good > 4 * bad


def _legacy(data: bytes) -> str:
    """Thai Windows (cp874) when the text reads as Thai, else Vietnamese Windows (cp1258)."""
    try:
        text = data.decode("cp874")
        if _looks_thai(text[:65536]):
            return text
    except UnicodeDecodeError:  # bytes cp874 leaves undefined, such as cp1258's combining tilde
        pass
    try:
        return data.decode("cp1258")
    except UnicodeDecodeError:
        raise ValidationError(ENCODING_UNKNOWN, field="file") from None


def _decode(data: bytes) -> str:
    """The text of a CSV file: UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode text"),
    else Thai Windows (cp874) or Vietnamese Windows (cp1258), whichever the text looks like.

    Refused (ENCODING_UNKNOWN, DAMAGED_UTF8): many NUL bytes without a UTF-16 byte-order mark (UTF-16
    without it, or not a text file), UTF-8 with damaged bytes, text full of control characters once decoded.
    """
    try:
        if data.startswith(codecs.BOM_UTF8):
            text = data.decode("utf-8-sig")
        elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = data.decode("utf-16")
        elif _garbled(data.count(b"\x00", 0, _SAMPLE), min(len(data), _SAMPLE)):
            raise ValidationError(ENCODING_UNKNOWN, field="file")  # UTF-16 without its BOM, or not text
        else:
            text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise ValidationError(ENCODING_UNKNOWN, field="file") from None
        if data.startswith(codecs.BOM_UTF8) or _mostly_utf8(data, exc.start):
            line = data.count(b"\n", 0, exc.start) + 1
            raise ValidationError(DAMAGED_UTF8, field="file", line=line) from None
        text = _legacy(data)
    sample = text[:_SAMPLE]
    if _garbled(len(_BINARY.findall(sample)), len(sample)):
        raise ValidationError(ENCODING_UNKNOWN, field="file")
    return text


def _delimiter(text: str) -> str:
    """The delimiter (",", ";" or tab) under which the first lines split most consistently."""
    head = "\n".join(text[:65536].splitlines()[:30])
    best, best_score = ",", (-1, -1)
    for delimiter in (",", ";", "\t"):
        rows = [r for r in csv.reader(io.StringIO(head), delimiter=delimiter) if any(c.strip() for c in r)]
        if not rows:
            continue
        width = len(rows[0])
        score = (sum(len(r) == width for r in rows) if width > 1 else 0, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _csv_cell(cell: str) -> str:
    """A CSV cell as read: stripped NFC, without the apostrophe our export puts before a cell that would
    start a formula ("'-", "'=", "'+", "'@"), so that an exported file imports back to the same text."""
    cell = _nfc(cell)
    return cell[1:] if cell[:1] == "'" and cell[1:2] in ("=", "+", "-", "@") else cell


def _read_csv(path: Path) -> Iterator[tuple[int, list[str]]]:
    text = _decode(path.read_bytes())
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    line = 1
    try:
        for row in reader:
            yield line, [_csv_cell(cell) for cell in row]
            line = reader.line_num + 1  # a quoted cell may span lines: the next row starts after it
    except csv.Error as exc:
        raise ValidationError(
            msg("Line {line} of the file cannot be read: {detail}"), field="file", line=line, detail=str(exc)
        ) from exc


def _xlsx_text(value: Any, phone: bool) -> str:
    """A cell of a workbook as text: whole numbers without ".0", dates as YYYY-MM-DD; in a phone column a
    9-digit mobile number that Excel stored as a number gets back its leading 0.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return _nfc(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        text = str(value)
        if phone and len(text) == 9 and text[0] in "356789":
            return "0" + text
        return text
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M:%S" if value.second else "%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return _nfc(str(value))


def _read_xlsx(path: Path) -> Iterator[tuple[int, list[str]]]:
    import openpyxl  # imported here: only imports of workbooks pay for loading it

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # a damaged or foreign file: zipfile, XML and KeyError all occur
        raise ValidationError(
            msg("{path} is not an Excel workbook (.xlsx) that can be read."), field="file", path=path.name
        ) from exc
    try:
        sheet = book.worksheets[0]
        sheet.reset_dimensions()  # other tools write wrong sizes; read every cell
        phone_columns: set[int] | None = None
        for line, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
            if phone_columns is None:  # still before the header
                header = [_xlsx_text(v, False) for v in values]
                if any(header):
                    phone_columns = {i for i, f in guess_mapping(header).items() if f in ("phone", "phone2")}
                yield line, header
                continue
            yield line, [_xlsx_text(v, i in phone_columns) for i, v in enumerate(values)]
    finally:
        book.close()


def _used(cells: list[str]) -> int:
    """The number of cells up to the last non-empty one."""
    n = len(cells)
    while n and not cells[n - 1]:
        n -= 1
    return n


def read_table(path: str | Path) -> ImportTable:
    """Read a CSV or XLSX file for import; the first non-blank row is the header, blank rows are dropped.

    Cells are stripped NFC strings. Raises ValidationError with a readable message when the file cannot
    be read or holds no rows.
    """
    path = Path(path)
    if path.suffix.lower() == ".xls":
        raise ValidationError(
            msg("Old Excel files (.xls) cannot be read: save the file as .xlsx or .csv in Excel first."),
            field="file",
        )
    try:
        source = _read_xlsx(path) if path.suffix.lower() in (".xlsx", ".xlsm") else _read_csv(path)
        header: list[str] | None = None
        rows: list[list[str]] = []
        lines: list[int] = []
        for line, cells in source:
            if not any(cells):
                continue
            if header is None:
                header = cells
                continue
            rows.append(cells)
            lines.append(line)
    except OSError as exc:
        raise ValidationError(
            msg("The file {path} cannot be read: {detail}"), field="file", path=path.name, detail=exc.strerror
        ) from exc
    if header is None:
        raise ValidationError(msg("The file has no rows."), field="file")
    # Columns empty from the header down are dropped (stray delimiters at line ends, formatted cells).
    width = max(_used(header), max(map(_used, rows), default=0))
    headers = tuple(h or f"#{i + 1}" for i, h in enumerate((header + [""] * width)[:width]))
    padded = [tuple(r[:width]) + ("",) * (width - len(r)) if len(r) != width else tuple(r) for r in rows]
    return ImportTable(headers, padded, lines, path.name)


# -------------------------------------------------------------------------------------- guessing columns

# Header names seen in shops' files, folded with search_key and without spaces and punctuation.
_ALIASES: dict[str, tuple[str, ...]] = {
    "name": (
        "name", "fullname", "customer", "customername", "contact", "contactname", "ชื่อ", "ชื่อลูกค้า",
        "ชื่อนามสกุล", "ชื่อสกุล", "ชื่อและนามสกุล", "ลูกค้า", "hoten", "hovaten", "ten", "tenkhachhang",
        "khachhang", "hotenkhachhang",
    ),
    "phone": (
        "phone", "phonenumber", "phoneno", "mobile", "mobilephone", "mobileno", "mobilenumber", "tel",
        "telephone", "phone1", "tel1", "mobile1", "เบอร์", "เบอร์โทร", "เบอร์โทรศัพท์", "โทรศัพท์", "มือถือ",
        "เบอร์มือถือ", "โทร", "เบอร์โทร1", "sodienthoai", "dienthoai", "sdt", "didong", "sodidong",
        "dienthoaididong", "sodienthoai1", "sdt1",
    ),
    "phone2": (
        "phone2", "secondphone", "otherphone", "altphone", "alternativephone", "mobile2", "tel2",
        "เบอร์โทร2", "เบอร์สำรอง", "เบอร์โทรสำรอง", "โทรศัพท์2", "sodienthoai2", "dienthoai2", "sdt2",
        "sodienthoaiphu", "sdtphu",
    ),
    "email": (
        "email", "mail", "emailaddress", "อีเมล", "อีเมล์", "ที่อยู่อีเมล", "diachiemail", "thudientu",
    ),
    "address_line": (
        "address", "addressline", "street", "streetaddress", "ที่อยู่", "ที่อยู่จัดส่ง", "diachi",
        "diachigiaohang", "sonha", "sonhaduong",
    ),
    "subdistrict": (
        "subdistrict", "tambon", "khwaeng", "ตำบล", "แขวง", "ตำบลแขวง", "แขวงตำบล", "phuongxa", "phuong",
        "xa", "xaphuong", "ward",
    ),
    "district": (
        "district", "amphoe", "khet", "อำเภอ", "เขต", "อำเภอเขต", "เขตอำเภอ", "quanhuyen", "quan", "huyen",
        "huyenquan",
    ),
    "province": (
        "province", "state", "city", "changwat", "จังหวัด", "tinh", "tinhthanh", "tinhthanhpho",
        "thanhpho", "tinhtp",
    ),
    "postcode": (
        "postcode", "postalcode", "zip", "zipcode", "postal", "รหัสไปรษณีย์", "ไปรษณีย์", "mabuuchinh",
        "mabuudien",
    ),
    "channel": ("channel", "saleschannel", "ช่องทาง", "ช่องทางติดต่อ", "kenh", "kenhbanhang", "kenhlienhe"),
    "source": ("source", "leadsource", "ที่มา", "แหล่งที่มา", "nguon", "nguonkhach", "nguonkhachhang"),
    "birth_date": ("birthdate", "birthday", "dob", "dateofbirth", "วันเกิด", "วันเดือนปีเกิด", "ngaysinh"),
    "bill_note": ("billnote", "note", "notes", "remark", "remarks", "หมายเหตุ", "ghichu"),
    "facebook": ("facebook", "fb", "เฟซบุ๊ก", "เฟสบุ๊ค", "เฟสบุ๊ก"),
    "line_id": ("line", "lineid", "ไลน์", "ไอดีไลน์", "ไลน์ไอดี"),
    "zalo": ("zalo", "zaloid"),
    "country": ("country", "countrycode", "ประเทศ", "quocgia"),
    "owner": (
        "salesperson", "owner", "salesrep", "seller", "assignedto", "พนักงานขาย", "ผู้ดูแล", "ผู้ดูแลลูกค้า",
        "nhanvienbanhang", "nhanvienphutrach", "nguoiphutrach",
    ),
    "created_at": (
        "created", "createdat", "createdon", "datecreated", "createddate", "วันที่สร้าง", "สร้างเมื่อ",
        "ngaytao",
    ),
}  # fmt: skip
PUNCTUATION = re.compile(r"[\s\-_./:()\[\]*#'\"+,;&|]+")


class HeaderGuesser:
    """Tells which field a column header names, from field → header names seen in shops' files (folded with
    search_key, without spaces and punctuation): customers' here, products' in services/catalogue."""

    def __init__(self, aliases: Mapping[str, Sequence[str]]) -> None:
        self.by_alias = {alias: name for name, names in aliases.items() for alias in names}
        self.contained = sorted((a for a in self.by_alias if len(a) >= 4), key=len, reverse=True)

    def field(self, header: str) -> str | None:
        """The field `header` names, or None."""
        key = PUNCTUATION.sub("", search_key(header))
        if not key:
            return None
        if key in self.by_alias:
            return self.by_alias[key]
        for alias in self.contained:  # "เบอร์โทรลูกค้า", "customer phone (mobile)": the longest alias inside
            if alias in key:
                return self.by_alias[alias]
        return None

    def guess(self, headers: Sequence[str]) -> dict[int, str]:
        """Column index → field for the headers recognised, each field to its first column."""
        out: dict[int, str] = {}
        for column, header in enumerate(headers):
            name = self.field(header)
            if name is not None and name not in out.values():
                out[column] = name
        return out


_CUSTOMER_HEADERS = HeaderGuesser(_ALIASES)


def _header_field(header: str) -> str | None:
    return _CUSTOMER_HEADERS.field(header)


def guess_mapping(headers: Sequence[str]) -> dict[int, str]:
    """Column index → customer field for the headers recognised (English, Thai and Vietnamese names).

    Each field goes to its first column; a second phone column becomes the second phone.
    """
    out: dict[int, str] = {}
    for column, header in enumerate(headers):
        name = _header_field(header)
        if name is None:
            continue
        if name == "phone" and "phone" in out.values():
            name = "phone2"
        if name not in out.values():
            out[column] = name
    return out


# ------------------------------------------------------------------------------------------- the plan

CHANNEL_NAMES: dict[str, Channel] = {
    **{c.value: c for c in Channel},
    "walkin": Channel.WALK_IN, "website": Channel.WEB, "lineoa": Channel.LINE, "fb": Channel.FACEBOOK,
    "messenger": Channel.FACEBOOK, "tiktokshop": Channel.TIKTOK, "telephone": Channel.PHONE,
    "เว็บไซต์": Channel.WEB, "เว็บ": Channel.WEB, "เฟซบุ๊ก": Channel.FACEBOOK, "เฟสบุ๊ค": Channel.FACEBOOK,
    "ไลน์": Channel.LINE, "โทรศัพท์": Channel.PHONE, "หน้าร้าน": Channel.WALK_IN, "ช้อปปี้": Channel.SHOPEE,
    "ลาซาด้า": Channel.LAZADA, "ติ๊กต็อก": Channel.TIKTOK, "dienthoai": Channel.PHONE,
    "taicuahang": Channel.WALK_IN,
}  # fmt: skip
