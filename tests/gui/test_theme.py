"""The one visual language (ui/shared/theme.py): no colour written outside it, a readable navigation in the
light and the dark scheme, the system's scheme followed, and every section in both schemes to look at."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from salesapp.app import AppController
from salesapp.demo.demo import DEMO_PASSWORD, fill_demo
from salesapp.services.admin.users import cheap_hasher
from salesapp.services.registry import connect
from salesapp.ui.lists.record_list import RecordListView
from salesapp.ui.mainwindow.main_window import SECTIONS, MainWindow
from salesapp.ui.shared import theme
from salesapp.ui.shared.i18n import Translations
from tests.helpers.gui import screenshot

UI = Path(theme.__file__).resolve().parents[1]
CTRL = Qt.KeyboardModifier.ControlModifier
SECTION_KEYS = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4,
                Qt.Key.Key_5, Qt.Key.Key_6, Qt.Key.Key_7, Qt.Key.Key_8]  # fmt: skip

# A colour written where it cannot follow the scheme. Every entry of ALLOWED says why it may stay.
HEX = re.compile(r"(?<![\w&])#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")
LITERAL_COLOUR = re.compile(
    r"""QColor\(\s*(?:["']|\d)|Qt\.GlobalColor\.\w+|\bQt\.(?:red|green|gray|black|white)\b"""
)
# "border: 0" or "padding" are layout; a drawn border, a background or a text colour are colours.
STYLESHEET_COLOUR = re.compile(r"color|background|rgb|#|border[^;}]*(?:solid|dashed|dotted)", re.IGNORECASE)
ALLOWED = {
    ("widgets/image_thumbs.py", "Qt.GlobalColor.white"): (
        "a photo with transparency is laid on white before it is saved as JPEG, as it is seen: a property "
        "of the file written, not of the screen"
    ),
}


def colour_faults(relative: str, source: str) -> list[str]:
    """What in `source` (a module under salesapp/ui) writes a colour outside the theme."""
    faults = []
    for number, line in enumerate(source.splitlines(), 1):
        for match in [*HEX.finditer(line), *LITERAL_COLOUR.finditer(line)]:
            if (relative, match.group(0)) not in ALLOWED:
                faults.append(f"{relative}:{number}: {match.group(0)}")
    for match in re.finditer(r"setStyleSheet\(", source):
        depth, end = 1, match.end()
        while depth and end < len(source):
            depth += {"(": 1, ")": -1}.get(source[end], 0)
            end += 1
        argument = source[match.end() : end - 1]
        if STYLESHEET_COLOUR.search(argument):
            number = source.count("\n", 0, match.start()) + 1
            faults.append(f"{relative}:{number}: setStyleSheet with a colour")
    return faults


@pytest.mark.parametrize(
    "snippet",
    [
        'label.setStyleSheet("color: #546e7a;")',
        "self.setStyleSheet(\n    f'QListView {{ background: {colour}; }}'\n)",
        'painter.setPen(QColor("#263238"))',
        "item.setForeground(Qt.GlobalColor.gray)",
        "html = \"<span style='color:#78909c'>\"",
        'frame.setStyleSheet("QFrame { border: 1px solid palette(mid); }")',
    ],
)
def test_the_scan_finds_a_written_colour(snippet: str) -> None:
    assert colour_faults("any.py", snippet)


def test_the_scan_leaves_layout_alone() -> None:
    assert not colour_faults(
        "any.py", 'bar.setStyleSheet("QToolBar { border: 0; padding: 0; spacing: 4px; }")'
    )


def test_no_module_but_the_theme_writes_a_colour() -> None:
    faults = []
    for path in sorted(UI.rglob("*.py")):
        relative = path.relative_to(UI).as_posix()
        if relative in ("shared/theme.py", "resources_rc.py"):
            continue
        faults += colour_faults(relative, path.read_text(encoding="utf-8"))
    assert not faults, "colours belong in salesapp/ui/shared/theme.py:\n" + "\n".join(faults)


def luminance(colour: QColor) -> float:
    """WCAG relative luminance."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("scheme", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_every_tone_and_status_reads_on_its_backgrounds(scheme: theme.Scheme) -> None:
    tokens = {*theme.TONE_TOKENS.values(), *theme.STATUS_TOKENS.values(), "text"}
    pairs = [(token, ground) for token in tokens for ground in ("surface", "window", "navigation")]
    pairs += [
        ("danger", "danger_bg"),
        ("warning", "warning_bg"),
        ("text", "info_bg"),
        ("accent_text", "accent"),
        ("selection_text", "selection"),
        ("text", "surface_sunken"),
    ]
    colours = vars(scheme)
    weak = [
        f"{ink} on {ground}: {ratio:.1f}"
        for ink, ground in pairs
        if (ratio := contrast(QColor(colours[ink]), QColor(colours[ground]))) < 4.5
    ]
    assert not weak, f"{scheme.name}: {weak}"


def text_and_background(image: QImage, rect: QRect) -> tuple[QColor, QColor]:
    """The background (the commonest pixel) and the text (the pixel standing out most) inside `rect`."""
    pixels = [
        image.pixelColor(x, y)
        for y in range(rect.top(), rect.bottom())
        for x in range(rect.left(), rect.right())
    ]
    background = QColor(Counter(p.rgb() for p in pixels).most_common(1)[0][0])
    text = max(pixels, key=lambda p: contrast(p, background))
    return text, background


def fast_connect(url, password=None, **kwargs):
    return connect(url, password, hasher=cheap_hasher())


@pytest.fixture
def shop(tmp_path: Path) -> tuple[str, object]:
    """A SQLite shop with the demo's staff, customers, orders, follow-ups, cases and opportunities."""
    url = "sqlite:///" + (tmp_path / "shop.sqlite3").as_posix()
    services = fast_connect(url)
    fill_demo(services.db, customers=40, orders=240, seed=4)
    user = services.users.sign_in("manager", DEMO_PASSWORD)
    services.close()
    return url, user


@pytest.fixture
def main_window(qtbot, shop, request) -> Iterator[tuple[MainWindow, AppController]]:
    """The signed-in main window at 1280×720 in the language asked for; the light scheme put back after."""
    url, user = shop
    app = QApplication.instance()
    translations = Translations(app)
    translations.install(getattr(request, "param", "en"))
    controller = AppController(app, translations, connect_fn=fast_connect)
    try:
        controller.services = fast_connect(url)
        window = controller.show_main_window(user)
        window.resize(1280, 720)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        yield window, controller
    finally:
        if controller.window is not None:
            controller.window.close()
        controller.shutdown()
        translations.install("en")
        theme.apply_theme(app)


def settle(qtbot, controller: AppController) -> None:
    """Wait until the database worker has delivered what the section asked for."""
    qtbot.waitUntil(lambda: not controller.worker.busy, timeout=15_000)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_navigation_is_readable_in_both_schemes(qtbot, main_window, scheme: str) -> None:
    window, controller = main_window
    installed = theme.apply_theme(QApplication.instance(), scheme)
    assert installed.name == scheme
    window_colour = QApplication.palette().window().color()
    assert (luminance(window_colour) < 0.1) == (scheme == "dark")  # the palette follows the scheme
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    settle(qtbot, controller)
    nav = window.nav
    image = nav.grab().toImage()
    offset = nav.viewport().mapTo(nav, QPoint(0, 0))
    icon_room = nav.iconSize().width() + 12
    nav_background = None
    for row in (0, 2):  # the selected section, and one that is not
        item_rect = nav.visualItemRect(nav.item(row)).translated(offset)
        text_rect = item_rect.adjusted(icon_room, 2, -2, -2)
        text, background = text_and_background(image, text_rect)
        ratio = contrast(text, background)
        assert ratio >= 4.5, f"{scheme}, row {row}: {text.name()} on {background.name()} is {ratio:.1f}:1"
        if row == 2:
            nav_background = background
    assert nav_background is not None
    assert (luminance(nav_background) < 0.1) == (scheme == "dark")  # not a light strip in a dark window
    screenshot(nav, f"theme_navigation_{scheme}")


def test_the_system_scheme_is_followed(qtbot, main_window) -> None:
    app = QApplication.instance()
    assert theme.apply_theme(app).name == "light"  # offscreen the system says nothing: light
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.current() is theme.DARK
    assert luminance(QApplication.palette().window().color()) < 0.1
    assert theme.DARK.navigation in app.styleSheet()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert theme.current() is theme.LIGHT
    theme.apply_theme(app, "dark")  # a forced scheme stays when the system changes
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert theme.current() is theme.DARK


@pytest.mark.parametrize("main_window", ["en", "th"], indirect=True)
def test_every_section_in_both_schemes(qtbot, main_window, request) -> None:
    window, controller = main_window
    code = request.node.callspec.params["main_window"]
    app = QApplication.instance()
    for scheme in ("light", "dark"):
        theme.apply_theme(app, scheme)
        for (key, _title, _purpose), shortcut in zip(SECTIONS, SECTION_KEYS, strict=True):
            qtbot.keyClick(window, shortcut, CTRL)
            assert window.current_section() == key
            settle(qtbot, controller)
            lists = [v for v in window.section_widget(key).findChildren(RecordListView) if v.isVisible()]
            if lists and lists[0].table.model().rowCount():  # a record in the detail pane as well
                lists[0].table.selectRow(0)
                settle(qtbot, controller)
            screenshot(window, f"theme_{key}_{scheme}_{code}")
