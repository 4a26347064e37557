#!/usr/bin/env bash
# Install everything the tests need on a Debian machine (as root) and run the whole suite:
# system packages (fonts, Xvfb, PostgreSQL server, installer tools), Python packages, a throwaway
# PostgreSQL server, then lint, types, import contracts, resources and translations checks, and pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
# The second line: what the packaging tests need to build the installers (NSIS, 7-Zip to list the
# setup, file) and the system libraries the .deb depends on, so that `dpkg -i` installs it here.
SYSTEM_PACKAGES="postgresql fonts-thai-tlwg fonts-noto-core fonts-noto-color-emoji xvfb xdotool e2fsprogs libegl1 libgl1 \
libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libxcb-cursor0 libglib2.0-0 \
nsis 7zip file libxcb1 libxcb-icccm4 libxcb-keysyms1 libwayland-client0 libwayland-cursor0 libwayland-egl1 \
xkb-data fontconfig-config"
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  missing=""
  for pkg in $SYSTEM_PACKAGES; do dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"; done
  if [ -n "$missing" ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  fi
fi
python3 -m pip install -q --disable-pip-version-check -e ".[test]"
SALESAPP_TEST_PG_URL="$(bash scripts/start_test_postgres.sh)"
export SALESAPP_TEST_PG_URL
echo "== ruff";          python3 -m ruff check salesapp tests scripts packaging
echo "== ruff format";   python3 -m ruff format --check salesapp tests scripts packaging
echo "== mypy";          python3 -m mypy salesapp
echo "== import contracts"; lint-imports
echo "== resources";     python3 scripts/build_resources.py --check
if [ -f scripts/i18n.py ]; then echo "== translations"; python3 scripts/i18n.py check; fi
echo "== pytest"
python3 -m pytest -q "$@"
