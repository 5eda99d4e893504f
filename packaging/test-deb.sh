#!/usr/bin/env bash
# Clean-machine install check of the Debian package: a bare Debian 12 root, the .deb installed the
# way a field engineer installs it, the frozen programs run there, then purged.
#
#   bash packaging/test-deb.sh [dist/reconui_<version>_amd64.deb]
#
# Needs root (chroot, mounts) and the Debian mirror. Steps: debootstrap --variant=minbase bookworm;
# apt-get install ./reconui_*.deb (pulls exactly the package's Depends and Recommends); every ELF
# file under /opt/reconui must resolve all its libraries (ldd, nothing "not found"); the frozen
# smoke test (packaging/smoke.py with the root's own python3, installed only for the test and removed
# before the purge check): reconui --self-check, reconui-cli against reconui-sim, reconui --demo
# offscreen; then apt-get purge reconui, and nothing may be left under /opt/reconui or /usr/bin.
# /proc, /dev/pts and /dev are always unmounted (trap), also when a step fails.
# Takes 75-110 s here (debootstrap 20-35 s, apt 25-40 s, ldd 20 s, smoke test 10 s).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
deb="${1:-$(ls -1t "$here"/dist/reconui_*_amd64.deb 2>/dev/null | head -1)}"
[ -n "$deb" ] && [ -f "$deb" ] || { echo "no .deb: run bash packaging/build.sh first" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "test-deb.sh needs root (debootstrap, chroot, mount)" >&2; exit 2; }
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"

if ! command -v debootstrap >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends debootstrap >/dev/null
fi

started=$SECONDS
step() { printf '\n== %s (%ss)\n' "$*" "$((SECONDS - started))" >&2; }
root="$(mktemp -d /tmp/reconui-debroot.XXXXXX)"

cleanup() {
  for mnt in "$root/dev/pts" "$root/dev" "$root/proc"; do
    if mountpoint -q "$mnt" 2>/dev/null; then umount -l "$mnt" || true; fi
  done
  # Only delete once nothing is mounted any more (never follow a bind mount into the host's /dev).
  if ! grep -q " $root/" /proc/mounts; then rm -rf --one-file-system "$root"; fi
}
trap cleanup EXIT

in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
  DEBIAN_FRONTEND=noninteractive "$@"; }

step "debootstrap --variant=minbase bookworm"
debootstrap --variant=minbase bookworm "$root" "$mirror" >/dev/null
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"

step "apt-get install ./$(basename "$deb")"
cp "$deb" "$root/tmp/"
in_root apt-get update -qq
in_root apt-get install -y -qq "/tmp/$(basename "$deb")" >/dev/null
in_root dpkg -s reconui | sed -n 's/^\(Version\|Depends\|Recommends\): /  \1: /p' >&2
echo "  installed with it: $(in_root dpkg-query -W -f='${binary:Package} ' | wc -w) packages in the root" >&2

step "every library of the bundle resolves"
# The bootloader puts _internal on LD_LIBRARY_PATH; ldd is given the same search path.
unresolved="$(in_root sh -c 'find /opt/reconui -type f \( -name "*.so*" -o -perm -u+x \) | while read -r f; do
    LD_LIBRARY_PATH=/opt/reconui/_internal ldd "$f" 2>/dev/null | sed -n "s|^\s*\(.*\) => not found|$f: \1|p"; done')"
if [ -n "$unresolved" ]; then echo "not found on a bare Debian 12:" >&2; echo "$unresolved" >&2; exit 1; fi
echo "  ok" >&2

step "smoke test of the installed programs (/usr/bin/reconui*)"
in_root apt-get install -y -qq --no-install-recommends python3 >/dev/null
cp "$here/packaging/smoke.py" "$root/tmp/smoke.py"
in_root python3 /tmp/smoke.py /usr/bin
in_root /usr/bin/reconui --self-check | sed 's/^/  | /' >&2 || true
in_root apt-get purge -y -qq python3 >/dev/null
in_root apt-get autoremove -y -qq --purge >/dev/null

step "apt-get purge reconui"
in_root apt-get purge -y -qq reconui >/dev/null
left="$(in_root sh -c 'ls -A /opt/reconui 2>/dev/null; ls /usr/bin/reconui* /usr/share/applications/io.github.reconui.* 2>/dev/null' || true)"
if [ -n "$left" ] || [ -e "$root/opt/reconui" ]; then echo "left behind after purge: $left" >&2; exit 1; fi
echo "  nothing left under /opt/reconui" >&2

step "done: the .deb installs, runs and purges on a bare Debian 12 root"
