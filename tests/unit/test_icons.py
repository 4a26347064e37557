"""The application icon: the PNGs, .ico and .icns built from resources/icons/app.svg are current and hold
every size the desktops ask for."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]


def _load_script() -> ModuleType:
    name = "salesapp_scripts_build_icons"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "build_icons.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


build_icons = _load_script()


def test_icons_are_built_from_the_current_svg() -> None:
    assert build_icons.check_problems() == [], "run python3 scripts/build_icons.py"


def test_every_size_is_there() -> None:
    for size in build_icons.PNG_SIZES:
        with Image.open(build_icons.OUTPUT / f"salesapp-{size}.png") as png:
            assert png.size == (size, size) and png.mode == "RGBA"
    with Image.open(build_icons.OUTPUT / "salesapp.ico") as ico:
        assert {s for s, _ in ico.info["sizes"]} == set(build_icons.ICO_SIZES)
    with Image.open(build_icons.OUTPUT / "salesapp.icns") as icns:
        assert {s[0] for s in icns.info["sizes"]} >= {16, 32, 128, 256, 512}


def test_small_sizes_are_drawn_not_blank() -> None:
    with Image.open(build_icons.OUTPUT / "salesapp-16.png") as png:
        colours = png.getcolors(maxcolors=1024)
    assert colours is not None and len(colours) > 20  # tile, bubble, line and dot all show at 16 px
