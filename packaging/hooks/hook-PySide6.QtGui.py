"""Replaces PyInstaller's PySide6.QtGui hook: the same collection minus Linux plugins salesapp never loads.

Dropping a plugin here (rather than from `a.binaries` in the spec) also keeps out the shared libraries it
links, because PyInstaller resolves binary dependencies after the hooks ran. The names below exist only in
Linux wheels, so Windows and macOS builds are unchanged.
"""

import os

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

# platformthemes/libqgtk3.so links GTK 3, cairo, pango, atk and gdk-pixbuf: bundling half a GTK stack next
# to the system's is a classic crash source, and Qt falls back to the xdg-desktop-portal / Fusion look.
# The embedded-device backends (EGLFS, framebuffer, VNC, Vulkan display) and the evdev/tuio input plugins
# only serve those backends; X11 (xcb), Wayland, offscreen and minimal stay.
_UNUSED_PLUGINS = {
    "libqgtk3.so",
    "libqeglfs.so",
    "libqminimalegl.so",
    "libqlinuxfb.so",
    "libqvnc.so",
    "libqvkkhrdisplay.so",
}
_UNUSED_PLUGIN_TYPES = {"egldeviceintegrations", "generic"}


def _wanted(src: str, dest: str) -> bool:
    name = os.path.basename(src)
    plugin_type = os.path.basename(os.path.normpath(dest))
    if name in _UNUSED_PLUGINS:
        return False
    return not (plugin_type in _UNUSED_PLUGIN_TYPES and name.startswith("lib") and name.endswith(".so"))


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(src, dest) for src, dest in binaries if _wanted(src, dest)]
