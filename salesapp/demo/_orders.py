"""Demo orders: their lines, "created" activity rows and follow-ups, contact requests and payment notices."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from salesapp.demo._bulk import Progress, _Clock, _weighted, _Writer
from salesapp.demo._customers import TH_CHANNELS, VN_CHANNELS, _CustomerPlan, _Unit
from salesapp.demo._followups import FollowUpDemo
from salesapp.domain.enums import Action, Currency, EntityKind, OrderStatus

ORDER_CHUNK = 10_000  # orders per chunk, with about 15,000 lines and 10,000 activities
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
