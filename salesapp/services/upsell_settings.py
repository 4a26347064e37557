"""The upsell settings managers change: queueing rules, distribution, failure and skip reasons."""

from __future__ import annotations

from salesapp.services.context import ServiceContext


class UpsellSettingsService:
    """The upsell settings managers change."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
