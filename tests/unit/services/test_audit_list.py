"""The Audit screen's service: every activity row newest first, filtered by person, record kind, action and
period (days in the user's time zone); who may see what (administrators all, managers sales staff's and
their own, sales staff nothing, a demoted manager refused at once); pages with readable record labels; the
export to XLSX and CSV with Thai and Vietnamese intact."""

from __future__ import annotations

import codecs
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest

from salesapp.domain.enums import Action, EntityKind, Role
from salesapp.domain.errors import PermissionDenied
from salesapp.domain.records import UserRecord
from salesapp.services.admin.audit_list import AuditFilter, AuditTexts
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.services.registry import Services
from salesapp.services.shared.import_table import read_table
from tests.helpers.fixtures import FakeClock

BANGKOK = ZoneInfo("Asia/Bangkok")


class Shop:
    """The staff of the tests and the customers they made."""

    def __init__(self, services: Services, admin: UserRecord, clock: FakeClock) -> None:
        users = services.users
        self.admin = admin
        self.lan = users.create_user(admin, "lan", "Nguyễn Thị Lan", Role.MANAGER, "first-pass")[0]
        self.vu = users.create_user(admin, "vu", "Vũ Quản Lý", Role.MANAGER, "first-pass")[0]
        self.somsri = users.create_user(admin, "somsri", "สมศรี ใจดี", Role.SALES, "first-pass")[0]
        self.nok = users.create_user(admin, "nok", "Nok Sales", Role.SALES, "first-pass")[0]
        clock.now = datetime(2026, 11, 23, 17, 30, tzinfo=UTC)  # 24/11 00:30 in Bangkok
        self.malee = services.customers.create(
            self.somsri, CustomerInput(name="มาลี ศรีสุข", phone="0891234567")
        )[0]
        clock.advance(hours=1)
        self.hoa = services.customers.create(
            self.admin, CustomerInput(name="Trần Thị Hoa", phone="0912345678")
        )[0]
        clock.advance(hours=1)
        self.tag = services.tags.create(self.lan, "ลูกค้าประจำ", "#2e7d32")[0]
        clock.advance(hours=1)
        services.tags.create(self.vu, "Khách VIP", "#c62828")
        clock.advance(hours=1)
        edited = CustomerInput(name="มาลี ศรีสุข", phone="0891234567", email="malee@example.com")
        services.customers.update(self.somsri, self.malee.id, self.malee.version, edited)
        clock.advance(hours=1)
        services.customers.create(self.nok, CustomerInput(name="Nok's customer", phone="0822222222"))


@pytest.fixture
def shop(services: Services, admin, clock: FakeClock) -> Shop:
    return Shop(services, admin, clock)


def labels(rows) -> list[tuple[str, str, str, str]]:
    return [(r.user_name, r.entity, r.label, r.action) for r in rows]


def test_admin_sees_every_row_newest_first_with_readable_labels(services: Services, shop: Shop) -> None:
    audit = services.audit_list
    count, rows = audit.first_page(shop.admin, AuditFilter(), BANGKOK)
    assert count == len(rows) == 11  # five accounts, three customers, two tags, one change
    assert labels(rows[:6]) == [
        ("Nok Sales", "customer", "Nok's customer", "created"),
        ("สมศรี ใจดี", "customer", "มาลี ศรีสุข", "updated"),
        ("Vũ Quản Lý", "tag", "Khách VIP", "created"),
        ("Nguyễn Thị Lan", "tag", "ลูกค้าประจำ", "created"),
        ("Admin Ann", "customer", "Trần Thị Hoa", "created"),
        ("สมศรี ใจดี", "customer", "มาลี ศรีสุข", "created"),
    ]
    assert {(r.entity, r.label) for r in rows[6:]} == {
        ("user", "Admin Ann"), ("user", "Nguyễn Thị Lan"), ("user", "Vũ Quản Lý"), ("user", "สมศรี ใจดี"),
        ("user", "Nok Sales"),
    }  # fmt: skip
    assert {r.user_name for r in rows[6:]} == {"Admin Ann"}
    assert rows[1].changes == {"email": (None, "malee@example.com")}
    assert audit.ids(shop.admin, AuditFilter(), BANGKOK).tolist() == [r.id for r in rows]
    assert audit.count(shop.admin, AuditFilter(), BANGKOK, cap=3) == 3
    assert audit.rows(shop.admin, [rows[3].id, rows[0].id]) == [rows[3], rows[0]]  # in the order asked


def test_filters_by_person_kind_action_and_period(services: Services, shop: Shop) -> None:
    audit, admin = services.audit_list, shop.admin

    def shown(flt: AuditFilter, tz=BANGKOK) -> list[tuple[str, str, str, str]]:
        count, rows = audit.first_page(admin, flt, tz)
        assert count == len(rows) and audit.ids(admin, flt, tz).tolist() == [r.id for r in rows]
        return labels(rows)

    somsri = [
        ("สมศรี ใจดี", "customer", "มาลี ศรีสุข", "updated"),
        ("สมศรี ใจดี", "customer", "มาลี ศรีสุข", "created"),
    ]
    assert shown(AuditFilter(person_id=shop.somsri.id)) == somsri
    assert shown(AuditFilter(person_id=shop.somsri.id, kind=EntityKind.CUSTOMER)) == somsri
    assert shown(AuditFilter(person_id=shop.somsri.id, kind=EntityKind.TAG)) == []
    assert shown(AuditFilter(kind=EntityKind.TAG)) == [
        ("Vũ Quản Lý", "tag", "Khách VIP", "created"), ("Nguyễn Thị Lan", "tag", "ลูกค้าประจำ", "created"),
    ]  # fmt: skip
    assert shown(AuditFilter(action=Action.UPDATED)) == somsri[:1]
    assert [r[2] for r in shown(AuditFilter(kind=EntityKind.CUSTOMER, action=Action.CREATED))] == [
        "Nok's customer", "Trần Thị Hoa", "มาลี ศรีสุข",
    ]  # fmt: skip
    # The accounts were made on 23/11 at 10:00 Bangkok time; everything else from 24/11 00:30 (Bangkok).
    on_24th = AuditFilter(date_from=date(2026, 11, 24), date_to=date(2026, 11, 24))
    assert len(shown(on_24th)) == 6
    assert len(shown(on_24th, UTC)) == 0  # still 23/11 in UTC
    assert len(shown(AuditFilter(date_to=date(2026, 11, 23)))) == 5
    assert len(shown(AuditFilter(date_from=date(2026, 11, 25)))) == 0
    backwards = AuditFilter(date_from=date(2026, 11, 24), date_to=date(2026, 11, 23))  # swapped, as typed
    assert len(shown(backwards)) == 11


def test_a_manager_sees_sales_staff_and_their_own_rows_only(services: Services, shop: Shop) -> None:
    audit, lan = services.audit_list, shop.lan
    count, rows = audit.first_page(lan, AuditFilter(), BANGKOK)
    assert {r.user_name for r in rows} == {"Nguyễn Thị Lan", "สมศรี ใจดี", "Nok Sales"}
    assert count == 4 and audit.ids(lan, AuditFilter(), BANGKOK).tolist() == [r.id for r in rows]
    assert [p.display_name for p in audit.people(lan)] == ["Nguyễn Thị Lan", "Nok Sales", "สมศรี ใจดี"]
    assert {p.display_name for p in audit.people(shop.admin)} >= {"Admin Ann", "Vũ Quản Lý"}
    # Neither the administrator's rows nor another manager's, whatever is asked for.
    assert audit.first_page(lan, AuditFilter(person_id=shop.admin.id), BANGKOK) == (0, [])
    assert audit.first_page(lan, AuditFilter(person_id=shop.vu.id), BANGKOK) == (0, [])
    every = audit.ids(shop.admin, AuditFilter(), BANGKOK).tolist()
    assert [r.id for r in audit.rows(lan, every)] == [r.id for r in rows]


def test_sales_staff_are_refused(services: Services, shop: Shop, tmp_path: Path) -> None:
    audit, somsri = services.audit_list, shop.somsri
    calls = [
        lambda: audit.first_page(somsri, AuditFilter()),
        lambda: audit.count(somsri, AuditFilter()),
        lambda: audit.ids(somsri, AuditFilter()),
        lambda: audit.rows(somsri, [1, 2]),
        lambda: audit.people(somsri),
        lambda: audit.export(somsri, AuditFilter(), tmp_path / "x.csv", "csv", _texts()),
    ]
    for call in calls:
        with pytest.raises(
            PermissionDenied, match="Only administrators and managers can see the audit trail"
        ):
            call()
    assert not (tmp_path / "x.csv").exists()


def test_a_demoted_manager_is_refused_at_once(services: Services, shop: Shop) -> None:
    audit, stale = services.audit_list, shop.lan  # the record Lan signed in with says "manager"
    assert audit.count(stale, AuditFilter()) == 4
    services.users.set_role(shop.admin, stale.id, stale.version, Role.SALES)
    with pytest.raises(PermissionDenied, match="audit trail"):
        audit.first_page(stale, AuditFilter())
    with pytest.raises(PermissionDenied, match="audit trail"):
        audit.rows(stale, [1])
    # A disabled account is refused as well, whatever its role.
    vu = shop.vu
    services.staff.set_active(shop.admin, vu.id, vu.version, False)
    with pytest.raises(PermissionDenied, match="disabled"):
        audit.count(vu, AuditFilter())


def _texts() -> AuditTexts:
    return AuditTexts(
        headers=["Khi nào", "ใคร", "Loại", "Bản ghi", "Hành động", "การเปลี่ยนแปลง"],
        kinds={"customer": "ลูกค้า", "tag": "Thẻ"},
        actions={"created": "สร้าง", "updated": "Đã sửa"},
        nobody="Hệ thống",
        describe=lambda changes: "; ".join(f"{k}: {old} → {new}" for k, (old, new) in changes.items()),
    )


def test_export_writes_the_filtered_rows_readably(services: Services, shop: Shop, tmp_path: Path) -> None:
    audit, admin = services.audit_list, shop.admin
    flt = AuditFilter(kind=EntityKind.CUSTOMER)
    xlsx = tmp_path / "audit.xlsx"
    result = audit.export(admin, flt, xlsx, "xlsx", _texts(), BANGKOK)
    assert result.rows == 4 and not result.cancelled
    sheet = openpyxl.load_workbook(xlsx).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == ["Khi nào", "ใคร", "Loại", "Bản ghi", "Hành động", "การเปลี่ยนแปลง"]
    assert values[1][1:] == [
        "Nok Sales", "ลูกค้า", "Nok's customer", "สร้าง",
        "name: None → Nok's customer; phone: None → +66822222222; country: None → TH",
    ]  # fmt: skip
    assert values[2][1:6] == ["สมศรี ใจดี", "ลูกค้า", "มาลี ศรีสุข", "Đã sửa", "email: None → malee@example.com"]
    assert values[3][1:5] == ["Admin Ann", "ลูกค้า", "Trần Thị Hoa", "สร้าง"]
    assert values[2][0] == datetime(2026, 11, 24, 4, 30)  # 21:30 UTC, shown in Bangkok time
    csv = tmp_path / "audit.csv"
    assert audit.export(shop.lan, flt, csv, "csv", _texts(), BANGKOK).rows == 3  # not the admin's row
    assert csv.read_bytes().startswith(codecs.BOM_UTF8)
    table = read_table(csv)
    assert [row[3] for row in table.rows] == ["Nok's customer", "มาลี ศรีสุข", "มาลี ศรีสุข"]
    assert table.rows[1][4] == "Đã sửa" and table.rows[1][0] == "2026-11-24 04:30"
    cancelled = audit.export(
        admin, flt, tmp_path / "c.xlsx", "xlsx", _texts(), BANGKOK, should_cancel=lambda: True
    )
    assert cancelled.cancelled and not (tmp_path / "c.xlsx").exists()
