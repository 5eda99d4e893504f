"""reconui-cli: run and watch the VCSA reconciliation job from a terminal or a script.

Qt-free, argparse, and safe by default: passwords come from the environment, the keyring or a
prompt (never a flag, so never the shell history or ``ps``), the certificate is settled before any
credential is sent, and every run writes a report whose path is printed. Scripts get stable exit
codes and ``--json`` (one object per line per event).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import getpass
import json
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import unquote, urlsplit, urlunsplit

from reconui import __version__
from reconui.core import paths, wire
from reconui.core.client import ApplianceClient
from reconui.core.errors import (
    ApplianceError,
    CertificateChanged,
    CertificateUntrusted,
    FeatureInUse,
    GaveUpWaiting,
    InvalidArgument,
    InvalidTarget,
    NotAllowedInCurrentState,
    ReconError,
    Unauthorized,
)
from reconui.core.events import (
    Connected,
    Event,
    JobAttached,
    JobFinished,
    JobStarted,
    JobUpdated,
    MonitoringStopped,
    PreflightDone,
    Reauthenticated,
    RunFailed,
    ServicesBack,
    ServicesUnavailable,
)
from reconui.core.logging_setup import register_secret, setup_logging
from reconui.core.models import (
    FLAVOR_AUTO,
    CertificateInfo,
    Credentials,
    JobInfo,
    JobSpec,
    LocalizableMessage,
    ProxyChoice,
    ProxyMode,
    Target,
    TrustDecision,
    TrustMode,
)
from reconui.core.pins import PinStore, normalize_sha256
from reconui.core.render import MessageRenderer, format_local_datetime
from reconui.core.report import ReportFiles, RunReport, event_to_dict
from reconui.core.runner import JobRunner, OutcomeKind, RunOptions, RunOutcome, utc_now
from reconui.core.secrets import CredentialStoreError, KeyringStore, diagnose_backend
from reconui.core.tls import check_trust, fetch_certificate

logger = logging.getLogger(__name__)

PROG = "reconui-cli"
PASSWORD_ENV = "RECONUI_PASSWORD"  # noqa: S105 - the name of an environment variable
SSO_PASSWORD_ENV = "RECONUI_SSO_PASSWORD"  # noqa: S105 - the name of an environment variable

EXIT_SUCCEEDED = 0
EXIT_JOB_FAILED = 1
EXIT_USAGE = 2
EXIT_CONNECT = 3
EXIT_REFUSED = 4
EXIT_GAVE_UP = 5
EXIT_INTERRUPTED = 130

EXIT_CODES_HELP = """\
exit codes:
  0    the job SUCCEEDED (status: also when there is no reconciliation job)
  1    the job FAILED
  2    usage (bad arguments, no password available, or a finished job and no --start-new)
  3    could not connect / TLS / authentication (includes an untrusted or changed certificate)
  4    refused by the appliance (not allowed, in use, invalid argument, unauthorized)
  5    gave up waiting for the appliance
  130  interrupted (Ctrl-C = stop monitoring; the job goes on, the report is still written)

passwords: RECONUI_PASSWORD and RECONUI_SSO_PASSWORD, else the keyring (saved by an earlier
--save-password run), else a prompt on a terminal. They are never accepted as arguments.
"""

#: Tests shrink the pacing (never below what a real appliance tolerates in production use).
DEFAULT_RUN_OPTIONS = RunOptions()


class _Abort(Exception):
    """Ends a command with an exit code and a sentence for stderr."""

    def __init__(self, code: int, sentence: str) -> None:
        super().__init__(sentence)
        self.code = code
        self.sentence = sentence


# --- arguments ---------------------------------------------------------------------------------------


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


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used to render the documentation)."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Run and watch the vCenter Server Appliance post-restore reconciliation job.",
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--server", required=True, metavar="HOST[:PORT]", help="the appliance (port 443 by default)")
    proxy = common.add_mutually_exclusive_group()
    proxy.add_argument("--proxy", metavar="URL", help="use this HTTP proxy (default: the environment's settings)")
    proxy.add_argument("--no-proxy", action="store_true", help="connect directly, ignoring proxy settings")
    common.add_argument("--ca-file", metavar="PEM", help="also trust the CA certificates in this PEM file")
    common.add_argument("--verbose", "-v", action="store_true", help="also log to stderr")

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

    sub = parser.add_subparsers(dest="command", required=True, metavar="{run,status,cert}")
    run = sub.add_parser(
        "run", parents=[watch], epilog=EXIT_CODES_HELP, formatter_class=argparse.RawDescriptionHelpFormatter,
        help="check the appliance, attach to the running job or start one, and watch it to the end",
        description="Check the appliance, attach to the running job or start one, and watch it to the end.",
    )
    run.add_argument("--sso-user", required=True,
                     help="SSO administrator for the job, e.g. administrator@vsphere.local")
    run.add_argument("--ignore-warnings", action="store_true",
                     help="let the job go on despite validation warnings (in linked mode, changes made after "
                          "the backup can be lost)")
    run.add_argument("--start-new", action="store_true",
                     help="start a new job even though a previous one has finished")

    sub.add_parser(
        "status", parents=[watch], epilog=EXIT_CODES_HELP, formatter_class=argparse.RawDescriptionHelpFormatter,
        help="watch the existing job, or say that there is none",
        description="Attach to the existing reconciliation job and watch it, or say that there is none.",
    )
    cert = sub.add_parser(
        "cert", parents=[common], epilog=EXIT_CODES_HELP, formatter_class=argparse.RawDescriptionHelpFormatter,
        help="show the appliance's certificate and optionally pin it",
        description="Show the appliance's certificate and its fingerprints; --pin remembers it.",
    )
    cert.add_argument("--pin", action="store_true", help="remember this certificate for HOST:PORT")
    cert.add_argument(
        "--replace", metavar="SHA256",
        help="with --pin, replace an existing pin for a changed certificate, but only if the presented "
             "certificate has this fingerprint (check it on the appliance first)",
    )
    return parser


def parse_server(text: str) -> tuple[str, int]:
    """``HOST[:PORT]`` (IPv6 as ``[::1]:443``; an ``https://`` prefix is tolerated) -> host, port."""
    value = text.strip()
    if "://" in value:
        parts = urlsplit(value)
        if parts.scheme.lower() != "https":
            raise InvalidTarget({"value": text, "reason": "only https:// is supported"})
        value = parts.netloc
    value = value.rstrip("/")
    if not value:
        raise InvalidTarget({"value": text, "reason": "it is empty"})
    host, port_text = value, ""
    if value.startswith("["):
        end = value.find("]")
        if end < 0:
            raise InvalidTarget({"value": text, "reason": "the IPv6 address has no closing bracket"})
        host, rest = value[1:end], value[end + 1 :]
        if rest:
            if not rest.startswith(":"):
                raise InvalidTarget({"value": text, "reason": "unexpected text after the IPv6 address"})
            port_text = rest[1:]
    elif value.count(":") == 1:
        host, port_text = value.split(":")
    elif value.count(":") > 1:
        host = value  # a bare IPv6 literal without a port
    if not host or any(c in host for c in "/@ \t?#\\") or any(ord(c) < 32 or ord(c) == 127 for c in host):
        raise InvalidTarget({"value": text, "reason": "it is not a host name or address"})
    port = 443
    if port_text:
        if not port_text.isdigit() or not 0 < int(port_text) < 65536:
            raise InvalidTarget({"value": text, "reason": "the port must be a number from 1 to 65535"})
        port = int(port_text)
    return host, port


def _proxy_choice(args: argparse.Namespace) -> ProxyChoice:
    if args.no_proxy:
        return ProxyChoice(ProxyMode.NONE)
    if args.proxy:
        password = urlsplit(args.proxy).password
        register_secret(password)
        register_secret(unquote(password) if password else None)  # the form sent in Proxy-Authorization
        return ProxyChoice(ProxyMode.EXPLICIT, args.proxy)
    return ProxyChoice(ProxyMode.SYSTEM)


def _display_proxy(url: str | None) -> str | None:
    """The proxy URL without user info (a proxy password must not reach the report)."""
    if not url:
        return None
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def build_target(args: argparse.Namespace) -> Target:
    """The Target for the parsed arguments (raises InvalidTarget or _Abort for bad values)."""
    host, port = parse_server(args.server)
    ca_file = getattr(args, "ca_file", None)
    if ca_file and not Path(ca_file).is_file():
        raise _Abort(EXIT_USAGE, f"The CA file {ca_file} does not exist or is not a file.")
    return Target(
        host=host,
        port=port,
        flavor=getattr(args, "api", FLAVOR_AUTO),
        proxy=_proxy_choice(args),
        ca_file=ca_file,
        language=getattr(args, "lang", None) or None,
    )


# --- terminal I/O ------------------------------------------------------------------------------------


def _isatty(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):
        return False


@dataclass
class Terminal:
    """The streams a command talks to (tests replace them)."""

    out: TextIO
    err: TextIO
    stdin: TextIO

    @property
    def interactive(self) -> bool:
        """True when a person can answer prompts (stdin is a terminal)."""
        return _isatty(self.stdin)

    def ask_yes_no(self, question: str) -> bool:
        """``question [y/N]``; anything but y/yes (including end of input) is no."""
        self.err.write(f"{question} [y/N] ")
        self.err.flush()
        answer = self.stdin.readline()
        return answer.strip().lower() in ("y", "yes")

    def ask_password(self, prompt: str) -> str:
        return getpass.getpass(prompt)


def _local_time(moment: datetime) -> str:
    """A moment as the user reads it: the machine's local zone, with the zone named."""
    return format_local_datetime(moment, "LONG_DATE_TIME")


def _local_hhmm(moment: datetime) -> str:
    return format_local_datetime(moment, "SHORT_TIME")


def _duration(seconds: float) -> str:
    whole = max(0, round(seconds))
    return str(timedelta(seconds=whole))


class HumanOutput:
    """Readable progress: a live line on a terminal, one line per change otherwise."""

    def __init__(self, term: Terminal, renderer: MessageRenderer) -> None:
        self._term = term
        self._renderer = renderer
        self._tty = _isatty(term.out)
        self._line_open = False
        self._last_shown: tuple[str, int] | None = None
        self._started = time.monotonic()

    def _print(self, text: str) -> None:
        out = self._term.out
        if self._line_open:
            out.write("\r\033[K")
            self._line_open = False
        out.write(text + "\n")
        out.flush()

    def _progress(self, info: JobInfo) -> None:
        key = (info.status, info.progress)
        if key == self._last_shown and not self._tty:
            return
        self._last_shown = key
        filled = max(0, min(20, info.progress // 5))
        text = f"{info.status:<9} {info.progress:3d}% [{'#' * filled}{'.' * (20 - filled)}]"
        if self._tty:
            elapsed = _duration(time.monotonic() - self._started)
            self._term.out.write(f"\r\033[K{text} {elapsed}")
            self._term.out.flush()
            self._line_open = True
        else:
            self._print(text)

    def _messages(self, messages: tuple[LocalizableMessage, ...]) -> None:
        for msg in messages:
            self._print(f"[{msg.id}] {self._renderer.render(msg)}")

    def event(self, event: Event) -> None:
        if isinstance(event, Connected):
            how = ""
            if event.trust is not None:
                how = (", certificate trusted by chain" if event.trust.mode is TrustMode.CHAIN
                       else f", certificate pinned, SHA-256 {event.trust.sha256}")
            self._print(f"Connected to {event.host}:{event.port} as {event.user} (API /{event.flavor}{how}).")
        elif isinstance(event, PreflightDone):
            version = (f"{event.version.product} {event.version.version} (build {event.version.build})".strip()
                       if event.version else "version unknown")
            restore = event.restore.state if event.restore else "unknown"
            job = (f"{event.existing_job.status} {event.existing_job.progress}%"
                   if event.existing_job else "none")
            self._print(f"Appliance: {version}; restore: {restore}; reconciliation job: {job}.")
        elif isinstance(event, JobStarted | JobAttached):
            verb = "Started a new" if isinstance(event, JobStarted) else "Attached to the running"
            self._print(f"{verb} reconciliation job.")
            self._messages(event.info.messages)
            self._progress(event.info)
        elif isinstance(event, JobUpdated):
            self._messages(event.new_messages)
            self._progress(event.info)
        elif isinstance(event, ServicesUnavailable):
            self._print(f"waiting for appliance services (until {_local_hhmm(event.deadline)}): {event.cause.sentence}")
        elif isinstance(event, ServicesBack):
            self._print(f"appliance services are back (after {_duration(event.outage_seconds)}).")
        elif isinstance(event, Reauthenticated):
            self._print("The session had expired; logged in again.")
        elif isinstance(event, JobFinished):
            self._progress(event.info)
        elif isinstance(event, MonitoringStopped):
            self._print("Stopped watching. The reconciliation job cannot be cancelled and goes on on the appliance.")
        elif isinstance(event, RunFailed):
            pass  # the sentence goes to stderr at the end

    def final(self, *, info: JobInfo | None, outcome: RunOutcome | None, code: int, files: ReportFiles | None,
              seconds: float) -> None:
        if self._line_open:
            self._term.out.write("\n")
            self._line_open = False
        if info is not None:
            if outcome is not None and outcome.kind is OutcomeKind.PREVIOUS_FINISHED:
                ended = f", ended {_local_time(info.end_time)}" if info.end_time else ""
                self._print(f"Previous job: {info.status} ({info.progress}%){ended}.")
            elif info.is_terminal:
                self._print(f"Result: {info.status} ({info.progress}%), {_duration(seconds)}.")
            else:
                self._print(f"Last seen: {info.status} ({info.progress}%), watched for {_duration(seconds)}.")
            if info.error is not None:
                for line in self._renderer.render_stack(info.error.messages):
                    self._print(f"  {line}")
            elif info.error_text:
                self._print(f"  {info.error_text}")
        if files is not None:
            self._print(f"Report: {files.html} (JSON: {files.json})")
        self._term.out.flush()


class JsonOutput:
    """One JSON object per line per event, then ``{"event": "final", ...}``."""

    def __init__(self, term: Terminal, renderer: MessageRenderer) -> None:
        self._term = term
        self._renderer = renderer

    def _write(self, obj: dict[str, Any]) -> None:
        self._term.out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        self._term.out.flush()

    def event(self, event: Event) -> None:
        self._write(event_to_dict(event, self._renderer))

    def final(self, *, info: JobInfo | None, outcome: RunOutcome | None, code: int, files: ReportFiles | None,
              seconds: float) -> None:
        self._write(
            {
                "event": "final",
                "at": wire.format_datetime(utc_now()),
                "info": wire.info_to_dict(info) if info is not None else None,
                "outcome": outcome.kind.value if outcome is not None else None,
                "exit_code": code,
                "report": str(files.json) if files else None,
                "report_html": str(files.html) if files else None,
            }
        )


# --- exit codes --------------------------------------------------------------------------------------


def exit_code_for_error(error: ReconError) -> int:
    """3 connect/TLS/auth, 4 refused, 5 gave up, 2 a bad address."""
    if isinstance(error, GaveUpWaiting):
        return EXIT_GAVE_UP
    if isinstance(error, InvalidTarget):
        return EXIT_USAGE
    if isinstance(error, Unauthorized | FeatureInUse | NotAllowedInCurrentState | InvalidArgument):
        return EXIT_REFUSED
    if isinstance(error, ApplianceError) and error.code in ("error", "not_found"):
        return EXIT_REFUSED
    return EXIT_CONNECT


def exit_code_for(outcome: RunOutcome) -> int:
    """The exit code of a run's outcome."""
    if outcome.kind is OutcomeKind.SUCCEEDED or outcome.kind is OutcomeKind.NO_JOB:
        return EXIT_SUCCEEDED
    if outcome.kind is OutcomeKind.FAILED:
        return EXIT_JOB_FAILED
    if outcome.kind is OutcomeKind.STOPPED:
        return EXIT_INTERRUPTED
    if outcome.kind is OutcomeKind.PREVIOUS_FINISHED:
        return EXIT_USAGE
    assert outcome.error is not None
    return exit_code_for_error(outcome.error)


# --- trust -------------------------------------------------------------------------------------------


def _certificate_lines(cert: CertificateInfo) -> list[str]:
    return [
        f"  Subject:  {cert.subject}",
        f"  Issuer:   {cert.issuer}{' (self-signed)' if cert.self_signed else ''}",
        f"  SANs:     {', '.join(cert.sans) or '-'}",
        f"  Valid:    {_local_time(cert.not_before)} to {_local_time(cert.not_after)}",
        f"  Serial:   {cert.serial}",
        f"  SHA-256:  {cert.sha256}",
        f"  SHA-1:    {cert.sha1}",
    ]


def _pin_hint(target: Target, sha256: str) -> list[str]:
    return [
        "After checking the fingerprint with the appliance's administrator, either pin it:",
        f"  {PROG} cert --server {target.address} --pin",
        "or trust it for one run by adding:",
        f"  --thumbprint {sha256}",
    ]


def settle_trust(target: Target, thumbprint: str | None, term: Terminal) -> TrustDecision:
    """Trust first: chain, then ``--thumbprint`` or the pin file, then (on a terminal) the user.

    Raises:
        CertificateUntrusted: unknown certificate and nobody to ask (or the user said no).
        CertificateChanged: the pinned certificate differs: a hard stop.
        TransportError: the handshake itself failed.
    """
    pins = PinStore(paths.pins_path())
    session_pins = {target.address: thumbprint} if thumbprint else {}
    try:
        return check_trust(target, pins, session_pins=session_pins)
    except CertificateUntrusted as exc:
        if not term.interactive:
            raise
        term.err.write(f"The certificate of {target.address} is not trusted by this computer:\n")
        term.err.write("\n".join(_certificate_lines(exc.certificate)) + "\n")
        if not term.ask_yes_no("Trust this certificate?"):
            raise
        if term.ask_yes_no(f"Remember it for {target.address}?"):
            pins.remember(target.address, exc.certificate.sha256)
            term.err.write(f"Pinned {target.address} in {paths.pins_path()}.\n")
        return TrustDecision(TrustMode.PINNED, exc.certificate)


def _explain_trust_error(error: ReconError, target: Target, term: Terminal) -> None:
    if isinstance(error, CertificateChanged):
        term.err.write(f"  pinned:    {error.pinned_sha256}\n  presented: {error.certificate.sha256}\n")
        term.err.write("If the change is expected (a restore can replace the certificate), verify the new "
                       "fingerprint, then run:\n")
        term.err.write(f"  {PROG} cert --server {target.address} --pin\n")
    elif isinstance(error, CertificateUntrusted):
        term.err.write("\n".join(_certificate_lines(error.certificate)) + "\n")
        term.err.write("\n".join(_pin_hint(target, error.certificate.sha256)) + "\n")


# --- passwords ---------------------------------------------------------------------------------------


@dataclass
class _Passwords:
    user: Credentials
    sso_password: str | None
    sources: dict[str, str]


def _keyring_get(host: str, user: str) -> str | None:
    try:
        return KeyringStore().get(host, user)
    except CredentialStoreError as exc:
        logger.info("keyring not used: %s (%s)", exc.code, exc.detail)
        return None
    except Exception as exc:  # a broken keyring installation must not stop a recovery
        logger.info("keyring not used: %s", type(exc).__name__)
        return None


def _password_for(env: str, host: str, user: str, term: Terminal, *, fallback: str | None = None) -> tuple[str, str]:
    value = os.environ.get(env)
    if value:
        return value, "environment"
    stored = _keyring_get(host, user)
    if stored:
        return stored, "keyring"
    if fallback is not None:
        return fallback, "same as the appliance user"
    if term.interactive:
        try:
            entered = term.ask_password(f"Password for {user} on {host}: ")
        except EOFError:
            entered = ""
        if entered:
            return entered, "prompt"
    raise _Abort(
        EXIT_USAGE,
        f"No password for {user}: set {env} in the environment, save it with --save-password on an "
        "interactive run, or run on a terminal to be asked.",
    )


def gather_passwords(args: argparse.Namespace, host: str, term: Terminal) -> _Passwords:
    """The passwords, from the environment, then the keyring, then a prompt; each is registered secret."""
    password, source = _password_for(PASSWORD_ENV, host, args.user, term)
    register_secret(password)
    sources = {"user": source}
    sso_password: str | None = None
    sso_user = getattr(args, "sso_user", None)
    if sso_user:
        same = sso_user.casefold() == args.user.casefold()
        sso_password, sso_source = _password_for(
            SSO_PASSWORD_ENV, host, sso_user, term, fallback=password if same else None
        )
        register_secret(sso_password)
        sources["sso_user"] = sso_source
    return _Passwords(Credentials(args.user, password), sso_password, sources)


def _save_passwords(args: argparse.Namespace, host: str, passwords: _Passwords, term: Terminal) -> None:
    status = diagnose_backend()
    if not status.usable:
        term.err.write(f"Passwords not saved: {status.detail}\n")
        return
    store = KeyringStore()
    try:
        store.set(host, args.user, passwords.user.password)
        sso_user = getattr(args, "sso_user", None)
        if sso_user and passwords.sso_password is not None and sso_user.casefold() != args.user.casefold():
            store.set(host, sso_user, passwords.sso_password)
    except CredentialStoreError as exc:
        term.err.write(f"Passwords not saved: {exc.sentence}\n")
        return
    term.err.write(f"Passwords saved in {status.backend_name}.\n")


# --- commands ----------------------------------------------------------------------------------------


@contextlib.contextmanager
def _interrupts_cancel(cancel: threading.Event) -> Iterator[None]:
    """First Ctrl-C: stop monitoring (the report is still written). Second: interrupt hard."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: object) -> None:
        if cancel.is_set():
            raise KeyboardInterrupt
        cancel.set()

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _report_options(args: argparse.Namespace, target: Target) -> dict[str, object]:
    options: dict[str, object] = {
        "command": args.command,
        "server": target.address,
        "user": args.user,
        "api": target.flavor,
        "language": target.language,
        "proxy_mode": target.proxy.mode.value,
        "proxy": _display_proxy(target.proxy.url),
        "ca_file": target.ca_file,
        "thumbprint": args.thumbprint,
        "timeout_minutes": args.timeout,
        "json": args.json,
        "save_to_keyring": args.save_password,
    }
    if args.command == "run":
        options.update(sso_user=args.sso_user, ignore_warnings=args.ignore_warnings, start_new=args.start_new)
    return options


def run_options_for(args: argparse.Namespace) -> RunOptions:
    """The runner's pacing: the defaults with ``--timeout`` as the outage window."""
    return dataclasses.replace(DEFAULT_RUN_OPTIONS, outage_window=args.timeout * 60.0)


def _target_or_exit_code(args: argparse.Namespace, term: Terminal) -> Target | int:
    """The Target for the arguments, or the exit code after saying on stderr why there is none."""
    try:
        return build_target(args)
    except InvalidTarget as exc:
        abort = _Abort(EXIT_USAGE, exc.sentence)
    except _Abort as exc:
        abort = exc
    term.err.write(f"{PROG}: {abort.sentence}\n")
    return abort.code


def _watch_command(args: argparse.Namespace, term: Terminal) -> int:
    target = _target_or_exit_code(args, term)
    if isinstance(target, int):
        return target

    renderer = MessageRenderer(language=args.lang or "en")
    report = RunReport(target=target, options=_report_options(args, target), renderer=renderer, command=args.command)
    output: HumanOutput | JsonOutput = JsonOutput(term, renderer) if args.json else HumanOutput(term, renderer)
    cancel = threading.Event()
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
        with _interrupts_cancel(cancel):
            decision = settle_trust(target, args.thumbprint, term)
            report.set_trust(decision)
            passwords = gather_passwords(args, target.host.lower(), term)
            client = ApplianceClient(target, decision)
            try:
                runner = JobRunner(
                    client, passwords.user, on_event=on_event, options=run_options_for(args), cancel=cancel,
                    target=target, trust=decision,
                )
                if args.command == "run":
                    spec = JobSpec(args.sso_user, passwords.sso_password or "", ignore_warnings=args.ignore_warnings)
                    outcome = runner.run(spec, start_new_after_finished=args.start_new)
                else:
                    outcome = runner.watch_existing()
            finally:
                client.close()
        code = exit_code_for(outcome)
        kind = outcome.kind.value
        message = outcome.message
        error = outcome.error
        if args.save_password and any(isinstance(e, Connected) for e in outcome.events):
            _save_passwords(args, target.host.lower(), passwords, term)
    except ReconError as exc:  # trust settles before the runner exists
        error = exc
        code = exit_code_for_error(exc)
        message = exc.sentence
        event = RunFailed(at=utc_now(), error=exc)
        on_event(event)
    except _Abort as abort:
        code, message = abort.code, abort.sentence
        term.err.write(f"{PROG}: {abort.sentence}\n")
    except KeyboardInterrupt:
        code, kind = EXIT_INTERRUPTED, "interrupted"
        message = "Interrupted. If a job was running, it goes on on the appliance."
        term.err.write(f"\n{message}\n")

    if error is not None:
        term.err.write(f"{PROG}: {error.sentence}\n")
        for line in renderer.render_stack(error.server_messages):
            term.err.write(f"  {line}\n")
        _explain_trust_error(error, target, term)
    elif outcome is not None and outcome.kind is OutcomeKind.PREVIOUS_FINISHED:
        term.err.write(f"{PROG}: {outcome.message}\n")
    elif outcome is not None and outcome.kind is OutcomeKind.NO_JOB:
        if not args.json:
            term.out.write("There is no reconciliation job on the appliance.\n")

    report.set_outcome(kind, message=message, exit_code=code)
    files: ReportFiles | None = None
    try:
        files = report.write(args.report)
        logger.info("report written to %s", files.json)
    except OSError as exc:
        term.err.write(f"{PROG}: the report could not be written: {exc.strerror or exc}\n")
    info = outcome.info if outcome is not None else None
    output.final(info=info, outcome=outcome, code=code, files=files, seconds=time.monotonic() - started)
    logger.info("%s %s finished with exit code %d", PROG, args.command, code)
    return code


def _cert_command(args: argparse.Namespace, term: Terminal) -> int:
    target = _target_or_exit_code(args, term)
    if isinstance(target, int):
        return target
    pins = PinStore(paths.pins_path())
    changed_from: str | None = None
    try:
        cert = fetch_certificate(target)
        try:
            decision = check_trust(target, pins)
            trust = ("trusted: the chain verifies against this computer's trust store"
                     if decision.mode is TrustMode.CHAIN else f"pinned in {paths.pins_path()}")
            cert = decision.certificate
        except CertificateUntrusted:
            trust = "NOT trusted: not signed by a trusted authority and not pinned"
        except CertificateChanged as changed:
            trust = f"CHANGED: {target.address} is pinned to another certificate ({changed.pinned_sha256})"
            cert = changed.certificate
            changed_from = changed.pinned_sha256
    except ReconError as exc:
        term.err.write(f"{PROG}: {exc.sentence}\n")
        return exit_code_for_error(exc)

    term.out.write(f"Certificate of {target.address}:\n")
    term.out.write("\n".join(_certificate_lines(cert)) + "\n")
    term.out.write(f"  Trust:    {trust}\n")
    if not args.pin:
        term.out.flush()
        return EXIT_SUCCEEDED
    if changed_from is not None and not _may_replace_pin(args, cert, term):
        return EXIT_CONNECT
    if term.interactive and changed_from is None and not term.ask_yes_no(
        f"Pin this certificate (SHA-256 {cert.sha256}) for {target.address}?"
    ):
        term.out.write("Not pinned.\n")
        return EXIT_SUCCEEDED
    try:
        pins.remember(target.address, cert.sha256)
    except ReconError as exc:
        term.err.write(f"{PROG}: {exc.sentence}\n")
        return exit_code_for_error(exc)
    term.out.write(f"Pinned {target.address} SHA-256 {cert.sha256} in {paths.pins_path()}\n")
    term.out.flush()
    return EXIT_SUCCEEDED


def _may_replace_pin(args: argparse.Namespace, cert: CertificateInfo, term: Terminal) -> bool:
    """Replacing the pin of a changed certificate needs the new fingerprint named or confirmed.

    Without this, a script that runs ``cert --pin`` before ``run`` would silently defeat the
    changed-certificate stop.
    """
    if args.replace:
        try:
            expected = normalize_sha256(args.replace)
        except ValueError:
            term.err.write(f"{PROG}: --replace needs a SHA-256 fingerprint (64 hexadecimal digits).\n")
            return False
        if expected == cert.sha256:
            return True
        term.err.write(f"{PROG}: the presented certificate (SHA-256 {cert.sha256}) is not the one named by "
                       "--replace; nothing was changed.\n")
        return False
    if term.interactive:
        term.err.write("The pinned certificate differs from the one presented now. A restore can legitimately "
                       "replace it; check the new SHA-256 on the appliance before you go on.\n")
        if term.ask_yes_no(f"Replace the pin with SHA-256 {cert.sha256}?"):
            return True
        term.out.write("Not pinned.\n")
        return False
    term.err.write(
        f"{PROG}: {args.server} is pinned to another certificate; nothing was changed. After checking the new "
        f"fingerprint on the appliance, run:\n  {PROG} cert --server {args.server} --pin --replace {cert.sha256}\n"
    )
    return False


def main(argv: list[str] | None = None, *, term: Terminal | None = None) -> int:
    """Entry point of ``reconui-cli``; returns the exit code (the console script exits with it)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    term = term or Terminal(out=sys.stdout, err=sys.stderr, stdin=sys.stdin)
    try:
        setup_logging(level=logging.DEBUG if args.verbose else logging.INFO, console=args.verbose, stream=term.err)
    except OSError as exc:
        term.err.write(f"{PROG}: logging to {paths.log_dir()} is not possible: {exc.strerror or exc}\n")
    try:
        if args.command == "cert":
            return _cert_command(args, term)
        return _watch_command(args, term)
    except KeyboardInterrupt:
        term.err.write("\nInterrupted.\n")
        return EXIT_INTERRUPTED


__all__ = [
    "EXIT_CODES_HELP",
    "build_parser",
    "exit_code_for",
    "exit_code_for_error",
    "main",
    "parse_server",
]
