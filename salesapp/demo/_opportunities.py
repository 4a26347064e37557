"""Demo opportunities: the seven starting stages named in the shop's language, and opportunities in every
stage with their stage history, notes and activity rows, some of them stale.

Called after `demo.fill_demo` has written staff and customers. Rows are generated from a seeded random
stream (same seed and same `now`, same rows) and written with multi-row INSERTs in one transaction.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from salesapp.db import models as m
from salesapp.db.connection import Database
from salesapp.domain.clock import to_db, utc_now
from salesapp.domain.enums import Action, EntityKind, Role
from salesapp.domain.opportunity import StageKind
from salesapp.domain.text import search_key

LANGUAGES = ("auto", "th", "vi", "en")
MAX_DEMO_OPPORTUNITIES = 50_000
CHUNK = 500

# The starting stages of migration 10 in order, and their names per language.
ENGLISH_STAGES = ("Interested", "Presented", "Quotation sent", "Considering", "Negotiating", "Won", "Lost")
STAGE_NAMES = {
    "th": ("สนใจ", "นำเสนอแล้ว", "ส่งใบเสนอราคา", "พิจารณา/เปรียบเทียบ", "ต่อรอง", "ปิดการขายสำเร็จ",
           "ปิดการขายไม่สำเร็จ"),
    "vi": ("Quan tâm", "Đã giới thiệu", "Đã gửi báo giá", "Đang cân nhắc", "Đang thương lượng", "Thành công",
           "Thất bại"),
    "en": ENGLISH_STAGES,
}  # fmt: skip
LOST_REASONS = {
    "th": ("ราคาสูงเกินไป", "ซื้อจากร้านอื่นแล้ว", "ไม่มีงบประมาณ", "ไม่ต้องการแล้ว", "ติดต่อลูกค้าไม่ได้", "ยังไม่ถึงเวลา"),
    "vi": ("Giá cao quá", "Đã mua chỗ khác", "Không có ngân sách", "Không còn nhu cầu", "Không liên lạc được",
           "Chưa đúng thời điểm"),
    "en": ("Price too high", "Bought from a competitor", "No budget", "Not needed any more",
           "No reply from the customer", "Bad timing"),
}  # fmt: skip
TH_TITLES = [
    ("เครื่องกรองน้ำสำนักงาน", "เครื่องกรองน้ำ RO 5 ขั้นตอน"), ("ชุดโซฟาห้องรับแขก", "โซฟา 3 ที่นั่ง\nโต๊ะกลาง"),
    ("แอร์ห้องประชุม", "แอร์ 24000 BTU x2"), ("ครีมบำรุงผิว ขายส่ง", "เซรั่มวิตามินซี 30ml x100"),
    ("กาแฟคั่วสำหรับร้าน", "กาแฟอาราบิก้า 1kg x20"), ("ชุดเครื่องนอนโรงแรม", "ผ้าปูที่นอน 6 ฟุต x50"),
    ("ตู้เย็นร้านอาหาร", "ตู้แช่ 2 ประตู"), ("ของชำร่วยงานแต่ง", "สบู่สมุนไพร 300 ชิ้น"),
]  # fmt: skip
VN_TITLES = [
    ("Máy lọc nước văn phòng", "Máy lọc nước RO 9 lõi"), ("Bộ sofa phòng khách", "Sofa góc chữ L\nBàn trà"),
    ("Điều hòa phòng họp", "Điều hòa 24000 BTU x2"), ("Mỹ phẩm sỉ cho spa", "Serum vitamin C x100"),
    ("Cà phê cho quán", "Cà phê Robusta rang xay 500g x40"), ("Gạo cho bếp ăn công ty", "Gạo ST25 5kg x60"),
    ("Tủ mát cho cửa hàng", "Tủ mát 2 cánh"), ("Quà tặng khách hàng Tết", "Hộp quà Tết x200"),
]  # fmt: skip
TH_NOTES = ["โทรคุยแล้ว ลูกค้าขอดูตัวอย่าง", "ส่งใบเสนอราคาทาง LINE แล้ว", "ลูกค้าขอส่วนลดเพิ่ม 5%", "นัดสาธิตสินค้าสัปดาห์หน้า"]
VN_NOTES = [
    "Đã gọi, khách muốn xem mẫu",
    "Đã gửi báo giá qua Zalo",
    "Khách xin giảm thêm 5%",
    "Hẹn demo sản phẩm tuần sau",
]


@dataclass(frozen=True)
class _Stage:
    id: int
    name: str
    kind: StageKind
    idle_days: int | None


def rename_stages(db: Database, language: str) -> int:
    """Give the starting stages their names in `language` ("th", "vi", "en"); stages a shop renamed keep
    their names. Returns how many were renamed."""
    names = STAGE_NAMES[language]
    renamed = 0
    with db.atomic():
        s = m.OpportunityStage
        for english, wanted in zip(ENGLISH_STAGES, names, strict=True):
            if english != wanted:
                renamed += s.update(name=wanted).where(s.name == english).execute()
    return renamed


def _language(db: Database, language: str) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
    if language != "auto":
        return language
    c = m.Customer
    vn = c.select().where(c.country == "VN").count()
    th = c.select().where(c.country != "VN").count()
    return "vi" if vn > th else "th"


def seed_opportunities(
    db: Database,
    count: int | None = None,
    seed: int = 7,
    *,
    now: datetime | None = None,
    language: str = "auto",
) -> int:
    """Name the stages in the shop's language ("auto": Vietnamese when most customers are in Vietnam,
    else Thai; or "th", "vi", "en"), save the lost reasons in it, and add `count` opportunities (default:
    one per 8 customers, 40 to 50,000) for customers that have an owner, across every stage with their
    history over the last four months; about a fifth of the open ones are stale. Returns how many."""
    language = _language(db, language)
    anchor = to_db(now or utc_now()).replace(second=0, microsecond=0)
    rng = random.Random(seed * 7919 + 2)
    with db.atomic():
        rename_stages(db, language)
        _save_reasons(language, anchor)
        c = m.Customer
        customers = list(
            m.tuples(c.select(c.id, c.owner_id, c.country).where(c.owner.is_null(False)).order_by(c.id))
        )
        if not customers:
            return 0
        total = count if count is not None else min(MAX_DEMO_OPPORTUNITIES, max(40, len(customers) // 8))
        s = m.OpportunityStage
        stages = [
            _Stage(i, n, StageKind(k), d)
            for i, n, k, d in m.tuples(s.select(s.id, s.name, s.kind, s.idle_days).order_by(s.position, s.id))
        ]
        admin = m.User.select(m.User.id).where(m.User.role == Role.ADMIN.value).order_by(m.User.id).first()
        writer = _Rows(db, rng, anchor, stages, language, admin.id if admin else None)
        for i in range(total):
            writer.opportunity(customers[int(rng.random() * len(customers))], i)
        writer.flush()
    if not db.is_sqlite:
        for table in ("opportunities", "opportunity_stage_changes", "opportunity_notes"):
            db.pw.execute_sql(f"ANALYZE {table}")
    return total


def _save_reasons(language: str, at: datetime) -> None:
    """The lost reasons in the shop's language, unless a manager saved a list already."""
    key = "opportunity.lost_reasons"
    if m.Setting.get_or_none(m.Setting.key == key) is None:
        value = json.dumps(list(LOST_REASONS[language]), ensure_ascii=False)
        m.Setting.insert(key=key, value=value, updated_at=at).execute()


class _Rows:
    """Generates opportunities with their stage changes, notes and activity rows, written in chunks."""

    def __init__(
        self,
        db: Database,
        rng: random.Random,
        anchor: datetime,
        stages: Sequence[_Stage],
        language: str,
        fallback_owner: int | None,
    ) -> None:
        self.db = db
        self.rng = rng
        self.anchor = anchor
        self.open = [st for st in stages if st.kind is StageKind.OPEN]
        self.won = next(st for st in stages if st.kind is StageKind.WON)
        self.lost = next(st for st in stages if st.kind is StageKind.LOST)
        self.reasons = LOST_REASONS[language]
        self.fallback_owner = fallback_owner
        self.next_id = int(
            db.pw.execute_sql("SELECT COALESCE(MAX(id), 0) + 1 FROM opportunities").fetchone()[0]
        )
        self.opps: list[dict[str, Any]] = []
        self.changes: list[dict[str, Any]] = []
        self.notes: list[dict[str, Any]] = []
        self.activities: list[dict[str, Any]] = []

    def opportunity(self, customer: tuple[int, int | None, str], i: int) -> None:
        rng = self.rng
        customer_id, owner, country = customer
        owner = owner or self.fallback_owner
        vn = country == "VN"
        title, products = (VN_TITLES if vn else TH_TITLES)[i % 8]
        if vn:
            amount, currency = int(rng.uniform(0.5, 60) * 20) * 50_000, "VND"  # 0.5–60 million đồng
        else:
            amount, currency = int(rng.uniform(5, 2000)) * 10_000, "THB"  # 500–200,000 baht (satang)
        # Where it ends: every open stage (earlier ones more often), won or lost.
        roll = rng.random()
        if roll < 0.2:
            path_end: _Stage = self.won
        elif roll < 0.32:
            path_end = self.lost
        else:
            path_end = self.open[min(len(self.open) - 1, int(rng.random() ** 1.3 * len(self.open)))]
        if path_end.kind is StageKind.OPEN:
            path = self.open[: self.open.index(path_end) + 1]
        else:
            path = [*self.open[: 1 + int(rng.random() * len(self.open))], path_end]
        created = self.anchor - timedelta(days=rng.uniform(1, 120))
        span = (self.anchor - created).total_seconds()
        stale = path_end.kind is StageKind.OPEN and rng.random() < 0.2 and path_end.idle_days is not None
        times = sorted(created + timedelta(seconds=rng.uniform(0, span * 0.9)) for _ in path[1:])
        times = [created, *times]
        if stale:  # the last change long enough ago to pass the stage's idle limit
            assert path_end.idle_days is not None
            back = timedelta(days=path_end.idle_days + 1 + rng.uniform(0, 20))
            if self.anchor - times[-1] < back:
                shift = (self.anchor - back) - times[-1]
                times = [t + shift for t in times]
        last_activity = times[-1]
        oid = self.next_id
        self.next_id += 1
        note_text = None
        limit = path_end.idle_days
        overdue = limit is not None and self.anchor - last_activity > timedelta(days=limit)
        if not stale and path_end.kind is StageKind.OPEN and (overdue or rng.random() < 0.5):
            # Fresh ones had a note or call lately: within the idle limit, after the last change.
            recent = timedelta(days=limit) if limit is not None else self.anchor - last_activity
            at = self.anchor - min(recent, self.anchor - last_activity) * rng.random()
            note_text = (VN_NOTES if vn else TH_NOTES)[i % 4]
            self.notes.append(
                {"opportunity_id": oid, "kind": "note", "text": note_text, "at": at, "user_id": owner}
            )
            last_activity = max(last_activity, at)
        closed = path_end.kind is not StageKind.OPEN
        reason = self.reasons[i % len(self.reasons)] if path_end.kind is StageKind.LOST else ""
        expected = (created + timedelta(days=rng.uniform(14, 150))).date()
        self.opps.append(
            {
                "id": oid, "customer_id": customer_id, "owner_id": owner, "title": title,
                "amount_minor": amount, "currency": currency, "expected_close": expected,
                "stage_id": path_end.id, "products": products,
                "notes": "", "search_key": search_key(f"{title} {products}"), "lost_reason": reason,
                "stage_entered_at": times[-1], "last_activity_at": last_activity,
                "closed_at": times[-1] if closed else None, "created_at": created, "created_by_id": owner,
                "updated_at": times[-1], "updated_by_id": owner, "version": len(path),
            }
        )  # fmt: skip
        before: _Stage | None = None
        for stage, at in zip(path, times, strict=True):
            self.changes.append(
                {"opportunity_id": oid, "from_stage_id": before.id if before else None,
                 "to_stage_id": stage.id, "at": at, "user_id": owner}
            )  # fmt: skip
            action = Action.CREATED if before is None else {
                StageKind.WON: Action.WON, StageKind.LOST: Action.LOST
            }.get(stage.kind, Action.STAGE_CHANGED)  # fmt: skip
            changed: dict[str, list[Any]] = {"stage": [before.name if before else None, stage.name]}
            if before is None:
                changed |= {
                    "title": [None, title],
                    "amount_minor": [None, amount],
                    "currency": [None, currency],
                }
            if stage.kind is StageKind.LOST:
                changed["lost_reason"] = [None, reason]
            self._activity(at, owner, oid, action, changed)
            before = stage
        if note_text is not None:
            self._activity(last_activity, owner, oid, Action.NOTE_ADDED, {"note": [None, note_text]})
        if len(self.opps) >= CHUNK:
            self.flush()

    def _activity(
        self, at: datetime, user: int | None, oid: int, action: Action, changes: dict[str, Any]
    ) -> None:
        self.activities.append(
            {"at": at, "user_id": user, "entity": EntityKind.OPPORTUNITY.value, "entity_id": oid,
             "action": action.value, "changes": json.dumps(changes, ensure_ascii=False), "summary": ""}
        )  # fmt: skip

    def flush(self) -> None:
        for model, rows in (
            (m.Opportunity, self.opps),
            (m.OpportunityStageChange, self.changes),
            (m.OpportunityNote, self.notes),
            (m.Activity, self.activities),
        ):
            for start in range(0, len(rows), CHUNK):
                model.insert_many(rows[start : start + CHUNK]).as_rowcount().execute()
            rows.clear()
        if not self.db.is_sqlite:
            self.db.pw.execute_sql(
                "SELECT setval(pg_get_serial_sequence('opportunities', 'id'), "
                "(SELECT COALESCE(MAX(id), 0) + 1 FROM opportunities), false)"
            )
