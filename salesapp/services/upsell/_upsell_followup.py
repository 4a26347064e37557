"""Feeding the order's follow-up when an upsell case is set to call again later (UpsellService.follow_up)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from salesapp.db import models as m
from salesapp.domain.changes import ChangeSet
from salesapp.domain.clock import to_db
from salesapp.domain.enums import Action, EntityKind
from salesapp.domain.followup import FollowUpKind
from salesapp.domain.records import UserRecord
from salesapp.services.followup.followup_list import FollowUpListService
from salesapp.services.followup.followups import FollowUpService, followup_changes
from salesapp.services.shared.audit import log_activity, versioned_update
from salesapp.services.shared.context import ServiceContext
from salesapp.services.upsell._upsell_common import user_name


def feed_followup(
    ctx: ServiceContext, actor: UserRecord, case: m.UpsellCase, text: str, moment: datetime, now: datetime
) -> ChangeSet:
    """Add the follow-up note on the order's follow-up through FollowUpService.add_note, after making
    the case's assignee its owner (and reopening it if it was closed). Call inside the transaction.

    Not when the customer belongs to another salesperson: their order's follow-up and its notes stay
    theirs, untouched; the case keeps its reason and next call time in the Upsell section's Follow-up
    tab. Returns the ChangeSet of the follow-up fed (empty when none was)."""
    f = m.FollowUp
    kind = FollowUpKind.ORDER.value
    owner = case.assignee_id
    customer_owner = m.Customer.select(m.Customer.owner_id).where(m.Customer.id == case.customer_id).scalar()
    if customer_owner is not None and customer_owner != owner:
        return ChangeSet()
    fu = f.get_or_none((f.kind == kind) & (f.subject_id == case.order_id))
    if fu is None:
        at = to_db(now)
        number = m.Order.select(m.Order.number).where(m.Order.id == case.order_id).scalar()
        fid = int(
            f.insert(
                kind=kind, subject_id=case.order_id, customer=case.customer_id, owner=owner, title=number,
                received_at=at, sort_at=at, created_at=at, updated_at=at,
            ).execute()
        )  # fmt: skip
        fu = f.get_by_id(fid)
    values: dict[str, Any] = {}
    changes: dict[str, tuple[Any, Any]] = {}
    if fu.owner_id != owner:
        values["owner"] = owner
        changes["owner"] = (user_name(fu.owner_id) or None, user_name(owner))
    if fu.closed:
        values.update(closed=False, closed_at=None, closed_by=None)
        changes["closed"] = (True, False)
    if values:
        versioned_update(f, fu.id, fu.version, values, actor, now)
        log_activity(actor, EntityKind.FOLLOWUP, fu.id, Action.UPDATED, now, changes, "upsell follow-up")
    followups = FollowUpService(ctx, FollowUpListService(ctx))
    version = f.select(f.version).where(f.id == fu.id).scalar()
    _, fed = followups.add_note(actor, fu.id, version, text, moment)
    return fed.merged(followup_changes(fu.id, FollowUpKind.ORDER, case.order_id))
