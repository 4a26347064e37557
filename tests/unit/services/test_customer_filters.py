"""The customers list's filters and sorts, the profile read, care notes, quick edits, tags and segments."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from salesapp.db import models as m
from salesapp.domain.clock import to_db
from salesapp.domain.customers.customer_filter import (
    AgeBand,
    CustomerFilter,
    DateField,
    HandoverState,
    OwnerScope,
    Period,
    SortKey,
    period_bounds,
)
from salesapp.domain.customers.customer_profile import CareKind, TimelineKind
from salesapp.domain.enums import Channel, EntityKind, Role
from salesapp.domain.errors import PermissionDenied, StaleRecordError, ValidationError
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.services.registry import Services

BANGKOK = ZoneInfo("Asia/Bangkok")


@pytest.fixture
def shop(services: Services, admin):
    """Six customers: two of a salesperson, four in the pool, with channels, birth dates and dates set."""
    sales, _ = services.users.create_user(admin, "somsri", "สมศรี", Role.SALES, "password1")
    made = {}
    for name, channel, born in [
        ("สมชาย ใจดี", Channel.LINE, date(1990, 5, 1)),
        ("Nguyễn Văn An", Channel.ZALO, date(2003, 1, 9)),
        ("Đặng Thị Ngọc", Channel.FACEBOOK, None),
        ("อรุณี แก้วมณี", Channel.LINE, date(1960, 2, 2)),
        ("Trần Đức Anh", None, None),
        ("บุญมี มีสุข", Channel.SHOPEE, date(1985, 12, 31)),
    ]:
        record, _ = services.customers.create(
            admin, CustomerInput(name=name, channel=channel, birth_date=born)
        )
        made[name] = record.id
    for name in ("สมชาย ใจดี", "อรุณี แก้วมณี"):
        m.Customer.update(owner=sales.id, handed_over_at=to_db(services.ctx.clock())).where(
            m.Customer.id == made[name]
        ).execute()
    # last contact: this morning Bangkok time for one, last month for another
    now = services.ctx.clock()
    m.Customer.update(last_contact_at=to_db(now - timedelta(hours=2))).where(
        m.Customer.id == made["Nguyễn Văn An"]
    ).execute()
    m.Customer.update(last_contact_at=to_db(datetime(2026, 10, 15, 5, 0, tzinfo=UTC))).where(
        m.Customer.id == made["บุญมี มีสุข"]
    ).execute()
    return services, sales, made


def shown(services: Services, actor, flt: CustomerFilter) -> list[str]:
    svc = services.customer_list
    return [r.name for r in svc.rows(actor, svc.ids(actor, flt, BANGKOK).tolist())]


def test_owner_scopes_and_handover_state(shop, admin):
    services, sales, _ = shop
    assert len(shown(services, admin, CustomerFilter())) == 6
    assert set(shown(services, admin, CustomerFilter(owner=OwnerScope.POOL))) == {
        "Nguyễn Văn An", "Đặng Thị Ngọc", "Trần Đức Anh", "บุญมี มีสุข",
    }  # fmt: skip
    staff = CustomerFilter(owner=OwnerScope.STAFF, staff_id=sales.id)
    assert set(shown(services, admin, staff)) == {"สมชาย ใจดี", "อรุณี แก้วมณี"}
    assert set(shown(services, admin, CustomerFilter(handover=HandoverState.HANDED_OVER))) == {
        "สมชาย ใจดี", "อรุณี แก้วมณี",
    }  # fmt: skip
    # a salesperson asking for everyone still sees only their own
    assert set(shown(services, sales, CustomerFilter(owner=OwnerScope.EVERYONE))) == {
        "สมชาย ใจดี",
        "อรุณี แก้วมณี",
    }
    assert services.customer_list.count(sales, CustomerFilter()) == 2


def test_channel_age_and_date_period(shop, admin):
    services, _, _ = shop
    assert set(shown(services, admin, CustomerFilter(channel=Channel.LINE))) == {"สมชาย ใจดี", "อรุณี แก้วมณี"}
    assert shown(services, admin, CustomerFilter(age_band=AgeBand.UNDER_25)) == ["Nguyễn Văn An"]
    assert shown(services, admin, CustomerFilter(age_band=AgeBand.FROM_55)) == ["อรุณี แก้วมณี"]
    assert set(shown(services, admin, CustomerFilter(age_band=AgeBand.FROM_35_TO_44))) == {
        "สมชาย ใจดี", "บุญมี มีสุข",
    }  # fmt: skip
    week = CustomerFilter(date_field=DateField.LAST_CONTACT, period=Period.THIS_WEEK)
    assert shown(services, admin, week) == ["Nguyễn Văn An"]
    last_month = CustomerFilter(date_field=DateField.LAST_CONTACT, period=Period.LAST_MONTH)
    assert shown(services, admin, last_month) == ["บุญมี มีสุข"]
    custom = CustomerFilter(
        date_field=DateField.LAST_CONTACT, period=Period.CUSTOM, date_from=date(2026, 10, 1),
        date_to=date(2026, 11, 30),
    )  # fmt: skip
    assert set(shown(services, admin, custom)) == {"Nguyễn Văn An", "บุญมี มีสุข"}
    created_today = CustomerFilter(date_field=DateField.CREATED, period=Period.TODAY)
    assert len(shown(services, admin, created_today)) == 6


def test_period_bounds_weeks_start_on_monday():
    assert period_bounds(Period.THIS_WEEK, date(2026, 11, 26)) == (date(2026, 11, 23), date(2026, 11, 30))
    assert period_bounds(Period.LAST_MONTH, date(2026, 1, 15)) == (date(2025, 12, 1), date(2026, 1, 1))
    assert period_bounds(Period.THIS_MONTH, date(2026, 12, 31)) == (date(2026, 12, 1), date(2027, 1, 1))
    assert period_bounds(Period.CUSTOM, date(2026, 1, 1), date(2026, 3, 5), date(2026, 3, 1)) == (
        date(2026, 3, 1), date(2026, 3, 6),
    )  # fmt: skip
    assert period_bounds(Period.CUSTOM, date(2026, 1, 1)) is None


def test_sorts_by_name_and_by_a_nullable_date(shop, admin):
    services, _, _ = shop
    from salesapp.domain.collation import sort_key

    by_name = shown(services, admin, CustomerFilter(sort=SortKey.NAME, descending=False))
    assert by_name == sorted(by_name, key=sort_key)
    by_contact = shown(services, admin, CustomerFilter(sort=SortKey.LAST_CONTACT))
    # those with the date first, newest first; then the rest
    assert by_contact[:2] == ["Nguyễn Văn An", "บุญมี มีสุข"] and len(by_contact) == 6
    oldest = shown(services, admin, CustomerFilter(sort=SortKey.LAST_CONTACT, descending=False))
    assert oldest[:2] == ["บุญมี มีสุข", "Nguyễn Văn An"]
    # search hits keep the filter and the sort
    hits = shown(services, admin, CustomerFilter(text="สม", channel=Channel.LINE))
    assert hits == ["สมชาย ใจดี"]
    count, rows = services.customer_list.first_page(
        admin, CustomerFilter(sort=SortKey.LAST_CONTACT), BANGKOK, 3
    )
    assert count == 6 and [r.name for r in rows][:2] == ["Nguyễn Văn An", "บุญมี มีสุข"]


def test_tags_filter_and_bulk_tagging(shop, admin):
    services, sales, made = shop
    vip, _ = services.tags.create(admin, "VIP", "#e53935")
    with pytest.raises(ValidationError):
        services.tags.create(admin, "vip", "#000000")
    with pytest.raises(ValidationError):
        services.tags.create(admin, "Bad colour", "red")
    count, changes = services.tags.set_tag(admin, [made["สมชาย ใจดี"], made["Trần Đức Anh"]], vip.id, True)
    assert count == 2 and set(changes.ids(EntityKind.CUSTOMER)) == {made["สมชาย ใจดี"], made["Trần Đức Anh"]}
    assert services.tags.set_tag(admin, [made["สมชาย ใจดี"]], vip.id, True)[0] == 0  # already tagged
    assert set(shown(services, admin, CustomerFilter(tag_ids=(vip.id,)))) == {"สมชาย ใจดี", "Trần Đức Anh"}
    with pytest.raises(PermissionDenied):
        services.tags.set_tag(sales, [made["Trần Đức Anh"]], vip.id, False)
    assert services.tags.set_tag(admin, [made["Trần Đức Anh"]], vip.id, False)[0] == 1
    assert shown(services, admin, CustomerFilter(tag_ids=(vip.id,))) == ["สมชาย ใจดี"]
    profile = services.profiles.profile(admin, made["สมชาย ใจดี"])
    assert [t.name for t in profile.tags] == ["VIP"]
    assert any(i.action == "tagged" for i in profile.timeline)


def test_segments_save_criteria_and_share_rules(shop, admin):
    services, sales, _ = shop
    criteria = CustomerFilter(channel=Channel.LINE, sort=SortKey.NAME, text="ignored")
    saved, _ = services.segments.save(admin, "ลูกค้า LINE", criteria, shared=True)
    assert saved.criteria.channel is Channel.LINE and saved.criteria.text == ""
    with pytest.raises(PermissionDenied):
        services.segments.save(sales, "shared by sales", criteria, shared=True)
    mine, _ = services.segments.save(sales, "ของฉัน", CustomerFilter(age_band=AgeBand.FROM_55), shared=False)
    assert {s.name for s in services.segments.list_segments(sales)} == {"ลูกค้า LINE", "ของฉัน"}
    assert {s.name for s in services.segments.list_segments(admin)} == {"ลูกค้า LINE"}
    segment = services.segments.list_segments(admin)[0]
    assert services.customer_list.count(admin, segment.criteria) == 2
    with pytest.raises(PermissionDenied):
        services.segments.delete(sales, saved.id)
    services.segments.delete(sales, mine.id)
    assert CustomerFilter.from_json(CustomerFilter(tag_ids=(3, 4), date_from=date(2026, 1, 2)).to_json()) == (
        CustomerFilter(tag_ids=(3, 4), date_from=date(2026, 1, 2))
    )


def test_profile_orders_care_notes_and_quick_edit(shop, admin, clock):
    services, _, made = shop
    cid = made["Nguyễn Văn An"]
    now = to_db(clock())
    for number, total, status in [("SO1", 150_000, "delivered"), ("SO2", 99_000, "cancelled")]:
        m.Order.insert(
            number=number, customer=cid, status=status, currency="VND", total_minor=total, ordered_at=now,
            created_at=now, updated_at=now,
        ).execute()  # fmt: skip
        clock.advance(minutes=1)
        now = to_db(clock())
    profile, _ = services.profiles.add_care(admin, cid, CareKind.CALL, "Gọi lại, khách hẹn tuần sau")
    assert [o.number for o in profile.orders] == ["SO2", "SO1"]
    assert profile.order_count == 2 and [(c.value, t) for c, t in profile.lifetime] == [("VND", 150_000)]
    care = [i for i in profile.timeline if i.kind is TimelineKind.CARE]
    assert care[0].text == "Gọi lại, khách hẹn tuần sau" and care[0].user_name == "Admin Ann"
    assert profile.timeline[0].kind is TimelineKind.CARE  # newest first
    assert services.customers.get(admin, cid).last_contact_at == clock()
    with pytest.raises(ValidationError):
        services.profiles.add_care(admin, cid, CareKind.NOTE, "   ")
    record = services.customers.get(admin, cid)
    saved, _ = services.profiles.quick_edit(admin, cid, record.version, "phone", "0912 345 678")
    assert saved.phone == "+66912345678"  # a Thai customer (the default country)
    with pytest.raises(StaleRecordError):
        services.profiles.quick_edit(admin, cid, record.version, "email", "an@example.vn")
    with pytest.raises(ValidationError):
        services.profiles.quick_edit(admin, cid, saved.version, "email", "not-an-address")
    with pytest.raises(ValidationError):
        services.profiles.quick_edit(admin, cid, saved.version, "owner_id", "1")
    assert services.customers.get(admin, cid).email is None  # nothing half-written
