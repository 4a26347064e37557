"""Bundled fonts: Noto Sans for Latin and Vietnamese, Noto Sans Thai so Thai never renders as boxes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansThai-Regular.ttf",
    "NotoSansThai-Bold.ttf",
)
FAMILIES = ["Noto Sans", "Noto Sans Thai"]


def load_fonts() -> list[str]:
    """Register the bundled fonts from the compiled resources; returns the families loaded."""
    from salesapp.ui import resources_rc  # noqa: F401  (registers :/ resources)

    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(f":/fonts/{name}")
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def apply_app_font(app: QApplication) -> None:
    """Use the bundled families first, keeping the platform's size."""
    font = QFont(app.font())
    font.setFamilies(FAMILIES + font.families())
    app.setFont(font)
