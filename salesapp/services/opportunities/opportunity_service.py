"""Opportunity use cases: create, edit, move between stages, win, lose, reopen, notes and calls.

Every change runs in one transaction with its activity rows: one on the opportunity and, for creation,
stage changes and closing, one on the customer so the customer's history shows the sale's progress.
Sales staff see and change only the opportunities they own; reopening is for managers.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import peewee as pw

from salesapp.db import models as m
from salesapp.domain.changes import ChangeSet
from salesapp.domain.clock import from_db, to_db
from salesapp.domain.enums import Action, Currency, EntityKind
from salesapp.domain.errors import PermissionDenied, ValidationError, msg
from salesapp.domain.limits import TITLE_CHARS, bounded_note, check_plan_date
from salesapp.domain.opportunity import (
    MAX_TITLE,
    NoteKind,
    OpportunityInput,
    OpportunityNoteRecord,
    OpportunityRecord,
    StageChangeRecord,
    StageKind,
    StageRecord,
    clean_amount,
    stage_durations,
)
from salesapp.domain.records import UserRecord
from salesapp.domain.text import clean_line, search_key
from salesapp.services.customers.customer_service import (
    NOT_YOURS_CUSTOMER,
    check_customer_access,
    check_customer_id_access,
    with_customer,
)
from salesapp.services.opportunities._opportunity_rows import record_query, to_records
from salesapp.services.opportunities.opportunity_stages import stage_record
from salesapp.services.shared.acting import acts_as_stored_user
from salesapp.services.shared.audit import log_activity, versioned_update
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.hidden import refuse_missing

NOT_YOURS = msg("This opportunity belongs to another salesperson.")
GONE = msg("This record no longer exists: it was deleted on another desktop.")
MAX_REASON = TITLE_CHARS
MAX_CALL_SECONDS = 24 * 3600


def opportunity_search_key(title: str, products: str) -> str:
    """The stored search key: the folded title and products (customer and owner are searched by id)."""
    return search_key(f"{title} {products}")


def _clean_input(data: OpportunityInput, today: date) -> dict[str, Any]:
    title = clean_line(data.title)
    if not title:
        raise ValidationError(msg("Enter a title for the opportunity."), field="title")
    if len(title) > MAX_TITLE:
        raise ValidationError(msg("A title has at most {count} characters."), field="title", count=MAX_TITLE)
    try:
        currency = Currency(data.currency)
    except ValueError:
        raise ValidationError(msg("Choose Thai baht or Vietnamese đồng."), field="currency") from None
    products = bounded_note(data.products, "products")
    return {
        "title": title,
        "amount_minor": clean_amount(data.amount_minor),
        "currency": currency.value,
        "expected_close": check_plan_date(data.expected_close, today, "expected_close"),
        "products": products,
        "notes": bounded_note(data.notes, "notes"),
        "search_key": opportunity_search_key(title, products),
    }


@acts_as_stored_user
class OpportunityService:
    """Opportunity use cases."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- reading ---------------------------------------------------------------------------------------
    def _record(self, opportunity_id: int) -> OpportunityRecord:
        found = to_records(record_query().where(m.Opportunity.id == opportunity_id), self.ctx.clock())
        if not found:
            raise refuse_missing(m.Opportunity, opportunity_id, GONE, NOT_YOURS)
        return found[0]

    @staticmethod
    def _check_owner(actor: UserRecord, owner_id: int | None) -> None:
        if not actor.is_manager and owner_id != actor.id:
            raise PermissionDenied(msg("This opportunity belongs to another salesperson."))

    def get(self, actor: UserRecord, opportunity_id: int) -> OpportunityRecord:
        """One opportunity (stale computed with the service clock). Raises NotFound, PermissionDenied."""
        record = self._record(opportunity_id)
        self._check_owner(actor, record.owner_id)
        return record

    def _check_customer(self, actor: UserRecord, customer_id: int) -> None:
        check_customer_id_access(actor, customer_id)

    def for_customer(self, actor: UserRecord, customer_id: int) -> list[OpportunityRecord]:
        """The customer's opportunities (sales staff: only their own), open first by expected close,
        then closed ones newest first. Raises NotFound, PermissionDenied (customer access)."""
        self._check_customer(actor, customer_id)
        o = m.Opportunity
        query = record_query().where(o.customer == customer_id)
        if not actor.is_manager:
            query = query.where(o.owner == actor.id)
        records = to_records(query, self.ctx.clock())
        open_ = sorted(
            (r for r in records if r.is_open),
            key=lambda r: (r.expected_close is None, r.expected_close or r.created_at.date(), r.id),
        )
        closed = sorted(
            (r for r in records if not r.is_open), key=lambda r: (r.closed_at, r.id), reverse=True
        )
        return open_ + closed

    def history(self, actor: UserRecord, opportunity_id: int) -> list[StageChangeRecord]:
        """The stage changes oldest first, each with how long the opportunity stayed in that stage."""
        record = self.get(actor, opportunity_id)
        c = m.OpportunityStageChange
        from_s, to_s = m.OpportunityStage.alias("from_s"), m.OpportunityStage.alias("to_s")
        query = (
            c.select(c.id, c.from_stage_id, from_s.name, c.to_stage_id, to_s.name, to_s.kind, c.at, c.user_id,
                     m.User.display_name)
            .join(to_s, on=(c.to_stage == to_s.id))
            .switch(c)
            .join(from_s, pw.JOIN.LEFT_OUTER, on=(c.from_stage == from_s.id))
            .switch(c)
            .join(m.User, pw.JOIN.LEFT_OUTER, on=(c.user == m.User.id))
            .where(c.opportunity == opportunity_id)
            .order_by(c.at, c.id)
        )  # fmt: skip
        rows = list(m.tuples(query))
        times: list[datetime] = []
        for row in rows:
            at = from_db(row[6])
            assert at is not None
            times.append(at)
        durations = stage_durations(times, self.ctx.clock(), closed=not record.is_open)
        return [
            StageChangeRecord(
                cid, opportunity_id, from_id, from_name or "", to_id, to_name, StageKind(kind), at, user_id,
                user_name or "", duration, i == len(rows) - 1,
            )
            for i, ((cid, from_id, from_name, to_id, to_name, kind, _, user_id, user_name), at, duration)
            in enumerate(zip(rows, times, durations, strict=True))
        ]  # fmt: skip

    def notes(self, actor: UserRecord, opportunity_id: int) -> list[OpportunityNoteRecord]:
        """Notes and logged calls, newest first."""
        self.get(actor, opportunity_id)
        n = m.OpportunityNote
        query = (
            n.select(n.id, n.kind, n.text, n.at, n.user_id, m.User.display_name)
            .join(m.User, pw.JOIN.LEFT_OUTER, on=(n.user == m.User.id))
            .where(n.opportunity == opportunity_id)
            .order_by(n.at.desc(), n.id.desc())
        )
        out = []
        for nid, kind, text, at, user_id, user_name in m.tuples(query):
            when = from_db(at)
            assert when is not None
            out.append(
                OpportunityNoteRecord(
                    nid, opportunity_id, NoteKind(kind), text, when, user_id, user_name or ""
                )
            )
        return out

    # -- helpers for changes ---------------------------------------------------------------------------
    def _row(self, actor: UserRecord, opportunity_id: int) -> m.Opportunity:
        row = m.Opportunity.get_or_none(m.Opportunity.id == opportunity_id)
        if row is None:
            raise refuse_missing(m.Opportunity, opportunity_id, GONE, NOT_YOURS)
        self._check_owner(actor, row.owner_id)
        return row

    def _stage(self, stage_id: int) -> StageRecord:
        """A stage, share-locked on PostgreSQL so a manager cannot delete it under this change."""
        query = m.OpportunityStage.select().where(m.OpportunityStage.id == stage_id)
        if not self.ctx.db.is_sqlite:
            query = query.for_update("FOR SHARE")  # type: ignore[arg-type]  # peewee takes the clause text
        row = query.first()
        if row is None:
            raise ValidationError(msg("This stage no longer exists: it was deleted on another desktop."),
                                  field="stage")  # fmt: skip
        return stage_record(row)

    def _stage_of_kind(self, kind: StageKind) -> StageRecord:
        row = m.OpportunityStage.select().where(m.OpportunityStage.kind == kind.value).first()
        if row is None:
            raise ValidationError(msg("The pipeline keeps exactly one won stage and one lost stage."))
        return self._stage(row.id)

    def _owner(self, actor: UserRecord, wanted: int | None, customer_owner: int | None) -> int:
        if not actor.is_manager:
            if wanted not in (None, actor.id):
                raise PermissionDenied(msg("Only managers can give an opportunity to another salesperson."))
            return actor.id
        owner = wanted if wanted is not None else (customer_owner or actor.id)
        user = m.User.select(m.User.active).where(m.User.id == owner).tuples().first()
        if user is None or not user[0]:
            raise ValidationError(msg("Choose an active salesperson as the owner."), field="owner")
        return owner

    def _changes(self, opportunity_id: int, customer_id: int) -> ChangeSet:
        return with_customer(EntityKind.OPPORTUNITY, opportunity_id, customer_id)

    def _log_stage(
        self,
        actor: UserRecord,
        row: m.Opportunity,
        action: Action,
        old: StageRecord | None,
        new: StageRecord,
        now: datetime,
        extra: dict[str, tuple[Any, Any]] | None = None,
    ) -> None:
        """The stage change row and the activity rows on the opportunity and on its customer."""
        m.OpportunityStageChange.insert(
            opportunity=row.id,
            from_stage=old.id if old else None,
            to_stage=new.id,
            at=to_db(now),
            user=actor.id,
        ).execute()
        changes: dict[str, tuple[Any, Any]] = {"stage": (old.name if old else None, new.name)}
        changes |= extra or {}
        if action is not Action.CREATED:
            log_activity(actor, EntityKind.OPPORTUNITY, row.id, action, now, changes)
        log_activity(
            actor,
            EntityKind.CUSTOMER,
            row.customer_id,
            Action.UPDATED,
            now,
            {"opportunity": (old.name if old else None, new.name)} | (extra or {}),
            row.title,
        )

    # -- changing --------------------------------------------------------------------------------------
    def create(
        self, actor: UserRecord, customer_id: int, data: OpportunityInput, stage_id: int | None = None
    ) -> tuple[OpportunityRecord, ChangeSet]:
        """Open an opportunity for a customer the actor may access, in the default stage (or an open
        `stage_id`). Sales staff own what they create; managers may name any active user as owner.
        ChangeSet: OPPORTUNITY {id}, CUSTOMER {customer}. Raises ValidationError (field: title, amount,
        currency, owner, stage), NotFound, PermissionDenied."""
        now = self.ctx.clock()
        values = _clean_input(data, now.date())
        with self.ctx.db.atomic():
            customer = m.Customer.select(m.Customer.owner_id).where(m.Customer.id == customer_id).tuples()
            found = customer.first()
            if found is None:
                raise refuse_missing(m.Customer, customer_id, GONE, NOT_YOURS_CUSTOMER)
            check_customer_access(actor, found[0])
            owner = self._owner(actor, data.owner_id, found[0])
            if stage_id is None:
                default = m.OpportunityStage.select(m.OpportunityStage.id).where(
                    m.OpportunityStage.is_default == True  # noqa: E712
                )
                first = default.tuples().first()
                if first is None:
                    raise ValidationError(msg("Exactly one stage is the default for new opportunities."))
                stage_id = int(first[0])
            stage = self._stage(stage_id)
            if not stage.is_open:
                raise ValidationError(
                    msg("A new opportunity starts in an open stage: win or lose it afterwards."),
                    field="stage",
                )
            stamp = to_db(now)
            opportunity_id = int(
                m.Opportunity.insert(
                    **values,
                    customer=customer_id,
                    owner=owner,
                    stage=stage.id,
                    stage_entered_at=stamp,
                    last_activity_at=stamp,
                    created_at=stamp,
                    created_by=actor.id,
                    updated_at=stamp,
                    updated_by=actor.id,
                ).execute()
            )
            shown = {k: v for k, v in values.items() if k != "search_key" and v not in ("", None)}
            shown |= {"customer_id": customer_id, "owner_id": owner, "stage": stage.name}
            log_activity(
                actor,
                EntityKind.OPPORTUNITY,
                opportunity_id,
                Action.CREATED,
                now,
                {k: (None, v) for k, v in shown.items()},
            )
            row = m.Opportunity.get_by_id(opportunity_id)
            self._log_stage(actor, row, Action.CREATED, None, stage, now)
            record = self._record(opportunity_id)
        return record, self._changes(opportunity_id, customer_id)

    def update(
        self, actor: UserRecord, opportunity_id: int, expected_version: int, data: OpportunityInput
    ) -> tuple[OpportunityRecord, ChangeSet]:
        """Save edited details (title, amount, currency, expected close, owner, products, notes); does not
        count as activity for staleness. Only managers change the owner. Raises StaleRecordError, …"""
        now = self.ctx.clock()
        values = _clean_input(data, now.date())
        with self.ctx.db.atomic():
            row = self._row(actor, opportunity_id)
            wanted = row.owner_id if data.owner_id is None else data.owner_id
            if wanted != row.owner_id:
                if not actor.is_manager:
                    raise PermissionDenied(
                        msg("Only managers can give an opportunity to another salesperson.")
                    )
                values["owner"] = self._owner(actor, wanted, None)
            old = {k: getattr(row, k) for k in values if k != "owner"}
            old["owner"] = row.owner_id
            if isinstance(old.get("expected_close"), datetime):
                old["expected_close"] = old["expected_close"].date()
            changes = {k: (old[k], v) for k, v in values.items() if k != "search_key" and old[k] != v}
            versioned_update(m.Opportunity, opportunity_id, expected_version, values, actor, now)
            if changes:
                log_activity(actor, EntityKind.OPPORTUNITY, opportunity_id, Action.UPDATED, now, changes)
            record = self._record(opportunity_id)
        return record, self._changes(opportunity_id, row.customer_id)

    def _change_stage(
        self,
        actor: UserRecord,
        row: m.Opportunity,
        expected_version: int,
        stage: StageRecord,
        action: Action,
        now: datetime,
        lost_reason: str = "",
    ) -> OpportunityRecord:
        old = stage_record(m.OpportunityStage.get_by_id(row.stage_id))
        stamp = to_db(now)
        values: dict[str, Any] = {
            "stage": stage.id,
            "stage_entered_at": stamp,
            "last_activity_at": stamp,
            "closed_at": None if stage.is_open else stamp,
            "lost_reason": lost_reason,
        }
        versioned_update(m.Opportunity, row.id, expected_version, values, actor, now)
        extra: dict[str, tuple[Any, Any]] = {}
        if lost_reason:
            extra["lost_reason"] = (None, lost_reason)
        elif row.lost_reason:
            extra["lost_reason"] = (row.lost_reason, None)
        self._log_stage(actor, row, action, old, stage, now, extra)
        return self._record(row.id)

    def move(
        self, actor: UserRecord, opportunity_id: int, expected_version: int, stage_id: int
    ) -> tuple[OpportunityRecord, ChangeSet]:
        """Move an open opportunity to another open stage (the board's drag, the detail's stage picker).
        Moving to its own stage changes nothing. Won/lost stages are refused (use win/lose), as is a
        closed opportunity (reopen it first). Raises ValidationError, StaleRecordError, NotFound,
        PermissionDenied."""
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            row = self._row(actor, opportunity_id)
            stage = self._stage(stage_id)
            if not stage.is_open:
                raise ValidationError(msg("Use “Won” or “Lost” to close an opportunity."), field="stage")
            if row.closed_at is not None or not self._is_open_stage(row.stage_id):
                raise ValidationError(
                    msg("This opportunity is closed: a manager can reopen it."), field="stage"
                )
            if row.stage_id == stage_id:
                # Nothing to change; a stale version is still refused (raises): the drag was on an old board.
                if row.version != expected_version:
                    versioned_update(m.Opportunity, opportunity_id, expected_version, {}, actor, now)
                record = self._record(opportunity_id)
                return record, ChangeSet()
            record = self._change_stage(actor, row, expected_version, stage, Action.STAGE_CHANGED, now)
        return record, self._changes(opportunity_id, row.customer_id)

    def _is_open_stage(self, stage_id: int) -> bool:
        kind = m.OpportunityStage.select(m.OpportunityStage.kind).where(m.OpportunityStage.id == stage_id)
        found = kind.tuples().first()
        return found is not None and found[0] == StageKind.OPEN.value

    def _close(
        self, actor: UserRecord, opportunity_id: int, expected_version: int, kind: StageKind, reason: str
    ) -> tuple[OpportunityRecord, ChangeSet]:
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            row = self._row(actor, opportunity_id)
            if row.closed_at is not None or not self._is_open_stage(row.stage_id):
                raise ValidationError(msg("This opportunity is closed already."), field="stage")
            stage = self._stage_of_kind(kind)
            action = Action.WON if kind is StageKind.WON else Action.LOST
            record = self._change_stage(actor, row, expected_version, stage, action, now, reason)
        return record, self._changes(opportunity_id, row.customer_id)

    def win(
        self, actor: UserRecord, opportunity_id: int, expected_version: int
    ) -> tuple[OpportunityRecord, ChangeSet]:
        """Close an open opportunity as won (probability 100, closed_at now)."""
        return self._close(actor, opportunity_id, expected_version, StageKind.WON, "")

    def lose(
        self, actor: UserRecord, opportunity_id: int, expected_version: int, reason: str
    ) -> tuple[OpportunityRecord, ChangeSet]:
        """Close an open opportunity as lost with a reason (from the list or typed; required)."""
        reason = clean_line(reason)
        if not reason:
            raise ValidationError(msg("Choose or type why the opportunity was lost."), field="reason")
        if len(reason) > MAX_REASON:
            raise ValidationError(msg("A reason has at most {count} characters."), field="reason",
                                  count=MAX_REASON)  # fmt: skip
        return self._close(actor, opportunity_id, expected_version, StageKind.LOST, reason)

    def reopen(
        self, actor: UserRecord, opportunity_id: int, expected_version: int, stage_id: int | None = None
    ) -> tuple[OpportunityRecord, ChangeSet]:
        """Managers: bring a won or lost opportunity back to an open stage (`stage_id`, or the open stage
        it was in before closing, or the default); closed_at and the lost reason are cleared."""
        if not actor.is_manager:
            raise PermissionDenied(msg("Only managers can reopen a closed opportunity."))
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            row = self._row(actor, opportunity_id)
            if row.closed_at is None and self._is_open_stage(row.stage_id):
                raise ValidationError(msg("This opportunity is open already."), field="stage")
            if stage_id is None:
                stage_id = self._stage_before_closing(opportunity_id)
            stage = self._stage(stage_id)
            if not stage.is_open:
                raise ValidationError(msg("Reopen it into an open stage."), field="stage")
            record = self._change_stage(actor, row, expected_version, stage, Action.REOPENED, now)
        return record, self._changes(opportunity_id, row.customer_id)

    def _stage_before_closing(self, opportunity_id: int) -> int:
        c, s = m.OpportunityStageChange, m.OpportunityStage
        last_open = (
            c.select(c.to_stage_id)
            .join(s, on=(c.to_stage == s.id))
            .where((c.opportunity == opportunity_id) & (s.kind == StageKind.OPEN.value))
            .order_by(c.at.desc(), c.id.desc())
            .limit(1)
            .tuples()
            .first()
        )
        if last_open is not None:
            return int(last_open[0])
        default = s.select(s.id).where(s.is_default == True).tuples().first()  # noqa: E712
        if default is None:
            raise ValidationError(msg("Exactly one stage is the default for new opportunities."))
        return int(default[0])

    def add_note(
        self,
        actor: UserRecord,
        opportunity_id: int,
        text: str,
        kind: NoteKind = NoteKind.NOTE,
        seconds: int | None = None,
    ) -> tuple[OpportunityNoteRecord, ChangeSet]:
        """Append a note, or log a call (kind CALL: text optional, `seconds` its length when known; also a
        row in the calls table). Resets the idle time (last_activity_at) without changing the version, so
        an open editor is not made stale. Raises ValidationError (empty note), NotFound, PermissionDenied."""
        kind = NoteKind(kind)
        text = bounded_note(text, "text")
        if kind is NoteKind.NOTE and not text:
            raise ValidationError(msg("Write the note first."), field="text")
        if seconds is not None and not 0 <= seconds <= MAX_CALL_SECONDS:
            raise ValidationError(msg("A call lasts 0 to 24 hours."), field="seconds")
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            row = self._row(actor, opportunity_id)
            stamp = to_db(now)
            note_id = int(
                m.OpportunityNote.insert(
                    opportunity=opportunity_id, kind=kind.value, text=text, at=stamp, user=actor.id
                ).execute()
            )
            o = m.Opportunity
            later = (o.id == opportunity_id) & (o.last_activity_at < stamp)
            o.update(last_activity_at=stamp).where(later).execute()
            if kind is NoteKind.CALL:
                started = now - timedelta(seconds=seconds or 0)
                m.Call.insert(
                    entity=EntityKind.OPPORTUNITY.value,
                    entity_id=opportunity_id,
                    customer=row.customer_id,
                    user=actor.id,
                    started_at=to_db(started),
                    ended_at=stamp if seconds is not None else None,
                    seconds=seconds,
                    purpose=text,
                ).execute()
            action = Action.CALLED if kind is NoteKind.CALL else Action.NOTE_ADDED
            field = "call" if kind is NoteKind.CALL else "note"
            change = {field: (None, text)}
            log_activity(actor, EntityKind.OPPORTUNITY, opportunity_id, action, now, change)
            log_activity(actor, EntityKind.CUSTOMER, row.customer_id, action, now, change, row.title)
            name = actor.display_name
            record = OpportunityNoteRecord(note_id, opportunity_id, kind, text, now, actor.id, name)
        return record, self._changes(opportunity_id, row.customer_id)
