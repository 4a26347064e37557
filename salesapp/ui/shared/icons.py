"""Icons from the compiled resources, loaded once and cached."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon


@cache
def icon(name: str) -> QIcon:
    """The icon `resources/icons/<name>.svg`."""
    from salesapp.ui import resources_rc  # noqa: F401

    return QIcon(f":/icons/{name}.svg")
