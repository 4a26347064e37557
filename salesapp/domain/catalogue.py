"""The product catalogue: a product as typed and as shown, its units, the rules they keep, and what its
search matches.

A product has an SKU (unique), a name in any script, a category, a description, and one or more units it
is sold in. Each unit has a name ("ขวด", "pack of 3"), how many base units it holds (its factor) and a
price in minor units of its currency. One unit is the base unit (it holds 1). Standard library only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from salesapp.domain.enums import Currency
from salesapp.domain.errors import ValidationError, msg
from salesapp.domain.limits import (
    LABEL_CHARS,
    LINE_CHARS,
    NAME_TOO_LONG,
    bounded_note,
    check_length,
)
from salesapp.domain.money import check_money, format_minor
from salesapp.domain.records import ProductUnitRecord
from salesapp.domain.search import MIN_TRIGRAM, SearchQuery
from salesapp.domain.text import clean_line, search_key

SKU_CHARS = 64
"""An SKU: a code printed on labels and typed into marketplaces, far shorter than any name."""
CATEGORY_CHARS = LABEL_CHARS
"""A category is a label shown in lists and menus (the upsell rules offer them)."""
UNIT_CHARS = LABEL_CHARS
"""A unit's name: "ขวด", "แพ็ก 3 ขวด", "thùng 12 chai"."""
MAX_UNITS = 20
"""The most units one product is sold in."""
MAX_FACTOR = 100_000
"""The most base units one unit may hold (a pallet of 100,000 pieces): more is a typing slip."""

SKU_TAKEN = msg("The SKU “{sku}” is already used by “{name}”. Each product needs its own SKU.")


class ProductStatus(StrEnum):
    """Whether a product is sold: active products are offered on order forms, archived ones are not (they
    stay on the orders that have them)."""

    ACTIVE = "active"
    ARCHIVED = "archived"


class ProductSort(StrEnum):
    """The orders the catalogue list is read in, each from an index."""

    NAME = "name"
    NAME_DESC = "name_desc"
    SKU = "sku"
    SKU_DESC = "sku_desc"


@dataclass(frozen=True)
class UnitInput:
    """A unit as typed: `id` is None for a new unit, else the unit being edited."""

    name: str
    factor: int
    price_minor: int
    currency: Currency
    id: int | None = None


@dataclass(frozen=True)
class ProductInput:
    """A product as typed on the product form (or read from an import row)."""

    sku: str
    name: str
    units: tuple[UnitInput, ...]
    category: str = ""
    description: str = ""


@dataclass(frozen=True)
class ProductDetail:
    """A product as the detail pane shows and edits it; `units` are those still sold, base unit first."""

    id: int
    sku: str
    name: str
    category: str
    description: str
    active: bool
    units: tuple[ProductUnitRecord, ...]
    version: int
    created_at: datetime
    updated_at: datetime
    updated_by: str  # the staff member who saved last ("" when unknown)


@dataclass(frozen=True)
class ProductRow:
    """One line of the catalogue list."""

    id: int
    sku: str
    name: str
    category: str
    active: bool
    units: tuple[ProductUnitRecord, ...]


@dataclass(frozen=True)
class ProductFilter:
    """Which products a list shows: a status (None for all), a category (None for any), the search text,
    and the order."""

    status: ProductStatus | None = ProductStatus.ACTIVE
    category: str | None = None
    text: str = ""
    sort: ProductSort = ProductSort.NAME


def _compact(text: str) -> str:
    """The search key of `text` without spaces: Thai is often written without them ("ครีมกันแดด" for
    "ครีม กันแดด"), and a query typed either way finds the product."""
    return search_key(text).replace(" ", "")


def product_search_key(name: str, sku: str) -> str:
    """The stored key a search matches: the folded name first (for the prefix path of 1-character
    queries), then the folded SKU, each without spaces; the one space between them is never matched, as
    queries lose their spaces too."""
    return " ".join(p for p in (_compact(name), _compact(sku)) if p)


def product_query(text: str) -> SearchQuery:
    """What the user typed, folded as the stored keys are: Thai as written, Vietnamese without tone marks,
    any case, spaces ignored. Three characters or more take the trigram index; the list service scans
    for two and takes the prefix of the key for one."""
    key = _compact(text)
    return SearchQuery(key, len(key) >= MIN_TRIGRAM)


def clean_sku(text: str | None) -> str:
    """An SKU as stored: one line, spaces collapsed; refused when empty or longer than SKU_CHARS."""
    sku = clean_line(text)
    if not sku:
        raise ValidationError(msg("Type the product's SKU."), field="sku")
    return check_length(sku, SKU_CHARS, "sku")


def clean_category(text: str | None) -> str:
    """A category as stored (one line; "" for none), refused when longer than CATEGORY_CHARS or holding
    a comma (the upsell rules list categories separated by commas)."""
    category = check_length(clean_line(text), CATEGORY_CHARS, "category", NAME_TOO_LONG)
    if "," in category:
        raise ValidationError(
            msg("A category cannot hold a comma: “{category}”."), field="category", category=category
        )
    return category


def _unit_key(name: str) -> str:
    return clean_line(name).casefold()


def check_unit(unit: UnitInput) -> UnitInput:
    """One unit, cleaned: a name, a factor from 1 to MAX_FACTOR, a price from 0 within the money bounds."""
    name = check_length(clean_line(unit.name), UNIT_CHARS, "unit", NAME_TOO_LONG)
    if not name:
        raise ValidationError(msg("Type a name for each unit."), field="unit")
    if isinstance(unit.factor, bool) or not isinstance(unit.factor, int) or unit.factor < 1:
        raise ValidationError(msg("“{unit}” must hold at least 1 base unit."), field="factor", unit=name)
    if unit.factor > MAX_FACTOR:
        raise ValidationError(
            msg("“{unit}” can hold at most {max} base units."),
            field="factor",
            unit=name,
            max=f"{MAX_FACTOR:,}",
        )
    if isinstance(unit.price_minor, bool) or not isinstance(unit.price_minor, int):
        raise ValidationError(
            msg("“{text}” is not an amount of money."), field="price", text=unit.price_minor
        )
    if unit.price_minor < 0:
        raise ValidationError(msg("The price of “{unit}” cannot be negative."), field="price", unit=name)
    currency = Currency(unit.currency)
    check_money(unit.price_minor, currency, "price")
    return replace(unit, name=name, currency=currency)


def validate_product(data: ProductInput) -> ProductInput:
    """The product as it will be stored, or a ValidationError naming the field that breaks a rule.

    Rules: an SKU and a name; one to MAX_UNITS units with different names (case ignored), one of them
    the base unit holding 1; each unit's factor and price as `check_unit` says.
    """
    sku = clean_sku(data.sku)
    name = check_length(clean_line(data.name), LINE_CHARS, "name", NAME_TOO_LONG)
    if not name:
        raise ValidationError(msg("Type the product's name."), field="name")
    category = clean_category(data.category)
    description = bounded_note(data.description, "description")
    if not data.units:
        raise ValidationError(msg("Add at least one unit with its price."), field="units")
    if len(data.units) > MAX_UNITS:
        raise ValidationError(msg("A product can have at most {max} units."), field="units", max=MAX_UNITS)
    units = tuple(check_unit(u) for u in data.units)
    seen: set[str] = set()
    for unit in units:
        key = _unit_key(unit.name)
        if key in seen:
            raise ValidationError(
                msg("Two units are named “{unit}”: give each unit its own name."),
                field="unit",
                unit=unit.name,
            )
        seen.add(key)
    if not any(u.factor == 1 for u in units):
        raise ValidationError(
            msg("One unit must be the base unit, holding 1 (the bottle of a pack of 3 bottles)."),
            field="factor",
        )
    ordered = tuple(sorted(units, key=lambda u: u.factor))  # base unit first, as pickers list them
    return ProductInput(sku, name, ordered, category, description)


def units_text(units: Sequence[UnitInput | ProductUnitRecord]) -> str:
    """The units in one line for activity rows and the list: "ขวด ฿590.00 · แพ็ก 3 ขวด ×3 ฿1,590.00"."""
    parts = []
    for unit in units:
        holds = f" ×{unit.factor}" if unit.factor != 1 else ""
        parts.append(f"{unit.name}{holds} {format_minor(unit.price_minor, Currency(unit.currency))}")
    return " · ".join(parts)
