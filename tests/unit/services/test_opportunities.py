"""Opportunities: create, edit, move, win, lose with a reason, reopen, notes and calls, the stage history
with durations, access and stale versions. On SQLite and PostgreSQL."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta

import pytest

from salesapp.db import models as m
from salesapp.domain.enums import Action, Currency, EntityKind, Role
from salesapp.domain.errors import NotFound, PermissionDenied, StaleRecordError, ValidationError
from salesapp.domain.opportunity import NoteKind, OpportunityInput, StageKind, time_per_stage
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.services.registry import Services
from tests.helpers.people import manager_of


@pytest.fixture
def somsri(services: Services, admin):
    user, _ = services.users.create_user(admin, "somsri", "สมศรี ขายเก่ง", Role.SALES, "secret-pass")
    return user


@pytest.fixture
def lan(services: Services, admin):
    user, _ = services.users.create_user(admin, "lan", "Nguyễn Thị Lan", Role.SALES, "secret-pass")
    return user


@pytest.fixture
def customer(services: Services, somsri):
    record, _ = services.customers.create(somsri, CustomerInput(name="สมชาย ใจดี", phone="081-234-5678"))
    return record


def stages_by_name(services: Services):
    return {s.name: s for s in services.opportunity_stages.stages()}


def test_create_starts_in_the_default_stage_with_history(services: Services, somsri, customer, clock):
    title = unicodedata.normalize("NFD", "  เครื่องกรองน้ำ  สำนักงาน ")
    record, changes = services.opportunities.create(
        somsri,
        customer.id,
        OpportunityInput(
            title, 1_250_050, Currency.THB, date(2026, 12, 31), None, "กรองน้ำ RO\nไส้กรอง", "โทรหลัง 5 โมง"
        ),
    )
    assert record.title == "เครื่องกรองน้ำ สำนักงาน" and record.stage_name == "Interested"
    assert record.stage_kind is StageKind.OPEN and record.probability == 10
    assert record.weighted_minor == 125_005  # 1,250,050 × 10% exactly
    assert record.owner_id == somsri.id and record.owner_name == "สมศรี ขายเก่ง"
    assert record.customer_name == "สมชาย ใจดี" and record.expected_close == date(2026, 12, 31)
    assert record.last_activity_at == clock() and record.stage_entered_at == clock() and not record.stale
    assert changes.ids(EntityKind.OPPORTUNITY) == {record.id} and changes.ids(EntityKind.CUSTOMER) == {
        customer.id
    }
    (change,) = services.opportunities.history(somsri, record.id)
    assert change.from_stage_id is None and change.to_stage_name == "Interested" and change.current
    assert change.user_name == "สมศรี ขายเก่ง" and change.duration == timedelta(0)
    (created,) = services.history.for_record(manager_of(services), EntityKind.OPPORTUNITY, record.id)
    assert created.action is Action.CREATED and created.changes["amount_minor"] == (None, 1_250_050)
    on_customer = services.history.for_record(manager_of(services), EntityKind.CUSTOMER, customer.id)[0]
    assert on_customer.changes["opportunity"] == (None, "Interested") and on_customer.summary == record.title
    assert services.opportunities.for_customer(somsri, customer.id) == [record]


def test_create_validation_and_access(services: Services, admin, somsri, lan, customer):
    for data, field in [
        (OpportunityInput("  "), "title"),
        (OpportunityInput("x" * 201), "title"),
        (OpportunityInput("ok", -5), "amount"),
    ]:
        with pytest.raises(ValidationError) as err:
            services.opportunities.create(somsri, customer.id, data)
        assert err.value.field == field
    won = stages_by_name(services)["Won"]
    with pytest.raises(ValidationError) as err:
        services.opportunities.create(somsri, customer.id, OpportunityInput("ok"), stage_id=won.id)
    assert err.value.field == "stage"
    with pytest.raises(PermissionDenied):  # not lan's customer
        services.opportunities.create(lan, customer.id, OpportunityInput("ok"))
    with pytest.raises(PermissionDenied):  # sales cannot hand it to someone else
        services.opportunities.create(somsri, customer.id, OpportunityInput("ok", owner_id=lan.id))
    with pytest.raises(NotFound):
        services.opportunities.create(admin, 99_999, OpportunityInput("ok"))
    assert m.Opportunity.select().count() == 0
    # a manager creates it for the customer's owner by default, or for anyone named, in a chosen stage
    quotation = stages_by_name(services)["Quotation sent"]
    mine, _ = services.opportunities.create(admin, customer.id, OpportunityInput("a"), stage_id=quotation.id)
    assert mine.owner_id == somsri.id and mine.stage_id == quotation.id
    theirs, _ = services.opportunities.create(admin, customer.id, OpportunityInput("b", owner_id=lan.id))
    assert theirs.owner_id == lan.id
    with pytest.raises(PermissionDenied):
        services.opportunities.get(somsri, theirs.id)  # sales see only their own
    assert [o.id for o in services.opportunities.for_customer(somsri, customer.id)] == [mine.id]
    assert {o.id for o in services.opportunities.for_customer(admin, customer.id)} == {mine.id, theirs.id}


def test_move_through_stages_then_win(services: Services, somsri, customer, clock):
    st = stages_by_name(services)
    opp, _ = services.opportunities.create(somsri, customer.id, OpportunityInput("Sofa", 4_000_000))
    clock.advance(days=2)
    opp, changes = services.opportunities.move(somsri, opp.id, opp.version, st["Quotation sent"].id)
    assert opp.stage_name == "Quotation sent" and opp.probability == 50 and opp.weighted_minor == 2_000_000
    assert opp.stage_entered_at == clock() and opp.last_activity_at == clock()
    assert changes.ids(EntityKind.OPPORTUNITY) == {opp.id}
    # moving to the stage it is in changes nothing
    same, nothing = services.opportunities.move(somsri, opp.id, opp.version, st["Quotation sent"].id)
    assert same.version == opp.version and not nothing
    with pytest.raises(ValidationError) as err:  # closing goes through win/lose
        services.opportunities.move(somsri, opp.id, opp.version, st["Won"].id)
    assert err.value.field == "stage"
    clock.advance(days=3, hours=4)
    opp, _ = services.opportunities.move(somsri, opp.id, opp.version, st["Negotiating"].id)
    clock.advance(hours=20)
    won, _ = services.opportunities.win(somsri, opp.id, opp.version)
    assert won.stage_kind is StageKind.WON and won.probability == 100 and won.weighted_minor == 4_000_000
    assert won.closed_at == clock() and not won.stale
    history = services.opportunities.history(somsri, won.id)
    assert [h.to_stage_name for h in history] == ["Interested", "Quotation sent", "Negotiating", "Won"]
    assert [h.duration for h in history] == [
        timedelta(days=2),
        timedelta(days=3, hours=4),
        timedelta(hours=20),
        None,
    ]
    assert history[1].from_stage_name == "Interested" and history[-1].current
    assert time_per_stage(history)[st["Interested"].id] == timedelta(days=2)
    actions = [
        a.action for a in services.history.for_record(manager_of(services), EntityKind.OPPORTUNITY, won.id)
    ]
    assert actions[:3] == [Action.WON, Action.STAGE_CHANGED, Action.STAGE_CHANGED]
    with pytest.raises(ValidationError):
        services.opportunities.move(somsri, won.id, won.version, st["Interested"].id)  # closed
    with pytest.raises(ValidationError):
        services.opportunities.win(somsri, won.id, won.version)


def test_lose_needs_a_reason_and_reopen_is_for_managers(services: Services, admin, somsri, customer, clock):
    st = stages_by_name(services)
    opp, _ = services.opportunities.create(somsri, customer.id, OpportunityInput("Bed", 900_000))
    opp, _ = services.opportunities.move(somsri, opp.id, opp.version, st["Considering"].id)
    with pytest.raises(ValidationError) as err:
        services.opportunities.lose(somsri, opp.id, opp.version, "  \n ")
    assert err.value.field == "reason"
    lost, _ = services.opportunities.lose(somsri, opp.id, opp.version, " ซื้อร้านอื่น  แล้ว ")
    assert (
        lost.stage_kind is StageKind.LOST and lost.lost_reason == "ซื้อร้านอื่น แล้ว" and lost.weighted_minor == 0
    )
    (row,) = [
        a
        for a in services.history.for_record(manager_of(services), EntityKind.OPPORTUNITY, lost.id)
        if a.action is Action.LOST
    ]
    assert row.changes["lost_reason"] == (None, "ซื้อร้านอื่น แล้ว")
    with pytest.raises(PermissionDenied):
        services.opportunities.reopen(somsri, lost.id, lost.version)
    clock.advance(days=1)
    back, _ = services.opportunities.reopen(admin, lost.id, lost.version)
    assert back.stage_id == st["Considering"].id  # where it was before closing
    assert back.closed_at is None and back.lost_reason == "" and back.last_activity_at == clock()
    assert services.opportunities.history(admin, back.id)[-1].from_stage_name == "Lost"
    with pytest.raises(ValidationError):
        services.opportunities.reopen(admin, back.id, back.version)  # open already
    won, _ = services.opportunities.win(somsri, back.id, back.version)
    again, _ = services.opportunities.reopen(admin, won.id, won.version, st["Negotiating"].id)
    assert again.stage_name == "Negotiating"


def test_stale_versions_are_refused(services: Services, admin, somsri, customer):
    st = stages_by_name(services)
    opp, _ = services.opportunities.create(somsri, customer.id, OpportunityInput("TV", 1000))
    moved, _ = services.opportunities.move(admin, opp.id, opp.version, st["Presented"].id)
    for call in (
        lambda: services.opportunities.move(somsri, opp.id, opp.version, st["Negotiating"].id),
        lambda: services.opportunities.move(somsri, opp.id, opp.version, st["Presented"].id),
        lambda: services.opportunities.win(somsri, opp.id, opp.version),
        lambda: services.opportunities.lose(somsri, opp.id, opp.version, "x"),
        lambda: services.opportunities.update(somsri, opp.id, opp.version, OpportunityInput("TV 55")),
    ):
        with pytest.raises(StaleRecordError) as err:
            call()
        assert err.value.changed_by == "Admin Ann"
    assert services.opportunities.get(somsri, opp.id) == moved
    assert len(services.opportunities.history(somsri, opp.id)) == 2


def test_update_details_and_owner(services: Services, admin, somsri, lan, customer, clock):
    opp, _ = services.opportunities.create(somsri, customer.id, OpportunityInput("TV", 1000))
    clock.advance(days=1)
    edited, _ = services.opportunities.update(
        somsri, opp.id, opp.version, OpportunityInput("TV 55 นิ้ว", 2_000_000, Currency.VND, date(2027, 1, 5))
    )
    assert edited.title == "TV 55 นิ้ว" and edited.amount_minor == 2_000_000 and edited.currency is Currency.VND
    assert edited.last_activity_at == opp.last_activity_at  # editing is not contact with the customer
    (upd,) = [
        a
        for a in services.history.for_record(manager_of(services), EntityKind.OPPORTUNITY, opp.id)
        if a.action is Action.UPDATED
    ]
    assert upd.changes["title"] == ("TV", "TV 55 นิ้ว") and upd.changes["currency"] == ("THB", "VND")
    with pytest.raises(PermissionDenied):
        services.opportunities.update(somsri, opp.id, edited.version, OpportunityInput("TV", owner_id=lan.id))
    given, _ = services.opportunities.update(
        admin, opp.id, edited.version, OpportunityInput("TV", owner_id=lan.id)
    )
    assert given.owner_id == lan.id
    with pytest.raises(PermissionDenied):
        services.opportunities.get(somsri, opp.id)


def test_notes_and_calls_reset_idle_time(services: Services, somsri, lan, customer, clock):
    opp, _ = services.opportunities.create(somsri, customer.id, OpportunityInput("Aircon", 2_500_000))
    clock.advance(days=15)  # Interested: idle limit 14 days
    assert services.opportunities.get(somsri, opp.id).stale
    with pytest.raises(ValidationError):
        services.opportunities.add_note(somsri, opp.id, " \n")
    with pytest.raises(PermissionDenied):
        services.opportunities.add_note(lan, opp.id, "hi")
    note, changes = services.opportunities.add_note(somsri, opp.id, "ลูกค้าขอดูรุ่นใหม่ 😊")
    assert (
        note.kind is NoteKind.NOTE
        and note.at == clock()
        and changes.ids(EntityKind.CUSTOMER) == {customer.id}
    )
    after = services.opportunities.get(somsri, opp.id)
    assert not after.stale and after.last_activity_at == clock() and after.version == opp.version
    clock.advance(days=15)
    call, _ = services.opportunities.add_note(somsri, opp.id, "", NoteKind.CALL, seconds=95)
    assert call.kind is NoteKind.CALL and not services.opportunities.get(somsri, opp.id).stale
    (logged,) = m.Call.select().where(m.Call.entity == "opportunity")
    assert logged.entity_id == opp.id and logged.seconds == 95 and logged.customer_id == customer.id
    assert [n.kind for n in services.opportunities.notes(somsri, opp.id)] == [NoteKind.CALL, NoteKind.NOTE]
    actions = [
        a.action for a in services.history.for_record(manager_of(services), EntityKind.OPPORTUNITY, opp.id)
    ]
    assert actions[:2] == [Action.CALLED, Action.NOTE_ADDED]
