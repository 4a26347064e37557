"""Merging two duplicate customers into one and undoing a merge exactly; DuplicateService inherits these.

A merge moves every row that refers to the merged customer (orders, requests, notices, follow-ups, care
notes, appointments, tags, earlier merges) to the kept one, fills the kept customer's empty fields, and
deletes the merged row. The `customer_merges` row keeps the deleted row as JSON and the ids of every moved
row, so undoing re-creates the customer under its own id and moves back exactly those rows. Activity rows
stay on the id they were written for; `history_ids` tells a history query which ids belong to a customer.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import peewee as pw

from salesapp.db import models as m
from salesapp.db.mapping import customer_record
from salesapp.domain.changes import ChangeSet
from salesapp.domain.clock import from_db, to_db
from salesapp.domain.collation import sort_key
from salesapp.domain.enums import Action, EntityKind
from salesapp.domain.errors import NotFound, PermissionDenied, ValidationError, msg
from salesapp.domain.records import CustomerRecord, UserRecord
from salesapp.domain.search import customer_search_key
from salesapp.services.customers.customer_service import check_customer_access, check_customer_id_access
from salesapp.services.shared.audit import log_activities, log_activity, versioned_update
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.list_query import chunks

GONE = msg("This record no longer exists: it was deleted on another desktop.")

# Rows of these tables carry their own history; a move is written there too.
_TABLE_ENTITY = {
    "orders": EntityKind.ORDER,
    "contact_requests": EntityKind.CONTACT_REQUEST,
    "payment_notices": EntityKind.PAYMENT_NOTICE,
    "followups": EntityKind.FOLLOWUP,
    "appointments": EntityKind.APPOINTMENT,
}
_ADDRESS = ("address_line", "subdistrict", "district", "province", "postcode")
_FILL_EMPTY = (
    *("email", "facebook", "line_id", "zalo", "channel", "source", "birth_date", "owner_id"),
    *("imported_at", "handed_over_at"),
)


@dataclass(frozen=True)
class MergeRecord:
    """A merge that can be undone."""

    id: int
    kept_id: int
    merged_id: int
    merged_name: str
    merged_at: datetime
    merged_by: str
    moved_count: int


def _customer_refs() -> list[tuple[type[m.BaseModel], pw.ForeignKeyField]]:
    """Every (model, foreign key) that points at a customer and is moved row by row.

    Found from the models so that a table added later is moved too. Tags (composite key: duplicates are
    skipped) and merges (moved by their own rule) are handled separately.
    """
    found = []
    for model in vars(m).values():
        if not (isinstance(model, type) and issubclass(model, m.BaseModel)):
            continue
        if model in (m.BaseModel, m.Customer, m.CustomerTag, m.CustomerMerge):
            continue
        for field in model._meta.sorted_fields:
            if isinstance(field, pw.ForeignKeyField) and field.rel_model is m.Customer:
                # Rows are moved and recorded by id; a table without one needs its own rule (as tags).
                if getattr(model._meta.primary_key, "name", None) != "id":
                    raise RuntimeError(f"{model.__name__} refers to customers but has no id column")
                found.append((model, field))
    return sorted(found, key=lambda mf: (mf[0]._meta.table_name, mf[1].column_name))


def _key(model: type[m.BaseModel], field: pw.ForeignKeyField) -> str:
    return f"{model._meta.table_name}.{field.column_name}"


def _dump(value: Any) -> Any:
    """A column value as JSON."""
    return value.isoformat() if isinstance(value, date) else value  # datetime is a date too


def _load(column: str, value: Any) -> Any:
    """A column value of the customers table back from JSON, typed as the column is."""
    if value is None:
        return None
    field = m.Customer._meta.columns[column]
    if isinstance(field, pw.DateTimeField):
        return datetime.fromisoformat(value)
    if isinstance(field, pw.DateField):
        return date.fromisoformat(value)
    return value


def _columns(row: m.Customer) -> dict[str, Any]:
    """Every column of a customers row, by column name."""
    return {f.column_name: getattr(row, f.column_name) for f in m.Customer._meta.sorted_fields}


def _filled(kept: dict[str, Any], other: dict[str, Any]) -> dict[str, Any]:
    """The kept customer's columns that change when `other` is merged into it (column → new value)."""
    new: dict[str, Any] = {}
    phones = [kept["phone"], kept["phone2"]]
    extra = [p for p in (other["phone"], other["phone2"]) if p and p not in phones]
    for column in ("phone", "phone2"):
        if kept[column] is None and extra:
            new[column] = extra.pop(0)
    for column in _FILL_EMPTY:
        if kept[column] in (None, "") and other[column] not in (None, ""):
            new[column] = other[column]
    # The address is taken whole or not at all: parts of two addresses would make a third that is wrong.
    if not any(kept[c] for c in _ADDRESS) and any(other[c] for c in _ADDRESS):
        new |= {c: other[c] for c in _ADDRESS}
    note = other["bill_note"]
    if note and note not in kept["bill_note"]:
        new["bill_note"] = f"{kept['bill_note']}\n{note}" if kept["bill_note"] else note
    for column, pick in (("first_contact_at", min), ("last_contact_at", max), ("converted_at", min)):
        values = [v for v in (kept[column], other[column]) if v is not None]
        if values and pick(values) != kept[column]:
            new[column] = pick(values)
    return new


def _search_columns(row: dict[str, Any]) -> dict[str, Any]:
    """The derived search and sort keys of a customers row."""
    return {
        "search_key": customer_search_key(row["name"], row["phone"], row["email"], row["phone2"]),
        "sort_name": sort_key(row["name"]),
    }


def _field_values(columns: dict[str, Any]) -> dict[str, Any]:
    """Column names → peewee field names (owner_id → owner), for insert and update."""
    by_column = m.Customer._meta.columns
    return {by_column[c].name: v for c, v in columns.items()}


class CustomerMerges:
    """Merges a pair of customers and undoes merges; sales staff merge only customers they own.

    The merging half of DuplicateService (its base): `ctx` is set by DuplicateService.
    """

    ctx: ServiceContext

    # -- merging ---------------------------------------------------------------------------------------
    def _locked(self, customer_id: int) -> m.Customer:
        """The customers row, locked on PostgreSQL until the transaction ends (SQLite writes one at a
        time anyway): an order saved for the merged customer meanwhile waits, then finds it gone."""
        query = m.Customer.select().where(m.Customer.id == customer_id)
        if not self.ctx.db.is_sqlite:
            query = query.for_update()
        row = query.first()
        if row is None:
            raise NotFound(GONE)
        return row

    def _check_owner(self, actor: UserRecord, *owners: int | None) -> None:
        if not actor.is_manager and any(owner != actor.id for owner in owners):
            raise PermissionDenied(msg("Only a manager can merge customers of other salespeople."))

    def merge(
        self, actor: UserRecord, keep_id: int, merge_id: int, expected_versions: tuple[int, int]
    ) -> tuple[CustomerRecord, ChangeSet]:
        """Merge customer `merge_id` into `keep_id`, in one transaction; `expected_versions` are the
        versions of (kept, merged) as the user saw them. Returns the kept customer as it is now."""
        if keep_id == merge_id:
            raise ValidationError(msg("Choose two different customers to merge."))
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            # Locked in id order: two desktops merging the same pair the other way round cannot deadlock.
            rows_by_id = {i: self._locked(i) for i in sorted((keep_id, merge_id))}
            kept_row, merged_row = rows_by_id[keep_id], rows_by_id[merge_id]
            self._check_owner(actor, kept_row.owner_id, merged_row.owner_id)
            kept, merged = _columns(kept_row), _columns(merged_row)
            tags = sorted(
                r[0]
                for r in m.tuples(
                    m.CustomerTag.select(m.CustomerTag.tag_id).where(m.CustomerTag.customer == merge_id)
                )
            )
            snapshot = {"customer": {k: _dump(v) for k, v in merged.items()}, "tags": tags}
            new = _filled(kept, merged)
            values = new | _search_columns(kept | new)
            versioned_update(m.Customer, keep_id, expected_versions[0], _field_values(values), actor, now)
            # The merged row is deleted below; this only refuses a merge of a customer edited meanwhile.
            versioned_update(m.Customer, merge_id, expected_versions[1], {}, actor, now)

            rows: dict[str, list[int]] = {}
            for model, field in _customer_refs():
                ids = [
                    r[0] for r in m.tuples(model.select(model.id).where(field == merge_id).order_by(model.id))
                ]
                if ids:
                    model.update({field: keep_id}).where(field == merge_id).execute()
                    rows[_key(model, field)] = ids
            ct = m.CustomerTag
            kept_tags = {r[0] for r in m.tuples(ct.select(ct.tag_id).where(ct.customer == keep_id))}
            tags_moved = [t for t in tags if t not in kept_tags]
            if tags_moved:
                ct.update(customer=keep_id).where(
                    (ct.customer == merge_id) & ct.tag.in_(tags_moved)
                ).execute()
            # Earlier merges into the merged customer now belong to the kept one (the foreign key would
            # delete them with the row); they can be undone again once this merge is undone.
            cm = m.CustomerMerge
            merges = [r[0] for r in m.tuples(cm.select(cm.id).where(cm.kept == merge_id).order_by(cm.id))]
            if merges:
                cm.update(kept=keep_id).where(cm.id.in_(merges)).execute()
            m.Customer.delete().where(m.Customer.id == merge_id).execute()

            moved = {
                "kept_id": keep_id,
                "kept_version": expected_versions[0] + 1,
                "kept_fields": {k: [_dump(kept[k]), _dump(v)] for k, v in new.items()},
                "rows": rows,
                "tags": tags_moved,
                "merges": merges,
            }
            merge_row = cm.insert(
                kept=keep_id,
                merged_id=merge_id,
                snapshot=json.dumps(snapshot, ensure_ascii=False),
                moved=json.dumps(moved, ensure_ascii=False),
                merged_at=to_db(now),
                merged_by=actor.id,
            ).execute()
            changes: dict[str, tuple[Any, Any]] = {k: (kept[k], v) for k, v in new.items()}
            changes["merged_id"] = (None, merge_id)
            log_activity(
                actor,
                EntityKind.CUSTOMER,
                keep_id,
                Action.MERGED,
                now,
                changes,
                self._describe(merged, f"#{int(merge_row)}"),
            )
            log_activity(
                actor,
                EntityKind.CUSTOMER,
                merge_id,
                Action.MERGED,
                now,
                {"kept_id": (None, keep_id)},
                self._describe(kept, f"#{int(merge_row)}"),
            )
            self._log_moves(actor, Action.MERGED, now, rows, merge_id, keep_id)
            record = customer_record(m.Customer.get_by_id(keep_id))
        return record, self._change_set(rows, keep_id, merge_id)

    def _describe(self, columns: dict[str, Any], merge_ref: str) -> str:
        """The other customer of a merge for a history line: name, phones, e-mail, and the merge row."""
        parts = [columns["name"], columns["phone"], columns["phone2"], columns["email"], merge_ref]
        return " · ".join(p for p in parts if p)

    def _log_moves(
        self, actor: UserRecord, action: Action, at: datetime, rows: dict[str, list[int]], old: int, new: int
    ) -> None:
        """One activity row per moved order, request, notice, follow-up and appointment, written in bulk
        (a long-standing customer can have hundreds)."""
        changed = {"customer_id": (old, new)}
        for key, ids in rows.items():
            table, column = key.split(".")
            entity = _TABLE_ENTITY.get(table)
            if entity is None or column != "customer_id":
                continue
            log_activities(actor, entity, [(i, action, changed, "") for i in ids], at)

    def _change_set(self, rows: dict[str, list[int]], *customer_ids: int) -> ChangeSet:
        changes = ChangeSet.of(EntityKind.CUSTOMER, customer_ids)
        for key, ids in rows.items():
            entity = _TABLE_ENTITY.get(key.split(".")[0])
            if entity is not None:
                changes = changes.merged(ChangeSet.of(entity, ids))
        return changes

    # -- undoing ---------------------------------------------------------------------------------------
    def merges_of(self, actor: UserRecord, customer_id: int) -> list[MergeRecord]:
        """The merges into this customer that can be undone now, newest first."""
        row = m.Customer.get_or_none(m.Customer.id == customer_id)
        if row is None:
            raise NotFound(GONE)
        check_customer_access(actor, row.owner_id)
        cm = m.CustomerMerge
        query = (
            cm.select(cm.id, cm.merged_id, cm.snapshot, cm.moved, cm.merged_at, m.User.display_name)
            .join(m.User, pw.JOIN.LEFT_OUTER, on=(cm.merged_by == m.User.id))
            .where((cm.kept == customer_id) & cm.undone_at.is_null())
            .order_by(cm.merged_at.desc(), cm.id.desc())
        )
        out = []
        for mid, merged_id, snapshot, moved_json, merged_at, by in m.tuples(query):
            moved = json.loads(moved_json)
            if moved["kept_id"] != customer_id:
                continue  # merged into a customer that was merged on since: undo that merge first
            at = from_db(merged_at)
            assert at is not None
            count = sum(len(ids) for ids in moved["rows"].values())
            name = json.loads(snapshot)["customer"]["name"]
            out.append(MergeRecord(mid, customer_id, merged_id, name, at, by or "", count))
        return out

    def history_ids(self, actor: UserRecord, customer_id: int) -> list[int]:
        """The customer ids whose activity rows are this customer's history: itself and every customer
        merged into it (and into those, and so on) by a merge not undone. Only of a customer the actor
        may see."""
        check_customer_id_access(actor, customer_id)
        cm = m.CustomerMerge
        found = [customer_id]
        frontier = [customer_id]
        while frontier:
            query = cm.select(cm.merged_id).where(cm.kept.in_(frontier) & cm.undone_at.is_null())
            frontier = [r[0] for r in m.tuples(query) if r[0] not in found]
            found += frontier
        return found

    def undo_merge(self, actor: UserRecord, merge_id: int) -> ChangeSet:
        """Undo the merge `merge_id` (a `merges_of` id): the merged customer comes back with its own id
        and exactly its rows, and the kept customer's filled fields get their old values back."""
        now = self.ctx.clock()
        cm = m.CustomerMerge
        with self.ctx.db.atomic():
            query = cm.select().where(cm.id == merge_id)
            if not self.ctx.db.is_sqlite:
                # A second desktop undoing the same merge waits here, then finds it undone.
                query = query.for_update("FOR NO KEY UPDATE")  # type: ignore[arg-type]
            merge = query.first()
            if merge is None:
                raise NotFound(GONE)
            if merge.undone_at is not None:
                raise ValidationError(msg("This merge was undone already."))
            moved = json.loads(merge.moved)
            snapshot = json.loads(merge.snapshot)
            keep_id, merged_id = merge.kept_id, merge.merged_id
            old = {k: _load(k, v) for k, v in snapshot["customer"].items()}
            if moved["kept_id"] != keep_id:
                raise ValidationError(
                    msg("“{name}” was merged into another customer since. Undo that merge first."),
                    name=old["name"],
                )
            kept_row = self._locked(keep_id)
            self._check_owner(actor, kept_row.owner_id, old["owner_id"])
            if m.Customer.select().where(m.Customer.id == merged_id).exists():
                raise ValidationError(
                    msg("This merge cannot be undone: another customer has number {id} now."), id=merged_id
                )
            kept = _columns(kept_row)
            fields = {k: (_load(k, a), _load(k, b)) for k, (a, b) in moved["kept_fields"].items()}
            if kept_row.version != moved["kept_version"]:
                # Edited since the merge: fine unless the edit touched what the merge filled in.
                edited = sorted(k for k, (_, merged_value) in fields.items() if kept[k] != merged_value)
                if edited:
                    raise ValidationError(
                        msg(
                            "“{name}” was edited after the merge ({fields}). Undoing would lose that edit; "
                            "change it back first or leave the merge."
                        ),
                        name=kept["name"],
                        fields=", ".join(edited),
                    )

            m.Customer.insert(**_field_values(old)).execute()
            ct = m.CustomerTag
            existing_tags = {
                r[0] for r in m.tuples(m.Tag.select(m.Tag.id).where(m.Tag.id.in_(snapshot["tags"])))
            }
            if moved["tags"]:
                ct.delete().where((ct.customer == keep_id) & ct.tag.in_(moved["tags"])).execute()
            if existing_tags:
                ct.insert_many([{"customer": merged_id, "tag": t} for t in sorted(existing_tags)]).execute()
            rows: dict[str, list[int]] = {}
            refs = {_key(model, field): (model, field) for model, field in _customer_refs()}
            for key, ids in moved["rows"].items():
                if key not in refs:
                    continue  # a table dropped since: nothing to move back
                model, field = refs[key]
                back: list[int] = []
                for chunk in chunks(ids):
                    # Only rows still on the kept customer: one moved on by hand since stays where it is.
                    where = model.id.in_(list(chunk)) & (field == keep_id)
                    back += [r[0] for r in m.tuples(model.select(model.id).where(where))]
                    model.update({field: merged_id}).where(where).execute()
                if back:
                    rows[key] = sorted(back)
            if moved["merges"]:
                cm.update(kept=merged_id).where(cm.id.in_(moved["merges"]) & (cm.kept == keep_id)).execute()

            restore = {k: old_value for k, (old_value, _) in fields.items()}
            values = restore | _search_columns(kept | restore)
            versioned_update(m.Customer, keep_id, kept_row.version, _field_values(values), actor, now)
            cm.update(undone_at=to_db(now), undone_by=actor.id).where(cm.id == merge_id).execute()
            changes: dict[str, tuple[Any, Any]] = {
                k: (kept[k], v) for k, v in restore.items() if kept[k] != v
            }
            changes["merged_id"] = (merged_id, None)
            log_activity(
                actor,
                EntityKind.CUSTOMER,
                keep_id,
                Action.UNMERGED,
                now,
                changes,
                self._describe(old, f"#{merge_id}"),
            )
            log_activity(
                actor,
                EntityKind.CUSTOMER,
                merged_id,
                Action.UNMERGED,
                now,
                {"kept_id": (keep_id, None)},
                self._describe(kept, f"#{merge_id}"),
            )
            self._log_moves(actor, Action.UNMERGED, now, rows, keep_id, merged_id)
        return self._change_set(rows, keep_id, merged_id)
