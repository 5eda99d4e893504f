#!/usr/bin/env bash
# macOS: sign (when an identity is given), pack into a DMG, notarise and staple (when credentials are
# given). Called by .github/workflows/release.yml after PyInstaller wrote dist/reconui.app.
#
#   bash packaging/macos/make-dmg.sh VERSION
#
# Environment (all optional; without them the DMG is built unsigned and a notice says so):
#   MACOS_SIGN_IDENTITY   "Developer ID Application: ..." already in the keychain
#   MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID, MACOS_NOTARY_PASSWORD   (app-specific password)
set -euo pipefail
version="$1"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$here"
app=dist/reconui.app
arch="$(uname -m)"
dmg="dist/reconui-${version}-macos-${arch}.dmg"
[ -d "$app" ] || { echo "no $app: run PyInstaller with packaging/reconui.spec first" >&2; exit 1; }

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  # Inside out: every Mach-O file, then the bundle, with the hardened runtime and a secure timestamp.
  find "$app/Contents" -type f \( -name "*.dylib" -o -name "*.so" -o -perm -u+x \) -print0 |
    xargs -0 codesign --force --timestamp --options runtime --entitlements packaging/macos/entitlements.plist \
      --sign "$MACOS_SIGN_IDENTITY"
  codesign --force --timestamp --options runtime --entitlements packaging/macos/entitlements.plist \
    --sign "$MACOS_SIGN_IDENTITY" "$app"
  codesign --verify --deep --strict --verbose=2 "$app"
else
  echo "notice: MACOS_SIGN_IDENTITY is not set: the app and the DMG are NOT signed (Gatekeeper will warn)" >&2
fi

rm -f "$dmg"
staging="$(mktemp -d)"
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "reconui ${version}" -srcfolder "$staging" -ov -format UDZO "$dmg"
rm -rf "$staging"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
fi
if [ -n "${MACOS_SIGN_IDENTITY:-}" ] && [ -n "${MACOS_NOTARY_APPLE_ID:-}" ] && [ -n "${MACOS_NOTARY_PASSWORD:-}" ]; then
  xcrun notarytool submit "$dmg" --apple-id "$MACOS_NOTARY_APPLE_ID" --team-id "$MACOS_NOTARY_TEAM_ID" \
    --password "$MACOS_NOTARY_PASSWORD" --wait
  xcrun stapler staple "$dmg"
else
  echo "notice: notarisation skipped (needs MACOS_SIGN_IDENTITY and the MACOS_NOTARY_* secrets)" >&2
fi
echo "wrote $dmg"
