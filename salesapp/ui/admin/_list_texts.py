"""What the Lists screen says about each list: its name, what its count counts, what deleting does, how an
entry is shown (built-in channels, shipped reasons and the default pool in the user's language) and the
question asked before a delete."""

from __future__ import annotations

from salesapp.domain.enums import Channel
from salesapp.domain.opportunity import DEFAULT_LOST_REASONS
from salesapp.services.lists import ListEntry, ListKind
from salesapp.ui.customers.customer_labels import channel_text, pool_label
from salesapp.ui.shared.i18n import tr_noop, translate
from salesapp.ui.upsell.upsell_labels import reason_name

CONTEXT = "ListsDialog"
K = ListKind

TITLES = {
    K.TAGS: tr_noop("ListsDialog", "Tags"),
    K.SEGMENTS: tr_noop("ListsDialog", "Segments"),
    K.POOLS: tr_noop("ListsDialog", "Customer pools"),
    K.CHANNELS: tr_noop("ListsDialog", "Sales channels"),
    K.SOURCES: tr_noop("ListsDialog", "Customer sources"),
    K.CARRIERS: tr_noop("ListsDialog", "Carriers and delivery"),
    K.FAILURE_REASONS: tr_noop("ListsDialog", "Upsell: failure reasons"),
    K.SKIP_REASONS: tr_noop("ListsDialog", "Upsell: skip reasons"),
    K.LOST_REASONS: tr_noop("ListsDialog", "Opportunities: lost reasons"),
}
USED_BY = {
    K.TAGS: tr_noop("ListsDialog", "Customers"),
    K.SEGMENTS: tr_noop("ListsDialog", "Customers now"),
    K.POOLS: tr_noop("ListsDialog", "Customers"),
    K.CHANNELS: tr_noop("ListsDialog", "Customers and orders"),
    K.SOURCES: tr_noop("ListsDialog", "Customers"),
    K.CARRIERS: tr_noop("ListsDialog", "Orders"),
    K.FAILURE_REASONS: tr_noop("ListsDialog", "Failed cases"),
    K.SKIP_REASONS: tr_noop("ListsDialog", "Skipped cases"),
    K.LOST_REASONS: tr_noop("ListsDialog", "Lost opportunities"),
}
_REASONS_HINT = tr_noop(
    "ListsDialog",
    "Renaming or merging a reason changes it on the records closed with it. Deleting one only stops "
    "offering it: those records keep it.",
)
HINTS = {
    K.TAGS: tr_noop(
        "ListsDialog", "Renaming a tag renames it on every customer. Deleting it takes it off its customers."
    ),
    K.SEGMENTS: tr_noop(
        "ListsDialog",
        "A segment is a saved filter: renaming, sharing or deleting it changes no customer. ★ shared with "
        "everyone.",
    ),
    K.POOLS: tr_noop(
        "ListsDialog",
        "Customers without a salesperson wait in a pool. Deleting a pool moves its customers to the main "
        "pool, which cannot be deleted.",
    ),
    K.CHANNELS: tr_noop(
        "ListsDialog",
        "Hide the channels the shop does not use: they are no longer offered for new customers. Customers "
        "and orders keep theirs.",
    ),
    K.SOURCES: tr_noop(
        "ListsDialog",
        "Renaming or merging a source changes it on its customers. Deleting it clears it from them.",
    ),
    K.CARRIERS: tr_noop(
        "ListsDialog",
        "Renaming or merging changes the orders packed with it. Deleting only stops offering it: the orders "
        "keep it.",
    ),
    K.FAILURE_REASONS: _REASONS_HINT,
    K.SKIP_REASONS: _REASONS_HINT,
    K.LOST_REASONS: _REASONS_HINT,
}
CONFIRM_DELETE = {
    K.TAGS: tr_noop("ListsDialog", "“{0}” is on {1} customers. Delete it and take it off them?"),
    K.SEGMENTS: tr_noop(
        "ListsDialog", "Delete the segment “{0}”? It matches {1} customers; none of them changes."
    ),
    K.POOLS: tr_noop("ListsDialog", "{1} customers wait in “{0}”. Delete the pool and move them to “{2}”?"),
    K.SOURCES: tr_noop("ListsDialog", "{1} customers came from “{0}”. Delete it and clear it from them?"),
    K.CARRIERS: tr_noop(
        "ListsDialog", "{1} orders were packed with “{0}”. Delete it from the list? They keep it."
    ),
    K.FAILURE_REASONS: tr_noop(
        "ListsDialog", "{1} cases failed for “{0}”. Delete it from the list? They keep it."
    ),
    K.SKIP_REASONS: tr_noop(
        "ListsDialog", "{1} cases were skipped for “{0}”. Delete it from the list? They keep it."
    ),
    K.LOST_REASONS: tr_noop(
        "ListsDialog", "{1} opportunities were lost for “{0}”. Delete it from the list? They keep it."
    ),
}
CONFIRM_UNUSED = tr_noop("ListsDialog", "Delete “{0}”? Nothing uses it.")
CONFIRM_HIDE = tr_noop(
    "ListsDialog",
    "{1} customers and orders came through “{0}”. Hide it? They keep it; it is no longer offered for new "
    "customers.",
)
CONFIRM_MERGE = tr_noop(
    "ListsDialog", "Merge “{0}” into “{1}”? {2} records change, and “{0}” leaves the list."
)


def title(kind: ListKind) -> str:
    """A list's name in the user's language."""
    return translate(CONTEXT, TITLES[kind])


def shown(kind: ListKind, entry: ListEntry) -> str:
    """An entry's name as shown: built-in and shipped names in the user's language, others as typed."""
    if kind is K.CHANNELS and entry.key in Channel._value2member_map_:
        return channel_text(entry.key)
    if kind in (K.FAILURE_REASONS, K.SKIP_REASONS):
        return reason_name(entry.name)
    if kind is K.LOST_REASONS and entry.name in DEFAULT_LOST_REASONS:
        return translate("Opportunities", entry.name)
    if kind is K.POOLS:
        return pool_label(entry.name)
    return entry.name


def state_text(kind: ListKind, entry: ListEntry) -> str:
    """The state column: shared or own, offered or hidden, the main pool, or no longer offered."""
    if kind is K.SEGMENTS:
        return translate(CONTEXT, "★ Shared") if entry.shared else translate(CONTEXT, "Own")
    if kind is K.CHANNELS:
        return translate(CONTEXT, "Offered") if entry.offered else translate(CONTEXT, "Hidden")
    if kind is K.POOLS and entry.fixed:
        return translate(CONTEXT, "Main pool: cannot be deleted")
    return "" if entry.offered else translate(CONTEXT, "No longer offered")


STATE_NAMES = (
    tr_noop("ListsDialog", "★ Shared"),
    tr_noop("ListsDialog", "Own"),
    tr_noop("ListsDialog", "Offered"),
    tr_noop("ListsDialog", "Hidden"),
    tr_noop("ListsDialog", "Main pool: cannot be deleted"),
    tr_noop("ListsDialog", "No longer offered"),
)
"""The state column's texts, listed for the translators (`state_text` translates them)."""
