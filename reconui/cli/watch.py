"""The pipeline shared by ``run`` and ``status``: settle trust, gather passwords, let the runner
drive the job, show its events, write the report, and turn the outcome into an exit code.

The two commands differ only in what they ask the runner to do (:data:`Drive`) and in the options
they add to the report.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import logging
import signal
import threading
import time
from collections.abc import Callable, Iterator

from reconui.cli.exit_codes import (
    EXIT_CONNECT,
    EXIT_INTERRUPTED,
    EXIT_TERMINATED,
    Abort,
    exit_code_for,
    exit_code_for_error,
)
from reconui.cli.output import HumanOutput, JsonOutput, Output
from reconui.cli.passwords import Passwords, gather_passwords, save_passwords
from reconui.cli.target import display_proxy, target_or_exit_code
from reconui.cli.terminal import PROG, Terminal
from reconui.cli.trust import explain_trust_error, settle_trust
from reconui.core.client import ApplianceClient
from reconui.core.deadline import abort_all
from reconui.core.errors import ReconError
from reconui.core.events import Connected, Event, RunFailed, utc_now
from reconui.core.models import Target
from reconui.core.next_steps import next_step_for_error
from reconui.core.render import MessageRenderer
from reconui.core.report import ReportFiles, RunReport
from reconui.core.runner import JobRunner, OutcomeKind, RunOptions, RunOutcome
from reconui.core.summary import summarize

logger = logging.getLogger(__name__)

#: Tests shrink the pacing (never below what a real appliance tolerates in production use).
DEFAULT_RUN_OPTIONS = RunOptions()

_INTERRUPTED_TEXT = "Interrupted. If a job was running, it goes on on the appliance."

#: What a command asks of the runner once trust and passwords are settled.
Drive = Callable[[JobRunner, Passwords], RunOutcome]


@dataclasses.dataclass
class _Stop:
    """Which signal stopped the run, if any (SIGTERM -> exit 143 instead of 130)."""

    signum: int | None = None


@contextlib.contextmanager
def _interrupts_cancel(cancel: threading.Event) -> Iterator[_Stop]:
    """SIGINT (Ctrl-C) and SIGTERM: stop monitoring at once, the report is still written.

    The call in flight is cut (:func:`reconui.core.deadline.abort_all`) rather than waited for.
    A second signal interrupts hard (still with a report). ``timeout``, systemd and CI runners send
    SIGTERM, so it is handled exactly like Ctrl-C, only the exit code differs.
    """
    stop = _Stop()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return

    def handler(signum: int, frame: object) -> None:
        first = stop.signum is None
        if first or signum == signal.SIGTERM:
            stop.signum = signum
        if cancel.is_set() and not first:
            raise KeyboardInterrupt
        cancel.set()
        abort_all()

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def _report_options(args: argparse.Namespace, target: Target, extra: dict[str, object]) -> dict[str, object]:
    options: dict[str, object] = {
        "command": args.command,
        "server": target.address,
        "user": args.user,
        "api": target.flavor,
        "language": target.language,
        "proxy_mode": target.proxy.mode.value,
        "proxy": display_proxy(target.proxy.url),
        "ca_file": target.ca_file,
        "thumbprint": args.thumbprint,
        "timeout_minutes": args.timeout,
        "json": args.json,
        "save_to_keyring": args.save_password,
    }
    options.update(extra)
    return options


def run_options_for(args: argparse.Namespace) -> RunOptions:
    """The runner's pacing: the defaults with ``--timeout`` as the outage window (and ``--settle``, where the
    command has it, as the health check's settle time)."""
    options = dataclasses.replace(DEFAULT_RUN_OPTIONS, outage_window=args.timeout * 60.0)
    settle = getattr(args, "settle", None)
    return options if settle is None else dataclasses.replace(options, health_settle=settle * 60.0)


def watch(args: argparse.Namespace, term: Terminal, drive: Drive, *, report_options: dict[str, object]) -> int:
    """Run one watching command to its end and return its exit code; a report is always attempted.

    SIGINT and SIGTERM are handled from the first step to the last line (the report included), so
    a stop never loses the report.
    """
    cancel = threading.Event()
    with _interrupts_cancel(cancel) as stop:
        return _watch(args, term, drive, report_options, cancel, stop)


def _watch(args: argparse.Namespace, term: Terminal, drive: Drive, report_options: dict[str, object],
           cancel: threading.Event, stop: _Stop) -> int:
    target = target_or_exit_code(args, term)
    if isinstance(target, int):
        return target

    renderer = MessageRenderer(language=args.lang or "en")
    report = RunReport(target=target, options=_report_options(args, target, report_options), renderer=renderer,
                       command=args.command)
    output: Output = (JsonOutput(term, renderer) if args.json
                      else HumanOutput(term, renderer, session_trust=bool(args.thumbprint)))
    started = time.monotonic()
    outcome: RunOutcome | None = None
    error: ReconError | None = None
    code = EXIT_CONNECT
    kind = "error"
    message = ""

    def on_event(event: Event) -> None:
        report.record(event)
        output.event(event)

    logger.info("%s %s: %s as %s", PROG, args.command, target.address, args.user)
    try:
        decision = settle_trust(target, args.thumbprint, term)
        report.set_trust(decision)
        passwords = gather_passwords(args, target.host.lower(), term)
        client = ApplianceClient(target, decision)
        try:
            runner = JobRunner(
                client, passwords.user, on_event=on_event, options=run_options_for(args), cancel=cancel,
                target=target, trust=decision,
            )
            outcome = drive(runner, passwords)
        finally:
            client.close()
        code = exit_code_for(outcome)
        kind = outcome.kind.value
        message = outcome.message
        error = outcome.error
        if args.save_password and any(isinstance(e, Connected) for e in outcome.events):
            save_passwords(args, target.host.lower(), passwords, term)
    except ReconError as exc:  # trust settles before the runner exists
        error = exc
        code = exit_code_for_error(exc)
        message = exc.sentence
        on_event(RunFailed(at=utc_now(), error=exc))
    except Abort as abort:
        code, message = abort.code, abort.sentence
        term.fail(abort.sentence)
    except KeyboardInterrupt:
        code, kind = EXIT_INTERRUPTED, "interrupted"
        message = _INTERRUPTED_TEXT
        if stop.signum is None:
            term.err.write(f"\n{message}\n")
    if stop.signum is not None and (outcome is None or outcome.kind in (OutcomeKind.STOPPED, OutcomeKind.ERROR)):
        # Stopped by a signal: whatever the cut-off call raised is not the appliance's fault.
        # SIGTERM (timeout, systemd, a CI runner) is the same stop as Ctrl-C, with its own code.
        error = None
        if stop.signum == signal.SIGTERM:
            code, kind = EXIT_TERMINATED, "terminated"
            message = "Terminated (SIGTERM). If a job was running, it goes on on the appliance."
        elif outcome is not None and outcome.kind is OutcomeKind.STOPPED:
            code, kind, message = EXIT_INTERRUPTED, outcome.kind.value, outcome.message
        else:
            code, kind, message = EXIT_INTERRUPTED, "interrupted", _INTERRUPTED_TEXT
        if outcome is None or outcome.kind is OutcomeKind.ERROR:
            term.err.write(f"{message}\n")
    elif stop.signum == signal.SIGTERM and outcome is not None and outcome.health is not None \
            and outcome.health.params.get("reason_code") == "verdict_stopped":
        code = EXIT_TERMINATED  # the job's result stands; only the health check was cut short

    if error is not None:
        term.fail(error.sentence)
        for line in renderer.render_stack(error.server_messages):
            term.err.write(f"  {line}\n")
        explain_trust_error(error, target, term)
        term.err.write(f"What to do now: {next_step_for_error(error)}\n")
    elif outcome is not None and outcome.kind is OutcomeKind.PREVIOUS_FINISHED:
        term.fail(outcome.message)
    elif outcome is not None and outcome.kind is OutcomeKind.NO_JOB and not args.json:
        term.out.write("There is no reconciliation job on the appliance.\n")

    report.set_outcome(kind, message=message, exit_code=code)
    files: ReportFiles | None = None
    try:
        files = report.write(args.report)
        logger.info("report written to %s", files.json)
    except OSError as exc:
        term.fail(f"the report could not be written: {exc.strerror or exc}")
    info = outcome.info if outcome is not None else None
    summary = summarize(report.to_dict())
    output.final(info=info, outcome=outcome, code=code, files=files, seconds=time.monotonic() - started,
                 summary=summary)
    logger.info("%s %s finished with exit code %d", PROG, args.command, code)
    return code
