"""Screenshots of the Opportunities section for people to look at: the board with the detail pane, the stage
history, the list and the pipeline, in English, Thai (Buddhist-era years) and Vietnamese, at 1280×720 and at
a narrow 900 px."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from salesapp.ui.opportunities.opportunities_view import Mode
from salesapp.ui.shared.fonts import apply_app_font, load_fonts
from salesapp.ui.shared.i18n import Translations
from tests.gui.test_opportunities_view import build_shop, click_card, open_view, screenshot


@pytest.mark.parametrize("code", ["en", "th", "vi"])
def test_opportunities_screens(qtbot, services, admin, clock, db_url, code: str) -> None:
    if not db_url.startswith("sqlite"):
        pytest.skip("screenshots on SQLite")
    shop = build_shop(services, admin)
    clock.advance(days=7, hours=12)  # one opportunity goes stale; still November in Bangkok
    app = QApplication.instance()
    load_fonts()
    apply_app_font(app)
    translations = Translations(app)
    translations.install(code)
    view, worker = open_view(qtbot, shop, shop.admin, clock, buddhist_era=code == "th")
    try:
        st = shop.stages
        click_card(qtbot, view, st["Negotiating"], "Bộ dưỡng da cho cửa hàng")
        screenshot(view, f"opportunities_board_{code}")
        click_card(qtbot, view, st["Quotation sent"], "ครีมกันแดดสำหรับร้าน")
        screenshot(view.pane, f"opportunities_pane_{code}")
        view.pane.tabs.setCurrentIndex(2)
        screenshot(view.pane, f"opportunities_pane_history_{code}")
        with qtbot.waitSignal(view.model.ids_loaded, timeout=10_000):
            view.set_mode(Mode.LIST)
        qtbot.waitUntil(lambda: view.model.record(0) is not None, timeout=10_000)
        screenshot(view, f"opportunities_list_{code}")
        with qtbot.waitSignal(view.pipeline_loaded, timeout=10_000):
            view.set_mode(Mode.PIPELINE)
        screenshot(view, f"opportunities_pipeline_{code}")
        view.set_mode(Mode.BOARD)
        view.resize(900, 720)
        bar = view.board.scroller.horizontalScrollBar()
        qtbot.waitUntil(lambda: view.width() == 900 and bar.isVisible(), timeout=10_000)
        screenshot(view, f"opportunities_board_narrow_{code}")
    finally:
        translations.install("en")
        worker.stop(shop.services.close)
