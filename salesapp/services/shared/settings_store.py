"""Versioned values of the `settings` table (key → JSON text): read one with its version, save one so that a
manager's save over a colleague's newer one is refused (StaleRecordError), as with versioned records."""

from __future__ import annotations

from datetime import datetime
from typing import NoReturn

import peewee as pw

from salesapp.db import models as m
from salesapp.domain.clock import from_db, to_db
from salesapp.domain.errors import StaleRecordError
from salesapp.domain.records import UserRecord
from salesapp.services.shared.context import ServiceContext


def read_setting(key: str) -> tuple[str, int] | None:
    """The stored JSON text and version of `key`, or None when it was never saved."""
    row = m.Setting.select(m.Setting.value, m.Setting.version).where(m.Setting.key == key).tuples().first()
    return None if row is None else (str(row[0]), int(row[1]))


def write_setting(
    ctx: ServiceContext, actor: UserRecord, key: str, text: str, expected_version: int, now: datetime
) -> None:
    """Store `text` under `key` as the next version after `expected_version` (0: never saved, so insert
    version 1). Raises StaleRecordError when the stored version is another. Call inside the transaction."""
    if expected_version == 0:
        try:
            with ctx.db.atomic():  # a savepoint: a simultaneous first save is a stale save
                m.Setting.insert(
                    key=key, value=text, updated_at=to_db(now), updated_by=actor.id, version=1
                ).execute()
        except pw.IntegrityError:
            raise_stale_setting(ctx, key)
        return
    done = (
        m.Setting.update(
            value=text, updated_at=to_db(now), updated_by=actor.id, version=m.Setting.version + 1
        )
        .where((m.Setting.key == key) & (m.Setting.version == expected_version))
        .execute()
    )
    if done != 1:
        raise_stale_setting(ctx, key)


def raise_stale_setting(ctx: ServiceContext, key: str) -> NoReturn:
    """Refuse a save of `key`: StaleRecordError naming who saved it last and when."""
    editor = m.User.alias("editor")
    row = (
        m.Setting.select(m.Setting.updated_at, editor.display_name)
        .join(editor, pw.JOIN.LEFT_OUTER, on=(m.Setting.updated_by == editor.id))
        .where(m.Setting.key == key)
        .tuples()
        .first()
    )
    at = from_db(row[0]) if row else None
    raise StaleRecordError((row[1] if row else None) or "?", at or ctx.clock())
