"""The window in Thai and Vietnamese: translated texts, Qt's own buttons, and screenshots to look at."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from salesapp.app import AppController
from salesapp.ui.shared.fonts import apply_app_font, load_fonts
from salesapp.ui.shared.i18n import Translations
from tests.gui.test_startup import _make_database, fast_connect
from tests.helpers.gui import screenshot

EXPECTED = {
    "th": {"nav": "ลูกค้า", "ok": "ตกลง"},
    "vi": {"nav": "Khách hàng", "ok": "OK"},
}


@pytest.fixture(params=["th", "vi"])
def language(request, qtbot):
    app = QApplication.instance()
    load_fonts()
    apply_app_font(app)
    translations = Translations(app)
    translations.install(request.param)
    yield request.param, translations
    translations.install("en")


def test_window_and_dialogs_translated(qtbot, language, tmp_path: Path) -> None:
    code, translations = language
    controller = AppController(QApplication.instance(), translations, connect_fn=fast_connect)
    try:
        controller.start()
        dialog = controller.first_run
        assert dialog.windowTitle() != "Welcome to salesapp"
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() not in (
            "Cancel",
            "&Cancel",
        )
        screenshot(dialog, f"first_run_{code}")
        url = _make_database(tmp_path / "shop.sqlite3")
        controller.services = fast_connect(url)
        user = controller.services.users.sign_in("admin", "secret-pass")
        window = controller.show_main_window(user)
        titles = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert EXPECTED[code]["nav"] in titles
        window.show_section("followup")
        screenshot(window, f"section_followup_{code}")
        window.show_section("settings")
        screenshot(window, f"section_settings_{code}")
        controller.show_sign_in()
        screenshot(controller.sign_in, f"sign_in_{code}")
    finally:
        for widget in (controller.window, controller.first_run, controller.sign_in):
            if widget is not None:
                widget.close()
        if controller.services is not None:
            controller.services.close()
        controller.shutdown()
