"""`salesapp bench`, product catalogue: search as you type at 100,000 products, each keystroke of a Thai and
a Vietnamese query (typed without tone marks), beside the naive way (LIKE '%q%' over the raw name).

The 100,000 products (SKU BENCH-…, names built from Thai and Vietnamese shop words, one or two units
each) are inserted with raw multi-row INSERTs and committed, so the search tables and their indexes are
what a shop's would be (PostgreSQL: VACUUM ANALYZE, which also empties the GIN index's pending list);
they are deleted again at the end, whatever happens.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from itertools import product as cartesian
from typing import Any

from salesapp.db import models as m
from salesapp.domain.catalogue import ProductFilter, product_search_key
from salesapp.domain.clock import to_db
from salesapp.domain.collation import sort_key
from salesapp.services.registry import Services

Metric = Callable[[str, list[float], float | None, int], dict[str, Any]]
Timer = Callable[[Callable[[], Any], int], list[float]]

PRODUCTS = 100_000
SKU_PREFIX = "BENCH-"
BATCH = 2_000
QUERIES = {"th": "เซรั่มวิตามิน", "vi": "nuoc mam phu"}
"""One query per language, measured at every keystroke ("เ", "เซ", "เซร", …; "n", "nu", "nuo", …)."""

_TH = (
    ("เซรั่ม", "ครีม", "โลชั่น", "สบู่", "แชมพู", "น้ำปลา", "กาแฟ", "ชาไทย", "ข้าวหอมมะลิ", "ยาดม"),
    ("วิตามินซี", "กันแดด", "สมุนไพร", "ขมิ้น", "มะพร้าว", "ทองคำ", "ใบเตย", "อัญชัน", "ดอยช้าง", "มะขาม"),
    ("30ml", "50ml", "100ml", "250g", "500g", "1 กก.", "แพ็ก 3", "ขนาดพกพา", "สูตรเข้มข้น", "ออร์แกนิก"),
)
_VI = (
    ("Nước mắm", "Cà phê", "Trà", "Mật ong", "Kẹo dừa", "Son môi", "Mặt nạ", "Gạo", "Bánh tráng", "Dầu gội"),
    (
        "Phú Quốc",
        "Robusta",
        "ô long",
        "rừng U Minh",
        "Bến Tre",
        "lì",
        "dưỡng ẩm",
        "ST25",
        "Tây Ninh",
        "bồ kết",
    ),
    ("500ml", "250g", "1kg", "hộp 10", "chai lớn", "túi zip", "đặc biệt", "cao cấp", "loại 1", "thùng 12"),
)


def catalogue_metrics(
    services: Services, admin: Any, runs: int, ms: Timer, metric: Metric, baseline: bool = True
) -> list[dict[str, Any]]:
    """One metric per query: every keystroke's answer (the hits in list order and the first page of
    rows, as the list asks for them), pooled; each keystroke's own p50 / p95 in `keystrokes`."""
    svc = services.catalogue_list
    out = []
    try:
        total = _insert_products(services)
        for language, query in QUERIES.items():
            samples: list[float] = []
            naive_samples: list[float] = []
            keystrokes = []
            for end in range(1, len(query) + 1):
                typed = query[:end]
                flt = ProductFilter(status=None, text=typed)

                def keystroke(f: ProductFilter = flt) -> int:
                    hits = svc.ids(f)
                    svc.rows(hits[:200].tolist())
                    return len(hits)

                def naive(q: str = typed) -> int:
                    return len(list(m.Product.select().where(m.Product.name.contains(q)).limit(200)))

                got = ms(keystroke, runs)
                samples += got
                step: dict[str, Any] = {"text": typed, **_p50_p95(got), "hits": keystroke()}
                if baseline:
                    naive_got = ms(naive, max(3, runs // 4))
                    naive_samples += naive_got
                    step["naive_p50"] = round(statistics.median(naive_got), 2)
                    step["naive_hits"] = naive()
                keystrokes.append(step)
            row = metric(
                f"product_search_100000[{language}]",
                samples,
                statistics.median(naive_samples) if naive_samples else None,
                total,
            )
            row["keystrokes"] = keystrokes
            out.append(row)
    finally:
        _remove_products(services)
    return out


def _p50_p95(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50": round(statistics.median(ordered), 2), "p95": round(p95, 2)}


def _names() -> list[str]:
    """PRODUCTS names: every Thai and Vietnamese combination, numbered once they repeat."""
    base = [" ".join(parts) for parts in cartesian(*_TH)] + [" ".join(parts) for parts in cartesian(*_VI)]
    return [base[i % len(base)] + (f" #{i // len(base)}" if i >= len(base) else "") for i in range(PRODUCTS)]


def _insert_products(services: Services) -> int:
    """Insert the bench products and their units (one, or two for every third product); committed."""
    db: Any = services.db.pw
    p = db.param
    stamp = to_db(services.ctx.clock())
    names = _names()
    product_sql = (
        "INSERT INTO products (sku, name, search_key, sort_name, category, created_at, updated_at) VALUES "
    )
    unit_sql = "INSERT INTO product_units (product_id, name, factor, price_minor, currency) VALUES "
    with services.db.atomic():
        for start in range(0, PRODUCTS, BATCH):
            rows = []
            for i in range(start, min(PRODUCTS, start + BATCH)):
                sku = f"{SKU_PREFIX}{i:06d}"
                name = names[i]
                thai = "\u0e00" <= name[0] <= "\u0e7f"
                category = ("สกินแคร์" if thai else "Mỹ phẩm") if i % 3 else ("อาหาร" if thai else "Thực phẩm")
                rows += [sku, name, product_search_key(name, sku), sort_key(name), category, stamp, stamp]
            marks = ", ".join([f"({', '.join([p] * 7)})"] * (len(rows) // 7))
            db.execute_sql(product_sql + marks, rows)
        bench = db.execute_sql(f"SELECT id FROM products WHERE sku LIKE {p}", (SKU_PREFIX + "%",))
        ids = [r[0] for r in bench]
        for start in range(0, len(ids), BATCH):
            units: list[Any] = []
            for pid in ids[start : start + BATCH]:
                thb = pid % 2 == 1
                price = 59_000 + pid % 500 * 100 if thb else 180_000 + pid % 90 * 1000
                currency = "THB" if thb else "VND"
                units += [pid, "ชิ้น" if thb else "cái", 1, price, currency]
                if pid % 3 == 0:
                    units += [pid, "แพ็ก 3" if thb else "hộp 3", 3, price * 3 - price // 10, currency]
            marks = ", ".join([f"({', '.join([p] * 5)})"] * (len(units) // 5))
            db.execute_sql(unit_sql + marks, units)
    _analyze(services)
    return int(m.Product.select().count())


def _analyze(services: Services) -> None:
    db: Any = services.db.pw
    if services.db.is_sqlite:
        db.execute_sql("ANALYZE")
        return
    for table in ("products", "products_search", "product_units"):
        db.execute_sql(f"VACUUM ANALYZE {table}")  # psycopg runs it outside a transaction (autocommit)


def _remove_products(services: Services) -> None:
    """Delete every bench product (their units and search rows go with them)."""
    db: Any = services.db.pw
    p = db.param
    with services.db.atomic():
        db.execute_sql(
            f"DELETE FROM product_units WHERE product_id IN (SELECT id FROM products WHERE sku LIKE {p})",
            (SKU_PREFIX + "%",),
        )
        db.execute_sql(f"DELETE FROM products WHERE sku LIKE {p}", (SKU_PREFIX + "%",))
    _analyze(services)
