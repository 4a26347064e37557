"""The order's life through OrderLifecycleService: each step with its stamps and activity row, stale and
foreign refusals writing nothing, bulk steps with per-order refusals, upsell Skip releasing a confirmed
order to packing, and the detail the Orders pane shows. On SQLite and on the real PostgreSQL server."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from salesapp.db import models as m
from salesapp.domain.clock import to_db
from salesapp.domain.enums import Action, Channel, Currency, EntityKind, OrderStatus, Role
from salesapp.domain.errors import NotFound, PermissionDenied, StaleRecordError, ValidationError
from salesapp.domain.orders.bill import BillInput, BillLineInput
from salesapp.domain.orders.lifecycle import HELD, OrderAction, PackInput
from salesapp.domain.text import search_key
from salesapp.domain.upsell import DEFAULT_SKIP_REASONS, UpsellRules, UpsellStatus
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.services.orders import order_lifecycle
from salesapp.services.registry import Services

DAY = date(2026, 11, 23)


@pytest.fixture
def unit(services: Services) -> tuple[int, int]:
    now = to_db(services.ctx.clock())
    name = "เซรั่มวิตามินซี 30ml"
    pid = m.Product.insert(
        sku="SER", name=name, search_key=search_key(name), created_at=now, updated_at=now
    ).execute()
    uid = m.ProductUnit.insert(product=pid, name="ขวด", price_minor=59000, currency="THB").execute()
    return int(pid), int(uid)


@pytest.fixture
def somsri(services: Services, admin):
    return services.users.create_user(admin, "somsri", "สมศรี ขายเก่ง", Role.SALES, "secret-pass")[0]


@pytest.fixture
def anan(services: Services, admin):
    return services.users.create_user(admin, "anan", "อนันต์ ใจดี", Role.SALES, "secret-pass")[0]


@pytest.fixture
def customer(services: Services, somsri):
    record, _ = services.customers.create(
        somsri, CustomerInput(name="Nguyễn Thị Lan", phone="081-234-5678", channel=Channel.LINE)
    )
    m.Customer.update(address_line="99/1 ถนนสุขุมวิท", province="กรุงเทพมหานคร", postcode="10110").where(
        m.Customer.id == record.id
    ).execute()
    return record


def new_order(services: Services, actor, customer, unit, quantity: int = 1) -> int:
    bill = BillInput(customer.id, Currency.THB, (BillLineInput(unit[0], unit[1], quantity),))
    return services.orders.create(actor, bill)[0].order_id


def version(order_id: int) -> int:
    return int(m.Order.get_by_id(order_id).version)


def activities(order_id: int) -> list[tuple[str, str]]:
    a = m.Activity
    query = a.select(a.action, a.changes).where((a.entity == "order") & (a.entity_id == order_id))
    return [(r[0], r[1]) for r in query.order_by(a.id).tuples()]


def test_the_whole_life_with_stamps_and_history(services: Services, somsri, customer, unit, clock) -> None:
    life = services.order_life
    oid = new_order(services, somsri, customer, unit)
    state, changes = life.confirm(somsri, oid, 1)
    assert state.status is OrderStatus.CONFIRMED and state.confirmed_at == clock() and state.version == 2
    assert changes.ids(EntityKind.ORDER) == {oid} and changes.ids(EntityKind.CUSTOMER) == {customer.id}
    assert state.allowed == {OrderAction.PACK, OrderAction.CANCEL}
    clock.advance(hours=1)
    state, _ = life.pack(somsri, oid, 2, PackInput(" Kerry Express ", "KEX123", DAY))
    assert (state.status, state.carrier, state.tracking_number, state.packed_on) == (
        OrderStatus.PACKED, "Kerry Express", "KEX123", DAY,
    )  # fmt: skip
    assert state.packed_at == clock() and state.allowed == {OrderAction.SHIP}
    state, _ = life.ship(somsri, oid, 3)
    assert state.status is OrderStatus.SHIPPED and state.shipped_at == clock()
    state, _ = life.deliver(somsri, oid, 4)
    assert state.status is OrderStatus.DELIVERED and state.allowed == {OrderAction.RETURN}
    line_id = m.OrderLine.get(m.OrderLine.order == oid).id
    state, _ = life.return_order(somsri, oid, 5, "  สินค้าเสียหาย ", [line_id])
    assert state.status is OrderStatus.RETURNED and state.return_reason == "สินค้าเสียหาย"
    assert m.OrderLine.get_by_id(line_id).returned and state.allowed == frozenset()
    steps = [json.loads(c) for a, c in activities(oid) if a == Action.STATUS_CHANGED.value]
    assert [tuple(c["status"]) for c in steps] == [
        ("awaiting", "confirmed"), ("confirmed", "packed"), ("packed", "shipped"), ("shipped", "delivered"),
        ("delivered", "returned"),
    ]  # fmt: skip
    assert steps[1]["tracking_number"] == [None, "KEX123"] and steps[4]["lines"][1] == [
        "เซรั่มวิตามินซี 30ml (ขวด)"
    ]
    assert steps[4]["return_reason"] == [None, "สินค้าเสียหาย"]
    detail = life.detail(somsri, oid)
    assert detail.returned_line_ids == {line_id} and detail.life.status is OrderStatus.RETURNED
    assert [h.action for h in detail.history][:2] == [Action.STATUS_CHANGED, Action.STATUS_CHANGED]


def test_stale_screen_is_refused_naming_who_and_writes_nothing(
    services: Services, admin, somsri, customer, unit
) -> None:
    oid = new_order(services, somsri, customer, unit)
    services.order_life.confirm(admin, oid, 1)  # the manager confirmed it on another desktop
    before = activities(oid)
    with pytest.raises(StaleRecordError) as err:
        services.order_life.cancel(somsri, oid, 1, "ลูกค้าเปลี่ยนใจ")
    assert err.value.changed_by == "Admin Ann"
    assert m.Order.get_by_id(oid).status == "confirmed" and activities(oid) == before


def test_a_step_the_machine_refuses_writes_nothing(services: Services, somsri, customer, unit) -> None:
    oid = new_order(services, somsri, customer, unit)
    for call in (
        lambda: services.order_life.ship(somsri, oid, 1),
        lambda: services.order_life.pack(somsri, oid, 1, PackInput("Kerry", "", DAY)),
        lambda: services.order_life.return_order(somsri, oid, 1, "x", [1]),
    ):
        with pytest.raises(ValidationError):
            call()
    with pytest.raises(ValidationError) as err:
        services.order_life.cancel(somsri, oid, 1, "   ")
    assert err.value.field == "reason"
    assert version(oid) == 1 and [a for a, _ in activities(oid)] == ["created"]


def test_sales_staff_act_on_their_own_orders_only(
    services: Services, admin, somsri, anan, customer, unit
) -> None:
    oid = new_order(services, somsri, customer, unit)
    for call in (
        lambda: services.order_life.confirm(anan, oid, 1),
        lambda: services.order_life.detail(anan, oid),
        lambda: services.order_life.cancel(anan, oid, 1, "x"),
    ):
        with pytest.raises((PermissionDenied, NotFound)):  # NotFound: PostgreSQL's row security hides it
            call()
    assert version(oid) == 1
    with pytest.raises(NotFound):
        services.order_life.confirm(admin, oid + 100, 1)
    state, _ = services.order_life.confirm(admin, oid, 1)  # managers and administrators act on all
    assert state.status is OrderStatus.CONFIRMED


def test_bulk_confirm_moves_what_it_may_and_names_the_rest(
    services: Services, somsri, anan, customer, unit
) -> None:
    mine = [new_order(services, somsri, customer, unit) for _ in range(4)]
    other_customer, _ = services.customers.create(anan, CustomerInput(name="Trần Văn Minh"))
    theirs = new_order(services, anan, other_customer, unit)
    services.order_life.confirm(somsri, mine[0], 1)  # already confirmed on another desktop
    outcome, changes = services.order_life.confirm_many(somsri, [*mine, theirs, 999_999])
    assert outcome.moved == tuple(mine[1:])
    refused = {r.order_id: r for r in outcome.refused}
    assert set(refused) == {mine[0], theirs, 999_999}
    number = m.Order.get_by_id(mine[0]).number
    assert refused[mine[0]].number == number and number in refused[mine[0]].error.message
    assert refused[theirs].number == "" and isinstance(refused[theirs].error, PermissionDenied | NotFound)
    assert isinstance(refused[999_999].error, NotFound)
    assert changes.ids(EntityKind.ORDER) == set(mine[1:])
    for oid in mine[1:]:
        row = m.Order.get_by_id(oid)
        assert row.status == "confirmed" and row.version == 2 and row.confirmed_at is not None
        assert [a for a, _ in activities(oid)] == ["created", "status_changed"]
    assert m.Order.get_by_id(theirs).status == "awaiting" and version(mine[0]) == 2

    packed, _ = services.order_life.pack_many(somsri, mine, " Flash ", DAY)
    assert packed.moved == tuple(mine) and not packed.refused
    assert {m.Order.get_by_id(o).carrier for o in mine} == {"Flash"}
    with pytest.raises(ValidationError):
        services.order_life.confirm_many(somsri, [])
    with pytest.raises(ValidationError):
        services.order_life.cancel_many(somsri, mine, "")


def test_bulk_is_one_transaction_with_its_activity_rows(
    services: Services, admin, customer, unit, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = [new_order(services, admin, customer, unit) for _ in range(3)]
    before = m.Activity.select().count()
    calls = []

    def failing(*args: object) -> None:  # the activity rows cannot be written: nothing may stay
        calls.append(args)
        raise RuntimeError("disk full")

    monkeypatch.setattr(order_lifecycle, "log_activities", failing)
    with pytest.raises(RuntimeError):
        services.order_life.confirm_many(admin, ids)
    assert calls and {m.Order.get_by_id(o).status for o in ids} == {"awaiting"}
    assert {version(o) for o in ids} == {1} and m.Activity.select().count() == before


def test_upsell_skip_releases_a_confirmed_order_to_packing(
    services: Services, admin, somsri, customer, unit
) -> None:
    current = services.upsell_settings.get()
    services.upsell_settings.save(admin, replace(current, rules=UpsellRules(enabled=True)), current.version)
    oid = new_order(services, somsri, customer, unit)
    (case_id,) = [
        r[0] for r in m.UpsellCase.select(m.UpsellCase.id).where(m.UpsellCase.order == oid).tuples()
    ]
    state, _ = services.order_life.confirm(somsri, oid, 1)
    assert state.held_by_upsell and OrderAction.PACK not in state.allowed
    with pytest.raises(ValidationError) as err:
        services.order_life.pack(somsri, oid, 2, PackInput("Kerry", "", DAY))
    assert err.value.text == HELD
    held, _ = services.order_life.pack_many(admin, [oid], "Kerry", DAY)
    assert held.moved == () and held.refused[0].error.text == HELD
    services.upsell.request_work(somsri)
    case = services.upsell.row(somsri, case_id)
    services.upsell.skip(somsri, case.id, case.version, DEFAULT_SKIP_REASONS[0])
    detail = services.order_life.detail(somsri, oid)
    assert detail.upsell is not None and detail.upsell.status is UpsellStatus.SKIPPED
    assert not detail.life.held_by_upsell and OrderAction.PACK in detail.life.allowed
    state, _ = services.order_life.pack(somsri, oid, detail.life.version, PackInput("Kerry", "K1", DAY))
    assert state.status is OrderStatus.PACKED


def test_detail_shows_customer_delivery_payments_and_notes(
    services: Services, somsri, customer, unit, clock
) -> None:
    oid = new_order(services, somsri, customer, unit, quantity=2)
    followup = m.FollowUp.get((m.FollowUp.kind == "order") & (m.FollowUp.subject_id == oid))
    services.followups.add_note(somsri, followup.id, followup.version, "โทรแล้ว ลูกค้าจะโอนพรุ่งนี้", None)
    now = to_db(clock())
    m.PaymentNotice.insert(
        number="PN1", customer=customer.id, name="Lan", amount_minor=50000, currency="THB",
        transferred_at=now, matched_order=oid, received_at=now, created_at=now, updated_at=now,
    ).execute()  # fmt: skip
    detail = services.order_life.detail(somsri, oid)
    assert detail.customer_name == "Nguyễn Thị Lan" and detail.customer_phone == "+66812345678"
    assert detail.delivery_address == "99/1 ถนนสุขุมวิท, กรุงเทพมหานคร, 10110"
    assert detail.owner_name == "สมศรี ขายเก่ง" and detail.order.total_minor == 118000
    assert (detail.paid_minor, detail.balance_minor) == (50000, 68000)
    assert [n.text for n in detail.notes] == ["โทรแล้ว ลูกค้าจะโอนพรุ่งนี้"] and detail.upsell is None
    assert detail.life.allowed == {OrderAction.CONFIRM, OrderAction.CANCEL}
