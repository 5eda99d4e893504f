#!/usr/bin/env bash
# Does `bash packaging/build.sh` really work on a fresh machine? Build in a bare Debian 12 root that
# has nothing but python3 and python3-venv (Debian's own Python), from a clone of this repository's
# HEAD, so every Debian package, the venv and PyInstaller must come from build.sh itself.
#
#   sudo bash packaging/test-fresh-build.sh [--keep]
#
# Needs root and the Debian mirror and PyPI. A machine that intercepts TLS with its own CA passes it
# in through PIP_CERT (the file is copied into the root). /proc, /dev, /dev/pts are always unmounted.
# --keep leaves the root (and its dist/) in place. About 2.5-4 minutes here.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ "$(id -u)" -eq 0 ] || { echo "test-fresh-build.sh needs root (debootstrap, chroot, mount)" >&2; exit 2; }
keep=0; [ "${1:-}" = "--keep" ] && keep=1
command -v debootstrap >/dev/null 2>&1 || {
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends debootstrap >/dev/null
}
root="$(mktemp -d /tmp/reconui-fresh.XXXXXX)"
cleanup() {
  for mnt in "$root/dev/pts" "$root/dev" "$root/proc"; do
    if mountpoint -q "$mnt" 2>/dev/null; then umount -l "$mnt" || true; fi
  done
  if [ "$keep" -eq 0 ] && ! grep -q " $root/" /proc/mounts; then rm -rf --one-file-system "$root"; fi
}
trap cleanup EXIT
started=$SECONDS

debootstrap --variant=minbase bookworm "$root" "${DEBIAN_MIRROR:-http://deb.debian.org/debian}" >/dev/null
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"
chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3 python3-venv >/dev/null
pip_env=()
if [ -n "${PIP_CERT:-}" ] && [ -f "$PIP_CERT" ]; then
  cp "$PIP_CERT" "$root/etc/pip-ca.crt"
  pip_env=(PIP_CERT=/etc/pip-ca.crt)
fi
git clone -q "$here" "$root/src"
echo "fresh root ready in $((SECONDS - started)) s (python3 $(chroot "$root" python3 -V | cut -d' ' -f2))" >&2

chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "${pip_env[@]}" \
  bash -c 'cd /src && bash packaging/build.sh --fast'
for artefact in "$root"/src/dist/reconui_*_amd64.deb "$root"/src/dist/reconui-*-linux-x86_64.tar.xz "$root/src/dist/reconui/reconui"; do
  [ -e "$artefact" ] || { echo "missing after the build: $artefact" >&2; exit 1; }
done
echo "build.sh on a fresh Debian 12: OK in $((SECONDS - started)) s" >&2
