"""Translations: scripts/i18n.py finds every message, the .ts files are complete and compiled, and the
installed Thai and Vietnamese translators reach both our texts and Qt's own buttons."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QVBoxLayout
from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"

# The offscreen platform plugin warns about window-system features it lacks when a top-level widget is
# shown; that says nothing about our code. Any other Qt warning still fails the test.
pytestmark = pytest.mark.qt_log_ignore(
    r"^This plugin does not support propagateSizeHints\(\)$",
    r"^This plugin does not support raise\(\)$",
)


def _load_script() -> ModuleType:
    name = "salesapp_scripts_i18n"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


i18n_script = _load_script()


# -- the catalogue is complete, current and compiled ---------------------------------------------------


def test_translations_check_passes() -> None:
    problems = i18n_script.check_problems()
    assert not problems, "scripts/i18n.py check fails:\n" + "\n".join(problems)


def test_every_message_of_the_code_is_translated_in_both_languages() -> None:
    extracted, _ = i18n_script.extract_messages()
    keys = {message.key for message in extracted}
    assert len(keys) > 50
    for language in ("th", "vi"):
        messages = i18n_script.read_ts(i18n_script.ts_path("salesapp", language))
        assert set(messages) == keys
        assert all(m.finished and m.translation for m in messages.values())


# -- extraction ------------------------------------------------------------------------------------------

SAMPLE = """
from PySide6.QtCore import QCoreApplication
from salesapp.domain.errors import msg
from salesapp.ui.shared.i18n import tr_noop, translate

TITLES = (tr_noop("MainWindow", "Orders"),)


class Outer(QWidget):
    def build(self):
        self.setWindowTitle(self.tr("Hello "
                                    "world"))
        label = self.tr("Same", "a disambiguation")
        lambda: self.tr("In a lambda")

    class Inner(QWidget):
        def build(self):
            return self.tr("Inside Inner")


def helper(title, error):
    QCoreApplication.translate("Ctx", "From Qt")
    translate("MainWindow", title)          # a lookup, not a message
    "abc".translate({})                     # str.translate
    raise ValueError(msg("Bad {value}") + f"{title}")


def broken(self, name):
    return translate("Ctx", f"Hello {name}")
"""


def test_extraction_contexts_concatenation_and_order(tmp_path: Path) -> None:
    source = tmp_path / "sample.py"
    source.write_text(SAMPLE, encoding="utf-8")
    messages, warnings = i18n_script.extract_messages([source])
    assert [(m.context, m.source, m.comment) for m in messages] == [
        ("MainWindow", "Orders", ""),
        ("Outer", "Hello world", ""),
        ("Outer", "Same", "a disambiguation"),
        ("Outer", "In a lambda", ""),
        ("Inner", "Inside Inner", ""),
        ("Ctx", "From Qt", ""),
        ("errors", "Bad {value}", ""),
    ]
    assert messages[1].locations == [(source.as_posix(), 11)]
    assert len(warnings) == 1 and "f-string" in warnings[0]


def test_update_merge_keeps_translations_drops_removed_and_marks_new(tmp_path: Path) -> None:
    message = i18n_script.Message
    old = {
        m.key: m
        for m in (
            message("A", "Kept", translation="เก็บไว้", finished=True),
            message("A", "Removed", translation="ลบ", finished=True),
            message("A", "Draft", translation="ร่าง", finished=False),
        )
    }
    extracted = [message("A", "Kept"), message("A", "Draft"), message("B", "Kept"), message("B", "New")]
    merged, new = i18n_script.merge(extracted, old)
    assert new == 2
    assert [(m.context, m.source, m.translation, m.finished) for m in merged] == [
        ("A", "Kept", "เก็บไว้", True),
        ("A", "Draft", "ร่าง", False),
        ("B", "Kept", "เก็บไว้", False),  # draft from another context, still to review
        ("B", "New", "", False),
    ]
    path = tmp_path / "x_th.ts"
    text = i18n_script.render_ts(path, "th_TH", merged)
    assert '<TS version="2.1" language="th_TH">' in text
    path.write_text(text, encoding="utf-8")
    assert list(i18n_script.read_ts(path).values()) == merged
    assert i18n_script.render_ts(path, "th_TH", i18n_script.read_ts(path).values()) == text


@pytest.mark.parametrize(
    ("source", "translation", "ok"),
    [
        ("Signed in as {0} ({1})", "เข้าสู่ระบบในชื่อ {0} ({1})", True),
        ("Signed in as {0} ({1})", "เข้าสู่ระบบในชื่อ {0}", False),
        ("The user name “{name}” is taken.", "ชื่อผู้ใช้ “{nam}” มีคนใช้แล้ว", False),
        ("%1 already exists.", "%1 มีอยู่แล้ว", True),
        ("%1 already exists.", "มีอยู่แล้ว", False),
        ("&File", "ไฟล์(&F)", True),
        ("&File", "ไฟล์", False),
        ("Save", "&Lưu", False),
        ("Save", "", False),
    ],
)
def test_message_problems(source: str, translation: str, ok: bool) -> None:
    message = i18n_script.Message("C", source, translation=translation, finished=True)
    assert (i18n_script.message_problems("x.ts", message) == []) is ok


# -- the installed translators --------------------------------------------------------------------------


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[object]:
    """Translations (ui.shared.i18n) on the test QApplication; English and the locale restored after."""
    from salesapp.ui import resources_rc  # noqa: F401  (registers :/translations)
    from salesapp.ui.shared.i18n import Translations

    locale, font = QLocale(), qapp.font()
    installed = Translations(qapp)
    yield installed
    installed.install("en")
    QLocale.setDefault(locale)
    qapp.setFont(font)


@pytest.mark.parametrize(
    ("language", "ok", "cancel", "saved"),
    [("th", "ตกลง", "ยกเลิก", "บันทึกแล้ว"), ("vi", "Đồng ý", "Hủy", "Đã lưu.")],
)
def test_qt_buttons_and_our_texts_are_translated(
    qtbot: QtBot, translations: object, language: str, ok: str, cancel: str, saved: str
) -> None:
    from salesapp.ui.settings.settings_view import SettingsView

    translations.install(language)  # type: ignore[attr-defined]
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == ok
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
    view = SettingsView(None, False, "demo.sqlite3")
    qtbot.addWidget(view)
    assert view.tr("Saved.") == saved
    assert QCoreApplication.translate("SettingsView", "Saved.") == saved


def test_subclass_tr_finds_the_defining_class_context(qtbot: QtBot, translations: object) -> None:
    from salesapp.ui.mainwindow.sign_in import SignInDialog

    class BrandedSignIn(SignInDialog):
        pass

    translations.install("th")  # type: ignore[attr-defined]
    dialog = BrandedSignIn("demo.sqlite3")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "เข้าสู่ระบบ salesapp"


def test_thai_buttons_screenshot(qtbot: QtBot, qapp: QApplication, translations: object) -> None:
    from salesapp.ui.shared.fonts import apply_app_font, load_fonts

    assert "Noto Sans Thai" in load_fonts()
    apply_app_font(qapp)
    translations.install("th")  # type: ignore[attr-defined]
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setWindowTitle(QCoreApplication.translate("SignInDialog", "Sign in to salesapp"))
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(QCoreApplication.translate("errors", "Wrong user name or password.")))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    layout.addWidget(buttons)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert [b.text() for b in buttons.buttons()] == ["ตกลง", "ยกเลิก"]
    ARTIFACTS.mkdir(exist_ok=True)
    assert dialog.grab().save(str(ARTIFACTS / "buttons_th.png"))


def test_no_wrapper_hides_texts_from_the_extractor() -> None:
    """`def _t(text): return translate("Ctx", text)` called as `_t("…")` hides every such text from the
    extractor: the import wizard and export dialog lived untranslated that way. Texts are marked where they
    are written (a wrapper that looks up texts marked with tr_noop elsewhere is fine)."""
    import ast

    hidden = []
    for path in sorted((Path(__file__).resolve().parents[2] / "salesapp").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        wrappers = set()
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef):
                continue
            params = {a.arg for a in node.args.args}
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and getattr(call.func, "id", getattr(call.func, "attr", "")) == "translate"
                    and len(call.args) >= 2
                    and isinstance(call.args[0], ast.Constant)
                    and isinstance(call.args[1], ast.Name)
                    and call.args[1].id in params
                ):
                    wrappers.add(node.name)
        for call in ast.walk(tree):
            if (
                isinstance(call, ast.Call)
                and getattr(call.func, "id", getattr(call.func, "attr", "")) in wrappers
                and call.args
                and isinstance(call.args[0], ast.Constant)
                and isinstance(call.args[0].value, str)
            ):
                hidden.append(f"{path.name}:{call.lineno} {call.args[0].value[:40]}")
    assert hidden == []
