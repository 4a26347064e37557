"""The pipeline's stages as managers configure them: add, rename, reorder, probability, idle limit, delete."""

from __future__ import annotations

from salesapp.services.context import ServiceContext


class OpportunityStageService:
    """The pipeline's stages as managers configure them."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
