"""The lists managers keep (tags, segments, pools, channels, sources, carriers, reasons) with usage counts."""

from salesapp.services.lists.lists_service import OPS, ListEntry, ListKind, ListOp, ListsService

__all__ = ["OPS", "ListEntry", "ListKind", "ListOp", "ListsService"]
