"""Demo upsell data: product categories, carrier / packing date / tags on recent orders, the upsell settings,
and upsell cases in every status with Thai and Vietnamese notes (a few with an image), calls and activity
rows; successful cases add their upsell lines to the order and its totals.

Called by `demo.fill_demo` at the end of its transaction with its writer and clock (see _bulk.py): rows are
written in bulk with explicit ids, from a random stream of their own (seeded from the demo's seed), so the
rest of the demo data is the same with or without them. Times are seconds from the first demo day.
"""

from __future__ import annotations

import json
import random
import struct
import zlib
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from salesapp.domain.enums import Action, EntityKind
from salesapp.domain.upsell import (
    DEFAULT_FAILURE_REASONS,
    DEFAULT_SKIP_REASONS,
    UpsellRules,
    UpsellSettings,
    UpsellStatus,
    settings_to_json,
)

S = UpsellStatus
MAX_CASES = 5000
CATEGORIES = {
    "SER": "skincare",
    "SUN": "skincare",
    "MASK": "skincare",
    "SOAP": "skincare",
    "LIPSTICK": "skincare",
    "COF": "drinks",
    "CAF": "drinks",
    "TEA": "drinks",
    "RICE": "food",
    "FISH": "food",
    "HONEY": "food",
    "CANDY": "food",
    "SHIRT": "fashion",
    "INHALER": "health",
}
CARRIERS = ["Kerry Express", "Flash Express", "ไปรษณีย์ไทย", "J&T Express", "GHN", "Viettel Post", "GHTK"]
ORDER_TAGS = ["vip", "ส่งด่วน", "ของขวัญ", "khách quen", "giao nhanh", "ลูกค้าใหม่"]
CASE_TAGS = ["สนใจโปร", "ลูกค้าประจำ", "quan tâm combo", "gọi buổi tối"]
TH_NOTES = [
    "ลูกค้าสนใจเซ็ตคู่ ขอดูโปรก่อน",
    "ลูกค้าไม่สะดวกคุย ให้โทรกลับตอนเย็น",
    "แนะนำครีมกันแดดเพิ่ม ลูกค้าขอคิดดู",
    "ลูกค้าบอกว่ายังมีของเหลือ",
    "ลูกค้ารับโปรซื้อ 2 แถม 1 แล้ว 👍",
]
VN_NOTES = [
    "Khách quan tâm combo, hẹn gọi lại",
    "Khách bận, gọi lại sau 18h",
    "Đã giới thiệu thêm mặt nạ, khách đang cân nhắc",
    "Khách còn hàng, chưa cần mua thêm",
    "Khách đồng ý lấy thêm 1 hộp 👍",
]
FOLLOW_REASONS = ["ลูกค้าไม่สะดวกคุย", "ขอคิดดูก่อน", "Khách hẹn gọi lại", "Khách đang bận"]
CASE_COLUMNS = (
    "id",
    "order_id",
    "customer_id",
    "status",
    "source",
    "queued_at",
    "assignee_id",
    "assigned_at",
    "reason",
    "next_call_at",
    "tags",
    "closed_at",
    "closed_by_id",
    "upsell_minor",
    "call_count",
    "note_count",
    "created_at",
    "updated_at",
    "updated_by_id",
)
NOTE_COLUMNS = ("id", "case_id", "text", "pinned", "at", "user_id")
IMAGE_COLUMNS = ("note_id", "position", "name", "mime", "size", "data", "thumb")
CALL_COLUMNS = (
    "entity",
    "entity_id",
    "customer_id",
    "user_id",
    "started_at",
    "ended_at",
    "seconds",
    "purpose",
)
LINE_COLUMNS = (
    "order_id",
    "position",
    "product_id",
    "unit_id",
    "description",
    "quantity",
    "unit_price_minor",
    "discount_minor",
    "total_minor",
    "upsell",
)
ACTIVITY_COLUMNS = ("at", "user_id", "entity", "entity_id", "action", "changes", "summary")
DEMO_SETTINGS = UpsellSettings(rules=UpsellRules(enabled=True, min_total_minor=30_000))
"""The demo shop upsells every new order of 300 ฿ or more."""


def tiny_png(rgb: tuple[int, int, int], size: int = 8) -> bytes:
    """A small solid-colour PNG (standard library only), standing in for a photo a customer sent."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\0" + bytes(rgb) * size for _ in range(size))
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _seconds(value: Any, start: datetime) -> int:
    """Seconds from the first demo day of a TIMESTAMP read back (text on SQLite, datetime on PostgreSQL)."""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return int((moment.replace(tzinfo=None) - start.replace(tzinfo=None)).total_seconds())


def _changes(**values: tuple[Any, Any]) -> str:
    return json.dumps({k: list(v) for k, v in values.items()}, ensure_ascii=False)


def seed_upsell(
    writer: Any, clock: Any, seed: int, orders: int, staff_ids: Sequence[int], manager_id: int
) -> int:
    """Write the demo's upsell data over the newest orders (see the module docstring); returns the number
    of cases. `writer` and `clock` come from _bulk.py; `orders` is how many orders the demo wrote."""
    if not orders or not staff_ids:
        return 0
    rand = random.Random(f"upsell-{seed}").random
    cursor, param = writer.cursor, writer.param
    _categories(cursor, param)
    cursor.execute("SELECT value FROM settings WHERE key = " + param, ("upsell",))
    if cursor.fetchone() is None:
        value = json.dumps(settings_to_json(DEMO_SETTINGS), ensure_ascii=False, sort_keys=True)
        cursor.execute(
            "INSERT INTO settings (key, value, updated_at, updated_by_id, version) "
            f"VALUES ({param}, {param}, {param}, {param}, 1)",
            ("upsell", value, clock.text(clock.limit), manager_id),
        )
    count = min(MAX_CASES, max(200, orders // 10), orders)
    cursor.execute(
        "SELECT o.id, o.customer_id, o.status, o.ordered_at, c.country FROM orders o "
        "JOIN customers c ON c.id = o.customer_id "
        "WHERE NOT EXISTS (SELECT 1 FROM upsell_cases u WHERE u.order_id = o.id) "
        f"ORDER BY o.id DESC LIMIT {param}",
        (count * 4,),
    )
    picked = _pick_orders(cursor.fetchall(), count)
    units = _units(cursor)
    plan = _Plan(writer, clock, rand, staff_ids, units)
    plan.tag_orders(picked)
    for oid, customer_id, status, ordered, country in picked:
        plan.case(oid, customer_id, status, _seconds(ordered, clock.start), country == "TH")
    plan.flush()
    return len(picked)


def _pick_orders(newest: list[tuple[Any, ...]], count: int) -> list[tuple[Any, ...]]:
    """`count` of the newest orders: about 60% still open (awaiting or confirmed: open cases), the rest
    finished ones (closed cases), topped up from either kind when one runs short; oldest first."""
    open_orders = [r for r in newest if r[2] in ("awaiting", "confirmed")]
    done = [r for r in newest if r[2] not in ("awaiting", "confirmed")]
    take_open = min(len(open_orders), max(count * 3 // 5, count - len(done)))
    chosen = open_orders[:take_open] + done[: count - take_open]
    return sorted(chosen, key=lambda r: r[0])


def _categories(cursor: Any, param: str) -> None:
    cursor.execute("SELECT id, sku FROM products WHERE category = ''")
    rows = []
    for pid, sku in cursor.fetchall():
        category = next((c for key, c in CATEGORIES.items() if key in sku), "")
        if category:
            rows.append((category, pid))
    if rows:
        cursor.executemany(f"UPDATE products SET category = {param} WHERE id = {param}", rows)


def _units(cursor: Any) -> list[tuple[int, int, str, int]]:
    cursor.execute(
        "SELECT u.product_id, u.id, p.name, u.price_minor FROM product_units u JOIN products p ON p.id = "
        "u.product_id WHERE p.active = TRUE AND u.factor = 1 ORDER BY u.id"
    )
    return [(r[0], r[1], r[2], r[3]) for r in cursor.fetchall()]


class _Plan:
    """Collects the rows of every case, then writes them table by table."""

    def __init__(
        self,
        writer: Any,
        clock: Any,
        rand: Any,
        staff_ids: Sequence[int],
        units: list[tuple[int, int, str, int]],
    ) -> None:
        self.writer, self.clock, self.rand = writer, clock, rand
        self.staff = list(staff_ids)
        self.units = units
        self.case_id = writer.next_id("upsell_cases")
        self.note_id = writer.next_id("upsell_notes")
        self.cases: list[tuple[Any, ...]] = []
        self.notes: list[tuple[Any, ...]] = []
        self.images: list[tuple[Any, ...]] = []
        self.calls: list[tuple[Any, ...]] = []
        self.lines: list[tuple[Any, ...]] = []
        self.totals: list[tuple[int, int, int]] = []
        self.activities: list[tuple[Any, ...]] = []
        self.photos = [tiny_png((230, 120, 40)), tiny_png((40, 140, 200))]

    def _pick(self, items: Sequence[Any]) -> Any:
        return items[int(self.rand() * len(items))]

    def tag_orders(self, picked: list[tuple[Any, ...]]) -> None:
        """Carrier, expected packing date (1–2 days after the order) and sometimes tags."""
        rows = []
        for oid, _, _, ordered, _ in picked:
            t = _seconds(ordered, self.clock.start)
            pack = (self.clock.start + timedelta(seconds=t + 86400 * (1 + int(self.rand() * 2)))).date()
            tags = self._pick(ORDER_TAGS) if self.rand() < 0.3 else ""
            rows.append((self._pick(CARRIERS), pack.isoformat(), tags, oid))
        p = self.writer.param
        self.writer.cursor.executemany(
            f"UPDATE orders SET carrier = {p}, pack_by = {p}, tags = {p} WHERE id = {p}", rows
        )

    def _status(self, order_status: str) -> UpsellStatus:
        roll = self.rand()
        if order_status in ("awaiting", "confirmed"):
            return S.PENDING if roll < 0.45 else S.ASSIGNED if roll < 0.75 else S.FOLLOW_UP
        return S.SUCCESS if roll < 0.4 else S.FAILED if roll < 0.75 else S.SKIPPED

    def case(self, oid: int, customer_id: int, order_status: str, ordered: int, thai: bool) -> None:
        rand, text, limit = self.rand, self.clock.text, self.clock.limit
        cid = self.case_id
        self.case_id += 1
        status = self._status(order_status)
        queued = min(ordered + 60, limit - 60)
        activity = self.activities.append
        activity(
            (
                text(queued),
                None,
                EntityKind.UPSELL_CASE.value,
                cid,
                Action.QUEUED.value,
                _changes(status=(None, "pending")),
                "rule",
            )
        )
        row: dict[str, Any] = {
            "assignee": None,
            "assigned": None,
            "reason": "",
            "next": None,
            "closed": None,
            "upsell": 0,
            "calls": 0,
            "notes": 0,
            "tags": "",
            "updated": queued,
        }
        if status is not S.PENDING:
            who = self._pick(self.staff)
            assigned = min(queued + int(rand() * 3 * 3600), limit - 30)
            row.update(assignee=who, assigned=assigned, updated=assigned)
            activity(
                (
                    text(assigned),
                    who,
                    EntityKind.UPSELL_CASE.value,
                    cid,
                    Action.ASSIGNED.value,
                    _changes(status=("pending", "assigned")),
                    "",
                )
            )
            self._work(cid, customer_id, oid, status, who, assigned, thai, row)
        self.cases.append(
            (
                cid,
                oid,
                customer_id,
                status.value,
                "rule",
                text(queued),
                row["assignee"],
                None if row["assigned"] is None else text(row["assigned"]),
                row["reason"],
                None if row["next"] is None else text(row["next"]),
                row["tags"],
                None if row["closed"] is None else text(row["closed"]),
                row["assignee"] if row["closed"] else None,
                row["upsell"],
                row["calls"],
                row["notes"],
                text(queued),
                text(row["updated"]),
                row["assignee"],
            )
        )
        if len(self.cases) >= 5000:
            self.flush()

    def _work(
        self,
        cid: int,
        customer_id: int,
        oid: int,
        status: UpsellStatus,
        who: int,
        at: int,
        thai: bool,
        row: dict[str, Any],
    ) -> None:
        rand, text, limit = self.rand, self.clock.text, self.clock.limit
        t = at
        for _ in range(1 + int(rand() * 2)):
            t = min(t + 120 + int(rand() * 3600), limit - 20)
            seconds = 20 + int(rand() * 400)
            self.calls.append(
                (
                    EntityKind.UPSELL_CASE.value,
                    cid,
                    customer_id,
                    who,
                    text(t),
                    text(min(t + seconds, limit)),
                    seconds,
                    "upsell",
                )
            )
            self.activities.append(
                (
                    text(min(t + seconds, limit)),
                    who,
                    EntityKind.UPSELL_CASE.value,
                    cid,
                    Action.CALLED.value,
                    _changes(seconds=(None, seconds)),
                    "",
                )
            )
            row["calls"] += 1
        if rand() < 0.5:
            nid = self.note_id
            self.note_id += 1
            body = self._pick(TH_NOTES if thai else VN_NOTES)
            self.notes.append((nid, cid, body, rand() < 0.2, text(t), who))
            if rand() < 0.1:
                photo = self._pick(self.photos)
                self.images.append(
                    (
                        nid,
                        1,
                        "ลูกค้าส่งรูป.png" if thai else "ảnh khách gửi.png",
                        "image/png",
                        len(photo),
                        photo,
                        photo,
                    )
                )
            self.activities.append(
                (text(t), who, EntityKind.UPSELL_CASE.value, cid, Action.NOTE_ADDED.value, "{}", body)
            )
            row["notes"] = 1
        if rand() < 0.15:
            row["tags"] = self._pick(CASE_TAGS)
        end = min(t + 60, limit - 10)
        row["updated"] = end
        if status is S.FOLLOW_UP:
            row["reason"] = self._pick(FOLLOW_REASONS)
            row["next"] = limit + 1800 + int(rand() * 2 * 86400) - (limit % 60)
        elif status is S.SUCCESS:
            row["upsell"] = self._add_lines(oid)
            row["closed"] = end
        elif status is S.FAILED:
            row["reason"] = self._pick(DEFAULT_FAILURE_REASONS)
            row["closed"] = end
        elif status is S.SKIPPED:
            row["reason"] = self._pick(DEFAULT_SKIP_REASONS)
            row["closed"] = end
        if status is not S.ASSIGNED:
            self.activities.append(
                (
                    text(end),
                    who,
                    EntityKind.UPSELL_CASE.value,
                    cid,
                    Action.STATUS_CHANGED.value,
                    _changes(status=("assigned", status.value)),
                    row["reason"],
                )
            )

    def _add_lines(self, oid: int) -> int:
        """One or two upsell lines on the order (positions from 100, after any the order has)."""
        total = 0
        for position in range(100, 100 + 1 + int(self.rand() * 2)):
            pid, uid, name, price = self._pick(self.units)
            quantity = 1 + int(self.rand() * 3)
            self.lines.append((oid, position, pid, uid, name, quantity, price, 0, price * quantity, True))
            total += price * quantity
        self.totals.append((total, total, oid))
        return total

    def flush(self) -> None:
        w = self.writer
        w.write("upsell_cases", CASE_COLUMNS, self.cases)
        w.write("upsell_notes", NOTE_COLUMNS, self.notes)
        w.write("upsell_note_images", IMAGE_COLUMNS, self.images)
        w.write("calls", CALL_COLUMNS, self.calls)
        w.write("order_lines", LINE_COLUMNS, self.lines)
        w.write("activities", ACTIVITY_COLUMNS, self.activities)
        if self.totals:
            p = w.param
            w.cursor.executemany(
                f"UPDATE orders SET subtotal_minor = subtotal_minor + {p}, total_minor = total_minor + {p} "
                f"WHERE id = {p}",
                self.totals,
            )
        for table in ("upsell_cases", "upsell_notes", "upsell_note_images", "calls"):
            w.sync_sequence(table)
        self.cases, self.notes, self.images, self.calls, self.lines = [], [], [], [], []
        self.totals, self.activities = [], []
