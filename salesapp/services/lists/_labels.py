"""Lists of text labels kept on records: customer sources, carriers, upsell failure and skip reasons, lost
reasons. Each has a stored list (what the pickers offer) and records carrying the values (counted).

Renaming or merging a value changes it on every record carrying it (each with its activity row); deleting
a source clears it from its customers, while deleting a carrier or a reason only stops offering it (orders
and closed cases keep what they were given). Every change is one transaction, refused as stale when the
list was changed since it was read, and, for a delete, when the number of records using it changed since
the user confirmed it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from salesapp.db import models as m
from salesapp.domain.changes import ChangeSet
from salesapp.domain.collation import sort_key
from salesapp.domain.enums import Action, EntityKind
from salesapp.domain.errors import NotFound, ValidationError, msg
from salesapp.domain.limits import LINE_CHARS, TITLE_CHARS, bounded_line
from salesapp.domain.records import UserRecord
from salesapp.domain.upsell import UpsellStatus
from salesapp.services.lists._records import LabelColumn
from salesapp.services.lists._types import ListEntry
from salesapp.services.opportunities.opportunity_stages import OpportunityStageService
from salesapp.services.shared.audit import log_activity
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.settings_store import read_setting, write_setting
from salesapp.services.shared.usage import check_confirmed_uses
from salesapp.services.upsell.upsell_settings import UpsellSettingsService

_GONE = msg("“{text}” is no longer in the list: it was changed on another desktop.")


class LabelList:
    """A stored list of texts and the records carrying them; subclasses say where each lives."""

    column: LabelColumn
    max_chars = LINE_CHARS
    clears_on_delete = False  # True: deleting clears the value from its records (sources)
    sort_by_name = True  # False: the list's own order (reasons are offered in the order kept)

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- where the list lives ------------------------------------------------------------------------
    def read(self) -> tuple[tuple[str, ...], int]:
        """The stored list and its version."""
        raise NotImplementedError

    def write(self, actor: UserRecord, values: tuple[str, ...], version: int, now: datetime) -> ChangeSet:
        """Store the list over `version` (StaleRecordError when it is another), with its activity row."""
        raise NotImplementedError

    # -- the use cases -------------------------------------------------------------------------------
    def entries(self) -> list[ListEntry]:
        """The list's values with their uses, then the values records carry that the list no longer has."""
        values, version = self.read()
        counts = self.column.counts()
        listed = [ListEntry(v, v, counts.get(v, 0), version) for v in values]
        if self.sort_by_name:
            listed.sort(key=lambda e: sort_key(e.name))
        retired = sorted((v for v in counts if v not in values), key=sort_key)
        return listed + [ListEntry(v, v, counts[v], version, offered=False) for v in retired]

    def _name(self, text: str, values: Sequence[str], but: str | None = None) -> str:
        cleaned = bounded_line(text, "name", self.max_chars)
        if not cleaned:
            raise ValidationError(msg("Enter a name."), field="name")
        for value in values:
            if value != but and value.casefold() == cleaned.casefold():
                raise ValidationError(
                    msg("“{text}” is already in the list: merge into it instead."), field="name", text=value
                )
        return cleaned

    def add(self, actor: UserRecord, text: str, version: int) -> ChangeSet:
        """Append a value to the list."""
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            values, _ = self.read()
            cleaned = self._name(text, values)
            return self.write(actor, (*values, cleaned), version, now)

    def rename(self, actor: UserRecord, key: str, text: str, version: int) -> tuple[int, ChangeSet]:
        """Rename a value in the list and on every record carrying it; returns how many records changed."""
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            values, _ = self.read()
            cleaned = self._name(text, [*values, *self.column.counts()], but=key)
            changes = self.write(actor, tuple(cleaned if v == key else v for v in values), version, now)
            return self._move_records(actor, key, cleaned, now, changes)

    def merge(self, actor: UserRecord, key: str, into: str, version: int) -> tuple[int, ChangeSet]:
        """Give every record carrying `key` the value `into` and drop `key` from the list."""
        if key == into:
            raise ValidationError(msg("Choose another entry to merge into."), field="into")
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            values, _ = self.read()
            if into not in values and into not in self.column.counts():
                raise NotFound(_GONE, text=into)
            changes = self.write(actor, tuple(v for v in values if v != key), version, now)
            return self._move_records(actor, key, into, now, changes)

    def delete(
        self, actor: UserRecord, key: str, confirmed: int | None, version: int
    ) -> tuple[int, ChangeSet]:
        """Drop a value from the list (and, for sources, clear it from its records); `confirmed` is the
        number of records using it that the user saw. Returns how many records use it."""
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            values, _ = self.read()
            ids = self.column.ids(key, lock=not self.ctx.db.is_sqlite)
            check_confirmed_uses(len(ids), confirmed)
            changes = ChangeSet()
            if key in values:
                changes = self.write(actor, tuple(v for v in values if v != key), version, now)
            if self.clears_on_delete and ids:
                self.column.replace(ids, key, "", actor, now)
                changes = changes.merged(ChangeSet.of(self.column.entity, ids))
            return len(ids), changes

    def _move_records(
        self, actor: UserRecord, old: str, new: str, now: datetime, changes: ChangeSet
    ) -> tuple[int, ChangeSet]:
        ids = self.column.ids(old, lock=not self.ctx.db.is_sqlite)
        if ids:
            self.column.replace(ids, old, new, actor, now)
        return len(ids), changes.merged(ChangeSet.of(self.column.entity, ids))


class _SettingList(LabelList):
    """A list kept as a JSON array in the settings table under `key`."""

    key: str
    setting_id: int

    def read(self) -> tuple[tuple[str, ...], int]:
        row = read_setting(self.key)
        return ((), 0) if row is None else (tuple(json.loads(row[0])), row[1])

    def write(self, actor: UserRecord, values: tuple[str, ...], version: int, now: datetime) -> ChangeSet:
        old, _ = self.read()
        write_setting(self.ctx, actor, self.key, json.dumps(list(values), ensure_ascii=False), version, now)
        log_activity(
            actor, EntityKind.SETTING, self.setting_id, Action.UPDATED, now,
            {self.key: (list(old), list(values))}, self.key,
        )  # fmt: skip
        return ChangeSet.of(EntityKind.SETTING, [self.setting_id])


class Sources(_SettingList):
    """Where customers come from: the values on customers, and names added ahead of use."""

    key, setting_id = "lists.sources", 153
    column = LabelColumn(m.Customer, "source", EntityKind.CUSTOMER)
    clears_on_delete = True

    def entries(self) -> list[ListEntry]:
        # A source in use is offered whether or not it was added to the list first.
        return [replace(e, offered=True) for e in super().entries()]


class Carriers(_SettingList):
    """Carriers and delivery methods orders are packed with."""

    key, setting_id = "lists.carriers", 154
    column = LabelColumn(m.Order, "carrier", EntityKind.ORDER)


class _UpsellReasons(LabelList):
    """Failure or skip reasons, kept in the upsell settings (their own service saves them)."""

    field_name: str
    max_chars = TITLE_CHARS
    sort_by_name = False

    def __init__(self, ctx: ServiceContext) -> None:
        super().__init__(ctx)
        self.service = UpsellSettingsService(ctx)

    def read(self) -> tuple[tuple[str, ...], int]:
        settings = self.service.get()
        return getattr(settings, self.field_name), settings.version

    def write(self, actor: UserRecord, values: tuple[str, ...], version: int, now: datetime) -> ChangeSet:
        changed: dict[str, Any] = {self.field_name: values}
        wanted = replace(self.service.get(), **changed)
        return self.service.save(actor, wanted, version)[1]


class FailureReasons(_UpsellReasons):
    """Why an upsell call failed; counted on failed cases."""

    field_name = "failure_reasons"
    column = LabelColumn(
        m.UpsellCase,
        "reason",
        EntityKind.UPSELL_CASE,
        lambda: m.UpsellCase.status == UpsellStatus.FAILED.value,
    )


class SkipReasons(_UpsellReasons):
    """Why an order was released without an upsell call; counted on skipped cases."""

    field_name = "skip_reasons"
    column = LabelColumn(
        m.UpsellCase,
        "reason",
        EntityKind.UPSELL_CASE,
        lambda: m.UpsellCase.status == UpsellStatus.SKIPPED.value,
    )


class LostReasons(LabelList):
    """Why an opportunity was lost, kept by the opportunity stages' service."""

    max_chars = TITLE_CHARS
    sort_by_name = False
    column = LabelColumn(m.Opportunity, "lost_reason", EntityKind.OPPORTUNITY)

    def __init__(self, ctx: ServiceContext) -> None:
        super().__init__(ctx)
        self.service = OpportunityStageService(ctx)

    def read(self) -> tuple[tuple[str, ...], int]:
        reasons = self.service.lost_reasons()
        return reasons.reasons, reasons.version

    def write(self, actor: UserRecord, values: tuple[str, ...], version: int, now: datetime) -> ChangeSet:
        return self.service.save_lost_reasons(actor, values, version)[1]
