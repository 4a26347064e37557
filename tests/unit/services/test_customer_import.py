"""Customer import: reading CSV/XLSX in Thai and Vietnamese encodings, guessing columns, the three modes,
bad rows listed with nothing written, cancel, progress, activity rows and sales staff permissions."""

from __future__ import annotations

import codecs
import csv
import itertools
import unicodedata
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from salesapp.db import models as m
from salesapp.domain.enums import Channel, EntityKind, Role
from salesapp.domain.errors import ValidationError
from salesapp.domain.search import fold_query
from salesapp.services.customers.customer_import import CustomerImportService, ImportMode, RowAction
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.services.registry import Services
from salesapp.services.shared.import_table import ImportTable, guess_mapping, read_table
from tests.helpers.people import manager_of

TH_HEADER = ["ชื่อ-นามสกุล", "เบอร์โทร", "อีเมล", "ที่อยู่", "ตำบล", "อำเภอ", "จังหวัด", "รหัสไปรษณีย์"]
VN_HEADER = ["Họ tên", "Số điện thoại", "Email", "Địa chỉ", "Phường/Xã", "Quận/Huyện", "Tỉnh/Thành phố"]


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8-sig", delimiter: str = ",") -> Path:
    with path.open("w", encoding=encoding, newline="") as out:
        csv.writer(out, delimiter=delimiter).writerows(rows)
    return path


def cp1258(text: str) -> bytes:
    """`text` as Vietnamese Windows writes it: letters like ê and ơ precomposed, tone marks combining."""
    out = []
    for ch in text:
        try:
            out.append(ch.encode("cp1258"))
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", ch)
            for mark in list(marks):
                composed = unicodedata.normalize("NFC", base + mark)
                if len(composed) == 1 and composed.encode("cp1258", errors="ignore"):
                    base = composed
                    marks.remove(mark)
            out.append((base + "".join(marks)).encode("cp1258"))
    return b"".join(out)


def table_of(rows: list[list[str]]) -> ImportTable:
    return ImportTable(tuple(rows[0]), [tuple(r) for r in rows[1:]], list(range(2, len(rows) + 1)), "t.csv")


def importer(services: Services) -> CustomerImportService:
    return CustomerImportService(services.ctx)


# ------------------------------------------------------------------------------------------- reading


def test_csv_with_bom_and_commas(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "th.csv",
        [TH_HEADER, ["สมชาย ใจดี", "081-234-5678", "somchai@gmail.com", "12/3 ถ.สุขุมวิท", "", "", "", "10110"]],
    )
    assert path.read_bytes().startswith(codecs.BOM_UTF8)
    table = read_table(path)
    assert table.headers == tuple(TH_HEADER)
    assert table.rows[0][0] == "สมชาย ใจดี" and table.lines == [2]
    assert table.name == "th.csv"


def test_csv_with_semicolons_blank_lines_and_nfd(tmp_path: Path) -> None:
    name = unicodedata.normalize("NFD", "Nguyễn Thị Lan")
    path = tmp_path / "vn.csv"
    path.write_text(
        "Họ tên;Số điện thoại;Địa chỉ\n\n"
        + f"{name};0912 345 678;12 Lê Lợi, Quận 1\n"
        + ";;\n"
        + "Trần Minh;0987654321;\n",
        encoding="utf-8",
    )
    table = read_table(path)
    assert table.headers == ("Họ tên", "Số điện thoại", "Địa chỉ")
    assert table.rows[0] == ("Nguyễn Thị Lan", "0912 345 678", "12 Lê Lợi, Quận 1")
    assert unicodedata.is_normalized("NFC", table.rows[0][0])
    assert table.lines == [3, 5]  # blank lines are dropped, line numbers stay those of the file


def test_csv_in_thai_windows_encoding(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "cp874.csv",
        [TH_HEADER, ["วิไล ศรีสุข", "0898765432", "", "", "", "", "เชียงใหม่", ""]],
        "cp874",
    )
    table = read_table(path)
    assert table.headers[0] == "ชื่อ-นามสกุล"
    assert table.rows[0][0] == "วิไล ศรีสุข" and table.rows[0][6] == "เชียงใหม่"


def test_csv_in_vietnamese_windows_encoding(tmp_path: Path) -> None:
    # cp1258 writes tones as combining marks; read back they are composed (NFC) again.
    path = tmp_path / "cp1258.csv"
    text = "Họ tên\tSố điện thoại\nTrần Thị Hồng\t0912345678\n"
    path.write_bytes(cp1258(text))
    table = read_table(path)
    assert table.headers == ("Họ tên", "Số điện thoại")
    assert table.rows == [("Trần Thị Hồng", "0912345678")]


def test_xlsx_with_numeric_phones_and_dates(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Name", "Mobile", "Birthday", "Postcode"])
    sheet.append(["สมหญิง รักษาดี", 812345678, date(1990, 4, 13), 10110])
    sheet.append([None, None, None, None])
    sheet.append(["Lê Văn Nam", 912345678.0, "13/04/2533", 50200])
    book.save(tmp_path / "c.xlsx")
    table = read_table(tmp_path / "c.xlsx")
    assert table.headers == ("Name", "Mobile", "Birthday", "Postcode")
    assert table.rows == [
        ("สมหญิง รักษาดี", "0812345678", "1990-04-13", "10110"),
        ("Lê Văn Nam", "0912345678", "13/04/2533", "50200"),
    ]
    assert table.lines == [2, 4]


def test_unreadable_files_give_readable_errors(tmp_path: Path) -> None:
    (tmp_path / "empty.csv").write_bytes(b"")
    with pytest.raises(ValidationError, match="no rows"):
        read_table(tmp_path / "empty.csv")
    (tmp_path / "bad.xlsx").write_bytes(b"not a zip")
    with pytest.raises(ValidationError, match="not an Excel workbook"):
        read_table(tmp_path / "bad.xlsx")
    with pytest.raises(ValidationError, match="cannot be read"):
        read_table(tmp_path / "missing.csv")


ENCODING_UNKNOWN = (
    "The file's text encoding could not be recognised (it is not UTF-8, UTF-16 with a byte-order mark, Thai "
    "or Vietnamese Windows text). Save it as “CSV UTF-8” and choose it again."
)


def test_files_in_an_unknown_encoding_say_so(tmp_path: Path) -> None:
    """Not "Choose the column that holds the customer's name" for a file read as gibberish."""
    text = "Name,Phone\nสมชาย ใจดี,0812345678\nNguyễn Thị Lan,0912345678\n"
    (tmp_path / "utf16.csv").write_bytes(text.encode("utf-16-le"))  # Excel's "Unicode text" without its BOM
    (tmp_path / "binary.csv").write_bytes(bytes(range(256)) * 64)
    for name in ("utf16.csv", "binary.csv"):
        with pytest.raises(ValidationError) as err:
            read_table(tmp_path / name)
        assert err.value.message == ENCODING_UNKNOWN
    # UTF-8 with a damaged byte on line 3 (in the middle of "ễ"): said as such, with the line.
    data = (text + "วิไล ศรีสุข,0898765432\n" * 20).encode("utf-8")
    cut = data.index(b"Nguy") + 6
    (tmp_path / "damaged.csv").write_bytes(data[:cut] + b"\xff" + data[cut:])
    with pytest.raises(ValidationError) as err:
        read_table(tmp_path / "damaged.csv")
    assert err.value.message.startswith("Line 3 of the file has bytes that are not UTF-8 text")
    # With its BOM, UTF-16 reads; a stray NUL or bell in a UTF-8 file is dropped from the cell, not refused.
    (tmp_path / "bom16.csv").write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    assert read_table(tmp_path / "bom16.csv").rows[1] == ("Nguyễn Thị Lan", "0912345678")
    stray = text.replace("Lan", "La\x00n\x07") + "วิไล ศรีสุข,0898765432\n" * 20
    (tmp_path / "stray.csv").write_bytes(stray.encode("utf-8"))
    assert read_table(tmp_path / "stray.csv").rows[1][0] == "Nguyễn Thị La\x00n\x07"


# ------------------------------------------------------------------------------------------- guessing


def test_guess_thai_headers() -> None:
    headers = [*TH_HEADER, "เบอร์สำรอง", "ไลน์", "ช่องทาง", "วันเกิด", "หมายเหตุ", "อะไรก็ได้"]
    assert guess_mapping(headers) == {
        0: "name", 1: "phone", 2: "email", 3: "address_line", 4: "subdistrict", 5: "district", 6: "province",
        7: "postcode", 8: "phone2", 9: "line_id", 10: "channel", 11: "birth_date", 12: "bill_note",
    }  # fmt: skip


def test_guess_the_columns_an_export_writes() -> None:
    headers = ["Country", "Salesperson", "Created", "ประเทศ", "Nhân viên bán hàng", "Ngày tạo"]
    assert guess_mapping(headers) == {0: "country", 1: "owner", 2: "created_at"}
    assert guess_mapping(["Quốc gia", "พนักงานขาย", "วันที่สร้าง"]) == {0: "country", 1: "owner", 2: "created_at"}


def test_guess_vietnamese_and_english_headers() -> None:
    assert guess_mapping([*VN_HEADER, "Ngày sinh", "Zalo", "Ghi chú"]) == {
        0: "name", 1: "phone", 2: "email", 3: "address_line", 4: "subdistrict", 5: "district", 6: "province",
        7: "birth_date", 8: "zalo", 9: "bill_note",
    }  # fmt: skip
    assert guess_mapping(["HO TEN", "SDT", "Tinh/TP"]) == {0: "name", 1: "phone", 2: "province"}
    # Two phone columns: the second is the second phone; an unknown column stays unmapped.
    assert guess_mapping(["Customer name", "Phone", "Mobile", "Order total", "E-mail"]) == {
        0: "name", 1: "phone", 2: "phone2", 4: "email",
    }  # fmt: skip


# ------------------------------------------------------------------------------------------- modes


def test_create_mode_writes_customers_and_activities(services: Services, admin) -> None:
    rows = [
        ["Name", "Phone", "E-mail", "Province", "Channel", "Birth date"],
        ["สมชาย ใจดี", "081-234-5678", "Somchai@Gmail.com", "กรุงเทพมหานคร", "LINE", "13/04/2533"],
        ["Nguyễn Thị Lan", "+84 912 345 678", "", "Hà Nội", "zalo", "1991-02-03"],
    ]
    table = table_of(rows)
    svc = importer(services)
    mapping = guess_mapping(table.headers)
    preview = svc.preview(admin, table, mapping, ImportMode.CREATE, "TH")
    assert (preview.total, preview.to_create, preview.to_update, preview.skipped) == (2, 2, 0, 0)
    assert preview.ok and [r.action for r in preview.rows] == [RowAction.CREATE] * 2
    assert m.Customer.select().count() == 0  # a preview writes nothing
    calls: list[tuple[int, int]] = []
    result, changes = svc.run(
        admin, table, mapping, ImportMode.CREATE, "TH", lambda d, t: calls.append((d, t))
    )
    assert result.ok and (result.created, result.updated) == (2, 0)
    assert calls and calls[-1][0] == calls[-1][1]  # progress reaches the end
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(calls))
    somchai = m.Customer.get(m.Customer.phone == "+66812345678")
    assert somchai.email == "somchai@gmail.com" and somchai.channel == Channel.LINE.value
    assert somchai.birth_date == date(1990, 4, 13)
    assert somchai.owner_id is None  # a manager imports into the pool
    assert somchai.imported_at is not None and somchai.created_by_id == admin.id
    assert somchai.search_key.startswith("สมชาย ใจดี") and somchai.sort_name
    lan = m.Customer.get(m.Customer.phone == "+84912345678")
    assert lan.name == "Nguyễn Thị Lan" and lan.country == "TH"
    assert changes.ids(EntityKind.CUSTOMER) == {somchai.id, lan.id}
    (activity,) = services.history.for_record(manager_of(services), EntityKind.CUSTOMER, somchai.id)
    assert activity.action.value == "imported"
    # the import is found by search like any customer typed in
    assert somchai.id in services.customer_list.hits(admin, fold_query("สมชาย")).tolist()
    assert lan.id in services.customer_list.hits(admin, fold_query("nguyen thi")).tolist()


def test_create_update_matches_by_phone_then_email(services: Services, admin) -> None:
    by_phone2, _ = services.customers.create(
        admin, CustomerInput(name="วิไล", phone="0811111111", phone2="0822222222", province="ขอนแก่น")
    )
    by_email, _ = services.customers.create(admin, CustomerInput(name="Lan", email="lan@example.com"))
    table = table_of(
        [
            ["ชื่อ", "เบอร์โทร", "อีเมล", "จังหวัด"],
            ["วิไล ศรีสุข", "082-222-2222", "", ""],  # second phone on file; empty cells erase nothing
            ["", "", "LAN@example.com", "Hà Nội"],  # no name: still updates the customer found by e-mail
            ["ลูกค้าใหม่", "0833333333", "", "ภูเก็ต"],
        ]
    )
    svc = importer(services)
    mapping = guess_mapping(table.headers)
    preview = svc.preview(admin, table, mapping, ImportMode.CREATE_UPDATE, "TH")
    assert [r.action for r in preview.rows] == [RowAction.UPDATE, RowAction.UPDATE, RowAction.CREATE]
    result, changes = svc.run(admin, table, mapping, ImportMode.CREATE_UPDATE, "TH")
    assert (result.created, result.updated, result.skipped) == (1, 2, 0)
    wilai = services.customers.get(admin, by_phone2.id)
    assert wilai.name == "วิไล ศรีสุข" and wilai.province == "ขอนแก่น" and wilai.phone2 == "+66822222222"
    assert wilai.version == by_phone2.version + 1 and wilai.imported_at is not None
    assert services.customers.get(admin, by_email.id).province == "Hà Nội"
    assert {by_phone2.id, by_email.id} <= changes.ids(EntityKind.CUSTOMER)
    updated = services.history.for_record(manager_of(services), EntityKind.CUSTOMER, by_phone2.id)[0]
    assert updated.action.value == "updated" and updated.changes == {"name": ("วิไล", "วิไล ศรีสุข")}
    # the same file again changes nothing: every row is skipped
    again, _ = svc.run(admin, table, mapping, ImportMode.CREATE_UPDATE, "TH")
    assert (again.created, again.updated, again.skipped) == (0, 0, 3)


def test_create_mode_skips_existing_and_update_only_skips_new(services: Services, admin) -> None:
    existing, _ = services.customers.create(admin, CustomerInput(name="Old", phone="0812345678"))
    table = table_of([["Name", "Phone"], ["New name", "812345678"], ["Someone", "0899999999"]])
    svc = importer(services)
    mapping = {0: "name", 1: "phone"}
    created, _ = svc.run(admin, table, mapping, ImportMode.CREATE, "TH")
    assert (created.created, created.updated, created.skipped) == (1, 0, 1)
    assert services.customers.get(admin, existing.id).name == "Old"
    table = table_of([["Name", "Phone"], ["New name", "0812345678"], ["Nobody", "0877777777"]])
    preview = svc.preview(admin, table, mapping, ImportMode.UPDATE_ONLY, "TH")
    assert [r.action for r in preview.rows] == [RowAction.UPDATE, RowAction.SKIP]
    assert preview.rows[1].reason
    updated, _ = svc.run(admin, table, mapping, ImportMode.UPDATE_ONLY, "TH")
    assert (updated.created, updated.updated, updated.skipped) == (0, 1, 1)
    assert services.customers.get(admin, existing.id).name == "New name"
    assert m.Customer.select().count() == 2


def test_bad_rows_are_listed_and_nothing_is_written(services: Services, admin, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "bad.csv",
        [
            ["Name", "Phone", "Email", "Postcode"],
            ["Good One", "0811111111", "", ""],
            ["Bad Phone", "12-34", "", ""],
            ["", "0822222222", "", ""],
            ["Dup", "081-111-1111", "", ""],
            ["Bad Mail", "", "not-an-email", ""],
            ["Bad Post", "", "", "1234"],
        ],
    )
    table = read_table(path)
    svc = importer(services)
    mapping = guess_mapping(table.headers)
    preview = svc.preview(admin, table, mapping, ImportMode.CREATE, "TH")
    assert not preview.ok
    assert [(e.line, e.error.field if e.error else None) for e in preview.errors] == [
        (3, "phone"), (4, "name"), (5, "phone"), (6, "email"), (7, "postcode"),
    ]  # fmt: skip
    assert "line 2" in preview.errors[2].reason  # the duplicate names the first line
    assert "12-34" in preview.errors[0].reason
    result, changes = svc.run(admin, table, mapping, ImportMode.CREATE, "TH")
    assert not result.ok and [e.line for e in result.errors] == [3, 4, 5, 6, 7]
    assert not changes
    assert m.Customer.select().count() == 0
    assert m.Activity.select().where(m.Activity.entity == "customer").count() == 0


def test_mapping_must_name_the_customer(services: Services, admin) -> None:
    table = table_of([["Name", "Phone"], ["A", "0811111111"]])
    with pytest.raises(ValidationError, match="name"):
        importer(services).preview(admin, table, {1: "phone"}, ImportMode.CREATE, "TH")
    with pytest.raises(ValidationError, match="same field"):
        importer(services).preview(admin, table, {0: "name", 1: "name"}, ImportMode.CREATE, "TH")


def test_cancel_midway_writes_nothing(services: Services, admin) -> None:
    rows = [["Name", "Phone"], *([f"ลูกค้า {i}", f"08{i:08d}"] for i in range(3000))]
    table = table_of(rows)
    svc = importer(services)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        # the import's own transaction, seen from its own thread: rows are being written
        seen.append((done, m.Customer.select().count()))

    # cancel after two of the three chunks were written
    result, changes = svc.run(
        admin, table, {0: "name", 1: "phone"}, ImportMode.CREATE, "TH", progress, lambda: len(seen) >= 2
    )
    assert result.cancelled and not result.ok and not changes
    assert seen == [(1000, 1000), (2000, 2000)]
    assert m.Customer.select().count() == 0
    assert m.Activity.select().where(m.Activity.entity == "customer").count() == 0
    # cancelled before the first row
    result, _ = svc.run(admin, table, {0: "name", 1: "phone"}, ImportMode.CREATE, "TH", None, lambda: True)
    assert result.cancelled and m.Customer.select().count() == 0
    # a bad last row rolls back the rows written before it
    table = table_of([*rows, ["", "0899999999"]])
    result, _ = svc.run(admin, table, {0: "name", 1: "phone"}, ImportMode.CREATE, "TH", progress)
    assert [e.line for e in result.errors] == [3002] and seen[-2][1] == 3000
    assert m.Customer.select().count() == 0


def test_sales_staff_import_into_their_list_and_update_only_their_own(services: Services, admin) -> None:
    sales, _ = services.users.create_user(admin, "somsri", "สมศรี", Role.SALES, "password1")
    other, _ = services.users.create_user(admin, "anan", "อนันต์", Role.SALES, "password1")
    mine, _ = services.customers.create(sales, CustomerInput(name="Mine", phone="0811111111"))
    theirs, _ = services.customers.create(other, CustomerInput(name="Theirs", phone="0822222222"))
    pool, _ = services.customers.create(admin, CustomerInput(name="Pool", phone="0833333333"))
    svc = importer(services)
    table = table_of(
        [["Name", "Phone"], ["Mine 2", "0811111111"], ["Theirs 2", "0822222222"], ["Pool 2", "0833333333"]]
    )
    result, _ = svc.run(sales, table, {0: "name", 1: "phone"}, ImportMode.CREATE_UPDATE, "TH")
    assert [(e.line, e.reason) for e in result.errors] == [
        (3, "This customer belongs to another salesperson."),
        (4, "This customer belongs to another salesperson."),
    ]
    assert services.customers.get(sales, mine.id).name == "Mine"  # nothing written
    table = table_of([["Name", "Phone"], ["Mine 2", "0811111111"], ["New", "0844444444"]])
    result, _ = svc.run(sales, table, {0: "name", 1: "phone"}, ImportMode.CREATE_UPDATE, "TH")
    assert (result.created, result.updated) == (1, 1)
    assert services.customers.get(sales, mine.id).name == "Mine 2"
    assert m.Customer.get(m.Customer.phone == "+66844444444").owner_id == sales.id
    assert services.customers.get(admin, theirs.id).name == "Theirs"
    assert services.customers.get(admin, pool.id).name == "Pool"


def test_five_thousand_rows(services: Services, admin, tmp_path: Path) -> None:
    rows = [VN_HEADER]
    for i in range(5000):
        rows.append(
            [
                f"Nguyễn Văn {i}",
                f"09{i:08d}",
                f"khach{i}@example.vn",
                f"{i} Lê Lợi",
                "Bến Nghé",
                "Quận 1",
                "TP. Hồ Chí Minh",
            ]
        )
    table = read_table(write_csv(tmp_path / "big.csv", rows))
    existing, _ = services.customers.create(
        admin, CustomerInput(name="Cũ", email="khach42@example.vn", country="VN")
    )
    result, changes = importer(services).run(
        admin, table, guess_mapping(table.headers), ImportMode.CREATE_UPDATE, "VN"
    )
    assert result.ok and (result.created, result.updated) == (4999, 1)
    assert m.Customer.select().count() == 5000
    assert len(changes.ids(EntityKind.CUSTOMER)) == 5000
    assert services.customers.get(admin, existing.id).name == "Nguyễn Văn 42"
    assert m.Activity.select().where(m.Activity.action == "imported").count() == 4999
    assert m.Customer.select().where(m.Customer.imported_at.is_null()).count() == 0
    # ids given on insert leave the id sequence ready for the next customer typed in
    record, _ = services.customers.create(admin, CustomerInput(name="After", phone="0811111111"))
    assert record.id > max(changes.ids(EntityKind.CUSTOMER))
