#!/usr/bin/env bash
# Build what field engineers install, on a fresh Debian/Ubuntu machine (amd64), into dist/:
#
#   dist/reconui/                               onedir bundle: reconui, reconui-cli, reconui-sim
#   dist/reconui-<version>-linux-x86_64.tar.xz  the bundle as a tarball (unpack anywhere, run ./reconui)
#   dist/reconui_<version>_amd64.deb            /opt/reconui + /usr/bin links + menu entry + icons
#
#   bash packaging/build.sh            # build, smoke-test the frozen programs, package, print the sizes
#   bash packaging/build.sh --no-deb   # bundle + smoke test + tarball only
#   bash packaging/build.sh --fast     # xz level 1 instead of 6 (what `dev.sh test` and CI use: the
#                                      # packaging is exercised the same, compression costs ~2 min less)
#
# It installs what it needs (Debian packages, .venv, PyInstaller from packaging/requirements-freeze.txt),
# freezes with packaging/reconui.spec, freezes a bare PySide6 window with the same spec and trimming
# as the size floor, runs packaging/smoke.py on the bundle, then packages. Build on the oldest
# distribution you support: the bundle needs the glibc it was built against (measured into Depends).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
# shellcheck source=packaging/common.sh
source "$here/packaging/common.sh"

make_deb=1
export RECONUI_XZ_LEVEL=6
for arg in "$@"; do
  case "$arg" in
    --no-deb) make_deb=0 ;;
    --fast) RECONUI_XZ_LEVEL=1 ;;
    *) echo "usage: bash packaging/build.sh [--no-deb] [--fast]" >&2; exit 2 ;;
  esac
done

started=$SECONDS
step() { printf '\n== %s (%ss)\n' "$*" "$((SECONDS - started))" >&2; }

# PyInstaller bundles the X11/xcb libraries it finds on this machine, so they must be installed here;
# binutils for strip/readelf/objdump, file to find the ELF files, the validators for the menu entry
# and the AppStream data.
build_pkgs=(binutils file xz-utils desktop-file-utils appstream)
# PyInstaller bundles libpython; Debian's python3 keeps it in a separate package (measured on a fresh
# Debian 12: "Python shared library ('libpython3.11.so.1.0') was not found").
python="${PYTHON:-python3}"
if command -v dpkg-query >/dev/null 2>&1 && dpkg-query -S "$(readlink -f "$(command -v "$python")")" >/dev/null 2>&1; then
  build_pkgs+=("libpython$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')")
fi
ensure_debian_packages "${offscreen_pkgs[@]}" "${window_pkgs[@]}" "${build_pkgs[@]}"
ensure_venv
if ! .venv/bin/python -c "import PyInstaller" 2>/dev/null || [ packaging/requirements-freeze.txt -nt .venv/.reconui-freeze ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check -r packaging/requirements-freeze.txt
  touch .venv/.reconui-freeze
fi

version="$(.venv/bin/python -c 'import reconui; print(reconui.__version__)')"
mkdir -p dist build

step "icons"
QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py build/icons >/dev/null

step "freezing reconui (PyInstaller, onedir)"
rm -rf dist/reconui
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/reconui.spec 2>&1 | grep -v -e "required via ctypes not found" -e "libgtk-3\|libgdk-3" >&2 || true
[ -x dist/reconui/reconui ] || { echo "PyInstaller did not produce dist/reconui/reconui" >&2; exit 1; }

step "trim check"
# What the spec promises to leave out must really be out (a regression here costs tens of MiB).
unwanted="$(cd dist/reconui/_internal && find . \( -name 'libgtk-3*' -o -name 'libgdk-3*' -o -name 'libqgtk3*' \
  -o -name 'libQt6Network*' -o -name 'libQt6Qml*' -o -name 'libQt6Quick*' -o -name 'libQt6WaylandClient*' \
  -o -name 'libqwayland*' -o -name 'libqeglfs*' -o -path '*/sqldrivers/*' -o -path '*/printsupport/*' \
  -o \( -path '*/translations/*' ! -name 'qtbase_*.qm' \) \) -print)"
[ -z "$unwanted" ] || { echo "the bundle holds what the spec trims:"; echo "$unwanted"; exit 1; } >&2
qms="$(find dist/reconui/_internal -path '*/translations/qtbase_*.qm' | wc -l)"
[ "$qms" -eq 9 ] || { echo "expected Qt's qtbase_*.qm for 9 languages, found $qms" >&2; exit 1; }
find dist/reconui -xtype l | grep . >&2 && { echo "dangling symlinks in the bundle" >&2; exit 1; }
echo "  nothing the spec trims is in the bundle; qtbase_*.qm for the 9 shipped languages" >&2

step "freezing the size floor: a bare PySide6 window, same spec and trimming"
rm -rf build/floor
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath build/floor --workpath build/pyinstaller-floor \
  packaging/reconui.spec -- --floor 2>&1 | grep -v -e "required via ctypes not found" -e "libgtk-3\|libgdk-3" >&2 || true
floor_out="$(QT_QPA_PLATFORM=offscreen build/floor/bare-window/bare-window --quit-after 0.2 2>&1)" \
  || { echo "$floor_out" >&2; echo "the floor bundle does not start" >&2; exit 1; }

step "smoke test of the frozen programs"
python3 packaging/smoke.py dist/reconui

step "tarball"
tarball="dist/reconui-${version}-linux-x86_64.tar.xz"
tar -C dist --owner=0 --group=0 --numeric-owner -cf - reconui | xz -T0 "-$RECONUI_XZ_LEVEL" > "$tarball"

deb=""
if [ "$make_deb" -eq 1 ]; then
  step "Debian package"
  deb="dist/reconui_${version}_amd64.deb"
  bash packaging/make-deb.sh dist/reconui "$version" "$deb"
fi

step "sizes"
mib() { du -s --apparent-size --block-size=1 "$1" | awk '{printf "%.1f MiB", $1 / 1048576}'; }
bundle_bytes=$(du -s --apparent-size --block-size=1 dist/reconui | cut -f1)
floor_bytes=$(du -s --apparent-size --block-size=1 build/floor/bare-window | cut -f1)
{
  printf '\n%-48s %12s\n' "artefact" "size"
  printf '%-48s %12s\n' "------------------------------------------------" "------------"
  printf '%-48s %12s\n' "dist/reconui/ (onedir bundle)" "$(mib dist/reconui)"
  printf '%-48s %12s\n' "$tarball" "$(mib "$tarball")"
  [ -n "$deb" ] && printf '%-48s %12s\n' "$deb" "$(mib "$deb")"
  printf '%-48s %12s\n' "bare PySide6 window, same spec (the floor)" "$(mib build/floor/bare-window)"
  awk -v b="$bundle_bytes" -v f="$floor_bytes" 'BEGIN {
    r = b / f; printf "%-48s %11.3fx  (target <= 1.100x: %s)\n", "bundle / floor", r, (r <= 1.1 ? "met" : "missed") }'
  printf 'built in %ss\n' "$((SECONDS - started))"
} | tee build/sizes.txt
