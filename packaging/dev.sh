#!/usr/bin/env bash
# One entry point for a fresh Debian/Ubuntu machine: installs what reconui needs, then runs it.
#
#   bash packaging/dev.sh run [reconui options]   # the desktop app; with no options: the built-in simulator (demo)
#   bash packaging/dev.sh test [pytest options]   # ruff, mypy, the resources check, then the whole test suite,
#                                                 # offscreen; without options also packaging/build.sh
#                                                 # (frozen bundle + smoke test)
#   bash packaging/dev.sh resources               # regenerate reconui/ui/resources_rc.py from resources/
#   bash packaging/dev.sh i18n                    # refresh resources/i18n/*.ts from the source, compile reconui/i18n/*.qm
#   bash packaging/dev.sh cli  [reconui-cli args] # the headless command line
#   bash packaging/dev.sh sim  [reconui-sim args] # the appliance simulator alone
#   bash packaging/dev.sh bench [--quick ...]     # benchmarks beside their floors -> docs/PERFORMANCE.md
#
# It installs the Debian libraries Qt loads (only those missing; with sudo when not root), creates
# .venv next to pyproject.toml and installs reconui into it (again only when pyproject.toml changed).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
action="${1:-run}"
[ $# -gt 0 ] && shift

# shellcheck source=packaging/common.sh
source "$here/packaging/common.sh"

# resources_rc.py is committed (the app imports it, and an editable install then needs no build step);
# a fixed timestamp makes pyside6-rcc's output depend on resources/ only, so the test run can diff it.
build_resources() {
  QT_RCC_SOURCE_DATE_OVERRIDE=1 .venv/bin/pyside6-rcc resources/reconui.qrc -o "$1"
}

check_resources() {
  local fresh
  fresh="$(mktemp)"
  build_resources "$fresh"
  if ! cmp -s "$fresh" reconui/ui/resources_rc.py; then
    rm -f "$fresh"
    echo "reconui/ui/resources_rc.py does not match resources/: run 'bash packaging/dev.sh resources' and commit it." >&2
    exit 1
  fi
  rm -f "$fresh"
}

case "$action" in
  run)
    ensure_debian_packages "${offscreen_pkgs[@]}" "${window_pkgs[@]}"
    ensure_venv
    if [ $# -eq 0 ]; then set -- --demo; fi
    exec .venv/bin/python -m reconui "$@"
    ;;
  test)
    ensure_debian_packages "${offscreen_pkgs[@]}"
    ensure_venv
    export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
    .venv/bin/ruff check reconui tests packaging
    .venv/bin/mypy
    check_resources
    status=0 build_status=0 i18n_status=0
    # The .ts files are up to date, complete and keep their placeholders; the .qm files match them
    # (packaging/i18n_files.py). A failure fails the run, after pytest has still run.
    .venv/bin/python packaging/i18n_files.py check || i18n_status=$?
    # Without pytest options (the README's command, and .ci/run): also freeze the bundle, smoke-test the
    # frozen programs and package them (packaging/build.sh, about 2 minutes), before pytest so that
    # pytest's summary stays the last line. With options (a focused run) or RECONUI_SKIP_FROZEN=1: pytest only.
    if [ $# -eq 0 ] && [ "${RECONUI_SKIP_FROZEN:-0}" != 1 ]; then
      bash packaging/build.sh --fast || { build_status=$?; echo "packaging/build.sh failed (exit code $build_status)" >&2; }
    fi
    .venv/bin/python -m pytest "$@" || status=$?
    if [ "$status" -eq 5 ]; then
      echo "pytest collected no tests for these options (exit code 5); nothing failed." >&2
      status=0
    fi
    [ "$status" -eq 0 ] && status=$build_status
    if [ "$i18n_status" -ne 0 ]; then
      echo "The translation check failed (the problems are listed before the tests): fix the strings or the" \
        "translations, run 'bash packaging/dev.sh i18n' and commit resources/i18n and reconui/i18n." >&2
      [ "$status" -eq 0 ] && status=$i18n_status
    fi
    exit "$status"
    ;;
  resources)
    ensure_venv
    build_resources reconui/ui/resources_rc.py
    ;;
  i18n)
    ensure_venv
    .venv/bin/python packaging/i18n_files.py update "$@"
    ;;
  cli)
    ensure_venv
    exec .venv/bin/reconui-cli "$@"
    ;;
  sim)
    ensure_venv
    exec .venv/bin/reconui-sim "$@"
    ;;
  bench)
    # valgrind (only for --instructions): the start-up's instruction counts (callgrind), the figures the
    # machine's load does not move; the default command skips its install to stay within 10 minutes.
    bench_pkgs=("${offscreen_pkgs[@]}")
    case " $* " in *" --instructions "*) bench_pkgs+=(valgrind) ;; esac
    ensure_debian_packages "${bench_pkgs[@]}"
    ensure_venv
    # Bytecode as an installed app has it (pip compiles at install); pyinstrument for the profiles.
    unset PYTHONDONTWRITEBYTECODE
    .venv/bin/python -m compileall -q reconui bench >/dev/null
    .venv/bin/python -m pip install -q --disable-pip-version-check "pyinstrument>=4.6" 2>/dev/null || true
    exec .venv/bin/python -m bench "$@"
    ;;
  *)
    echo "usage: bash packaging/dev.sh run|test|resources|i18n|cli|sim|bench [options]" >&2
    exit 2
    ;;
esac
