"""Demo data: Thai and Vietnamese staff, customers, products and orders for trying salesapp out.

`fill_demo` writes a realistic data set fast enough for a million orders (about 35 s on SQLite on a
2-core machine): rows are generated as tuples from one seeded random stream, so a seed and an anchor time
always give the same data, and written in chunks through the raw DB-API cursor (multi-row INSERT with
`executemany` on SQLite, COPY on PostgreSQL) in one transaction. Customers and orders get explicit ids, so
nothing is read back; secondary indexes (and on PostgreSQL foreign keys) are dropped for the load and
built again before the commit.
"""

from __future__ import annotations

import bisect
import contextlib
import itertools
import math
import random
import sqlite3
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from salesapp.db.connection import Database
from salesapp.demo._followups import FollowUpDemo
from salesapp.demo._opportunities import seed_opportunities
from salesapp.demo._upsell import seed_upsell
from salesapp.domain.clock import to_db, utc_now
from salesapp.domain.collation import sort_key
from salesapp.domain.enums import Action, Channel, Currency, EntityKind, OrderStatus, Role
from salesapp.domain.records import UserRecord
from salesapp.domain.search import national_digits
from salesapp.domain.text import search_key
from salesapp.services.admin.users import cheap_hasher
from salesapp.services.registry import Services, connect

DEMO_PASSWORD = "demo1234"
CHUNK_ROWS = 20_000
ORDER_CHUNK = 10_000  # orders per chunk, with about 15,000 lines and 10,000 activities
BULK_CACHE_KIB = 256 * 1024
BULK_TABLES = (
    "customers", "orders", "order_lines", "activities", "followups", "followup_notes", "contact_requests",
    "payment_notices",
)  # fmt: skip
YEARS = 5

# Staff: (username, display name, role, share of the customers they own; the rest is in the pool).
STAFF = [
    ("manager", "คุณมานพ (Manager)", Role.MANAGER, 0),
    ("somsri", "สมศรี", Role.SALES, 22),
    ("lan", "Nguyễn Thị Lan", Role.SALES, 18),
    ("anan", "อนันต์", Role.SALES, 16),
    ("minh", "Trần Quang Minh", Role.SALES, 14),
    ("ploy", "พลอยไพลิน วงศ์ไทย", Role.SALES, 10),
]
POOL_SHARE = 20

# Thai given and family names with a romanisation for e-mail addresses.
TH_FIRST = [
    ("สมชาย", "somchai"), ("สมหญิง", "somying"), ("วิไล", "wilai"), ("ประเสริฐ", "prasert"),
    ("กาญจนา", "kanchana"), ("ธนากร", "thanakorn"), ("ศิริพร", "siriporn"), ("อนุชา", "anucha"),
    ("มาลี", "malee"), ("ปิยะ", "piya"), ("สุนิสา", "sunisa"), ("ณัฐพล", "nattapon"),
    ("พิมพ์ชนก", "pimchanok"), ("วรวุฒิ", "worawut"), ("จิราพร", "jiraporn"), ("กิตติศักดิ์", "kittisak"),
    ("อรุณี", "arunee"), ("ชัยวัฒน์", "chaiwat"), ("นภัสสร", "napatsorn"), ("ธีรศักดิ์", "theerasak"),
    ("รัตนา", "rattana"), ("สุริยา", "suriya"), ("ปวีณา", "paweena"), ("เอกชัย", "ekkachai"),
    ("ศศิธร", "sasithorn"), ("บุญชัย", "boonchai"), ("วนิดา", "wanida"), ("ภานุวัฒน์", "panuwat"),
    ("ดวงใจ", "duangjai"), ("ธนพร", "thanaporn"), ("น้ำฝน", "namfon"), ("ชุติมา", "chutima"),
]  # fmt: skip
TH_LAST = [
    ("ใจดี", "jaidee"), ("รักษาดี", "raksadee"), ("ศรีสุข", "srisuk"), ("วงศ์ไทย", "wongthai"),
    ("ทองคำ", "thongkham"), ("แสงทอง", "saengthong"), ("บุญมา", "boonma"), ("สุขสันต์", "suksan"),
    ("เจริญผล", "charoenphon"), ("พรหมมา", "phromma"), ("ชัยมงคล", "chaimongkol"), ("สมบูรณ์", "somboon"),
    ("ศรีวงศ์", "sriwong"), ("มั่นคง", "mankong"), ("แก้วมณี", "kaewmanee"), ("นาคสวัสดิ์", "naksawat"),
    ("อินทร์แก้ว", "inkaew"), ("ปัญญาดี", "panyadee"), ("รุ่งเรือง", "rungruang"), ("สุวรรณรัตน์", "suwannarat"),
    ("บุญเรือง", "boonruang"), ("ทองดี", "thongdee"), ("พึ่งบุญ", "phuengboon"), ("ธนสาร", "thanasan"),
]  # fmt: skip
TH_SHOPS = ["ร้านสมใจการค้า", "ร้านเจ๊หมวยของฝาก", "บริษัท สยามบิวตี้ จำกัด", "ร้านบ้านสวนออร์แกนิค", "หจก. รุ่งเรืองพาณิชย์"]
# Vietnamese family names weighted by how common they are; middle and given names by gender.
VN_FAMILY = [
    ("Nguyễn", 38), ("Trần", 11), ("Lê", 10), ("Phạm", 7), ("Hoàng", 5), ("Huỳnh", 4), ("Phan", 4),
    ("Vũ", 4), ("Võ", 4), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 2), ("Ngô", 1), ("Dương", 1), ("Lý", 1),
]  # fmt: skip
VN_MIDDLE_M = ["Văn", "Đức", "Minh", "Quốc", "Hữu", "Thanh", "Công", "Hoàng"]
VN_MIDDLE_F = ["Thị", "Ngọc", "Thu", "Thanh", "Phương", "Mai", "Kim", "Bảo"]
VN_GIVEN_M = [
    "An", "Bình", "Cường", "Dũng", "Hải", "Hiếu", "Hùng", "Khoa", "Long", "Minh",
    "Nam", "Phúc", "Quang", "Sơn", "Thắng", "Trung", "Tuấn", "Việt", "Đạt", "Huy",
]  # fmt: skip
VN_GIVEN_F = [
    "Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hương", "Lan", "Linh", "Mai",
    "Ngọc", "Nhung", "Phương", "Quỳnh", "Thảo", "Trang", "Trinh", "Uyên", "Vy", "Yến",
]  # fmt: skip
VN_SHOPS = ["Cửa hàng Minh Phát", "Công ty TNHH Hoa Sen", "Shop Mẹ và Bé Ánh Dương", "Tạp hóa Đức Thịnh"]
MAIL_DOMAINS = ["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com", "outlook.com"]

# (province, district, subdistrict, postcode, road, weight): real Thai places and their postcodes.
TH_PLACES = [
    ("กรุงเทพมหานคร", "จตุจักร", "ลาดยาว", "10900", "พหลโยธิน", 6),
    ("กรุงเทพมหานคร", "บางรัก", "สีลม", "10500", "สีลม", 4),
    ("กรุงเทพมหานคร", "ปทุมวัน", "ลุมพินี", "10330", "วิทยุ", 3),
    ("กรุงเทพมหานคร", "วัฒนา", "คลองเตยเหนือ", "10110", "สุขุมวิท", 5),
    ("กรุงเทพมหานคร", "บางกะปิ", "หัวหมาก", "10240", "รามคำแหง", 5),
    ("กรุงเทพมหานคร", "ห้วยขวาง", "ห้วยขวาง", "10310", "ประชาราษฎร์บำเพ็ญ", 4),
    ("นนทบุรี", "ปากเกร็ด", "บางพูด", "11120", "แจ้งวัฒนะ", 4),
    ("นนทบุรี", "เมืองนนทบุรี", "บางกระสอ", "11000", "รัตนาธิเบศร์", 3),
    ("ปทุมธานี", "ธัญบุรี", "ประชาธิปัตย์", "12130", "รังสิต-นครนายก", 3),
    ("สมุทรปราการ", "เมืองสมุทรปราการ", "ปากน้ำ", "10270", "สุขุมวิท", 3),
    ("เชียงใหม่", "เมืองเชียงใหม่", "ศรีภูมิ", "50200", "มณีนพรัตน์", 4),
    ("เชียงใหม่", "สันทราย", "หนองหาร", "50290", "เชียงใหม่-พร้าว", 2),
    ("ขอนแก่น", "เมืองขอนแก่น", "ในเมือง", "40000", "ศรีจันทร์", 3),
    ("นครราชสีมา", "เมืองนครราชสีมา", "ในเมือง", "30000", "ราชดำเนิน", 3),
    ("ชลบุรี", "บางละมุง", "หนองปรือ", "20150", "สุขุมวิท", 3),
    ("ชลบุรี", "เมืองชลบุรี", "บางปลาสร้อย", "20000", "เจตน์จำนงค์", 2),
    ("ภูเก็ต", "เมืองภูเก็ต", "ตลาดใหญ่", "83000", "ถลาง", 2),
    ("ภูเก็ต", "กะทู้", "ป่าตอง", "83150", "ทวีวงศ์", 1),
    ("สงขลา", "หาดใหญ่", "หาดใหญ่", "90110", "นิพัทธ์อุทิศ 3", 3),
    ("อุดรธานี", "เมืองอุดรธานี", "หมากแข้ง", "41000", "โพศรี", 2),
    ("นครปฐม", "เมืองนครปฐม", "พระปฐมเจดีย์", "73000", "เทศา", 2),
    ("สุราษฎร์ธานี", "เมืองสุราษฎร์ธานี", "ตลาด", "84000", "ตลาดใหม่", 2),
    ("พิษณุโลก", "เมืองพิษณุโลก", "ในเมือง", "65000", "บรมไตรโลกนาถ", 2),
    ("ระยอง", "เมืองระยอง", "ท่าประดู่", "21000", "สุขุมวิท", 2),
    ("เชียงราย", "เมืองเชียงราย", "เวียง", "57000", "พหลโยธิน", 2),
]
# (province, district, ward, weight): real Vietnamese places.
VN_PLACES = [
    ("Hà Nội", "Đống Đa", "Trung Liệt", 4),
    ("Hà Nội", "Ba Đình", "Kim Mã", 3),
    ("Hà Nội", "Cầu Giấy", "Dịch Vọng", 4),
    ("Hà Nội", "Hoàn Kiếm", "Hàng Bạc", 2),
    ("Hà Nội", "Hai Bà Trưng", "Bạch Đằng", 3),
    ("TP. Hồ Chí Minh", "Quận 1", "Bến Nghé", 4),
    ("TP. Hồ Chí Minh", "Quận 3", "Võ Thị Sáu", 4),
    ("TP. Hồ Chí Minh", "Bình Thạnh", "Phường 25", 4),
    ("TP. Hồ Chí Minh", "Tân Bình", "Phường 2", 3),
    ("TP. Hồ Chí Minh", "Gò Vấp", "Phường 10", 3),
    ("Đà Nẵng", "Hải Châu", "Thạch Thang", 3),
    ("Đà Nẵng", "Sơn Trà", "An Hải Bắc", 2),
    ("Hải Phòng", "Lê Chân", "An Biên", 2),
    ("Cần Thơ", "Ninh Kiều", "Tân An", 2),
    ("Khánh Hòa", "Nha Trang", "Lộc Thọ", 2),
    ("Thừa Thiên Huế", "Huế", "Phú Hội", 1),
    ("Bình Dương", "Thủ Dầu Một", "Phú Cường", 2),
    ("Đồng Nai", "Biên Hòa", "Tân Phong", 2),
]
VN_STREETS = [
    "Lê Lợi", "Nguyễn Huệ", "Trần Hưng Đạo", "Hai Bà Trưng", "Lý Thường Kiệt", "Quang Trung",
    "Nguyễn Trãi", "Lê Duẩn", "Điện Biên Phủ", "Hùng Vương", "Phan Chu Trinh", "Bà Triệu",
    "Nguyễn Thị Minh Khai", "Võ Văn Tần", "Cách Mạng Tháng Tám",
]  # fmt: skip
TH_CHANNELS = {
    Channel.LINE: 25, Channel.FACEBOOK: 25, Channel.SHOPEE: 15, Channel.LAZADA: 10,
    Channel.TIKTOK: 10, Channel.WEB: 8, Channel.PHONE: 5, Channel.WALK_IN: 2,
}  # fmt: skip
VN_CHANNELS = {
    Channel.ZALO: 25, Channel.FACEBOOK: 25, Channel.SHOPEE: 15, Channel.TIKTOK: 12,
    Channel.LAZADA: 5, Channel.WEB: 10, Channel.PHONE: 6, Channel.WALK_IN: 2,
}  # fmt: skip
TH_SOURCES = {
    "Facebook Ads": 20, "TikTok Ads": 10, "Google Ads": 8, "Referral": 12, "LINE OA": 10, "Import": 8,
    "Website": 10, "": 22,
}  # fmt: skip
VN_SOURCES = {
    "Facebook Ads": 20, "TikTok Ads": 12, "Google Ads": 8, "Referral": 12, "Zalo OA": 10, "Import": 8,
    "Website": 8, "": 22,
}  # fmt: skip

# (sku, name, units as (name, factor, price in satang), popularity). The demo shop sells in baht.
PRODUCTS = [
    ("TH-SER-30", "เซรั่มวิตามินซี 30ml", [("ขวด", 1, 59000), ("แพ็ก 3 ขวด", 3, 159000)], 9),
    ("TH-SUN-50", "ครีมกันแดด SPF50 PA+++", [("หลอด", 1, 35000)], 8),
    ("TH-SOAP", "สบู่สมุนไพรขมิ้น", [("ก้อน", 1, 8900), ("กล่อง 12 ก้อน", 12, 95000)], 7),
    ("TH-COF-250", "กาแฟอาราบิก้าดอยช้าง 250g", [("ถุง", 1, 28000)], 6),
    ("TH-RICE-5", "ข้าวหอมมะลิ 5 กก.", [("ถุง", 1, 22500)], 5),
    ("TH-FISH-700", "น้ำปลาแท้ 700ml", [("ขวด", 1, 4500), ("ลัง 12 ขวด", 12, 49000)], 4),
    ("TH-MASK", "มาส์กหน้าทองคำ", [("ซอง", 1, 4900), ("กล่อง 10 ซอง", 10, 45000)], 6),
    ("TH-TEA-400", "ชาไทยปรุงสำเร็จ 400g", [("ห่อ", 1, 15500)], 5),
    ("TH-INHALER", "ยาดมสมุนไพร", [("ขวด", 1, 3500), ("แพ็ก 6 ขวด", 6, 19900)], 5),
    ("TH-SHIRT", "เสื้อยืดผ้าฝ้าย", [("ตัว", 1, 29000)], 4),
    ("VN-CAF-500", "Cà phê Robusta rang xay 500g", [("gói", 1, 18000), ("thùng 10 gói", 10, 170000)], 6),
    ("VN-TEA-250", "Trà ô long Bảo Lộc 250g", [("hộp", 1, 25000)], 4),
    ("VN-FISH-500", "Nước mắm Phú Quốc 500ml", [("chai", 1, 9500), ("thùng 12 chai", 12, 105000)], 3),
    ("VN-MASK", "Mặt nạ dưỡng ẩm", [("miếng", 1, 4500), ("hộp 10 miếng", 10, 39000)], 5),
    ("VN-SERUM-30", "Serum vitamin C 30ml", [("chai", 1, 49000)], 3),
    ("VN-SHIRT", "Áo thun cotton", [("cái", 1, 22000)], 3),
    ("VN-HONEY-500", "Mật ong rừng U Minh 500ml", [("chai", 1, 29000)], 2),
    ("VN-RICE-5", "Gạo ST25 5kg", [("túi", 1, 26000)], 3),
    ("VN-CANDY", "Kẹo dừa Bến Tre", [("gói", 1, 5500), ("thùng 20 gói", 20, 99000)], 3),
    ("VN-LIPSTICK", "Son môi lì", [("thỏi", 1, 26500)], 3),
]
PAYMENT_METHODS = {"bank_transfer": 40, "cod": 30, "promptpay": 18, "card": 12}
ORDER_NOTES = {"": 94, "โทรก่อนส่ง": 2, "ฝากไว้ที่ป้อมยาม": 1, "Giao giờ hành chính": 1, "Gọi trước khi giao": 1,
               "ขอใบกำกับภาษีเต็มรูป": 1}  # fmt: skip

# Orders of the last days are still being worked on; older ones are mostly delivered.
_S = OrderStatus
STATUS_BY_AGE: list[tuple[int, dict[OrderStatus, int]]] = [
    (1, {_S.AWAITING: 50, _S.CONFIRMED: 30, _S.PACKED: 10, _S.CANCELLED: 10}),
    (3, {_S.AWAITING: 10, _S.CONFIRMED: 25, _S.PACKED: 25, _S.SHIPPED: 30, _S.CANCELLED: 10}),
    (10, {_S.CONFIRMED: 3, _S.PACKED: 5, _S.SHIPPED: 30, _S.DELIVERED: 52, _S.CANCELLED: 8, _S.RETURNED: 2}),
    (1 << 30, {_S.DELIVERED: 86, _S.CANCELLED: 9, _S.RETURNED: 5}),
]
# Seconds from the order to its last update, per status (min, max).
STATUS_DELAY = {
    _S.AWAITING: (0, 0), _S.CONFIRMED: (600, 6 * 3600), _S.PACKED: (12 * 3600, 30 * 3600),
    _S.SHIPPED: (86400, 2 * 86400), _S.DELIVERED: (2 * 86400, 5 * 86400), _S.CANCELLED: (600, 86400),
    _S.RETURNED: (7 * 86400, 14 * 86400),
}  # fmt: skip
# Orders and sign-ups by hour of the day in Thai and Vietnamese time (UTC+7): evenings and lunch.
LOCAL_HOUR_WEIGHTS = [1, 1, 0, 0, 0, 1, 2, 3, 4, 5, 5, 6, 8, 7, 5, 5, 5, 5, 6, 9, 10, 10, 8, 4]

CUSTOMER_COLUMNS = (
    "id", "name", "search_key", "sort_name", "phone", "email", "address_line", "subdistrict", "district",
    "province", "postcode", "country", "channel", "source", "owner_id", "birth_date", "first_contact_at",
    "last_contact_at", "imported_at", "handed_over_at", "converted_at", "created_at", "updated_at",
)  # fmt: skip
ORDER_COLUMNS = (
    "id", "number", "customer_id", "owner_id", "status", "channel", "currency", "subtotal_minor",
    "discount_minor", "shipping_minor", "total_minor", "vat_invoice", "payment_method", "payment_terms",
    "note", "ordered_at", "created_at", "updated_at",
)  # fmt: skip
LINE_COLUMNS = (
    "order_id", "position", "product_id", "unit_id", "description", "quantity", "unit_price_minor",
    "discount_minor", "total_minor",
)  # fmt: skip
ACTIVITY_COLUMNS = ("at", "user_id", "entity", "entity_id", "action", "changes", "summary")

Progress = Callable[[str, int, int], None]
"""Called as progress(stage, done, total) with stage "customers" or "orders" after every chunk."""


@dataclass(frozen=True)
class DemoCounts:
    """Rows written by `fill_demo`, per table."""

    users: int
    products: int
    customers: int
    orders: int
    order_lines: int
    activities: int
    followups: int = 0

    @property
    def rows(self) -> int:
        """All rows written."""
        return (
            self.users + self.products + self.customers + self.orders + self.order_lines + self.activities
            + self.followups
        )  # fmt: skip


def _weighted(weights: dict[Any, int] | Sequence[tuple[Any, int]]) -> list[Any]:
    """A list holding each item as often as its weight: `table[int(random() * len(table))]` draws."""
    pairs = weights.items() if isinstance(weights, dict) else weights
    return [item for item, weight in pairs for _ in range(weight)]


class _Writer:
    """Bulk inserts through the raw DB-API connection: COPY on psycopg 3, executemany elsewhere.

    On SQLite every statement inserts up to ROWS_PER_STATEMENT rows (`INSERT … VALUES (…), (…), …`): the
    customers' full-text index flushes at the end of each statement its trigger runs in, so one row per
    statement would make it write a segment per customer.
    """

    ROWS_PER_STATEMENT = 500

    def __init__(self, db: Database) -> None:
        self.db = db
        self.cursor = db.pw.cursor()
        self.copy = not db.is_sqlite and hasattr(self.cursor, "copy")
        self.param = db.pw.param
        self.max_params = 999
        if db.is_sqlite:
            self.max_params = db.pw.connection().getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)

    def _insert_sql(self, table: str, columns: Sequence[str], rows: int) -> str:
        marks = "(" + ", ".join([self.param] * len(columns)) + ")"
        return f"INSERT INTO {table} ({', '.join(columns)}) VALUES " + ", ".join([marks] * rows)

    def write(self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        if self.copy:
            with self.cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                write_row = copy.write_row
                for row in rows:
                    write_row(row)
            return
        if not self.db.is_sqlite:
            self.cursor.executemany(self._insert_sql(table, columns, 1), rows)
            return
        per = max(1, min(self.ROWS_PER_STATEMENT, self.max_params // len(columns)))
        full = len(rows) - len(rows) % per
        flat = itertools.chain.from_iterable
        if full:
            params = [tuple(flat(rows[i : i + per])) for i in range(0, full, per)]
            self.cursor.executemany(self._insert_sql(table, columns, per), params)
        if full < len(rows):
            self.cursor.execute(self._insert_sql(table, columns, len(rows) - full), tuple(flat(rows[full:])))

    def find_id(self, table: str, **where: Any) -> int | None:
        """The id of the row of `table` with these column values, None when there is none."""
        condition = " AND ".join(f"{column} = {self.param}" for column in where)
        self.cursor.execute(f"SELECT id FROM {table} WHERE {condition}", tuple(where.values()))
        row = self.cursor.fetchone()
        return None if row is None else int(row[0])

    def insert_one(self, table: str, **values: Any) -> int:
        """Insert one row; returns its id."""
        sql = self._insert_sql(table, list(values), 1)
        if self.db.is_sqlite:
            self.cursor.execute(sql, tuple(values.values()))
            return int(self.cursor.lastrowid)
        self.cursor.execute(sql + " RETURNING id", tuple(values.values()))
        return int(self.cursor.fetchone()[0])

    def next_id(self, table: str) -> int:
        """The first free id of `table` (ids are given explicitly, so nothing is read back)."""
        self.cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}")
        return int(self.cursor.fetchone()[0]) + 1

    def sync_sequence(self, table: str) -> None:
        """After explicit ids on PostgreSQL, move the id sequence past them."""
        if not self.db.is_sqlite:
            self.cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)"
            )


class _Clock:
    """Seconds since the first demo day (00:00 UTC) and their TIMESTAMP text, without datetime calls."""

    def __init__(self, anchor: datetime) -> None:
        self.start = (anchor - timedelta(days=YEARS * 365)).replace(hour=0, minute=0, second=0, microsecond=0)
        self.limit = int((anchor - self.start).total_seconds())  # the anchor, in seconds from start
        self.day_count = -(-self.limit // 86400)  # days begun before the anchor
        self.last_day = self.day_count - 1
        first = self.start
        # Days up to a week after the anchor: next follow-up times of tracking items lie ahead.
        self.days = [(first + timedelta(days=d)).strftime("%Y-%m-%d ") for d in range(self.day_count + 8)]
        self.tod = [f"{h:02d}:{mi:02d}:{s:02d}" for h in range(24) for mi in range(60) for s in range(60)]
        self.hours = _weighted([((h - 7) % 24, w) for h, w in enumerate(LOCAL_HOUR_WEIGHTS)])

    def text(self, t: int) -> str:
        return self.days[t // 86400] + self.tod[t % 86400]

    def moments(self, rand: Callable[[], float], n: int) -> list[int]:
        """`n` sorted moments over the demo years, more of them recently (the shop grows)."""
        days, hours, limit, sqrt = self.day_count, self.hours, self.limit, math.sqrt
        nh = len(hours)
        out = []
        for _ in range(n):
            t = int(days * sqrt(rand())) * 86400 + hours[int(rand() * nh)] * 3600 + int(rand() * 3600)
            out.append(t if t < limit else t - 86400)
        out.sort()
        return out


def fill_demo(
    db: Database,
    customers: int = 300,
    orders: int = 1500,
    seed: int = 7,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
    sales_work: bool = True,
) -> DemoCounts:
    """Insert staff, products, customers, orders with their lines and an activity row per order.

    Everything is written in one transaction. The data depends only on `seed` and on `now`, the end of
    the five demo years (by default today 00:00 UTC, 07:00 in Bangkok and Hanoi): the same seed on the
    same day, or with the same `now`, gives the same rows on every backend. Existing demo staff and
    products are reused, so a database can be filled twice. `progress(stage, done, total)` is called
    after every chunk of customers and of orders. `sales_work` adds the upsell queue's cases and the
    opportunities pipeline (their own tests seed them separately).
    """
    if customers < 0 or orders < 0:
        raise ValueError("customers and orders must not be negative")
    if orders and not customers:
        raise ValueError("orders need at least one customer")
    if now is None:
        anchor = to_db(utc_now()).replace(hour=0, minute=0, second=0, microsecond=0)
    else:
        anchor = to_db(now).replace(second=0, microsecond=0)
    rng = random.Random(seed)
    rand = rng.random
    clock = _Clock(anchor)
    with _bulk_cache(db), db.atomic(), _bulk_load(db, BULK_TABLES):
        writer = _Writer(db)
        if not db.is_sqlite:
            writer.cursor.execute("LOCK TABLE customers, orders IN SHARE ROW EXCLUSIVE MODE")
        staff, users_added = _ensure_staff(writer, clock.text(0))
        catalogue, products_added = _ensure_catalogue(writer, clock.text(0))
        plan = _CustomerPlan(rand, customers, orders, clock, staff)
        first_customer = writer.next_id("customers")
        plan.write(writer, first_customer, progress)
        writer.sync_sequence("customers")
        followups = FollowUpDemo(writer, rand, clock.text, clock.limit, plan.staff_ids)
        lines, activities = _write_orders(
            writer, rand, plan, first_customer, catalogue, clock, followups, progress
        )
        writer.sync_sequence("orders")
        if orders:
            _write_requests_and_notices(writer, rand, plan, first_customer, followups, max(20, orders // 100))
            if sales_work:
                seed_upsell(writer, clock, seed, orders, plan.staff_ids, staff[0][0])
        for table in ("followups", "contact_requests", "payment_notices"):
            writer.sync_sequence(table)
    if sales_work:
        seed_opportunities(db, None, seed, now=anchor, language="auto")
    if not db.is_sqlite:
        # Fresh statistics and visibility map: the planner picks the indexes, counts read index-only.
        for table in BULK_TABLES:
            db.pw.execute_sql(f"VACUUM ANALYZE {table}")
    return DemoCounts(users_added, products_added, customers, orders, lines, activities, followups.written)


@contextlib.contextmanager
def _bulk_cache(db: Database) -> Iterator[None]:
    """A larger SQLite page cache while filling: the random-order indexes (customer of an order, phone)
    otherwise spill pages to the WAL and read them back again and again.
    """
    if not db.is_sqlite:
        yield
        return
    conn = db.pw.connection()
    before = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    conn.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {before}")


@contextlib.contextmanager
def _bulk_load(db: Database, tables: Sequence[str]) -> Iterator[None]:
    """Inside the fill's transaction: drop the plain secondary indexes of `tables` (and on PostgreSQL
    their foreign keys), and create them again at the end.

    Building an index from all keys at once is faster than updating it row by row, and the descending
    (status, created_at) indexes come out packed instead of half-empty; PostgreSQL checks a foreign key
    added to a filled table with one join instead of a query per row. Unique and primary-key indexes stay.
    """
    cursor = db.pw.cursor()
    restore: list[str] = []
    if db.is_sqlite:
        marks = ", ".join("?" * len(tables))
        cursor.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({marks}) ORDER BY name",
            tuple(tables),
        )
        for name, sql in cursor.fetchall():
            cursor.execute(f'DROP INDEX "{name}"')
            restore.append(sql)
    else:
        for table in tables:
            cursor.execute(
                "SELECT quote_ident(c.relname), pg_get_indexdef(i.indexrelid) FROM pg_index i "
                "JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = %s::regclass "
                "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid) "
                "ORDER BY c.relname",
                (table,),
            )
            for name, sql in cursor.fetchall():
                cursor.execute(f"DROP INDEX {name}")
                restore.append(sql)
            cursor.execute(
                "SELECT quote_ident(conname), pg_get_constraintdef(oid) FROM pg_constraint "
                "WHERE conrelid = %s::regclass AND contype = 'f' ORDER BY conname",
                (table,),
            )
            for name, definition in cursor.fetchall():
                cursor.execute(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
                restore.append(f"ALTER TABLE {table} ADD CONSTRAINT {name} {definition}")
    yield
    for sql in restore:
        cursor.execute(sql)


def _ensure_staff(writer: _Writer, stamp: str) -> tuple[list[tuple[int, int]], int]:
    """The demo staff as (user id, share of customers), created when missing; and how many were added."""
    password_hash = ""
    out, added = [], 0
    for username, name, role, share in STAFF:
        uid = writer.find_id("users", username=username)
        if uid is None:
            password_hash = password_hash or cheap_hasher().hash(DEMO_PASSWORD)
            uid = writer.insert_one(
                "users",
                username=username,
                display_name=name,
                role=role.value,
                password_hash=password_hash,
                created_at=stamp,
                updated_at=stamp,
            )
            added += 1
        out.append((uid, share))
    return out, added


@dataclass(frozen=True, eq=False)
class _Unit:
    product_id: int
    unit_id: int
    description: str
    price: int


def _ensure_catalogue(writer: _Writer, stamp: str) -> tuple[list[list[_Unit]], int]:
    """Products and units, created when missing: per product its units (base unit first), repeated as
    often as the product is popular; and how many products were added.
    """
    out, added = [], 0
    for sku, name, units, popularity in PRODUCTS:
        pid = writer.find_id("products", sku=sku)
        if pid is None:
            pid = writer.insert_one(
                "products",
                sku=sku,
                name=name,
                search_key=search_key(name),
                created_at=stamp,
                updated_at=stamp,
            )
            added += 1
        found = []
        for unit_name, factor, price in units:
            uid = writer.find_id("product_units", product_id=pid, name=unit_name)
            if uid is None:
                uid = writer.insert_one(
                    "product_units",
                    product_id=pid,
                    name=unit_name,
                    factor=factor,
                    price_minor=price,
                    currency=Currency.THB.value,
                )
            label = name if factor == 1 else f"{name} ({unit_name})"
            found.append(_Unit(pid, uid, label, price))
        out.extend([found] * popularity)
    return out, added


class _CustomerPlan:
    """What orders need to know of each customer, decided before any row is written, and the orders'
    moments and customers: so customers can carry their first and last order dates.
    """

    def __init__(
        self,
        rand: Callable[[], float],
        customers: int,
        orders: int,
        clock: _Clock,
        staff: list[tuple[int, int]],
    ) -> None:
        self.rand = rand
        self.clock = clock
        self.count = customers
        self.staff_ids = [uid for uid, share in staff if share]
        owners = _weighted([*staff, (0, POOL_SHARE)])
        th_channels, vn_channels = _weighted(TH_CHANNELS), _weighted(VN_CHANNELS)
        self.created = array("q", clock.moments(rand, customers))
        if customers:
            self.created[0] = 0  # someone has been a customer since the first day
        self.thai = bytearray(customers)
        self.owner = array("q", bytes(8 * customers))
        self.channel: list[str] = []
        buyers = []
        for i in range(customers):
            thai = rand() < 0.55
            self.thai[i] = thai
            self.owner[i] = owners[int(rand() * len(owners))]
            table = th_channels if thai else vn_channels
            self.channel.append(table[int(rand() * len(table))].value)
            if i == 0 or rand() < 0.75:
                buyers.append(i)
        # Orders: their moments, and a buyer who was already a customer then, recent ones more likely.
        buyer_times = [self.created[i] for i in buyers]
        self.order_times = array("q", clock.moments(rand, orders))
        self.order_customer = array("q", bytes(8 * orders))
        self.first_order = array("q", [-1]) * customers
        self.last_order = array("q", [-1]) * customers
        right = bisect.bisect_right
        for n, t in enumerate(self.order_times):
            k = right(buyer_times, t)
            ci = buyers[k - 1 - int(k * rand() ** 2)]
            self.order_customer[n] = ci
            if self.first_order[ci] < 0:
                self.first_order[ci] = t
            self.last_order[ci] = t

    def write(self, writer: _Writer, first_id: int, progress: Progress | None) -> None:
        rand, clock = self.rand, self.clock
        text, limit = clock.text, clock.limit
        keys: dict[str, str] = {}
        sort_names: dict[str, str] = {}
        handles: dict[str, str] = {}
        phones: set[str] = set()
        th_places, vn_places = (
            _weighted([(p[:5], p[5]) for p in TH_PLACES]),
            _weighted([(p[:3], p[3]) for p in VN_PLACES]),
        )
        th_sources, vn_sources = _weighted(TH_SOURCES), _weighted(VN_SOURCES)
        vn_family = _weighted(VN_FAMILY)
        rows: list[tuple[Any, ...]] = []
        for i in range(self.count):
            thai = self.thai[i]
            email = None
            if thai:
                if rand() < 0.03:
                    name = TH_SHOPS[int(rand() * len(TH_SHOPS))]
                else:
                    given_th = TH_FIRST[int(rand() * len(TH_FIRST))]
                    family_th = TH_LAST[int(rand() * len(TH_LAST))]
                    name = f"{given_th[0]} {family_th[0]}"
                    if rand() < 0.35:
                        email = f"{given_th[1]}.{family_th[1][:3]}{int(rand() * 100)}"
                while (phone := f"+66{'689'[int(rand() * 3)]}{int(rand() * 1e8):08d}") in phones:
                    pass
                province, district, sub, postcode, road = th_places[int(rand() * len(th_places))]
                house, moo = int(rand() * 300) + 1, int(rand() * 12) + 1
                if province == "กรุงเทพมหานคร":
                    address = f"{house}/{int(rand() * 60) + 1} ซอย{road} {int(rand() * 40) + 1} ถนน{road}"
                else:
                    address = f"{house} หมู่ {moo} ถนน{road}"
                sources = th_sources
            else:
                if rand() < 0.03:
                    name = VN_SHOPS[int(rand() * len(VN_SHOPS))]
                else:
                    family = vn_family[int(rand() * len(vn_family))]
                    if rand() < 0.5:
                        middle = VN_MIDDLE_M[int(rand() * len(VN_MIDDLE_M))]
                        given = VN_GIVEN_M[int(rand() * len(VN_GIVEN_M))]
                    else:
                        middle = VN_MIDDLE_F[int(rand() * len(VN_MIDDLE_F))]
                        given = VN_GIVEN_F[int(rand() * len(VN_GIVEN_F))]
                    name = f"{family} {middle} {given}"
                    if rand() < 0.35:
                        handle = handles.get(given + family)
                        if handle is None:
                            handle = handles[given + family] = search_key(given + family)
                        email = f"{handle}{int(rand() * 1000)}"
                while (phone := f"+84{'35789'[int(rand() * 5)]}{int(rand() * 1e8):08d}") in phones:
                    pass
                province, district, sub = vn_places[int(rand() * len(vn_places))]
                postcode = ""
                street = VN_STREETS[int(rand() * len(VN_STREETS))]
                house = int(rand() * 300) + 1
                address = f"{house}/{int(rand() * 40) + 1} {street}" if rand() < 0.3 else f"{house} {street}"
                sources = vn_sources
            phones.add(phone)
            if email is not None:
                email += "@" + MAIL_DOMAINS[int(rand() * len(MAIL_DOMAINS))]
            key = keys.get(name)
            if key is None:
                key = keys[name] = search_key(name)
                sort_names[name] = sort_key(name)
            key = " ".join(p for p in (key, national_digits(phone), email or "") if p)
            source = sources[int(rand() * len(sources))]
            created = self.created[i]
            owner = self.owner[i] or None
            first, last = self.first_order[i], self.last_order[i]
            birth = (
                f"{1960 + int(rand() * 46)}-{int(rand() * 12) + 1:02d}-{int(rand() * 28) + 1:02d}"
                if rand() < 0.4
                else None
            )
            handed = min(created + int(rand() * 3 * 86400), limit) if owner else None
            touched = max(last, handed or 0, created)
            rows.append(
                (
                    first_id + i,
                    name,
                    key,
                    sort_names[name],
                    phone,
                    email,
                    address,
                    sub,
                    district,
                    province,
                    postcode,
                    "TH" if thai else "VN",
                    self.channel[i],
                    source,
                    owner,
                    birth,
                    text(created),
                    text(max(last, created)),
                    text(created) if source == "Import" else None,
                    None if handed is None else text(handed),
                    None if first < 0 else text(first),
                    text(created),
                    text(touched),
                )
            )
            if len(rows) == CHUNK_ROWS or i == self.count - 1:
                writer.write("customers", CUSTOMER_COLUMNS, rows)
                rows = []
                if progress:
                    progress("customers", i + 1, self.count)


def _write_orders(
    writer: _Writer,
    rand: Callable[[], float],
    plan: _CustomerPlan,
    first_customer: int,
    catalogue: list[list[_Unit]],
    clock: _Clock,
    followups: FollowUpDemo,
    progress: Progress | None,
) -> tuple[int, int]:
    """Orders with 1–3 lines each, their "created" activity rows and their follow-ups; returns (lines,
    activities)."""
    total_orders = len(plan.order_times)
    first_id = writer.next_id("orders")
    text, limit, last_day = clock.text, clock.limit, clock.last_day
    by_age: list[list[tuple[str, tuple[int, int]]]] = []
    for max_age, weights in STATUS_BY_AGE:
        table = [(s.value, STATUS_DELAY[s]) for s in _weighted(weights)]
        by_age.extend([table] * (min(max_age, 11) - len(by_age)))
    th_channels, vn_channels = (
        [c.value for c in _weighted(TH_CHANNELS)],
        [c.value for c in _weighted(VN_CHANNELS)],
    )
    payments, notes = _weighted(PAYMENT_METHODS), _weighted(ORDER_NOTES)
    line_counts = [1] * 6 + [2] * 3 + [3]
    quantities = [1] * 12 + [2] * 5 + [3] * 2 + [5]
    staff_ids = plan.staff_ids
    thb, order_entity, created_action = Currency.THB.value, EntityKind.ORDER.value, Action.CREATED.value
    order_rows: list[tuple[Any, ...]] = []
    line_rows: list[tuple[Any, ...]] = []
    activity_rows: list[tuple[Any, ...]] = []
    lines_written = 0
    for n in range(total_orders):
        t = plan.order_times[n]
        ci = plan.order_customer[n]
        oid = first_id + n
        number = f"SO{oid:08d}"
        statuses = by_age[min(last_day - t // 86400, 10)]
        status, (lo, hi) = statuses[int(rand() * len(statuses))]
        owner = plan.owner[ci] or staff_ids[int(rand() * len(staff_ids))]
        if rand() < 0.8:
            channel = plan.channel[ci]
        else:
            channels = th_channels if plan.thai[ci] else vn_channels
            channel = channels[int(rand() * len(channels))]
        subtotal = 0
        picked: list[_Unit] = []
        for _ in range(line_counts[int(rand() * 10)]):
            units = catalogue[int(rand() * len(catalogue))]
            unit = units[0] if len(units) == 1 or rand() < 0.85 else units[1]
            if unit in picked:
                continue
            picked.append(unit)
            qty = quantities[int(rand() * 20)]
            gross = qty * unit.price
            discount = gross // 1000 * 100 if rand() < 0.1 else 0  # 10 % off, whole baht
            subtotal += gross - discount
            line_rows.append(
                (
                    oid,
                    len(picked),
                    unit.product_id,
                    unit.unit_id,
                    unit.description,
                    qty,
                    unit.price,
                    discount,
                    gross - discount,
                )
            )
        discount = min(subtotal, 5000 if rand() < 0.5 else 10000) if rand() < 0.08 else 0
        shipping = 0 if subtotal >= 50000 or channel == "walk_in" else (4000 if rand() < 0.7 else 5000)
        total = subtotal - discount + shipping
        stamp = text(t)
        updated = min(t + lo + int(rand() * (hi - lo)), limit)
        followups.order(
            oid, number, first_customer + ci, owner, status, t, updated, total, bool(plan.thai[ci])
        )
        order_rows.append(
            (
                oid,
                number,
                first_customer + ci,
                owner,
                status,
                channel,
                thb,
                subtotal,
                discount,
                shipping,
                total,
                rand() < 0.05,
                payments[int(rand() * len(payments))],
                "",
                notes[int(rand() * len(notes))],
                stamp,
                stamp,
                text(updated),
            )
        )
        activity_rows.append(
            (
                stamp,
                owner,
                order_entity,
                oid,
                created_action,
                f'{{"number": [null, "{number}"], "total_minor": [null, {total}]}}',
                number,
            )
        )
        if len(order_rows) == ORDER_CHUNK or n == total_orders - 1:
            writer.write("orders", ORDER_COLUMNS, order_rows)
            writer.write("order_lines", LINE_COLUMNS, line_rows)
            writer.write("activities", ACTIVITY_COLUMNS, activity_rows)
            followups.flush()
            lines_written += len(line_rows)
            order_rows, line_rows, activity_rows = [], [], []
            if progress:
                progress("orders", n + 1, total_orders)
    return lines_written, total_orders


def _write_requests_and_notices(
    writer: _Writer,
    rand: Callable[[], float],
    plan: _CustomerPlan,
    first_customer: int,
    followups: FollowUpDemo,
    count: int,
) -> None:
    """Contact requests and payment notices from a sample of the customers (read back for their names)."""
    picks = sorted({int(rand() * plan.count) for _ in range(min(plan.count, 2 * count))})
    found: dict[int, tuple[Any, ...]] = {}
    for start in range(0, len(picks), 500):
        chunk = [first_customer + i for i in picks[start : start + 500]]
        marks = ", ".join([writer.param] * len(chunk))
        writer.cursor.execute(f"SELECT id, name, phone, owner_id FROM customers WHERE id IN ({marks})", chunk)
        found.update({row[0]: row for row in writer.cursor.fetchall()})
    sample = []
    for i in picks:
        cid, name, phone, owner = found[first_customer + i]
        sample.append((cid, name, phone, owner, bool(plan.thai[i]), plan.created[i]))
    followups.requests_and_notices(count, sample)


def prepare_demo_database(path: Path) -> tuple[Services, UserRecord]:
    """A fresh demo database at `path`, filled, with its manager signed in."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    services = connect("sqlite:///" + path.as_posix(), hasher=cheap_hasher())
    fill_demo(services.db)
    return services, services.users.sign_in("manager", DEMO_PASSWORD)
