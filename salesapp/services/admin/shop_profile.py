"""The shop profile: what documents print about the shop (names, tax ID and branch, address, logo) and how
its money and order numbers are written (currency, VAT, order-number prefix, time zone).

Stored in the versioned `settings` table (services/shared/settings_store): the profile as one JSON value
under "shop.profile", the logo beside it under "shop.logo" (base64 with its type), so that reading the
profile, as every new order does for its number, never reads the picture. Only administrators save it; a
save over a colleague's newer one is refused naming them, and the activity row goes in with the change.
Other rooms read it through `ShopProfileService.get` or, inside their own transaction, `read_profile`.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, replace

import peewee as pw

from salesapp.db import models as m
from salesapp.domain.changes import ChangeSet
from salesapp.domain.clock import from_db
from salesapp.domain.enums import Action, EntityKind, Role
from salesapp.domain.errors import PermissionDenied, msg
from salesapp.domain.images import check_image
from salesapp.domain.phone import parse_phone
from salesapp.domain.records import UserRecord
from salesapp.domain.shop import (
    DEFAULT_PREFIX,
    LOGO_MAX_BYTES,
    ShopProfile,
    check_profile,
    profile_from_json,
    profile_to_json,
)
from salesapp.services.shared.acting import acts_as_stored_user
from salesapp.services.shared.audit import diff, log_activity
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.settings_store import raise_stale_setting, read_setting, write_setting

KEY = "shop.profile"
LOGO_KEY = "shop.logo"
SETTING_ENTITY_ID = 150
"""The id under which shop profile changes appear in activity rows and ChangeSets (EntityKind.SETTING)."""


@dataclass(frozen=True)
class ShopLogo:
    """The shop's logo as stored: PNG or JPEG bytes and their MIME type."""

    data: bytes
    mime: str


def read_profile() -> ShopProfile:
    """The stored profile (the defaults, version 0, when never saved), with who saved it last and when;
    call inside or outside a transaction."""
    editor = m.User.alias("editor")
    row = (
        m.Setting.select(m.Setting.value, m.Setting.version, m.Setting.updated_at, editor.display_name)
        .join(editor, pw.JOIN.LEFT_OUTER, on=(m.Setting.updated_by == editor.id))
        .where(m.Setting.key == KEY)
        .tuples()
        .first()
    )
    if row is None:
        return ShopProfile()
    value, version, at, name = row
    profile = profile_from_json(json.loads(value), int(version))
    return replace(profile, updated_by=name or "", updated_at=from_db(at))


def order_number_prefix() -> str:
    """The letters new order numbers start with ("SO" until an administrator chooses others)."""
    row = read_setting(KEY)
    if row is None:
        return DEFAULT_PREFIX
    return str(json.loads(row[0]).get("order_prefix") or DEFAULT_PREFIX)


def _logo_digest(data: bytes | None) -> str | None:
    """A short fingerprint of a logo for the activity row (the picture itself is never copied there)."""
    return None if data is None else hashlib.sha256(data).hexdigest()[:12]


@acts_as_stored_user
class ShopProfileService:
    """Reads the shop profile and its logo (anyone signed in); saves them (administrators only)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def get(self) -> ShopProfile:
        """The current profile with its version (0: never saved, the defaults)."""
        return read_profile()

    def logo(self) -> ShopLogo | None:
        """The stored logo, or None."""
        row = read_setting(LOGO_KEY)
        if row is None:
            return None
        stored = json.loads(row[0])
        if not stored:
            return None
        return ShopLogo(base64.b64decode(stored["data"]), str(stored["mime"]))

    def save(
        self,
        actor: UserRecord,
        profile: ShopProfile,
        expected_version: int,
        logo: bytes | None = None,
        remove_logo: bool = False,
    ) -> tuple[ShopProfile, ChangeSet]:
        """Save `profile` (its `version` is ignored: `expected_version` is the one loaded), with a new `logo`
        (PNG or JPEG bytes) or `remove_logo`, else the stored logo kept.

        Refused: not an administrator (PermissionDenied); a bad field (ValidationError, see
        domain.shop.check_profile) or logo; another desktop saved since (StaleRecordError naming them).
        One transaction: the profile, the logo and an activity row (EntityKind.SETTING, SETTING_ENTITY_ID).
        """
        if actor.role is not Role.ADMIN:
            raise PermissionDenied(msg("Only an administrator can change the shop profile."))
        clean = check_profile(profile, parse_phone)
        logo_type = check_image(logo, "logo", LOGO_MAX_BYTES) if logo is not None else None
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            current = read_profile()
            if current.version != expected_version:
                raise_stale_setting(self.ctx, KEY)
            old_logo = self.logo()
            has_logo = logo is not None or (old_logo is not None and not remove_logo)
            clean = replace(clean, has_logo=has_logo)
            value = profile_to_json(clean)
            text = json.dumps(value, ensure_ascii=False, sort_keys=True)
            write_setting(self.ctx, actor, KEY, text, expected_version, now)
            changes = diff(profile_to_json(current) if current.saved else {}, value)
            if logo is not None or (remove_logo and old_logo is not None):
                stored = {"mime": logo_type, "data": base64.b64encode(logo).decode()} if logo else {}
                logo_row = read_setting(LOGO_KEY)
                write_setting(
                    self.ctx, actor, LOGO_KEY, json.dumps(stored), logo_row[1] if logo_row else 0, now
                )
                changes["logo"] = (_logo_digest(old_logo.data if old_logo else None), _logo_digest(logo))
            log_activity(actor, EntityKind.SETTING, SETTING_ENTITY_ID, Action.UPDATED, now, changes, KEY)
            saved = read_profile()
        return saved, ChangeSet.of(EntityKind.SETTING, [SETTING_ENTITY_ID])
