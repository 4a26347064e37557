"""Customer export: CSV with BOM that round-trips Thai and Vietnamese, XLSX with phones as text, the list's
order and ids, sales staff limited to their own customers, cancel."""

from __future__ import annotations

import codecs
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from salesapp.domain.enums import Channel, Role
from salesapp.services.customers.customer_export import EXPORT_FIELDS, export_customers
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.services.registry import Services
from salesapp.services.shared.import_table import guess_mapping, read_table


@pytest.fixture
def customers(services: Services, admin) -> list[int]:
    people = [
        CustomerInput(
            name="สมชาย ใจดี", phone="081-234-5678", email="somchai@gmail.com", province="กรุงเทพมหานคร",
            postcode="10110", channel=Channel.LINE, birth_date=date(1990, 4, 13),
        ),
        CustomerInput(name="Nguyễn Thị Lan", phone="0912 345 678", phone2="024 3825 1234", country="VN"),
        CustomerInput(name="=HYPERLINK(\"x\")", email="formula@example.com"),
    ]  # fmt: skip
    return [services.customers.create(admin, p)[0].id for p in people]


def test_csv_has_bom_and_round_trips(services: Services, admin, customers, tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    result = export_customers(services.ctx, admin, customers, path, "csv")
    assert result.rows == 3 and not result.cancelled
    assert path.read_bytes().startswith(codecs.BOM_UTF8)
    table = read_table(path)
    assert table.headers == tuple(EXPORT_FIELDS.values())
    mapping = guess_mapping(table.headers)
    column = {name: index for index, name in mapping.items()}
    assert {"name", "phone", "phone2", "email", "province", "postcode", "birth_date"} <= set(column)
    # The export writes '=HYPERLINK… (never a formula in a spreadsheet); reading it back drops the quote.
    assert path.read_text(encoding="utf-8-sig").count("'=HYPERLINK") == 1
    assert [row[column["name"]] for row in table.rows] == ["สมชาย ใจดี", "Nguyễn Thị Lan", '=HYPERLINK("x")']
    first, second = table.rows[0], table.rows[1]
    assert first[column["phone"]] == "081-234-5678" and first[column["birth_date"]] == "1990-04-13"
    assert second[column["phone"]] == "0912 345 678" and second[column["phone2"]] == "024 3825 1234"


def test_xlsx_with_phones_as_text_in_the_given_order(services: Services, admin, customers, tmp_path) -> None:
    path = tmp_path / "out.xlsx"
    headers = {"phone": "เบอร์โทร", "name": "ชื่อ", "birth_date": "วันเกิด", "owner": "พนักงานขาย"}
    calls: list[tuple[int, int]] = []
    result = export_customers(
        services.ctx, admin, customers[1::-1], path, "xlsx", headers, lambda d, t: calls.append((d, t))
    )
    assert result.rows == 2 and calls[-1] == (2, 2)
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        sheet = book.worksheets[0]
        rows = list(sheet.iter_rows(values_only=True))
        cells = next(sheet.iter_rows(min_row=2, max_row=2))
        assert cells[0].data_type == "s" and cells[0].number_format == "@"  # text: the leading 0 stays
    finally:
        book.close()
    assert rows[0] == ("เบอร์โทร", "ชื่อ", "วันเกิด", "พนักงานขาย")
    assert rows[1][:2] == ("0912 345 678", "Nguyễn Thị Lan")
    assert rows[2][:2] == ("081-234-5678", "สมชาย ใจดี")
    assert rows[2][2].date() == date(1990, 4, 13)  # a real date cell
    assert rows[1][3] in (None, "")  # pool customers have no salesperson


def test_formula_text_stays_text_in_xlsx(services: Services, admin, customers, tmp_path) -> None:
    path = tmp_path / "f.xlsx"
    export_customers(services.ctx, admin, customers[2:], path, "xlsx", {"name": "Name"})
    book = openpyxl.load_workbook(path)
    try:
        sheet = book.worksheets[0]
        assert sheet["A2"].value == '=HYPERLINK("x")' and sheet["A2"].data_type == "s"
    finally:
        book.close()


def test_sales_staff_export_only_their_own(services: Services, admin, customers, tmp_path) -> None:
    sales, _ = services.users.create_user(admin, "lan", "Nguyễn Thị Lan", Role.SALES, "password1")
    mine, _ = services.customers.create(
        sales, CustomerInput(name="Khách của Lan", phone="0987654321", country="VN")
    )
    path = tmp_path / "mine.csv"
    result = export_customers(services.ctx, sales, [*customers, mine.id], path, "csv", {"name": "Tên"})
    assert result.rows == 1
    assert path.read_text(encoding="utf-8-sig").splitlines() == ["Tên", "Khách của Lan"]


def test_cancel_removes_the_file(services: Services, admin, customers, tmp_path) -> None:
    path = tmp_path / "gone.xlsx"
    result = export_customers(services.ctx, admin, customers, path, "xlsx", should_cancel=lambda: True)
    assert result.cancelled and not path.exists()
    with pytest.raises(ValueError):
        export_customers(services.ctx, admin, customers, path, "pdf")
