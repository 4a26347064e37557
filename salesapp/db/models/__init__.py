"""peewee models over the migrated schema, one module per feature, bound to one proxy initialised by
`open_database`. Import them from here: `from salesapp.db import models as m`."""

from __future__ import annotations

from salesapp.db.models.base import BaseModel, database_proxy, tuples
from salesapp.db.models.customers import (
    Appointment,
    Call,
    Customer,
    CustomerMerge,
    CustomerNote,
    CustomerTag,
    Pool,
    Segment,
    Tag,
)
from salesapp.db.models.followup import ContactRequest, FollowUp, FollowUpNote, PaymentNotice
from salesapp.db.models.messaging import Message, MessageAttachment, OutboxItem
from salesapp.db.models.opportunities import (
    Opportunity,
    OpportunityNote,
    OpportunityStage,
    OpportunityStageChange,
)
from salesapp.db.models.orders import Order, OrderLine, Product, ProductUnit
from salesapp.db.models.staff import Activity, Setting, SignInLock, User
from salesapp.db.models.upsell import UpsellCase, UpsellNote, UpsellNoteImage

ALL_MODELS: tuple[type[BaseModel], ...] = (
    User,
    Pool,
    Customer,
    Tag,
    CustomerTag,
    Product,
    ProductUnit,
    Order,
    OrderLine,
    ContactRequest,
    PaymentNotice,
    FollowUp,
    FollowUpNote,
    CustomerNote,
    Appointment,
    Segment,
    CustomerMerge,
    UpsellCase,
    UpsellNote,
    UpsellNoteImage,
    Call,
    OpportunityStage,
    Opportunity,
    OpportunityStageChange,
    OpportunityNote,
    Activity,
    Setting,
    SignInLock,
    Message,
    MessageAttachment,
    OutboxItem,
)

__all__ = [
    "ALL_MODELS",
    "Activity",
    "Appointment",
    "BaseModel",
    "Call",
    "ContactRequest",
    "Customer",
    "CustomerMerge",
    "CustomerNote",
    "CustomerTag",
    "FollowUp",
    "FollowUpNote",
    "Message",
    "MessageAttachment",
    "Opportunity",
    "OpportunityNote",
    "OpportunityStage",
    "OpportunityStageChange",
    "Order",
    "OrderLine",
    "OutboxItem",
    "PaymentNotice",
    "Pool",
    "Product",
    "ProductUnit",
    "Segment",
    "Setting",
    "SignInLock",
    "Tag",
    "UpsellCase",
    "UpsellNote",
    "UpsellNoteImage",
    "User",
    "database_proxy",
    "tuples",
]
