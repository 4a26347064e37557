"""The first-run checklist of a new shop: shop profile, staff, products, where backups go.

A checklist exists only for a database that started empty with its first administrator (`begin`, called
by the desktop right after creating that administrator): the demo and databases from before the checklist
have none, and never show it. A step is done by what the database holds (a saved shop profile, a second
staff account, a product) or by an administrator's mark (done, skipped, or back to do); the marks are one
versioned JSON value under "setup.checklist", each change with its activity row.
"""

from __future__ import annotations

import json

from salesapp.db import models as m
from salesapp.domain.changes import ChangeSet
from salesapp.domain.enums import Action, EntityKind, Role
from salesapp.domain.errors import PermissionDenied, msg
from salesapp.domain.records import UserRecord
from salesapp.domain.shop import Checklist, SetupStep, StepState
from salesapp.services.admin.shop_profile import read_profile
from salesapp.services.shared.acting import acts_as_stored_user
from salesapp.services.shared.audit import log_activity
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.settings_store import read_setting, write_setting

KEY = "setup.checklist"
SETTING_ENTITY_ID = 151
"""The id under which checklist marks appear in activity rows and ChangeSets (EntityKind.SETTING)."""


def _require_admin(actor: UserRecord) -> None:
    if actor.role is not Role.ADMIN:
        raise PermissionDenied(msg("Only an administrator can change the first-run checklist."))


def _stored() -> tuple[dict[SetupStep, StepState], int] | None:
    row = read_setting(KEY)
    if row is None:
        return None
    steps = json.loads(row[0]).get("steps", {})
    known = {s.value for s in SetupStep}
    return {SetupStep(k): StepState(v) for k, v in steps.items() if k in known}, row[1]


@acts_as_stored_user
class SetupChecklistService:
    """Starts, reads and marks the first-run checklist (marking: administrators)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def begin(self, actor: UserRecord) -> Checklist:
        """Start the checklist of a fresh database (no customers, no orders yet) for its first administrator;
        a database that has one, or has data, is left as it is. Returns the checklist as it now stands."""
        _require_admin(actor)
        with self.ctx.db.atomic():
            fresh = not m.Customer.select().exists() and not m.Order.select().exists()
            if fresh and read_setting(KEY) is None:
                now = self.ctx.clock()
                write_setting(self.ctx, actor, KEY, json.dumps({"steps": {}}), 0, now)
                log_activity(actor, EntityKind.SETTING, SETTING_ENTITY_ID, Action.CREATED, now, {}, KEY)
            return self.checklist()

    def checklist(self) -> Checklist:
        """The steps' states: what the database holds first, then the administrators' marks."""
        stored = _stored()
        if stored is None:
            return Checklist({}, started=False)
        marks, version = stored
        facts = {
            SetupStep.PROFILE: read_profile().saved,
            SetupStep.STAFF: m.User.select().where(m.User.active == True).count() > 1,  # noqa: E712
            SetupStep.PRODUCTS: m.Product.select().exists(),
        }
        states = {
            step: StepState.DONE if facts.get(step) else marks.get(step, StepState.TODO) for step in SetupStep
        }
        return Checklist(states, True, version)

    def mark(self, actor: UserRecord, step: SetupStep, state: StepState) -> tuple[Checklist, ChangeSet]:
        """Mark one step done, skipped, or back to do (a skipped step reopened); administrators only. A
        colleague's mark meanwhile is kept: marks are read and written in one transaction."""
        _require_admin(actor)
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            stored = _stored()
            marks, version = stored if stored is not None else ({}, 0)
            old = marks.get(step, StepState.TODO)
            marks[step] = state
            value = json.dumps({"steps": {k.value: v.value for k, v in marks.items()}}, sort_keys=True)
            write_setting(self.ctx, actor, KEY, value, version, now)
            log_activity(
                actor, EntityKind.SETTING, SETTING_ENTITY_ID, Action.UPDATED, now,
                {step.value: (old.value, state.value)}, KEY,
            )  # fmt: skip
            result = self.checklist()
        return result, ChangeSet.of(EntityKind.SETTING, [SETTING_ENTITY_ID])
