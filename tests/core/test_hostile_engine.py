"""Issue 8 against the engine: a hostile appliance (``tests/hostile.py``) over real HTTPS on loopback.

Each test names the issue's item it proves. None of them measures time: a deadline is shown to
work by the server's own record that the client hung up before the answer was complete.
"""

from __future__ import annotations

import os
import socket
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile import API_JOB, API_SESSION, TOKEN, HostileAppliance, Reply, api_routes, job_info, json_body, wait_until

from reconui.core import redaction, wire
from reconui.core.client import ApplianceClient
from reconui.core.deadline import abort_all
from reconui.core.errors import ProtocolError, ReconError, RequestTimeout
from reconui.core.logging_setup import setup_logging, teardown_logging
from reconui.core.models import Credentials, JobSpec, Target
from reconui.core.pins import PinStore
from reconui.core.redaction import MASK, redact, register_credentials, scrub, shown
from reconui.core.render import MessageRenderer
from reconui.core.report import RunReport
from reconui.core.runner import JobRunner, OutcomeKind, RunOptions
from reconui.core.sanitize import MAX_DEPTH, TOO_DEEP, clean_text
from reconui.core.tls import check_trust

ADMIN = Credentials("administrator@vsphere.local", "H0stile-Pa55!")
FAST = RunOptions(min_interval=0.01, max_interval=0.02, outage_initial_delay=0.01, outage_max_delay=0.02,
                  outage_window=30.0)


@pytest.fixture
def appliance() -> Iterator[HostileAppliance]:
    server = HostileAppliance(api_routes())
    yield server
    server.close()


def _client(server: HostileAppliance, tmp_path: Path, **target: float) -> ApplianceClient:
    t = server.target(**target)
    decision = check_trust(t, PinStore(tmp_path / "pins"), session_pins={t.address: server.sha256})
    return ApplianceClient(t, decision)


def _instant_runner(client: ApplianceClient, **options: object) -> JobRunner:
    clock = [0.0]

    def sleep(seconds: float) -> bool:
        clock[0] += seconds
        return False

    return JobRunner(client, ADMIN, on_event=lambda e: None, options=RunOptions(**{**FAST.__dict__, **options}),
                     clock=lambda: clock[0], sleep=sleep)


# --- item 1: one bad string, deep data -----------------------------------------------------------


def test_item1_a_lone_surrogate_from_the_appliance_is_escaped_visibly(appliance: HostileAppliance,
                                                                        tmp_path: Path) -> None:
    message = {"id": "x.y", "default_message": "bad \\ud800 text \u001b[2J", "args": []}
    body = json_body(job_info("SUCCEEDED", 100, messages=[message])).replace(b"\\\\ud800", b"\\ud800")
    appliance.script({("GET", API_JOB): [Reply(200, body)]})
    with _client(appliance, tmp_path) as client:
        client.login(ADMIN)
        info = client.get_job()
    assert info is not None
    text = info.messages[0].default_message
    assert text == "bad \\ud800 text \\x1b[2J"
    text.encode("utf-8")  # would raise UnicodeEncodeError for a lone surrogate


def test_item1_error_data_nested_500_deep_is_cut_not_a_recursion_error(appliance: HostileAppliance,
                                                                         tmp_path: Path) -> None:
    deep: object = "bottom"
    for _ in range(500):
        deep = {"d": deep}
    error = {"error_type": "ERROR", "messages": [], "data": deep}
    appliance.script({("GET", API_JOB): [Reply(200, job_info("FAILED", 100, error=error))]})
    with _client(appliance, tmp_path) as client:
        client.login(ADMIN)
        info = client.get_job()
    assert info is not None and info.status == "FAILED"
    report = RunReport(target=appliance.target(), options={}, renderer=MessageRenderer())
    data = report.to_dict()  # no RecursionError
    assert data["format"] == "reconui-report"
    nested = wire.info_to_dict(info)["error"]["data"]
    depth = 0
    while isinstance(nested, dict):
        nested, depth = nested["d"], depth + 1
    assert nested == TOO_DEEP and depth < MAX_DEPTH


# --- item 2: create 503 forever, read 404: the outage window and the create cap hold -------------


@pytest.mark.expected_warnings("reconui.core.runner")
def test_item2_create_answering_503_while_reads_answer_404_gives_up(appliance: HostileAppliance,
                                                                      tmp_path: Path) -> None:
    appliance.script({("POST", API_JOB): [Reply(503, "<html>busy</html>", headers=(("Content-Type", "text/html"),))]})
    with _client(appliance, tmp_path) as client:
        runner = _instant_runner(client, max_create_attempts=4, outage_window=3600.0)
        outcome = runner.run(JobSpec("administrator@vsphere.local", "Ss0-Pa55!"))
    assert outcome.kind is OutcomeKind.ERROR and outcome.error is not None
    assert outcome.error.code == "gave_up"
    assert len(appliance.calls("POST", API_JOB)) == 4  # the cap, not forever


@pytest.mark.expected_warnings("reconui.core.runner")
def test_item2_the_successful_read_does_not_reset_the_outage_clock(appliance: HostileAppliance,
                                                                    tmp_path: Path) -> None:
    appliance.script({("POST", API_JOB): [Reply(503, b"", headers=(("Content-Type", "text/html"),))]})
    with _client(appliance, tmp_path) as client:
        runner = _instant_runner(client, max_create_attempts=1000, outage_window=1.0, outage_max_delay=0.1)
        outcome = runner.run(JobSpec("administrator@vsphere.local", "Ss0-Pa55!"))
    assert outcome.error is not None and outcome.error.code == "gave_up"
    creates = len(appliance.calls("POST", API_JOB))
    assert 2 <= creates < 1000  # the 1 s window of the fake clock ended it (old code: never)


# --- item 3: the read timeout is not a deadline ------------------------------------------------


@pytest.mark.parametrize("where", ["status line and headers", "body with Content-Length"])
def test_item3_a_dripping_server_is_cut_at_the_call_deadline(appliance: HostileAppliance, tmp_path: Path,
                                                              where: str) -> None:
    # Each byte comes well within the 0.5 s read timeout; the whole answer would take ~40 s.
    body = json_body(job_info("RUNNING", 10, messages=[{"id": "a", "default_message": "x" * 150, "args": []}]))
    head = f"HTTP/1.1 200 Scripted\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    reply = Reply(200, body, drip=0.1, drip_after=0 if where.startswith("status") else len(head))
    appliance.script({("GET", API_JOB): [reply]})
    with _client(appliance, tmp_path, connect_timeout=0.5, read_timeout=0.5) as client:
        client.login(ADMIN)
        with pytest.raises(RequestTimeout) as caught:
            client.get_job()
    assert caught.value.params["phase"] == "total"
    dripped = [d for d in appliance.deliveries if d.path == API_JOB]
    assert dripped and not dripped[-1].complete  # reconui hung up long before the answer was complete


# --- item 5: 1xx interim replies ----------------------------------------------------------------


def test_item5_early_hints_before_the_answer_are_skipped(appliance: HostileAppliance, tmp_path: Path) -> None:
    appliance.script({
        API_SESSION: [Reply(201, json_body(TOKEN), interim=(103,))],
        ("GET", API_JOB): [Reply(200, job_info("RUNNING", 40), interim=(103, 102, 100))],
    })
    with _client(appliance, tmp_path) as client:
        client.login(ADMIN)
        info = client.get_job()
        again = client.get_job()  # the kept-alive connection is still in step
    assert info is not None and info.progress == 40
    assert again is not None and again.progress == 40


# --- item 7: echoed credentials -----------------------------------------------------------------


def test_item7_an_echoed_authorization_header_and_base64_credentials_are_masked(
        appliance: HostileAppliance, tmp_path: Path) -> None:
    appliance.script({("GET", API_JOB): [Reply(200, job_info("RUNNING", 1), echo_request=True)]})
    with _client(appliance, tmp_path) as client:
        client.login(ADMIN)
        client.get_job()
    login = appliance.calls(*API_SESSION)[0]
    basic = (login.header("Authorization") or "").split(" ", 1)[1]
    echoed = f"he said {basic} and session {TOKEN} and {ADMIN.password}"
    masked = shown(echoed)
    assert basic not in masked and TOKEN not in masked and ADMIN.password not in masked
    assert masked.count(MASK) == 3


# --- item 8: redaction that scales ---------------------------------------------------------------


def test_item8_secret_spellings_are_computed_once_not_per_string(monkeypatch: pytest.MonkeyPatch) -> None:
    register_credentials("someone@vsphere.local", "Pr3computed-Pa55!")
    calls = []
    monkeypatch.setattr(redaction, "spellings", lambda s: calls.append(s) or {s})
    data = {"messages": [{"id": f"m{i}", "default_message": f"step {i} of 40000"} for i in range(2000)]}
    scrub(data)
    for _ in range(1000):
        redact("a line of log text that has nothing secret in it")
    assert calls == []


def test_item8_a_huge_session_token_is_refused_and_never_registered() -> None:
    huge = "a" * (3 * 1024 * 1024)
    with pytest.raises(ProtocolError):
        wire.parse_session_token(huge)
    before = redaction.registered_secret_count()
    redaction.register_secret(huge)
    assert redaction.registered_secret_count() == before


def test_item8_a_3_mib_token_from_the_server_ends_the_login_typed(appliance: HostileAppliance,
                                                                   tmp_path: Path) -> None:
    appliance.script({API_SESSION: [Reply(201, json_body("t" * (3 * 1024 * 1024 // 2)))]})
    with _client(appliance, tmp_path) as client, pytest.raises(ProtocolError):
        client.login(ADMIN)


# --- item 9: shape errors ridden out, then their own outcome -------------------------------------


@pytest.mark.expected_warnings("reconui.core.runner")
def test_item9_a_few_answers_of_the_wrong_shape_are_ridden_out(appliance: HostileAppliance, tmp_path: Path) -> None:
    wrong = Reply(200, {"status": 7, "progress": "half"})
    appliance.script({("GET", API_JOB): [Reply(200, job_info("RUNNING", 10)), wrong, wrong,
                                         Reply(200, job_info("SUCCEEDED", 100))]})
    with _client(appliance, tmp_path) as client:
        outcome = _instant_runner(client).watch_existing()
    assert outcome.kind is OutcomeKind.SUCCEEDED


@pytest.mark.expected_warnings("reconui.core.runner")
def test_item9_answers_that_stay_wrong_end_the_run_as_a_protocol_error(appliance: HostileAppliance,
                                                                        tmp_path: Path) -> None:
    appliance.script({("GET", API_JOB): [Reply(200, job_info("RUNNING", 10)), Reply(200, [1, 2, 3])]})
    with _client(appliance, tmp_path) as client:
        outcome = _instant_runner(client, shape_error_retries=3).watch_existing()
    assert outcome.kind is OutcomeKind.ERROR and isinstance(outcome.error, ProtocolError)
    assert len(appliance.calls("GET", API_JOB)) == 1 + 1 + 3  # preflight, first bad poll, 3 tolerated


# --- item 10 and 12: reports and logs -------------------------------------------------------------


def _report(tmp_path: Path) -> RunReport:
    return RunReport(target=Target("vcsa.example"), options={}, renderer=MessageRenderer())


def test_item10_an_existing_report_file_is_never_overwritten(tmp_path: Path) -> None:
    existing = tmp_path / "mine.json"
    existing.write_text("precious", encoding="utf-8")
    files = _report(tmp_path).write(existing)
    assert existing.read_text(encoding="utf-8") == "precious"
    assert files.json == tmp_path / "mine-2.json" and files.html == tmp_path / "mine-2.html"


def test_item10_a_symbolic_link_at_the_report_name_is_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    (tmp_path / "r.json").symlink_to(victim)
    (tmp_path / "dangling.html").symlink_to(tmp_path / "nowhere")
    files = _report(tmp_path).write(tmp_path / "r.json")
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert not files.json.is_symlink() and files.json.name == "r-2.json"
    files = _report(tmp_path).write(tmp_path / "dangling.json")
    assert not (tmp_path / "nowhere").exists() and files.html.name == "dangling-2.html"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_item12_reports_and_logs_are_0600_in_0700_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECONUI_HOME", str(tmp_path / "home"))
    old = os.umask(0o022)
    try:
        files = _report(tmp_path).write()
        log = setup_logging()
    finally:
        os.umask(old)
        teardown_logging()
    for path in (files.json, files.html, log):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    for folder in (files.json.parent, log.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_item12_an_old_world_readable_log_is_tightened(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    folder.mkdir()
    (folder / "reconui.log").write_text("old\n", encoding="utf-8")
    os.chmod(folder / "reconui.log", 0o644)
    try:
        log = setup_logging(folder)
    finally:
        teardown_logging()
    assert stat.S_IMODE(log.stat().st_mode) == 0o600


def test_the_sanitiser_keeps_text_and_escapes_only_what_is_unsafe() -> None:
    assert clean_text("Grüße, 日本\nline\ttab") == "Grüße, 日本\nline\ttab"
    assert clean_text("\x1b[31mred\r\u202eevil\ud800") == "\\x1b[31mred\\x0d\\u202eevil\\ud800"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_item12_the_pin_folder_is_created_0700(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        store = PinStore(tmp_path / "new" / "config" / "known_hosts")
        store.remember("vcsa.example:443", "AB:" * 31 + "AB")
    finally:
        os.umask(old)
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "new").stat().st_mode) == 0o700


def test_item6_abort_all_cuts_a_call_in_flight(appliance: HostileAppliance, tmp_path: Path) -> None:
    """What SIGTERM/Ctrl-C (CLI) and Stop (window) do to a call that is still arriving."""
    body = json_body(job_info("RUNNING", 10, messages=[{"id": "a", "default_message": "x" * 500, "args": []}]))
    appliance.script({("GET", API_JOB): [Reply(200, body, drip=0.1)]})  # ~60 s for the whole answer
    errors: list[BaseException] = []
    with _client(appliance, tmp_path, connect_timeout=30.0, read_timeout=30.0) as client:
        client.login(ADMIN)

        def poll() -> None:
            try:
                client.get_job()
            except BaseException as exc:
                errors.append(exc)

        worker = threading.Thread(target=poll)
        worker.start()
        assert wait_until(lambda: any(d.path == API_JOB and d.sent > 5 for d in appliance.deliveries))
        abort_all()
        worker.join(20)
    assert not worker.is_alive()
    assert errors and isinstance(errors[0], ReconError)
    delivery = next(d for d in appliance.deliveries if d.path == API_JOB)
    assert not delivery.complete


class _HandshakeStaller:
    """Accepts TCP, reads the client's first TLS bytes (the ClientHello), then never answers: the
    client is provably blocked *inside* its TLS handshake once :attr:`hello_seen` is set."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.hello_seen = threading.Event()
        self._conns: list[socket.socket] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        try:
            conn, _ = self._listener.accept()
        except OSError:
            return
        self._conns.append(conn)
        if conn.recv(1):
            self.hello_seen.set()

    def close(self) -> None:
        for conn in self._conns:
            conn.close()
        self._listener.close()


@pytest.mark.parametrize("step", ["certificate check", "client connect"])
def test_item6_abort_all_cuts_a_stalled_tls_handshake(step: str, appliance: HostileAppliance, tmp_path: Path) -> None:
    """wrap_socket detaches the plain socket: the deadline must still reach the TLS socket's
    connection, or a stop during a handshake waits for the full read timeout (seen under load)."""
    staller = _HandshakeStaller()
    decision = check_trust(appliance.target(), PinStore(tmp_path / "pins"), session_pins={
        appliance.target().address: appliance.sha256})
    target = Target(host="127.0.0.1", port=staller.port, proxy=appliance.target().proxy,
                    connect_timeout=30.0, read_timeout=30.0)
    errors: list[BaseException] = []

    def call() -> None:
        try:
            if step == "certificate check":
                check_trust(target, PinStore(tmp_path / "pins2"))
            else:
                ApplianceClient(target, decision).login(ADMIN)
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=call)
    worker.start()
    try:
        assert staller.hello_seen.wait(20)
        abort_all()
        worker.join(20)  # far below the 30 s read timeout the call would otherwise wait for
        assert not worker.is_alive()
        assert errors and isinstance(errors[0], ReconError)
    finally:
        staller.close()
        worker.join(35)
