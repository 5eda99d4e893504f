"""``reconui-cli status``: attach to the existing job and watch it, or say that there is none (never starts one)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from reconui.cli.passwords import Passwords
from reconui.cli.terminal import Terminal

if TYPE_CHECKING:
    from reconui.core.runner import JobRunner, RunOutcome

NAME = "status"
HELP = "watch the existing job, or say that there is none"
DESCRIPTION = "Attach to the existing reconciliation job and watch it, or say that there is none."
#: Which shared options the command takes (see :mod:`reconui.cli.parser`).
OPTIONS = "watch"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``status`` has only the shared watching options."""


def execute(args: argparse.Namespace, term: Terminal) -> int:
    """Watch the existing job (if any) and return the exit code."""
    from reconui.cli.watch import watch  # the engine (requests, TLS) loads when a command runs, not for --help


    def drive(runner: JobRunner, passwords: Passwords) -> RunOutcome:
        return runner.watch_existing()

    return watch(args, term, drive, report_options={})
