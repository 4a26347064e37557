"""The set of services one open database offers; built by app.py or the CLI, passed down explicitly."""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher

from salesapp.db.connection import Database, open_database
from salesapp.db.notify import ChangeFeed as ChangeFeed
from salesapp.domain.clock import Clock, utc_now
from salesapp.services.admin.audit_list import AuditListService
from salesapp.services.admin.setup_checklist import SetupChecklistService
from salesapp.services.admin.shop_profile import ShopProfileService, order_number_prefix
from salesapp.services.admin.staff import StaffService
from salesapp.services.admin.users import UserService
from salesapp.services.backup.backup_service import BackupService
from salesapp.services.catalogue.catalogue_import import CatalogueImportService
from salesapp.services.catalogue.catalogue_list import CatalogueListService
from salesapp.services.catalogue.catalogue_service import CatalogueService
from salesapp.services.customers.appointments import AppointmentService
from salesapp.services.customers.customer_import import CustomerImportService
from salesapp.services.customers.customer_list import CustomerListService
from salesapp.services.customers.customer_profile import CustomerProfileService
from salesapp.services.customers.customer_service import CustomerService
from salesapp.services.customers.duplicates import DuplicateService
from salesapp.services.customers.handover import HandoverService
from salesapp.services.customers.pools import PoolService
from salesapp.services.customers.segments import SegmentService
from salesapp.services.customers.tags import TagService
from salesapp.services.followup.followup_list import FollowUpListService
from salesapp.services.followup.followups import FollowUpService
from salesapp.services.followup.intake import IntakeService
from salesapp.services.lists.lists_service import ListsService
from salesapp.services.messaging.accounts import MessagingAccountsService
from salesapp.services.messaging.one_message import MessageService
from salesapp.services.opportunities.opportunity_list import OpportunityListService
from salesapp.services.opportunities.opportunity_service import OpportunityService
from salesapp.services.opportunities.opportunity_stages import OpportunityStageService
from salesapp.services.orders.new_order import OrderService
from salesapp.services.orders.order_lifecycle import OrderLifecycleService
from salesapp.services.orders.order_list import OrderListService
from salesapp.services.shared.acting import acts_as_stored_user
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
    staff: StaffService
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
    shop_profile: ShopProfileService
    setup_checklist: SetupChecklistService
    pools: PoolService
    lists: ListsService
    catalogue: CatalogueService
    catalogue_list: CatalogueListService
    catalogue_import: CatalogueImportService
    backups: BackupService
    audit_list: AuditListService
    messaging_accounts: MessagingAccountsService
    messages: MessageService
    order_life: OrderLifecycleService

    @property
    def db(self) -> Database:
        """The open database."""
        return self.ctx.db

    def change_feed(self, password: str | None = None) -> ChangeFeed | None:
        """A listener for other desktops' changes (PostgreSQL only; None on a local file)."""
        url = self.ctx.db.url
        return None if url.is_sqlite else ChangeFeed(url, password)

    def check_connection(self) -> None:
        """A round trip to the server, reconnecting at once if the connection was lost (raises
        ConnectionLost while the server is away); nothing on a local file."""
        self.ctx.db.reconnect_now()

    def check_damage(self) -> None:
        """Read the whole local file for damage on a connection of its own (seconds on a big file: run
        it beside the session); raises DatabaseOpenError naming the backups when it is damaged."""
        self.ctx.db.check_damage()

    def close(self) -> None:
        """Close the database connection of the calling thread."""
        self.ctx.db.close()


# The staff and audit services keep their modules to themselves; they read the acting user like every
# other service (tests/unit/services/test_service_permissions.py checks every service does).
acts_as_stored_user(UserService)
acts_as_stored_user(StaffService)
acts_as_stored_user(AuditListService)


def build_services(db: Database, clock: Clock = utc_now, hasher: PasswordHasher | None = None) -> Services:
    """Wire every service to `db`."""
    ctx = ServiceContext(db, clock)
    customers = CustomerService(ctx)
    followup_list = FollowUpListService(ctx)
    duplicates = DuplicateService(ctx)
    return Services(
        ctx,
        UserService(ctx, hasher),
        StaffService(ctx, hasher),
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
        OrderService(ctx, on_new_order=queue_new_order, number_prefix=order_number_prefix),
        CustomerImportService(ctx),
        UpsellService(ctx),
        UpsellListService(ctx),
        UpsellSettingsService(ctx),
        OpportunityService(ctx),
        OpportunityListService(ctx),
        OpportunityStageService(ctx),
        shop_profile=ShopProfileService(ctx),
        setup_checklist=SetupChecklistService(ctx),
        pools=PoolService(ctx),
        lists=ListsService(ctx),
        catalogue=CatalogueService(ctx),
        catalogue_list=CatalogueListService(ctx),
        catalogue_import=CatalogueImportService(ctx),
        backups=BackupService(ctx),
        audit_list=AuditListService(ctx),
        messaging_accounts=MessagingAccountsService(ctx),
        messages=MessageService(ctx),
        order_life=OrderLifecycleService(ctx),
    )


def connect(
    url: str, password: str | None = None, clock: Clock = utc_now, hasher: PasswordHasher | None = None
) -> Services:
    """Open the database at `url` (migrating it) and build its services."""
    return build_services(open_database(url, password=password), clock, hasher)
