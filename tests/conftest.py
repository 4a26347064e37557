"""Test set-up shared by every test: offscreen Qt, temp data folders, in-memory keyring, databases."""

from __future__ import annotations

import os

# Before Qt is imported anywhere: no X server on CI machines.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QPA_FONTDIR", "/usr/share/fonts/truetype")

pytest_plugins = ["tests.helpers.fixtures"]
