"""The product catalogue's services on SQLite and PostgreSQL: a Thai and a Vietnamese shop start from an
empty database; products with units and prices; SKUs unique with a clear message; stale edits refused
naming who saved; every change with its activity row; archive and retired units leave the order forms
while old orders keep their lines and prices; sales staff read but never change; search as you type."""

from __future__ import annotations

import json

import pytest

from salesapp.db import models as m
from salesapp.domain.catalogue import (
    ProductFilter,
    ProductInput,
    ProductSort,
    ProductStatus,
    UnitInput,
)
from salesapp.domain.enums import Action, Currency, EntityKind, Role
from salesapp.domain.errors import PermissionDenied, StaleRecordError, ValidationError
from salesapp.domain.orders.bill import BillInput, BillLineInput
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.services.registry import Services

THB, VND = Currency.THB, Currency.VND


def serum(sku: str = "TH-SER-30", price: int = 59_000) -> ProductInput:
    return ProductInput(
        sku,
        "เซรั่มวิตามินซี 30ml",
        (UnitInput("แพ็ก 3 ขวด", 3, 159_000, THB), UnitInput("ขวด", 1, price, THB)),
        "สกินแคร์",
        "เซรั่มบำรุงผิว สูตรเข้มข้น\nใช้เช้าและเย็น",
    )


def coffee() -> ProductInput:
    return ProductInput(
        "VN-CAF-500",
        "Cà phê Robusta rang xay 500g",
        (UnitInput("gói", 1, 180_000, VND), UnitInput("thùng 10 gói", 10, 1_700_000, VND)),
        "Đồ uống",
    )


def activities(action: Action | None = None) -> list[m.Activity]:
    query = m.Activity.select().where(m.Activity.entity == EntityKind.PRODUCT.value)
    if action is not None:
        query = query.where(m.Activity.action == action.value)
    return list(query.order_by(m.Activity.id))


@pytest.fixture
def staff(services: Services, admin):
    boss, _ = services.users.create_user(admin, "boss", "คุณบอส", Role.MANAGER, "secret-pass")
    lan, _ = services.users.create_user(admin, "lan", "Nguyễn Thị Lan", Role.MANAGER, "secret-pass")
    somsri, _ = services.users.create_user(admin, "somsri", "สมศรี ขายเก่ง", Role.SALES, "secret-pass")
    return boss, lan, somsri


def test_a_thai_and_a_vietnamese_product_from_an_empty_database(services: Services, staff) -> None:
    boss, _, _ = staff
    assert services.catalogue_list.first_page(ProductFilter()) == (0, [])
    assert services.catalogue.categories() == [] and services.catalogue.main_currency() is None
    detail, changes = services.catalogue.create(boss, serum())
    assert changes.ids(EntityKind.PRODUCT) == {detail.id}
    assert detail.version == 1 and detail.active and detail.updated_by == "คุณบอส"
    assert [(u.name, u.factor, u.price_minor) for u in detail.units] == [
        ("ขวด", 1, 59_000),
        ("แพ็ก 3 ขวด", 3, 159_000),
    ]  # the base unit first
    assert detail.description == "เซรั่มบำรุงผิว สูตรเข้มข้น\nใช้เช้าและเย็น"
    viet, _ = services.catalogue.create(boss, coffee())
    assert services.catalogue.get(viet.id) == viet
    count, rows = services.catalogue_list.first_page(ProductFilter())
    assert count == 2 and [r.sku for r in rows] == ["VN-CAF-500", "TH-SER-30"]  # Latin before Thai
    assert services.catalogue.categories() == ["Đồ uống", "สกินแคร์"]
    created = activities(Action.CREATED)
    assert [a.entity_id for a in created] == [detail.id, viet.id] and created[0].summary == serum().name
    assert "TH-SER-30" in created[0].changes and "฿1,590.00" in created[0].changes
    # Both shops' products are offered on the order form in their own currency.
    choices = services.orders.catalogue(THB)
    assert [(c.sku, [u.name for u in c.units]) for c in choices] == [("TH-SER-30", ["ขวด", "แพ็ก 3 ขวด"])]
    assert [c.sku for c in services.orders.catalogue(VND)] == ["VN-CAF-500"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (ProductInput(" ", "x", (UnitInput("ชิ้น", 1, 100, THB),)), "Type the product's SKU."),
        (ProductInput("A1", "  ", (UnitInput("ชิ้น", 1, 100, THB),)), "Type the product's name."),
        (ProductInput("A1", "สบู่", ()), "Add at least one unit with its price."),
        (ProductInput("A1", "สบู่", (UnitInput("กล่อง", 12, 100, THB),)), "One unit must be the base unit"),
        (
            ProductInput("A1", "สบู่", (UnitInput("ก้อน", 1, 100, THB), UnitInput(" ก้อน ", 2, 150, THB))),
            "Two units are named “ก้อน”",
        ),
        (ProductInput("A1", "สบู่", (UnitInput("ก้อน", 0, 100, THB),)), "must hold at least 1 base unit"),
        (ProductInput("A1", "สบู่", (UnitInput("ก้อน", 1, -5, THB),)), "cannot be negative"),
        (ProductInput("A1", "สบู่", (UnitInput("", 1, 5, THB),)), "Type a name for each unit."),
        (
            ProductInput("A1", "สบู่", (UnitInput("ก้อน", 1, 5, THB),), "ของใช้, ของฝาก"),
            "A category cannot hold a comma",
        ),
        (ProductInput("A" * 65, "สบู่", (UnitInput("ก้อน", 1, 5, THB),)), "at most 64 characters"),
    ],
)
def test_rules_refuse_with_a_clear_message_and_write_nothing(
    services: Services, staff, data: ProductInput, message: str
) -> None:
    boss, _, _ = staff
    with pytest.raises(ValidationError) as err:
        services.catalogue.create(boss, data)
    assert message in err.value.message
    assert m.Product.select().count() == 0 and not activities()


def test_sku_is_unique_and_the_message_names_the_product_that_has_it(services: Services, staff) -> None:
    boss, _, _ = staff
    services.catalogue.create(boss, serum())
    with pytest.raises(ValidationError) as err:
        services.catalogue.create(boss, serum())
    assert err.value.field == "sku"
    assert err.value.message == (
        "The SKU “TH-SER-30” is already used by “เซรั่มวิตามินซี 30ml”. Each product needs its own SKU."
    )
    other, _ = services.catalogue.create(boss, coffee())
    with pytest.raises(ValidationError) as err:  # editing onto another product's SKU
        services.catalogue.update(boss, other.id, other.version, serum())
    assert "TH-SER-30" in err.value.message
    assert services.catalogue.get(other.id) == other and m.Product.select().count() == 2


def test_edit_units_and_prices_with_an_activity_row_and_stale_edits_refused(
    services: Services, staff, clock
) -> None:
    boss, lan, _ = staff
    loaded, _ = services.catalogue.create(boss, serum())
    bottle, pack = loaded.units
    # Lan raises the bottle's price and adds a box of 12; the pack of 3 is taken off.
    clock.advance(minutes=5)
    wanted = ProductInput(
        loaded.sku, loaded.name,
        (UnitInput("ขวด", 1, 62_000, THB, bottle.id), UnitInput("กล่อง 12 ขวด", 12, 650_000, THB)),
        loaded.category, loaded.description,
    )  # fmt: skip
    saved, changes = services.catalogue.update(lan, loaded.id, loaded.version, wanted)
    assert changes.ids(EntityKind.PRODUCT) == {loaded.id} and saved.version == 2
    assert [(u.name, u.price_minor) for u in saved.units] == [("ขวด", 62_000), ("กล่อง 12 ขวด", 650_000)]
    assert saved.units[0].id == bottle.id and saved.updated_by == "Nguyễn Thị Lan"
    updated = activities(Action.UPDATED)
    assert len(updated) == 1 and set(json.loads(updated[0].changes)) == {"units"}
    retired = m.ProductUnit.get_by_id(pack.id)
    assert not retired.active  # kept for old orders' lines, gone from the product
    # The boss still has version 1 on screen: his save is refused, naming Lan, and nothing changes.
    with pytest.raises(StaleRecordError) as err:
        services.catalogue.update(boss, loaded.id, loaded.version, serum(price=1))
    assert err.value.changed_by == "Nguyễn Thị Lan" and "changed by Nguyễn Thị Lan" in err.value.message
    assert services.catalogue.get(loaded.id) == saved and len(activities(Action.UPDATED)) == 1
    # Saving the form unchanged writes nothing (no version, no activity row).
    same, nothing = services.catalogue.update(lan, saved.id, saved.version, wanted)
    assert not nothing and same.version == 2 and len(activities(Action.UPDATED)) == 1
    # Two units may swap their names in one save.
    box = saved.units[1]
    swapped = ProductInput(
        saved.sku, saved.name,
        (UnitInput("กล่อง 12 ขวด", 1, 62_000, THB, bottle.id), UnitInput("ขวด", 12, 650_000, THB, box.id)),
    )  # fmt: skip
    after, _ = services.catalogue.update(lan, saved.id, saved.version, swapped)
    assert [(u.id, u.name) for u in after.units] == [(bottle.id, "กล่อง 12 ขวด"), (box.id, "ขวด")]


def test_a_price_edit_never_changes_existing_orders(services: Services, staff) -> None:
    boss, _, somsri = staff
    product, _ = services.catalogue.create(boss, serum())
    bottle, pack = product.units
    customer, _ = services.customers.create(somsri, CustomerInput(name="สมชาย ใจดี", phone="081-234-5678"))
    lines = (BillLineInput(product.id, bottle.id, 2), BillLineInput(product.id, pack.id, 1))
    order, _ = services.orders.create(somsri, BillInput(customer.id, THB, lines))
    assert order.total_minor == 2 * 59_000 + 159_000
    before = list(m.tuples(m.OrderLine.select().order_by(m.OrderLine.position)))
    # The price goes up and the pack is taken off the product.
    services.catalogue.update(
        boss, product.id, product.version,
        ProductInput(product.sku, product.name, (UnitInput("ขวด", 1, 69_000, THB, bottle.id),)),
    )  # fmt: skip
    assert list(m.tuples(m.OrderLine.select().order_by(m.OrderLine.position))) == before
    assert m.Order.get_by_id(order.order_id).total_minor == 2 * 59_000 + 159_000
    # A new order takes the new price; the retired pack is no longer offered or accepted.
    again, _ = services.orders.create(somsri, BillInput(customer.id, THB, lines[:1]))
    assert again.total_minor == 2 * 69_000
    assert [u.name for u in services.orders.catalogue(THB)[0].units] == ["ขวด"]
    with pytest.raises(ValidationError, match="no longer in the catalogue"):
        services.orders.create(somsri, BillInput(customer.id, THB, lines[1:]))


def test_archive_leaves_the_order_form_and_restore_brings_it_back(services: Services, staff) -> None:
    boss, lan, somsri = staff
    product, _ = services.catalogue.create(boss, serum())
    customer, _ = services.customers.create(somsri, CustomerInput(name="สมชาย ใจดี", phone="081-234-5678"))
    line = BillLineInput(product.id, product.units[0].id, 1)
    services.orders.create(somsri, BillInput(customer.id, THB, (line,)))
    archived, changes = services.catalogue.set_active(boss, product.id, product.version, False)
    assert not archived.active and changes.ids(EntityKind.PRODUCT) == {product.id}
    assert services.orders.catalogue(THB) == []
    with pytest.raises(ValidationError, match="no longer sold"):
        services.orders.create(somsri, BillInput(customer.id, THB, (line,)))
    assert m.OrderLine.select().count() == 1  # the old order keeps its line
    counts = services.catalogue_list.status_counts()
    assert counts == {ProductStatus.ACTIVE: 0, ProductStatus.ARCHIVED: 1}
    assert services.catalogue_list.first_page(ProductFilter(ProductStatus.ARCHIVED))[0] == 1
    with pytest.raises(StaleRecordError):  # Lan had the product loaded before it was archived
        services.catalogue.set_active(lan, product.id, product.version, True)
    restored, _ = services.catalogue.set_active(lan, archived.id, archived.version, True)
    assert restored.active and [c.id for c in services.orders.catalogue(THB)] == [product.id]
    assert [a.changes for a in activities(Action.UPDATED)] == [
        '{"active": [true, false]}',
        '{"active": [false, true]}',
    ]


def test_sales_staff_read_the_catalogue_but_cannot_change_it(services: Services, staff) -> None:
    boss, _, somsri = staff
    product, _ = services.catalogue.create(boss, serum())
    for attempt in (
        lambda: services.catalogue.create(somsri, coffee()),
        lambda: services.catalogue.update(somsri, product.id, product.version, serum(price=1)),
        lambda: services.catalogue.set_active(somsri, product.id, product.version, False),
    ):
        with pytest.raises(PermissionDenied, match="Only a manager can change the product catalogue"):
            attempt()
    assert services.catalogue.get(product.id) == product and len(activities()) == 1
    assert services.catalogue_list.first_page(ProductFilter())[0] == 1  # reading is fine


def test_search_as_you_type_thai_substrings_vietnamese_without_accents(services: Services, staff) -> None:
    boss, _, _ = staff
    made = {}
    for data in (
        serum(),
        coffee(),
        ProductInput("TH-SUN-50", "ครีมกันแดด SPF50 PA+++", (UnitInput("หลอด", 1, 35_000, THB),), "สกินแคร์"),
        ProductInput("VN_FISH_500", "Nước mắm Phú Quốc 500ml", (UnitInput("chai", 1, 95_000, VND),), "Đồ ăn"),
        ProductInput("TH-SOAP", "สบู่สมุนไพรขมิ้น", (UnitInput("ก้อน", 1, 8_900, THB),), "ของใช้"),
    ):
        made[data.sku] = services.catalogue.create(boss, data)[0].id

    def found(text: str, **options) -> list[str]:
        ids = services.catalogue_list.ids(ProductFilter(text=text, **options)).tolist()
        rows = services.catalogue_list.rows(ids)
        return [r.sku for r in rows]

    assert found("วิตามิน") == ["TH-SER-30"]  # a Thai substring, not the start of the name
    assert found("ซร") == ["TH-SER-30"]  # two characters inside a word
    assert found("กันแดด") == ["TH-SUN-50"]
    assert found("ครีม กันแดด") == found("ครีมกันแดด") == ["TH-SUN-50"]  # spaces ignored
    assert found("nuoc mam") == ["VN_FISH_500"]  # Vietnamese without tone marks, đ/Đ folded
    assert found("PHU QUOC") == found("phú quốc") == ["VN_FISH_500"]
    assert found("ca phe") == ["VN-CAF-500"]
    assert found("sun-50") == ["TH-SUN-50"]  # the SKU, any case
    assert found("fish_5") == ["VN_FISH_500"]  # LIKE's wildcard typed as text
    assert found("ส") == ["TH-SOAP"]  # one character: names that start with it
    assert found("สบู่", status=ProductStatus.ARCHIVED) == []
    assert found("", category="สกินแคร์") == ["TH-SUN-50", "TH-SER-30"]  # name order, Thai collation
    assert found("", category="สกินแคร์", sort=ProductSort.SKU) == ["TH-SER-30", "TH-SUN-50"]
    assert found("ครีม", category="Đồ ăn") == []
    # A renamed product is found by its new name only, an archived one under Archived.
    detail = services.catalogue.get(made["TH-SOAP"])
    services.catalogue.update(
        boss,
        detail.id,
        detail.version,
        ProductInput("TH-SOAP", "สบู่ใบเตย", (UnitInput("ก้อน", 1, 8_900, THB),)),
    )
    assert found("ขมิ้น") == [] and found("ใบเตย") == ["TH-SOAP"]
    detail = services.catalogue.get(made["TH-SOAP"])
    services.catalogue.set_active(boss, detail.id, detail.version, False)
    assert found("ใบเตย", status=ProductStatus.ACTIVE) == []
    assert found("ใบเตย", status=ProductStatus.ARCHIVED) == ["TH-SOAP"]
    count, first = services.catalogue_list.first_page(ProductFilter(text="สกิน"))
    assert count == 0 and first == []  # categories are filtered, not searched
