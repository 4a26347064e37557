"""Sales channels as a managed list: the built-in channels (web store, Facebook, LINE, Zalo, …), each with
how many customers and orders came through it, offered for new customers or hidden. Hiding one changes no
record: customers and orders keep their channel, it is only no longer offered."""

from __future__ import annotations

import json

import peewee as pw

from salesapp.db import models as m
from salesapp.domain.changes import ChangeSet
from salesapp.domain.enums import Action, Channel, EntityKind
from salesapp.domain.errors import ValidationError, msg
from salesapp.domain.records import UserRecord
from salesapp.services.lists._types import ListEntry
from salesapp.services.shared.audit import log_activity
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.settings_store import read_setting, write_setting

KEY = "lists.channels"
SETTING_ID = 152


def hidden_channels() -> tuple[frozenset[Channel], int]:
    """The channels no longer offered for new customers, and the setting's version."""
    row = read_setting(KEY)
    if row is None:
        return frozenset(), 0
    hidden = json.loads(row[0]).get("hidden", [])
    return frozenset(Channel(c) for c in hidden if c in Channel._value2member_map_), row[1]


def _counts(model: type[m.BaseModel]) -> dict[str, int]:
    field = model.channel  # type: ignore[attr-defined]
    query = model.select(field, pw.fn.COUNT(pw.SQL("*"))).where(field.is_null(False)).group_by(field)
    return {str(c): int(n) for c, n in m.tuples(query)}


class ChannelList:
    """Lists the channels with their uses; offers or hides one (managers)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def entries(self) -> list[ListEntry]:
        """Every channel in its usual order: customers plus orders using it, and whether it is offered."""
        hidden, version = hidden_channels()
        customers, orders = _counts(m.Customer), _counts(m.Order)
        return [
            ListEntry(
                c.value,
                c.value,
                customers.get(c.value, 0) + orders.get(c.value, 0),
                version,
                offered=c not in hidden,
                fixed=True,
            )
            for c in Channel
        ]

    def set_offered(self, actor: UserRecord, key: str, offered: bool, version: int) -> ChangeSet:
        """Offer a channel for new customers again, or hide it (records keep it)."""
        if key not in Channel._value2member_map_:
            raise ValidationError(msg("Choose a channel from the list."), field="channel")
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            hidden, _ = hidden_channels()
            wanted = (hidden - {Channel(key)}) if offered else (hidden | {Channel(key)})
            if len(wanted) == len(Channel):
                raise ValidationError(msg("Keep at least one channel offered."), field="channel")
            value = json.dumps({"hidden": sorted(c.value for c in wanted)})
            write_setting(self.ctx, actor, KEY, value, version, now)
            log_activity(
                actor, EntityKind.SETTING, SETTING_ID, Action.UPDATED, now, {key: (not offered, offered)}, KEY
            )
        return ChangeSet.of(EntityKind.SETTING, [SETTING_ID])
