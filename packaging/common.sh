# Shared by packaging/dev.sh and packaging/build.sh (sourced, not run): the Debian packages Qt
# loads, installing missing Debian packages, and the project's .venv. Expects the repository root as
# the current directory.

# Libraries Qt needs offscreen (tests) and for a real X11 window (the app): the packages Qt loads on Debian.
offscreen_pkgs=(libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 fonts-dejavu-core)
window_pkgs=(libxkbcommon-x11-0 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-randr0
  libxcb-xkb1 libxcb-glx0 libxcb-util1)

ensure_debian_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0   # not Debian-like: the user installs Qt's libraries
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "These Debian packages are missing and there is no sudo to install them: ${missing[*]}" >&2
      echo "Install them as root (apt-get install ${missing[*]}), then run this again." >&2
      exit 1
    fi
    sudo=(sudo)
  fi
  echo "Installing Debian packages: ${missing[*]}" >&2
  # env, not a prefix assignment: sudo resets the environment, so the variable must travel inside it.
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_venv() {
  local py="${PYTHON:-python3}"
  # Without python3-venv, "python3 -m venv" leaves a .venv without pip behind: check pip, not python,
  # and rebuild with --clear once the package is there.
  if ! .venv/bin/python -m pip --version >/dev/null 2>&1; then
    "$py" -m venv --clear .venv 2>/dev/null || {
      ensure_debian_packages python3-venv
      "$py" -m venv --clear .venv
    }
    rm -f .venv/.reconui-installed
  fi
  local stamp=.venv/.reconui-installed
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
    .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"
    touch "$stamp"
  fi
}

