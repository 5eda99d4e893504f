"""Fixtures for reconui-cli end-to-end tests: a throwaway RECONUI_HOME, passwords in the
environment, an in-memory keyring, fast polling, and a check after every test that neither password
reached any file under RECONUI_HOME."""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

import keyring
import pytest
from fakes import InMemoryKeyring
from hostile import HostileAppliance

from reconui import cli
from reconui.cli import watch as cli_watch
from reconui.core.logging_setup import teardown_logging
from reconui.core.runner import RunOptions
from reconui.simulator import Simulator

USER = "administrator@vsphere.local"
SSO_USER = "administrator@vsphere.local"
#: Characters that break other tools' quoting: space, #, &, :, *, quotes, non-ASCII.
PASSWORD = "Us3r P@ss#&:*'\"ü"
SSO_PASSWORD = "Ss0-Adm1n!%20x$HOME"
SECRETS = (PASSWORD, SSO_PASSWORD)

#: Polling fast enough that a ~1 s simulated job is watched closely without a slow test.
FAST = RunOptions(min_interval=0.05, max_interval=0.2, outage_initial_delay=0.1, outage_max_delay=0.3,
                  health_settle=10.0, health_interval=0.1)


def secret_forms(secret: str, user: str = USER) -> list[str]:
    """How a password could appear if it leaked: raw, JSON-escaped, URL-encoded, in a Basic header."""
    basic = base64.b64encode(f"{user}:{secret}".encode()).decode()
    return [secret, json.dumps(secret)[1:-1], json.dumps(secret, ensure_ascii=False)[1:-1],
            quote(secret, safe=""), quote_plus(secret, safe=""), basic]


def assert_no_secret(text: str, where: str) -> None:
    for secret in SECRETS:
        for form in secret_forms(secret):
            assert form not in text, f"a password ({form[:3]}...) leaked into {where}"


class TtyInput(io.StringIO):
    """Scripted answers on a stdin that claims to be a terminal."""

    def isatty(self) -> bool:
        return True


class ScriptedTerminal(cli.Terminal):
    """A terminal whose password prompts are answered from a list (and recorded)."""

    def __init__(self, *, answers: str = "", passwords: list[str] | None = None, tty: bool = True) -> None:
        stdin: io.StringIO = TtyInput(answers) if tty else io.StringIO(answers)
        super().__init__(out=io.StringIO(), err=io.StringIO(), stdin=stdin)
        self.passwords = list(passwords or [])
        self.prompts: list[str] = []

    def ask_password(self, prompt: str) -> str:
        self.prompts.append(prompt)
        return self.passwords.pop(0)


@dataclass
class CliResult:
    code: int
    out: str
    err: str
    lines: list[dict[str, Any]] = field(default_factory=list)

    @property
    def events(self) -> list[str]:
        return [line["event"] for line in self.lines]

    def of(self, name: str) -> list[dict[str, Any]]:
        return [line for line in self.lines if line["event"] == name]

    @property
    def final(self) -> dict[str, Any]:
        assert self.lines and self.lines[-1]["event"] == "final", self.out
        return self.lines[-1]

    @property
    def report(self) -> dict[str, Any]:
        path = Path(self.final["report"])
        return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """RECONUI_HOME for this test; after it, no password may be in any file below it."""
    root = tmp_path / "home"
    monkeypatch.setenv("RECONUI_HOME", str(root))
    monkeypatch.setenv(cli.PASSWORD_ENV, PASSWORD)
    monkeypatch.setenv(cli.SSO_PASSWORD_ENV, SSO_PASSWORD)
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(cli_watch, "DEFAULT_RUN_OPTIONS", FAST)
    previous = keyring.get_keyring()
    keyring.set_keyring(InMemoryKeyring())
    try:
        yield root
    finally:
        keyring.set_keyring(previous)
        teardown_logging()
    for path in root.rglob("*"):
        if path.is_file():
            assert_no_secret(path.read_text(encoding="utf-8", errors="replace"), str(path))


@pytest.fixture
def run_cli(home: Path) -> Callable[..., CliResult]:
    """``run_cli(*argv, term=None)`` runs ``reconui-cli`` in-process and checks its output for secrets."""

    def run(*argv: str, term: cli.Terminal | None = None) -> CliResult:
        term = term or cli.Terminal(out=io.StringIO(), err=io.StringIO(), stdin=io.StringIO())
        code = cli.main(list(argv), term=term)
        out, err = term.out.getvalue(), term.err.getvalue()  # type: ignore[attr-defined]
        assert_no_secret(out, "stdout")
        assert_no_secret(err, "stderr")
        if "--verbose" not in argv:  # verbose in-process output also carries the simulator's own debug logs
            assert "Traceback" not in err
        lines = []
        if "--json" in argv:
            lines = [json.loads(line) for line in out.splitlines() if line.strip()]
        return CliResult(code, out, err, lines)

    return run


@pytest.fixture
def cli_sim(simulator_factory: Callable[..., Simulator]) -> Callable[..., Simulator]:
    """``cli_sim(scenario, **config)``: a simulator with this suite's passwords and short timings."""

    def make(scenario: str = "ok", **overrides: Any) -> Simulator:
        # Outage scenarios keep a full second so that polling surely lands in their windows.
        overrides.setdefault("duration", 1.0 if scenario in ("restart", "expire") else 0.6)
        overrides.setdefault("user", USER)
        overrides.setdefault("password", PASSWORD)
        overrides.setdefault("sso_user", SSO_USER)
        if scenario != "bad_sso":
            overrides.setdefault("sso_password", SSO_PASSWORD)
        if scenario == "expire":
            overrides.setdefault("session_max_age", 0.3)
        if scenario == "flaky":
            overrides.setdefault("flaky_slow_delay", 0.2)
        if scenario == "restore_running":
            overrides.setdefault("restore_running_for", 30.0)  # still running when the CLI looks
        if scenario == "slow_services":
            overrides.setdefault("services_settle", 1.0)
            overrides.setdefault("services_unavailable", 0.2)
        return simulator_factory(scenario=scenario, **overrides)

    return make


def server(sim: Simulator) -> str:
    return f"{sim.host}:{sim.port}"


def command_args(sim: Simulator, command: str = "run", *extra: str) -> list[str]:
    """The arguments of ``command`` against ``sim``: server, user (and the SSO user for ``run``), thumbprint."""
    args = [command, "--server", server(sim), "--user", USER]
    if command == "run":
        args += ["--sso-user", SSO_USER]
    return [*args, "--thumbprint", sim.sha256, *extra]


def creates(sim: Simulator) -> list[dict[str, Any]]:
    """The create requests ``sim`` received."""
    return [r for r in sim.requests if r["method"] == "POST" and r["path"].endswith("/reconciliation/job")]


def run_against(run_cli: Callable[..., CliResult], appliance: HostileAppliance, *extra: str,
                command: str = "status", term: cli.Terminal | None = None) -> CliResult:
    """Run ``command`` against a hostile appliance (``tests/hostile.py``), trusted by thumbprint, no proxy."""
    argv = [command, "--server", appliance.address, "--user", USER, "--thumbprint", appliance.sha256, "--no-proxy",
            *extra]
    if command == "run":
        argv += ["--sso-user", SSO_USER]
    return run_cli(*argv, term=term)


def report_files(home: Path) -> list[Path]:
    """The JSON reports written under RECONUI_HOME ``home``."""
    return sorted((home / "data" / "reports").glob("*.json"))


def no_credentials_sent(sim: Simulator) -> bool:
    return not any(r.get("auth") in ("basic", "session") for r in sim.requests)


__all__ = [
    "FAST", "PASSWORD", "SSO_PASSWORD", "SSO_USER", "USER", "CliResult", "ScriptedTerminal", "TtyInput",
    "command_args", "creates", "no_credentials_sent", "report_files", "run_against", "server",
]


@pytest.fixture
def closed_port() -> int:
    """A loopback port nothing listens on (bound once, then released)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
