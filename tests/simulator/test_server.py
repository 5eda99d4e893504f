"""Hostile and broken clients: raw malformed requests, stalls, silent sockets, leaks."""

from __future__ import annotations

import base64
import gc
import json
import logging
import socket
import threading
import time

import pytest
from sim_helpers import PASSWORD, USER, open_fds, raw_exchange, read_until_closed, tls_socket

from reconui.simulator import Simulator, SimulatorConfig

JOB = "/api/appliance/recovery/reconciliation/job"


def _request(method: str, path: str, *headers: str, body: bytes = b"") -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", "Connection: close", *headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def _sim_threads() -> set[str]:
    return {t.name for t in threading.enumerate() if t.name.startswith("reconui-sim")}


@pytest.mark.parametrize(
    ("raw", "status", "error_type", "message_id"),
    [
        (_request("FOO", "/api/session"), 404, "OPERATION_NOT_FOUND", "ex.rest.operation.not.found"),
        (_request("TRACE", JOB), 404, "OPERATION_NOT_FOUND", "ex.rest.operation.not.found"),
        (_request("POST", JOB, "Content-Type: application/json", "Content-Length: abc", body=b"{}"), 400,
         "INVALID_REQUEST", "ex.rest.body.framing"),
        (_request("POST", JOB, "Content-Type: application/json", "Content-Length: -5", body=b"{}"), 400,
         "INVALID_REQUEST", "ex.rest.body.framing"),
        # Refused from the header alone: the simulator never waits for (or buffers) 1 GB.
        (_request("POST", JOB, "Content-Type: application/json", "Content-Length: 1000000000"), 413,
         "INVALID_REQUEST", "ex.rest.body.too.large"),
        (_request("POST", JOB, "Content-Type: application/json", "Transfer-Encoding: chunked", body=b"zz\r\n"), 400,
         "INVALID_REQUEST", "ex.rest.body.framing"),
        (_request("POST", JOB, "Content-Type: application/json", "Transfer-Encoding: chunked",
                  body=b"100000\r\n" + b"x" * 0x100000 + b"\r\n1\r\nx\r\n0\r\n\r\n"), 413,
         "INVALID_REQUEST", "ex.rest.body.too.large"),
    ],
    ids=["unknown-method", "trace", "content-length-text", "content-length-negative", "too-large",
         "bad-chunk", "chunked-too-large"],
)
def test_malformed_requests_get_vapi_errors(simulator, caplog, raw, status, error_type, message_id):
    caplog.set_level(logging.DEBUG, logger="reconui.simulator")
    started = time.monotonic()
    got, headers, body = raw_exchange(simulator, raw)
    assert time.monotonic() - started < 2.0
    assert got == status, body
    assert headers["content-type"] == "application/json" and headers["server"] == "envoy"
    error = json.loads(body)
    assert error["error_type"] == error_type and error["messages"][0]["id"] == message_id
    assert "{" not in error["messages"][0]["default_message"]
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert simulator.requests[-1]["status"] == status


def test_body_errors_use_the_rest_envelope_and_close(simulator):
    raw = _request("POST", "/rest/appliance/recovery/reconciliation/job", "Content-Length: 2000000")
    status, headers, body = raw_exchange(simulator, raw.replace(b"Connection: close\r\n", b""))
    assert status == 413 and headers["connection"] == "close"
    envelope = json.loads(body)
    assert envelope["type"] == "com.vmware.vapi.std.errors.invalid_request"
    assert envelope["value"]["messages"][0]["args"] == [str(1 << 20)]


def test_chunked_body_is_accepted(simulator):
    basic = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
    with tls_socket(simulator) as tls:
        tls.sendall(_request("POST", "/api/session", f"Authorization: Basic {basic}"))
        token = json.loads(read_until_closed(tls).partition(b"\r\n\r\n")[2])
    spec = json.dumps({"sso_admin_user_name": USER, "sso_admin_user_password": PASSWORD}).encode()
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(spec), spec)
    status, _headers, body = raw_exchange(simulator, _request(
        "POST", JOB, f"vmware-api-session-id: {token}", "Content-Type: application/json",
        "Transfer-Encoding: chunked", body=chunked))
    assert status == 201 and json.loads(body)["status"] == "RUNNING"


def test_stalled_and_trickling_requests_time_out(simulator_factory):
    sim = simulator_factory(request_timeout=0.6, connection_timeout=5.0)
    # Half a request, then silence: closed after request_timeout, not connection_timeout.
    with tls_socket(sim) as half:
        half.sendall(b"GET /api/session HTTP/1.1\r\nHost: x\r\n")
        started = time.monotonic()
        assert read_until_closed(half) == b""
        assert 0.4 < time.monotonic() - started < 2.0
    # Slowloris: one header byte every 0.1 s keeps each read short, but the request as a whole
    # still has to be complete within request_timeout.
    with tls_socket(sim) as slow:
        slow.settimeout(0.05)
        started = time.monotonic()
        closed = False
        for byte in b"GET /api/session HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + b"a" * 200:
            try:
                slow.sendall(bytes([byte]))
                if slow.recv(1) == b"":
                    closed = True
                    break
            except TimeoutError:
                pass
            except (ConnectionError, OSError):
                closed = True
                break
            time.sleep(0.05)
        assert closed and time.monotonic() - started < 3.0
    # Meanwhile the simulator serves everyone else.
    status, _headers, _body = raw_exchange(sim, _request("GET", "/api/session"))
    assert status == 401


def test_silent_clients_neither_block_stop_nor_leak(tmp_path):
    gc.collect()
    fds_before, threads_before = open_fds(), _sim_threads()
    sim = Simulator(SimulatorConfig(duration=0.5)).start()
    plain_tcp = socket.create_connection((sim.host, sim.port))  # never starts TLS
    quiet_tls = tls_socket(sim)  # TLS done, never sends a request
    half = tls_socket(sim)
    half.sendall(b"POST /api/session HTTP/1.1\r\nContent-Length: 50\r\n\r\n{")  # body never completes
    time.sleep(0.2)
    started = time.monotonic()
    sim.stop()
    assert time.monotonic() - started < 1.0
    for sock in (plain_tcp, quiet_tls, half):
        sock.close()
    gc.collect()
    assert _sim_threads() == threads_before
    assert open_fds() == fds_before
