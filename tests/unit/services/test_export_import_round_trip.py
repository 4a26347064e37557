"""Export, then import into a new empty database: the same customers come back, Thai and Vietnamese mixed,
with their country, salesperson and created date, every column mapped by itself (CSV and XLSX, headers in
English, Thai and Vietnamese as the UI writes them). On SQLite and on the real PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from salesapp.db import models as m
from salesapp.domain.enums import Channel, Role
from salesapp.domain.records import CustomerRecord, UserRecord
from salesapp.services.admin.users import cheap_hasher
from salesapp.services.customers.customer_export import EXPORT_FIELDS, export_customers
from salesapp.services.customers.customer_import import ImportMode
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.services.registry import Services, connect
from salesapp.services.shared.import_table import ImportTable, guess_mapping, read_table
from tests.helpers.fixtures import FakeClock, drop_pg_database, new_pg_database

BANGKOK = ZoneInfo("Asia/Bangkok")
# The export's column titles as the UI writes them in Thai and in Vietnamese (resources/translations).
TH_HEADERS = dict(zip(EXPORT_FIELDS, (
    "ชื่อ", "โทรศัพท์", "เบอร์โทรสำรอง", "อีเมล", "ที่อยู่", "ตำบล/แขวง", "อำเภอ/เขต", "จังหวัด", "รหัสไปรษณีย์",
    "ประเทศ", "ช่องทาง", "แหล่งที่มา", "วันเกิด", "หมายเหตุในบิล", "Facebook", "LINE", "Zalo", "พนักงานขาย",
    "วันที่สร้าง",
), strict=True))  # fmt: skip
VI_HEADERS = dict(zip(EXPORT_FIELDS, (
    "Tên", "Điện thoại", "Số điện thoại phụ", "Email", "Địa chỉ", "Phường/Xã", "Quận/Huyện", "Tỉnh/Thành phố",
    "Mã bưu chính", "Quốc gia", "Kênh", "Nguồn", "Ngày sinh", "Ghi chú trên đơn", "Facebook", "LINE", "Zalo",
    "Nhân viên bán hàng", "Ngày tạo",
), strict=True))  # fmt: skip
STAFF = (("somsri", "สมศรี ขายเก่ง"), ("lan", "Nguyễn Thị Lan"))
COMPARED = (
    "name", "phone", "phone2", "email", "address_line", "subdistrict", "district", "province", "postcode",
    "country", "channel", "source", "birth_date", "bill_note", "facebook", "line_id", "zalo",
)  # fmt: skip


def _staff(services: Services, admin: UserRecord) -> dict[str, UserRecord]:
    users = {}
    for username, display_name in STAFF:
        users[username], _ = services.users.create_user(
            admin, username, display_name, Role.SALES, "password1"
        )
    return users


def _shop(services: Services, admin: UserRecord, clock: FakeClock) -> list[int]:
    """Thai and Vietnamese customers of two salespeople and of the pool, created on different days."""
    users = _staff(services, admin)
    people = [
        (users["somsri"], CustomerInput(
            name="สมชาย ใจดี", phone="081-234-5678", phone2="02-123-4567", email="somchai@gmail.com",
            address_line="99/1 ถ.สุขุมวิท", subdistrict="คลองเตย", district="คลองเตย", province="กรุงเทพมหานคร",
            postcode="10110", channel=Channel.LINE, source="งานแฟร์", birth_date=date(1990, 4, 13),
            bill_note="- ส่งก่อนเที่ยง\n+ ห่อของขวัญ", line_id="somchai.j",
        )),
        (users["lan"], CustomerInput(
            name="Trần Thị Hồng", phone="0912 345 678", phone2="024 3825 1234", country="VN",
            address_line="12 Lê Lợi", subdistrict="Bến Nghé", district="Quận 1", province="Hồ Chí Minh",
            postcode="700000", channel=Channel.ZALO, zalo="0912345678", birth_date=date(1988, 12, 1),
        )),
        (admin, CustomerInput(
            name="Lê Văn Nam", phone="0987 654 321", country="VN", channel=Channel.WALK_IN,
        )),
        (admin, CustomerInput(name="วิไล ศรีสุข", phone="089-876-5432", facebook="wilai.s", source="Facebook")),
        (users["somsri"], CustomerInput(name="=นิดา (VIP)", email="nida@example.com", country="TH")),
    ]  # fmt: skip
    ids = []
    for actor, data in people:
        ids.append(services.customers.create(actor, data)[0].id)
        clock.advance(days=3, minutes=17)
    return ids


def _shown(services: Services, admin: UserRecord, ids: list[int]) -> list[tuple[object, ...]]:
    """What must survive, per customer: the profile, the salesperson's name and the created minute."""
    names = {u.id: u.display_name for u in services.users.list_users()}
    out = []
    for cid in ids:
        record: CustomerRecord = services.customers.get(admin, cid)
        owner = names.get(record.owner_id) if record.owner_id else None
        created = record.created_at.replace(second=0, microsecond=0)
        out.append((*(getattr(record, f) for f in COMPARED), owner, created))
    return sorted(out, key=lambda r: str(r[0]))


@pytest.fixture
def other_url(db_url: str, tmp_path: Path) -> Iterator[str]:
    """A second empty database on the same backend as `db_url`."""
    if db_url.startswith("sqlite"):
        yield "sqlite:///" + (tmp_path / "other.sqlite3").as_posix()
        return
    url = new_pg_database()
    yield url
    drop_pg_database(url)


@pytest.mark.parametrize(
    ("fmt", "headers"),
    [("csv", EXPORT_FIELDS), ("xlsx", TH_HEADERS), ("csv", VI_HEADERS)],
    ids=["csv-en", "xlsx-th", "csv-vi"],
)
def test_export_then_import_gives_the_same_customers(
    services: Services, admin, clock: FakeClock, other_url: str, tmp_path: Path, fmt: str, headers: dict
) -> None:
    ids = _shop(services, admin, clock)
    before = _shown(services, admin, ids)
    path = tmp_path / f"customers.{fmt}"
    assert export_customers(services.ctx, admin, ids, path, fmt, headers, tz=BANGKOK).rows == len(ids)

    clock.advance(days=30)
    other = connect(other_url, clock=clock, hasher=cheap_hasher())
    try:
        boss, _ = other.users.create_first_admin("admin", "Admin Ann", "secret-pass")
        _staff(other, boss)
        table = read_table(path)
        mapping = guess_mapping(table.headers)
        assert sorted(mapping.values()) == sorted(EXPORT_FIELDS) and len(mapping) == len(table.headers)
        # "Phone numbers of: Thailand" as the dialog starts: each row's Country column decides.
        result, _ = other.customer_import.run(boss, table, mapping, ImportMode.CREATE, "TH", tz=BANGKOK)
        assert result.ok, [e.reason for e in result.errors]
        assert result.created == len(ids)
        after = _shown(other, boss, [row[0] for row in m.Customer.select(m.Customer.id).tuples()])
    finally:
        other.close()
    assert after == before


def test_owner_column_rules(services: Services, admin, clock: FakeClock) -> None:
    """A salesperson's own name is fine, someone else's is refused; unknown names are listed as errors."""
    users = _staff(services, admin)
    somsri = users["somsri"]
    rows = [
        ("Name", "Phone", "Country", "Salesperson", "Created"),
        ("สมหญิง", "0811111111", "ประเทศไทย", "สมศรี ขายเก่ง", "2026-01-02 09:30"),
        ("Phạm An", "0912222222", "Việt Nam", "Nguyễn Thị Lan", "02/01/2569 09:30"),
        ("Nobody", "0813333333", "TH", "Ghost", ""),
        ("Future", "0814444444", "TH", "", "2099-01-01"),
        ("Where", "0815555555", "Atlantis", "", ""),
    ]
    table = ImportTable(rows[0], list(rows[1:]), [2, 3, 4, 5, 6], "staff.csv")
    mapping = guess_mapping(table.headers)
    preview = services.customer_import.preview(admin, table, mapping, ImportMode.CREATE, "TH", tz=BANGKOK)
    errors = {e.line: e.reason for e in preview.errors}
    assert errors == {
        4: "No active staff member is called “Ghost”.",
        5: "A created date must be in the past, at most 50 years ago.",
        6: "“Atlantis” is not a country: write TH (Thailand) or VN (Vietnam).",
    }
    ok = ImportTable(rows[0], list(rows[1:3]), [2, 3], "staff.csv")
    result, _ = services.customer_import.run(admin, ok, mapping, ImportMode.CREATE, "TH", tz=BANGKOK)
    assert result.created == 2
    made = {
        c.name: c
        for c in (services.customers.get(admin, row[0]) for row in m.Customer.select(m.Customer.id).tuples())
    }
    assert made["สมหญิง"].owner_id == somsri.id and made["สมหญิง"].country == "TH"
    assert made["Phạm An"].country == "VN" and made["Phạm An"].phone == "+84912222222"
    assert made["Phạm An"].owner_id == users["lan"].id
    # Both created dates are 2 January 2026, 09:30 in Bangkok (the second written in the Buddhist era).
    for customer in made.values():
        assert customer.created_at.astimezone(BANGKOK).isoformat() == "2026-01-02T09:30:00+07:00"
    # A salesperson may import only into their own list.
    mine = ImportTable(rows[0], [("Khách", "0816666666", "TH", "Nguyễn Thị Lan", "")], [2], "x.csv")
    preview = services.customer_import.preview(somsri, mine, mapping, ImportMode.CREATE, "TH")
    assert [e.reason for e in preview.errors] == ["This customer belongs to another salesperson."]
