"""What the installers say about salesapp, defined once: name, publisher, ids, version and icon files.

Standard library only, so that both `salesapp.spec` (inside PyInstaller) and `build.py` import it; the
Windows version resource needs PyInstaller and imports it inside `windows_version_info`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "salesapp"
PUBLISHER = "salesapp"
BUNDLE_ID = "app.salesapp"
SUMMARY = "Sales follow-up CRM for small online shops"
DESCRIPTION = (
    "Follow up orders and call-back requests until they close, call fresh orders to upsell before they "
    "ship, keep one profile per customer and move opportunities through a pipeline. Thai and Vietnamese "
    "are first-class. One shop works on a local SQLite file; an office shares a PostgreSQL server."
)
MACOS_MINIMUM = "11.0"
NOTICES_FILE = "THIRD_PARTY_NOTICES.txt"

ICON_DIR = ROOT / "resources" / "icons" / "app"
ICON_ICO = ICON_DIR / f"{APP_NAME}.ico"
ICON_ICNS = ICON_DIR / f"{APP_NAME}.icns"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def version() -> str:
    """`__version__` from salesapp/__init__.py, read as text (nothing imported)."""
    text = (ROOT / "salesapp" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if match is None:
        raise SystemExit('salesapp/__init__.py has no __version__ = "..." line')
    return match.group(1)


def version_numbers(text: str) -> tuple[int, int, int, int]:
    """The first four numbers of a version ("1.2.0rc1" → (1, 2, 0, 0)) for Windows and NSIS."""
    numbers = [int(n) for n in re.findall(r"\d+", text.split("+")[0])][:3]
    numbers += [0] * (4 - len(numbers))
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def copyright_line() -> str:
    """The copyright notice shown in file properties and the macOS Finder."""
    return f"© {PUBLISHER}"


def png_icon(size: int) -> Path:
    """resources/icons/app/salesapp-<size>.png."""
    return ICON_DIR / f"{APP_NAME}-{size}.png"


def require_icons(*paths: Path) -> None:
    """Stop the build with a clear message when an icon file is missing."""
    missing = [str(p.relative_to(ROOT)) for p in paths if not p.is_file()]
    if missing:
        raise SystemExit(
            "packaging: icon file(s) missing: " + ", ".join(missing) + "\n"
            "  generate them from resources/icons/app.svg with:  python scripts/build_icons.py"
        )


def windows_version_info(text: str) -> Any:
    """PyInstaller's VSVersionInfo for the exe's version resource (Properties → Details)."""
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    numbers = version_numbers(text)
    strings = {
        "CompanyName": PUBLISHER,
        "FileDescription": APP_NAME,
        "FileVersion": text,
        "InternalName": APP_NAME,
        "LegalCopyright": copyright_line(),
        "OriginalFilename": f"{APP_NAME}.exe",
        "ProductName": APP_NAME,
        "ProductVersion": text,
    }
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            # 0409 = US English, 04B0 = code page 1200 (Unicode).
            StringFileInfo([StringTable("040904B0", [StringStruct(k, v) for k, v in strings.items()])]),
            VarFileInfo([VarStruct("Translation", [0x0409, 1200])]),
        ],
    )
