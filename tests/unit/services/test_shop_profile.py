"""The shop profile and the first-run checklist on SQLite and PostgreSQL: who may save, the rules of each
field, the logo kept in the database, stale saves refused naming who saved, activity rows, the order-number
prefix, and the checklist of a fresh database."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from salesapp.db import models as m
from salesapp.db.mapping import user_record
from salesapp.domain.enums import Currency, EntityKind, Role
from salesapp.domain.errors import PermissionDenied, StaleRecordError, ValidationError
from salesapp.domain.orders.bill import BillInput, BillLineInput
from salesapp.domain.shop import (
    Checklist,
    SetupStep,
    ShopProfile,
    StepState,
    default_profile,
    thai_tax_id_ok,
)
from salesapp.services.admin.shop_profile import SETTING_ENTITY_ID
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.services.registry import Services
from tests.helpers.images import jpeg_bytes, png_bytes
from tests.unit.services.test_orders import add_product

THAI_SHOP = ShopProfile(
    shop_name="ร้านสมใจ ออนไลน์",
    legal_name="บริษัท สมใจ เทรดดิ้ง จำกัด",
    tax_id="0-1055-61234-56-7",
    head_office=False,
    branch="2",
    address="45/12 ม.3 ต.บางพูด อ.ปากเกร็ด จ.นนทบุรี 11120",
    phone="081-234-5678",
    email="Shop@SomJai.co.th",
    order_prefix="sj",
)


def thai_tax_id(first12: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


@pytest.fixture
def manager(services: Services, admin):
    user, _ = services.users.create_user(admin, "lan", "Nguyễn Thị Lan", Role.MANAGER, "password1")
    return user


def test_defaults_until_saved(services: Services) -> None:
    profile = services.shop_profile.get()
    assert profile.version == 0 and not profile.saved and profile.currency is Currency.THB
    assert profile.vat_bp == 700 and profile.order_prefix == "SO" and profile.time_zone == "Asia/Bangkok"
    assert services.shop_profile.logo() is None
    vietnam = default_profile("VN")
    assert (
        vietnam.currency is Currency.VND
        and vietnam.vat_bp == 1000
        and vietnam.time_zone == "Asia/Ho_Chi_Minh"
    )


def test_only_administrators_save_and_fields_are_checked(services: Services, admin, manager) -> None:
    good = replace(THAI_SHOP, tax_id=thai_tax_id("010556123456"))
    wrong_check_digit = good.tax_id[:-1] + str((int(good.tax_id[-1]) + 1) % 10)
    assert thai_tax_id_ok(good.tax_id) and not thai_tax_id_ok(wrong_check_digit)
    with pytest.raises(PermissionDenied):
        services.shop_profile.save(manager, good, 0)
    refusals = {
        "shop_name": replace(good, shop_name="  "),
        "tax_id": replace(good, tax_id=wrong_check_digit),
        "branch": replace(good, branch="0"),
        "email": replace(good, email="not-an-address"),
        "vat": replace(good, vat_bp=3500),
        "order_prefix": replace(good, order_prefix="SO-"),
        "time_zone": replace(good, time_zone="Mars/Olympus"),
        "phone": replace(good, phone="12"),
        "image": good,
    }
    for field, profile in refusals.items():
        logo = b"\x89PNG not really" if field == "image" else None
        with pytest.raises(ValidationError) as refused:
            services.shop_profile.save(admin, profile, 0, logo=logo)
        assert refused.value.field == field
    assert services.shop_profile.get().version == 0  # nothing written
    assert m.Activity.select().where(m.Activity.entity == "setting").count() == 0


def test_thai_shop_saved_with_logo_read_back_and_numbers_orders(services: Services, admin, clock) -> None:
    tax_id = thai_tax_id("010556123456")
    logo = png_bytes(64, 32)
    saved, changes = services.shop_profile.save(admin, replace(THAI_SHOP, tax_id=tax_id), 0, logo=logo)
    assert changes.ids(EntityKind.SETTING) == {SETTING_ENTITY_ID}
    assert saved.version == 1 and saved.has_logo and saved.updated_by == "Admin Ann"
    assert saved.tax_id == tax_id and saved.branch == "00002" and saved.branch_text == "สาขาที่ 00002"
    assert saved.phone == "+66812345678" and saved.email == "shop@somjai.co.th" and saved.order_prefix == "SJ"
    assert services.shop_profile.get() == saved
    stored = services.shop_profile.logo()
    assert stored is not None and stored.data == logo and stored.mime == "image/png"
    row = m.Activity.get((m.Activity.entity == "setting") & (m.Activity.entity_id == SETTING_ENTITY_ID))
    logged = json.loads(row.changes)
    assert logged["shop_name"] == [None, "ร้านสมใจ ออนไลน์"] and logged["logo"][0] is None
    assert len(logged["logo"][1]) == 12  # a fingerprint, never the picture
    # New orders take the prefix.
    customer, _ = services.customers.create(admin, CustomerInput(name="สมชาย ใจดี"))
    serum = add_product(services, "TH-SER-30", "เซรั่มวิตามินซี 30ml", [("ขวด", 1, 59000, "THB")])
    line = BillLineInput(serum["id"], serum["ขวด"], 1)
    created, _ = services.orders.create(admin, BillInput(customer.id, Currency.THB, (line,)))
    assert created.number.startswith("SJ") and created.number.endswith(f"{created.order_id:08d}")
    # A JPEG logo replaces the PNG; the logo can be removed, the profile kept.
    again, _ = services.shop_profile.save(admin, saved, saved.version, logo=jpeg_bytes(40, 40))
    assert services.shop_profile.logo().mime == "image/jpeg"
    removed, _ = services.shop_profile.save(admin, again, again.version, remove_logo=True)
    assert not removed.has_logo and services.shop_profile.logo() is None and removed.version == 3


def test_vietnamese_shop_and_stale_save_refused_naming_who(services: Services, admin, clock) -> None:
    second, _ = services.users.create_user(admin, "root2", "Trần Quốc Bảo", Role.ADMIN, "password1")
    shop = replace(
        default_profile("VN"),
        shop_name="Cửa hàng Hoa Sen",
        legal_name="Công ty TNHH Hoa Sen",
        tax_id="0101234567-001",
        address="12 Lý Thường Kiệt, Phường Hàng Bài, Quận Hoàn Kiếm, Hà Nội",
        phone="0912 345 678",
        vat_bp=800,
        prices_include_vat=False,
        order_prefix="HS",
    )
    saved, _ = services.shop_profile.save(admin, shop, 0)
    assert saved.currency is Currency.VND and saved.vat_percent == 8.0 and not saved.prices_include_vat
    assert saved.tax_id == "0101234567-001" and saved.branch_text == "" and saved.phone == "+84912345678"
    clock.advance(minutes=5)
    services.shop_profile.save(second, replace(saved, shop_name="Hoa Sen Shop"), saved.version)
    with pytest.raises(StaleRecordError) as stale:
        services.shop_profile.save(admin, replace(saved, address="Đà Nẵng"), saved.version)
    assert stale.value.changed_by == "Trần Quốc Bảo"
    assert services.shop_profile.get().shop_name == "Hoa Sen Shop"
    with pytest.raises(ValidationError):
        services.shop_profile.save(admin, replace(saved, tax_id="12345"), 2)


def test_checklist_of_a_fresh_database(services: Services, admin) -> None:
    checklist = services.setup_checklist
    assert not checklist.checklist().started  # nothing until the desktop begins it
    started = checklist.begin(admin)
    assert started.started and not started.finished and started.remaining == 4
    assert checklist.begin(admin).version == started.version  # a second begin changes nothing
    services.shop_profile.save(admin, replace(THAI_SHOP, tax_id=""), 0)
    assert checklist.checklist().state(SetupStep.PROFILE) is StepState.DONE
    result, _ = checklist.mark(admin, SetupStep.STAFF, StepState.SKIPPED)
    assert result.state(SetupStep.STAFF) is StepState.SKIPPED
    result, _ = checklist.mark(admin, SetupStep.STAFF, StepState.TODO)  # reopened from Settings
    assert result.state(SetupStep.STAFF) is StepState.TODO
    services.users.create_user(admin, "somsri", "สมศรี", Role.SALES, "password1")
    assert checklist.checklist().state(SetupStep.STAFF) is StepState.DONE  # a second account: done
    checklist.mark(admin, SetupStep.PRODUCTS, StepState.SKIPPED)
    result, _ = checklist.mark(admin, SetupStep.BACKUPS, StepState.DONE)
    assert result.finished and result.remaining == 0
    rows = m.Activity.select().where(
        (m.Activity.entity == "setting") & (m.Activity.summary == "setup.checklist")
    )
    assert rows.count() == 5  # begun, then one row per mark
    sales = m.User.get(m.User.username == "somsri")
    with pytest.raises(PermissionDenied):
        checklist.mark(user_record(sales), SetupStep.STAFF, StepState.DONE)


def test_no_checklist_on_a_database_with_data(services: Services, admin) -> None:
    services.customers.create(admin, CustomerInput(name="Nguyễn Văn An"))
    checklist = services.setup_checklist.begin(admin)
    assert checklist == Checklist({}, started=False) and not checklist.started
