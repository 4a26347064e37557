"""What a user arranged stays arranged: column widths and order of a table's header and the positions of
a splitter are kept on this desktop (desktop.ini) under a name, and put back the next time.

Nothing is kept until the user drags something: the first start lays everything out from its content.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QHeaderView, QSplitter

from salesapp.ui.widgets.file_places import desktop_settings

_PREFIX = "layout"


def _load(key: str) -> QByteArray | None:
    value = desktop_settings().value(f"{_PREFIX}/{key}")
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def _save(key: str, state: QByteArray) -> None:
    desktop_settings().setValue(f"{_PREFIX}/{key}", state)


def remember_header(header: QHeaderView, key: str) -> bool:
    """Put back the columns kept as `key` (widths, order, sort indicator; True when there were some) and
    keep them whenever the user resizes, moves or sorts. A kept layout for another number of columns is
    not applied."""
    restored = False
    state = _load(f"{key}/columns")
    count = header.count()
    if state is not None and header.restoreState(state):
        restored = header.count() == count
    for changed in (header.sectionResized, header.sectionMoved, header.sortIndicatorChanged):
        changed.connect(lambda *_: _save(f"{key}/columns", header.saveState()))
    return restored


def remember_splitter(splitter: QSplitter, key: str) -> bool:
    """Put back the splitter positions kept as `key` (True when there were some) and keep each move."""
    state = _load(f"{key}/splitter")
    restored = state is not None and splitter.restoreState(state)
    splitter.splitterMoved.connect(lambda *_: _save(f"{key}/splitter", splitter.saveState()))
    return restored
