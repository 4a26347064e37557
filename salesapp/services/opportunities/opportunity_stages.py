"""The pipeline's stages as managers configure them: add, rename, reorder, probability, idle limit, delete;
and the list of reasons offered when an opportunity is lost.

Every change locks the whole (short) stage table on PostgreSQL and checks the rules of the full set
(domain.opportunity.check_stage_set) before its transaction commits, so two managers saving at once can
never leave two default stages or none.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from salesapp.db import models as m
from salesapp.domain.changes import ChangeSet
from salesapp.domain.clock import to_db
from salesapp.domain.enums import Action, EntityKind
from salesapp.domain.errors import NotFound, PermissionDenied, ValidationError, msg
from salesapp.domain.opportunity import (
    DEFAULT_LOST_REASONS,
    LostReasons,
    StageKind,
    StageRecord,
    check_stage_delete,
    check_stage_set,
    clean_lost_reasons,
    clean_stage_values,
    stage_name_key,
)
from salesapp.domain.records import UserRecord
from salesapp.services.shared.acting import acts_as_stored_user
from salesapp.services.shared.audit import log_activity, versioned_update
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.settings_store import read_setting, write_setting

LOST_REASONS_KEY = "opportunity.lost_reasons"
LOST_REASONS_SETTING_ID = 0  # the id the lost-reason list's activity rows and ChangeSets use
STAGE_GONE = msg("This stage no longer exists: it was deleted on another desktop.")


def stage_record(row: Any) -> StageRecord:
    """A StageRecord from a stages row (model instance)."""
    return StageRecord(
        row.id,
        row.name,
        row.position,
        row.probability,
        StageKind(row.kind),
        bool(row.is_default),
        row.idle_days,
        row.version,
    )


def _check_manager(actor: UserRecord) -> None:
    if not actor.is_manager:
        raise PermissionDenied(msg("Only managers can change the pipeline's settings."))


@acts_as_stored_user
class OpportunityStageService:
    """The pipeline's stages as managers configure them."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- reading ---------------------------------------------------------------------------------------
    def stages(self) -> list[StageRecord]:
        """Every stage in board order (position, then id)."""
        s = m.OpportunityStage
        return [stage_record(r) for r in s.select().order_by(s.position, s.id)]

    def default_stage(self) -> StageRecord:
        """The stage new opportunities start in."""
        row = m.OpportunityStage.get_or_none(m.OpportunityStage.is_default == True)  # noqa: E712
        if row is None:  # cannot happen while the rules hold; say so plainly if it does
            raise ValidationError(msg("Exactly one stage is the default for new opportunities."))
        return stage_record(row)

    def usage(self) -> dict[int, int]:
        """Stage id → opportunities that are in the stage now or passed through it (what blocks delete)."""
        sql = (
            "SELECT stage_id, COUNT(*) FROM ("
            " SELECT stage_id, id AS opportunity_id FROM opportunities"
            " UNION SELECT to_stage_id, opportunity_id FROM opportunity_stage_changes"
            " UNION SELECT from_stage_id, opportunity_id FROM opportunity_stage_changes"
            " WHERE from_stage_id IS NOT NULL) AS uses GROUP BY stage_id"
        )
        return {int(sid): int(n) for sid, n in self.ctx.db.pw.execute_sql(sql).fetchall()}

    def _uses(self, stage_id: int) -> int:
        p = self.ctx.db.pw.param
        sql = (
            "SELECT COUNT(*) FROM ("
            f" SELECT id AS opportunity_id FROM opportunities WHERE stage_id = {p}"
            f" UNION SELECT opportunity_id FROM opportunity_stage_changes WHERE to_stage_id = {p}"
            f" UNION SELECT opportunity_id FROM opportunity_stage_changes WHERE from_stage_id = {p}"
            ") AS uses"
        )
        return int(self.ctx.db.pw.execute_sql(sql, [stage_id] * 3).fetchone()[0])

    # -- changing --------------------------------------------------------------------------------------
    def _locked(self) -> list[StageRecord]:
        """Every stage, locked on PostgreSQL until the transaction ends (SQLite writers are serial)."""
        s = m.OpportunityStage
        query = s.select().order_by(s.position, s.id)
        if not self.ctx.db.is_sqlite:
            query = query.for_update()
        return [stage_record(r) for r in query]

    @staticmethod
    def _find(stages: list[StageRecord], stage_id: int) -> StageRecord:
        for stage in stages:
            if stage.id == stage_id:
                return stage
        raise NotFound(STAGE_GONE)

    def _check_name(self, stages: list[StageRecord], name: str, stage_id: int | None) -> None:
        key = stage_name_key(name)
        if any(s.id != stage_id and stage_name_key(s.name) == key for s in stages):
            raise ValidationError(msg("A stage named “{name}” exists already."), field="name", name=name)

    def _renumber(self, actor: UserRecord, order: list[StageRecord], now: Any) -> list[int]:
        """Write positions 1..n in `order`; returns the ids whose position changed."""
        moved = []
        for position, stage in enumerate(order, start=1):
            if stage.position != position:
                m.OpportunityStage.update(
                    position=position,
                    version=m.OpportunityStage.version + 1,
                    updated_at=to_db(now),
                    updated_by=actor.id,
                ).where(m.OpportunityStage.id == stage.id).execute()
                moved.append(stage.id)
        return moved

    def add(
        self, actor: UserRecord, name: str, probability: int, idle_days: int | None
    ) -> tuple[StageRecord, ChangeSet]:
        """Add an open stage after the last open one (managers). Raises PermissionDenied, ValidationError
        (empty or duplicate name, probability outside 0–100, idle days < 1)."""
        _check_manager(actor)
        name, probability, idle_days = clean_stage_values(name, probability, idle_days, StageKind.OPEN)
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            stages = self._locked()
            self._check_name(stages, name, None)
            last_open = max((i for i, s in enumerate(stages) if s.is_open), default=-1)
            stage_id = int(
                m.OpportunityStage.insert(
                    name=name,
                    position=0,
                    probability=probability,
                    kind=StageKind.OPEN.value,
                    is_default=False,
                    idle_days=idle_days,
                    created_at=to_db(now),
                    updated_at=to_db(now),
                    updated_by=actor.id,
                ).execute()
            )
            new = StageRecord(stage_id, name, 0, probability, StageKind.OPEN, False, idle_days, 1)
            order = [*stages[: last_open + 1], new, *stages[last_open + 1 :]]
            moved = self._renumber(actor, order, now)
            values = {"name": name, "probability": probability, "idle_days": idle_days}
            log_activity(
                actor,
                EntityKind.OPPORTUNITY_STAGE,
                stage_id,
                Action.CREATED,
                now,
                {k: (None, v) for k, v in values.items() if v is not None},
            )
            check_stage_set(self.stages())
            record = stage_record(m.OpportunityStage.get_by_id(stage_id))
        return record, ChangeSet.of(EntityKind.OPPORTUNITY_STAGE, {stage_id, *moved})

    def update(
        self,
        actor: UserRecord,
        stage_id: int,
        expected_version: int,
        name: str,
        probability: int,
        idle_days: int | None,
    ) -> tuple[StageRecord, ChangeSet]:
        """Rename a stage, set its probability and idle limit (managers). Won stays 100, lost 0 (asking
        otherwise raises ValidationError); closed stages keep no idle limit. Raises StaleRecordError,
        NotFound, PermissionDenied, ValidationError."""
        _check_manager(actor)
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            stages = self._locked()
            old = self._find(stages, stage_id)
            name, probability, idle_days = clean_stage_values(name, probability, idle_days, old.kind)
            self._check_name(stages, name, stage_id)
            new = {"name": name, "probability": probability, "idle_days": idle_days}
            before = {"name": old.name, "probability": old.probability, "idle_days": old.idle_days}
            versioned_update(m.OpportunityStage, stage_id, expected_version, new, actor, now)
            changes = {k: (before[k], v) for k, v in new.items() if before[k] != v}
            if changes:
                log_activity(actor, EntityKind.OPPORTUNITY_STAGE, stage_id, Action.UPDATED, now, changes)
            check_stage_set(self.stages())
            record = stage_record(m.OpportunityStage.get_by_id(stage_id))
        return record, ChangeSet.of(EntityKind.OPPORTUNITY_STAGE, [stage_id])

    def set_default(self, actor: UserRecord, stage_id: int) -> tuple[list[StageRecord], ChangeSet]:
        """Make an open stage the default; the previous default stops being it in the same transaction.
        Returns every stage. Raises ValidationError for a won/lost stage, NotFound, PermissionDenied."""
        _check_manager(actor)
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            stages = self._locked()
            stage = self._find(stages, stage_id)
            if not stage.is_open:
                raise ValidationError(msg("The default stage must be an open stage, not won or lost."))
            touched = {stage_id}
            s = m.OpportunityStage
            for old in stages:
                if old.is_default and old.id != stage_id:
                    s.update(
                        is_default=False, version=s.version + 1, updated_at=to_db(now), updated_by=actor.id
                    ).where(s.id == old.id).execute()
                    log_activity(
                        actor, EntityKind.OPPORTUNITY_STAGE, old.id, Action.UPDATED, now,
                        {"is_default": (True, False)},
                    )  # fmt: skip
                    touched.add(old.id)
            if not stage.is_default:
                s.update(
                    is_default=True, version=s.version + 1, updated_at=to_db(now), updated_by=actor.id
                ).where(s.id == stage_id).execute()
                log_activity(
                    actor, EntityKind.OPPORTUNITY_STAGE, stage_id, Action.UPDATED, now,
                    {"is_default": (False, True)},
                )  # fmt: skip
            result = self.stages()
            check_stage_set(result)
        return result, ChangeSet.of(EntityKind.OPPORTUNITY_STAGE, touched)

    def reorder(self, actor: UserRecord, stage_ids: Sequence[int]) -> tuple[list[StageRecord], ChangeSet]:
        """Put the stages in this order (every stage id exactly once). Returns every stage. Raises
        ValidationError when the ids are not exactly the current stages (another desktop added or
        deleted one: reload), PermissionDenied."""
        _check_manager(actor)
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            stages = self._locked()
            by_id = {s.id: s for s in stages}
            if len(stage_ids) != len(by_id) or set(stage_ids) != set(by_id):
                raise ValidationError(
                    msg("The stages were changed on another desktop. Reload them and try again.")
                )
            order = [by_id[i] for i in stage_ids]
            moved = self._renumber(actor, order, now)
            for sid in moved:
                log_activity(
                    actor, EntityKind.OPPORTUNITY_STAGE, sid, Action.UPDATED, now,
                    {"position": (by_id[sid].position, list(stage_ids).index(sid) + 1)},
                )  # fmt: skip
            result = self.stages()
        return result, ChangeSet.of(EntityKind.OPPORTUNITY_STAGE, moved)

    def move(self, actor: UserRecord, stage_id: int, offset: int) -> tuple[list[StageRecord], ChangeSet]:
        """Move one stage `offset` places (-1 up / left, +1 down / right), clamped at the ends."""
        _check_manager(actor)
        with self.ctx.db.atomic():
            ids = [s.id for s in self._locked()]
            if stage_id not in ids:
                raise NotFound(STAGE_GONE)
            index = ids.index(stage_id)
            ids.insert(max(0, min(len(ids) - 1, index + offset)), ids.pop(index))
            return self.reorder(actor, ids)

    def delete(self, actor: UserRecord, stage_id: int, expected_version: int) -> ChangeSet:
        """Delete an unused open stage that is not the default (managers). Raises ValidationError saying
        how many opportunities use it (move them first), for won/lost or the default; StaleRecordError,
        NotFound, PermissionDenied."""
        _check_manager(actor)
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            stages = self._locked()
            stage = self._find(stages, stage_id)
            check_stage_delete(stage, self._uses(stage_id))
            s = m.OpportunityStage
            deleted = s.delete().where((s.id == stage_id) & (s.version == expected_version)).execute()
            if deleted != 1:
                versioned_update(s, stage_id, expected_version, {}, actor, now)  # raises StaleRecordError
            remaining = [x for x in stages if x.id != stage_id]
            moved = self._renumber(actor, remaining, now)
            log_activity(
                actor,
                EntityKind.OPPORTUNITY_STAGE,
                stage_id,
                Action.DELETED,
                now,
                {"name": (stage.name, None), "probability": (stage.probability, None)},
            )
            check_stage_set(self.stages())
        return ChangeSet.of(EntityKind.OPPORTUNITY_STAGE, {stage_id, *moved})

    # -- lost reasons ----------------------------------------------------------------------------------
    def lost_reasons(self) -> LostReasons:
        """The reasons offered when losing an opportunity (DEFAULT_LOST_REASONS, version 0, until a
        manager saves a list)."""
        row = read_setting(LOST_REASONS_KEY)
        if row is None:
            return LostReasons(DEFAULT_LOST_REASONS, 0)
        return LostReasons(tuple(str(r) for r in json.loads(row[0])), row[1])

    def save_lost_reasons(
        self, actor: UserRecord, reasons: Sequence[str], expected_version: int
    ) -> tuple[LostReasons, ChangeSet]:
        """Save the list (cleaned, blanks and duplicates dropped, order kept; managers). The ChangeSet
        touches EntityKind.SETTING id 0. Raises StaleRecordError, PermissionDenied, ValidationError."""
        _check_manager(actor)
        cleaned = clean_lost_reasons(reasons)
        if not cleaned:
            raise ValidationError(msg("Keep at least one reason."), field="reasons")
        now = self.ctx.clock()
        value = json.dumps(list(cleaned), ensure_ascii=False)
        with self.ctx.db.atomic():
            old = self.lost_reasons()
            write_setting(self.ctx, actor, LOST_REASONS_KEY, value, expected_version, now)
            if old.reasons != cleaned:
                log_activity(
                    actor,
                    EntityKind.SETTING,
                    LOST_REASONS_SETTING_ID,
                    Action.UPDATED,
                    now,
                    {"lost_reasons": (list(old.reasons), list(cleaned))},
                    LOST_REASONS_KEY,
                )
            result = self.lost_reasons()
        return result, ChangeSet.of(EntityKind.SETTING, [LOST_REASONS_SETTING_ID])
