#!/usr/bin/env bash
# Package a frozen bundle as a Debian package (called by packaging/build.sh):
#
#   bash packaging/make-deb.sh dist/reconui 0.1.0 dist/reconui_0.1.0_amd64.deb
#
# Layout: /opt/reconui (the bundle), /usr/bin/{reconui,reconui-cli,reconui-sim} links, the menu entry,
# AppStream metainfo, hicolor icons (build/icons, from packaging/make_icons.py), a copyright file.
# Depends is measured, not guessed: every shared library a bundled ELF file links that the bundle
# does not carry itself is looked up in this machine's dpkg database, with libc6's minimum version
# taken from the newest GLIBC_* symbol version the bundle uses. packaging/test-deb.sh checks the
# result on a bare Debian 12 root (every library resolves there).
set -euo pipefail

bundle="$1" version="$2" out="$3"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
app_id="io.github.reconui.reconui"
root="$here/build/deb/root"
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" "$root/usr/share/metainfo" \
  "$root/usr/share/icons" "$root/usr/share/doc/reconui"

cp -a "$bundle" "$root/opt/reconui"
for program in reconui reconui-cli reconui-sim; do
  ln -s "/opt/reconui/$program" "$root/usr/bin/$program"
done
install -m 0644 "$here/resources/linux/$app_id.desktop" "$root/usr/share/applications/"
install -m 0644 "$here/resources/linux/$app_id.metainfo.xml" "$root/usr/share/metainfo/"
cp -r "$here/build/icons/hicolor" "$root/usr/share/icons/"
install -m 0644 "$here/packaging/debian/copyright" "$root/usr/share/doc/reconui/copyright"

desktop-file-validate "$root/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" >/dev/null

# --- Depends, measured ---------------------------------------------------------------------------
elf_files() { find "$root/opt/reconui" -type f -print0 | xargs -0 file -N | awk -F': ' '/ELF/ {print $1}'; }
mapfile -t elves < <(elf_files)
needed="$(for f in "${elves[@]}"; do readelf -d "$f" 2>/dev/null | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'; done | sort -u)"
carried="$(find "$root/opt/reconui" \( -type f -o -type l \) -printf '%f\n' | sort -u)"
missing="$(comm -23 <(echo "$needed") <(echo "$carried"))"
declare -A packages=()
for lib in $missing; do
  # Readers that stop early (awk exit, head) would SIGPIPE the writer and, under pipefail, fail
  # the build with exit 141 now and then: every reader here reads to the end.
  path="$(ldconfig -p | awk -v l="$lib" '$1 == l && /x86-64/ && !found {print $NF; found = 1}')"
  [ -n "$path" ] || { echo "make-deb: $lib is linked by the bundle but not installed on this machine" >&2; exit 1; }
  owner=""
  for candidate in "$path" "$(readlink -f "$path")" "/usr$path" "${path#/usr}"; do
    owner="$(dpkg-query -S "$candidate" 2>/dev/null | awk -F: 'NR == 1 {print $1}')" && [ -n "$owner" ] && break
  done
  [ -n "$owner" ] || { echo "make-deb: no Debian package owns $path ($lib)" >&2; exit 1; }
  packages["$owner"]=1
done
glibc="$(for f in "${elves[@]}"; do objdump -T "$f" 2>/dev/null | grep -o 'GLIBC_[0-9][0-9.]*'; done \
  | sed 's/GLIBC_//' | sort -uV | tail -1)"
depends=()
for pkg in $(printf '%s\n' "${!packages[@]}" | sort); do
  if [ "$pkg" = libc6 ]; then depends+=("libc6 (>= $glibc)"); else depends+=("$pkg"); fi
done
# Not an ELF link but needed all the same: the bundled libfontconfig reads /etc/fonts and needs a
# font (fontconfig-config pulls fonts-dejavu-core or another font); without it text renders as boxes.
depends+=("fontconfig-config")
depends_line="$(IFS=,; echo "${depends[*]}" | sed 's/,/, /g')"
echo "Depends (measured): $depends_line" >&2

installed_kib="$(du -s --apparent-size --block-size=1024 "$root" | cut -f1)"
cat > "$root/DEBIAN/control" <<EOF
Package: reconui
Version: $version
Architecture: amd64
Maintainer: reconui developers <reconui@users.noreply.github.com>
Installed-Size: $installed_kib
Depends: $depends_line
Recommends: ca-certificates, gnome-keyring | kwalletmanager | keepassxc
Section: admin
Priority: optional
Homepage: https://github.com/reconui/reconui
Description: run and watch the vCenter post-restore reconciliation job
 After a VMware vCenter Server Appliance is restored from a backup it is not
 healthy until its reconciliation job has run. reconui checks first, then
 attaches to a running job or starts one, rides out service restarts, never
 switches TLS verification off, keeps passwords out of files, and writes a
 report of every run.
 .
 This package holds the desktop app (reconui), the command line
 (reconui-cli) and an appliance simulator to rehearse with (reconui-sim),
 frozen with their own Python and Qt under /opt/reconui.
EOF
dpkg-deb --root-owner-group -Zxz "-z${RECONUI_XZ_LEVEL:-6}" --build "$root" "$out" >/dev/null
echo "wrote $out" >&2
if [ "${RECONUI_LINTIAN:-0}" = 1 ] && command -v lintian >/dev/null 2>&1; then
  # Informational (about a minute): lintian objects to /opt and to bundled libraries by design.
  lintian --no-tag-display-limit "$out" 2>&1 | awk '{print $1, $3}' | sort | uniq -c | sort -rn | head -8 >&2 || true
fi
