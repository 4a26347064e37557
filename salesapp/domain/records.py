"""Frozen plain records handed from services to the UI; no database objects ever leave services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from salesapp.domain.enums import Action, Channel, Currency, EntityKind, OrderStatus, Role


@dataclass(frozen=True)
class UserRecord:
    """A staff member."""

    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    version: int
    must_change_password: bool = False  # a first or reset password: choose one's own at sign-in

    @property
    def is_manager(self) -> bool:
        """Managers and admins."""
        return self.role.is_manager


@dataclass(frozen=True)
class CustomerRecord:
    """A customer profile as shown and edited."""

    id: int
    name: str
    phone: str | None
    email: str | None
    address_line: str
    subdistrict: str
    district: str
    province: str
    postcode: str
    country: str
    channel: Channel | None
    source: str
    owner_id: int | None
    birth_date: date | None
    bill_note: str
    created_at: datetime
    updated_at: datetime
    version: int
    phone2: str | None = None
    facebook: str = ""
    line_id: str = ""
    zalo: str = ""
    first_contact_at: datetime | None = None
    last_contact_at: datetime | None = None
    imported_at: datetime | None = None
    handed_over_at: datetime | None = None
    converted_at: datetime | None = None


@dataclass(frozen=True)
class ProductUnitRecord:
    """A unit of a product with its price."""

    id: int
    product_id: int
    name: str
    factor: int
    price_minor: int
    currency: Currency


@dataclass(frozen=True)
class ProductRecord:
    """A product and its units."""

    id: int
    sku: str
    name: str
    active: bool
    units: tuple[ProductUnitRecord, ...]
    version: int


@dataclass(frozen=True)
class OrderLineRecord:
    """One line of an order."""

    id: int
    position: int
    product_id: int | None
    unit_id: int | None
    description: str
    quantity: int
    unit_price_minor: int
    discount_minor: int
    total_minor: int


@dataclass(frozen=True)
class OrderRecord:
    """An order with its lines and totals."""

    id: int
    number: str
    customer_id: int
    owner_id: int | None
    status: OrderStatus
    channel: Channel | None
    currency: Currency
    subtotal_minor: int
    discount_minor: int
    shipping_minor: int
    total_minor: int
    vat_invoice: bool
    payment_method: str
    payment_terms: str
    note: str
    ordered_at: datetime
    lines: tuple[OrderLineRecord, ...]
    version: int


@dataclass(frozen=True)
class ActivityRecord:
    """One line of a record's history."""

    id: int
    at: datetime
    user_id: int | None
    user_name: str
    entity: EntityKind
    entity_id: int
    action: Action
    changes: dict[str, tuple[object, object]]
    summary: str


@dataclass(frozen=True)
class StaffRow:
    """One line of the Staff screen: the account and its open load."""

    user: UserRecord
    last_sign_in_at: datetime | None
    customers: int
    follow_ups: int
    upsell_cases: int
    opportunities: int
    sign_in_locked_until: datetime | None = None  # too many wrong passwords: no sign-in before then

    @property
    def open_work(self) -> int:
        """Everything the person still holds: customers and open items."""
        return self.customers + self.follow_ups + self.upsell_cases + self.opportunities
