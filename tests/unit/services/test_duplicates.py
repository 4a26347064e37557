"""Duplicate customers: finding by phone and e-mail, likely pairs, merging everything into one customer,
undoing a merge exactly, search staying right, permissions and stale versions. On both backends.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from salesapp.db import models as m
from salesapp.domain.clock import to_db
from salesapp.domain.customers.customer_filter import CustomerFilter
from salesapp.domain.enums import Action, EntityKind, Role
from salesapp.domain.errors import PermissionDenied, StaleRecordError, ValidationError
from salesapp.services.customers._merge import _customer_refs
from salesapp.services.customers.appointments import AppointmentService
from salesapp.services.customers.customer_service import CustomerInput, input_from_record
from salesapp.services.customers.duplicates import DuplicateReason, DuplicateService
from salesapp.services.registry import Services
from tests.helpers.people import manager_of


@pytest.fixture
def dup(services: Services) -> DuplicateService:
    return DuplicateService(services.ctx)


@pytest.fixture
def somsri(services: Services, admin):
    user, _ = services.users.create_user(admin, "somsri", "สมศรี ขายเก่ง", Role.SALES, "secret-pass")
    return user


@pytest.fixture
def lan(services: Services, admin):
    user, _ = services.users.create_user(admin, "lan", "Nguyễn Thị Lan", Role.SALES, "secret-pass")
    return user


def add(services: Services, actor, name: str, **kw):
    record, _ = services.customers.create(actor, CustomerInput(name=name, **kw))
    return record


def searched(services: Services, actor, text: str) -> set[int]:
    return set(services.customer_list.ids(actor, CustomerFilter(text=text)).tolist())


def add_order(services: Services, customer_id: int, number: str) -> int:
    now = to_db(services.ctx.clock())
    return int(
        m.Order.insert(
            number=number, customer=customer_id, status="awaiting", currency="THB", total_minor=150_000,
            ordered_at=now, created_at=now, updated_at=now,
        ).execute()
    )  # fmt: skip


def row_values(customer_id: int) -> dict:
    return m.Customer.select().where(m.Customer.id == customer_id).dicts().get()


# -- finding -------------------------------------------------------------------------------------------
def test_find_existing_by_phone_in_any_format_then_phone2_then_email(services, admin, dup) -> None:
    somchai = add(services, admin, "สมชาย ใจดี", phone="081-234-5678", email="somchai@example.com")
    lan = add(services, admin, "Nguyễn Thị Lan", phone="0912 345 678", phone2="+66 81 999 8888", country="VN")
    other = add(services, admin, "Trần Văn Bình", email="binh@example.vn", country="VN")
    for typed in ("0812345678", "+66 81 234 5678", "๐๘๑-๒๓๔-๕๖๗๘", "66812345678", "(081) 234-5678"):
        assert [s.id for s in dup.find_existing(admin, typed, None, "TH")] == [somchai.id], typed
    # the second phone, typed as a Thai number
    assert [s.id for s in dup.find_existing(admin, "081-999-8888", "", "TH")] == [lan.id]
    # e-mail: case and spaces ignored; phone matches come first
    assert [s.id for s in dup.find_existing(admin, None, "  BINH@Example.VN ", "VN")] == [other.id]
    found = dup.find_existing(admin, "0812345678", "binh@example.vn", "TH")
    assert [s.id for s in found] == [somchai.id, other.id]
    first = found[0]
    assert first.name == "สมชาย ใจดี" and first.phone == "+66812345678" and first.order_count == 0
    assert dup.find_existing(admin, "not a phone", None, "TH") == []
    assert dup.find_existing(admin, "", "", "TH") == []
    assert dup.find_existing(admin, "0899999999", "nobody@example.com", "TH") == []


def test_find_existing_shows_other_staff_customers_with_owner(services, admin, dup, somsri, lan) -> None:
    theirs = add(services, lan, "Lê Văn Cường", phone="0987 654 321", country="VN")
    (found,) = dup.find_existing(somsri, "+84987654321", None, "VN")
    # A colleague's customer: only that the phone is taken and by whom, nothing to open, nothing else.
    assert found.hidden and found.id == 0 and found.owner_name == "Nguyễn Thị Lan"
    assert (found.name, found.email, found.address, found.order_count) == ("", None, "", 0)
    (mine,) = dup.find_existing(lan, "+84987654321", None, "VN")
    assert mine.id == theirs.id and mine.name == "Lê Văn Cường" and not mine.hidden


# -- pairs ---------------------------------------------------------------------------------------------
def test_pairs_by_phone_phone2_email_and_name(services, admin, dup) -> None:
    a1 = add(services, admin, "สมชาย ใจดี", phone="081-234-5678")
    a2 = add(services, admin, "คุณสมชาย", phone="0812345678")
    b1 = add(services, admin, "Nguyễn Văn An", phone="0912 345 678", country="VN")
    b2 = add(services, admin, "Anh An", phone="0988 777 666", phone2="0912345678", country="VN")
    c1 = add(services, admin, "Mai", email="mai@example.vn", country="VN")
    c2 = add(services, admin, "Mai Hoa", email="MAI@example.vn", country="VN")
    d1 = add(services, admin, "สมหญิง รักดี", province="เชียงใหม่")
    d2 = add(services, admin, "สมหญิง  รักดี", province="เชียงใหม่")  # double space: same name
    add(services, admin, "สมหญิง รักดี", province="ภูเก็ต")  # same name, other province: not a pair
    add(services, admin, "Somebody Else", phone="0899999999")
    pairs = dup.pairs(admin)
    got = [(p.first.id, p.second.id, p.reason) for p in pairs]
    assert got[:2] == sorted(got[:2])  # phone pairs in phone order
    assert set(got) == {
        (a1.id, a2.id, DuplicateReason.PHONE),
        (b1.id, b2.id, DuplicateReason.PHONE),
        (c1.id, c2.id, DuplicateReason.EMAIL),
        (d1.id, d2.id, DuplicateReason.NAME),
    }
    assert [p.reason for p in pairs] == [DuplicateReason.PHONE] * 2 + [
        DuplicateReason.EMAIL,
        DuplicateReason.NAME,
    ]
    phone_values = {p.value for p in pairs if p.reason is DuplicateReason.PHONE}
    assert phone_values == {"+66812345678", "+84912345678"}
    assert pairs[-1].value == "สมหญิง รักดี"
    assert len(dup.pairs(admin, limit=1)) == 1


def test_a_pair_found_by_phone_is_not_repeated_for_email(services, admin, dup) -> None:
    add(services, admin, "A", phone="0812345678", email="a@example.com", province="กรุงเทพมหานคร")
    add(services, admin, "A", phone="0812345678", email="a@example.com", province="กรุงเทพมหานคร")
    pairs = dup.pairs(admin)
    assert [p.reason for p in pairs] == [DuplicateReason.PHONE]


def test_three_with_one_phone_pair_the_oldest_with_each(services, admin, dup) -> None:
    ids = [add(services, admin, f"Khách {i}", phone="0912345678", country="VN").id for i in range(3)]
    assert [(p.first.id, p.second.id) for p in dup.pairs(admin)] == [(ids[0], ids[1]), (ids[0], ids[2])]


def test_sales_staff_see_pairs_of_their_own_customers(services, admin, dup, somsri, lan) -> None:
    mine1 = add(services, somsri, "สมชาย", phone="0812345678")
    mine2 = add(services, somsri, "สมชาย ใจดี", phone2="0812345678")
    add(services, lan, "Somchai", phone="0812345678")
    add(services, lan, "Lan 1", email="x@example.com", country="VN")
    add(services, somsri, "Lan 2", email="x@example.com", country="VN")
    pairs = dup.pairs(somsri)
    assert [(p.first.id, p.second.id) for p in pairs] == [(mine1.id, mine2.id)]
    assert len(dup.pairs(admin)) == 3  # the manager sees the three-way phone group and the e-mail pair


# -- merging -------------------------------------------------------------------------------------------
@pytest.fixture
def pair(services: Services, admin, somsri):
    """Two customers of Somsri; the second has orders, notes, tags, an appointment, a request, a notice."""
    kept = add(services, somsri, "สมชาย ใจดี", phone="081-234-5678", bill_note="ส่งก่อนเที่ยง")
    dupe = add(
        services, somsri, "คุณสมชาย", phone="089-111-2222", email="somchai@example.com",
        address_line="99/1 ถ.สุขุมวิท", district="วัฒนา", province="กรุงเทพมหานคร", postcode="10110",
        line_id="somchai.j", birth_date=date(1985, 4, 13), bill_note="โทรก่อนส่ง",
    )  # fmt: skip
    now = to_db(services.ctx.clock())
    kept_order = add_order(services, kept.id, "SO-K1")
    orders = [add_order(services, dupe.id, f"SO-D{i}") for i in range(3)]
    followup = int(
        m.FollowUp.insert(
            kind="order", subject_id=orders[0], customer=dupe.id, title="SO-D0", received_at=now,
            sort_at=now, created_at=now, updated_at=now,
        ).execute()
    )  # fmt: skip
    request = int(
        m.ContactRequest.insert(
            number="CR-1", customer=dupe.id, name="คุณสมชาย", received_at=now, created_at=now, updated_at=now
        ).execute()
    )
    notice = int(
        m.PaymentNotice.insert(
            number="PN-1", customer=dupe.id, name="คุณสมชาย", amount_minor=150_000, currency="THB",
            transferred_at=now, received_at=now, created_at=now, updated_at=now,
        ).execute()
    )  # fmt: skip
    note = int(m.CustomerNote.insert(customer=dupe.id, kind="call", text="โทรแล้ว สนใจ", at=now).execute())
    vip, shared = (
        int(m.Tag.insert(name=name, created_at=now, updated_at=now).execute())
        for name in ("VIP", "ลูกค้าประจำ")
    )
    m.CustomerTag.insert_many(
        [
            {"customer": dupe.id, "tag": vip},
            {"customer": dupe.id, "tag": shared},
            {"customer": kept.id, "tag": shared},
        ]
    ).execute()
    appointment, _ = AppointmentService(services.ctx).schedule(
        somsri, dupe.id, services.ctx.clock() + timedelta(days=1), 60, "Central World", "สาธิตสินค้า"
    )
    return {
        "kept": services.customers.get(admin, kept.id),
        "dupe": services.customers.get(admin, dupe.id),
        "kept_order": kept_order, "orders": orders, "followup": followup, "request": request,
        "notice": notice, "note": note, "vip": vip, "shared": shared, "appointment": appointment.id,
    }  # fmt: skip


def test_every_table_that_refers_to_customers_is_moved() -> None:
    tables = {model._meta.table_name for model, _ in _customer_refs()}
    assert {
        "orders",
        "contact_requests",
        "payment_notices",
        "followups",
        "customer_notes",
        "appointments",
    } <= tables


def test_merge_moves_everything_fills_fields_and_undo_restores_exactly(
    services, admin, somsri, dup, pair, clock
):
    kept, dupe = pair["kept"], pair["dupe"]
    before_kept, before_dupe = row_values(kept.id), row_values(dupe.id)
    assert searched(services, admin, "089-111-2222") == {dupe.id}
    clock.advance(minutes=3)

    record, changes = dup.merge(somsri, kept.id, dupe.id, (kept.version, dupe.version))

    # the merged customer is gone; everything it had is on the kept one
    assert not m.Customer.select().where(m.Customer.id == dupe.id).exists()
    orders = {r.id for r in m.Order.select().where(m.Order.customer == kept.id)}
    assert orders == {pair["kept_order"], *pair["orders"]}
    assert m.FollowUp.get_by_id(pair["followup"]).customer_id == kept.id
    assert m.ContactRequest.get_by_id(pair["request"]).customer_id == kept.id
    assert m.PaymentNotice.get_by_id(pair["notice"]).customer_id == kept.id
    assert m.CustomerNote.get_by_id(pair["note"]).customer_id == kept.id
    assert m.Appointment.get_by_id(pair["appointment"]).customer_id == kept.id
    tags = {t.tag_id for t in m.CustomerTag.select().where(m.CustomerTag.customer == kept.id)}
    assert tags == {pair["vip"], pair["shared"]}
    # empty fields filled: second phone, e-mail, whole address, LINE, birth date; bill notes joined
    assert record.name == "สมชาย ใจดี" and record.phone == "+66812345678" and record.phone2 == "+66891112222"
    assert record.email == "somchai@example.com" and record.line_id == "somchai.j"
    assert (record.address_line, record.district, record.province, record.postcode) == (
        "99/1 ถ.สุขุมวิท", "วัฒนา", "กรุงเทพมหานคร", "10110",
    )  # fmt: skip
    assert record.birth_date == date(1985, 4, 13) and record.bill_note == "ส่งก่อนเที่ยง\nโทรก่อนส่ง"
    assert record.version == kept.version + 1
    assert changes.ids(EntityKind.CUSTOMER) == {kept.id, dupe.id}
    assert changes.ids(EntityKind.ORDER) == set(pair["orders"])
    assert changes.ids(EntityKind.APPOINTMENT) == {pair["appointment"]}
    # search: the kept customer is found by the merged one's phone and e-mail; the merged one is gone
    assert searched(services, admin, "089-111-2222") == {kept.id}
    assert searched(services, admin, "somchai@example") == {kept.id}
    assert searched(services, admin, "คุณสมชาย") == set()
    # history: MERGED on both ids, and the kept customer's history covers the merged id
    kept_history = services.history.for_record(manager_of(services), EntityKind.CUSTOMER, kept.id)
    assert kept_history[0].action is Action.MERGED and kept_history[0].changes["phone2"] == (
        None,
        "+66891112222",
    )
    assert (
        services.history.for_record(manager_of(services), EntityKind.CUSTOMER, dupe.id)[0].action
        is Action.MERGED
    )
    assert (
        services.history.for_record(manager_of(services), EntityKind.ORDER, pair["orders"][0])[0].action
        is Action.MERGED
    )
    assert dup.history_ids(manager_of(services), kept.id) == [kept.id, dupe.id]
    (merge,) = dup.merges_of(somsri, kept.id)
    assert merge.merged_id == dupe.id and merge.merged_name == "คุณสมชาย" and merge.merged_by == "สมศรี ขายเก่ง"
    assert merge.moved_count == 3 + 1 + 1 + 1 + 1 + 1  # orders, follow-up, request, notice, note, appointment
    stored = json.loads(m.CustomerMerge.get_by_id(merge.id).moved)
    assert stored["rows"]["orders.customer_id"] == pair["orders"]

    clock.advance(minutes=3)
    undo_changes = dup.undo_merge(somsri, merge.id)

    assert row_values(dupe.id) == before_dupe  # same id, every column as it was
    after_kept = row_values(kept.id)
    assert {k: v for k, v in after_kept.items() if k not in ("version", "updated_at")} == {
        k: v for k, v in before_kept.items() if k not in ("version", "updated_at")
    }
    assert after_kept["version"] == kept.version + 2
    assert {r.id for r in m.Order.select().where(m.Order.customer == dupe.id)} == set(pair["orders"])
    assert {r.id for r in m.Order.select().where(m.Order.customer == kept.id)} == {pair["kept_order"]}
    for model, key in ((m.FollowUp, "followup"), (m.ContactRequest, "request"), (m.PaymentNotice, "notice")):
        assert model.get_by_id(pair[key]).customer_id == dupe.id
    assert m.CustomerNote.get_by_id(pair["note"]).customer_id == dupe.id
    assert m.Appointment.get_by_id(pair["appointment"]).customer_id == dupe.id
    tags_of = {
        cid: {t.tag_id for t in m.CustomerTag.select().where(m.CustomerTag.customer == cid)}
        for cid in (kept.id, dupe.id)
    }
    assert tags_of == {kept.id: {pair["shared"]}, dupe.id: {pair["vip"], pair["shared"]}}
    assert undo_changes.ids(EntityKind.CUSTOMER) == {kept.id, dupe.id}
    assert undo_changes.ids(EntityKind.ORDER) == set(pair["orders"])
    # search works again for both
    assert searched(services, admin, "089-111-2222") == {dupe.id}
    assert searched(services, admin, "คุณสมชาย") == {dupe.id}
    assert searched(services, admin, "081-234-5678") == {kept.id}
    assert (
        services.history.for_record(manager_of(services), EntityKind.CUSTOMER, dupe.id)[0].action
        is Action.UNMERGED
    )
    assert (
        services.history.for_record(manager_of(services), EntityKind.CUSTOMER, kept.id)[0].action
        is Action.UNMERGED
    )
    assert dup.history_ids(manager_of(services), kept.id) == [kept.id]
    assert dup.merges_of(somsri, kept.id) == []
    with pytest.raises(ValidationError, match="undone already"):
        dup.undo_merge(somsri, merge.id)
    # the restored customer can be edited with the version it had before
    restored = services.customers.get(admin, dupe.id)
    services.customers.update(somsri, dupe.id, dupe.version, input_from_record(restored))


def test_merge_is_refused_for_another_salespersons_customer(services, admin, somsri, lan, dup) -> None:
    mine = add(services, somsri, "สมชาย", phone="0812345678")
    theirs = add(services, lan, "Somchai", phone="0812345678")
    with pytest.raises(PermissionDenied):
        dup.merge(somsri, mine.id, theirs.id, (mine.version, theirs.version))
    with pytest.raises(PermissionDenied):
        dup.merge(somsri, theirs.id, mine.id, (theirs.version, mine.version))
    assert m.CustomerMerge.select().count() == 0
    # a manager may; then only a manager may undo it
    dup.merge(admin, mine.id, theirs.id, (mine.version, theirs.version))
    (merge,) = dup.merges_of(admin, mine.id)
    with pytest.raises(PermissionDenied):
        dup.undo_merge(somsri, merge.id)
    dup.undo_merge(admin, merge.id)
    assert m.Customer.get_by_id(theirs.id).owner_id == lan.id


def test_a_stale_version_is_refused_and_nothing_moves(services, admin, somsri, dup, pair) -> None:
    kept, dupe = pair["kept"], pair["dupe"]
    services.customers.update(admin, dupe.id, dupe.version, input_from_record(dupe))  # someone saved it
    with pytest.raises(StaleRecordError):
        dup.merge(somsri, kept.id, dupe.id, (kept.version, dupe.version))
    with pytest.raises(StaleRecordError):
        dup.merge(somsri, kept.id, dupe.id, (kept.version - 1, dupe.version + 1))
    assert m.Order.select().where(m.Order.customer == dupe.id).count() == 3
    assert m.CustomerMerge.select().count() == 0
    with pytest.raises(ValidationError):
        dup.merge(somsri, kept.id, kept.id, (kept.version, kept.version))


def test_undo_is_refused_when_the_filled_fields_were_edited(services, admin, somsri, dup, pair) -> None:
    kept, dupe = pair["kept"], pair["dupe"]
    merged, _ = dup.merge(somsri, kept.id, dupe.id, (kept.version, dupe.version))
    (merge,) = dup.merges_of(somsri, kept.id)
    # an edit of a field the merge did not fill does not stand in the way …
    edited = input_from_record(merged)
    after_source, _ = services.customers.update(somsri, kept.id, merged.version, edited.__class__(
        **{**edited.__dict__, "source": "Facebook ads"}
    ))  # fmt: skip
    # … one of a filled field does
    services.customers.update(somsri, kept.id, after_source.version, edited.__class__(
        **{**edited.__dict__, "source": "Facebook ads", "email": "new@example.com"}
    ))  # fmt: skip
    with pytest.raises(ValidationError, match="email"):
        dup.undo_merge(somsri, merge.id)
    assert not m.Customer.select().where(m.Customer.id == dupe.id).exists()
    current = services.customers.get(somsri, kept.id)
    services.customers.update(somsri, kept.id, current.version, edited.__class__(
        **{**edited.__dict__, "source": "Facebook ads"}
    ))  # fmt: skip
    dup.undo_merge(somsri, merge.id)
    assert services.customers.get(somsri, kept.id).source == "Facebook ads"
    assert services.customers.get(somsri, dupe.id).email == "somchai@example.com"


def test_chained_merges_keep_history_and_undo_in_reverse(services, admin, dup) -> None:
    a = add(services, admin, "Khách A", phone="0912345678", country="VN")
    b = add(services, admin, "Khách B", phone2="0912345678", country="VN")
    c = add(services, admin, "Khách C", email="c@example.vn", country="VN")
    order = add_order(services, a.id, "SO-A")
    dup.merge(admin, b.id, a.id, (a.version, a.version))  # a into b
    b_now = services.customers.get(admin, b.id)
    dup.merge(admin, c.id, b.id, (c.version, b_now.version))  # b (holding a) into c
    assert sorted(dup.history_ids(manager_of(services), c.id)) == sorted([a.id, b.id, c.id])
    assert m.Order.get_by_id(order).customer_id == c.id
    merges = dup.merges_of(admin, c.id)
    assert [mr.merged_id for mr in merges] == [b.id]  # a's merge waits until b's is undone
    first = m.CustomerMerge.get(m.CustomerMerge.merged_id == a.id).id
    with pytest.raises(ValidationError, match="Undo that merge first"):
        dup.undo_merge(admin, first)
    dup.undo_merge(admin, merges[0].id)
    assert m.Order.get_by_id(order).customer_id == b.id
    assert [mr.merged_id for mr in dup.merges_of(admin, b.id)] == [a.id]
    dup.undo_merge(admin, first)
    assert m.Order.get_by_id(order).customer_id == a.id
    assert {cid: m.Customer.get_by_id(cid).phone for cid in (a.id, b.id)} == {
        a.id: "+84912345678",
        b.id: None,
    }
    assert dup.history_ids(manager_of(services), c.id) == [c.id]
