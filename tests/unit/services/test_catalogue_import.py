"""Importing and exporting products on SQLite and PostgreSQL: one row per unit, grouped by SKU; create,
update or both; bad rows refused with their line numbers and nothing written; cancel writes nothing; an
exported workbook imports into an empty shop as the same catalogue."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest

from salesapp.db import models as m
from salesapp.domain.catalogue import ProductInput, ProductStatus, UnitInput
from salesapp.domain.enums import Action, Currency, EntityKind, Role
from salesapp.domain.errors import PermissionDenied
from salesapp.services.admin.users import cheap_hasher
from salesapp.services.catalogue.catalogue_export import export_products
from salesapp.services.catalogue.catalogue_import import guess_columns
from salesapp.services.registry import Services, connect
from salesapp.services.shared.import_plan import ImportMode, RowAction
from salesapp.services.shared.import_table import read_table

THB = Currency.THB
HEADER = ["รหัสสินค้า", "ชื่อสินค้า", "หมวดหมู่", "หน่วย", "จำนวนต่อหน่วย", "ราคา", "สกุลเงิน"]
ROWS = [
    ["TH-SER-30", "เซรั่มวิตามินซี 30ml", "สกินแคร์", "ขวด", "1", "590", ""],
    ["TH-SER-30", "", "", "แพ็ก 3 ขวด", "3", "1,590.00", ""],
    ["TH-SOAP", "สบู่สมุนไพรขมิ้น", "ของใช้", "ก้อน", "", "89", "THB"],
    ["VN-CAF-500", "Cà phê Robusta rang xay 500g", "Đồ uống", "gói", "1", "180.000", "VND"],
    ["VN-CAF-500", "Cà phê Robusta rang xay 500g", "Đồ uống", "thùng 10 gói", "10", "1.700.000", "VND"],
]


def write_csv(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def products() -> dict[str, tuple[str, str, bool, list[tuple[str, int, int, str]]]]:
    out = {}
    for p in m.Product.select().order_by(m.Product.id):
        units = m.ProductUnit.select().where((m.ProductUnit.product == p.id) & m.ProductUnit.active)
        out[p.sku] = (
            p.name, p.category, bool(p.active),
            sorted((u.name, u.factor, u.price_minor, u.currency) for u in units),
        )  # fmt: skip
    return out


@pytest.fixture
def boss(services: Services, admin):
    user, _ = services.users.create_user(admin, "boss", "คุณบอส", Role.MANAGER, "secret-pass")
    return user


def test_columns_are_guessed_in_thai_english_and_vietnamese() -> None:
    assert guess_columns(HEADER) == {
        0: "sku", 1: "name", 2: "category", 3: "unit", 4: "factor", 5: "price", 6: "currency",
    }  # fmt: skip
    english = ["SKU", "Product name", "Category", "Unit", "Units per pack", "Unit price (THB)", "Status"]
    assert list(guess_columns(english).values()) == [
        "sku", "name", "category", "unit", "factor", "price", "status",
    ]  # fmt: skip
    vietnamese = ["Mã sản phẩm", "Tên sản phẩm", "Danh mục", "Mô tả", "Đơn vị tính", "Quy đổi", "Giá bán"]
    assert list(guess_columns(vietnamese).values()) == [
        "sku", "name", "category", "description", "unit", "factor", "price",
    ]  # fmt: skip


def test_create_from_an_empty_catalogue(services: Services, boss, tmp_path: Path) -> None:
    table = read_table(write_csv(tmp_path / "สินค้า.csv", ROWS))
    mapping = guess_columns(table.headers)
    preview = services.catalogue_import.preview(boss, table, mapping, ImportMode.CREATE, Currency.THB)
    assert (preview.total, preview.to_create, preview.to_update, preview.skipped) == (5, 3, 0, 0)
    assert preview.ok and [r.line for r in preview.rows] == [2, 3, 4, 5, 6]
    assert [(r.action, r.sku, r.unit) for r in preview.rows[:2]] == [
        (RowAction.CREATE, "TH-SER-30", "ขวด"),
        (RowAction.CREATE, "TH-SER-30", "แพ็ก 3 ขวด"),
    ]
    assert m.Product.select().count() == 0  # a preview writes nothing
    steps: list[tuple[int, int]] = []
    result, changes = services.catalogue_import.run(
        boss, table, mapping, ImportMode.CREATE, Currency.THB, lambda d, t: steps.append((d, t))
    )
    assert result.ok and (result.created, result.updated) == (3, 0) and steps[-1] == (3, 3)
    assert len(changes.ids(EntityKind.PRODUCT)) == 3
    assert products() == {
        "TH-SER-30": (
            "เซรั่มวิตามินซี 30ml", "สกินแคร์", True, [("ขวด", 1, 59_000, "THB"), ("แพ็ก 3 ขวด", 3, 159_000, "THB")]
        ),
        "TH-SOAP": ("สบู่สมุนไพรขมิ้น", "ของใช้", True, [("ก้อน", 1, 8_900, "THB")]),
        "VN-CAF-500": (
            "Cà phê Robusta rang xay 500g", "Đồ uống", True,
            [("gói", 1, 180_000, "VND"), ("thùng 10 gói", 10, 1_700_000, "VND")],
        ),
    }  # fmt: skip
    imported = m.Activity.select().where(m.Activity.action == Action.IMPORTED.value)
    assert imported.count() == 3 and all(a.summary.startswith("สินค้า.csv: ") for a in imported)
    # The imported products are found by search and offered on the order form.
    assert [c.sku for c in services.orders.catalogue(Currency.VND)] == ["VN-CAF-500"]


def test_update_and_both_modes_match_on_sku(services: Services, boss, tmp_path: Path) -> None:
    services.catalogue.create(
        boss,
        ProductInput(
            "TH-SER-30",
            "เซรั่มเก่า",
            (UnitInput("ขวด", 1, 50_000, Currency.THB), UnitInput("โหล", 12, 1, Currency.THB)),
        ),
    )
    table = read_table(write_csv(tmp_path / "p.csv", ROWS))
    mapping = guess_columns(table.headers)
    # Add only: the existing SKU is skipped, with its reason.
    preview = services.catalogue_import.preview(boss, table, mapping, ImportMode.CREATE, Currency.THB)
    assert (preview.to_create, preview.to_update, preview.skipped) == (2, 0, 1)
    assert "adds new products only" in preview.rows[0].error.message
    # Update only: the new SKUs are skipped; the existing product takes the file's name, category and
    # units (a unit the file leaves out, the dozen, is kept).
    result, _ = services.catalogue_import.run(boss, table, mapping, ImportMode.UPDATE_ONLY, THB)
    assert (result.created, result.updated, result.skipped) == (0, 1, 2)
    assert set(products()) == {"TH-SER-30"}
    assert products()["TH-SER-30"] == (
        "เซรั่มวิตามินซี 30ml", "สกินแคร์", True,
        [("ขวด", 1, 59_000, "THB"), ("แพ็ก 3 ขวด", 3, 159_000, "THB"), ("โหล", 12, 1, "THB")],
    )  # fmt: skip
    product = m.Product.get(m.Product.sku == "TH-SER-30")
    assert product.version == 2 and product.updated_by_id == boss.id
    updated = m.Activity.get(m.Activity.action == Action.UPDATED.value)
    assert set(json.loads(updated.changes)) == {"name", "category", "units"}
    # Both: the two new products are added; the updated one is now as in the file: skipped, unchanged.
    result, _ = services.catalogue_import.run(boss, table, mapping, ImportMode.CREATE_UPDATE, Currency.THB)
    assert (result.created, result.updated, result.skipped) == (2, 0, 1)
    assert m.Product.get(m.Product.sku == "TH-SER-30").version == 2
    assert len(products()) == 3


def test_bad_rows_are_refused_with_their_lines_and_nothing_is_written(
    services: Services, boss, tmp_path: Path
) -> None:
    rows = [
        *ROWS,
        ["TH-SUN-50", "ครีมกันแดด", "สกินแคร์", "หลอด", "1", "สามร้อย", ""],  # line 7: not an amount
        ["", "ไม่มีรหัส", "", "ชิ้น", "1", "10", ""],  # line 8: no SKU
        ["TH-SER-30", "เซรั่มอื่น", "", "", "", "", ""],  # line 9: another name for TH-SER-30
        ["TH-MASK", "มาส์กหน้า", "", "", "", "", ""],  # line 10: a new product without a unit
        ["TH-SOAP", "", "", "ก้อน", "1", "90", ""],  # line 11: the unit is on line 4 already
        ["TH-BOX", "กล่อง", "", "กล่อง", "12", "100", ""],  # line 12: no base unit
        ["TH-TEA", "ชา", "", "ห่อ", "1", "10", "EUR"],  # line 13: unknown currency
    ]
    table = read_table(write_csv(tmp_path / "bad.csv", rows))
    mapping = guess_columns(table.headers)
    preview = services.catalogue_import.preview(boss, table, mapping, ImportMode.CREATE_UPDATE, Currency.THB)
    assert not preview.ok
    errors = [(e.line, e.error.message) for e in preview.errors]
    assert errors == [
        (7, "“สามร้อย” is not an amount of money."),
        (8, "Type the product's SKU."),
        (9, "Line 2 names the SKU “TH-SER-30” “เซรั่มวิตามินซี 30ml”; this row names it “เซรั่มอื่น”."),
        (10, "A new product needs at least one unit with its price."),
        (11, "The unit “ก้อน” of “TH-SOAP” is on line 4 already."),
        (12, "One unit must be the base unit, holding 1 (the bottle of a pack of 3 bottles)."),
        (13, "“EUR” is not a currency (THB or VND)."),
    ]
    result, changes = services.catalogue_import.run(
        boss, table, mapping, ImportMode.CREATE_UPDATE, Currency.THB
    )
    assert not result.ok and [e.line for e in result.errors] == [7, 8, 9, 10, 11, 12, 13] and not changes
    assert m.Product.select().count() == 0 and m.ProductUnit.select().count() == 0
    assert m.Activity.select().where(m.Activity.entity == EntityKind.PRODUCT.value).count() == 0


def test_cancel_writes_nothing_and_sales_staff_cannot_import(
    services: Services, boss, admin, tmp_path
) -> None:
    table = read_table(write_csv(tmp_path / "p.csv", ROWS))
    mapping = guess_columns(table.headers)
    result, changes = services.catalogue_import.run(
        boss, table, mapping, ImportMode.CREATE, Currency.THB, should_cancel=lambda: True
    )
    assert result.cancelled and not changes and m.Product.select().count() == 0
    somsri, _ = services.users.create_user(admin, "somsri", "สมศรี", Role.SALES, "secret-pass")
    with pytest.raises(PermissionDenied):
        services.catalogue_import.preview(somsri, table, mapping, ImportMode.CREATE, Currency.THB)
    with pytest.raises(PermissionDenied):
        services.catalogue_import.run(somsri, table, mapping, ImportMode.CREATE, Currency.THB)


def test_an_exported_workbook_imports_into_an_empty_shop_as_the_same_catalogue(
    services: Services, boss, tmp_path: Path
) -> None:
    table = read_table(write_csv(tmp_path / "p.csv", ROWS))
    services.catalogue_import.run(boss, table, guess_columns(table.headers), ImportMode.CREATE, Currency.THB)
    soap = m.Product.get(m.Product.sku == "TH-SOAP")
    services.catalogue.set_active(boss, soap.id, soap.version, False)
    before = products()
    ids = [p.id for p in m.Product.select().order_by(m.Product.sku)]
    headers = {
        "sku": "Mã sản phẩm",
        "name": "Tên sản phẩm",
        "factor": "Số đơn vị cơ sở",
        "status": "Trạng thái",
    }
    words = {ProductStatus.ACTIVE: "Đang bán", ProductStatus.ARCHIVED: "Lưu trữ"}
    out = tmp_path / "catalogue.xlsx"
    result = export_products(services.ctx, ids, out, "xlsx", headers, words)
    assert result.rows == 5 and not result.cancelled
    sheet = openpyxl.load_workbook(out).worksheets[0]
    assert [c.value for c in sheet[1]][:3] == ["Mã sản phẩm", "Tên sản phẩm", "Category"]
    assert sheet[4][0].value == "TH-SOAP" and sheet[4][-1].value == "Lưu trữ"  # archived
    # Into another, empty database (SQLite: the round trip is the same from either backend).
    other = connect("sqlite:///" + (tmp_path / "other.sqlite3").as_posix(), hasher=cheap_hasher())
    try:
        manager, _ = other.users.create_first_admin("admin", "Admin", "secret-pass")
        table = read_table(out)
        mapping = guess_columns(table.headers)
        assert set(mapping.values()) == {
            "sku", "name", "category", "description", "unit", "factor", "price", "currency", "status",
        }  # fmt: skip
        imported, _ = other.catalogue_import.run(manager, table, mapping, ImportMode.CREATE, Currency.THB)
        assert imported.created == 3
        assert products() == before  # read from the other database: the models follow the last one opened
    finally:
        other.close()
