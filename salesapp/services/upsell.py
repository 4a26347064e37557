"""Upsell case use cases: queueing orders, claiming work, calls, notes with images, outcomes."""

from __future__ import annotations

from salesapp.services.context import ServiceContext


class UpsellService:
    """Upsell case use cases."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
