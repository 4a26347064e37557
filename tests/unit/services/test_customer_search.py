"""Search as you type: accent-insensitive Vietnamese, Thai substrings, phones in any format, owners."""

from __future__ import annotations

import pytest

from salesapp.domain.customers.customer_filter import CustomerFilter, SortKey
from salesapp.domain.enums import Role
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.services.registry import Services
from tests.helpers.people import manager_of

BY_NAME = CustomerFilter(sort=SortKey.NAME, descending=False)

PEOPLE = [
    ("Đặng Thị Ngọc", "0912.345.678", "VN"),
    ("Nguyễn Văn An", "0987 654 321", "VN"),
    ("สมชาย ใจดี", "081-234-5678", "TH"),
    ("สมหญิง รักดี", "089 111 2222", "TH"),
    ("Trần Đức Anh", "", "VN"),
]


@pytest.fixture
def people(services: Services, admin):
    for name, phone, country in PEOPLE:
        services.customers.create(admin, CustomerInput(name=name, phone=phone, country=country))
    return services


def names(services: Services, actor, text: str) -> set[str]:
    return {
        r.name
        for r in services.customer_list.rows(
            manager_of(services), services.customer_list.ids(actor, CustomerFilter(text=text)).tolist()
        )
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("dang thi", {"Đặng Thị Ngọc"}),
        ("DANG THI NGOC", {"Đặng Thị Ngọc"}),
        ("nguyen van", {"Nguyễn Văn An"}),
        ("duc", {"Trần Đức Anh"}),
        ("สมช", {"สมชาย ใจดี"}),
        ("ใจดี", {"สมชาย ใจดี"}),
        ("สม", {"สมชาย ใจดี", "สมหญิง รักดี"}),
        ("081-234", {"สมชาย ใจดี"}),
        ("+66 81 234 5678", {"สมชาย ใจดี"}),
        ("0912345", {"Đặng Thị Ngọc"}),
        # The start of a number with its trunk 0 (issue 22: "081" used to find no one).
        ("081", {"สมชาย ใจดี"}),
        ("09", {p[0] for p in PEOPLE}),  # two digits filter nothing yet: everyone, not no one
        ("0", {p[0] for p in PEOPLE}),
        ("098", {"Nguyễn Văn An"}),
        ("๐๘๙", {"สมหญิง รักดี"}),  # Thai digits
        ("ng", {"Nguyễn Văn An"}),  # 2 letters: names that start with them (prefix path)
        ("50%_", set()),
    ],
)
def test_search(people: Services, admin, query: str, expected: set[str]) -> None:
    assert names(people, admin, query) == expected


def test_empty_query_lists_everyone_newest_first(people: Services, admin) -> None:
    ids = people.customer_list.ids(admin, CustomerFilter())
    assert len(ids) == len(PEOPLE)
    assert people.customer_list.rows(manager_of(people), ids.tolist())[0].name == "Trần Đức Anh"


def test_edit_keeps_the_index_in_step(people: Services, admin) -> None:
    (row,) = people.customer_list.rows(
        manager_of(people), people.customer_list.ids(admin, CustomerFilter(text="dang thi")).tolist()
    )
    record = people.customers.get(admin, row.id)
    from salesapp.services.customers.customer_service import input_from_record

    changed = input_from_record(record).__class__(
        **{**input_from_record(record).__dict__, "name": "Đỗ Thị Hoa"}
    )
    people.customers.update(admin, record.id, record.version, changed)
    assert names(people, admin, "dang thi") == set()
    assert names(people, admin, "do thi hoa") == {"Đỗ Thị Hoa"}


def test_sales_staff_search_only_their_customers(people: Services, admin) -> None:
    sales, _ = people.users.create_user(admin, "somsri", "สมศรี", Role.SALES, "password1")
    people.customers.create(sales, CustomerInput(name="สมศักดิ์ มั่นคง"))
    assert names(people, sales, "สมศ") == {"สมศักดิ์ มั่นคง"}
    assert names(people, sales, "สม") == {"สมศักดิ์ มั่นคง"}


def test_name_order_from_the_index_on_both_backends(services: Services, admin) -> None:
    from salesapp.demo.demo import fill_demo
    from salesapp.domain.collation import sort_key

    fill_demo(services.db, customers=500, orders=0, seed=9)
    svc = services.customer_list
    ordered = svc.rows(admin, svc.ids(admin, BY_NAME).tolist())
    assert len(ordered) == 500
    assert [r.name for r in ordered] == sorted((r.name for r in ordered), key=sort_key)
    hits = svc.rows(
        admin, svc.ids(admin, CustomerFilter(text="nguyen", sort=SortKey.NAME, descending=False)).tolist()
    )
    assert hits and [r.name for r in hits] == sorted((r.name for r in hits), key=sort_key)


def test_migration_gives_existing_customers_their_name_key(db_url: str) -> None:
    from salesapp.db import migrations
    from salesapp.db.connection import open_database
    from salesapp.domain.collation import sort_key

    db = open_database(db_url, create=True)
    try:
        db.pw.execute_sql("UPDATE customers SET sort_name = ''")  # as before migration 4
        db.pw.execute_sql(
            "INSERT INTO customers (name, search_key, created_at, updated_at) VALUES "
            "('Đỗ Thị Hoa', 'do thi hoa', '2026-01-01', '2026-01-01')"
        )
        migrations.m0004_name_order.backfill(db.pw)
        assert db.pw.execute_sql("SELECT sort_name FROM customers").fetchone()[0] == sort_key("Đỗ Thị Hoa")
    finally:
        db.close()
