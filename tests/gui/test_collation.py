"""Name order: the stored collation key sorts Thai and Vietnamese names exactly as QCollator does."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QCollator, QLocale

from salesapp.demo.demo import (
    TH_FIRST,
    TH_LAST,
    TH_SHOPS,
    VN_FAMILY,
    VN_GIVEN_F,
    VN_GIVEN_M,
    VN_MIDDLE_F,
    VN_SHOPS,
)
from salesapp.domain.collation import sort_key

VIETNAMESE = [
    "Đặng Thị Ngọc", "Dương Văn An", "Đinh Văn Bình", "Đỗ Thị Hoa", "Anh", "Ánh", "Ăn", "Âu", "Bảo", "Ba",
    "Hà", "Hạ", "Hồ", "Hoa", "Ơn", "Ôn", "On", "Uyên", "Ưng", "Ả", "Ạ", "À", "Ã", "A", "Á",
    "Nguyễn Văn An", "Nguyen Van Anh", "Lê", "Lệ", "Lễ", "Lề", "Lể", "Lế",
]  # fmt: skip
THAI = [
    "ไก่", "เกม", "กา", "แก", "โกง", "ขวด", "เขียว", "ค่ำ", "คำ", "กุ้ง", "สมชาย", "สมหญิง", "ใจดี", "จันทร์",
    "เก่ง", "เก้า", "เก", "แก้ว", "แกง", "ก่อ", "ก้อ", "กอ", "ก๊อ", "ก๋อ", "สม ใจ", "สมใจ",
]  # fmt: skip


def collated(names: list[str], locale: str) -> list[str]:
    collator = QCollator(QLocale(locale))
    return sorted(names, key=collator.sortKey)


def test_vietnamese_like_qcollator() -> None:
    assert sorted(VIETNAMESE, key=sort_key) == collated(VIETNAMESE, "vi_VN")


def test_thai_like_qcollator() -> None:
    assert sorted(THAI, key=sort_key) == collated(THAI, "th_TH")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_demo_names_like_qcollator(seed: int) -> None:
    rand = random.Random(seed)
    thai = {f"{rand.choice(TH_FIRST)[0]} {rand.choice(TH_LAST)[0]}" for _ in range(300)} | set(TH_SHOPS)
    viet = {
        f"{rand.choice(VN_FAMILY)[0]} {rand.choice(VN_MIDDLE_F)} {rand.choice(VN_GIVEN_F + VN_GIVEN_M)}"
        for _ in range(300)
    } | set(VN_SHOPS)
    assert sorted(thai, key=sort_key) == collated(sorted(thai), "th_TH")
    assert sorted(viet, key=sort_key) == collated(sorted(viet), "vi_VN")
