"""The set of services one open database offers; built by app.py or the CLI, passed down explicitly."""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher

from salesapp.db.connection import Database, open_database
from salesapp.db.notify import ChangeFeed as ChangeFeed
from salesapp.domain.clock import Clock, utc_now
from salesapp.services.admin.users import UserService
from salesapp.services.customers.appointments import AppointmentService
from salesapp.services.customers.customer_import import CustomerImportService
from salesapp.services.customers.customer_list import CustomerListService
from salesapp.services.customers.customer_profile import CustomerProfileService
from salesapp.services.customers.customer_service import CustomerService
from salesapp.services.customers.duplicates import DuplicateService
from salesapp.services.customers.handover import HandoverService
from salesapp.services.customers.segments import SegmentService
from salesapp.services.customers.tags import TagService
from salesapp.services.followup.followup_list import FollowUpListService
from salesapp.services.followup.followups import FollowUpService
from salesapp.services.followup.intake import IntakeService
from salesapp.services.opportunities.opportunity_list import OpportunityListService
from salesapp.services.opportunities.opportunity_service import OpportunityService
from salesapp.services.opportunities.opportunity_stages import OpportunityStageService
from salesapp.services.orders.new_order import OrderService
from salesapp.services.orders.order_list import OrderListService
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.history import HistoryService
from salesapp.services.upsell.upsell_cases import UpsellService
from salesapp.services.upsell.upsell_claim import queue_new_order
from salesapp.services.upsell.upsell_list import UpsellListService
from salesapp.services.upsell.upsell_settings import UpsellSettingsService


@dataclass(frozen=True)
class Services:
    """Every use case of one database."""

    ctx: ServiceContext
    users: UserService
    customers: CustomerService
    history: HistoryService
    order_list: OrderListService
    customer_list: CustomerListService
    followup_list: FollowUpListService
    followups: FollowUpService
    intake: IntakeService
    profiles: CustomerProfileService
    tags: TagService
    segments: SegmentService
    handover: HandoverService
    duplicates: DuplicateService
    appointments: AppointmentService
    orders: OrderService
    customer_import: CustomerImportService
    upsell: UpsellService
    upsell_list: UpsellListService
    upsell_settings: UpsellSettingsService
    opportunities: OpportunityService
    opportunity_list: OpportunityListService
    opportunity_stages: OpportunityStageService

    @property
    def db(self) -> Database:
        """The open database."""
        return self.ctx.db

    def change_feed(self, password: str | None = None) -> ChangeFeed | None:
        """A listener for other desktops' changes (PostgreSQL only; None on a local file)."""
        url = self.ctx.db.url
        return None if url.is_sqlite else ChangeFeed(url, password)

    def close(self) -> None:
        """Close the database connection of the calling thread."""
        self.ctx.db.close()


def build_services(db: Database, clock: Clock = utc_now, hasher: PasswordHasher | None = None) -> Services:
    """Wire every service to `db`."""
    ctx = ServiceContext(db, clock)
    customers = CustomerService(ctx)
    followup_list = FollowUpListService(ctx)
    duplicates = DuplicateService(ctx)
    return Services(
        ctx,
        UserService(ctx, hasher),
        customers,
        HistoryService(ctx),
        OrderListService(ctx),
        CustomerListService(ctx),
        followup_list,
        FollowUpService(ctx, followup_list),
        IntakeService(ctx, customers, followup_list),
        CustomerProfileService(ctx, customers, duplicates),
        TagService(ctx),
        SegmentService(ctx),
        HandoverService(ctx),
        duplicates,
        AppointmentService(ctx),
        OrderService(ctx, on_new_order=queue_new_order),
        CustomerImportService(ctx),
        UpsellService(ctx),
        UpsellListService(ctx),
        UpsellSettingsService(ctx),
        OpportunityService(ctx),
        OpportunityListService(ctx),
        OpportunityStageService(ctx),
    )


def connect(
    url: str, password: str | None = None, clock: Clock = utc_now, hasher: PasswordHasher | None = None
) -> Services:
    """Open the database at `url` (migrating it) and build its services."""
    return build_services(open_database(url, password=password), clock, hasher)
