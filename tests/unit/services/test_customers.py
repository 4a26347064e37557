"""Customers: NFC text, E.164 phones, search key, optimistic locking and activity in one transaction."""

from __future__ import annotations

import unicodedata

import pytest

from salesapp.db import models as m
from salesapp.domain.enums import Channel, EntityKind, Role
from salesapp.domain.errors import PermissionDenied, StaleRecordError, ValidationError
from salesapp.services.customers.customer_service import CustomerInput, input_from_record
from salesapp.services.registry import Services
from tests.helpers.people import manager_of


def test_create_stores_nfc_e164_and_search_key(services: Services, admin) -> None:
    decomposed = unicodedata.normalize("NFD", "Đặng Thị Ngọc")
    record, changes = services.customers.create(
        admin, CustomerInput(name=decomposed, phone="0912.345.678", country="VN", channel=Channel.ZALO)
    )
    assert record.name == "Đặng Thị Ngọc" and unicodedata.is_normalized("NFC", record.name)
    assert record.phone == "+84912345678"
    assert m.Customer.get_by_id(record.id).search_key == "dang thi ngoc 0912345678"
    assert changes.ids(EntityKind.CUSTOMER) == {record.id}
    (activity,) = services.history.for_record(manager_of(services), EntityKind.CUSTOMER, record.id)
    assert activity.action.value == "created" and activity.changes["phone"] == (None, "+84912345678")


def test_bad_phone_writes_nothing(services: Services, admin) -> None:
    with pytest.raises(ValidationError) as err:
        services.customers.create(admin, CustomerInput(name="สมชาย", phone="#100234567"))
    assert err.value.field == "phone"
    assert m.Customer.select().count() == 0
    assert m.Activity.select().where(m.Activity.entity == "customer").count() == 0


def test_stale_edit_is_refused_never_overwritten(services: Services, admin, clock) -> None:
    record, _ = services.customers.create(admin, CustomerInput(name="สมชาย ใจดี", phone="081-234-5678"))
    clock.advance(minutes=5)
    other, _ = services.users.create_user(admin, "lan", "Nguyễn Thị Lan", Role.MANAGER, "password1")
    first = input_from_record(record)
    saved, _ = services.customers.update(
        other, record.id, record.version, first.__class__(**{**first.__dict__, "bill_note": "ส่งก่อนเที่ยง"})
    )
    with pytest.raises(StaleRecordError) as stale:
        services.customers.update(
            admin,
            record.id,
            record.version,
            first.__class__(**{**first.__dict__, "bill_note": "overwrite attempt"}),
        )
    assert stale.value.changed_by == "Nguyễn Thị Lan"
    assert stale.value.changed_at == clock.now
    assert "Nguyễn Thị Lan" in stale.value.message
    assert services.customers.get(admin, record.id).bill_note == "ส่งก่อนเที่ยง"
    history = services.history.for_record(manager_of(services), EntityKind.CUSTOMER, record.id)
    assert [a.action.value for a in history] == ["updated", "created"]
    assert saved.version == record.version + 1


def test_sales_staff_only_touch_their_own(services: Services, admin) -> None:
    sales, _ = services.users.create_user(admin, "somsri", "สมศรี", Role.SALES, "password1")
    pool_customer, _ = services.customers.create(admin, CustomerInput(name="ลูกค้าในคลัง"))
    own, _ = services.customers.create(sales, CustomerInput(name="ลูกค้าของสมศรี"))
    assert own.owner_id == sales.id and pool_customer.owner_id is None
    with pytest.raises(PermissionDenied):
        services.customers.get(sales, pool_customer.id)
    assert services.customers.get(sales, own.id).name == "ลูกค้าของสมศรี"
