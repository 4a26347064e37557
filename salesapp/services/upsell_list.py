"""The upsell queue list: capped counts per tab, the ordered id list for scrolling, and pages of rows."""

from __future__ import annotations

from salesapp.services.context import ServiceContext


class UpsellListService:
    """The upsell queue list."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
