"""The one visual language: colour tokens for a light and a dark scheme, the type scale, the app stylesheet.

Widgets never write a colour. They name what a thing is and the application stylesheet built here styles it:
    label.setProperty("tone", "muted")       # muted, danger, warning, success, link
    label.setProperty("status", "overdue")   # overdue, due_today, done, muted: the same colours everywhere
    label.setProperty("textStyle", "title")  # the type scale: title, heading, strong, small
    message.setProperty("message", "error")  # a boxed message: error, notice, caution
Set a property before the widget is shown, or through `set_property`, which re-polishes it. Code that paints,
or a model answering ForegroundRole, reads a token with `color("text_muted")` (or `hex_color` for HTML) at
the moment it paints, so it follows a change of scheme.

`apply_theme(app)` installs the scheme the system asks for (Qt's colour scheme; unknown means light), with
the matching palette, and follows the system when it changes; `apply_theme(app, "dark")` forces one (tests).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

Choice = Literal["system", "light", "dark"]


@dataclass(frozen=True)
class Scheme:
    """The named colours of one scheme (hex strings)."""

    name: str
    window: str  # behind everything
    surface: str  # lists, fields, cards
    surface_alt: str  # alternate rows, buttons, day headers
    surface_sunken: str  # board columns that hold cards
    navigation: str  # the section list on the left
    border: str
    text: str
    text_muted: str  # meta lines, hints, empty states
    accent: str  # links, the selected card's outline, today
    accent_text: str  # text on the accent
    selection: str  # a soft selection (navigation, drop target, selected card)
    selection_text: str
    danger: str  # errors, overdue, stale
    danger_bg: str
    warning: str  # due today, to do, needs attention
    warning_bg: str
    warning_border: str
    success: str  # done, found, active
    info: str
    info_bg: str  # a neutral notice
    paper: str  # under a picture shown as it prints (the shop's logo)
    paper_text: str


LIGHT = Scheme(
    name="light",
    window="#f3f5f6",
    surface="#ffffff",
    surface_alt="#eceff1",
    surface_sunken="#e2e8eb",
    navigation="#fafafa",
    border="#cfd8dc",
    text="#1f2a30",
    text_muted="#546e7a",
    accent="#1565c0",
    accent_text="#ffffff",
    selection="#e3f2fd",
    selection_text="#0d47a1",
    danger="#c62828",
    danger_bg="#ffebee",
    warning="#a84300",
    warning_bg="#fff8e1",
    warning_border="#ffe082",
    success="#2e7d32",
    info="#1565c0",
    info_bg="#eceff1",
    paper="#ffffff",
    paper_text="#1f2a30",
)

DARK = Scheme(
    name="dark",
    window="#1b1e22",
    surface="#272c32",
    surface_alt="#31373e",
    surface_sunken="#131517",
    navigation="#16191c",
    border="#3d454d",
    text="#e4e8eb",
    text_muted="#9fb0ba",
    accent="#6cb4f5",
    accent_text="#0b1d30",
    selection="#1d3b5c",
    selection_text="#e3f2fd",
    danger="#ff7b72",
    danger_bg="#3d1f21",
    warning="#f0b25a",
    warning_bg="#3a3020",
    warning_border="#6d5626",
    success="#7fcf86",
    info="#6cb4f5",
    info_bg="#31373e",
    paper="#ffffff",
    paper_text="#1f2a30",
)

# Statuses mean the same colour on every screen.
STATUS_TOKENS = {"overdue": "danger", "due_today": "warning", "done": "success", "muted": "text_muted"}
TONE_TOKENS = {
    "muted": "text_muted",
    "danger": "danger",
    "warning": "warning",
    "success": "success",
    "link": "accent",
}
# The type scale, with the bundled Noto fonts at the platform's body size.
TYPE_SCALE = {
    "title": "font-size: 15pt; font-weight: 600;",
    "heading": "font-size: 11pt; font-weight: 600;",
    "strong": "font-weight: 600;",
    "small": "font-size: 8pt;",
}

_current: Scheme = LIGHT
_choice: Choice = "system"


def current() -> Scheme:
    """The scheme installed now."""
    return _current


def color(token: str) -> QColor:
    """A token of the installed scheme as a QColor (for painting and ForegroundRole)."""
    return QColor(hex_color(token))


def hex_color(token: str) -> str:
    """A token of the installed scheme as '#rrggbb' (for HTML in rich-text labels and browsers)."""
    return str(asdict(_current)[token])


def status_color(status: str) -> QColor:
    """The colour of a status (overdue, due_today, done, muted)."""
    return color(STATUS_TOKENS[status])


def set_property(widget: QWidget, name: str, value: object) -> None:
    """Set a dynamic property the stylesheet styles on and re-polish the widget so it shows at once."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def system_scheme() -> Scheme:
    """Dark when the system says dark; light when it says light or nothing (Qt's Unknown)."""
    hints = QGuiApplication.styleHints()
    return DARK if hints.colorScheme() == Qt.ColorScheme.Dark else LIGHT


def apply_theme(app: QApplication, choice: Choice = "system") -> Scheme:
    """Install a scheme's palette and stylesheet on `app`; "system" follows the system's scheme as it
    changes, "light" or "dark" forces one."""
    global _choice
    _choice = choice
    hints = QGuiApplication.styleHints()
    if not app.property("salesappThemeFollows"):
        app.setProperty("salesappThemeFollows", True)
        hints.colorSchemeChanged.connect(lambda scheme: _follow_system(app, scheme))
    scheme = system_scheme() if choice == "system" else (DARK if choice == "dark" else LIGHT)
    _install(app, scheme)
    return scheme


def _follow_system(app: QObject, scheme: Qt.ColorScheme) -> None:
    if _choice == "system" and isinstance(app, QApplication):
        _install(app, DARK if scheme == Qt.ColorScheme.Dark else LIGHT)


def _install(app: QApplication, scheme: Scheme) -> None:
    global _current
    sheet = stylesheet(scheme)
    if _current is scheme and app.styleSheet() == sheet:
        return  # a new stylesheet re-polishes every widget there is: not for nothing
    _current = scheme
    # The Windows "vista" style draws with the system's light bitmaps whatever the palette says.
    if scheme is DARK and app.style().name().lower() == "windowsvista":
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None:
            app.setStyle(fusion)
    app.setPalette(palette(scheme))
    app.setStyleSheet(sheet)


def palette(scheme: Scheme) -> QPalette:
    """The QPalette of a scheme, so widgets the stylesheet leaves alone agree with it."""
    pal = QPalette()
    group, role = QPalette.ColorGroup, QPalette.ColorRole
    window, surface = QColor(scheme.window), QColor(scheme.surface)
    button = QColor(scheme.surface_alt)
    roles = {
        role.Window: window,
        role.WindowText: QColor(scheme.text),
        role.Base: surface,
        role.AlternateBase: QColor(scheme.surface_alt),
        role.Text: QColor(scheme.text),
        role.Button: button,
        role.ButtonText: QColor(scheme.text),
        role.BrightText: QColor(scheme.danger),
        role.Highlight: QColor(scheme.accent),
        role.HighlightedText: QColor(scheme.accent_text),
        role.ToolTipBase: QColor(scheme.surface),
        role.ToolTipText: QColor(scheme.text),
        role.PlaceholderText: QColor(scheme.text_muted),
        role.Link: QColor(scheme.accent),
        role.LinkVisited: QColor(scheme.accent),
        role.Light: button.lighter(130),
        role.Midlight: button.lighter(112),
        role.Mid: QColor(scheme.border),
        role.Dark: button.darker(160 if scheme is LIGHT else 130),
        role.Shadow: QColor("black"),
    }
    for name, value in roles.items():
        pal.setColor(name, value)
    faded = QColor(scheme.text_muted)
    faded.setAlpha(170)
    for name in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(group.Disabled, name, faded)
    pal.setColor(group.Disabled, role.Base, window)
    return pal


def stylesheet(scheme: Scheme) -> str:
    """The application stylesheet: only objectNames and dynamic properties, every colour a token."""
    c = asdict(scheme)
    rules = [
        # The section navigation.
        f"QListWidget#sectionNav {{ background: {c['navigation']}; color: {c['text']}; border: none;"
        f" outline: 0; border-right: 1px solid {c['border']}; }}",
        "QListWidget#sectionNav::item { padding: 6px 4px; border-radius: 4px; }",
        f"QListWidget#sectionNav::item:hover {{ background: {c['surface_alt']}; }}",
        f"QListWidget#sectionNav::item:selected {{ background: {c['selection']};"
        f" color: {c['selection_text']}; }}",
        # Tones and statuses of text.
        *(f'*[tone="{tone}"] {{ color: {c[token]}; }}' for tone, token in TONE_TOKENS.items()),
        *(f'*[status="{status}"] {{ color: {c[token]}; }}' for status, token in STATUS_TOKENS.items()),
        '*[status="overdue"], *[status="due_today"] { font-weight: 600; }',
        # The type scale.
        *(f'*[textStyle="{name}"] {{ {rule} }}' for name, rule in TYPE_SCALE.items()),
        # Boxed messages above forms.
        f'QLabel[message="error"] {{ color: {c["danger"]}; background: {c["danger_bg"]};'
        " padding: 6px; border-radius: 4px; }",
        f'QLabel[message="notice"] {{ color: {c["text"]}; background: {c["info_bg"]};'
        " padding: 6px; border-radius: 4px; }",
        f'QLabel[message="caution"] {{ color: {c["warning"]}; background: {c["warning_bg"]};'
        " padding: 6px; border-radius: 4px; }",
        f'QFrame#upsellNote[pinned="true"] {{ background: {c["warning_bg"]};'
        f" border: 1px solid {c['warning_border']}; }}",
        # A field whose text is not a valid value.
        f'QLineEdit[invalid="true"] {{ border: 2px solid {c["danger"]}; border-radius: 3px; }}',
        # The opportunity board: sunken columns holding cards.
        f"QFrame#boardColumn {{ background: {c['surface_sunken']}; border-radius: 6px; }}",
        "QPushButton#boardMore { text-align: left; }",
        # The appointments week: a day's header and its list.
        'QLabel[day="weekday"], QLabel[day="weekend"], QLabel[day="today"]'
        f" {{ padding: 6px 4px; border-radius: 4px; background: {c['surface_alt']};"
        f" color: {c['text']}; }}",
        f'QLabel[day="weekend"] {{ color: {c["text_muted"]}; }}',
        f'QLabel[day="today"] {{ background: {c["accent"]}; color: {c["accent_text"]}; }}',
        f"QListWidget#appointmentDay::item {{ border-bottom: 1px solid {c['border']}; }}",
        f"QListWidget#appointmentDay::item:selected {{ background: {c['selection']};"
        f" color: {c['selection_text']}; }}",
        # A picture shown on paper white whatever the scheme (the shop's logo as it prints).
        f"QLabel#paperPreview {{ background: {c['paper']}; color: {c['paper_text']};"
        f" border: 1px solid {c['border']}; }}",
        # A thin rule between groups of a form.
        f"QFrame#formRule {{ color: {c['border']}; }}",
        # Room for the arrow of a button that opens a menu: it sat on the last letter ("Add ta⌄").
        'QToolButton[popupMode="InstantPopup"] { padding-right: 13px; }',
        'QToolButton[popupMode="MenuButtonPopup"] { padding-right: 4px; }',
    ]
    return "\n".join(rules)
