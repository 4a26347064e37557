"""What one installed distribution says about its licence: the declared licence, its home page and the
full text of the licence files it ships in its metadata folder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import metadata

NOT_DECLARED = "not declared in the package metadata"
_LICENCE_FILE = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)
_HOME_LABELS = ("homepage", "home", "source", "source code", "repository", "github", "documentation")


@dataclass(frozen=True)
class PackageNotice:
    """The licence facts of one bundled package."""

    name: str
    version: str
    licence: str
    home_page: str
    texts: tuple[tuple[str, str], ...]
    """(file name, full text) of each licence file the package ships."""


def field(meta: metadata.PackageMetadata, name: str) -> str:
    """The first value of a metadata field, stripped; "" when absent."""
    values = meta.get_all(name) or []
    return str(values[0]).strip() if values else ""


def declared_licence(meta: metadata.PackageMetadata) -> str:
    """License-Expression, else a short License field, else the licence classifiers."""
    expression = field(meta, "License-Expression")
    if expression:
        return expression
    text = field(meta, "License")
    if text and "\n" not in text and len(text) <= 100 and text.upper() != "UNKNOWN":
        return text
    classifiers = [
        c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")
    ]
    if classifiers:
        return ", ".join(classifiers)
    return "see the licence text below" if text and text.upper() != "UNKNOWN" else NOT_DECLARED


def home_page(meta: metadata.PackageMetadata) -> str:
    """Home-page, else the Project-URL that looks most like a home page."""
    page = field(meta, "Home-page")
    if page and page.upper() != "UNKNOWN":
        return page
    urls: dict[str, str] = {}
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        urls.setdefault(label.strip().lower(), url.strip())
    for label in _HOME_LABELS:
        if urls.get(label):
            return urls[label]
    return next(iter(urls.values()), "")


def _read(dist: metadata.Distribution, relative: str) -> str | None:
    try:
        return dist.read_text(relative)
    except (OSError, UnicodeDecodeError):
        return None


def licence_texts(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """The declared License-File entries (in `licenses/` or beside METADATA), else any file named like a
    licence in the metadata folder; also a License field that holds a whole licence text."""
    texts: list[tuple[str, str]] = []
    declared = dist.metadata.get_all("License-File") or []
    for name in declared:
        text = _read(dist, f"licenses/{name}") or _read(dist, name)
        if text and text.strip():
            texts.append((name, text))
    if not declared:
        for path in dist.files or []:
            parts = path.parts
            in_metadata = parts[0].endswith(".dist-info") and (
                len(parts) == 2 or (len(parts) == 3 and parts[1] in ("licenses", "license_files"))
            )
            if in_metadata and _LICENCE_FILE.match(path.name):
                text = _read(dist, "/".join(parts[1:]))
                if text and text.strip():
                    texts.append((path.name, text))
    text = field(dist.metadata, "License")
    if "\n" in text or len(text) > 100:
        texts.append(("License field", text))
    return texts


def package_notice(dist: metadata.Distribution) -> PackageNotice:
    """The notice of one installed distribution."""
    meta = dist.metadata
    texts = tuple(licence_texts(dist))
    licence = declared_licence(meta)
    if licence == NOT_DECLARED and texts:
        licence = "not declared: see its licence file below"
    return PackageNotice(meta["Name"] or "?", dist.version, licence, home_page(meta), texts)
