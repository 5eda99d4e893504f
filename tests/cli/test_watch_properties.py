"""The whole run under arbitrary replies: ``reconui-cli run``/``status``, both output modes, with the
real client, runner, report and output code, against an appliance that answers anything at all.

For every generated sequence of replies (statuses, bodies that are JSON of any shape or not JSON,
strings with lone surrogates, terminal escapes and echoed credentials, network exceptions) the
properties are:

* ``main`` returns - no exception escapes (the documented ones end as exit codes);
* the exit code is one of the documented ones (:data:`reconui.cli.DOCUMENTED_EXIT_CODES`);
* a report (JSON + HTML) is always written, and the JSON parses;
* no password, no base64 ``user:password`` and no session token (once it is ours) appears in
  stdout, stderr, the report or the log (``run_cli`` and the ``home`` fixture check every file).

Two variants: thousands of examples in-process, where a fake ``requests`` session plays the replies
(the client's whole reply handling - status, body cap, JSON decoding, sanitising, typing - runs as
in production, only the socket is missing), and a smaller number over real HTTPS against the
hostile appliance (``tests/hostile.py``), where interim replies and hang-ups are real.
"""

from __future__ import annotations

import base64
import io
import itertools
import json
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from unittest import mock
from urllib.parse import urlsplit

import pytest
import requests
from hostile import TOKEN, HostileAppliance, Received, Reply, job_info
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconui import cli
from reconui.cli import watch as cli_watch
from reconui.core.client import ApplianceClient
from reconui.core.models import TrustDecision, TrustMode
from reconui.core.runner import JobRunner
from reconui.core.tls import certificate_info_from_pem
from reconui.simulator.certificate import generate_self_signed

from .conftest import PASSWORD, SSO_PASSWORD, SSO_USER, USER, CliResult

IN_PROCESS_EXAMPLES = int(os.environ.get("RECONUI_WHOLE_RUN_EXAMPLES", "2000"))
HTTPS_EXAMPLES = int(os.environ.get("RECONUI_WHOLE_RUN_HTTPS_EXAMPLES", "60"))

BASIC = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
#: What a hostile appliance might echo back.
ECHOES = [PASSWORD, SSO_PASSWORD, BASIC, f"Basic {BASIC}", f"Authorization: Basic {BASIC}", TOKEN,
          f"vmware-api-session-id: {TOKEN}", json.dumps(PASSWORD)[1:-1], f'"sso_admin_user_password": "{SSO_PASSWORD}"']
NASTY = ["\ud800", "\udfff", "\x1b[2J\x1b[H", "\r", "\x00", "\u202e", "\u2028", "%s%n{0}", "<script>", "\x85"]

#: A small alphabet with every kind of trouble in it (cheap to generate, so thousands of examples
#: stay fast): ASCII and JSON/URL punctuation, accents, CJK, an emoji, C0/C1 controls, lone
#: surrogates, a bidi override, a line separator and a BOM.
_ALPHABET = [*"aZ0 :{}\\\"'%@/=,", "é", "日", "\U0001f600", "\x00", "\x1b", "\r", "\n", "\t", "\x7f", "\x85",
             "\ud800", "\udfff", "\u202e", "\u2028", "\ufeff"]
_chars = st.sampled_from(_ALPHABET)
text = st.one_of(st.text(_chars, max_size=10), st.sampled_from(ECHOES + NASTY),
                 st.tuples(st.sampled_from(ECHOES + NASTY), st.text(_chars, max_size=3)).map("".join))
json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.floats(allow_nan=False), text),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(text, inner, max_size=3)),
    max_leaves=5,
)
messages = st.lists(st.fixed_dictionaries(
    {"id": text, "default_message": text, "args": st.lists(text, max_size=1)},
    optional={"params": st.dictionaries(st.just("p"), json_values, max_size=1), "localized": text}), max_size=2)
statuses = st.one_of(st.sampled_from(["RUNNING", "SUCCEEDED", "FAILED", "NONE", "PENDING"]), text)
job_infos = st.builds(
    lambda status, progress, msgs, error: {**job_info("RUNNING", 0), "status": status, "progress": progress,
                                           "messages": msgs, **({"error": error} if error is not None else {})},
    statuses, st.one_of(st.integers(-5, 105), st.integers(-(2**70), 2**70)), messages,
    st.one_of(st.none(), text, json_values),
)

#: One reply: ("plausible", info) answers the request as a healthy appliance would, with ``info``
#: as the job; ("reply", status, body, content type); ("raise", exception name).
replies = st.one_of(
    st.tuples(st.just("plausible"), job_infos),
    st.tuples(st.just("plausible"), job_infos),
    st.tuples(st.just("plausible"), job_infos),
    st.tuples(st.just("reply"), st.sampled_from([200, 201, 204, 301, 400, 401, 403, 404, 500, 502, 503]),
              st.one_of(json_values.map(lambda v: json.dumps(v).encode()), st.binary(max_size=40),
                        job_infos.map(lambda v: json.dumps(v).encode())),
              st.sampled_from(["application/json", "text/html", ""])),
    st.tuples(st.just("raise"), st.sampled_from(["ConnectionError", "ReadTimeout", "ConnectTimeout", "SSLError",
                                                 "ChunkedEncodingError", "ContentDecodingError", "ProxyError"])),
)
runs = st.fixed_dictionaries({
    "command": st.sampled_from(["run", "status"]),
    "json": st.booleans(),
    "start_new": st.booleans(),
    "replies": st.lists(replies, min_size=0, max_size=8),
})

_CERT = generate_self_signed()
_DECISION = TrustDecision(TrustMode.PINNED, certificate_info_from_pem(_CERT.cert_pem))


def _plausible(method: str, path: str, info: dict[str, Any]) -> tuple[int, bytes]:
    if path.endswith("/session") and method == "POST":
        return 201, json.dumps(TOKEN).encode()
    if path.endswith("/session"):
        return 200, json.dumps({"user": USER, "created_time": "2026-01-01T10:00:00.000Z"}).encode()
    if path.endswith("/system/version"):
        return 200, json.dumps({"product": "VMware vCenter Server", "version": "8.0.2", "build": "1"}).encode()
    if path.endswith("/restore/job"):
        return 200, json.dumps({"state": "SUCCEEDED", "progress": 100, "messages": []}).encode()
    return (201 if method == "POST" else 200), json.dumps(info, ensure_ascii=False).encode("utf-8", "surrogatepass")


class _ScriptedSession(requests.Session):
    """A ``requests.Session`` that plays the generated replies instead of opening sockets."""

    def __init__(self, script: list[tuple[Any, ...]], exhausted: Callable[[], None]) -> None:
        super().__init__()
        self._script = script
        self._exhausted = exhausted

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        if not self._script:
            self._exhausted()
            raise requests.ConnectionError("the script has ended")
        spec = self._script.pop(0)
        if spec[0] == "raise":
            raise getattr(requests.exceptions, spec[1])("scripted failure")
        if spec[0] == "plausible":
            status, body = _plausible(method, urlsplit(url).path, spec[1])
            content_type = "application/json"
        else:
            _, status, body, content_type = spec
        response = requests.Response()
        response.status_code = status
        response.headers["Content-Type"] = content_type
        response.headers["Content-Length"] = str(len(body))
        response.raw = io.BytesIO(body)
        response.url = url
        return response


def _instant_runner(cancels: list[threading.Event]) -> Callable[..., JobRunner]:
    """JobRunner with a fake clock and no real waiting; the run's cancel event is kept."""

    def make(*args: Any, **kwargs: Any) -> JobRunner:
        clock = [0.0]

        def sleep(seconds: float) -> bool:
            clock[0] += seconds
            return kwargs["cancel"].is_set()

        cancels.append(kwargs["cancel"])
        return JobRunner(*args, clock=lambda: clock[0], sleep=sleep, **kwargs)

    return make


def _argv(run: dict[str, Any], server: str, report: Path, *extra: str) -> list[str]:
    argv = [run["command"], "--server", server, "--user", USER, "--no-proxy", "--report", str(report), "--timeout",
            "1", *extra]
    if run["json"]:
        argv.append("--json")
    if run["command"] == "run":
        argv += ["--sso-user", SSO_USER]
        if run["start_new"]:
            argv.append("--start-new")
    return argv


def _check(result: CliResult, report_dir: Path) -> None:
    assert result.code in cli.DOCUMENTED_EXIT_CODES, (result.code, result.err)
    assert "Traceback" not in result.err
    written = sorted(p.suffix for p in report_dir.iterdir())
    assert written == [".html", ".json"], written
    report_text = next(report_dir.glob("*.json")).read_text(encoding="utf-8")
    report = json.loads(report_text)
    assert report["outcome"]["exit_code"] == result.code
    html = next(report_dir.glob("*.html")).read_text(encoding="utf-8")
    outputs = (result.out, result.err, report_text, html)
    for output in outputs:
        output.encode("utf-8")  # no lone surrogate reached any output
        assert "\x1b" not in output
        assert BASIC not in output
    if report.get("user") is not None:  # logged in: the token is ours and must be masked everywhere
        assert all(TOKEN not in output for output in outputs)


@pytest.fixture
def counter() -> Iterator[Iterator[int]]:
    yield itertools.count()


@pytest.mark.timeout(900)  # 2000 examples take about a minute; shrinking a failure takes longer
@settings(max_examples=IN_PROCESS_EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(run=runs)
@pytest.mark.expected_warnings  # random replies: any engine warning is legitimate here
def test_whole_run_in_process_any_replies(run_cli, home: Path, counter: Iterator[int], run: dict[str, Any]) -> None:
    report_dir = home / "reports" / str(next(counter))
    cancels: list[threading.Event] = []

    def exhausted() -> None:
        for cancel in cancels:
            cancel.set()

    def client(target: Any, decision: TrustDecision) -> ApplianceClient:
        return ApplianceClient(target, decision, session=_ScriptedSession(list(run["replies"]), exhausted))

    with mock.patch.object(cli_watch, "settle_trust", lambda *a, **k: _DECISION), \
            mock.patch.object(cli_watch, "ApplianceClient", client), \
            mock.patch.object(cli_watch, "JobRunner", _instant_runner(cancels)):
        result = run_cli(*_argv(run, "vcsa.example", report_dir))
    _check(result, report_dir)


def _to_reply(spec: tuple[Any, ...]) -> Reply | Callable[[Received], Reply]:
    if spec[0] == "plausible":
        info = spec[1]

        def plausible(request: Received) -> Reply:
            status, body = _plausible(request.method, request.path.split("?", 1)[0], info)
            return Reply(status, body, interim=(103,) if len(request.path) % 2 else ())

        return plausible
    if spec[0] == "raise":
        return Reply(raw=b"HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\n{\"trunc")  # cut off mid-answer
    _, status, body, content_type = spec
    return Reply(status, body, headers=(("Content-Type", content_type or "application/octet-stream"),))


@pytest.fixture
def hostile() -> Iterator[HostileAppliance]:
    server = HostileAppliance()
    yield server
    server.close()


@pytest.mark.timeout(900)
@settings(max_examples=HTTPS_EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(run=runs)
@pytest.mark.expected_warnings  # random replies: any engine warning is legitimate here
def test_whole_run_over_https_any_replies(run_cli, home: Path, counter: Iterator[int], hostile: HostileAppliance,
                                          run: dict[str, Any]) -> None:
    report_dir = home / "reports" / str(next(counter))
    cancels: list[threading.Event] = []

    def exhausted() -> None:
        for cancel in cancels:
            cancel.set()

    hostile.play([_to_reply(spec) for spec in run["replies"]] or [Reply(raw=b"")], exhausted)
    with mock.patch.object(cli_watch, "JobRunner", _instant_runner(cancels)):
        result = run_cli(*_argv(run, hostile.address, report_dir, "--thumbprint", hostile.sha256))
    _check(result, report_dir)
