"""Opening a bill: the order form's catalogue, creating an order with its lines, follow-up, conversion and
history in one transaction, and every refusal writing nothing. On SQLite and on the real PostgreSQL server.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, timedelta
from zoneinfo import ZoneInfo

import pytest

from salesapp.db import models as m
from salesapp.domain.clock import to_db
from salesapp.domain.enums import Action, Channel, Currency, EntityKind, OrderStatus, Role
from salesapp.domain.errors import NotFound, PermissionDenied, ValidationError
from salesapp.domain.followup import FollowUpKind, FollowUpStatus
from salesapp.domain.orders.bill import BillInput, BillLineInput
from salesapp.domain.text import search_key
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.services.orders import new_order as orders_module
from salesapp.services.orders.new_order import OrderService
from salesapp.services.registry import Services
from tests.helpers.people import manager_of

BANGKOK = ZoneInfo("Asia/Bangkok")


def add_product(services: Services, sku: str, name: str, units, active: bool = True) -> dict[str, int]:
    """A product with its units as (name, factor, price, currency); returns {"id": …, unit name: unit id}."""
    now = to_db(services.ctx.clock())
    pid = m.Product.insert(
        sku=sku, name=name, search_key=search_key(name), active=active, created_at=now, updated_at=now
    ).execute()
    ids = {"id": int(pid)}
    for unit, factor, price, currency in units:
        ids[unit] = int(
            m.ProductUnit.insert(
                product=pid, name=unit, factor=factor, price_minor=price, currency=currency
            ).execute()
        )
    return ids


@pytest.fixture
def products(services: Services) -> dict[str, dict[str, int]]:
    return {
        "serum": add_product(
            services,
            "TH-SER-30",
            "เซรั่มวิตามินซี 30ml",
            [("แพ็ก 3 ขวด", 3, 159000, "THB"), ("ขวด", 1, 59000, "THB")],
        ),
        "soap": add_product(services, "TH-SOAP", "สบู่สมุนไพรขมิ้น", [("ก้อน", 1, 8900, "THB")]),
        "coffee": add_product(
            services, "VN-CAF-500", "Cà phê Robusta rang xay 500g", [("gói", 1, 180000, "VND")]
        ),
        "old": add_product(services, "TH-OLD", "ยาดมสมุนไพร", [("ขวด", 1, 3500, "THB")], active=False),
    }


@pytest.fixture
def orders(services: Services) -> OrderService:
    return services.orders


@pytest.fixture
def somsri(services: Services, admin):
    user, _ = services.users.create_user(admin, "somsri", "สมศรี ขายเก่ง", Role.SALES, "secret-pass")
    return user


@pytest.fixture
def anan(services: Services, admin):
    user, _ = services.users.create_user(admin, "anan", "อนันต์", Role.SALES, "secret-pass")
    return user


@pytest.fixture
def customer(services: Services, somsri):
    record, _ = services.customers.create(
        somsri, CustomerInput(name="สมชาย ใจดี", phone="081-234-5678", channel=Channel.LINE)
    )
    return record


def two_lines(products, customer) -> BillInput:
    return BillInput(
        customer.id,
        Currency.THB,
        (
            BillLineInput(products["serum"]["id"], products["serum"]["ขวด"], 2, 5000),
            BillLineInput(products["soap"]["id"], products["soap"]["ก้อน"], 3),
        ),
        shipping_minor=4000,
        note="  โทรก่อนส่ง  ",
    )


def counts() -> dict[str, int]:
    return {
        "orders": m.Order.select().count(),
        "lines": m.OrderLine.select().count(),
        "followups": m.FollowUp.select().count(),
        "activities": m.Activity.select().count(),
    }


def test_catalogue_lists_active_products_by_name_with_their_units(orders, products) -> None:
    everything = orders.catalogue()
    assert [p.name for p in everything] == [
        "Cà phê Robusta rang xay 500g",  # Latin before Thai
        "เซรั่มวิตามินซี 30ml",  # เซ sorts as ซเ, before ส
        "สบู่สมุนไพรขมิ้น",
    ]
    serum = everything[1]
    assert serum.sku == "TH-SER-30"
    assert [(u.name, u.factor, u.price_minor, u.currency) for u in serum.units] == [
        ("ขวด", 1, 59000, Currency.THB),  # the base unit first
        ("แพ็ก 3 ขวด", 3, 159000, Currency.THB),
    ]
    assert all(u.product_id == serum.id for u in serum.units)
    assert [p.name for p in orders.catalogue(Currency.VND)] == ["Cà phê Robusta rang xay 500g"]
    assert [p.sku for p in orders.catalogue(Currency.THB)] == ["TH-SER-30", "TH-SOAP"]


def test_empty_catalogue(orders) -> None:
    assert orders.catalogue() == [] and orders.catalogue(Currency.VND) == []


def test_create_two_lines(services, orders, products, customer, somsri, clock) -> None:
    created, changes = orders.create(somsri, two_lines(products, customer))
    assert created.number == f"SO{created.order_id:08d}"
    assert (created.subtotal_minor, created.shipping_minor, created.total_minor) == (
        113000 + 26700,
        4000,
        143700,
    )
    assert created.currency is Currency.THB and created.customer_id == customer.id
    assert created.converted_at == clock()

    order = m.Order.get_by_id(created.order_id)
    assert order.number == created.number and order.status == OrderStatus.AWAITING.value
    assert order.owner_id == somsri.id and order.channel == "line" and order.currency == "THB"
    assert (order.subtotal_minor, order.discount_minor, order.shipping_minor, order.total_minor) == (
        139700, 0, 4000, 143700,
    )  # fmt: skip
    assert order.note == "โทรก่อนส่ง" and order.updated_by_id == somsri.id and order.version == 1
    assert order.ordered_at == order.created_at == to_db(clock())

    serum, soap = products["serum"], products["soap"]
    lines = list(
        m.OrderLine.select().where(m.OrderLine.order == created.order_id).order_by(m.OrderLine.position)
    )
    assert [
        (x.position, x.product_id, x.unit_id, x.description, x.quantity, x.unit_price_minor, x.discount_minor,
         x.total_minor)
        for x in lines
    ] == [
        (1, serum["id"], serum["ขวด"], "เซรั่มวิตามินซี 30ml (ขวด)", 2, 59000, 5000, 113000),
        (2, soap["id"], soap["ก้อน"], "สบู่สมุนไพรขมิ้น (ก้อน)", 3, 8900, 0, 26700),
    ]  # fmt: skip

    # The order's follow-up: new, on the order's owner, titled with its number, first in the queue.
    (row,) = services.followup_list.rows(manager_of(services), [created.followup_id])
    assert row.kind is FollowUpKind.ORDER and row.subject_id == created.order_id
    assert row.title == created.number and row.owner_id == somsri.id and row.customer_id == customer.id
    assert row.amount_minor == 143700 and row.currency is Currency.THB
    assert row.received_at == clock() and row.status(clock(), BANGKOK) is FollowUpStatus.NEW
    assert m.FollowUp.get_by_id(created.followup_id).sort_at == to_db(clock())

    assert m.Customer.get_by_id(customer.id).converted_at == to_db(clock())
    assert m.Customer.get_by_id(customer.id).version == customer.version  # an open editor stays valid

    (order_created,) = services.history.for_record(manager_of(services), EntityKind.ORDER, created.order_id)
    assert order_created.action is Action.CREATED and order_created.user_id == somsri.id
    assert order_created.changes == {"number": (None, created.number), "total_minor": (None, 143700)}
    assert order_created.summary == created.number
    converted = services.history.for_record(manager_of(services), EntityKind.CUSTOMER, customer.id)[0]
    assert converted.action is Action.UPDATED and set(converted.changes) == {"converted_at"}
    assert converted.changes["converted_at"][1] == clock().isoformat()

    assert changes.ids(EntityKind.ORDER) == {created.order_id}
    assert changes.ids(EntityKind.CUSTOMER) == {customer.id}
    assert changes.ids(EntityKind.FOLLOWUP) == {created.followup_id}


def test_second_order_keeps_the_first_conversion(services, orders, products, customer, somsri, clock) -> None:
    first, _ = orders.create(somsri, two_lines(products, customer))
    activities = m.Activity.select().count()
    clock.advance(days=2)
    second, changes = orders.create(somsri, replace(two_lines(products, customer), shipping_minor=0))
    assert second.order_id != first.order_id and second.number == f"SO{second.order_id:08d}"
    assert second.converted_at is None and second.total_minor == 139700
    assert m.Customer.get_by_id(customer.id).converted_at == to_db(clock() - timedelta(days=2))
    added = m.Activity.select().where(m.Activity.id > 0).order_by(m.Activity.id.desc()).limit(1).get()
    assert m.Activity.select().count() == activities + 1  # the order's, no customer change
    assert added.entity == "order" and added.entity_id == second.order_id
    assert changes.ids(EntityKind.CUSTOMER) == {customer.id}  # the customer's order history changed


def test_managers_sell_to_anyone_and_pool_orders_go_to_the_manager(
    services, orders, products, customer, admin
):
    theirs, _ = orders.create(admin, two_lines(products, customer))
    assert m.Order.get_by_id(theirs.order_id).owner_id == customer.owner_id  # stays with the owner
    pool, _ = services.customers.create(
        admin, CustomerInput(name="Nguyễn Thị Lan", phone="0912 345 678", country="VN", channel=Channel.ZALO)
    )
    assert pool.owner_id is None
    coffee = products["coffee"]
    created, _ = orders.create(
        admin, BillInput(pool.id, Currency.VND, (BillLineInput(coffee["id"], coffee["gói"], 5, 100_000),))
    )
    order = m.Order.get_by_id(created.order_id)
    assert order.owner_id == admin.id and order.channel == "zalo" and order.currency == "VND"
    assert order.total_minor == 800_000 and order.shipping_minor == 0
    assert m.FollowUp.get_by_id(created.followup_id).owner_id == admin.id
    saved = json.loads(m.Activity.select().where(m.Activity.entity == "order").get().changes)
    assert saved["number"] == [None, theirs.number]


def bad(products, customer, **change) -> BillInput:
    serum = products["serum"]
    line = BillLineInput(serum["id"], serum["ขวด"], 1)
    return BillInput(customer.id, Currency.THB, (replace(line, **change),))


@pytest.mark.parametrize(
    ("make", "field", "text"),
    [
        (lambda p, c: BillInput(c.id, Currency.THB, ()), "lines", "Add at least one product"),
        (lambda p, c: bad(p, c, quantity=0), "quantity", "at least 1"),
        (lambda p, c: bad(p, c, quantity=-3), "quantity", "at least 1"),
        (lambda p, c: bad(p, c, discount_minor=-1), "discount", "cannot be negative"),
        (lambda p, c: bad(p, c, quantity=2, discount_minor=118001), "discount", "(฿1,180.01) is more than"),
        (
            lambda p, c: bad(p, c, product_id=p["coffee"]["id"], unit_id=p["coffee"]["gói"]),
            "unit", "is priced in VND, not in THB",
        ),
        (lambda p, c: bad(p, c, unit_id=p["soap"]["ก้อน"]), "unit", "is not sold for this product"),
        (lambda p, c: bad(p, c, unit_id=10**9), "unit", "no longer in the catalogue"),
        (
            lambda p, c: bad(p, c, product_id=p["old"]["id"], unit_id=p["old"]["ขวด"]),
            "product", "is no longer sold",
        ),
        (lambda p, c: replace(bad(p, c), shipping_minor=-100), "shipping", "Shipping cannot be negative"),
    ],
    ids=[
        "no-lines", "qty-0", "qty-negative", "discount-negative", "discount-above-amount", "wrong-currency",
        "unit-of-another-product", "unit-gone", "inactive-product", "negative-shipping",
    ],
)  # fmt: skip
def test_bad_input_is_refused_and_writes_nothing(
    orders, products, customer, somsri, make, field, text
) -> None:
    before = counts()
    with pytest.raises(ValidationError) as err:
        orders.create(somsri, make(products, customer))
    assert err.value.field == field and text in err.value.message
    assert counts() == before
    assert m.Customer.get_by_id(customer.id).converted_at is None


def test_a_later_line_failing_writes_nothing(orders, products, customer, somsri) -> None:
    data = two_lines(products, customer)
    data = replace(data, lines=(*data.lines, replace(data.lines[1], discount_minor=10**6)))
    before = counts()
    with pytest.raises(ValidationError) as err:
        orders.create(somsri, data)
    assert "สบู่สมุนไพรขมิ้น (ก้อน)" in err.value.message
    assert counts() == before and before["orders"] == 0


def test_sales_staff_cannot_sell_to_someone_elses_or_pool_customers(
    services, orders, products, customer, anan, admin
) -> None:
    before = counts()
    with pytest.raises(PermissionDenied) as err:
        orders.create(anan, two_lines(products, customer))
    assert err.value.message == "This customer belongs to another salesperson."
    pool, _ = services.customers.create(admin, CustomerInput(name="ลูกค้าในคลัง", phone="089-999-0000"))
    with pytest.raises(PermissionDenied):
        orders.create(anan, two_lines(products, pool))
    assert counts() == {**before, "activities": before["activities"] + 1}  # only the pool customer's creation
    assert m.Customer.get_by_id(customer.id).converted_at is None


def test_a_customer_deleted_elsewhere_is_not_found(orders, products, customer, somsri) -> None:
    gone = replace(customer, id=customer.id + 1000)
    with pytest.raises(NotFound):
        orders.create(somsri, two_lines(products, gone))
    assert counts()["orders"] == 0


def test_a_failure_after_the_first_writes_rolls_everything_back(
    orders, products, customer, somsri, monkeypatch
) -> None:
    real = orders_module.log_activity

    def failing(actor, entity, *args, **kwargs):
        if entity is EntityKind.CUSTOMER:
            raise RuntimeError("connection lost")
        return real(actor, entity, *args, **kwargs)

    before = counts()
    monkeypatch.setattr(orders_module, "log_activity", failing)
    with pytest.raises(RuntimeError):
        orders.create(somsri, two_lines(products, customer))
    assert counts() == before
    assert m.Customer.get_by_id(customer.id).converted_at is None


def test_times_are_stored_in_utc(orders, products, customer, somsri, clock) -> None:
    clock.now = clock.now.astimezone(BANGKOK)  # an aware local clock still stores UTC
    created, _ = orders.create(somsri, two_lines(products, customer))
    assert m.Order.get_by_id(created.order_id).ordered_at == clock().astimezone(UTC).replace(tzinfo=None)
