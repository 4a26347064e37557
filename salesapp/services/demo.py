"""Demo data: Thai and Vietnamese staff, customers, products and orders for trying salesapp out."""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

from salesapp.db import models as m
from salesapp.db.connection import Database
from salesapp.domain.clock import to_db, utc_now
from salesapp.domain.enums import Channel, Currency, OrderStatus, Role
from salesapp.domain.records import UserRecord
from salesapp.domain.text import search_key
from salesapp.services.registry import Services, connect
from salesapp.services.users import cheap_hasher

DEMO_PASSWORD = "demo1234"
TH_FIRST = ["สมชาย", "สมหญิง", "วิไล", "ประเสริฐ", "กาญจนา", "ธนากร", "ศิริพร", "อนุชา", "มาลี", "ปิยะ"]
TH_LAST = ["ใจดี", "รักษาดี", "ศรีสุข", "วงศ์ไทย", "ทองคำ", "แสงทอง", "บุญมา", "สุขสันต์"]
VN_FIRST = ["Nguyễn Văn", "Trần Thị", "Lê Văn", "Phạm Thị", "Hoàng Minh", "Đặng Thị", "Vũ Đức", "Bùi Thu"]
VN_LAST = ["An", "Bình", "Cường", "Dung", "Giang", "Hạnh", "Khoa", "Lan", "Minh", "Ngọc", "Phương", "Thảo"]
TH_PLACES = [
    ("นนทบุรี", "ปากเกร็ด", "บางพูด", "11120"),
    ("กรุงเทพมหานคร", "จตุจักร", "ลาดยาว", "10900"),
    ("เชียงใหม่", "เมืองเชียงใหม่", "ศรีภูมิ", "50200"),
    ("ขอนแก่น", "เมืองขอนแก่น", "ในเมือง", "40000"),
]
VN_PLACES = [
    ("Hà Nội", "Đống Đa", "Trung Liệt"),
    ("TP. Hồ Chí Minh", "Quận 3", "Võ Thị Sáu"),
    ("Đà Nẵng", "Hải Châu", "Thạch Thang"),
]
PRODUCTS = [
    ("SER-01", "เซรั่มหน้าใส 30ml", 59000),
    ("CRM-02", "ครีมกันแดด SPF50", 35000),
    ("TEA-03", "Trà ô long 500g", 18000),
    ("CAF-04", "Cà phê Robusta 1kg", 25000),
    ("SOP-05", "สบู่สมุนไพร", 8900),
    ("MSK-06", "Mặt nạ dưỡng ẩm", 4500),
]


def _chunks(rows: list[dict], size: int = 400) -> list[list[dict]]:
    return [rows[i : i + size] for i in range(0, len(rows), size)]


def fill_demo(db: Database, customers: int = 300, orders: int = 1500, seed: int = 7) -> None:
    """Insert staff, customers, products and orders (bulk inserts, one transaction)."""
    rng = random.Random(seed)
    now = utc_now()
    stamp = to_db(now)
    hasher = cheap_hasher()
    password_hash = hasher.hash(DEMO_PASSWORD)
    with db.atomic():
        staff = [
            ("manager", "คุณมานพ (Manager)", Role.MANAGER),
            ("somsri", "สมศรี", Role.SALES),
            ("lan", "Nguyễn Thị Lan", Role.SALES),
            ("anan", "อนันต์", Role.SALES),
        ]
        staff_ids = []
        for username, name, role in staff:
            staff_ids.append(
                m.User.insert(
                    username=username,
                    display_name=name,
                    role=role.value,
                    password_hash=password_hash,
                    created_at=stamp,
                    updated_at=stamp,
                ).execute()
            )
        rows = []
        for i in range(customers):
            thai = i % 2 == 0
            name = (
                f"{rng.choice(TH_FIRST)} {rng.choice(TH_LAST)}"
                if thai
                else f"{rng.choice(VN_FIRST)} {rng.choice(VN_LAST)}"
            )
            created = now - timedelta(days=rng.randint(0, 5 * 365), minutes=rng.randint(0, 1440))
            place = rng.choice(TH_PLACES) if thai else (*rng.choice(VN_PLACES), "")
            rows.append(
                {
                    "name": name,
                    "search_key": search_key(name),
                    "phone": (
                        f"+668{rng.randint(10000000, 99999999)}"
                        if thai
                        else f"+849{rng.randint(10000000, 99999999)}"
                    ),
                    "country": "TH" if thai else "VN",
                    "province": place[0],
                    "district": place[1],
                    "subdistrict": place[2],
                    "postcode": place[3],
                    "channel": rng.choice(list(Channel)).value,
                    "source": rng.choice(["Facebook Ads", "Referral", ""]),
                    "owner": rng.choice([None, *staff_ids[1:]]),
                    "created_at": to_db(created),
                    "updated_at": to_db(created),
                }
            )
        for chunk in _chunks(rows):
            m.Customer.insert_many(chunk).execute()
        product_ids = []
        for sku, name, price in PRODUCTS:
            pid = m.Product.insert(
                sku=sku, name=name, search_key=search_key(name), created_at=stamp, updated_at=stamp
            ).execute()
            m.ProductUnit.insert(
                product=pid, name="piece", price_minor=price, currency=Currency.THB.value
            ).execute()
            product_ids.append((pid, name, price))
        customer_ids: list[int] = [r[0] for r in m.Customer.select(m.Customer.id).tuples()]  # type: ignore[index]
        statuses = list(OrderStatus)
        for start in range(0, orders, 400):
            order_rows = []
            for n in range(start, min(orders, start + 400)):
                ordered = now - timedelta(days=rng.randint(0, 5 * 365), minutes=rng.randint(0, 1440))
                order_rows.append(
                    {
                        "number": f"SO{100000 + n}",
                        "customer": rng.choice(customer_ids),
                        "owner": rng.choice(staff_ids[1:]),
                        "status": rng.choice(statuses).value,
                        "channel": rng.choice(list(Channel)).value,
                        "currency": Currency.THB.value,
                        "ordered_at": to_db(ordered),
                        "created_at": to_db(ordered),
                        "updated_at": to_db(ordered),
                    }
                )
            m.Order.insert_many(order_rows).execute()
        lines = []
        order_ids: list[int] = [r[0] for r in m.Order.select(m.Order.id).tuples()]  # type: ignore[index]
        for order_id in order_ids:
            pid, name, price = rng.choice(product_ids)
            qty = rng.randint(1, 3)
            lines.append(
                {
                    "order": order_id,
                    "position": 1,
                    "product": pid,
                    "description": name,
                    "quantity": qty,
                    "unit_price_minor": price,
                    "total_minor": qty * price,
                }
            )
        for chunk in _chunks(lines):
            m.OrderLine.insert_many(chunk).execute()
        m.Order.update(
            subtotal_minor=m.OrderLine.select(m.OrderLine.total_minor)
            .where(m.OrderLine.order == m.Order.id)
            .limit(1)
        ).execute()
        m.Order.update(total_minor=m.Order.subtotal_minor).execute()


def prepare_demo_database(path: Path) -> tuple[Services, UserRecord]:
    """A fresh demo database at `path`, filled, with its manager signed in."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    services = connect("sqlite:///" + path.as_posix(), hasher=cheap_hasher())
    fill_demo(services.db)
    return services, services.users.sign_in("manager", DEMO_PASSWORD)
