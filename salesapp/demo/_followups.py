"""Demo follow-ups: one per order, plus contact-back requests and payment notices in every status.

Used by `demo.fill_demo` while it writes orders: rows are generated as tuples from the same seeded random
stream and written in the same chunks. Times are seconds from the first demo day (see `_bulk._Clock`);
`limit` is the anchor ("now" of the demo). Finished orders are closed; open ones are new, tracking (next
time after the anchor) or due (next time before it); recent ones carry notes written by their owner.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import Any

from salesapp.domain.enums import Action, EntityKind
from salesapp.domain.followup import FollowUpKind

FOLLOWUP_COLUMNS = (
    "kind", "subject_id", "customer_id", "owner_id", "title", "received_at", "next_at", "sort_at",
    "followed", "closed", "closed_at", "closed_by_id", "note_count", "last_note", "last_note_by_id",
    "last_note_at", "created_at", "updated_at",
)  # fmt: skip
NOTE_COLUMNS = ("followup_id", "at", "user_id", "text", "next_at", "closing")
REQUEST_COLUMNS = (
    "id", "number", "customer_id", "name", "phone", "message", "product_interest", "received_at",
    "created_at", "updated_at",
)  # fmt: skip
NOTICE_COLUMNS = (
    "id", "number", "customer_id", "name", "phone", "amount_minor", "currency", "bank", "transferred_at",
    "order_number_given", "matched_order_id", "matched_at", "received_at", "created_at", "updated_at",
)  # fmt: skip
ACTIVITY_COLUMNS = ("at", "user_id", "entity", "entity_id", "action", "changes", "summary")

CLOSED_ORDER_STATUSES = frozenset({"delivered", "cancelled", "returned"})
NOTED_DAYS = 60  # closed follow-ups of the last 60 days carry their closing note
DAY = 86400

TH_NOTES = [
    "โทรแล้ว ลูกค้าไม่รับสาย จะโทรอีกครั้ง", "ลูกค้ายืนยันที่อยู่จัดส่งแล้ว", "ลูกค้าขอเลื่อนวันส่งเป็นสัปดาห์หน้า",
    "แจ้งเลขพัสดุทาง LINE แล้ว", "ลูกค้าสนใจสั่งเพิ่มอีก 2 ชิ้น ขอคิดก่อน", "ส่ง QR พร้อมเพย์ให้แล้ว รอโอน",
]  # fmt: skip
VN_NOTES = [
    "Đã gọi, khách không nghe máy, sẽ gọi lại", "Khách xác nhận địa chỉ giao hàng",
    "Khách hẹn gọi lại chiều mai", "Đã gửi mã vận đơn qua Zalo", "Khách muốn đổi màu sản phẩm",
    "Đã gửi số tài khoản, chờ khách chuyển khoản",
]  # fmt: skip
TH_CLOSING = ["ลูกค้าได้รับสินค้าเรียบร้อย 👍", "ปิดการขายแล้ว ขอบคุณค่ะ", "ลูกค้ายกเลิก ไม่ต้องติดตามต่อ"]
VN_CLOSING = ["Khách đã nhận hàng, hài lòng 👍", "Đã chốt đơn, cảm ơn khách", "Khách hủy, dừng theo dõi"]
TH_REQUESTS = [
    ("สนใจสินค้า รบกวนโทรกลับช่วงเย็นค่ะ", "เซรั่มวิตามินซี 30ml"), ("อยากทราบราคาส่ง 10 ชิ้นขึ้นไป", "สบู่สมุนไพรขมิ้น"),
    ("สั่งแล้วยังไม่ได้ของ ช่วยเช็คให้หน่อย", ""), ("มีโปรโมชั่นไหมคะ", "ครีมกันแดด SPF50 PA+++"),
]  # fmt: skip
VN_REQUESTS = [
    ("Tôi muốn hỏi giá sỉ, gọi lại giúp", "Cà phê Robusta rang xay 500g"),
    ("Gọi cho tôi sau 18h nhé", "Gạo ST25 5kg"),
    ("Đơn hàng của tôi chưa tới, kiểm tra giúp", ""), ("Còn hàng không shop?", "Son môi lì"),
]  # fmt: skip
TH_BANKS = ["กสิกรไทย", "ไทยพาณิชย์", "กรุงเทพ", "กรุงไทย", "กรุงศรีอยุธยา", "พร้อมเพย์"]
VN_BANKS = ["Vietcombank", "Techcombank", "MB Bank", "BIDV", "ACB", "VPBank"]


class FollowUpDemo:
    """Generates and writes the demo's follow-ups, notes, requests and notices with their activities."""

    def __init__(
        self,
        writer: Any,
        rand: Callable[[], float],
        text: Callable[[int], str],
        limit: int,
        staff_ids: Sequence[int],
    ) -> None:
        self.writer = writer
        self.rand = rand
        self.text = text
        self.limit = limit
        self.staff_ids = list(staff_ids)
        self.next_id = writer.next_id("followups")
        self.followups: list[tuple[Any, ...]] = []
        self.notes: list[tuple[Any, ...]] = []
        self.activities: list[tuple[Any, ...]] = []
        self.recent_orders: list[tuple[int, str, int, int, int, int | None, bool]] = []
        self.written = 0

    def _pick(self, items: Sequence[Any]) -> Any:
        return items[int(self.rand() * len(items))]

    def _minute(self, t: int) -> int:
        return t - t % 60

    def add(
        self,
        kind: FollowUpKind,
        subject_id: int,
        customer_id: int,
        owner: int | None,
        title: str,
        received: int,
        thai: bool,
        closed_at: int | None,
    ) -> None:
        """One follow-up received at `received`: closed at `closed_at`, else new, tracking or due."""
        rand, text, limit = self.rand, self.text, self.limit
        fid = self.next_id
        self.next_id += 1
        writer_id = owner or self._pick(self.staff_ids)
        notes: list[tuple[int, str, int | None, bool]] = []  # (at, text, next, closing)
        next_at: int | None = None
        if closed_at is not None:
            if limit - closed_at < NOTED_DAYS * DAY:
                notes.append((closed_at, self._pick(TH_CLOSING if thai else VN_CLOSING), None, True))
        else:
            roll = rand()
            if roll >= 0.3:  # followed: a first note some minutes to hours after it came in
                first = min(received + 300 + int(rand() * 4 * 3600), limit - 60)
                first = max(first, received)
                if roll < 0.65:  # tracking: next time within 3 days after the anchor
                    next_at = self._minute(limit + 1800 + int(rand() * 3 * DAY))
                else:  # due: next time between the first note and the anchor
                    next_at = self._minute(first + int(rand() * max(0, limit - first)))
                    next_at = max(next_at, first - first % 60)
                notes.append((first, self._pick(TH_NOTES if thai else VN_NOTES), next_at, False))
        last = notes[-1] if notes else None
        followed = bool(notes)
        if closed_at is not None:
            sort_at = closed_at
        else:
            sort_at = next_at if next_at is not None else received
        self.followups.append(
            (
                kind.value, subject_id, customer_id, owner, title, text(received),
                None if next_at is None else text(next_at), text(sort_at), followed, closed_at is not None,
                None if closed_at is None else text(closed_at), None if closed_at is None else writer_id,
                len(notes), last[1] if last else "", writer_id if last else None,
                text(last[0]) if last else None, text(received),
                text(max(received, closed_at or 0, last[0] if last else 0)),
            )
        )  # fmt: skip
        for at, body, nxt, closing in notes:
            self.notes.append((fid, text(at), writer_id, body, None if nxt is None else text(nxt), closing))
            action = Action.CLOSED if closing else Action.NOTE_ADDED
            self.activities.append(
                (text(at), writer_id, EntityKind.FOLLOWUP.value, fid, action.value, "{}", body)
            )

    def order(
        self, oid: int, number: str, customer_id: int, owner: int | None, status: str, t: int, updated: int,
        total: int, thai: bool,
    ) -> None:  # fmt: skip
        """The follow-up of one demo order."""
        closed = updated if status in CLOSED_ORDER_STATUSES else None
        self.add(FollowUpKind.ORDER, oid, customer_id, owner, number, t, thai, closed)
        if self.limit - t < 30 * DAY:
            self.recent_orders.append((oid, number, customer_id, total, t, owner, thai))

    def flush(self) -> None:
        """Write what was generated so far."""
        self.writer.write("followups", FOLLOWUP_COLUMNS, self.followups)
        self.writer.write("followup_notes", NOTE_COLUMNS, self.notes)
        self.writer.write("activities", ACTIVITY_COLUMNS, self.activities)
        self.written += len(self.followups)
        self.followups, self.notes, self.activities = [], [], []

    def requests_and_notices(
        self,
        count: int,
        customers: Sequence[tuple[int, str, str, int | None, bool, int]],
    ) -> None:
        """`count` contact requests and `count` payment notices over the last 90 days.

        `customers` are (id, name, phone, owner, thai, created) sorted by `created`.
        """
        rand, text, limit = self.rand, self.text, self.limit
        created = [c[5] for c in customers]
        writer = self.writer
        first_request, first_notice = writer.next_id("contact_requests"), writer.next_id("payment_notices")
        requests: list[tuple[Any, ...]] = []
        notices: list[tuple[Any, ...]] = []
        activities: list[tuple[Any, ...]] = []
        for n in range(count):
            received = limit - 60 - int(90 * DAY * rand() ** 3)  # most of them recent
            k = bisect.bisect_right(created, received)
            cid, name, phone, owner, thai, _ = customers[int(rand() * max(1, k))]
            message, product = self._pick(TH_REQUESTS if thai else VN_REQUESTS)
            rid = first_request + n
            number = f"CR{rid:07d}"
            requests.append(
                (
                    rid,
                    number,
                    cid,
                    name,
                    phone,
                    message,
                    product,
                    text(received),
                    text(received),
                    text(received),
                )
            )
            activities.append(
                (
                    text(received),
                    None,
                    EntityKind.CONTACT_REQUEST.value,
                    rid,
                    Action.CREATED.value,
                    "{}",
                    number,
                )
            )
            closed = self._closing_time(received)
            self.add(FollowUpKind.CONTACT_REQUEST, rid, cid, owner, number, received, thai, closed)
        orders = self.recent_orders
        for n in range(count if orders else 0):
            oid, order_number, cid, total, t, owner, thai = orders[
                len(orders) - 1 - int(len(orders) * rand() ** 3)
            ]
            transferred = min(t + 600 + int(rand() * 2 * DAY), limit - 120)
            received = min(transferred + 60 + int(rand() * 3600), limit - 60)
            nid = first_notice + n
            number = f"PN{nid:07d}"
            amount = total if rand() < 0.85 else max(100, total - 100 * int(rand() * 50))
            # An order may total 0 (a free replacement, a line discounted away); nobody pays 0 (the
            # table's CHECK): the customer sends a small amount that matches no order.
            amount = max(amount, 100)
            closed = self._closing_time(received)
            matched = oid if closed is not None and amount == total else None
            notices.append(
                (
                    nid, number, cid, "", None, amount, "THB", self._pick(TH_BANKS if thai else VN_BANKS),
                    text(transferred), order_number if rand() < 0.6 else "", matched,
                    None if matched is None else text(closed or received), text(received), text(received),
                    text(received),
                )
            )  # fmt: skip
            activities.append(
                (
                    text(received),
                    None,
                    EntityKind.PAYMENT_NOTICE.value,
                    nid,
                    Action.CREATED.value,
                    "{}",
                    number,
                )
            )
            self.add(FollowUpKind.PAYMENT_NOTICE, nid, cid, owner, number, received, thai, closed)
        writer.write("contact_requests", REQUEST_COLUMNS, requests)
        writer.write("payment_notices", NOTICE_COLUMNS, notices)
        # The payer's name and phone as the customer's (only the recent orders' customer ids are at hand).
        writer.cursor.execute(
            "UPDATE payment_notices SET name = (SELECT c.name FROM customers c WHERE c.id = customer_id), "
            "phone = (SELECT c.phone FROM customers c WHERE c.id = customer_id) WHERE name = ''"
        )
        writer.write("activities", ACTIVITY_COLUMNS, activities)
        self.flush()

    def _closing_time(self, received: int) -> int | None:
        """When a request or notice received at `received` was closed: older ones mostly within two days,
        the last three days' ones not (they are in every open status)."""
        limit, rand = self.limit, self.rand
        if limit - received > 3 * DAY and rand() < 0.9:
            return min(received + int(rand() * 2 * DAY), limit - 1)
        return None
