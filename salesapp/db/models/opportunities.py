"""The opportunities pipeline: stages, opportunities, their stage changes and notes."""

from __future__ import annotations

import peewee as pw

from salesapp.db.models.base import BaseModel
from salesapp.db.models.customers import Customer
from salesapp.db.models.staff import User


class OpportunityStage(BaseModel):
    """A stage of the sales pipeline: name, order, win probability, kind (open/won/lost), idle limit."""

    name = pw.TextField()
    position = pw.IntegerField()
    probability = pw.IntegerField()
    kind = pw.TextField()
    is_default = pw.BooleanField(default=False)
    idle_days = pw.IntegerField(null=True)
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()
    updated_by = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    updated_by_id: int | None
    version = pw.IntegerField(default=1)

    class Meta:
        table_name = "opportunity_stages"


class Opportunity(BaseModel):
    """A possible sale for a customer moving through the pipeline's stages."""

    customer = pw.ForeignKeyField(Customer, lazy_load=False, on_delete="CASCADE", backref="+")
    customer_id: int
    owner = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    owner_id: int | None
    title = pw.TextField()
    amount_minor = pw.BigIntegerField(default=0)
    currency = pw.TextField()
    expected_close = pw.DateField(null=True)
    stage = pw.ForeignKeyField(OpportunityStage, lazy_load=False, backref="+")
    stage_id: int
    products = pw.TextField(default="")
    notes = pw.TextField(default="")
    search_key = pw.TextField(default="")
    lost_reason = pw.TextField(default="")
    stage_entered_at = pw.DateTimeField()
    last_activity_at = pw.DateTimeField()  # the last note, call or stage change: what "stale" is measured by
    closed_at = pw.DateTimeField(null=True)
    created_at = pw.DateTimeField()
    created_by = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    created_by_id: int | None
    updated_at = pw.DateTimeField()
    updated_by = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    updated_by_id: int | None
    version = pw.IntegerField(default=1)

    class Meta:
        table_name = "opportunities"


class OpportunityStageChange(BaseModel):
    """One move of an opportunity between stages (from is None when it was created)."""

    opportunity = pw.ForeignKeyField(Opportunity, lazy_load=False, on_delete="CASCADE", backref="+")
    opportunity_id: int
    from_stage = pw.ForeignKeyField(OpportunityStage, null=True, lazy_load=False, backref="+")
    from_stage_id: int | None
    to_stage = pw.ForeignKeyField(OpportunityStage, lazy_load=False, backref="+")
    to_stage_id: int
    at = pw.DateTimeField()
    user = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    user_id: int | None

    class Meta:
        table_name = "opportunity_stage_changes"


class OpportunityNote(BaseModel):
    """A note or logged call on an opportunity; each one resets its idle time."""

    opportunity = pw.ForeignKeyField(Opportunity, lazy_load=False, on_delete="CASCADE", backref="+")
    opportunity_id: int
    kind = pw.TextField(default="note")
    text = pw.TextField()
    at = pw.DateTimeField()
    user = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    user_id: int | None

    class Meta:
        table_name = "opportunity_notes"
