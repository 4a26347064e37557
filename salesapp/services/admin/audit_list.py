"""The Audit screen's reads: every activity row newest first, filtered by person, record kind, action and
period, windowed like every big list (a capped count and the first page by keyset, then the streamed id
list, pages read by id), and exported with the same filters.

Who sees what: administrators every row; managers the rows of sales staff and their own (not an
administrator's, not another manager's); sales staff nothing. The role is the one stored now: every method
reads the users row first (`acts_as_stored_user`), so a manager demoted a minute ago is refused at once.
Each filter is a range of one index of migration 17 (or `activities_user`), read in list order.
"""

from __future__ import annotations

import json
import operator
from array import array
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import reduce
from pathlib import Path
from typing import Any

import peewee as pw

from salesapp.db import models as m
from salesapp.domain.clock import from_db, to_db
from salesapp.domain.collation import sort_key
from salesapp.domain.customers.customer_filter import local_day_start
from salesapp.domain.enums import Action, EntityKind, Role
from salesapp.domain.errors import PermissionDenied, msg
from salesapp.domain.records import UserRecord
from salesapp.services.shared.acting import acts_as_stored_user
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.export_table import ExportColumn, ExportResult, write_export
from salesapp.services.shared.list_query import COUNT_CAP, count, stream_ids

NO_ACCESS = msg("Only administrators and managers can see the audit trail.")
READ_CHUNK = 1000  # rows per query when exporting


@dataclass(frozen=True)
class AuditFilter:
    """Which activity rows the list shows: one person, record kind and action or any, and a period of days
    (both ends included, in the user's time zone; either end may be open)."""

    person_id: int | None = None
    kind: EntityKind | None = None
    action: Action | None = None
    date_from: date | None = None
    date_to: date | None = None


@dataclass(frozen=True)
class AuditPerson:
    """A staff member the person filter offers."""

    id: int
    display_name: str
    role: Role
    active: bool


@dataclass(frozen=True)
class AuditRow:
    """One activity row as the list and the detail show it. `entity` and `action` are the stored values
    (a kind or action the app does not know yet still shows); `label` names the record ("" when it is
    gone); `changes` is field → (old, new)."""

    id: int
    at: datetime
    user_id: int | None
    user_name: str
    entity: str
    entity_id: int
    label: str
    action: str
    changes: dict[str, tuple[Any, Any]]
    summary: str


@dataclass(frozen=True)
class AuditTexts:
    """The export's words in the user's language, made on the GUI thread: the six column titles (when,
    who, kind, record, action, changes), kind and action names by stored value, the name for rows nobody
    signed in made, and how a row's changes read."""

    headers: Sequence[str]
    kinds: Mapping[str, str]
    actions: Mapping[str, str]
    nobody: str
    describe: Callable[[Mapping[str, tuple[Any, Any]]], str]


def _label_query(entity: str, ids: list[int]) -> pw.Select | None:
    """(kind, id, readable label) of the records `ids` of one kind: a name, a number, a title; None for a
    kind without one (a setting)."""
    o, c = m.Order, m.Customer
    simple: dict[str, tuple[Any, Any]] = {
        EntityKind.CUSTOMER: (c, c.name),
        EntityKind.ORDER: (o, o.number),
        EntityKind.USER: (m.User, m.User.display_name),
        EntityKind.PRODUCT: (m.Product, m.Product.name),
        EntityKind.TAG: (m.Tag, m.Tag.name),
        EntityKind.SEGMENT: (m.Segment, m.Segment.name),
        EntityKind.POOL: (m.Pool, m.Pool.name),
        EntityKind.OPPORTUNITY_STAGE: (m.OpportunityStage, m.OpportunityStage.name),
        EntityKind.OPPORTUNITY: (m.Opportunity, m.Opportunity.title),
        EntityKind.FOLLOWUP: (m.FollowUp, m.FollowUp.title),
        EntityKind.CONTACT_REQUEST: (m.ContactRequest, m.ContactRequest.number),
        EntityKind.PAYMENT_NOTICE: (m.PaymentNotice, m.PaymentNotice.number),
    }
    kind = pw.Value(entity).alias("kind")
    if entity in simple:
        model, column = simple[entity]
        return model.select(kind, model.id, column).where(model.id.in_(ids))
    u, a = m.UpsellCase, m.Appointment
    if entity == EntityKind.UPSELL_CASE:
        return u.select(kind, u.id, o.number).join(o, on=(u.order == o.id)).where(u.id.in_(ids))
    if entity == EntityKind.APPOINTMENT:
        return a.select(kind, a.id, c.name).join(c, on=(a.customer == c.id)).where(a.id.in_(ids))
    return None


@acts_as_stored_user
class AuditListService:
    """Reads the activity trail by pages with indexed queries only; nothing here loads the whole table."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- who sees what -------------------------------------------------------------------------------------
    def _visible_users(self, actor: UserRecord) -> list[int] | None:
        """The people whose rows `actor` may read (None: everyone's, rows of nobody included)."""
        if actor.role is Role.ADMIN:
            return None
        if actor.role is not Role.MANAGER:
            raise PermissionDenied(NO_ACCESS)
        staff = self._visible_query(actor)
        assert staff is not None
        return [int(r[0]) for r in m.tuples(staff)]

    def _visible_query(self, actor: UserRecord) -> pw.Select | None:
        """The same people as a subquery (None: everyone's), to narrow a read by id in the same round trip."""
        if actor.role is Role.ADMIN:
            return None
        if actor.role is not Role.MANAGER:
            raise PermissionDenied(NO_ACCESS)
        u = m.User
        return u.select(u.id).where((u.role == Role.SALES.value) | (u.id == actor.id))

    def people(self, actor: UserRecord) -> list[AuditPerson]:
        """The staff members the person filter offers (those whose rows `actor` may read), by name."""
        visible = self._visible_users(actor)
        u = m.User
        query = u.select(u.id, u.display_name, u.role, u.active)
        if visible is not None:
            query = query.where(u.id.in_(visible))
        people = [AuditPerson(i, name, Role(role), bool(active)) for i, name, role, active in m.tuples(query)]
        return sorted(people, key=lambda p: (sort_key(p.display_name), p.id))

    # -- the list ------------------------------------------------------------------------------------------
    def _where(self, actor: UserRecord, flt: AuditFilter, tz: tzinfo) -> Any:
        a = m.Activity
        conds: list[Any] = []
        visible = self._visible_users(actor)
        if visible is not None:
            conds.append(a.user.in_(visible))
        if flt.person_id is not None:
            conds.append(a.user == flt.person_id)
        if flt.kind is not None:
            conds.append(a.entity == flt.kind.value)
        if flt.action is not None:
            conds.append(a.action == flt.action.value)
        first, last = flt.date_from, flt.date_to
        if first is not None and last is not None and first > last:
            first, last = last, first
        if first is not None:
            conds.append(a.at >= to_db(local_day_start(first, tz)))
        if last is not None:
            conds.append(a.at < to_db(local_day_start(last + timedelta(days=1), tz)))
        return reduce(operator.and_, conds) if conds else True

    def _ordered(self, actor: UserRecord, flt: AuditFilter, tz: tzinfo) -> pw.Select:
        a = m.Activity
        return a.select(a.id).where(self._where(actor, flt, tz)).order_by(a.at.desc(), a.id.desc())

    def count(
        self, actor: UserRecord, flt: AuditFilter, tz: tzinfo = UTC, cap: int | None = COUNT_CAP
    ) -> int:
        """How many rows the filter shows, stopping at `cap` (a capped count reads few index entries)."""
        return count(self.ctx.db, m.Activity.select(pw.SQL("1")).where(self._where(actor, flt, tz)), cap)

    def first_page(
        self, actor: UserRecord, flt: AuditFilter, tz: tzinfo = UTC, limit: int = 200
    ) -> tuple[int, list[AuditRow]]:
        """The first screen: a capped count and the newest rows, read by keyset from the filter's index."""
        ids = [r[0] for r in m.tuples(self._ordered(actor, flt, tz).limit(limit))]
        return self.count(actor, flt, tz), self.rows(actor, ids)

    def ids(
        self,
        actor: UserRecord,
        flt: AuditFilter,
        tz: tzinfo = UTC,
        should_stop: Callable[[], bool] | None = None,
    ) -> array[int]:
        """Every shown row's id, newest first, compactly (8 bytes each): serves scrollbar jumps."""
        return stream_ids(self.ctx.db, self._ordered(actor, flt, tz), should_stop)

    def rows(self, actor: UserRecord, ids: Sequence[int]) -> list[AuditRow]:
        """The rows for `ids` in the order given (rows `actor` may not read are left out), with the person's
        name and a label for each record: one query for the rows, one per record kind on the page."""
        if not ids:
            return []
        a, u = m.Activity, m.User
        query = (
            a.select(
                a.id, a.at, a.user, u.display_name, a.entity, a.entity_id, a.action, a.changes, a.summary
            )
            .join(u, pw.JOIN.LEFT_OUTER, on=(a.user == u.id))
            .where(a.id.in_(list(ids)))
        )
        visible = self._visible_query(actor)
        if visible is not None:
            query = query.where(a.user.in_(visible))
        found = list(m.tuples(query))
        labels = self._labels(found)
        by_id: dict[int, AuditRow] = {}
        for aid, at, user_id, user_name, entity, entity_id, action, changes, summary in found:
            when = from_db(at)
            assert when is not None
            raw = json.loads(changes or "{}")
            by_id[aid] = AuditRow(
                aid, when, user_id, user_name or "", entity, entity_id, labels.get((entity, entity_id), ""),
                action, {k: (v[0], v[1]) for k, v in raw.items()}, summary,
            )  # fmt: skip
        return [by_id[i] for i in ids if i in by_id]

    def _labels(self, found: list[tuple[Any, ...]]) -> dict[tuple[str, int], str]:
        """Readable labels of the records of one page: one query (a UNION ALL of each kind present)."""
        wanted: dict[str, set[int]] = {}
        for row in found:
            wanted.setdefault(row[4], set()).add(row[5])
        parts = [q for entity, ids in wanted.items() if (q := _label_query(entity, sorted(ids))) is not None]
        if not parts:
            return {}
        query = reduce(operator.add, parts)  # UNION ALL
        return {(str(kind), int(rid)): str(label) for kind, rid, label in m.tuples(query)}

    # -- export --------------------------------------------------------------------------------------------
    def export(
        self,
        actor: UserRecord,
        flt: AuditFilter,
        path: str | Path,
        fmt: str,
        texts: AuditTexts,
        tz: tzinfo = UTC,
        progress: Callable[[int, int], None] | None = None,
        should_cancel: Callable[[], bool] | None = None,
    ) -> ExportResult:
        """Write the rows of `flt` (newest first) to `path` as "csv" or "xlsx", in the words of `texts`;
        times in `tz`. Progress after every READ_CHUNK rows; a cancelled export leaves no file."""
        cancel = should_cancel or (lambda: False)
        ids = self.ids(actor, flt, tz, cancel)
        widths = (18, 22, 16, 30, 20, 60)
        formats = ("yyyy-mm-dd hh:mm", None, None, None, None, None)
        columns = [
            ExportColumn(title, width, fmt_)
            for title, width, fmt_ in zip(texts.headers, widths, formats, strict=True)
        ]
        rows = self._export_rows(actor, ids, texts, tz, cancel)
        return write_export(path, fmt, columns, rows, len(ids), READ_CHUNK, progress, cancel, "Audit")

    def _export_rows(
        self, actor: UserRecord, ids: array[int], texts: AuditTexts, tz: tzinfo, cancel: Callable[[], bool]
    ) -> Iterator[list[Any] | None]:
        for start in range(0, len(ids), READ_CHUNK):
            if cancel():
                return
            for row in self.rows(actor, ids[start : start + READ_CHUNK].tolist()):
                yield [
                    row.at.astimezone(tz).replace(tzinfo=None),
                    row.user_name or texts.nobody,
                    texts.kinds.get(row.entity, row.entity),
                    row.label or f"#{row.entity_id}",
                    texts.actions.get(row.action, row.action),
                    texts.describe(row.changes),
                ]
            yield None
