"""Fixtures the widget tests share."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from salesapp.ui.shared.fonts import apply_app_font, load_fonts
from salesapp.ui.shared.i18n import Translations
from salesapp.ui.shared.theme import apply_theme


@pytest.fixture
def language(request) -> Iterator[str]:
    """Install a language (English, Thai or Vietnamese) with the app's fonts and theme."""
    app = QApplication.instance()
    load_fonts()
    apply_app_font(app)
    apply_theme(app)  # the palette and stylesheet the app starts with (light offscreen)
    translations = Translations(app)
    code = getattr(request, "param", "en")
    translations.install(code)
    yield code
    translations.install("en")
