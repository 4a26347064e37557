"""Demo staff, products and customers: the name, place and product tables, and the customer rows."""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher

from salesapp.demo._bulk import Progress, _Clock, _weighted, _Writer
from salesapp.domain.catalogue import product_search_key
from salesapp.domain.collation import sort_key
from salesapp.domain.enums import Channel, Currency, Role
from salesapp.domain.search import national_digits
from salesapp.domain.text import search_key

DEMO_PASSWORD = "demo1234"
CHUNK_ROWS = 20_000

# Staff: (username, display name, role, share of the customers they own; the rest is in the pool).
STAFF = [
    ("manager", "คุณมานพ", Role.MANAGER, 0),
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

# Demo products' categories, in the language of the shop that sells them.
CATEGORIES = {
    "TH-SER-30": "สกินแคร์", "TH-SUN-50": "สกินแคร์", "TH-MASK": "สกินแคร์", "TH-SOAP": "ของใช้",
    "TH-INHALER": "ของใช้", "TH-COF-250": "เครื่องดื่ม", "TH-TEA-400": "เครื่องดื่ม", "TH-RICE-5": "อาหาร",
    "TH-FISH-700": "อาหาร", "TH-SHIRT": "เสื้อผ้า", "VN-CAF-500": "Đồ uống", "VN-TEA-250": "Đồ uống",
    "VN-FISH-500": "Thực phẩm", "VN-RICE-5": "Thực phẩm", "VN-HONEY-500": "Thực phẩm",
    "VN-CANDY": "Thực phẩm", "VN-MASK": "Mỹ phẩm", "VN-SERUM-30": "Mỹ phẩm", "VN-LIPSTICK": "Mỹ phẩm",
    "VN-SHIRT": "Quần áo",
}  # fmt: skip

CUSTOMER_COLUMNS = (
    "id", "name", "search_key", "sort_name", "phone", "email", "address_line", "subdistrict", "district",
    "province", "postcode", "country", "channel", "source", "owner_id", "birth_date", "first_contact_at",
    "last_contact_at", "imported_at", "handed_over_at", "converted_at", "created_at", "updated_at",
)  # fmt: skip


def _ensure_staff(writer: _Writer, stamp: str) -> tuple[list[tuple[int, int]], int]:
    """The demo staff as (user id, share of customers), created when missing; and how many were added.

    Each account gets a hash of its own with the default argon2 parameters, as the app stores (about
    0.1 s each, measured on a 2-core VM: 0.7 s for the six): a demo database is a real one that people
    go on using, and a cheap hash would stay cheap until its owner signed in."""
    hasher = PasswordHasher()
    out, added = [], 0
    for username, name, role, share in STAFF:
        uid = writer.find_id("users", username=username)
        if uid is None:
            password_hash = hasher.hash(DEMO_PASSWORD)
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
    """A product unit as order lines use it: product and unit ids, line description, price in satang."""

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
                search_key=product_search_key(name, sku),
                sort_name=sort_key(name),
                category=CATEGORIES.get(sku, ""),
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
