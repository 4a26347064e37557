"""Appointments: scheduling with its rules, rescheduling, outcome, cancelling, the week in Asia/Bangkok,
the customer's history and permissions. On both backends.
"""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from salesapp.db import models as m
from salesapp.domain.enums import Action, EntityKind, Role
from salesapp.domain.errors import NotFound, PermissionDenied, StaleRecordError, ValidationError
from salesapp.services.customers.appointments import AppointmentService
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.services.registry import Services
from tests.helpers.people import manager_of

BANGKOK = ZoneInfo("Asia/Bangkok")


@pytest.fixture
def appointments(services: Services) -> AppointmentService:
    return AppointmentService(services.ctx)


@pytest.fixture
def somsri(services: Services, admin):
    user, _ = services.users.create_user(admin, "somsri", "สมศรี ขายเก่ง", Role.SALES, "secret-pass")
    return user


@pytest.fixture
def customer(services: Services, somsri):
    record, _ = services.customers.create(somsri, CustomerInput(name="สมชาย ใจดี", phone="081-234-5678"))
    return record


def bangkok(day: int, hour: int, minute: int = 0) -> datetime:
    """A wall-clock time in Bangkok in the clock's week (Monday 23/11/2026 is day 23)."""
    return datetime(2026, 11, day, hour, minute, tzinfo=BANGKOK)


def test_schedule_stores_utc_nfc_text_and_writes_history(services, appointments, somsri, customer, clock):
    purpose = unicodedata.normalize("NFD", "สาธิตเซรั่ม และ  นัดส่งของ\n")
    record, changes = appointments.schedule(
        somsri, customer.id, bangkok(24, 14, 30), 90, "  Central World ชั้น 3 ", purpose
    )
    assert record.starts_at == datetime(2026, 11, 24, 7, 30, tzinfo=UTC) and record.starts_at.tzinfo is UTC
    assert record.ends_at == datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    assert (
        record.place == "Central World ชั้น 3"
        and record.purpose == unicodedata.normalize("NFC", purpose).strip()
    )
    assert record.customer_name == "สมชาย ใจดี" and record.owner_id == somsri.id
    assert record.owner_name == "สมศรี ขายเก่ง" and not record.done and record.version == 1
    assert m.Appointment.get_by_id(record.id).starts_at == datetime(2026, 11, 24, 7, 30)  # naive UTC
    assert changes.ids(EntityKind.APPOINTMENT) == {record.id} and changes.ids(EntityKind.CUSTOMER) == {
        customer.id
    }
    (created,) = services.history.for_record(manager_of(services), EntityKind.APPOINTMENT, record.id)
    assert created.action is Action.CREATED and created.changes["place"] == (None, "Central World ชั้น 3")
    on_customer = services.history.for_record(manager_of(services), EntityKind.CUSTOMER, customer.id)[0]
    assert on_customer.action is Action.UPDATED and "Central World" in on_customer.changes["appointment"][1]


def test_schedule_refuses_past_times_empty_text_and_bad_lengths(appointments, somsri, customer, clock):
    with pytest.raises(ValidationError) as err:
        appointments.schedule(somsri, customer.id, clock() - timedelta(minutes=1), 60, "Siam", "")
    assert err.value.field == "starts_at"
    # the current minute is not the past (a time picked with "Now" drops the seconds)
    clock.advance(seconds=40)
    appointments.schedule(somsri, customer.id, clock().replace(second=0), 30, "Siam", "")
    with pytest.raises(ValidationError) as err:
        appointments.schedule(somsri, customer.id, clock() + timedelta(hours=1), 60, "  ", "\n \n")
    assert err.value.field == "place"
    for minutes in (0, 4, 12 * 60 + 1):
        with pytest.raises(ValidationError) as err:
            appointments.schedule(somsri, customer.id, clock() + timedelta(hours=1), minutes, "Siam", "")
        assert err.value.field == "minutes"
    with pytest.raises(ValueError):
        appointments.schedule(somsri, customer.id, datetime(2027, 1, 1, 10), 60, "Siam", "")
    with pytest.raises(NotFound):
        appointments.schedule(somsri, 9999, clock() + timedelta(hours=1), 60, "Siam", "")
    assert m.Appointment.select().count() == 1


def test_week_view_boundaries_in_bangkok(services, appointments, somsri, customer, admin, clock):
    # 23/11/2026 is a Monday; Bangkok is UTC+7, so the week starts at 22/11 17:00 UTC.
    times = {
        "mon 00:00": bangkok(23, 0, 0),  # first minute of the week (16:00 UTC on Sunday!)
        "wed 09:15": bangkok(25, 9, 15),
        "sun 23:59": bangkok(29, 23, 59),  # last minute of the week
        "next mon 00:00": bangkok(30, 0, 0),  # next week
    }
    clock.now = bangkok(22, 23, 0)  # the night before, so none is in the past
    ids = {}
    for label, when in times.items():
        record, _ = appointments.schedule(somsri, customer.id, when, 60, label, "")
        ids[label] = record.id
    week = appointments.week(somsri, date(2026, 11, 23), BANGKOK)
    assert [a.place for a in week] == ["mon 00:00", "wed 09:15", "sun 23:59"]
    # any day of the week finds the same week; the next week holds the last one
    assert [a.id for a in appointments.week(somsri, date(2026, 11, 27), BANGKOK)] == [a.id for a in week]
    assert [a.place for a in appointments.week(somsri, date(2026, 11, 30), BANGKOK)] == ["next mon 00:00"]
    # in UTC the same Monday's week is shifted by seven hours
    utc_week = appointments.week(somsri, date(2026, 11, 23), UTC)
    assert [a.place for a in utc_week] == ["wed 09:15", "sun 23:59", "next mon 00:00"]
    # a manager sees a salesperson's week when asking for it; their own is empty
    assert appointments.week(admin, date(2026, 11, 23), BANGKOK) == []
    assert len(appointments.week(admin, date(2026, 11, 23), BANGKOK, user_id=somsri.id)) == 3
    with pytest.raises(PermissionDenied):
        appointments.week(somsri, date(2026, 11, 23), BANGKOK, user_id=admin.id)


def test_outcome_reschedule_cancel_and_lists(services, appointments, somsri, customer, clock):
    first, _ = appointments.schedule(
        somsri, customer.id, clock() + timedelta(hours=2), 60, "Siam Paragon", ""
    )
    second, _ = appointments.schedule(somsri, customer.id, clock() + timedelta(days=2), 30, "", "ส่งตัวอย่าง")
    with pytest.raises(ValidationError, match="not started"):
        appointments.record_outcome(somsri, first.id, first.version, "ok")
    moved, changes = appointments.reschedule(
        somsri, second.id, second.version, clock() + timedelta(days=3), 45, "", "ส่งตัวอย่าง"
    )
    assert moved.minutes == 45 and moved.version == 2 and changes.ids(EntityKind.APPOINTMENT) == {second.id}
    with pytest.raises(StaleRecordError):
        appointments.reschedule(somsri, second.id, second.version, clock() + timedelta(days=4), 45, "x", "")
    assert [a.id for a in appointments.upcoming_for_customer(somsri, customer.id)] == [first.id, second.id]

    clock.advance(hours=3)
    with pytest.raises(ValidationError) as err:
        appointments.record_outcome(somsri, first.id, first.version, "  \n ")
    assert err.value.field == "outcome"
    done, _ = appointments.record_outcome(somsri, first.id, first.version, "ลูกค้าสั่ง 2 กล่อง 🎉")
    assert done.done and done.done_at == clock() and done.outcome == "ลูกค้าสั่ง 2 กล่อง 🎉"
    history = services.history.for_record(manager_of(services), EntityKind.APPOINTMENT, first.id)
    assert [a.action for a in history] == [Action.CLOSED, Action.CREATED]
    with pytest.raises(ValidationError, match="took place"):
        appointments.reschedule(somsri, first.id, done.version, clock() + timedelta(days=1), 60, "x", "")
    with pytest.raises(ValidationError, match="took place"):
        appointments.cancel(somsri, first.id, done.version)
    # the outcome can be corrected; the done time stays
    clock.advance(minutes=5)
    fixed, _ = appointments.record_outcome(somsri, first.id, done.version, "ลูกค้าสั่ง 3 กล่อง")
    assert fixed.done_at == done.done_at and fixed.outcome == "ลูกค้าสั่ง 3 กล่อง"

    assert [a.id for a in appointments.upcoming_for_customer(somsri, customer.id)] == [second.id]
    assert [a.id for a in appointments.for_customer(somsri, customer.id)] == [second.id, first.id]
    with pytest.raises(StaleRecordError):
        appointments.cancel(somsri, second.id, second.version)
    changes = appointments.cancel(somsri, second.id, moved.version)
    assert changes.ids(EntityKind.APPOINTMENT) == {second.id}
    assert not m.Appointment.select().where(m.Appointment.id == second.id).exists()
    assert (
        services.history.for_record(manager_of(services), EntityKind.APPOINTMENT, second.id)[0].action
        is Action.DELETED
    )
    customer_history = services.history.for_record(manager_of(services), EntityKind.CUSTOMER, customer.id)
    assert customer_history[0].changes["appointment"][1] is None  # the cancel shows in the customer's history
    assert sum("appointment_outcome" in a.changes for a in customer_history) == 2


def test_sales_staff_only_touch_their_own(services, appointments, somsri, customer, admin, clock):
    lan, _ = services.users.create_user(admin, "lan", "Nguyễn Thị Lan", Role.SALES, "secret-pass")
    theirs, _ = services.customers.create(lan, CustomerInput(name="Lê Văn Cường", country="VN"))
    with pytest.raises(PermissionDenied):
        appointments.schedule(somsri, theirs.id, clock() + timedelta(hours=1), 60, "Hà Nội", "")
    with pytest.raises(PermissionDenied):
        appointments.for_customer(somsri, theirs.id)
    mine, _ = appointments.schedule(somsri, customer.id, clock() + timedelta(hours=1), 60, "Siam", "")
    with pytest.raises(PermissionDenied):
        appointments.cancel(lan, mine.id, mine.version)
    with pytest.raises(PermissionDenied):
        appointments.reschedule(lan, mine.id, mine.version, clock() + timedelta(hours=2), 60, "x", "")
    with pytest.raises(PermissionDenied):
        appointments.get(lan, mine.id)
    # a manager may book with anyone's customer (the appointment is the manager's) and change any
    booked, _ = appointments.schedule(admin, theirs.id, clock() + timedelta(hours=1), 60, "Hà Nội", "")
    assert booked.owner_id == admin.id
    appointments.cancel(admin, mine.id, mine.version)
