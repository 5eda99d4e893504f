"""``reconui-cli health``: the health verdict alone, on any appliance (exit code 0 healthy, 6 not).

The same checks ``run`` does after a SUCCEEDED job: overall health, the seven subsystems and every
AUTOMATIC vCenter service, re-checked while services are still starting, for at most ``--settle``
minutes. Nothing is started and the reconciliation job is not looked at.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from reconui.cli.passwords import Passwords
from reconui.cli.terminal import Terminal

if TYPE_CHECKING:
    from reconui.core.runner import JobRunner, RunOutcome

DEFAULT_SETTLE_MINUTES = 10.0


def _minutes(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of minutes: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("the settle time cannot be negative")
    return value


def add_settle_option(parser: argparse.ArgumentParser) -> None:
    """``--settle MINUTES``: how long the health check waits for services that are still starting."""
    parser.add_argument("--settle", type=_minutes, default=DEFAULT_SETTLE_MINUTES, metavar="MINUTES",
                        help="how long to re-check the health while services are still starting "
                             f"(default {DEFAULT_SETTLE_MINUTES:g}; 0 = check once)")


NAME = "health"
HELP = "check the appliance's health and vCenter services (exit code 0 healthy, 6 not)"
DESCRIPTION = ("Check the appliance's overall health, its subsystems and the vCenter services that start "
               "automatically; nothing is started. Exit code 0 when healthy, 6 when not.")
#: Which shared options the command takes (see :mod:`reconui.cli.parser`).
OPTIONS = "watch"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """How long to let the services settle."""
    add_settle_option(parser)


def execute(args: argparse.Namespace, term: Terminal) -> int:
    """Give the health verdict and return the exit code."""
    from reconui.cli.watch import watch  # the engine (requests, TLS) loads when a command runs, not for --help

    def drive(runner: JobRunner, passwords: Passwords) -> RunOutcome:
        return runner.health_only()

    return watch(args, term, drive, report_options={"settle_minutes": args.settle})
