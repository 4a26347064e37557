"""Opportunity use cases: create, edit, move between stages, win, lose, reopen, notes and calls."""

from __future__ import annotations

from salesapp.services.context import ServiceContext


class OpportunityService:
    """Opportunity use cases."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
