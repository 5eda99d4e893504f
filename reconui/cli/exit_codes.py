"""reconui-cli's exit codes: the contract scripts rely on, and the one mapping from outcomes to it.

The numbers are documented in ``--help`` (:data:`EXIT_CODES_HELP`) and in the README; changing one
breaks every script that branches on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reconui.core.errors import (
    ApplianceError,
    FeatureInUse,
    GaveUpWaiting,
    InvalidArgument,
    InvalidTarget,
    NotAllowedInCurrentState,
    ProtocolError,
    ReconError,
    Unauthorized,
)

if TYPE_CHECKING:  # the runner (and with it requests) is not needed for --help or a usage error
    from reconui.core.health import HealthVerdict
    from reconui.core.runner import RunOutcome

EXIT_SUCCEEDED = 0
EXIT_JOB_FAILED = 1
EXIT_USAGE = 2
EXIT_CONNECT = 3
EXIT_REFUSED = 4
EXIT_GAVE_UP = 5
EXIT_NOT_HEALTHY = 6
EXIT_UNREADABLE = 7
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143

EXIT_CODES_HELP = """\
exit codes:
  0    the job SUCCEEDED and the appliance is healthy (status: also when there is no reconciliation
       job; health: the appliance is healthy)
  1    the job FAILED
  2    usage (bad arguments, no password available, or a finished job and no --start-new)
  3    could not connect / TLS / authentication (includes an untrusted or changed certificate)
  4    refused by the appliance (not allowed, in use, invalid argument, unauthorized)
  5    gave up waiting for the appliance
  6    the job SUCCEEDED but the appliance is not healthy: a service or subsystem needs attention, or
       the health could not be checked (health: the same verdict without a job)
  7    the appliance's answers kept having an unexpected form (not the reconciliation API's)
  130  interrupted (Ctrl-C = stop monitoring; the job goes on, the report is still written)
  143  terminated (SIGTERM, e.g. from timeout or systemd: like Ctrl-C, the report is written)

passwords: RECONUI_PASSWORD and RECONUI_SSO_PASSWORD, else the keyring (saved by an earlier
--save-password run), else a prompt on a terminal. They are never accepted as arguments.
"""


class Abort(Exception):
    """Ends a command early with an exit code and a sentence for stderr.

    Not a :class:`~reconui.core.errors.ReconError`: it carries problems of the command line itself
    (no password available, a CA file that does not exist), which have no place in the core's tree.
    """

    def __init__(self, code: int, sentence: str) -> None:
        super().__init__(sentence)
        self.code = code
        self.sentence = sentence


def exit_code_for_error(error: ReconError) -> int:
    """3 connect/TLS/auth, 4 refused, 5 gave up, 7 unreadable answers, 2 a bad address."""
    if isinstance(error, GaveUpWaiting):
        return EXIT_GAVE_UP
    if isinstance(error, ProtocolError):
        return EXIT_UNREADABLE
    if isinstance(error, InvalidTarget):
        return EXIT_USAGE
    if isinstance(error, Unauthorized | FeatureInUse | NotAllowedInCurrentState | InvalidArgument):
        return EXIT_REFUSED
    if isinstance(error, ApplianceError) and error.code in ("error", "not_found"):
        return EXIT_REFUSED
    return EXIT_CONNECT


def exit_code_for_health(verdict: HealthVerdict | None) -> int:
    """0 healthy (or nothing to check on an old appliance), 6 not healthy, 130 stopped while settling."""
    if verdict is None or not verdict.blocking:
        return EXIT_SUCCEEDED
    if verdict.params.get("reason_code") == "verdict_stopped":
        return EXIT_INTERRUPTED
    return EXIT_NOT_HEALTHY


#: Every exit code a watching command can return (the property tests check against this set).
DOCUMENTED_EXIT_CODES = frozenset({EXIT_SUCCEEDED, EXIT_JOB_FAILED, EXIT_USAGE, EXIT_CONNECT, EXIT_REFUSED,
                                   EXIT_GAVE_UP, EXIT_NOT_HEALTHY, EXIT_UNREADABLE, EXIT_INTERRUPTED,
                                   EXIT_TERMINATED})


def exit_code_for(outcome: RunOutcome) -> int:
    """The exit code of a run's outcome."""
    from reconui.core.runner import OutcomeKind

    if outcome.kind is OutcomeKind.SUCCEEDED or outcome.kind is OutcomeKind.CHECKED:
        return exit_code_for_health(outcome.health)
    if outcome.kind is OutcomeKind.NO_JOB:
        return EXIT_SUCCEEDED
    if outcome.kind is OutcomeKind.FAILED:
        return EXIT_JOB_FAILED
    if outcome.kind is OutcomeKind.STOPPED:
        return EXIT_INTERRUPTED
    if outcome.kind is OutcomeKind.PREVIOUS_FINISHED:
        return EXIT_USAGE
    assert outcome.error is not None
    return exit_code_for_error(outcome.error)
