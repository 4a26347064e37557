"""The product catalogue's use cases: read a product, add one, edit it (stale edits refused), archive and
restore it, and list the categories (the upsell rules offer them).

Managers and administrators change the catalogue; sales staff read it. Every change writes its activity
row in the same transaction. Editing a price changes the catalogue only: order lines keep the price they
were sold at (order_lines.unit_price_minor), and a unit taken off a product is retired, not deleted, so
old orders keep their lines.
"""

from __future__ import annotations

from typing import Any

import peewee as pw

from salesapp.db import models as m
from salesapp.domain.catalogue import SKU_TAKEN, ProductDetail, ProductInput, validate_product
from salesapp.domain.changes import ChangeSet
from salesapp.domain.enums import Action, Currency, EntityKind
from salesapp.domain.errors import PermissionDenied, ValidationError, msg
from salesapp.domain.records import UserRecord
from salesapp.services.catalogue._product_write import (
    check_sku_free,
    detail_fields,
    insert_product,
    product_values,
    read_detail,
    sku_owner,
    sync_units,
)
from salesapp.services.shared.acting import acts_as_stored_user
from salesapp.services.shared.audit import diff, log_activity, versioned_update
from salesapp.services.shared.context import ServiceContext

MANAGERS_ONLY = msg("Only a manager can change the product catalogue.")


def check_catalogue_access(actor: UserRecord) -> None:
    """Refuse a change of the catalogue by anyone but a manager or an administrator."""
    if not actor.is_manager:
        raise PermissionDenied(MANAGERS_ONLY)


@acts_as_stored_user
class CatalogueService:
    """Reads and changes products and their units."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def get(self, product_id: int) -> ProductDetail:
        """One product with the units it is sold in (NotFound when it is gone)."""
        return read_detail(product_id)

    def categories(self) -> list[str]:
        """Every category a product has (archived ones too), in order, for the upsell rules and the
        catalogue's own filter and form."""
        p = m.Product
        query = p.select(p.category).where(p.category != "").distinct()
        return sorted((r[0] for r in m.tuples(query)), key=str.casefold)

    def main_currency(self) -> Currency | None:
        """The currency most units are priced in (None for an empty catalogue): what a new unit and an
        import's prices default to."""
        u = m.ProductUnit
        query = (
            u.select(u.currency, pw.fn.COUNT(u.id))
            .where(u.active == True)  # noqa: E712 (SQL)
            .group_by(u.currency)
            .order_by(pw.fn.COUNT(u.id).desc(), u.currency)
            .limit(1)
        )
        row = query.tuples().first()
        return None if row is None else Currency(row[0])

    def create(self, actor: UserRecord, data: ProductInput) -> tuple[ProductDetail, ChangeSet]:
        """Add a product with its units (managers only). Refused: a rule of `validate_product`, an SKU
        another product has (the message names it)."""
        check_catalogue_access(actor)
        clean = validate_product(data)
        now = self.ctx.clock()
        try:
            with self.ctx.db.atomic():
                check_sku_free(clean.sku)
                product_id = insert_product(clean, actor, now)
                detail = read_detail(product_id)
                fields = detail_fields(detail)
                changes = {k: (None, v) for k, v in fields.items() if v}
                log_activity(actor, EntityKind.PRODUCT, product_id, Action.CREATED, now, changes, clean.name)
        except pw.IntegrityError:
            self._sku_race(clean.sku)
            raise
        return detail, ChangeSet.of(EntityKind.PRODUCT, [product_id])

    def update(
        self, actor: UserRecord, product_id: int, expected_version: int, data: ProductInput
    ) -> tuple[ProductDetail, ChangeSet]:
        """Save the product form over the product loaded at `expected_version` (managers only).

        Units with an id are updated, new ones added, those left out retired (old orders keep them).
        Refused: a rule of `validate_product`, an SKU another product has, a save made elsewhere since
        (StaleRecordError naming who and when), a product that is gone (NotFound). Nothing changed:
        nothing is written.
        """
        check_catalogue_access(actor)
        clean = validate_product(data)
        now = self.ctx.clock()
        try:
            with self.ctx.db.atomic():
                before = read_detail(product_id)
                check_sku_free(clean.sku, product_id)
                values = product_values(clean)
                typed_same = all(
                    getattr(before, k) == values[k] for k in ("sku", "name", "category", "description")
                )
                # The version is checked (and bumped) first: a stale save changes no unit.
                versioned_update(m.Product, product_id, expected_version, values, actor, now)
                units_changed = sync_units(product_id, clean.units)
                if typed_same and not units_changed:
                    raise _Unchanged
                after = read_detail(product_id)
                changes = diff(detail_fields(before), detail_fields(after))
                log_activity(actor, EntityKind.PRODUCT, product_id, Action.UPDATED, now, changes, after.name)
        except _Unchanged:
            return read_detail(product_id), ChangeSet()
        except pw.IntegrityError:
            self._sku_race(clean.sku)
            raise
        return after, ChangeSet.of(EntityKind.PRODUCT, [product_id])

    def set_active(
        self, actor: UserRecord, product_id: int, expected_version: int, active: bool
    ) -> tuple[ProductDetail, ChangeSet]:
        """Archive a product (it leaves the order forms and the pickers; old orders keep it) or bring it
        back (managers only). Refused like `update`."""
        check_catalogue_access(actor)
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            before = read_detail(product_id)
            if before.active == active:
                if before.version != expected_version:
                    versioned_update(m.Product, product_id, expected_version, {}, actor, now)  # stale
                return before, ChangeSet()
            versioned_update(m.Product, product_id, expected_version, {"active": active}, actor, now)
            log_activity(
                actor, EntityKind.PRODUCT, product_id, Action.UPDATED, now, {"active": (not active, active)},
                before.name,
            )  # fmt: skip
            after = read_detail(product_id)
        return after, ChangeSet.of(EntityKind.PRODUCT, [product_id])

    def _sku_race(self, sku: str) -> None:
        """Another desktop took the SKU between the check and the write: say so as the check would."""
        owner: Any = sku_owner(sku)
        if owner is not None:
            raise ValidationError(SKU_TAKEN, field="sku", sku=sku, name=owner) from None


class _Unchanged(Exception):
    """Raised inside an edit's transaction to roll back the version bump when nothing was changed."""
