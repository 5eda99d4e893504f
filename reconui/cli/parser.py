"""The argument parser: options shared by all commands, then one sub-parser per command module.

Each command module (:mod:`~reconui.cli.run`, :mod:`~reconui.cli.status`, :mod:`~reconui.cli.cert`)
adds its own sub-parser and sets ``execute``, so dispatch is ``args.execute(args, term)``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from reconui import __version__
from reconui.cli import cert, run, status
from reconui.cli.exit_codes import EXIT_CODES_HELP
from reconui.cli.terminal import PROG
from reconui.core.models import FLAVOR_AUTO
from reconui.core.pins import normalize_sha256


def _positive_minutes(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of minutes: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError("the timeout must be more than 0 minutes")
    return value


def _fingerprint(text: str) -> str:
    try:
        return normalize_sha256(text)
    except ValueError:
        raise argparse.ArgumentTypeError("--thumbprint must be a SHA-256 fingerprint (64 hex digits)") from None


def _connection_options() -> argparse.ArgumentParser:
    """What every command needs to reach the appliance."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--server", required=True, metavar="HOST[:PORT]", help="the appliance (port 443 by default)")
    proxy = common.add_mutually_exclusive_group()
    proxy.add_argument("--proxy", metavar="URL", help="use this HTTP proxy (default: the environment's settings)")
    proxy.add_argument("--no-proxy", action="store_true", help="connect directly, ignoring proxy settings")
    common.add_argument("--ca-file", metavar="PEM", help="also trust the CA certificates in this PEM file")
    common.add_argument("--verbose", "-v", action="store_true", help="also log to stderr")
    return common


def _watch_options(common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """What the commands that log in and watch the job (``run``, ``status``) add."""
    watch = argparse.ArgumentParser(add_help=False, parents=[common])
    watch.add_argument("--user", required=True, help="appliance user, e.g. administrator@vsphere.local")
    watch.add_argument("--api", choices=("auto", "api", "rest"), default=FLAVOR_AUTO,
                       help="API flavour: /api (7.0U2+), /rest (6.5+), or detect (default)")
    watch.add_argument("--thumbprint", type=_fingerprint, metavar="SHA256",
                       help="trust the certificate with this SHA-256 fingerprint for this run")
    watch.add_argument("--lang", metavar="LANG", help="language for appliance messages, e.g. de-DE")
    watch.add_argument("--json", action="store_true", help="print one JSON object per line per event")
    watch.add_argument("--report", type=Path, metavar="PATH",
                       help="report directory, or a .json/.html file name (default: the reports folder)")
    watch.add_argument("--timeout", type=_positive_minutes, default=30.0, metavar="MINUTES",
                       help="how long to wait for the appliance's services during restarts (default 30)")
    watch.add_argument("--save-password", action="store_true",
                       help="remember the passwords in the system keyring after a successful login")
    return watch


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used to render the documentation)."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Run and watch the vCenter Server Appliance post-restore reconciliation job.",
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    common = _connection_options()
    watching = _watch_options(common)
    sub = parser.add_subparsers(dest="command", required=True, metavar="{run,status,cert}")
    run.register(sub, [watching], EXIT_CODES_HELP)
    status.register(sub, [watching], EXIT_CODES_HELP)
    cert.register(sub, [common], EXIT_CODES_HELP)
    return parser
