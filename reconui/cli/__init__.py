"""reconui-cli: run and watch the VCSA reconciliation job from a terminal or a script.

Qt-free, argparse, and safe by default: passwords come from the environment, the keyring or a
prompt (never a flag, so never the shell history or ``ps``), the certificate is settled before any
credential is sent, and every run writes a report whose path is printed. Scripts get stable exit
codes and ``--json`` (one object per line per event).

The package, in the order a run goes through it::

    entry.main           parse, set up logging, args.execute(args, term)
    parser.build_parser  shared options; each command module adds its own sub-parser
    run / status         what to ask the runner  ─┐
                                                   └─ watch.watch: trust, passwords, runner, report
    cert                 show / pin the certificate (no credentials)
    target               arguments -> Target (HOST[:PORT], proxy, CA file)
    trust                the certificate before any credential: chain, pin, --thumbprint, prompt
    passwords            environment, then keyring, then a prompt; never an argument
    output               human lines or JSON lines
    exit_codes           the numbers scripts rely on, and outcome/error -> number
    terminal             the streams and prompts (tests substitute them)

A new command is a module with ``NAME``, ``HELP``, ``DESCRIPTION``, ``OPTIONS``, ``add_arguments(parser)``
and ``execute(args, term) -> int``, listed in :func:`reconui.cli.parser.build_parser`.
"""

from __future__ import annotations

from reconui.cli.entry import main
from reconui.cli.exit_codes import (
    DOCUMENTED_EXIT_CODES,
    EXIT_CODES_HELP,
    EXIT_CONNECT,
    EXIT_GAVE_UP,
    EXIT_INTERRUPTED,
    EXIT_JOB_FAILED,
    EXIT_REFUSED,
    EXIT_SUCCEEDED,
    EXIT_TERMINATED,
    EXIT_UNREADABLE,
    EXIT_USAGE,
    exit_code_for,
    exit_code_for_error,
)
from reconui.cli.parser import build_parser
from reconui.cli.passwords import PASSWORD_ENV, SSO_PASSWORD_ENV
from reconui.cli.target import build_target, parse_server
from reconui.cli.terminal import PROG, Terminal

__all__ = [
    "DOCUMENTED_EXIT_CODES",
    "EXIT_CODES_HELP",
    "EXIT_CONNECT",
    "EXIT_GAVE_UP",
    "EXIT_INTERRUPTED",
    "EXIT_JOB_FAILED",
    "EXIT_REFUSED",
    "EXIT_SUCCEEDED",
    "EXIT_TERMINATED",
    "EXIT_UNREADABLE",
    "EXIT_USAGE",
    "PASSWORD_ENV",
    "PROG",
    "SSO_PASSWORD_ENV",
    "Terminal",
    "build_parser",
    "build_target",
    "exit_code_for",
    "exit_code_for_error",
    "main",
    "parse_server",
]
