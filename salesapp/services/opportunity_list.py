"""Opportunity lists and figures: the board's columns, the searchable list, each salesperson's pipeline."""

from __future__ import annotations

from salesapp.services.context import ServiceContext


class OpportunityListService:
    """Opportunity lists and figures."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
