"""``reconui-sim`` / ``python -m reconui.simulator``: serve a simulated appliance until SIGINT/SIGTERM.

Prints exactly one JSON line on stdout when ready (url, certificate fingerprint, flavours,
scenario) so scripts and tests can start it with ``--port 0`` and read where it listens.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from collections.abc import Sequence

from reconui.simulator.config import (
    DEFAULT_PASSWORD,
    DEFAULT_USER,
    RESTORE_STATES,
    SERVICE_STATES_BEFORE_JOB,
    SimulatorConfig,
    parse_progress_plan,
)
from reconui.simulator.scenarios import SCENARIOS
from reconui.simulator.simulator import Simulator


def build_parser() -> argparse.ArgumentParser:
    """The CLI; every default is visible in ``--help``."""
    scenarios = "\n".join(f"  {name:<12} {text}" for name, text in SCENARIOS.items())
    parser = argparse.ArgumentParser(
        prog="reconui-sim",
        description="Simulate the vCenter Server Appliance reconciliation-job API over HTTPS.",
        epilog=f"scenarios:\n{scenarios}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add = parser.add_argument
    add("--host", default="127.0.0.1", help="address to bind (default: %(default)s)")
    add("--port", type=int, default=0, help="port to bind; 0 picks a free one (default: %(default)s)")
    add("--flavor", choices=("api", "rest", "both"), default="both", help="REST flavours served (default: both)")
    add("--scenario", choices=tuple(SCENARIOS), default="ok", help="behaviour to simulate (default: %(default)s)")
    add("--duration", type=float, default=60.0, help="seconds a job runs (default: %(default)s)")
    add("--appliance-version", default="8.0.3",
        help="appliance version; before 7.0.2 only /rest is served, without error_type/params/localized "
             "(default: %(default)s)")
    add("--user", default=DEFAULT_USER, help="vCenter login user (default: %(default)s)")
    add("--password", default=DEFAULT_PASSWORD, help="vCenter login password (default: %(default)s)")
    add("--sso-user", default=DEFAULT_USER, help="SSO administrator for job create (default: %(default)s)")
    add("--sso-password", default=None,
        help=f"SSO administrator password (default: {DEFAULT_PASSWORD}; in the bad_sso scenario a different one, "
             "so the default fails)")
    add("--restore-state", choices=RESTORE_STATES, default=None,
        help="restore job state (default: FAILED in not_allowed, else SUCCEEDED)")
    add("--restore-running-for", type=float, default=None,
        help="restore_running: seconds the restore stays INPROGRESS (default: 50%% of duration)")
    add("--node-name", default="vc01.example.com",
        help="this appliance's node name in the replication status (default: %(default)s)")
    add("--replication-status-forbidden", action="store_true",
        help="the replication status answers 403 unauthorized (the user lacks the privilege)")
    add("--services-before-job", choices=SERVICE_STATES_BEFORE_JOB, default="STOPPED",
        help="state of the AUTOMATIC services before reconciliation has run (default: %(default)s)")
    add("--services-settle", type=float, default=None,
        help="seconds after job success while services are still STARTING (default: 40%% of duration in "
             "slow_services, else 0)")
    add("--services-unavailable", type=float, default=None,
        help="seconds after job success while /vcenter/services answers 503 (default: 10%% of duration in "
             "slow_services, else 0)")
    add("--cert", help="PEM certificate file (default: a fresh self-signed one for 127.0.0.1 and localhost)")
    add("--key", help="PEM private key file for --cert")
    add("--request-log", metavar="FILE",
        help="append one JSON line per request: time, method, path, status, auth kind; never credential "
             "values (default: off)")
    add("--session-max-age", type=float, default=None,
        help="absolute session lifetime in seconds (default: unlimited; 5 in the expire scenario)")
    add("--session-idle-timeout", type=float, default=1800.0, help="idle session timeout (default: %(default)s)")
    add("--restart-at", type=float, default=None, help="restart: seconds into the job (default: 25%% of duration)")
    add("--restart-unavailable", type=float, default=None,
        help="restart: seconds of 503 replies (default: 15%% of duration)")
    add("--restart-refused", type=float, default=None,
        help="restart: seconds of refused connections (default: 15%% of duration)")
    add("--flaky-rate", type=float, default=0.3, help="flaky: share of faulty replies (default: %(default)s)")
    add("--flaky-seed", type=int, default=1, help="flaky: RNG seed (default: %(default)s)")
    add("--flaky-slow-delay", type=float, default=2.0, help="flaky: delay of slow replies (default: %(default)s)")
    add("--latency", type=float, default=0.0, help="seconds every reply waits, as on a slow link (default: 0)")
    add("--progress-plan", type=parse_progress_plan, default=(), metavar="S:P,...",
        help="progress steps as seconds-after-start:percent, e.g. 2:5,90:40 (default: linear over --duration)")
    add("--time-scale", type=float, default=1.0,
        help="the appliance's clock runs this many times faster than real time (default: 1)")
    add("--api-session-cookie", action="store_true", help="/api/session create also sets the cookie (Path=/api)")
    add("--rest-job-error-wrapped", action="store_true", help="wrap Info.error on /rest as {type, value}")
    add("--no-localize", action="store_true", help="never fill 'localized'")
    add("--no-basic-on-calls", action="store_true", help="refuse per-request HTTP Basic on ordinary calls")
    add("--sso-optional", action="store_true", help="accept create without SSO credentials")
    add("--no-create-after-finish", action="store_true",
        help="refuse create (not_allowed_in_current_state) once a job has finished")
    add("--prefer-cookie", action="store_true", help="when header and cookie both carry a session, the cookie wins")
    return parser


def config_from_args(args: argparse.Namespace) -> SimulatorConfig:
    """Translate parsed options into a :class:`SimulatorConfig`."""
    return SimulatorConfig(
        scenario=args.scenario,
        flavors=("api", "rest") if args.flavor == "both" else (args.flavor,),
        duration=args.duration,
        appliance_version=args.appliance_version,
        user=args.user,
        password=args.password,
        sso_user=args.sso_user,
        sso_password=args.sso_password,
        host=args.host,
        port=args.port,
        cert_file=args.cert,
        key_file=args.key,
        request_log=args.request_log,
        restore_state=args.restore_state,
        restore_running_for=args.restore_running_for,
        node_name=args.node_name,
        replication_status_forbidden=args.replication_status_forbidden,
        services_before_job=args.services_before_job,
        services_settle=args.services_settle,
        services_unavailable=args.services_unavailable,
        session_max_age=args.session_max_age,
        session_idle_timeout=args.session_idle_timeout,
        restart_at=args.restart_at,
        restart_unavailable=args.restart_unavailable,
        restart_refused=args.restart_refused,
        flaky_rate=args.flaky_rate,
        flaky_seed=args.flaky_seed,
        flaky_slow_delay=args.flaky_slow_delay,
        api_session_cookie=args.api_session_cookie,
        rest_job_error_wrapped=args.rest_job_error_wrapped,
        localize=not args.no_localize,
        basic_auth_on_calls=not args.no_basic_on_calls,
        sso_required=not args.sso_optional,
        allow_create_after_finish=not args.no_create_after_finish,
        prefer_cookie=args.prefer_cookie,
        latency=args.latency,
        progress_plan=args.progress_plan,
        time_scale=args.time_scale,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run until SIGINT/SIGTERM; exit code 0 on a clean stop, 2 on bad options."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        config = config_from_args(args)
    except ValueError as exc:
        parser.error(str(exc))
    stop = threading.Event()

    def _request_stop(signum: int, frame: object) -> None:
        stop.set()

    signal.signal(signal.SIGINT, _request_stop)
    signal.signal(signal.SIGTERM, _request_stop)
    try:
        simulator = Simulator(config)
    except (OSError, ValueError) as exc:
        sys.stderr.write(f"reconui-sim: unusable certificate or key ({args.cert}, {args.key}): {exc}\n")
        return 1
    try:
        simulator.start()
    except OSError as exc:  # the port is taken or not ours, or the request log cannot be opened
        sys.stderr.write(f"reconui-sim: cannot serve on {config.host}:{config.port}: {exc}\n")
        return 1
    try:
        sys.stdout.write(json.dumps(simulator.ready_line()) + "\n")
        sys.stdout.flush()
        while not stop.wait(0.2):  # short waits, so the signal handlers run promptly
            continue
    finally:
        simulator.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
