"""``reconui`` / ``python -m reconui``: parse the command line and hand over to :mod:`reconui.app`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from reconui import __version__
from reconui.core.languages import LANGUAGE_CODES, parse_language

#: Exit code of a command line that cannot be used (argparse's own, documented in the README).
USAGE_ERROR = 2


def _language(text: str) -> str:
    """``--language``: one of the nine codes (argparse prints the sentence and exits with 2)."""
    try:
        return parse_language(text)
    except ValueError as why:
        raise argparse.ArgumentTypeError(str(why)) from None

#: The simulator's scenario names, spelled out so that parsing the command line does not import the
#: simulator (its server and certificate code cost start-up time on every launch, demo or not).
#: ``tests/test_startup_imports.py`` checks that this equals ``reconui.simulator.scenarios.SCENARIOS``.
SCENARIO_NAMES = ("bad_sso", "degraded", "expire", "fail", "flaky", "in_use", "not_allowed", "ok", "partner_down",
                  "restart", "restore_running", "running", "slow_services", "warnings")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reconui",
        description="Run and watch the vCenter Server Appliance post-restore reconciliation job.",
    )
    parser.add_argument("--demo", action="store_true",
                        help="start the built-in appliance simulator on 127.0.0.1 and point the app at it")
    parser.add_argument("--scenario", default="ok", choices=SCENARIO_NAMES,
                        help="the simulator scenario for --demo (default: ok)")
    parser.add_argument("--demo-duration", type=float, default=45.0, metavar="SECONDS",
                        help="how long the simulated job runs (default: 45)")
    parser.add_argument("--self-check", action="store_true",
                        help="print versions, Qt platform plugin, keyring, TLS trust store, translations and "
                             "paths, then exit (0 = everything required is there, 1 = something is missing)")
    parser.add_argument("--json", action="store_true", help="with --self-check: print one JSON object")
    parser.add_argument("--quit-after", type=float, metavar="SECONDS", default=None,
                        help="close the window by itself this many seconds after it is shown "
                             "(smoke tests of installed builds)")
    # The child process --self-check starts to probe the Qt platform plugin (a missing library
    # makes Qt abort the process, so the probe must not be the self-check's own process).
    # It writes its findings to the file given (a windowed Windows program may have no stdout).
    parser.add_argument("--self-check-gui-probe", metavar="FILE", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--portable", action="store_true",
                        help="keep settings, pins, logs and reports in 'reconui-data' next to the program "
                             "(same as setting RECONUI_HOME)")
    parser.add_argument("--language", type=_language, metavar="CODE", default=None,
                        help="the window's language for this run, one of " + ", ".join(LANGUAGE_CODES)
                             + " (default: View → Language, else the system's language); "
                               f"an unknown code exits with {USAGE_ERROR}")
    parser.add_argument("--version", action="version", version=f"reconui {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    from reconui import app

    return app.main(args)


if __name__ == "__main__":
    sys.exit(main())
