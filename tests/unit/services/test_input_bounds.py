"""Every kind of input is bounded the same way on SQLite and on the real PostgreSQL server: a name of 2,000
Thai letters, a 10 MB note, NUL and other control characters, an amount of 99999999999999999999, years 1
and 9999, a picture that only starts like one. Each refusal is the same plain message on both backends
(never the driver's text) and writes nothing; control characters are dropped."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from salesapp.db import models as m
from salesapp.domain.clock import to_db
from salesapp.domain.customers.customer_profile import CareKind
from salesapp.domain.enums import Currency
from salesapp.domain.errors import ValidationError
from salesapp.domain.followup import FollowUpRow
from salesapp.domain.limits import NOTE_CHARS, PREVIEW_CHARS
from salesapp.domain.opportunity import OpportunityInput
from salesapp.domain.orders.bill import BillInput, BillLineInput
from salesapp.domain.search import fold_query
from salesapp.domain.text import search_key
from salesapp.services.customers.customer_import import ImportMode
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.services.followup.intake import ContactRequestInput
from salesapp.services.registry import Services
from salesapp.services.shared.import_table import ImportTable
from tests.helpers.people import manager_of

LONG_NAME = "สมชาย" * 400  # 2,000 Thai letters: 6,000 bytes, over PostgreSQL's 2,704 of an index row
TEN_MB = "บันทึก " * (10 * 1024 * 1024 // 7)
NOTE_TOO_LONG = "A note can be at most 10,000 characters; this one has {count}."
NOTE_MAX = "ก" * NOTE_CHARS


def refused(call, *args, **kwargs) -> ValidationError:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as err:
        call(*args, **kwargs)
    return err.value


def counts() -> tuple[int, ...]:
    """Rows of every table a refused save could have written to."""
    tables = (m.Customer, m.CustomerNote, m.FollowUpNote, m.Activity, m.Appointment, m.Opportunity, m.Order)
    return tuple(t.select().count() for t in tables)


@pytest.fixture
def request_row(services: Services, admin) -> FollowUpRow:
    row, _ = services.intake.create_contact_request(
        admin, ContactRequestInput(name="วิไล ศรีสุข", phone="0898765432", message="ขอใบเสนอราคา")
    )
    return row


def test_customer_texts(services: Services, admin) -> None:
    before = counts()
    err = refused(services.customers.create, admin, CustomerInput(name=LONG_NAME))
    assert (err.field, err.message) == ("name", "A name can be at most 200 characters; this one has 2,000.")
    err = refused(services.customers.create, admin, CustomerInput(name="Lan", email="a" * 250 + "@x.vn"))
    assert (err.field, err.message) == ("email", "An e-mail address can be at most 254 characters.")
    err = refused(services.customers.create, admin, CustomerInput(name="Lan", address_line="ถนน" * 101))
    assert err.field == "address_line"
    assert err.message == "“ถนนถนนถนนถนนถนนถนนถนนถนน…” is too long: it can be at most 300 characters."
    err = refused(services.customers.create, admin, CustomerInput(name="Lan", bill_note=TEN_MB))
    assert err.field == "bill_note" and err.message == NOTE_TOO_LONG.format(count=f"{len(TEN_MB.strip()):,}")
    assert counts() == before
    # At the bounds it is saved; control characters (NUL above all) are dropped, not refused.
    name = "Nguyễn\x00 Thị\x07 Lan\u200b" + "n" * 184
    record, _ = services.customers.create(
        admin, CustomerInput(name=name, bill_note="ghi\x00 chú\x1b\ttab\r\nok", province="Hà\x00 Nội")
    )
    assert record.name == "Nguyễn Thị Lan" + "n" * 184 and len(record.name) == 198
    assert record.bill_note == "ghi chú\ttab\nok" and record.province == "Hà Nội"
    # The search key drops them too: a NUL typed into the search box finds, rather than fails.
    assert record.id in services.customer_list.hits(admin, fold_query("Lan\x00")).tolist()
    assert "\x00" not in search_key("a\x00b")


@pytest.mark.parametrize("year", [1, 1800, 9999])
def test_impossible_birth_dates(services: Services, admin, clock, year: int) -> None:
    before = counts()
    day = date(year, 1, 1)
    err = refused(services.customers.create, admin, CustomerInput(name="Lan", birth_date=day))
    assert err.field == "birth_date"
    assert err.message == "A birth date must be in the past, at most 120 years ago."
    assert counts() == before
    born, _ = services.customers.create(admin, CustomerInput(name="Lan", birth_date=date(1990, 4, 13)))
    assert born.birth_date == date(1990, 4, 13)


def test_follow_up_notes_and_times(services: Services, admin, request_row: FollowUpRow, clock) -> None:
    fid, version = request_row.id, request_row.version
    before = counts()
    err = refused(services.followups.add_note, admin, fid, version, TEN_MB)
    assert err.field == "note" and err.message == NOTE_TOO_LONG.format(count=f"{len(TEN_MB.strip()):,}")
    for year in (9999, clock().year + 3):
        err = refused(
            services.followups.add_note, admin, fid, version, "ok", datetime(year, 1, 1, tzinfo=UTC)
        )
        assert (err.field, err.message) == ("next_at", "Choose a time at most 2 years ahead.")
    err = refused(services.followups.close, admin, fid, version, "x" * (NOTE_CHARS + 1))
    assert err.message == NOTE_TOO_LONG.format(count="10,001")
    assert counts() == before
    row, _ = services.followups.add_note(admin, fid, version, NOTE_MAX, clock() + timedelta(days=700))
    assert services.followups.notes(manager_of(services), fid)[-1].text == NOTE_MAX
    activity = m.Activity.select().order_by(m.Activity.id.desc()).get()
    assert len(activity.summary) <= PREVIEW_CHARS and len(activity.changes) < 1000  # never the whole note
    assert len(row.last_note) <= PREVIEW_CHARS


def test_care_notes_and_appointments(services: Services, admin, clock) -> None:
    customer, _ = services.customers.create(admin, CustomerInput(name="สมศรี", phone="0812345678"))
    before = counts()
    err = refused(services.profiles.add_care, admin, customer.id, CareKind.CALL, TEN_MB)
    assert err.field == "text" and err.message.startswith("A note can be at most 10,000 characters")
    for when in (datetime(9999, 12, 31, tzinfo=UTC), clock() + timedelta(days=3 * 366)):
        err = refused(services.appointments.schedule, admin, customer.id, when, 60, "ร้าน", "")
        assert (err.field, err.message) == ("starts_at", "Choose a time at most 2 years ahead.")
    tomorrow = clock() + timedelta(days=1)
    err = refused(services.appointments.schedule, admin, customer.id, tomorrow, 60, "ร้าน" * 101, "")
    assert err.field == "place" and err.message.endswith("is too long: it can be at most 300 characters.")
    err = refused(services.appointments.schedule, admin, customer.id, tomorrow, 60, "", "x" * 10_001)
    assert err.field == "purpose"
    assert counts() == before


def test_opportunity_amounts_dates_and_notes(services: Services, admin, clock) -> None:
    customer, _ = services.customers.create(admin, CustomerInput(name="Trần Minh", country="VN"))
    before = counts()
    create = services.opportunities.create
    err = refused(create, admin, customer.id, OpportunityInput("Máy lọc nước", amount_minor=10**20))
    assert (err.field, err.message) == ("amount", "The expected amount is too large.")
    for year in (1, 9999):
        data = OpportunityInput("Máy lọc nước", expected_close=date(year, 1, 1))
        err = refused(create, admin, customer.id, data)
        assert (err.field, err.message) == ("expected_close", "Choose a date within 10 years of today.")
    err = refused(create, admin, customer.id, OpportunityInput("Máy lọc nước", notes=TEN_MB))
    assert err.field == "notes"
    assert counts() == before
    opportunity, _ = create(admin, customer.id, OpportunityInput("Máy lọc nước", notes=NOTE_MAX))
    err = refused(services.opportunities.add_note, admin, opportunity.id, TEN_MB)
    assert err.field == "text" and err.message.startswith("A note can be at most 10,000 characters")


def test_order_amounts_and_note(services: Services, admin) -> None:
    now = to_db(services.ctx.clock())
    pid = m.Product.insert(sku="S1", name="เซรั่ม", search_key="เซรั่ม", created_at=now, updated_at=now).execute()
    uid = m.ProductUnit.insert(product=pid, name="ขวด", factor=1, price_minor=59000, currency="THB").execute()
    customer, _ = services.customers.create(admin, CustomerInput(name="สมชาย", phone="0812345678"))
    line = BillLineInput(int(pid), int(uid), 1)
    bill = BillInput(customer.id, Currency.THB, (line,))
    before = counts()
    err = refused(services.orders.create, admin, BillInput(**{**bill.__dict__, "shipping_minor": 10**20}))
    assert err.field == "shipping"
    assert err.message == "The amount is too large: it can be at most ฿10,000,000,000,000.00."
    huge_discount = BillLineInput(int(pid), int(uid), 1, discount_minor=99999999999999999999)
    err = refused(services.orders.create, admin, BillInput(customer.id, Currency.THB, (huge_discount,)))
    assert err.field == "discount" and err.message.startswith("The amount is too large")
    err = refused(services.orders.create, admin, BillInput(customer.id, Currency.THB, (line,), note=TEN_MB))
    assert err.field == "note"
    assert counts() == before
    created, _ = services.orders.create(admin, BillInput(customer.id, Currency.THB, (line,), note=NOTE_MAX))
    assert m.Order.get_by_id(created.order_id).note == NOTE_MAX


def test_labels_tags_and_segments(services: Services, admin) -> None:
    err = refused(services.tags.create, admin, "VIP" * 21, "#ff0000")
    assert (err.field, err.message) == ("name", "A name can be at most 60 characters; this one has 63.")
    assert m.Tag.select().count() == 0
    tag, _ = services.tags.create(admin, "VIP\x00 ทอง", "#ff0000")
    assert tag.name == "VIP ทอง"


def test_import_rows_are_bounded_like_the_form(services: Services, admin) -> None:
    rows = [("สมชาย", "0811111111", "1990-01-01"), (LONG_NAME, "0812222222", ""), ("Lan", "", "9999-01-01")]
    table = ImportTable(("Name", "Phone", "Birth date"), rows, [2, 3, 4], "bounds.csv")
    mapping = {0: "name", 1: "phone", 2: "birth_date"}
    result, _ = services.customer_import.run(admin, table, mapping, ImportMode.CREATE, "TH")
    assert [(e.line, e.reason) for e in result.errors] == [
        (3, "A name can be at most 200 characters; this one has 2,000."),
        (4, "A birth date must be in the past, at most 120 years ago."),
    ]
    assert m.Customer.select().count() == 0


def test_requests_and_payment_notices_entered_by_hand(services: Services, admin, clock) -> None:
    from salesapp.services.followup.intake import PaymentNoticeInput

    before = counts()
    err = refused(
        services.intake.create_contact_request,
        admin,
        ContactRequestInput(name=LONG_NAME, phone="0898765432", message="ขอใบเสนอราคา"),
    )
    assert (err.field, err.message) == ("name", "A name can be at most 200 characters; this one has 2,000.")
    err = refused(
        services.intake.create_contact_request,
        admin,
        ContactRequestInput(name="วิไล ศรีสุข", phone="0898765432", message=TEN_MB),
    )
    assert err.field == "message"
    notice = PaymentNoticeInput(
        "สมชาย ใจดี", "0812345678", 99999999999999999999, Currency.THB, "กสิกรไทย", clock() - timedelta(hours=1)
    )
    err = refused(services.intake.create_payment_notice, admin, notice)
    assert err.field == "amount"
    assert err.message == "The amount is too large: it can be at most ฿10,000,000,000,000.00."
    assert counts() == before
