"""The overall deadline per call and abort_all (reconui/core/deadline.py), against a hostile appliance
(tests/hostile.py) over real HTTPS on loopback. No test measures time: the server's own record shows
that the client hung up before the answer was complete."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest
from hostile import (
    API_JOB,
    HOSTILE_ADMIN,
    HostileAppliance,
    Reply,
    job_info,
    json_body,
    trusted_client,
    wait_until,
)

from reconui.core.client import ApplianceClient
from reconui.core.deadline import abort_all
from reconui.core.errors import ReconError, RequestTimeout
from reconui.core.models import Target
from reconui.core.pins import PinStore
from reconui.core.tls import check_trust


@pytest.mark.parametrize("where", ["status line and headers", "body with Content-Length"])
def test_item3_a_dripping_server_is_cut_at_the_call_deadline(appliance: HostileAppliance, tmp_path: Path,
                                                              where: str) -> None:
    # Each byte comes well within the 0.5 s read timeout; the whole answer would take ~40 s.
    body = json_body(job_info("RUNNING", 10, messages=[{"id": "a", "default_message": "x" * 150, "args": []}]))
    head = f"HTTP/1.1 200 Scripted\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    reply = Reply(200, body, drip=0.1, drip_after=0 if where.startswith("status") else len(head))
    appliance.script({("GET", API_JOB): [reply]})
    with trusted_client(appliance, tmp_path, connect_timeout=0.5, read_timeout=0.5) as client:
        client.login(HOSTILE_ADMIN)
        with pytest.raises(RequestTimeout) as caught:
            client.get_job()
    assert caught.value.params["phase"] == "total"
    dripped = [d for d in appliance.deliveries if d.path == API_JOB]
    assert dripped and not dripped[-1].complete  # reconui hung up long before the answer was complete


def test_item6_abort_all_cuts_a_call_in_flight(appliance: HostileAppliance, tmp_path: Path) -> None:
    """What SIGTERM/Ctrl-C (CLI) and Stop (window) do to a call that is still arriving."""
    body = json_body(job_info("RUNNING", 10, messages=[{"id": "a", "default_message": "x" * 500, "args": []}]))
    appliance.script({("GET", API_JOB): [Reply(200, body, drip=0.1)]})  # ~60 s for the whole answer
    errors: list[BaseException] = []
    with trusted_client(appliance, tmp_path, connect_timeout=30.0, read_timeout=30.0) as client:
        client.login(HOSTILE_ADMIN)

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
                ApplianceClient(target, decision).login(HOSTILE_ADMIN)
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
