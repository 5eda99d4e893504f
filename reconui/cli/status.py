"""``reconui-cli status``: attach to the existing job and watch it, or say that there is none (never starts one)."""

from __future__ import annotations

import argparse

from reconui.cli.passwords import Passwords
from reconui.cli.terminal import Terminal
from reconui.cli.watch import watch
from reconui.core.runner import JobRunner, RunOutcome


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], parents: list[argparse.ArgumentParser],
             epilog: str) -> None:
    """Add the ``status`` sub-command (with the watching options in ``parents``)."""
    parser = sub.add_parser(
        "status", parents=parents, epilog=epilog, formatter_class=argparse.RawDescriptionHelpFormatter,
        help="watch the existing job, or say that there is none",
        description="Attach to the existing reconciliation job and watch it, or say that there is none.",
    )
    parser.set_defaults(execute=execute)


def execute(args: argparse.Namespace, term: Terminal) -> int:
    """Watch the existing job (if any) and return the exit code."""

    def drive(runner: JobRunner, passwords: Passwords) -> RunOutcome:
        return runner.watch_existing()

    return watch(args, term, drive, report_options={})
