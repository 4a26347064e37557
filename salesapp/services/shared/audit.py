"""Activity rows and optimistic-lock updates, shared by every service that changes a record."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

import peewee as pw

from salesapp.db import models as m
from salesapp.db.notify import publish
from salesapp.domain.clock import from_db, to_db
from salesapp.domain.enums import Action, EntityKind
from salesapp.domain.errors import StaleRecordError
from salesapp.domain.limits import preview
from salesapp.domain.records import UserRecord
from salesapp.services.shared.hidden import refuse_missing


def _jsonable(value: Any) -> Any:
    if isinstance(value, str):  # a long text (a note, a bill note) is kept whole only where it belongs
        return preview(value)
    if isinstance(value, date):  # datetime is a date too
        return value.isoformat()
    if hasattr(value, "value"):  # enums
        return value.value
    return value


def diff(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Fields whose value differs, as field → (old, new)."""
    return {k: (old.get(k), v) for k, v in new.items() if old.get(k) != v}


def log_activity(
    actor: UserRecord | None,
    entity: EntityKind,
    entity_id: int,
    action: Action,
    at: datetime,
    changes: Mapping[str, tuple[Any, Any]] | None = None,
    summary: str = "",
) -> None:
    """Write one activity row; call inside the transaction of the change it records. Texts longer than
    PREVIEW_CHARS (in `changes` and the summary) are kept as their start: a note is never copied whole."""
    payload = {k: [_jsonable(a), _jsonable(b)] for k, (a, b) in (changes or {}).items()}
    m.Activity.insert(
        at=to_db(at),
        user=actor.id if actor else None,
        entity=entity.value,
        entity_id=entity_id,
        action=action.value,
        changes=json.dumps(payload, ensure_ascii=False),
        summary=preview(summary),
    ).execute()
    publish({entity.value: [entity_id]})


def versioned_update(
    model: type[m.BaseModel],
    entity_id: int,
    expected_version: int,
    values: Mapping[str, Any],
    actor: UserRecord,
    at: datetime,
) -> None:
    """UPDATE … SET version = version + 1 WHERE id = ? AND version = ?; refuse a stale save.

    Raises StaleRecordError naming who saved last and when, or NotFound when the row is gone.
    """
    fields: dict[Any, Any] = {getattr(model, k): v for k, v in values.items()}
    fields[model.version] = model.version + 1  # type: ignore[attr-defined]
    fields[model.updated_at] = to_db(at)  # type: ignore[attr-defined]
    fields[model.updated_by] = actor.id  # type: ignore[attr-defined]
    pk: Any = model._meta.primary_key
    count = (
        model.update(fields)
        .where((pk == entity_id) & (model.version == expected_version))  # type: ignore[attr-defined]
        .execute()
    )
    if count == 1:
        return
    editor = m.User.alias("editor")
    row = (
        model.select(model.updated_at, editor.display_name)  # type: ignore[attr-defined]
        .join(editor, pw.JOIN.LEFT_OUTER, on=(model.updated_by == editor.id))  # type: ignore[attr-defined]
        .where(pk == entity_id)
        .tuples()
        .first()
    )
    if row is None:
        raise refuse_missing(model, entity_id)
    changed_at = from_db(row[0])
    assert changed_at is not None
    raise StaleRecordError(row[1] or "?", changed_at)


ACTIVITY_CHUNK = 1000  # rows per INSERT: 7,000 parameters, inside SQLite's and PostgreSQL's limits
NOTIFY_MAX_BYTES = 7000  # PostgreSQL refuses a NOTIFY payload of 8,000 bytes or more
_ACTIVITY_INSERT = "INSERT INTO activities (at, user_id, entity, entity_id, action, changes, summary) VALUES "


def log_activities(
    actor: UserRecord | None,
    entity: EntityKind,
    rows: list[tuple[int, Action, Mapping[str, tuple[Any, Any]], str]],
    at: datetime,
) -> None:
    """Write many activity rows at once, as (entity id, action, changes, summary), in multi-row INSERTs;
    call inside the transaction of the change. Other desktops get one notice naming every id (split into
    several NOTIFYs only where one would exceed PostgreSQL's payload limit).
    """
    if not rows:
        return
    at_value = m.Activity.at.db_value(to_db(at))  # the field's own conversion, as peewee would apply it
    user_id = actor.id if actor else None
    values: list[Any] = []
    for entity_id, action, changes, summary in rows:
        payload = {k: [_jsonable(a), _jsonable(b)] for k, (a, b) in changes.items()}
        values += (at_value, user_id, entity.value, entity_id, action.value,
                   json.dumps(payload, ensure_ascii=False), preview(summary))  # fmt: skip
    # Raw SQL rather than insert_many: peewee builds an expression tree of 7,000 nodes per chunk, which
    # takes longer than the database's own work.
    db = m.database_proxy
    per = ACTIVITY_CHUNK
    if isinstance(db.obj, pw.SqliteDatabase):
        per = min(per, db.connection().getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // 7)
    marks = "(" + ", ".join([db.param] * 7) + ")"
    for first in range(0, len(rows), per):
        params = values[first * 7 : (first + per) * 7]
        db.execute_sql(_ACTIVITY_INSERT + ", ".join([marks] * (len(params) // 7)), params)
    _publish_ids(entity, list(dict.fromkeys(entity_id for entity_id, *_ in rows)))


def _publish_ids(entity: EntityKind, ids: list[int]) -> None:
    """Publish `ids` of `entity` in as few notices as PostgreSQL's payload limit allows."""
    empty = len(json.dumps({entity.value: []}))
    batch: list[int] = []
    size = empty
    for entity_id in ids:
        width = len(str(entity_id)) + 2  # the digits and ", "
        if batch and size + width > NOTIFY_MAX_BYTES:
            publish({entity.value: batch})
            batch, size = [], empty
        batch.append(entity_id)
        size += width
    if batch:
        publish({entity.value: batch})
