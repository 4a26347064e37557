"""Third-party notices: the licences of every library the application bundles (standard library only).

A frozen build ships them as THIRD_PARTY_NOTICES.txt beside the executable (written at build time by
`write_notices`); otherwise they are built from the installed packages' metadata by walking salesapp's
runtime requirements. Help → About shows `third_party_notices()`.
"""

from __future__ import annotations

import os
import platform
import sys
import textwrap
from importlib import metadata
from pathlib import Path

from salesapp import __version__
from salesapp.notices._packages import PackageNotice, package_notice
from salesapp.notices._requirements import normalize, runtime_distributions

NOTICES_FILE = "THIRD_PARTY_NOTICES.txt"
_SOURCE_ROOT = Path(__file__).resolve().parents[2]
_LICENSES = _SOURCE_ROOT / "resources" / "licenses"
_QT_PACKAGES = frozenset({"pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6"})
_RULE = "=" * 78

QT_NOTICE = (
    "Qt and PySide6 (Qt for Python) are used under the GNU Lesser General Public License version 3 "
    "(LGPL-3.0). salesapp uses them as separate, dynamically linked libraries, unmodified: you may "
    "replace the Qt and PySide6 libraries in the application folder with other builds of the same "
    "version, including ones you modified yourself. Their source code is available from "
    "https://download.qt.io/official_releases/qt/ (Qt) and "
    "https://code.qt.io/cgit/pyside/pyside-setup.git/ (PySide6). The full texts of the LGPL-3.0 and of "
    "the GPL-3.0 it builds on are at the end of this file."
)


def third_party_notices() -> str:
    """The notices shipped with a frozen build, else built from the installed packages."""
    shipped = shipped_notices()
    if shipped is not None:
        return shipped.read_text(encoding="utf-8")
    return build_notices()


def write_notices(path: str | os.PathLike[str]) -> Path:
    """Write `third_party_notices()` to `path` (UTF-8) and return it; the packaging build calls this."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(third_party_notices(), encoding="utf-8", newline="\n")
    return target


def shipped_notices() -> Path | None:
    """THIRD_PARTY_NOTICES.txt beside the frozen executable (or in its bundle), when running frozen."""
    if not getattr(sys, "frozen", False):
        return None
    folder = Path(sys.executable).resolve().parent
    candidates = [folder / NOTICES_FILE, folder.parent / "Resources" / NOTICES_FILE]  # macOS .app
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(1, Path(bundle) / NOTICES_FILE)
    return next((path for path in candidates if path.is_file()), None)


def salesapp_requirements() -> list[str]:
    """salesapp's runtime requirements: from pyproject.toml in a source checkout, else its metadata."""
    pyproject = _SOURCE_ROOT / "pyproject.toml"
    if pyproject.is_file() and (_SOURCE_ROOT / "salesapp" / "__init__.py").is_file():
        import tomllib

        with pyproject.open("rb") as fh:
            return list(tomllib.load(fh)["project"]["dependencies"])
    try:
        return list(metadata.requires("salesapp") or [])  # extras ("test") fail their markers later
    except metadata.PackageNotFoundError:
        return []


def bundled_packages() -> list[PackageNotice]:
    """The notice of every package salesapp needs at run time on this machine."""
    distributions = runtime_distributions(salesapp_requirements())
    return [package_notice(d) for d in distributions if normalize(d.metadata["Name"] or "") != "salesapp"]


def build_notices() -> str:
    """The notices text, built live from the installed packages' metadata."""
    packages = bundled_packages()
    lines = [
        f"salesapp {__version__}: third-party notices",
        _RULE,
        "",
        _wrap(
            "salesapp is built with the software listed below; each part is used under its own licence, "
            "given in full after its entry when the package ships the text."
        ),
        "",
        "Qt and PySide6",
        "-" * 14,
        _wrap(QT_NOTICE),
        "",
        "Contents",
        "-" * 8,
    ]
    width = max((len(f"{p.name} {p.version}") for p in packages), default=20) + 2
    python = f"Python {platform.python_version()}"
    lines += [f"{python:<{width}}PSF-2.0 (the bundled interpreter)"]
    lines += [f"{p.name + ' ' + p.version:<{width}}{p.licence}" for p in packages]
    lines += [f"{'Noto Sans, Noto Sans Thai':<{width}}OFL-1.1 (fonts)", ""]
    for package in packages:
        lines += _package_section(package)
    lines += _extra_section(python, "PSF-2.0", "https://www.python.org/", _python_licence())
    lines += _extra_section(
        "Noto Sans and Noto Sans Thai fonts",
        "SIL Open Font License 1.1",
        "https://notofonts.github.io/",
        _read(_SOURCE_ROOT / "resources" / "fonts" / "NOTO-LICENSE.txt"),
    )
    for title, name, url in (
        ("GNU Lesser General Public License v3 (Qt and PySide6)", "LGPL-3.0.txt", "lgpl-3.0.txt"),
        ("GNU General Public License v3 (referred to by the LGPL v3)", "GPL-3.0.txt", "gpl-3.0.txt"),
    ):
        lines += _extra_section(title, "", f"https://www.gnu.org/licenses/{url}", _read(_LICENSES / name))
    return "\n".join(lines).rstrip() + "\n"


def _wrap(paragraph: str) -> str:
    return textwrap.fill(paragraph, width=len(_RULE), break_long_words=False, break_on_hyphens=False)


def _package_section(package: PackageNotice) -> list[str]:
    lines = [_RULE, f"{package.name} {package.version}", _RULE, f"Licence: {package.licence}"]
    if package.home_page:
        lines.append(f"Home page: {package.home_page}")
    if normalize(package.name) in _QT_PACKAGES:
        lines.append("Licence text: see 'Qt and PySide6' above and the LGPL-3.0 and GPL-3.0 texts below.")
    elif not package.texts:
        lines.append("The package ships no licence file.")
    for name, text in package.texts:
        lines += ["", f"--- {name} ---", text.strip()]
    return [*lines, ""]


def _extra_section(title: str, licence: str, url: str, text: str | None) -> list[str]:
    lines = [_RULE, title, _RULE]
    if licence:
        lines.append(f"Licence: {licence}")
    lines.append(f"Home page: {url}")
    if text:
        lines += ["", text.strip()]
    return [*lines, ""]


def _python_licence() -> str | None:
    stdlib = Path(os.__file__).resolve().parent
    for path in (stdlib / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt"):
        text = _read(path)
        if text:
            return text
    return None


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
