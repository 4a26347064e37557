"""The shop itself: its profile (names, tax ID and branch, address, logo, currency, VAT, order numbers, time
zone), the rules a profile must keep, and the first-run checklist of a new database.

Standard library only. A profile is stored as one JSON value (see `profile_to_json`); the logo's bytes are
kept beside it, not in it, so reading the profile for an order number never reads a picture.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from salesapp.domain.enums import Currency
from salesapp.domain.errors import ValidationError, msg
from salesapp.domain.limits import EMAIL_CHARS, EMAIL_TOO_LONG, LINE_CHARS, check_length
from salesapp.domain.text import clean_line, digits_only

COUNTRIES = ("TH", "VN")
TIME_ZONES = (
    "Asia/Bangkok",
    "Asia/Ho_Chi_Minh",
    "Asia/Vientiane",
    "Asia/Phnom_Penh",
    "Asia/Yangon",
    "Asia/Kuala_Lumpur",
    "Asia/Singapore",
    "Asia/Jakarta",
    "Asia/Manila",
    "Asia/Hong_Kong",
    "Asia/Tokyo",
    "UTC",
)
"""The time zones offered (named, not looked up: Windows ships no zone database)."""
MAX_VAT_BP = 3000
"""The highest VAT rate accepted, in basis points (30 %); Thailand charges 7 %, Vietnam 8 % or 10 %."""
LOGO_MAX_BYTES = 2 * 1024 * 1024
"""The largest logo stored (the desktop scales a bigger picture down before saving)."""
LOGO_MAX_SIDE = 1024
"""Logos are stored with their longest side at most this many pixels."""
DEFAULT_PREFIX = "SO"
_PREFIX = re.compile(r"^[A-Z]{1,4}$")  # what the orders search reads as the start of a number
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_VN_TAX_ID = re.compile(r"^(\d{10}(-\d{3})?|\d{12})$")


@dataclass(frozen=True)
class ShopProfile:
    """What documents print about the shop and how its money and order numbers are written.

    `vat_bp` is the VAT rate in basis points (700 = 7 %). `head_office` and `branch` are the Thai
    "สำนักงานใหญ่ / สาขาที่ 00001" of a tax invoice (a Vietnamese branch is the tax ID's -NNN suffix).
    `version` 0: never saved (these are the defaults); `has_logo` says whether a logo is stored.
    """

    shop_name: str = ""
    legal_name: str = ""
    tax_id: str = ""
    head_office: bool = True
    branch: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    country: str = "TH"
    currency: Currency = Currency.THB
    vat_bp: int = 700
    prices_include_vat: bool = True
    order_prefix: str = DEFAULT_PREFIX
    time_zone: str = "Asia/Bangkok"
    has_logo: bool = False
    version: int = 0
    updated_by: str = ""
    updated_at: datetime | None = field(default=None, compare=False)

    @property
    def saved(self) -> bool:
        """Whether an administrator ever saved the profile."""
        return self.version > 0

    @property
    def vat_percent(self) -> float:
        """The VAT rate as a percentage (7.0)."""
        return self.vat_bp / 100

    @property
    def branch_text(self) -> str:
        """The branch as a Thai tax invoice prints it: "สำนักงานใหญ่" or "สาขาที่ 00001" (Vietnam: "")."""
        if self.country != "TH":
            return ""
        return "สำนักงานใหญ่" if self.head_office else f"สาขาที่ {self.branch}"


def default_profile(country: str) -> ShopProfile:
    """The profile a new shop of `country` starts from: its currency, VAT and time zone."""
    if country == "VN":
        return ShopProfile(
            country="VN", currency=Currency.VND, vat_bp=1000, prices_include_vat=True,
            time_zone="Asia/Ho_Chi_Minh",
        )  # fmt: skip
    return ShopProfile()


def thai_tax_id_ok(digits: str) -> bool:
    """Whether 13 digits carry a valid check digit (the Revenue Department's mod-11 rule)."""
    if len(digits) != 13 or not digits.isdigit():
        return False
    total = sum(int(d) * (13 - i) for i, d in enumerate(digits[:12]))
    return (11 - total % 11) % 10 == int(digits[12])


def _tax_id(text: str, country: str) -> str:
    cleaned = clean_line(text)
    if not cleaned:
        return ""
    if country == "TH":
        digits = digits_only(cleaned)
        if not thai_tax_id_ok(digits):
            raise ValidationError(
                msg("A Thai tax ID has 13 digits with a valid check digit; “{text}” has not."),
                field="tax_id", text=cleaned[:40],
            )  # fmt: skip
        return digits
    compact = cleaned.replace(" ", "").replace(".", "")
    if not _VN_TAX_ID.match(compact):
        raise ValidationError(
            msg("A Vietnamese tax code has 10 digits (a branch adds -001), or 12; “{text}” has not."),
            field="tax_id", text=cleaned[:40],
        )  # fmt: skip
    return compact


def _branch(profile: ShopProfile) -> tuple[bool, str]:
    if profile.country != "TH" or profile.head_office:
        return True, ""
    digits = digits_only(profile.branch)
    if not digits or len(digits) > 5 or int(digits) == 0:
        raise ValidationError(
            msg("Enter the branch number (1 to 5 digits), or choose the head office."), field="branch"
        )
    return False, digits.zfill(5)


def check_profile(profile: ShopProfile, phone_parser: Any = None) -> ShopProfile:
    """`profile` as stored: texts cleaned, tax ID and branch in their printed form, the rest checked.

    `phone_parser(text, country)` turns the phone into E.164 (the domain's `parse_phone`). Raises
    ValidationError naming the field: no shop name, a bad tax ID, branch, e-mail, currency, VAT rate,
    order-number prefix or time zone.
    """
    if profile.country not in COUNTRIES:
        raise ValidationError(msg("Choose Thailand or Vietnam."), field="country")
    shop_name = check_length(clean_line(profile.shop_name), LINE_CHARS, "shop_name")
    if not shop_name:
        raise ValidationError(msg("Enter the shop's name."), field="shop_name")
    email = check_length(clean_line(profile.email).lower(), EMAIL_CHARS, "email", EMAIL_TOO_LONG)
    if email and not _EMAIL.match(email):
        raise ValidationError(msg("“{text}” is not an e-mail address."), field="email", text=email)
    phone = clean_line(profile.phone)
    if phone and phone_parser is not None:
        phone = phone_parser(phone, profile.country)
    if not 0 <= profile.vat_bp <= MAX_VAT_BP:
        raise ValidationError(msg("The VAT rate must be between 0 and 30 %."), field="vat")
    prefix = clean_line(profile.order_prefix).upper()
    if not _PREFIX.match(prefix):
        raise ValidationError(
            msg("An order-number prefix is 1 to 4 letters A–Z, such as SO or INV."), field="order_prefix"
        )
    if profile.time_zone not in TIME_ZONES:
        raise ValidationError(msg("Choose a time zone from the list."), field="time_zone")
    head_office, branch = _branch(profile)
    return replace(
        profile,
        shop_name=shop_name,
        legal_name=check_length(clean_line(profile.legal_name), LINE_CHARS, "legal_name"),
        tax_id=_tax_id(profile.tax_id, profile.country),
        head_office=head_office,
        branch=branch,
        address=check_length(clean_line(profile.address), LINE_CHARS * 2, "address"),
        phone=phone,
        email=email,
        currency=Currency(profile.currency),
        order_prefix=prefix,
    )


_STORED = (
    "shop_name", "legal_name", "tax_id", "head_office", "branch", "address", "phone", "email", "country",
    "currency", "vat_bp", "prices_include_vat", "order_prefix", "time_zone", "has_logo",
)  # fmt: skip


def profile_to_json(profile: ShopProfile) -> dict[str, Any]:
    """The stored fields as a JSON-able dict (no version, no editor)."""
    out = {name: getattr(profile, name) for name in _STORED}
    out["currency"] = profile.currency.value
    return out


def profile_from_json(data: Mapping[str, Any], version: int) -> ShopProfile:
    """A profile stored by `profile_to_json`; unknown keys (from a newer version) are ignored."""
    values = {k: v for k, v in data.items() if k in _STORED}
    if "currency" in values:
        values["currency"] = Currency(values["currency"])
    return replace(ShopProfile(), **values, version=version)


# -- the first-run checklist ---------------------------------------------------------------------------


class SetupStep(StrEnum):
    """The steps of a new shop's first day, in the order the checklist shows them."""

    PROFILE = "profile"
    STAFF = "staff"
    PRODUCTS = "products"
    BACKUPS = "backups"


class StepState(StrEnum):
    """Where a step stands: still to do, done, or skipped (it can be reopened and done later)."""

    TODO = "todo"
    DONE = "done"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class Checklist:
    """The first-run checklist of a database: each step's state. `started` is False for a database that
    never had one (the demo, a shop from before the checklist): nothing is shown there."""

    states: Mapping[SetupStep, StepState]
    started: bool = True
    version: int = 0

    def state(self, step: SetupStep) -> StepState:
        """One step's state (TODO when never marked)."""
        return self.states.get(step, StepState.TODO)

    @property
    def finished(self) -> bool:
        """Every step done or skipped: the checklist is no longer shown after sign-in."""
        return all(self.state(step) is not StepState.TODO for step in SetupStep)

    @property
    def remaining(self) -> int:
        """How many steps are still to do."""
        return sum(1 for step in SetupStep if self.state(step) is StepState.TODO)
