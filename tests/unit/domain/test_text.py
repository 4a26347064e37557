from __future__ import annotations

import unicodedata

import pytest

from salesapp.domain.text import clean_line, clean_text, digits_only, nfc, search_key

DECOMPOSED_NGUYEN = unicodedata.normalize("NFD", "Nguyễn")


def test_nfc_composes_vietnamese() -> None:
    assert DECOMPOSED_NGUYEN != "Nguyễn"
    assert nfc(DECOMPOSED_NGUYEN) == "Nguyễn"


def test_nfc_keeps_thai() -> None:
    assert nfc("สมชาย น้ำใจ") == "สมชาย น้ำใจ"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, ""),
        ("", ""),
        ("   ", ""),
        ("  Nguyễn   Văn  ", "Nguyễn Văn"),
        ("a\tb\nc\r\nd", "a b c d"),
        ("สม\u200bชาย", "สมชาย"),
        ("สมชาย \u200b ใจดี", "สมชาย ใจดี"),
        ("\ufeffBOM", "BOM"),
        ("non\u00a0breaking", "non breaking"),
        (DECOMPOSED_NGUYEN, "Nguyễn"),
    ],
)
def test_clean_line(raw: str | None, expected: str) -> None:
    assert clean_line(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, ""),
        ("", ""),
        (" \n \n ", ""),
        ("  one line  ", "one line"),
        ("first   \nsecond\t\n", "first\nsecond"),
        ("a\r\nb\rc", "a\nb\nc"),
        ("\n\nbody\n\n\n", "body"),
        ("keep  inner   spaces", "keep  inner   spaces"),
        ("para one\n\npara two", "para one\n\npara two"),
        ("\ufeffnote", "note"),
        (DECOMPOSED_NGUYEN + "  \n", "Nguyễn"),
    ],
)
def test_clean_text(raw: str | None, expected: str) -> None:
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Đặng Thị Ngọc", "dang thi ngoc"),
        ("  NGUYỄN  Văn  ", "nguyen van"),
        ("Nguyễn", "nguyen"),
        (DECOMPOSED_NGUYEN, "nguyen"),
        ("ĐỖ ĐỨC ĐẠT", "do duc dat"),
        ("\u00d0ặng", "dang"),  # Icelandic eth typed for Đ
        ("Trần Thị Hương", "tran thi huong"),
        ("Phở Bò", "pho bo"),
        ("สมชาย ใจดี", "สมชาย ใจดี"),
        ("น้ำใจ", "น้ำใจ"),
        ("ผู้ใหญ่", "ผู้ใหญ่"),
        ("เด็ก ๆ", "เด็ก ๆ"),
        ("นํ้า", "น้ำ"),  # NIKHAHIT, tone mark, SARA AA: a typed spelling of SARA AM
        ("น\u0e49\u0e4d\u0e32", "น้ำ"),  # tone mark, NIKHAHIT, SARA AA
        ("โทร ๐๘๑", "โทร 081"),
        ("สม\u200bชาย", "สมชาย"),
        ("ＡＢＣ　１２３", "abc 123"),  # full-width letters, digits and ideographic space
        ("Straße", "strasse"),
        ("a\u00a0\tb\n c", "a b c"),
        ("", ""),
        (None, ""),
        ("   ", ""),
    ],
)
def test_search_key(raw: str | None, expected: str) -> None:
    assert search_key(raw) == expected


@pytest.mark.parametrize(
    ("needle", "haystack"),
    [
        ("สมช", "สมชาย"),
        ("ใจดี", "นายสมชาย ใจดี"),
        ("nguyen", "Nguyễn Văn An"),
        ("NGUYỄN", "nguyễn văn an"),
        ("dang thi", "Đặng Thị Ngọc"),
        ("ngoc", "ĐẶNG THỊ NGỌC"),
        ("081", "โทร ๐๘๑-๒๓๔"),
    ],
)
def test_search_key_substring(needle: str, haystack: str) -> None:
    assert search_key(needle) in search_key(haystack)


def test_search_key_keeps_thai_marks_distinct() -> None:
    # ไก่ (chicken) and ไข่ (egg) and ใกล้ must not fold together: Thai marks are kept.
    assert search_key("ไก่") != search_key("ไก")
    assert search_key("ไข่") != search_key("ไก่")
    assert "\u0e48" in search_key("ไก่")


@pytest.mark.parametrize(
    "raw",
    [
        "Đặng Thị Ngọc",
        "  NGUYỄN  Văn  ",
        "สมชาย ใจดี",
        "น้ำใจ ผู้ใหญ่ ก่ำ",
        "นํ้า",
        "ℌello Ｗorld",
        "İstanbul",
        "がぎぐ 한국어",
        "Ɖ đ Ð ð",
        DECOMPOSED_NGUYEN,
    ],
)
def test_search_key_is_stable_and_nfc(raw: str) -> None:
    key = search_key(raw)
    assert search_key(key) == key
    assert unicodedata.normalize("NFC", key) == key


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("081-234-5678", "0812345678"),
        ("+66 (0)81 234", "66081234"),
        ("๐๘๑๒๓๔๕๖๗๘", "0812345678"),
        ("โทร ๐๘๑-๒๓๔", "081234"),
        ("abc", ""),
        ("", ""),
        (None, ""),
        ("０１２", "012"),
    ],
)
def test_digits_only(raw: str | None, expected: str) -> None:
    assert digits_only(raw) == expected
