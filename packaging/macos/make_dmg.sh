#!/usr/bin/env bash
# Make the macOS disk image (and an installer package for MDM) from dist/wo-desktop.app,
# which `python3 packaging/build.py` builds first.
#
#   packaging/macos/make_dmg.sh [DIST]        (DIST defaults to dist/ beside packaging/)
#
# Outputs: DIST/wo-desktop-<version>-macos-<arch>.dmg and DIST/wo-desktop-<version>-macos-<arch>.pkg
#
# Signing and notarization (all optional; without them the image works on the build machine
# but Gatekeeper blocks it elsewhere):
#   WO_CODESIGN_IDENTITY   "Developer ID Application: <Company> (<TEAMID>)"; set it for
#                          build.py too, so PyInstaller signs every binary inside the .app
#   WO_INSTALLER_IDENTITY  "Developer ID Installer: <Company> (<TEAMID>)", for the .pkg
#   WO_NOTARY_PROFILE      a keychain profile made once with `xcrun notarytool store-credentials`
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dist="$(cd "${1:-$root/dist}" && pwd)"
app="$dist/wo-desktop.app"
entitlements="$here/entitlements.plist"

if [ ! -d "$app" ]; then
  echo "make_dmg.sh: $app not found; run python3 packaging/build.py first" >&2
  exit 2
fi
version="$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$app/Contents/Info.plist")"
identifier="$(/usr/libexec/PlistBuddy -c 'Print :CFBundleIdentifier' "$app/Contents/Info.plist")"
arch="$(uname -m)"
name="wo-desktop-$version-macos-$arch"
dmg="$dist/$name.dmg"
pkg="$dist/$name.pkg"

if [ -n "${WO_CODESIGN_IDENTITY:-}" ]; then
  # PyInstaller signed the binaries inside; this seals the bundle itself with the hardened
  # runtime that notarization requires.
  codesign --force --timestamp --options runtime --entitlements "$entitlements" \
    --sign "$WO_CODESIGN_IDENTITY" "$app"
  codesign --verify --strict --verbose=2 "$app"
fi

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
ditto "$app" "$staging/wo-desktop.app"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "wo-desktop $version" -srcfolder "$staging" -fs HFS+ \
  -format UDZO -imagekey zlib-level=9 -ov "$dmg"

pkg_sign=()
if [ -n "${WO_INSTALLER_IDENTITY:-}" ]; then
  pkg_sign=(--sign "$WO_INSTALLER_IDENTITY" --timestamp)
fi
rm -f "$pkg"
pkgbuild --component "$app" --install-location /Applications --identifier "$identifier" \
  --version "$version" ${pkg_sign[@]+"${pkg_sign[@]}"} "$pkg"

if [ -n "${WO_CODESIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$WO_CODESIGN_IDENTITY" "$dmg"
fi
if [ -n "${WO_NOTARY_PROFILE:-}" ]; then
  for artefact in "$dmg" "$pkg"; do
    xcrun notarytool submit "$artefact" --keychain-profile "$WO_NOTARY_PROFILE" --wait
    xcrun stapler staple "$artefact"
  done
  spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
fi

echo "dmg $dmg"
echo "pkg $pkg"
