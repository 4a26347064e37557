"""Enumerations of the domain: roles, channels, currencies, order statuses and activity actions."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """What a staff member may do: admin > manager > sales."""

    ADMIN = "admin"
    MANAGER = "manager"
    SALES = "sales"

    @property
    def is_manager(self) -> bool:
        """Managers and admins see everyone's work and change settings."""
        return self in (Role.ADMIN, Role.MANAGER)


class Channel(StrEnum):
    """Where a customer talks to the shop."""

    WEB = "web"
    FACEBOOK = "facebook"
    LINE = "line"
    ZALO = "zalo"
    SHOPEE = "shopee"
    LAZADA = "lazada"
    TIKTOK = "tiktok"
    PHONE = "phone"
    WALK_IN = "walk_in"


class Currency(StrEnum):
    """Currencies the shops sell in; money is stored in integer minor units of one of these."""

    THB = "THB"
    VND = "VND"

    @property
    def exponent(self) -> int:
        """Digits after the decimal point: satang for THB, none for VND."""
        return 2 if self is Currency.THB else 0


class OrderStatus(StrEnum):
    """Life of an order from entry to delivery."""

    AWAITING = "awaiting"
    CONFIRMED = "confirmed"
    PACKED = "packed"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    RETURNED = "returned"


class EntityKind(StrEnum):
    """Kinds of business record, as named in ChangeSets and activity rows."""

    USER = "user"
    CUSTOMER = "customer"
    TAG = "tag"
    PRODUCT = "product"
    ORDER = "order"
    SETTING = "setting"
    FOLLOWUP = "followup"
    CONTACT_REQUEST = "contact_request"
    PAYMENT_NOTICE = "payment_notice"
    APPOINTMENT = "appointment"
    SEGMENT = "segment"
    UPSELL_CASE = "upsell_case"
    OPPORTUNITY = "opportunity"
    OPPORTUNITY_STAGE = "opportunity_stage"
    POOL = "pool"


class Action(StrEnum):
    """What an activity row records."""

    CREATED = "created"
    UPDATED = "updated"
    DELETED = "deleted"
    SIGNED_IN = "signed_in"
    PASSWORD_CHANGED = "password_changed"
    UNLOCKED = "unlocked"  # an administrator lifted a sign-in lock
    NOTE_ADDED = "note_added"
    CLOSED = "closed"
    REOPENED = "reopened"
    MATCHED = "matched"
    HANDED_OVER = "handed_over"
    REVOKED = "revoked"
    TAGGED = "tagged"
    UNTAGGED = "untagged"
    MERGED = "merged"
    UNMERGED = "unmerged"
    IMPORTED = "imported"
    QUEUED = "queued"  # an order entered the upsell queue
    ASSIGNED = "assigned"
    GIVEN_BACK = "given_back"
    STATUS_CHANGED = "status_changed"
    NOTE_DELETED = "note_deleted"
    NOTE_PINNED = "note_pinned"
    NOTE_UNPINNED = "note_unpinned"
    CALLED = "called"
    STAGE_CHANGED = "stage_changed"
    WON = "won"
    LOST = "lost"
