"""The argument parser: options shared by all commands, then one sub-parser per command module.

A command module (:mod:`~reconui.cli.run`, :mod:`~reconui.cli.status`, :mod:`~reconui.cli.cert`) has
``NAME``, ``HELP``, ``DESCRIPTION``, ``OPTIONS`` (``"connection"`` or ``"watch"``: which shared options
it takes), ``add_arguments(parser)`` and ``execute(args, term) -> int``. This module builds its
sub-parser and sets ``execute`` as the default, so dispatch is ``args.execute(args, term)``.
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path
from typing import NoReturn

from reconui import __version__
from reconui.cli import cert, health, run, status
from reconui.cli.exit_codes import EXIT_CODES_HELP
from reconui.cli.terminal import PROG
from reconui.core.address import AddressError, check_proxy_url, parse_address
from reconui.core.language_tag import LanguageTagError, check_language_tag
from reconui.core.models import FLAVOR_AUTO
from reconui.core.pins import normalize_sha256
from reconui.core.sanitize import clean_line

#: The longest outage window accepted: a week. Larger values (1e12, inf) would overflow the
#: deadline arithmetic and mean "forever" anyway, which is what the window exists to prevent.
MAX_TIMEOUT_MINUTES = 7 * 24 * 60


def _positive_minutes(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of minutes: {clean_line(text)[:40]!r}") from None
    if not (math.isfinite(value) and 0 < value <= MAX_TIMEOUT_MINUTES):
        raise argparse.ArgumentTypeError(
            f"the timeout must be more than 0 and at most {MAX_TIMEOUT_MINUTES} minutes (a week)")
    return value


def _server(text: str) -> str:
    """``--server``: checked by the one address parser; the error never repeats a password."""
    try:
        parse_address(text)
    except AddressError as exc:
        raise argparse.ArgumentTypeError(f"the server address {exc.shown} is not valid: {exc.reason}") from None
    return text


def _proxy(text: str) -> str:
    try:
        return check_proxy_url(text)
    except AddressError as exc:
        raise argparse.ArgumentTypeError(f"the proxy address {exc.shown} is not valid: {exc.reason}") from None


def _language(text: str) -> str:
    try:
        return check_language_tag(text)
    except LanguageTagError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _fingerprint(text: str) -> str:
    try:
        return normalize_sha256(text)
    except ValueError:
        raise argparse.ArgumentTypeError("--thumbprint must be a SHA-256 fingerprint (64 hex digits)") from None


class _Parser(argparse.ArgumentParser):
    """argparse, with a usage error first as a sentence in the CLI's shape, then the usage.

    Sub-parsers inherit the class (``add_subparsers`` uses the parent's). The values in the
    sentence come from the type functions above, which never repeat a password.
    """

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{PROG}: {clean_line(message)}\n{self.format_usage()}")


def _connection_options() -> _Parser:
    """What every command needs to reach the appliance."""
    common = _Parser(add_help=False)
    common.add_argument("--server", required=True, type=_server, metavar="HOST[:PORT]",
                        help="the appliance (port 443 by default; [::1]:443 for IPv6; a pasted https:// URL works)")
    proxy = common.add_mutually_exclusive_group()
    proxy.add_argument("--proxy", type=_proxy, metavar="URL",
                       help="use this HTTP proxy, http://host:port (default: the environment's settings)")
    proxy.add_argument("--no-proxy", action="store_true", help="connect directly, ignoring proxy settings")
    common.add_argument("--ca-file", metavar="PEM", help="also trust the CA certificates in this PEM file")
    common.add_argument("--verbose", "-v", action="store_true", help="also log to stderr")
    return common


def _watch_options(common: _Parser) -> _Parser:
    """What the commands that log in and watch the job (``run``, ``status``) add."""
    watch = _Parser(add_help=False, parents=[common])
    watch.add_argument("--user", required=True, help="appliance user, e.g. administrator@vsphere.local")
    watch.add_argument("--api", choices=("auto", "api", "rest"), default=FLAVOR_AUTO,
                       help="API flavour: /api (7.0U2+), /rest (6.5+), or detect (default)")
    watch.add_argument("--thumbprint", type=_fingerprint, metavar="SHA256",
                       help="trust the certificate with this SHA-256 fingerprint for this run")
    watch.add_argument("--lang", type=_language, metavar="LANG", help="language for appliance messages, e.g. de-DE")
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
    parser = _Parser(
        prog=PROG,
        description="Run and watch the vCenter Server Appliance post-restore reconciliation job.",
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    common = _connection_options()
    watching = _watch_options(common)
    shared = {"connection": common, "watch": watching}
    commands = (run, status, health, cert)
    sub = parser.add_subparsers(dest="command", required=True,
                                metavar="{" + ",".join(c.NAME for c in commands) + "}")
    for command in commands:
        command_parser = sub.add_parser(
            command.NAME, parents=[shared[command.OPTIONS]], epilog=EXIT_CODES_HELP,
            formatter_class=argparse.RawDescriptionHelpFormatter, help=command.HELP,
            description=command.DESCRIPTION,
        )
        command.add_arguments(command_parser)
        command_parser.set_defaults(execute=command.execute)
    return parser
