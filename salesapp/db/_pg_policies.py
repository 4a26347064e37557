"""The row-level policies and grants of every table, as data: who may read and write which rows.

They mirror the services' rules (ARCHITECTURE.md, "who sees what"). Sales staff: their own customers,
orders, follow-ups, opportunities, appointments and calls, with what hangs off them (notes, lines,
images, history); the unassigned follow-up items (and the customers they are about); the pending upsell
queue (its cases, and the order and customer each case is about, so the telesales queue can show them)
and the cases assigned to them, with the orders they upsell. Managers and administrators: every row.
The audit trail (`activities`) is insert-only for every staff role, and each person's rows are signed
with their own id.

UID is the signed-in person's user id (their `users` row found by `current_user`, NULL once disabled), MGR
whether they are an enabled manager or administrator: both are uncorrelated subqueries, which PostgreSQL
runs once per query (an initplan, one index lookup), so the conditions stay index lookups
(`owner_id = $1`).
"""

from __future__ import annotations

from dataclasses import dataclass

_ME = "FROM public.users u WHERE u.pg_role = current_user AND u.active"
UID = f"(SELECT u.id {_ME})"
MGR = f"(SELECT EXISTS (SELECT 1 {_ME} AND u.role IN ('manager', 'admin')))"
ADM = f"(SELECT EXISTS (SELECT 1 {_ME} AND u.role = 'admin'))"
ACTIVE = f"{UID} IS NOT NULL"  # shared rows are shared with enabled staff only


def _own_customer(column: str) -> str:
    return f"EXISTS (SELECT 1 FROM public.customers c WHERE c.id = {column} AND c.owner_id = {UID})"


def _followup_of(kind: str, table: str) -> str:
    return f"EXISTS (SELECT 1 FROM public.followups f WHERE f.kind = '{kind}' AND f.subject_id = {table}.id)"


@dataclass(frozen=True)
class Rule:
    """What sales staff may see (`select`), change or delete (`write`) and leave behind (`check`) in a
    table; managers and administrators see and change every row (`managers`: their condition)."""

    select: str
    write: str | None = None  # None: the same as select
    check: str | None = None  # None: the same as write
    managers: str = MGR
    manager_check: str | None = None  # None: the same as managers
    grants: str = "SELECT, INSERT, UPDATE, DELETE"

    @property
    def write_sql(self) -> str:
        """The UPDATE/DELETE condition of sales staff."""
        return self.write if self.write is not None else self.select

    @property
    def check_sql(self) -> str:
        """The INSERT/UPDATE check of sales staff."""
        return self.check if self.check is not None else self.write_sql


_MY_CASES = f"SELECT u.order_id FROM public.upsell_cases u WHERE u.assignee_id = {UID}"
_CASE_ORDERS = "SELECT u.order_id FROM public.upsell_cases u"  # under the cases' own policy: pending or mine
_CASE_CUSTOMERS = "SELECT u.customer_id FROM public.upsell_cases u"
# The customers of my follow-ups and the unassigned ones (under the follow-ups' own policy): the list
# names and calls them (a request phoned in for a pool customer waits unassigned for whoever takes it).
_FOLLOWUP_CUSTOMERS = "SELECT f.customer_id FROM public.followups f"
# The customer of one of my orders (it may have been handed over since): the orders list names them.
_ORDERED_FROM_ME = (
    f"EXISTS (SELECT 1 FROM public.orders o WHERE o.customer_id = customers.id AND o.owner_id = {UID})"
)
_WRITABLE_ORDER = (
    f"EXISTS (SELECT 1 FROM public.orders o WHERE o.id = order_lines.order_id "
    f"AND (o.owner_id = {UID} OR o.id IN ({_MY_CASES})))"
)


def _request_rule(table: str, kind: str) -> Rule:
    seen = f"created_by_id = {UID} OR {_followup_of(kind, table)} OR {_own_customer(table + '.customer_id')}"
    return Rule(seen)


POLICIES: dict[str, Rule] = {
    "customers": Rule(
        select=f"owner_id = {UID} OR {_ORDERED_FROM_ME} OR id IN ({_CASE_CUSTOMERS}) "
        f"OR id IN ({_FOLLOWUP_CUSTOMERS})",
        write=f"owner_id = {UID}",
    ),
    "customers_search": Rule(
        "EXISTS (SELECT 1 FROM public.customers c WHERE c.id = customers_search.id)", grants="SELECT"
    ),
    "customer_tags": Rule(_own_customer("customer_tags.customer_id")),
    "customer_notes": Rule(_own_customer("customer_notes.customer_id")),
    "customer_merges": Rule(_own_customer("customer_merges.kept_id")),
    "appointments": Rule(f"owner_id = {UID}"),
    "segments": Rule(f"owner_id = {UID} OR (owner_id IS NULL AND {ACTIVE})", write=f"owner_id = {UID}"),
    "calls": Rule(f"user_id = {UID}"),
    "orders": Rule(
        select=f"owner_id = {UID} OR id IN ({_CASE_ORDERS})",
        write=f"owner_id = {UID} OR id IN ({_MY_CASES})",
    ),
    "order_lines": Rule(
        select="EXISTS (SELECT 1 FROM public.orders o WHERE o.id = order_lines.order_id)",
        write=_WRITABLE_ORDER,
    ),
    # ... and the follow-up of an order I upsell: calling back later feeds its reminders and takes it
    # over, unless the customer is a colleague's. (The customer's owner comes from a SECURITY DEFINER
    # function: a subquery on `customers` here would recurse, its policy reads the follow-ups.)
    "followups": Rule(
        f"owner_id = {UID} OR (owner_id IS NULL AND {ACTIVE}) "
        f"OR (kind = 'order' AND subject_id IN ({_MY_CASES}) "
        f"AND coalesce(public.salesapp_customer_owner(customer_id), {UID}) = {UID})"
    ),
    "followup_notes": Rule(
        "EXISTS (SELECT 1 FROM public.followups f WHERE f.id = followup_notes.followup_id)"
    ),
    "contact_requests": _request_rule("contact_requests", "contact_request"),
    "payment_notices": _request_rule("payment_notices", "payment_notice"),
    "upsell_cases": Rule(
        select=f"assignee_id = {UID} OR (status = 'pending' AND {ACTIVE})",
        check=f"assignee_id = {UID} OR (status = 'pending' AND assignee_id IS NULL AND {ACTIVE})",
    ),
    "upsell_notes": Rule("EXISTS (SELECT 1 FROM public.upsell_cases k WHERE k.id = upsell_notes.case_id)"),
    "upsell_note_images": Rule(
        "EXISTS (SELECT 1 FROM public.upsell_notes n WHERE n.id = upsell_note_images.note_id)"
    ),
    "opportunities": Rule(f"owner_id = {UID}"),
    "opportunity_notes": Rule(
        "EXISTS (SELECT 1 FROM public.opportunities o WHERE o.id = opportunity_notes.opportunity_id)"
    ),
    "opportunity_stage_changes": Rule(
        "EXISTS (SELECT 1 FROM public.opportunities o WHERE o.id = opportunity_stage_changes.opportunity_id)"
    ),
    # Messages and the outbox: a salesperson's own (and those to their customers); each desktop's sender
    # claims only rows its signed-in person may see.
    "messages": Rule(f"created_by_id = {UID}"),
    "message_attachments": Rule(
        "EXISTS (SELECT 1 FROM public.messages g WHERE g.id = message_attachments.message_id)"
    ),
    "outbox": Rule(f"created_by_id = {UID} OR {_own_customer('outbox.customer_id')}"),
    # The audit trail: each person reads the lines they wrote (managers all) and adds lines signed with
    # their own id; nobody but the owner rewrites or deletes one.
    "activities": Rule(
        select=f"user_id = {UID}",
        check=f"user_id = {UID}",
        manager_check=f"user_id = {UID}",
        grants="SELECT, INSERT",
    ),
    # A sign-in lock is about one user name: its owner's own row (administrators unlock any).
    "sign_in_locks": Rule(
        f"username = (SELECT u.username FROM public.users u WHERE u.id = {UID})", managers=ADM
    ),
}
"""Tables holding owned records (or derived from them), with their policies."""

NO_POLICY: dict[str, str] = {
    "schema_version": "the schema's version: read by every desktop to refuse an older app; owner writes",
    "settings": "the shop profile and office settings every desktop reads; managers change them",
    "pools": "the office-wide list of pools where unowned customers wait (names only)",
    "tags": "the office-wide tag list (names and colours), kept by managers",
    "products": "the product catalogue everyone sells from, kept by managers",
    "product_units": "the units and prices of the product catalogue",
    "products_search": "the catalogue's search keys, kept by a trigger",
    "opportunity_stages": "the office-wide opportunity stages, kept by managers",
    "users": "staff names are shown to everyone; its own policies keep rows but a person's own read-only "
    "and the password hash column unreadable (see pg_security.USERS)",
}
"""Tables every staff member may read whole, with the reason they need no row filter. A table in neither
dict gets no grant at all, and tests/unit/db/test_row_security.py fails until it is listed."""

SHARE_LOCKED = {"opportunity_stages": "updated_at"}
"""Office-wide rows sales staff lock FOR SHARE while they use them (a stage while an opportunity moves to
it, so that a manager cannot delete it meanwhile): PostgreSQL asks UPDATE rights on one column for that."""

LIST_WRITERS = ("manager", "admin")
"""Who changes the office-wide lists of NO_POLICY (sales staff read them)."""
