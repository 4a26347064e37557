#!/usr/bin/env bash
# Sign salesapp.app with a Developer ID and notarise the .dmg; packaging/build.py runs it only when the
# environment variables below are set (nothing secret lives in the repository).
#
#   sign_and_notarize.sh sign salesapp.app         needs MACOS_CODESIGN_IDENTITY
#   sign_and_notarize.sh notarize salesapp-X.dmg   needs MACOS_CODESIGN_IDENTITY, MACOS_NOTARY_APPLE_ID,
#                                                  MACOS_NOTARY_TEAM_ID, MACOS_NOTARY_PASSWORD
#
# MACOS_CODESIGN_IDENTITY   "Developer ID Application: <name> (<team id>)", its certificate and key in the
#                           login (or CI) keychain
# MACOS_NOTARY_APPLE_ID     the Apple ID that submits to the notary service
# MACOS_NOTARY_TEAM_ID      the team id
# MACOS_NOTARY_PASSWORD     an app-specific password of that Apple ID
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
action="${1:?usage: sign_and_notarize.sh sign APP | notarize DMG}"
target="${2:?usage: sign_and_notarize.sh sign APP | notarize DMG}"
: "${MACOS_CODESIGN_IDENTITY:?set MACOS_CODESIGN_IDENTITY}"

case "$action" in
  sign)
    # Hardened runtime and a secure timestamp: both required for notarisation.
    codesign --force --deep --timestamp --options runtime \
      --entitlements "$here/entitlements.plist" --sign "$MACOS_CODESIGN_IDENTITY" "$target"
    codesign --verify --deep --strict --verbose=2 "$target"
    ;;
  notarize)
    : "${MACOS_NOTARY_APPLE_ID:?set MACOS_NOTARY_APPLE_ID}"
    : "${MACOS_NOTARY_TEAM_ID:?set MACOS_NOTARY_TEAM_ID}"
    : "${MACOS_NOTARY_PASSWORD:?set MACOS_NOTARY_PASSWORD}"
    codesign --force --timestamp --sign "$MACOS_CODESIGN_IDENTITY" "$target"
    xcrun notarytool submit "$target" --wait \
      --apple-id "$MACOS_NOTARY_APPLE_ID" --team-id "$MACOS_NOTARY_TEAM_ID" --password "$MACOS_NOTARY_PASSWORD"
    xcrun stapler staple "$target"
    xcrun stapler validate "$target"
    ;;
  *)
    echo "sign_and_notarize.sh: unknown action $action (sign or notarize)" >&2
    exit 2
    ;;
esac
