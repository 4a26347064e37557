#!/usr/bin/env python3
"""Translations of salesapp: extract the messages into Qt .ts files, compile them, check them.

Usage (from anywhere; paths are relative to the repository)::

    python3 scripts/i18n.py update    # salesapp/**/*.py -> resources/translations/salesapp_{th,vi}.ts
    python3 scripts/i18n.py compile   # every resources/translations/*.ts -> .qm, then resources_rc.py
    python3 scripts/i18n.py check     # exit 1 on anything missing, stale, broken or not compiled

The usual round after changing user-visible strings: ``update``, translate the messages marked
``type="unfinished"`` (Qt Linguist or any editor; remove the ``type`` attribute once a translation is
reviewed), ``compile``, ``check``.

Messages are found by parsing the code (``ast``), so a text is extracted exactly as Python sees it,
adjacent literals ("a " "b") joined:

* ``self.tr("text")`` -> context = the name of the lexically enclosing class. PySide6's ``tr()`` looks
  the text up under ``type(self).__name__`` first and then under each base class along the MRO, so the
  defining class's context (what lupdate and this script use) is found from subclasses too.
* ``QCoreApplication.translate("Ctx", "text")``, ``translate("Ctx", "text")`` and
  ``tr_noop("Ctx", "text")`` (salesapp.ui.shared.i18n) -> context "Ctx".
* ``msg("text")`` (salesapp.domain.errors, used by domain, services and db) -> context "errors".

Calls whose context or text is not a literal (``translate("MainWindow", title)``) are lookups of a
text extracted elsewhere and are skipped; an f-string in such a call is reported, since it can never
match a translation.

``qtbase_{th,vi}.ts`` hold Qt's own strings (dialog buttons, context menus, file dialog): Qt ships no
Thai or Vietnamese catalogue. They are written by hand; ``check`` verifies each of their source texts
against the catalogues bundled with PySide6, so a Qt upgrade that rewords a button is noticed.
"""

from __future__ import annotations

import argparse
import ast
import collections
import importlib.util
import os
import re
import shutil
import string
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "salesapp"
TRANSLATIONS = ROOT / "resources" / "translations"
SKIPPED_FILES = frozenset({PACKAGE / "ui" / "resources_rc.py"})
LANGUAGES = {"th": "th_TH", "vi": "vi_VN"}
"""Languages we translate into, with the locale written into the .ts header."""

ERRORS_CONTEXT = "errors"
APP_PREFIX = "salesapp"
QT_PREFIX = "qtbase"
QT_APPLICATION_CLASSES = frozenset({"QCoreApplication", "QGuiApplication", "QApplication"})

Key = tuple[str, str, str]
"""(context, source text, disambiguation comment): what identifies a message in Qt."""


@dataclass
class Message:
    """One translatable text, where it occurs, and its translation in one language."""

    context: str
    source: str
    comment: str = ""
    locations: list[tuple[str, int]] = field(default_factory=list)
    translation: str = ""
    finished: bool = False
    translator_comment: str = ""

    @property
    def key(self) -> Key:
        """What identifies the message in Qt."""
        return (self.context, self.source, self.comment)


# -- extraction ----------------------------------------------------------------------------------------


def literal_text(node: ast.expr | None) -> str | None:
    """The string a literal expression spells (adjacent literals and `+` joined), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = literal_text(node.left), literal_text(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def _callee_name(func: ast.expr) -> str | None:
    """`name` for `name(...)` and `obj.name(...)`, else None."""
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _argument(call: ast.Call, index: int, keyword: str) -> ast.expr | None:
    """Positional argument `index`, or the keyword argument of that name."""
    if len(call.args) > index:
        return call.args[index]
    return next((kw.value for kw in call.keywords if kw.arg == keyword), None)


class _Extractor(ast.NodeVisitor):
    """Collects (context, text, comment, line, column) of the translatable calls of one module."""

    def __init__(self, relpath: str) -> None:
        self.relpath = relpath
        self.classes: list[str] = []
        self.found: list[tuple[Key, int, int]] = []
        self.warnings: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        self._match(node)
        self.generic_visit(node)

    def _warn(self, node: ast.AST, text: str) -> None:
        self.warnings.append(f"{self.relpath}:{getattr(node, 'lineno', 0)}: {text}")

    def _add(
        self, node: ast.Call, context: str, text_node: ast.expr | None, comment_node: ast.expr | None
    ) -> None:
        text = literal_text(text_node)
        if text is None:
            if isinstance(text_node, ast.JoinedStr):
                self._warn(node, "an f-string cannot be translated: use a literal with {name} and .format()")
            return
        comment = literal_text(comment_node) if comment_node is not None else ""
        if comment is None:
            self._warn(node, "the disambiguation comment is not a literal: ignored")
            comment = ""
        self.found.append(((context, text, comment), node.lineno, node.col_offset))

    def _match(self, node: ast.Call) -> None:
        name = _callee_name(node.func)
        if name == "tr":
            func = node.func
            if (
                isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and func.value.id == "self"
            ):
                if not self.classes:
                    self._warn(node, "self.tr() outside a class: skipped")
                    return
                self._add(
                    node,
                    self.classes[-1],
                    _argument(node, 0, "sourceText"),
                    _argument(node, 1, "disambiguation"),
                )
        elif name in ("translate", "tr_noop"):
            if isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name):
                owner = node.func.value.id
                if owner not in QT_APPLICATION_CLASSES and owner != "i18n":
                    return  # str.translate(table) and the like
            context = literal_text(_argument(node, 0, "context"))
            if context is not None:
                self._add(
                    node,
                    context,
                    _argument(node, 1, "sourceText" if name == "translate" else "text"),
                    _argument(node, 2, "disambiguation") if name == "translate" else None,
                )
        elif name == "msg" and len(node.args) == 1:
            self._add(node, ERRORS_CONTEXT, node.args[0], None)


def source_files() -> list[Path]:
    """Every module of the salesapp package that may hold user-visible text, sorted."""
    return sorted(p for p in PACKAGE.rglob("*.py") if p not in SKIPPED_FILES)


def extract_messages(files: Iterable[Path] | None = None) -> tuple[list[Message], list[str]]:
    """The messages of the code in source order (files sorted by path), and warnings about bad calls."""
    found: list[tuple[str, int, int, Key]] = []
    warnings: list[str] = []
    for path in files if files is not None else source_files():
        relpath = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.as_posix()
        extractor = _Extractor(relpath)
        extractor.visit(ast.parse(path.read_text(encoding="utf-8"), filename=relpath))
        found.extend((relpath, line, column, key) for key, line, column in extractor.found)
        warnings.extend(extractor.warnings)
    messages: dict[Key, Message] = {}
    for relpath, line, _, key in sorted(found, key=lambda item: item[:3]):
        message = messages.setdefault(key, Message(*key))
        if (relpath, line) not in message.locations:
            message.locations.append((relpath, line))
    return list(messages.values()), warnings


# -- .ts files -----------------------------------------------------------------------------------------

_XML_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;"}


def xml_escape(text: str) -> str:
    """Escape `text` for a .ts element or attribute the way lupdate does."""
    for char in text:
        if ord(char) < 0x20 and char not in "\n\t\r":
            raise ValueError(f"control character {ord(char):#x} in a translatable text: {text!r}")
    return "".join(_XML_ESCAPES.get(char, char) for char in text)


def ts_path(prefix: str, language: str) -> Path:
    """resources/translations/{prefix}_{language}.ts."""
    return TRANSLATIONS / f"{prefix}_{language}.ts"


def _from_ts_folder(path: Path, filename: str) -> str:
    """A location written relative to the .ts file's folder, made relative to the repository."""
    return Path(os.path.relpath(path.parent / filename, ROOT)).as_posix()


def read_ts(path: Path) -> dict[Key, Message]:
    """The messages of a .ts file, by key, in file order."""
    messages: dict[Key, Message] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            text = "".join(translation.itertext()) if translation is not None else ""
            message = Message(
                context=name,
                source=element.findtext("source") or "",
                comment=element.findtext("comment") or "",
                locations=[
                    (_from_ts_folder(path, loc.get("filename", "")), int(loc.get("line", "0") or 0))
                    for loc in element.iter("location")
                ],
                translation=text,
                finished=kind not in ("unfinished", "vanished", "obsolete"),
                translator_comment=element.findtext("translatorcomment") or "",
            )
            messages[message.key] = message
    return messages


def render_ts(path: Path, locale: str, messages: Iterable[Message]) -> str:
    """The .ts text (TS 2.1, lupdate's layout): contexts sorted, messages in the given order."""
    by_context: dict[str, list[Message]] = collections.defaultdict(list)
    for message in messages:
        by_context[message.context].append(message)
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{locale}">',
    ]
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{xml_escape(context)}</name>"]
        for message in by_context[context]:
            lines.append("    <message>")
            for filename, line in message.locations:
                relative = Path(os.path.relpath(ROOT / filename, path.parent)).as_posix()
                lines.append(f'        <location filename="{xml_escape(relative)}" line="{line}"/>')
            lines.append(f"        <source>{xml_escape(message.source)}</source>")
            if message.comment:
                lines.append(f"        <comment>{xml_escape(message.comment)}</comment>")
            if message.translator_comment:
                lines.append(
                    f"        <translatorcomment>{xml_escape(message.translator_comment)}</translatorcomment>"
                )
            kind = "" if message.finished else ' type="unfinished"'
            lines.append(f"        <translation{kind}>{xml_escape(message.translation)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def write_if_changed(path: Path, text: str) -> bool:
    """Write `text` to `path` unless it already holds exactly that; True when written."""
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    return True


def merge(extracted: list[Message], existing: dict[Key, Message]) -> tuple[list[Message], int]:
    """The extracted messages carrying over the existing translations; also how many are new.

    A new message whose source text is translated in another context gets that translation as an
    unfinished draft. Messages no longer in the code are dropped.
    """
    drafts: dict[tuple[str, str], str] = {}
    for done in existing.values():
        if done.finished and done.translation:
            drafts.setdefault((done.source, done.comment), done.translation)
    merged: list[Message] = []
    new = 0
    for message in extracted:
        old = existing.get(message.key)
        result = Message(*message.key, locations=list(message.locations))
        if old is not None:
            result.translation = old.translation
            result.finished = old.finished and bool(old.translation)
            result.translator_comment = old.translator_comment
        else:
            new += 1
            result.translation = drafts.get((message.source, message.comment), "")
        merged.append(result)
    return merged, new


def update() -> int:
    """Extract the messages and write or merge salesapp_{th,vi}.ts; print counts per language."""
    extracted, warnings = extract_messages()
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    contexts = len({m.context for m in extracted})
    print(f"{len(extracted)} messages in {contexts} contexts from {len(source_files())} modules")
    for language, locale in LANGUAGES.items():
        path = ts_path(APP_PREFIX, language)
        existing = read_ts(path) if path.exists() else {}
        merged, new = merge(extracted, existing)
        dropped = len(existing.keys() - {m.key for m in merged})
        written = write_if_changed(path, render_ts(path, locale, merged))
        unfinished = sum(not m.finished for m in merged)
        print(
            f"{path.relative_to(ROOT).as_posix()}: {unfinished} unfinished of {len(merged)} "
            f"({new} new, {dropped} dropped){'' if written else ', file unchanged'}"
        )
    return 0


# -- compiling -----------------------------------------------------------------------------------------


def lrelease_executable() -> str:
    """PySide6's lrelease (next to its __init__.py), else one on PATH."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).exists():
            return str(folder / name)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise FileNotFoundError(f"no lrelease in {folder} nor on PATH")
    return found


def run_lrelease(ts: Path, qm: Path) -> None:
    """Compile `ts` into `qm`; unfinished translations are left out (Qt then shows the English text)."""
    result = subprocess.run(
        [lrelease_executable(), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0 or not qm.exists():
        raise RuntimeError(f"lrelease failed on {ts.name}:\n{result.stdout}{result.stderr}")


def compile_translations() -> int:
    """lrelease every .ts into the .qm beside it, then rebuild salesapp/ui/resources_rc.py."""
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        run_lrelease(ts, qm)
        messages = read_ts(ts).values()
        finished = sum(m.finished and bool(m.translation) for m in messages)
        print(f"{qm.relative_to(ROOT).as_posix()}: {finished} of {len(messages)} translations")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_resources.py")], check=True)
    return 0


# -- checking ------------------------------------------------------------------------------------------

_QT_ARG = re.compile(r"%(?:L?\d{1,2}|n)")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")


def placeholders(text: str) -> collections.Counter[str]:
    """The `{...}` fields of a str.format template and Qt's `%1` / `%n` markers in `text`."""
    fields: collections.Counter[str] = collections.Counter(_QT_ARG.findall(text))
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:  # not a valid template: compare the raw {...} runs
        fields.update(re.findall(r"\{[^{}]*\}", text))
        return fields
    for _, name, spec, conversion in parsed:
        if name is not None:
            fields[
                "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
            ] += 1
    return fields


def accelerators(text: str) -> int:
    """How many `&x` keyboard accelerators `text` has (`&&` is a literal ampersand)."""
    return _ENTITY.sub("", text).replace("&&", "").count("&")


def message_problems(label: str, message: Message) -> list[str]:
    """What is wrong with one translation: missing, placeholders or accelerators not kept."""
    where = f"{label}: [{message.context}] {message.source!r}"
    if not message.finished or not message.translation:
        return [f"{where}: unfinished"]
    problems = []
    want, got = placeholders(message.source), placeholders(message.translation)
    if want != got:
        problems.append(
            f"{where}: placeholders differ: source {sorted(want.elements())}, "
            f"translation {sorted(got.elements())} in {message.translation!r}"
        )
    expected = 1 if accelerators(message.source) else 0
    if accelerators(message.translation) != expected:
        problems.append(
            f"{where}: the translation should have {expected} '&' accelerator(s), "
            f"has {accelerators(message.translation)}: {message.translation!r}"
        )
    return problems


def qm_messages(path: Path) -> Iterator[Key]:
    """(context, source, comment) of every message in a compiled .qm file that keeps its source texts."""
    data = path.read_bytes()
    position, block = 16, b""  # after the magic number
    while position + 5 <= len(data):
        tag, length = data[position], struct.unpack(">I", data[position + 1 : position + 5])[0]
        if tag == 0x69:  # the Messages section
            block = data[position + 5 : position + 5 + length]
        position += 5 + length
    position = 0
    current: dict[str, str] = {}
    while position < len(block):
        tag = block[position]
        position += 1
        if tag == 1:  # end of one message
            if "source" in current:
                yield (current.get("context", ""), current["source"], current.get("comment", ""))
            current = {}
            continue
        length = struct.unpack(">I", block[position : position + 4])[0]
        position += 4
        if length == 0xFFFFFFFF:
            continue
        names = {6: "source", 7: "context", 8: "comment"}
        if tag in names:
            current[names[tag]] = block[position : position + length].decode("utf-8")
        position += length


def qt_catalogue() -> set[Key]:
    """Every (context, source, comment) found in the qtbase_*.qm catalogues PySide6 ships (may be empty)."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent / "Qt" / "translations"
    return {key for qm in sorted(folder.glob(f"{QT_PREFIX}_*.qm")) for key in qm_messages(qm)}


def _load_build_resources() -> ModuleType:
    """scripts/build_resources.py as a module."""
    spec = importlib.util.spec_from_file_location(
        "_salesapp_build_resources", ROOT / "scripts" / "build_resources.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def compiled_problems() -> list[str]:
    """Every .qm that is missing, out of date with its .ts, or orphaned; resources_rc.py out of date."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for ts in sorted(TRANSLATIONS.glob("*.ts")):
            qm, fresh = ts.with_suffix(".qm"), Path(tmp) / ts.with_suffix(".qm").name
            run_lrelease(ts, fresh)
            label = qm.relative_to(ROOT).as_posix()
            if not qm.exists():
                problems.append(f"{label}: missing: run scripts/i18n.py compile")
            elif qm.read_bytes() != fresh.read_bytes():
                problems.append(f"{label}: out of date with {ts.name}: run scripts/i18n.py compile")
    for qm in sorted(TRANSLATIONS.glob("*.qm")):
        if not qm.with_suffix(".ts").exists():
            problems.append(
                f"{qm.relative_to(ROOT).as_posix()}: no .ts beside it: delete it or restore the .ts"
            )
    resources = _load_build_resources()
    if resources.recorded_hash() != resources.inputs_hash():
        problems.append(
            "salesapp/ui/resources_rc.py: out of date with resources/: run scripts/i18n.py compile"
        )
    return problems


def check_problems() -> list[str]:
    """Everything that keeps the translations from being complete, current and compiled."""
    extracted, warnings = extract_messages()
    problems = list(warnings)
    in_code = {m.key: m for m in extracted}
    for language in LANGUAGES:
        path = ts_path(APP_PREFIX, language)
        label = path.relative_to(ROOT).as_posix()
        if not path.exists():
            problems.append(f"{label}: missing: run scripts/i18n.py update")
            continue
        in_file = read_ts(path)
        for key, message in in_code.items():
            if key not in in_file:
                problems.append(
                    f"{label}: [{key[0]}] {key[1]!r} ({message.locations[0][0]}:{message.locations[0][1]}) "
                    "is not in the file: run scripts/i18n.py update"
                )
        for key, message in in_file.items():
            if key not in in_code:
                problems.append(
                    f"{label}: [{key[0]}] {key[1]!r} is no longer in the code: run scripts/i18n.py update"
                )
            else:
                problems.extend(message_problems(label, message))
    catalogue = qt_catalogue()
    for language in LANGUAGES:
        path = ts_path(QT_PREFIX, language)
        label = path.relative_to(ROOT).as_posix()
        if not path.exists():
            problems.append(f"{label}: missing (Qt's own buttons and menus would stay English)")
            continue
        for key, message in read_ts(path).items():
            problems.extend(message_problems(label, message))
            if catalogue and key not in catalogue:
                problems.append(f"{label}: [{key[0]}] {key[1]!r} is not a text this Qt version uses")
    problems.extend(compiled_problems())
    return problems


def check() -> int:
    """Print every problem; 1 when there is one, else 0."""
    problems = check_problems()
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s)" if problems else "translations complete and compiled")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    """Run the subcommand named on the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="extract messages into resources/translations/salesapp_*.ts")
    commands.add_parser("compile", help="lrelease every .ts into .qm, then rebuild resources_rc.py")
    commands.add_parser("check", help="exit 1 on unfinished, stale or uncompiled translations")
    args = parser.parse_args(argv)
    return {"update": update, "compile": compile_translations, "check": check}[args.command]()


if __name__ == "__main__":
    sys.exit(main())
