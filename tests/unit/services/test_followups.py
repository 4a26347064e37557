"""Follow-ups: notes and next times, status lists, closing and reopening, intake and payment matching.

Run on SQLite and on the real PostgreSQL server (the db_url fixture).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from salesapp.db import models as m
from salesapp.domain.enums import Action, Currency, EntityKind, Role
from salesapp.domain.errors import PermissionDenied, StaleRecordError, ValidationError
from salesapp.domain.followup import NOW, FollowUpKind, StatusFilter
from salesapp.services.followup.followup_list import UNASSIGNED, FollowUpFilter
from salesapp.services.followup.intake import ContactRequestInput, PaymentNoticeInput
from salesapp.services.registry import Services
from tests.helpers.images import PNG_GARBAGE, png_bytes
from tests.helpers.people import manager_of

PNG = png_bytes()


def request(services: Services, actor, name: str = "สมชาย ใจดี", phone: str = "081-234-5678"):
    row, _ = services.intake.create_contact_request(
        actor, ContactRequestInput(name=name, phone=phone, message="อยากได้ครีมกันแดด 2 หลอด")
    )
    return row


def ids(services: Services, status: StatusFilter, **kw) -> list[int]:
    return list(services.followup_list.ids(manager_of(services), FollowUpFilter(status=status, **kw)))


def test_contact_request_finds_or_creates_the_customer_and_starts_new(services: Services, admin) -> None:
    row = request(services, admin)
    assert row.kind is FollowUpKind.CONTACT_REQUEST and row.title.startswith("CR")
    assert row.customer_name == "สมชาย ใจดี" and row.phone == "+66812345678"
    assert row.owner_id is None  # a manager's entry goes to the pool
    again = request(services, admin, name="คุณสมชาย", phone="+66 81 234 5678")
    assert again.customer_id == row.customer_id  # matched by phone
    assert m.Customer.select().count() == 1
    assert ids(services, StatusFilter.NEW) == [row.id, again.id]
    (created,) = services.history.for_record(manager_of(services), EntityKind.CONTACT_REQUEST, row.subject_id)
    assert created.action is Action.CREATED


def test_bad_phone_writes_nothing(services: Services, admin) -> None:
    with pytest.raises(ValidationError) as err:
        services.intake.create_contact_request(admin, ContactRequestInput(name="ลูกค้า", phone="#100234567"))
    assert err.value.field == "phone"
    assert m.ContactRequest.select().count() == 0 and m.FollowUp.select().count() == 0
    assert m.Customer.select().count() == 0


def test_note_with_next_time_tracks_then_turns_due_at_its_minute(services: Services, admin, clock) -> None:
    row = request(services, admin)
    text = "โทรแล้ว ลูกค้าขอคิดดูก่อน 🙏 Gọi lại chiều mai"
    later = clock() + timedelta(hours=2, seconds=31)
    saved, changes = services.followups.add_note(admin, row.id, row.version, text, later)
    assert saved.next_at == later.replace(second=0) and saved.note_count == 1 and saved.last_note == text
    assert changes.ids(EntityKind.FOLLOWUP) == {row.id}
    assert ids(services, StatusFilter.TRACKING) == [row.id] and ids(services, StatusFilter.DUE) == []
    clock.advance(hours=2, seconds=-1)
    assert ids(services, StatusFilter.TRACKING) == [row.id]
    clock.advance(seconds=1)  # its minute (the seconds chosen are dropped)
    assert ids(services, StatusFilter.DUE) == [row.id] and ids(services, StatusFilter.TRACKING) == []
    (note,) = services.followups.notes(manager_of(services), row.id)
    assert note.text == text and note.author == "Admin Ann" and note.next_at == saved.next_at
    history = services.followups.detail(admin, row.id).history
    assert [h.action for h in history] == [Action.NOTE_ADDED, Action.CREATED]
    assert history[0].changes["next_at"][1] == saved.next_at.isoformat()


def test_empty_note_without_time_and_past_times_are_refused(services: Services, admin, clock) -> None:
    row = request(services, admin)
    with pytest.raises(ValidationError) as err:
        services.followups.add_note(admin, row.id, row.version, "  \n ", None)
    assert err.value.field == "note"
    with pytest.raises(ValidationError) as err:
        services.followups.add_note(admin, row.id, row.version, "x", clock() - timedelta(minutes=5))
    assert err.value.field == "next_at"
    assert m.FollowUpNote.select().count() == 0 and m.FollowUp.get_by_id(row.id).version == row.version
    saved, _ = services.followups.add_note(admin, row.id, row.version, "", NOW)
    assert saved.next_at == clock().replace(second=0) and ids(services, StatusFilter.DUE) == [row.id]


def test_stale_save_is_refused_and_names_who_saved(services: Services, admin, clock) -> None:
    row = request(services, admin)
    lan, _ = services.users.create_user(admin, "lan", "Nguyễn Thị Lan", Role.MANAGER, "password1")
    services.followups.add_note(lan, row.id, row.version, "Lan đã gọi", None)
    with pytest.raises(StaleRecordError) as err:
        services.followups.add_note(admin, row.id, row.version, "my note", None)
    assert err.value.changed_by == "Nguyễn Thị Lan"
    assert [n.text for n in services.followups.notes(manager_of(services), row.id)] == ["Lan đã gọi"]


def test_close_with_summary_and_reopen_by_a_manager_only(services: Services, admin, clock) -> None:
    row = request(services, admin)
    somsri, _ = services.users.create_user(admin, "somsri", "สมศรี", Role.SALES, "password1")
    closed, _ = services.followups.close(admin, row.id, row.version, "ปิดการขายได้ 2 หลอด")
    assert (
        closed.closed
        and ids(services, StatusFilter.CLOSED) == [row.id]
        and ids(services, StatusFilter.OPEN) == []
    )
    (note,) = services.followups.notes(manager_of(services), row.id)
    assert note.closing and note.text == "ปิดการขายได้ 2 หลอด"
    with pytest.raises(ValidationError):
        services.followups.add_note(admin, row.id, closed.version, "more", None)
    with pytest.raises(PermissionDenied):
        services.followups.reopen(somsri, row.id, closed.version)
    clock.advance(minutes=10)
    reopened, _ = services.followups.reopen(admin, row.id, closed.version)
    assert not reopened.closed and ids(services, StatusFilter.DUE) == [row.id]
    actions = [h.action for h in services.followups.detail(admin, row.id).history]
    assert actions[:2] == [Action.REOPENED, Action.CLOSED]


def test_sales_staff_see_own_and_unassigned_and_take_what_they_note(services: Services, admin) -> None:
    somsri, _ = services.users.create_user(admin, "somsri", "สมศรี", Role.SALES, "password1")
    minh, _ = services.users.create_user(admin, "minh", "Trần Minh", Role.SALES, "password1")
    pool = request(services, admin)
    own = request(services, somsri, name="Lê Văn Tám", phone="0912345678")
    assert own.owner_id == somsri.id  # a new customer of a salesperson is theirs
    sees = services.followup_list.visible_filter
    assert sees(minh, FollowUpFilter(owner=None)).owner == minh.id
    assert sees(minh, FollowUpFilter(owner=UNASSIGNED)).owner == UNASSIGNED
    with pytest.raises(PermissionDenied):
        services.followups.add_note(minh, own.id, own.version, "x", None)
    taken, _ = services.followups.add_note(minh, pool.id, pool.version, "Minh gọi", None)
    assert taken.owner_id == minh.id
    assert ids(services, StatusFilter.OPEN, owner=minh.id) == [pool.id]
    assert ids(services, StatusFilter.OPEN, owner=UNASSIGNED) == []


def test_counts_per_kind(services: Services, admin) -> None:
    request(services, admin)
    services.intake.create_payment_notice(
        admin,
        PaymentNoticeInput("Phạm Thu Hà", "0987654321", 125_000, Currency.VND, "Vietcombank",
                           transferred_at=services.ctx.clock() - timedelta(hours=1), country="VN"),
    )  # fmt: skip
    boss = manager_of(services)
    counts = {c.kind: c.count for c in services.followup_list.kind_counts(boss, FollowUpFilter())}
    assert counts == {
        None: 2,
        FollowUpKind.ORDER: 0,
        FollowUpKind.CONTACT_REQUEST: 1,
        FollowUpKind.PAYMENT_NOTICE: 1,
    }


def test_payment_notice_slip_checks_and_matching(services: Services, admin, clock) -> None:
    good = PaymentNoticeInput(
        "สมชาย ใจดี", "0812345678", 159_000, Currency.THB, "กสิกรไทย",
        transferred_at=clock() - timedelta(minutes=30), order_number_given="so00000001", slip=PNG,
        slip_name="a.png",
    )  # fmt: skip
    huge = PNG + b"\0" * (10 * 1024 * 1024)
    refused = (b"GIF89a...", "slip.gif"), (huge, "huge.png"), (PNG_GARBAGE, "garbage.png")
    for slip, name in refused:
        with pytest.raises(ValidationError) as err:
            services.intake.create_payment_notice(admin, replace(good, slip=slip, slip_name=name))
        assert name in str(err.value)
    assert m.PaymentNotice.select().count() == 0 and m.Customer.select().count() == 0
    row, _ = services.intake.create_payment_notice(admin, good)
    notice = services.followups.payment_notice(manager_of(services), row.subject_id)
    assert notice.order_number_given == "SO00000001" and notice.has_slip
    assert services.followups.slip(manager_of(services), notice.id) == (PNG, "image/png")
    # Two orders of the customer: the one with the same amount is suggested first.
    customer_id = row.customer_id
    stamp = clock().replace(tzinfo=None)
    for number, total in (("SO00000002", 99_000), ("SO00000003", 159_000)):
        m.Order.insert(
            number=number, customer=customer_id, status="awaiting", currency="THB", total_minor=total,
            payment_method="cod", ordered_at=stamp, created_at=stamp, updated_at=stamp,
        ).execute()  # fmt: skip
    candidates = services.intake.match_candidates(manager_of(services), notice.id)
    assert [c.number for c in candidates] == ["SO00000003", "SO00000002"] and candidates[0].same_amount
    target = candidates[0].order_id
    _, changes = services.intake.match(admin, notice.id, notice.version, target)
    assert changes.ids(EntityKind.ORDER) == {target}
    paid = services.followups.payment_notice(manager_of(services), notice.id)
    assert paid.matched_order_number == "SO00000003"
    assert services.followups.order_subject(manager_of(services), target).paid_by_notice == notice.number
    assert m.Order.get_by_id(target).payment_method == "bank_transfer"
    with pytest.raises(StaleRecordError):
        services.intake.match(admin, notice.id, notice.version, target)
    assert [
        a.action for a in services.history.for_record(manager_of(services), EntityKind.ORDER, target)
    ] == [Action.MATCHED]
