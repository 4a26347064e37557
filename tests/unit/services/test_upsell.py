"""The upsell queue and its cases: settings, new orders queued by the rules, queueing by hand, request
work, assigning, the list's tabs and counts; then working a case: the case screen, follow-up (feeding the
order's follow-up reminders), failed, success (upsell lines and totals), skip (release to shipping), give
back, tags, access and stale versions, notes with images, pins, calls and the history.

On SQLite and on the real PostgreSQL server (the db_url fixture).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from salesapp.db import models as m
from salesapp.domain.clock import to_db
from salesapp.domain.enums import Action, Channel, Currency, EntityKind, OrderStatus, Role
from salesapp.domain.errors import NotFound, PermissionDenied, StaleRecordError, ValidationError
from salesapp.domain.followup import FollowUpKind
from salesapp.domain.orders.bill import BillInput, BillLineInput
from salesapp.domain.text import search_key
from salesapp.domain.upsell import (
    DEFAULT_FAILURE_REASONS,
    DEFAULT_SKIP_REASONS,
    MAX_IMAGE_BYTES,
    NOT_TAKEN,
    Distribution,
    NoteImageInput,
    UpsellLineInput,
    UpsellRules,
    UpsellSettings,
    UpsellSource,
    UpsellStatus,
)
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.services.registry import Services
from salesapp.services.upsell.upsell_list import UpsellFilter
from tests.helpers.images import PNG_GARBAGE, jpeg_bytes, noise_png, png_bytes
from tests.helpers.people import manager_of

S = UpsellStatus


def add_product(services: Services, sku: str, name: str, category: str, units) -> dict[str, int]:
    """A product with units (name, price, currency); returns {"id": …, unit name: unit id}."""
    now = to_db(services.ctx.clock())
    pid = m.Product.insert(
        sku=sku, name=name, search_key=search_key(name), category=category, created_at=now, updated_at=now
    ).execute()
    ids = {"id": int(pid)}
    for unit, price, currency in units:
        ids[unit] = int(
            m.ProductUnit.insert(
                product=pid, name=unit, factor=1, price_minor=price, currency=currency
            ).execute()
        )
    return ids


@pytest.fixture
def products(services: Services) -> dict[str, dict[str, int]]:
    return {
        "serum": add_product(services, "SER", "เซรั่มวิตามินซี 30ml", "skin", [("ขวด", 59000, "THB")]),
        "soap": add_product(services, "SOAP", "สบู่สมุนไพรขมิ้น", "soap", [("ก้อน", 8900, "THB")]),
        "coffee": add_product(services, "CAF", "Cà phê Robusta 500g", "food", [("gói", 180000, "VND")]),
    }


@pytest.fixture
def boss(services: Services, admin):
    user, _ = services.users.create_user(admin, "boss", "หัวหน้า วันดี", Role.MANAGER, "secret-pass")
    return user


@pytest.fixture
def somsri(services: Services, admin):
    user, _ = services.users.create_user(admin, "somsri", "สมศรี ขายเก่ง", Role.SALES, "secret-pass")
    return user


@pytest.fixture
def anan(services: Services, admin):
    user, _ = services.users.create_user(admin, "anan", "อนันต์", Role.SALES, "secret-pass")
    return user


@pytest.fixture
def customer(services: Services, admin):
    record, _ = services.customers.create(
        admin, CustomerInput(name="สมชาย ใจดี", phone="081-234-5678", channel=Channel.LINE)
    )
    return record


def enable(services: Services, actor, **rules) -> UpsellSettings:
    """Switch the rules on (every new order matches unless conditions are given)."""
    current = services.upsell_settings.get()
    wanted = replace(current, rules=UpsellRules(enabled=True, **rules))
    saved, _ = services.upsell_settings.save(actor, wanted, current.version)
    return saved


def distribution(services: Services, actor, per_request: int, max_open: int) -> None:
    current = services.upsell_settings.get()
    services.upsell_settings.save(
        actor, replace(current, distribution=Distribution(per_request, max_open)), current.version
    )


def new_order(services: Services, actor, customer, products, quantity: int = 1, payment: str = ""):
    """An order of `quantity` serums; returns (OrderCreated, ChangeSet)."""
    serum = products["serum"]
    line = BillLineInput(serum["id"], serum["ขวด"], quantity)
    bill = BillInput(customer.id, Currency.THB, (line,), 4000, payment_method=payment)
    return services.orders.create(actor, bill)


def queued(services: Services, actor, customer, products, n: int) -> list[int]:
    """`n` new orders queued by the rules (switched on here); their case ids, oldest first."""
    enable(services, actor)
    out = []
    for _ in range(n):
        _, changes = new_order(services, actor, customer, products)
        (case_id,) = changes.ids(EntityKind.UPSELL_CASE)
        out.append(case_id)
        services.ctx.clock.advance(minutes=1)  # type: ignore[attr-defined]
    return out


def status(case_id: int) -> tuple[str, int | None]:
    row = m.UpsellCase.get_by_id(case_id)
    return row.status, row.assignee_id


# -- settings ------------------------------------------------------------------------------------------
def test_settings_defaults_save_version_and_access(services: Services, admin, somsri) -> None:
    first = services.upsell_settings.get()
    assert first.version == 0 and not first.rules.enabled and first.distribution == Distribution(5, 20)
    with pytest.raises(PermissionDenied):
        services.upsell_settings.save(somsri, first, 0)
    wanted = replace(first, failure_reasons=(" ลูกค้า ไม่สนใจ ", "Khách bận"), distribution=Distribution(3, 9))
    saved, changes = services.upsell_settings.save(admin, wanted, 0)
    assert saved.version == 1 and saved.failure_reasons == ("ลูกค้า ไม่สนใจ", "Khách bận")
    assert services.upsell_settings.get() == saved
    assert changes.ids(EntityKind.SETTING)
    with pytest.raises(StaleRecordError):
        services.upsell_settings.save(admin, wanted, 0)  # another manager saved first
    with pytest.raises(ValidationError) as err:
        services.upsell_settings.save(admin, replace(saved, skip_reasons=()), 1)
    assert err.value.field == "skip_reasons" and services.upsell_settings.get().version == 1
    services.upsell_settings.save(admin, saved, 1)
    assert services.upsell_settings.get().version == 2
    assert m.Activity.select().where(m.Activity.entity == EntityKind.SETTING.value).count() == 2


# -- entering the queue --------------------------------------------------------------------------------
def test_new_orders_enter_pending_only_when_they_match(services: Services, admin, customer, products) -> None:
    created, changes = new_order(services, admin, customer, products)
    assert not changes.ids(EntityKind.UPSELL_CASE) and m.UpsellCase.select().count() == 0  # switched off
    enable(services, admin, channels=frozenset({"facebook"}))
    _, changes = new_order(services, admin, customer, products)
    assert not changes.ids(EntityKind.UPSELL_CASE)  # a LINE customer
    enable(services, admin, channels=frozenset({"line"}), categories=frozenset({"skin"}))
    created, changes = new_order(services, admin, customer, products)
    (case_id,) = changes.ids(EntityKind.UPSELL_CASE)
    case = m.UpsellCase.get_by_id(case_id)
    assert (case.order_id, case.status, case.source, case.customer_id) == (
        created.order_id,
        "pending",
        "rule",
        customer.id,
    )
    (row,) = services.history.for_record(manager_of(services), EntityKind.UPSELL_CASE, case_id)
    assert row.action is Action.QUEUED and row.user_name == "Admin Ann"
    enable(services, admin, min_total_minor=200_000)  # one serum (590 ฿ + 40 ฿ shipping) is below
    _, changes = new_order(services, admin, customer, products)
    assert not changes.ids(EntityKind.UPSELL_CASE)
    _, changes = new_order(services, admin, customer, products, quantity=4)
    assert changes.ids(EntityKind.UPSELL_CASE)
    enable(services, admin, payment_methods=frozenset({"cod"}))  # cash on delivery, chosen on the bill
    _, changes = new_order(services, admin, customer, products, payment="bank_transfer")
    assert not changes.ids(EntityKind.UPSELL_CASE)
    created, changes = new_order(services, admin, customer, products, payment="cod")
    assert changes.ids(EntityKind.UPSELL_CASE)
    assert m.Order.get_by_id(created.order_id).payment_method == "cod"
    with pytest.raises(ValidationError):
        new_order(services, admin, customer, products, payment="gold bars")


def test_select_orders_into_upsell(services: Services, admin, somsri, customer, products) -> None:
    first, _ = new_order(services, admin, customer, products)
    second, _ = new_order(services, admin, customer, products)
    shipped, _ = new_order(services, admin, customer, products)
    m.Order.update(status=OrderStatus.SHIPPED.value).where(m.Order.id == shipped.order_id).execute()
    with pytest.raises(PermissionDenied):
        services.upsell.candidates(somsri)
    assert [c.order_id for c in services.upsell.candidates(admin)] == [second.order_id, first.order_id]
    assert [c.order_id for c in services.upsell.candidates(admin, first.number.lower())] == [first.order_id]
    assert len(services.upsell.candidates(admin, "สมชาย")) == 2
    assert len(services.upsell.candidates(admin, "0812345678")) == 2
    assert services.upsell.candidates(admin, "nobody") == []
    with pytest.raises(ValidationError) as err:
        services.upsell.queue_orders(admin, [first.order_id, shipped.order_id])
    assert err.value.field == "orders" and shipped.number in err.value.message
    assert m.UpsellCase.select().count() == 0  # nothing written
    with pytest.raises(PermissionDenied):
        services.upsell.queue_orders(somsri, [first.order_id])
    ids, changes = services.upsell.queue_orders(admin, [first.order_id])
    again, _ = services.upsell.queue_orders(admin, [first.order_id, second.order_id])
    assert len(ids) == 1 and len(again) == 1 and changes.ids(EntityKind.UPSELL_CASE) == set(ids)
    assert {c.source for c in m.UpsellCase.select()} == {UpsellSource.MANUAL.value}
    assert services.upsell.candidates(admin) == []


# -- request work and assign ---------------------------------------------------------------------------
def test_request_work_gives_the_oldest_up_to_the_limits(
    services: Services, admin, somsri, anan, customer, products
) -> None:
    cases = queued(services, admin, customer, products, 7)
    distribution(services, admin, 3, 5)
    got, changes = services.upsell.request_work(somsri)
    assert got == cases[:3] and changes.ids(EntityKind.UPSELL_CASE) == set(got)
    assert all(status(c) == ("assigned", somsri.id) for c in got)
    more, _ = services.upsell.request_work(somsri)
    assert more == cases[3:5]  # only 2 more: max_open 5
    with pytest.raises(ValidationError) as err:
        services.upsell.request_work(somsri)
    assert err.value.field == "max_open"
    rest, _ = services.upsell.request_work(anan)
    assert rest == cases[5:]
    assert services.upsell.request_work(anan)[0] == []  # nothing pending
    history = services.history.for_record(manager_of(services), EntityKind.UPSELL_CASE, cases[0])
    assert [h.action for h in history] == [Action.ASSIGNED, Action.QUEUED]
    assert history[0].changes["assignee"] == (None, "สมศรี ขายเก่ง")


def test_manager_assigns_pending_cases(
    services: Services, admin, boss, somsri, anan, customer, products
) -> None:
    cases = queued(services, admin, customer, products, 4)
    distribution(services, admin, 5, 3)
    with pytest.raises(PermissionDenied):
        services.upsell.assign(somsri, cases[:1], somsri.id)
    with pytest.raises(ValidationError) as err:
        services.upsell.assign(boss, cases, anan.id)  # 4 > max_open 3
    assert err.value.field == "max_open"
    services.upsell.request_work(somsri)  # takes all 3 it may hold: cases 0-2
    with pytest.raises(ValidationError) as err:
        services.upsell.assign(boss, [cases[2], cases[3]], anan.id)
    assert err.value.field == "status" and status(cases[3]) == ("pending", None)  # nothing written
    count, changes = services.upsell.assign(boss, [cases[3]], anan.id)
    assert count == 1 and changes.ids(EntityKind.UPSELL_CASE) == {cases[3]}
    assert status(cases[3]) == ("assigned", anan.id)
    m.User.update(active=False).where(m.User.id == anan.id).execute()
    with pytest.raises(ValidationError) as err:
        services.upsell.assign(boss, [cases[3]], anan.id)
    assert err.value.field == "user"
    assert [u.username for u in services.upsell.staff(boss)] == ["admin", "somsri", "boss"]  # by display name


# -- the list ------------------------------------------------------------------------------------------
def test_tabs_counts_and_what_sales_staff_see(
    services: Services, admin, somsri, anan, customer, products
) -> None:
    cases = queued(services, admin, customer, products, 5)
    distribution(services, admin, 2, 20)
    services.upsell.request_work(somsri)  # 0, 1
    services.upsell.request_work(anan)  # 2, 3
    lists = services.upsell_list
    counts = {c.status: c.count for c in lists.counts(admin)}
    assert counts == {S.PENDING: 1, S.ASSIGNED: 4, S.FOLLOW_UP: 0, S.SUCCESS: 0, S.FAILED: 0, S.SKIPPED: 0}
    assert {c.status: c.count for c in lists.counts(somsri)}[S.ASSIGNED] == 2
    assert {c.status: c.count for c in lists.counts(admin, anan.id)}[S.ASSIGNED] == 2
    everyone = lists.visible_filter(admin, UpsellFilter(S.ASSIGNED))
    assert list(lists.ids(manager_of(services), everyone)) == cases[:4]
    own = lists.visible_filter(somsri, UpsellFilter(S.ASSIGNED))  # asking for everyone's: gets their own
    assert own.assignee == somsri.id and list(lists.ids(manager_of(services), own)) == cases[:2]
    pending = lists.visible_filter(somsri, UpsellFilter(S.PENDING))
    (row,) = lists.first_page(manager_of(services), pending)
    assert row.id == cases[4] and row.customer_name == "สมชาย ใจดี" and row.order_total_minor == 63000
    assert row.currency is Currency.THB and row.channel is Channel.LINE and row.assignee_name == ""
    first = lists.first_page(manager_of(services), own)[0]
    assert first.assignee_name == "สมศรี ขายเก่ง" and first.assigned_at == services.ctx.clock()
    assert lists.count(manager_of(services), everyone) == 4
    assert lists.rows(admin, [cases[1], 999_999, cases[0]])[0].id == cases[1]


# -- working a case -------------------------------------------------------------------------------------

PNG = png_bytes()
JPEG = jpeg_bytes()
GIF = b"GIF89a" + b"\0" * 64


@pytest.fixture
def case(services: Services, admin, somsri, customer, products):
    """A case somsri requested: its list row."""
    (case_id,) = queued(services, admin, customer, products, 1)
    services.upsell.request_work(somsri)
    return services.upsell.row(somsri, case_id)


def actions(services: Services, case_id: int) -> list[Action]:
    return [h.action for h in services.upsell.history(services.users.list_users()[0], case_id)]


def test_case_screen(services: Services, somsri, case) -> None:
    m.Order.update(carrier="Kerry Express", tags="vip,ของแตกง่าย", payment_method="cod").where(
        m.Order.id == case.order_id
    ).execute()
    detail = services.upsell.detail(somsri, case.id)
    assert detail.case.status is UpsellStatus.ASSIGNED and detail.case.assignee_name == "สมศรี ขายเก่ง"
    assert detail.customer.name == "สมชาย ใจดี" and detail.customer.phone == "+66812345678"
    order = detail.order
    assert (
        order.carrier == "Kerry Express"
        and order.tags == ("vip", "ของแตกง่าย")
        and order.payment_method == "cod"
    )
    assert len(order.original_lines) == 1 and order.upsell_lines == ()
    assert (order.original_total_minor, order.upsell_total_minor, order.total_minor) == (63000, 0, 63000)
    assert detail.failure_reasons == DEFAULT_FAILURE_REASONS and detail.running_call is None


def test_success_adds_upsell_lines_and_grows_the_totals(services: Services, somsri, case, products) -> None:
    soap = products["soap"]
    bad = [
        ([], "lines"),
        ([UpsellLineInput(soap["ก้อน"], 0)], "quantity"),
        ([UpsellLineInput(products["coffee"]["gói"], 1)], "unit"),  # priced in VND, the order is THB
        ([UpsellLineInput(999_999, 1)], "unit"),
    ]
    for lines, field in bad:
        with pytest.raises(ValidationError) as err:
            services.upsell.succeed(somsri, case.id, case.version, lines)
        assert err.value.field == field
    assert m.OrderLine.select().count() == 1 and m.UpsellCase.get_by_id(case.id).status == "assigned"
    row, changes = services.upsell.succeed(
        somsri,
        case.id,
        case.version,
        [UpsellLineInput(soap["ก้อน"], 3), UpsellLineInput(products["serum"]["ขวด"], 1)],
    )
    assert row.status is UpsellStatus.SUCCESS and row.upsell_minor == 3 * 8900 + 59000 and row.closed_at
    assert changes.ids(EntityKind.ORDER) == {case.order_id} and changes.ids(EntityKind.UPSELL_CASE) == {
        case.id
    }
    order = services.upsell.detail(somsri, case.id).order
    assert [(x.position, x.quantity) for x in order.upsell_lines] == [(2, 3), (3, 1)]
    assert (order.original_total_minor, order.upsell_total_minor, order.total_minor) == (63000, 85700, 148700)
    stored = m.Order.get_by_id(case.order_id)
    assert stored.subtotal_minor == 59000 + 85700 and stored.version == 2
    assert (
        services.history.for_record(manager_of(services), EntityKind.ORDER, case.order_id)[0].action
        is Action.UPDATED
    )
    with pytest.raises(ValidationError) as err:  # finished: no more moves
        services.upsell.fail(somsri, case.id, row.version, DEFAULT_FAILURE_REASONS[0])
    assert err.value.field == "status"


def test_failed_needs_a_reason_from_the_list(services: Services, somsri, case) -> None:
    for reason in ("", "made up"):
        with pytest.raises(ValidationError) as err:
            services.upsell.fail(somsri, case.id, case.version, reason)
        assert err.value.field == "reason"
    row, _ = services.upsell.fail(somsri, case.id, case.version, DEFAULT_FAILURE_REASONS[1])
    assert row.status is UpsellStatus.FAILED and row.reason == DEFAULT_FAILURE_REASONS[1]
    assert actions(services, case.id)[0] is Action.STATUS_CHANGED


def test_follow_up_feeds_the_orders_follow_up_reminders(
    services: Services, admin, somsri, case, clock
) -> None:
    with pytest.raises(ValidationError) as err:
        services.upsell.follow_up(
            somsri, case.id, case.version, "ลูกค้าไม่สะดวกคุย", clock() - timedelta(hours=1)
        )
    assert err.value.field == "next_call_at"
    later = clock() + timedelta(hours=3, seconds=20)
    row, changes = services.upsell.follow_up(somsri, case.id, case.version, " ลูกค้าไม่สะดวกคุย ", later)
    assert row.status is UpsellStatus.FOLLOW_UP and row.reason == "ลูกค้าไม่สะดวกคุย"
    assert row.next_call_at == later.replace(second=0)
    fu = m.FollowUp.get(
        (m.FollowUp.kind == FollowUpKind.ORDER.value) & (m.FollowUp.subject_id == case.order_id)
    )
    assert fu.owner_id == somsri.id and changes.ids(EntityKind.FOLLOWUP) == {fu.id}
    (note,) = services.followups.notes(manager_of(services), fu.id)
    assert note.text == "ลูกค้าไม่สะดวกคุย" and note.next_at == row.next_call_at
    due = services.followup_list.became_due(somsri, clock(), clock() + timedelta(hours=4))
    assert [d.id for d in due] == [fu.id]
    again, _ = services.upsell.follow_up(
        somsri, case.id, row.version, "Gọi lại chiều mai", later + timedelta(days=1)
    )
    assert again.status is UpsellStatus.FOLLOW_UP
    assert len(services.followups.notes(manager_of(services), fu.id)) == 2


def test_skip_releases_a_confirmed_order_and_refuses_an_awaiting_one(
    services: Services, somsri, case
) -> None:
    with pytest.raises(ValidationError) as err:
        services.upsell.skip(somsri, case.id, case.version, DEFAULT_SKIP_REASONS[0])
    assert (
        err.value.field == "order"
        and "Confirm" in err.value.message
        and case.order_number in err.value.message
    )
    assert m.UpsellCase.get_by_id(case.id).status == "assigned"
    m.Order.update(status=OrderStatus.CONFIRMED.value).where(m.Order.id == case.order_id).execute()
    with pytest.raises(ValidationError):
        services.upsell.skip(somsri, case.id, case.version, "not listed")
    row, changes = services.upsell.skip(somsri, case.id, case.version, DEFAULT_SKIP_REASONS[0])
    assert row.status is UpsellStatus.SKIPPED and changes.ids(EntityKind.ORDER) == {case.order_id}
    released = services.history.for_record(manager_of(services), EntityKind.ORDER, case.order_id)[0]
    assert "released_to_shipping" in released.changes
    assert m.Order.get_by_id(case.order_id).status == "confirmed"


def test_give_back_returns_to_pending_keeping_its_place(services: Services, somsri, anan, case) -> None:
    row, _ = services.upsell.give_back(somsri, case.id, case.version)
    assert row.status is UpsellStatus.PENDING and row.assignee_id is None and row.queued_at == case.queued_at
    assert actions(services, case.id)[0] is Action.GIVEN_BACK
    with pytest.raises(PermissionDenied):  # not hers any more
        services.upsell.fail(somsri, case.id, row.version, DEFAULT_FAILURE_REASONS[0])
    assert services.upsell.request_work(anan)[0] == [case.id]


def test_illegal_move_message(services: Services, admin, somsri, case) -> None:
    row, _ = services.upsell.give_back(admin, case.id, case.version)  # a manager may act on any case
    with pytest.raises(ValidationError) as err:
        services.upsell.fail(admin, case.id, row.version, DEFAULT_FAILURE_REASONS[0])
    assert err.value.text == NOT_TAKEN


def test_access_and_stale_versions(services: Services, admin, somsri, anan, case) -> None:
    for call in (
        lambda: services.upsell.detail(anan, case.id),
        lambda: services.upsell.fail(anan, case.id, case.version, DEFAULT_FAILURE_REASONS[0]),
        lambda: services.upsell.add_note(anan, case.id, "hi"),
        lambda: services.upsell.start_call(anan, case.id),
    ):
        with pytest.raises(PermissionDenied):
            call()
    services.upsell.set_tags(admin, case.id, case.version, ["vip"])  # another desktop
    with pytest.raises(StaleRecordError) as err:
        services.upsell.fail(somsri, case.id, case.version, DEFAULT_FAILURE_REASONS[0])
    assert "Admin Ann" in err.value.message and m.UpsellCase.get_by_id(case.id).status == "assigned"
    with pytest.raises(NotFound):
        services.upsell.detail(admin, 999_999)


def test_tags(services: Services, somsri, case) -> None:
    row, _ = services.upsell.set_tags(somsri, case.id, case.version, ["ลูกค้าประจำ", " vip ", "vip"])
    assert row.tags == ("vip", "ลูกค้าประจำ")
    row, _ = services.upsell.set_tags(somsri, case.id, row.version, ["vip", "COD"])
    assert row.tags == ("COD", "vip")
    history = services.upsell.history(somsri, case.id)
    assert [h.action for h in history[:3]] == [Action.UNTAGGED, Action.TAGGED, Action.TAGGED]
    assert history[0].summary == "ลูกค้าประจำ"


def test_note_pictures_must_decode_and_are_bounded_together(services: Services, somsri, case) -> None:
    photo = noise_png(7 * 1024 * 1024)  # within one picture's 8 MB; four of them are 28 MB
    err = _refusal(services, somsri, case.id, [NoteImageInput(f"{i}.png", photo) for i in range(4)])
    assert err.field == "image"
    assert err.message == "The pictures of one note can be at most 25 MB together; these are 28.0 MB."
    err = _refusal(
        services, somsri, case.id, [NoteImageInput("ok.png", PNG), NoteImageInput("x.png", PNG_GARBAGE)]
    )
    assert err.message == "“x.png” is damaged or incomplete: it cannot be shown as a picture."
    err = _refusal(services, somsri, case.id, [NoteImageInput("cut.jpg", JPEG[:-40])])
    assert err.message == "“cut.jpg” is damaged or incomplete: it cannot be shown as a picture."
    assert m.UpsellNote.select().count() == 0 and m.UpsellNoteImage.select().count() == 0
    note, _ = services.upsell.add_note(
        somsri, case.id, "", [NoteImageInput(f"{i}.png", photo) for i in range(3)]
    )
    assert [i.size for i in note.images] == [len(photo)] * 3


def _refusal(services: Services, actor, case_id: int, images) -> ValidationError:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as err:
        services.upsell.add_note(actor, case_id, "รูป", images)
    return err.value


def test_notes_images_pins_and_deleting(services: Services, admin, somsri, anan, case, clock) -> None:
    with pytest.raises(ValidationError) as err:
        services.upsell.add_note(somsri, case.id, "  \n ")
    assert err.value.field == "note"
    refused = [
        [NoteImageInput("a.png", PNG)] * 13,
        [NoteImageInput("ok.png", PNG), NoteImageInput("anim.gif", GIF)],
        [NoteImageInput("huge.jpg", JPEG + b"\0" * MAX_IMAGE_BYTES)],
        [NoteImageInput("thumb.png", PNG, thumb=GIF)],
    ]
    for images in refused:
        with pytest.raises(ValidationError) as err:
            services.upsell.add_note(somsri, case.id, "รูป", images)
        assert err.value.field == "image"
    assert "anim.gif" in _message(services, somsri, case.id, refused[1])
    assert m.UpsellNote.select().count() == 0 and m.UpsellNoteImage.select().count() == 0
    first, _ = services.upsell.add_note(somsri, case.id, "ลูกค้าขอให้โทรพรุ่งนี้ 🙏", [])
    clock.advance(minutes=1)
    images = [NoteImageInput("slip.png", PNG, thumb=PNG), NoteImageInput("ảnh.jpg", JPEG)]
    second, changes = services.upsell.add_note(somsri, case.id, "Khách gửi ảnh", images)
    assert changes.ids(EntityKind.UPSELL_CASE) == {case.id}
    assert [(i.name, i.mime, i.size, i.thumb) for i in second.images] == [
        ("slip.png", "image/png", len(PNG), PNG), ("ảnh.jpg", "image/jpeg", len(JPEG), None),
    ]  # fmt: skip
    full = services.upsell.image(somsri, second.images[1].id)
    assert full.data == JPEG and full.mime == "image/jpeg"
    assert [n.id for n in services.upsell.notes(somsri, case.id)] == [second.id, first.id]  # newest first
    pinned, _ = services.upsell.set_pinned(somsri, first.id, True)
    assert pinned.pinned and [n.id for n in services.upsell.notes(somsri, case.id)] == [first.id, second.id]
    services.upsell.set_pinned(somsri, first.id, False)
    with pytest.raises(PermissionDenied):
        services.upsell.delete_note(anan, second.id)
    services.upsell.delete_note(somsri, second.id)
    assert [n.id for n in services.upsell.notes(somsri, case.id)] == [first.id]
    with pytest.raises(NotFound):
        services.upsell.image(somsri, second.images[0].id)
    assert services.upsell.row(somsri, case.id).note_count == 1
    assert actions(services, case.id)[:5] == [
        Action.NOTE_DELETED, Action.NOTE_UNPINNED, Action.NOTE_PINNED, Action.NOTE_ADDED, Action.NOTE_ADDED,
    ]  # fmt: skip


def _message(services: Services, actor, case_id: int, images) -> str:
    try:
        services.upsell.add_note(actor, case_id, "x", images)
    except ValidationError as exc:
        return exc.message
    return ""


def test_calls_are_timed_and_kept(services: Services, somsri, case, clock) -> None:
    call, _ = services.upsell.start_call(somsri, case.id)
    assert call.ended_at is None and call.user_name == "สมศรี ขายเก่ง"
    assert services.upsell.start_call(somsri, case.id)[0].id == call.id  # already running
    assert services.upsell.detail(somsri, case.id).running_call == call
    clock.advance(minutes=2, seconds=5)
    stopped, changes = services.upsell.stop_call(somsri, call.id)
    assert stopped.seconds == 125 and stopped.ended_at == clock() and changes.ids(EntityKind.UPSELL_CASE)
    with pytest.raises(ValidationError):
        services.upsell.stop_call(somsri, call.id)
    assert services.upsell.calls(somsri, case.id) == [stopped]
    assert services.upsell.row(somsri, case.id).call_count == 1
    called = services.upsell.history(somsri, case.id)[0]
    assert called.action is Action.CALLED and called.changes["seconds"] == (None, 125)
