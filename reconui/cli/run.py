"""``reconui-cli run``: check the appliance, attach to the running job or start one, watch it to the end,
then give the health verdict (exit code 6 when the job SUCCEEDED but the appliance is not healthy)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from reconui.cli.health import add_settle_option
from reconui.cli.passwords import Passwords
from reconui.cli.terminal import Terminal
from reconui.core.models import JobSpec

if TYPE_CHECKING:
    from reconui.core.runner import JobRunner, RunOutcome

NAME = "run"
HELP = "check the appliance, attach to the running job or start one, and watch it to the end"
DESCRIPTION = "Check the appliance, attach to the running job or start one, and watch it to the end."
#: Which shared options the command takes (see :mod:`reconui.cli.parser`).
OPTIONS = "watch"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options only ``run`` has."""
    parser.add_argument("--sso-user", required=True,
                        help="SSO administrator for the job, e.g. administrator@vsphere.local")
    parser.add_argument("--ignore-warnings", action="store_true",
                        help="let the job go on despite validation warnings (in linked mode, changes made after "
                             "the backup can be lost)")
    parser.add_argument("--start-new", action="store_true",
                        help="start a new job even though a previous one has finished")
    parser.add_argument("--wait-for-restore", action="store_true",
                        help="if the restore job is still running, watch it and start once it has SUCCEEDED "
                             "(without this option a running restore is a refusal, exit code 4)")
    add_settle_option(parser)


def execute(args: argparse.Namespace, term: Terminal) -> int:
    """Run (or attach to) the job and return the exit code."""
    from reconui.cli.watch import watch  # the engine (requests, TLS) loads when a command runs, not for --help


    def drive(runner: JobRunner, passwords: Passwords) -> RunOutcome:
        spec = JobSpec(args.sso_user, passwords.sso_password or "", ignore_warnings=args.ignore_warnings)
        return runner.run(spec, start_new_after_finished=args.start_new, wait_for_restore=args.wait_for_restore,
                          check_health=True)

    extra: dict[str, object] = {
        "sso_user": args.sso_user, "ignore_warnings": args.ignore_warnings, "start_new": args.start_new,
        "wait_for_restore": args.wait_for_restore, "settle_minutes": args.settle,
    }
    return watch(args, term, drive, report_options=extra)
