"""Product import, pass 1: the file's columns, each row read into values, and the rows grouped by SKU.

A file has one row per unit: SKU, name, category, description, unit, base units (factor), price,
currency, status. The rows of one SKU make one product: its name, category, description and status come
from the first row that gives them (a later row naming the SKU differently is refused), its units from
every row. A row may leave the unit empty (then it only gives product fields); a unit needs a price.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from salesapp.domain.catalogue import (
    ProductStatus,
    UnitInput,
    check_unit,
    clean_category,
    clean_sku,
)
from salesapp.domain.enums import Currency
from salesapp.domain.errors import SalesappError, ValidationError, msg
from salesapp.domain.limits import LINE_CHARS, NAME_TOO_LONG, bounded_note, check_length
from salesapp.domain.money import parse_minor
from salesapp.domain.text import clean_line, digits_only, search_key
from salesapp.services.shared.import_table import PUNCTUATION, HeaderGuesser, ImportTable

IMPORT_FIELDS = ("sku", "name", "category", "description", "unit", "factor", "price", "currency", "status")
"""Every field a column can be mapped to, in the order the mapping shows them (and the export writes)."""

# Header names seen in shops' files (and every header the export writes, in each language), folded with
# search_key, without spaces and punctuation.
_ALIASES: dict[str, tuple[str, ...]] = {
    "sku": (
        "sku", "code", "productcode", "itemcode", "skucode", "barcode", "รหัสสินค้า", "รหัส", "เอสเคยู",
        "masanpham", "ma", "mahang", "mahanghoa", "masku",
    ),
    "name": (
        "name", "product", "productname", "item", "itemname", "title", "ชื่อสินค้า", "สินค้า", "ชื่อ",
        "tensanpham", "sanpham", "ten", "tenhang", "tenhanghoa",
    ),
    "category": (
        "category", "productcategory", "group", "productgroup", "type", "หมวดหมู่", "หมวด", "ประเภท",
        "หมวดหมู่สินค้า", "danhmuc", "loai", "nhomhang", "loaisanpham", "danhmucsanpham",
    ),
    "description": (
        "description", "details", "detail", "รายละเอียด", "คำอธิบาย", "รายละเอียดสินค้า", "mota",
        "motasanpham",
    ),
    "unit": ("unit", "unitname", "uom", "หน่วย", "หน่วยนับ", "หน่วยขาย", "donvi", "donvitinh", "dvt"),
    "factor": (
        "baseunits", "factor", "unitsperpack", "qtyperunit", "packsize", "contains", "จำนวนหน่วยฐาน",
        "จำนวนต่อหน่วย", "บรรจุ", "sodonvicoso", "quydoi", "heso", "soluongquydoi",
    ),
    "price": (
        "price", "unitprice", "saleprice", "sellingprice", "ราคา", "ราคาขาย", "ราคาต่อหน่วย", "gia", "giaban",
        "dongia",
    ),
    "currency": ("currency", "curr", "สกุลเงิน", "tiente", "loaitien"),
    "status": ("status", "active", "สถานะ", "trangthai"),
}  # fmt: skip
HEADERS = HeaderGuesser(_ALIASES)

# A status as a file writes it: ours in any of our languages, and the yes/no forms of other tools.
_STATUS_NAMES = {
    "active": ProductStatus.ACTIVE, "ขายอยู่": ProductStatus.ACTIVE, "dangban": ProductStatus.ACTIVE,
    "yes": ProductStatus.ACTIVE, "true": ProductStatus.ACTIVE, "1": ProductStatus.ACTIVE,
    "archived": ProductStatus.ARCHIVED, "เก็บถาวร": ProductStatus.ARCHIVED, "luutru": ProductStatus.ARCHIVED,
    "inactive": ProductStatus.ARCHIVED, "no": ProductStatus.ARCHIVED, "false": ProductStatus.ARCHIVED,
    "0": ProductStatus.ARCHIVED,
}  # fmt: skip
_CURRENCY_NAMES = {
    "thb": Currency.THB, "baht": Currency.THB, "บาท": Currency.THB, "฿": Currency.THB,
    "vnd": Currency.VND, "dong": Currency.VND, "₫": Currency.VND, "d": Currency.VND,
}  # fmt: skip


def guess_columns(headers: Sequence[str]) -> dict[int, str]:
    """Column index → product field for the headers recognised (English, Thai and Vietnamese names)."""
    return HEADERS.guess(headers)


def check_columns(mapping: Mapping[int, str], width: int) -> dict[str, int]:
    """Field → column of a mapping; refused: an unknown field, a column outside the file, a field mapped
    twice, no SKU column (products are matched and grouped by SKU)."""
    columns: dict[str, int] = {}
    for column, name in mapping.items():
        if name not in IMPORT_FIELDS or not 0 <= column < width:
            raise ValidationError(msg("The column mapping does not fit this file."), field="mapping")
        if name in columns:
            raise ValidationError(msg("Each field can come from one column only."), field="mapping")
        columns[name] = column
    if "sku" not in columns:
        raise ValidationError(msg("Choose the column that holds the SKU."), field="mapping")
    return columns


def parse_status(text: str) -> ProductStatus | None:
    """A status cell ("" for none)."""
    if not text:
        return None
    status = _STATUS_NAMES.get(PUNCTUATION.sub("", search_key(text)))
    if status is None:
        raise ValidationError(msg("“{text}” is not a product status."), field="status", text=text[:40])
    return status


def parse_currency(text: str, default: Currency) -> Currency:
    """A currency cell ("" is the import's currency)."""
    if not text:
        return default
    currency = _CURRENCY_NAMES.get(PUNCTUATION.sub("", search_key(text)))
    if currency is None:
        raise ValidationError(
            msg("“{text}” is not a currency (THB or VND)."), field="currency", text=text[:40]
        )
    return currency


def parse_factor(text: str) -> int:
    """How many base units a unit holds ("" is 1; "12", "12.0", "x12" are 12)."""
    if not text:
        return 1
    compact = text.strip().lower().lstrip("x×")
    if compact.endswith(".0"):
        compact = compact[:-2]
    if not compact.isdigit() or len(compact) > 9:
        raise ValidationError(msg("“{text}” is not a number of base units."), field="factor", text=text[:40])
    return int(digits_only(compact))


BadRow = tuple[int, str, str, str, SalesappError]
"""A row refused while reading: its line, its SKU, name and unit cells (to recognise it), the error."""


@dataclass
class RowValues:
    """One row as read: its line, its product fields ("" where the file says nothing) and its unit."""

    line: int
    sku: str
    name: str = ""
    category: str = ""
    description: str = ""
    status: ProductStatus | None = None
    unit: UnitInput | None = None


@dataclass
class Group:
    """The rows of one SKU: the product they make and every row's line."""

    sku: str
    first_line: int
    name: str = ""
    category: str = ""
    description: str = ""
    status: ProductStatus | None = None
    units: list[UnitInput] = field(default_factory=list)
    unit_lines: dict[str, int] = field(default_factory=dict)  # unit name (case ignored) → its line
    lines: list[int] = field(default_factory=list)
    name_line: int = 0
    category_line: int = 0


def read_row(line: int, cells: Sequence[str], columns: Mapping[str, int], currency: Currency) -> RowValues:
    """One row's values, cleaned and checked (ValidationError for the first bad cell)."""

    def cell(name: str) -> str:
        column = columns.get(name)
        return cells[column] if column is not None else ""

    values = RowValues(line, clean_sku(cell("sku")))
    values.name = check_length(clean_line(cell("name")), LINE_CHARS, "name", NAME_TOO_LONG)
    values.category = clean_category(cell("category"))
    values.description = bounded_note(cell("description"), "description")
    values.status = parse_status(clean_line(cell("status")))
    unit_name, price = clean_line(cell("unit")), clean_line(cell("price"))
    if unit_name or price:
        if not unit_name:
            raise ValidationError(msg("Give the unit this price is for."), field="unit")
        if not price:
            raise ValidationError(msg("Give the price of “{unit}”."), field="price", unit=unit_name)
        unit_currency = parse_currency(clean_line(cell("currency")), currency)
        unit = UnitInput(
            unit_name, parse_factor(cell("factor")), parse_minor(price, unit_currency), unit_currency
        )
        values.unit = check_unit(unit)
    return values


def add_to_group(groups: dict[str, Group], values: RowValues) -> None:
    """Put a row's values into its SKU's group; refused: a name or category other than an earlier row's
    for the same SKU, a unit the SKU has on an earlier line."""
    group = groups.get(values.sku)
    if group is None:
        group = groups[values.sku] = Group(values.sku, values.line)
    if values.name and group.name and values.name != group.name:
        raise ValidationError(
            msg("Line {line} names the SKU “{sku}” “{old}”; this row names it “{new}”."),
            field="name", line=group.name_line, sku=values.sku, old=group.name[:60], new=values.name[:60],
        )  # fmt: skip
    if values.category and group.category and values.category != group.category:
        raise ValidationError(
            msg("Line {line} puts the SKU “{sku}” in the category “{old}”; this row puts it in “{new}”."),
            field="category", line=group.category_line, sku=values.sku, old=group.category,
            new=values.category,
        )  # fmt: skip
    if values.name and not group.name:
        group.name, group.name_line = values.name, values.line
    if values.category and not group.category:
        group.category, group.category_line = values.category, values.line
    group.description = group.description or values.description
    group.status = group.status or values.status
    if values.unit is not None:
        key = values.unit.name.casefold()
        if key in group.unit_lines:
            raise ValidationError(
                msg("The unit “{unit}” of “{sku}” is on line {line} already."),
                field="unit", unit=values.unit.name, sku=values.sku, line=group.unit_lines[key],
            )  # fmt: skip
        group.unit_lines[key] = values.line
        group.units.append(values.unit)
    group.lines.append(values.line)


def read_groups(
    table: ImportTable, columns: Mapping[str, int], currency: Currency
) -> tuple[dict[str, Group], list[BadRow]]:
    """Every row read and grouped by SKU, and the bad rows (line, SKU, name and unit cells, error)."""
    groups: dict[str, Group] = {}
    errors: list[BadRow] = []

    def shown(cells: Sequence[str], name: str) -> str:
        column = columns.get(name)
        return cells[column][:60] if column is not None else ""

    for cells, line in zip(table.rows, table.lines, strict=True):
        try:
            add_to_group(groups, read_row(line, cells, columns, currency))
        except SalesappError as exc:
            errors.append((line, shown(cells, "sku"), shown(cells, "name"), shown(cells, "unit"), exc))
    return groups, errors
