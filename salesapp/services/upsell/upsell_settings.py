"""The upsell settings managers change: queueing rules, distribution, failure and skip reasons.

Stored as one JSON value under the key "upsell" of the `settings` table; the row's version guards against
two managers saving over each other. Never saved: the defaults of `domain.upsell.UpsellSettings`
(version 0).
"""

from __future__ import annotations

import json
from dataclasses import replace

from salesapp.domain.changes import ChangeSet
from salesapp.domain.enums import Action, EntityKind
from salesapp.domain.errors import PermissionDenied, msg
from salesapp.domain.records import UserRecord
from salesapp.domain.text import clean_line
from salesapp.domain.upsell import (
    UpsellRules,
    UpsellSettings,
    check_settings,
    settings_from_json,
    settings_to_json,
)
from salesapp.services.shared.acting import acts_as_stored_user
from salesapp.services.shared.audit import diff, log_activity
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.settings_store import raise_stale_setting, read_setting, write_setting

KEY = "upsell"
SETTING_ENTITY_ID = 9
"""The id under which upsell settings changes appear in activity rows and ChangeSets (EntityKind.SETTING):
settings rows are keyed by text, activity rows by number."""


def read_settings() -> UpsellSettings:
    """The stored upsell settings (the defaults when never saved); call inside or outside a transaction."""
    row = read_setting(KEY)
    if row is None:
        return UpsellSettings()
    return settings_from_json(json.loads(row[0]), row[1])


@acts_as_stored_user
class UpsellSettingsService:
    """Reads and saves the upsell settings (saving: managers only)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def get(self) -> UpsellSettings:
        """The current settings with their version (0: never saved, the defaults)."""
        return read_settings()

    def save(
        self, actor: UserRecord, settings: UpsellSettings, expected_version: int
    ) -> tuple[UpsellSettings, ChangeSet]:
        """Save `settings` (their `version` field is ignored; `expected_version` is the one loaded).

        Reason texts are cleaned (NFC, one line); refused: a sales user (PermissionDenied), values out of
        range (ValidationError, see domain.upsell.check_settings), a stale version (StaleRecordError).
        Writes an activity row (EntityKind.SETTING, SETTING_ENTITY_ID) with what changed.
        """
        if not actor.is_manager:
            raise PermissionDenied(msg("Only a manager can change the upsell settings."))
        clean = _cleaned(settings)
        check_settings(clean)
        now = self.ctx.clock()
        value = settings_to_json(clean)
        with self.ctx.db.atomic():
            current = read_settings()
            if current.version != expected_version:
                raise_stale_setting(self.ctx, KEY)
            text = json.dumps(value, ensure_ascii=False, sort_keys=True)
            write_setting(self.ctx, actor, KEY, text, expected_version, now)
            old = settings_to_json(current)
            changes = diff(
                {k: json.dumps(v, ensure_ascii=False) for k, v in old.items()},
                {k: json.dumps(v, ensure_ascii=False) for k, v in value.items()},
            )
            log_activity(actor, EntityKind.SETTING, SETTING_ENTITY_ID, Action.UPDATED, now, changes, KEY)
        return replace(clean, version=expected_version + 1), ChangeSet.of(
            EntityKind.SETTING, [SETTING_ENTITY_ID]
        )


def _cleaned(settings: UpsellSettings) -> UpsellSettings:
    rules: UpsellRules = settings.rules
    rules = replace(
        rules,
        channels=frozenset(clean_line(c) for c in rules.channels) - {""},
        categories=frozenset(clean_line(c) for c in rules.categories) - {""},
        payment_methods=frozenset(clean_line(p) for p in rules.payment_methods) - {""},
        order_tags=frozenset(clean_line(t) for t in rules.order_tags) - {""},
    )
    return replace(
        settings,
        rules=rules,
        failure_reasons=tuple(clean_line(r) for r in settings.failure_reasons),
        skip_reasons=tuple(clean_line(r) for r in settings.skip_reasons),
    )
