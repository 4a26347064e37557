"""Importing products from CSV and XLSX with the customer import's machinery: `read_table` reads the file,
`guess_columns` proposes the mapping, `preview` says what each row would do and why a row is bad (with
its line), `run` writes everything in one transaction, or nothing at all when a row is bad or the user
cancels. Managers only.

One row per unit (see `_import_rows`): rows are grouped into products by SKU and matched to the catalogue
by SKU. Modes: add new products only, add and update, or update only. Updating a product takes the file's
name, category, description and status where the file gives them (an empty cell keeps what is stored)
and adds or updates the file's units by name (a unit the file leaves out is kept): an import never
removes a unit nor changes an order. A product the file would leave as it is counts as skipped.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from salesapp.db import models as m
from salesapp.domain.catalogue import ProductInput, ProductStatus, UnitInput, validate_product
from salesapp.domain.changes import ChangeSet
from salesapp.domain.clock import to_db
from salesapp.domain.enums import Action, Currency, EntityKind
from salesapp.domain.errors import SalesappError, ValidationError, msg
from salesapp.domain.records import UserRecord
from salesapp.services.catalogue._import_rows import (
    IMPORT_FIELDS,
    BadRow,
    Group,
    check_columns,
    guess_columns,
    read_groups,
)
from salesapp.services.catalogue._product_write import (
    active_units,
    input_fields,
    insert_product,
    product_values,
    sync_units,
)
from salesapp.services.catalogue.catalogue_service import check_catalogue_access
from salesapp.services.shared.acting import acts_as_stored_user
from salesapp.services.shared.audit import diff, log_activities
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.import_plan import (
    ImportCancelled,
    ImportFailed,
    ImportMode,
    ImportPreview,
    ImportResult,
    Progress,
    RowAction,
    ShouldCancel,
)
from salesapp.services.shared.import_table import ImportTable
from salesapp.services.shared.list_query import chunks

__all__ = ["IMPORT_FIELDS", "CatalogueImportService", "ProductOutcome", "guess_columns"]

SAMPLE_ROWS = 500  # rows the preview lists besides every bad row
CHUNK = 200  # products written between two looks at Cancel

_ONLY_NEW = msg("A product with this SKU exists: this mode adds new products only.")
_ONLY_EXISTING = msg("No product has this SKU: this mode updates existing products only.")
_UNCHANGED = msg("The product is already as in the file.")
_NEEDS_UNIT = msg("A new product needs at least one unit with its price.")


@dataclass(frozen=True)
class ProductOutcome:
    """What happens to one row: its line, the action, the SKU, name and unit to recognise it, and for
    errors and skips the reason."""

    line: int
    action: RowAction
    sku: str
    name: str
    unit: str
    error: SalesappError | None = None


@dataclass
class _Stored:
    """A product of the catalogue as an import row meets it."""

    id: int
    input: ProductInput  # as stored, in the form the file's values are merged into
    active: bool


@dataclass
class _Decision:
    """What to do with one SKU's product."""

    group: Group
    action: RowAction
    product: ProductInput | None = None  # the product to write (create and update)
    stored: _Stored | None = None
    active: bool = True
    reason: SalesappError | None = None


@acts_as_stored_user
class CatalogueImportService:
    """Previews and runs product imports (managers only)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def preview(
        self,
        actor: UserRecord,
        table: ImportTable,
        mapping: Mapping[int, str],
        mode: ImportMode,
        currency: Currency,
        progress: Progress | None = None,
        should_cancel: ShouldCancel | None = None,
    ) -> ImportPreview[ProductOutcome]:
        """What importing `table` would do, row by row, without writing anything (cancelled: empty).
        `currency` is the currency of prices whose row names none."""
        check_catalogue_access(actor)
        try:
            decisions, errors = self._plan(table, mapping, mode, currency, progress, should_cancel)
        except ImportCancelled:
            return ImportPreview(len(table.rows), 0, 0, 0, (), ())
        return self._preview(table, decisions, errors)

    def run(
        self,
        actor: UserRecord,
        table: ImportTable,
        mapping: Mapping[int, str],
        mode: ImportMode,
        currency: Currency,
        progress: Progress | None = None,
        should_cancel: ShouldCancel | None = None,
    ) -> tuple[ImportResult[ProductOutcome], ChangeSet]:
        """Plan and write every product in one transaction with their activity rows; with a bad row (the
        result lists every one) or a cancel, nothing is written."""
        check_catalogue_access(actor)
        now = self.ctx.clock()
        cancel = should_cancel or (lambda: False)
        written: list[int] = []
        try:
            with self.ctx.db.atomic():
                decisions, errors = self._plan(table, mapping, mode, currency, None, cancel)
                if errors:
                    raise ImportFailed
                work = [d for d in decisions if d.action in (RowAction.CREATE, RowAction.UPDATE)]
                activity: dict[Action, list[tuple[int, Action, Mapping[str, tuple[Any, Any]], str]]] = {}
                for done, part in enumerate(chunks(work, CHUNK)):
                    if cancel():
                        raise ImportCancelled
                    for decision in part:
                        pid, action, changes = self._write(decision, actor, now)
                        written.append(pid)
                        summary = f"{table.name}: {decision.group.sku}" if table.name else decision.group.sku
                        activity.setdefault(action, []).append((pid, action, changes, summary))
                    if progress is not None:
                        progress(min(len(work), (done + 1) * CHUNK), len(work))
                for rows in activity.values():
                    log_activities(actor, EntityKind.PRODUCT, rows, now)
                if cancel():
                    raise ImportCancelled
        except ImportCancelled:
            return ImportResult(cancelled=True), ChangeSet()
        except ImportFailed:
            preview = self._preview(table, decisions, errors)
            return ImportResult(skipped=preview.skipped, errors=preview.errors), ChangeSet()
        created = sum(1 for d in decisions if d.action is RowAction.CREATE)
        updated = sum(1 for d in decisions if d.action is RowAction.UPDATE)
        skipped = sum(1 for d in decisions if d.action is RowAction.SKIP)
        result: ImportResult[ProductOutcome] = ImportResult(created, updated, skipped)
        return result, ChangeSet.of(EntityKind.PRODUCT, written)

    # -- planning ---------------------------------------------------------------------------------------
    def _plan(
        self,
        table: ImportTable,
        mapping: Mapping[int, str],
        mode: ImportMode,
        currency: Currency,
        progress: Progress | None,
        should_cancel: ShouldCancel | None,
    ) -> tuple[list[_Decision], list[BadRow]]:
        mode, currency = ImportMode(mode), Currency(currency)
        columns = check_columns(mapping, len(table.headers))
        groups, errors = read_groups(table, columns, currency)
        decisions: list[_Decision] = []
        skus = list(groups)
        for part in chunks(skus):
            if should_cancel is not None and should_cancel():
                raise ImportCancelled
            stored = _lookup(part)
            for sku in part:
                decisions.append(_decide(groups[sku], stored.get(sku), mode))
            if progress is not None:
                progress(len(decisions), len(skus))
        return decisions, errors

    def _preview(
        self,
        table: ImportTable,
        decisions: list[_Decision],
        errors: list[BadRow],
    ) -> ImportPreview[ProductOutcome]:
        outcomes: list[ProductOutcome] = []
        bad: list[ProductOutcome] = [
            ProductOutcome(line, RowAction.ERROR, sku, name, unit, e) for line, sku, name, unit, e in errors
        ]
        for decision in decisions:
            group = decision.group
            name = group.name or (decision.stored.input.name if decision.stored else "")
            units = {line: unit for unit, line in _unit_lines(group)}
            for line in group.lines:  # every row of a product refused is a bad row
                outcome = ProductOutcome(
                    line, decision.action, group.sku, name, units.get(line, ""), decision.reason
                )
                (bad if decision.action is RowAction.ERROR else outcomes).append(outcome)
        outcomes.sort(key=lambda o: o.line)
        bad.sort(key=lambda o: o.line)
        return ImportPreview(
            len(table.rows),
            sum(1 for d in decisions if d.action is RowAction.CREATE),
            sum(1 for d in decisions if d.action is RowAction.UPDATE),
            sum(1 for d in decisions if d.action is RowAction.SKIP),
            tuple(outcomes[:SAMPLE_ROWS]),
            tuple(bad),
        )

    # -- writing -----------------------------------------------------------------------------------------
    def _write(
        self, decision: _Decision, actor: UserRecord, now: datetime
    ) -> tuple[int, Action, Mapping[str, tuple[Any, Any]]]:
        product = decision.product
        assert product is not None
        if decision.action is RowAction.CREATE:
            pid = insert_product(product, actor, now)
            if not decision.active:
                m.Product.update(active=False).where(m.Product.id == pid).execute()
            fields = input_fields(product)
            changes: dict[str, tuple[Any, Any]] = {k: (None, v) for k, v in fields.items() if v}
            if not decision.active:
                changes["active"] = (None, False)
            return pid, Action.IMPORTED, changes
        stored = decision.stored
        assert stored is not None
        values: dict[str, Any] = {
            **product_values(product), "active": decision.active, "updated_at": to_db(now),
            "updated_by": actor.id, "version": m.Product.version + 1,
        }  # fmt: skip
        m.Product.update(**values).where(m.Product.id == stored.id).execute()
        sync_units(stored.id, product.units, keep_others=True)
        changes = diff(input_fields(stored.input), input_fields(product))
        if stored.active != decision.active:
            changes["active"] = (stored.active, decision.active)
        return stored.id, Action.UPDATED, changes


def _unit_lines(group: Group) -> list[tuple[str, int]]:
    return [(unit.name, group.unit_lines[unit.name.casefold()]) for unit in group.units]


def _lookup(skus: Any) -> dict[str, _Stored]:
    """The stored products of these SKUs, with their units, in two queries."""
    p = m.Product
    query = p.select(p.id, p.sku, p.name, p.category, p.description, p.active).where(p.sku.in_(list(skus)))
    rows = list(m.tuples(query))
    units = active_units([r[0] for r in rows])
    out = {}
    for pid, sku, name, category, description, active in rows:
        stored_units = tuple(UnitInput(u.name, u.factor, u.price_minor, u.currency, u.id) for u in units[pid])
        out[sku] = _Stored(pid, ProductInput(sku, name, stored_units, category, description), bool(active))
    return out


def _decide(group: Group, stored: _Stored | None, mode: ImportMode) -> _Decision:
    """What the import does with one SKU's rows."""
    if stored is None:
        if mode is ImportMode.UPDATE_ONLY:
            return _Decision(group, RowAction.SKIP, reason=ValidationError(_ONLY_EXISTING))
        if not group.units:
            return _Decision(group, RowAction.ERROR, reason=ValidationError(_NEEDS_UNIT, field="unit"))
        wanted = ProductInput(group.sku, group.name, tuple(group.units), group.category, group.description)
        active = group.status is not ProductStatus.ARCHIVED
    else:
        if mode is ImportMode.CREATE:
            return _Decision(group, RowAction.SKIP, stored=stored, reason=ValidationError(_ONLY_NEW))
        old = stored.input
        by_name = {u.name.casefold(): u for u in old.units}
        merged = {u.name.casefold(): u for u in old.units}
        for unit in group.units:  # the file's units update those of the same name, or are added
            before = by_name.get(unit.name.casefold())
            merged[unit.name.casefold()] = replace(unit, id=before.id if before else None)
        wanted = ProductInput(
            group.sku,
            group.name or old.name,
            tuple(merged.values()),
            group.category or old.category,
            group.description or old.description,
        )
        active = stored.active if group.status is None else group.status is ProductStatus.ACTIVE
    try:
        product = validate_product(wanted)
    except ValidationError as exc:
        return _Decision(group, RowAction.ERROR, stored=stored, reason=exc)
    if stored is not None and _same(stored, product, active):
        return _Decision(group, RowAction.SKIP, stored=stored, reason=ValidationError(_UNCHANGED))
    action = RowAction.CREATE if stored is None else RowAction.UPDATE
    return _Decision(group, action, product, stored, active)


def _same(stored: _Stored, product: ProductInput, active: bool) -> bool:
    """True when writing `product` would change nothing of the stored one."""
    old = stored.input
    key = lambda p: (  # noqa: E731
        p.sku, p.name, p.category, p.description,
        sorted((u.name, u.factor, u.price_minor, Currency(u.currency)) for u in p.units),
    )  # fmt: skip
    return stored.active == active and key(old) == key(product)
