#!/usr/bin/env bash
# Build the Windows installer here over a placeholder payload and install/uninstall it silently
# under wine, checking every file, the Start-menu entry and the "Apps & features" registry entry.
#
#   bash packaging/windows/test-nsis.sh
#
# The real payload (reconui.exe & co.) can only be frozen on Windows: the release workflow
# (.github/workflows/release.yml) runs the same reconui.nsi over it. Here the payload is a stand-in
# tree with the bundle's shape (three .exe names, an _internal folder with nested folders and a
# non-ASCII file name), so what is tested is the installer: per-user location, shortcut, registry,
# and an uninstaller that removes exactly what was installed (a file the user put into the install
# folder survives, and keeps the folder). Installs nsis and wine from Debian when missing.
# Takes about 30-60 s (most of it wine creating its prefix).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$here"
started=$SECONDS
step() { printf '\n== %s (%ss)\n' "$*" "$((SECONDS - started))" >&2; }

missing=()
command -v makensis >/dev/null 2>&1 || missing+=(nsis)
command -v wine >/dev/null 2>&1 || missing+=(wine wine64)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq \
    --no-install-recommends "${missing[@]}" >/dev/null
fi

work="$(mktemp -d /tmp/reconui-nsis.XXXXXX)"
export WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
cleanup() { wineserver -k 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
version="$(python3 -c 'import re; print(re.search(r"__version__ = \"(.+)\"", open("reconui/__init__.py").read()).group(1))')"

step "placeholder payload"
payload="$work/payload"
mkdir -p "$payload/_internal/PySide6/Qt/plugins/platforms" "$payload/_internal/certifi"
for exe in reconui reconui-cli reconui-sim; do echo "placeholder for $exe.exe (frozen on Windows in CI)" > "$payload/$exe.exe"; done
echo "qwindows" > "$payload/_internal/PySide6/Qt/plugins/platforms/qwindows.dll"
echo "cacert" > "$payload/_internal/certifi/cacert.pem"
echo "ü" > "$payload/_internal/übersetzung.txt"
head -c 200000 /dev/urandom > "$payload/_internal/python311.dll"
python3 packaging/windows/nsis_lists.py "$payload" "$work/lists"

step "makensis"
icon_args=()
[ -f build/icons/reconui.ico ] && icon_args=(-DICON="$here/build/icons/reconui.ico")
setup="$work/reconui-$version-windows-x64-setup.exe"
makensis -V2 -DVERSION="$version" -DLISTS="$work/lists" -DOUTFILE="$setup" "${icon_args[@]}" packaging/windows/reconui.nsi
file "$setup" | sed 's/^/  /' >&2

step "wine: create the prefix"
wineboot -i >/dev/null 2>&1 || true
wineserver -w
user_dir="$(find "$WINEPREFIX/drive_c/users" -maxdepth 1 -mindepth 1 -type d ! -name Public | head -1)"
instdir="$user_dir/AppData/Local/Programs/reconui"
shortcut="$user_dir/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/reconui.lnk"
key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\reconui'

step "silent install (/S)"
wine "$setup" /S
wineserver -w
fail() { echo "FAIL: $*" >&2; exit 1; }
(cd "$payload" && find . -type f) | while read -r f; do
  cmp -s "$payload/$f" "$instdir/$f" || fail "not installed: $f"
done
[ -f "$instdir/Uninstall reconui.exe" ] || fail "no uninstaller"
[ -f "$shortcut" ] || fail "no Start-menu entry at $shortcut"
wine reg query "$key" /v DisplayVersion 2>/dev/null | tr -d '\r' | grep -q "$version" || fail "no uninstall registry entry"
echo "  $(cd "$instdir" && find . -type f | wc -l) files in ${instdir#"$WINEPREFIX/"}, shortcut and registry entry present" >&2

step "silent uninstall (/S)"
echo "the user's own notes" > "$instdir/my-notes.txt"
wine "$instdir/Uninstall reconui.exe" /S
wineserver -w
sleep 2; wineserver -w   # the uninstaller re-runs itself from %TEMP%
left="$(cd "$instdir" && find . -mindepth 1 | sort | tr '\n' ' ')"
[ "$left" = "./my-notes.txt " ] || fail "uninstall left or removed the wrong things: '$left'"
[ ! -e "$shortcut" ] || fail "the Start-menu entry is still there"
if wine reg query "$key" >/dev/null 2>&1; then fail "the registry entry is still there"; fi
echo "  everything it installed is gone; the user's file and its folder stay" >&2

step "done: the NSIS installer installs and uninstalls silently under wine"
