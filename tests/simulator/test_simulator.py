"""Lifecycle, concurrency, the request log and the CLI."""

from __future__ import annotations

import gc
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sim_helpers import PASSWORD, USER, Client, open_fds

from reconui.simulator import Simulator, SimulatorConfig


def _sim_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("reconui-sim")]


def test_api_surface_and_ready_line(simulator):
    assert simulator.url == f"https://127.0.0.1:{simulator.port}" and simulator.host == "127.0.0.1"
    assert simulator.port > 0
    line = simulator.ready_line()
    assert line == {"url": simulator.url, "sha256": simulator.sha256, "flavors": ["api", "rest"], "scenario": "ok"}
    assert len(simulator.sha256.split(":")) == 32 and simulator.sha256 == simulator.sha256.upper()
    assert simulator.cert_pem.startswith("-----BEGIN CERTIFICATE-----")
    with pytest.raises(Exception, match=r"frozen|cannot assign"):
        simulator.config.scenario = "fail"  # type: ignore[misc]
    with pytest.raises(ValueError, match="unknown scenario"):
        SimulatorConfig(scenario="nope")


def test_concurrent_clients_and_no_leaks(tmp_path):
    gc.collect()
    before, fds_before = set(_sim_threads()), open_fds()
    sim = Simulator(SimulatorConfig(duration=0.5)).start()
    ca = tmp_path / "ca.pem"
    ca.write_text(sim.cert_pem, encoding="ascii")

    def worker(index: int) -> int:
        client = Client(sim, "api" if index % 2 else "rest", ca)
        try:
            client.login()
            statuses = [client.get_job().status_code for _ in range(5)]
            return sum(status in (200, 404) for status in statuses)
        finally:
            client.close()

    with ThreadPoolExecutor(max_workers=12) as pool:
        assert sum(pool.map(worker, range(24))) == 24 * 5
    # An idle keep-alive connection left open must not keep stop() waiting.
    idle = Client(sim, "api", ca)
    idle.login()
    started = time.monotonic()
    sim.stop()
    idle.close()
    assert time.monotonic() - started < 1.0
    assert set(_sim_threads()) == before
    gc.collect()
    assert open_fds() == fds_before  # no socket (or log file) left open
    sim.stop()  # idempotent


def test_same_port_cert_files_and_restart_of_object(tmp_path, simulator):
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert.write_text(simulator.certificate.cert_pem, encoding="ascii")
    key.write_text(simulator.certificate.key_pem, encoding="ascii")
    with Simulator(SimulatorConfig(cert_file=cert, key_file=key, flavors=("rest",))) as other:
        assert other.sha256 == simulator.sha256
        assert other.ready_line()["flavors"] == ["rest"]


def test_request_log(simulator_factory, client_factory, tmp_path):
    log = tmp_path / "requests.jsonl"
    secret = "S3cr3t-#&:*\"\\-Ünï"
    sim = simulator_factory(request_log=log, password=secret, sso_password=secret)
    client = client_factory(sim, "rest")
    client.login(password=secret, headers={})  # gets a cookie too
    client.create({"sso_admin_user_name": USER, "sso_admin_user_password": secret})
    client.get_job()
    client.token = None
    client.get_job()  # cookie only
    client.http.cookies.clear()
    client.get_job()  # nothing
    client.request("GET", "version", auth=(USER, PASSWORD))
    sim.stop()
    text = log.read_text(encoding="utf-8")
    assert secret not in text and PASSWORD not in text and client.http.auth is None
    lines = [json.loads(line) for line in text.splitlines()]
    assert lines == sim.requests
    assert [(r["method"], r["path"], r["status"], r["auth"]) for r in lines] == [
        ("POST", "/rest/com/vmware/cis/session", 200, "basic"),
        ("POST", "/rest/appliance/recovery/reconciliation/job", 200, "session"),
        ("GET", "/rest/appliance/recovery/reconciliation/job", 200, "session"),
        ("GET", "/rest/appliance/recovery/reconciliation/job", 200, "session"),
        ("GET", "/rest/appliance/recovery/reconciliation/job", 401, "none"),
        ("GET", "/rest/appliance/system/version", 401, "basic"),
    ]
    assert lines[3]["cookie"] is True and lines[4]["cookie"] is False
    assert all(set(r) >= {"time", "method", "path", "status", "auth", "cookie"} for r in lines)
    for record in lines:
        assert not any(client.token and str(v) == client.token for v in record.values())


def _cli(*args: str, tmp_path: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "reconui.simulator", "--port", "0", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path,
    )


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_cli_ready_line_and_clean_exit(tmp_path, client_factory, sig):
    log = tmp_path / "cli.jsonl"
    process = _cli("--scenario", "fail", "--duration", "0.3", "--request-log", str(log), tmp_path=tmp_path)
    try:
        assert process.stdout is not None
        line = json.loads(process.stdout.readline())
        assert set(line) == {"url", "sha256", "flavors", "scenario"}
        assert line["scenario"] == "fail" and line["flavors"] == ["api", "rest"]
        assert line["url"].startswith("https://127.0.0.1:")

        class Remote:  # what the Client helper needs from a simulator
            url = line["url"]
            port = int(line["url"].rsplit(":", 1)[1])
            cert_pem = ""

        ca = tmp_path / "ca.pem"
        import ssl

        ca.write_text(ssl.get_server_certificate(("127.0.0.1", Remote.port)), encoding="ascii")
        client = Client(Remote, "api", ca)  # type: ignore[arg-type]
        try:
            assert client.login().status_code == 201
        finally:
            client.close()
        started = time.monotonic()
        process.send_signal(sig)
        out, err = process.communicate(timeout=5)
        assert time.monotonic() - started < 1.0
        assert process.returncode == 0, err
        assert out == "" and err == ""
        assert "session" in log.read_text(encoding="utf-8")
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()


def test_cli_help_and_bad_options(tmp_path):
    shown = subprocess.run([sys.executable, "-m", "reconui.simulator", "--help"], capture_output=True, text=True,
                           check=True, cwd=tmp_path)
    for text in ("VMware1!", "administrator@vsphere.local", "--appliance-version", "restart", "flaky"):
        assert text in shown.stdout
    bad = subprocess.run([sys.executable, "-m", "reconui.simulator", "--appliance-version", "6.7.0",
                          "--flavor", "api"], capture_output=True, text=True, cwd=tmp_path)
    assert bad.returncode == 2 and "only /rest" in bad.stderr and bad.stdout == ""


def test_cli_start_failures_are_sentences(tmp_path):
    junk = tmp_path / "junk.pem"
    junk.write_text("not a certificate\n", encoding="ascii")
    result = subprocess.run([sys.executable, "-m", "reconui.simulator", "--cert", str(junk), "--key", str(junk)],
                            capture_output=True, text=True, cwd=tmp_path, timeout=30)
    assert result.returncode == 1 and result.stdout == ""
    assert "unusable certificate or key" in result.stderr and "Traceback" not in result.stderr
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        result = subprocess.run([sys.executable, "-m", "reconui.simulator", "--port", str(taken.getsockname()[1])],
                                capture_output=True, text=True, cwd=tmp_path, timeout=30)
    assert result.returncode == 1 and result.stdout == ""
    assert "cannot serve on 127.0.0.1" in result.stderr and "Traceback" not in result.stderr
