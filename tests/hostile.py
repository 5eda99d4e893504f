"""A hostile appliance of our own: raw sockets + TLS on 127.0.0.1, scripted faults per request.

``http.server`` cannot misbehave on purpose: it cannot drip a status line byte by byte, send a
``103 Early Hints`` before the answer, hang up in the middle of a header, or echo the
``Authorization`` header back. This server writes every byte itself, so a test scripts exactly
what each request gets (:class:`Reply`), and it records every request it read, headers included
(:attr:`HostileAppliance.requests`), so a test can check what reconui sent - and what it did not.

Scripting: ``routes`` maps ``(method, path)`` (path without the query) to a list of replies, used
in order; the last one repeats. Anything unscripted answers 404 with a vAPI ``not_found`` body.
``HostileAppliance.script(...)`` replaces routes while the server runs.

Every connection is handled on its own daemon thread and closed at :meth:`close`; the listener
polls a stop flag, so a test's teardown never hangs.
"""

from __future__ import annotations

import json
import socket
import ssl
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from netkit import LoopbackListener

from reconui.core.client import ApplianceClient
from reconui.core.models import Credentials, ProxyChoice, ProxyMode, Target
from reconui.core.pins import PinStore
from reconui.core.runner import JobRunner, RunOptions
from reconui.core.tls import check_trust
from reconui.simulator.certificate import ServerCertificate, generate_self_signed

API_SESSION = ("POST", "/api/session")
API_JOB = "/api/appliance/recovery/reconciliation/job"
API_RESTORE = ("GET", "/api/appliance/recovery/restore/job")
API_VERSION = ("GET", "/api/appliance/system/version")

TOKEN = "0123456789abcdef0123456789abcdef"


@dataclass(frozen=True)
class Reply:
    """One scripted answer.

    Attributes:
        status: the final status code.
        body: bytes as they are, ``str`` encoded as UTF-8, anything else dumped as JSON.
        headers: extra headers (Content-Length is added unless ``chunked`` or given here).
        interim: informational statuses sent first (``(103,)`` for Early Hints).
        drip: seconds to wait between single bytes of the answer (0 = send at once).
        drip_after: bytes sent at once before the dripping starts (the headers, to drip the body).
        hang_up_after: close the connection after this many bytes of the answer.
        chunked: send the body with ``Transfer-Encoding: chunked`` (one chunk).
        raw: send exactly these bytes instead of building an answer.
        echo_request: append the request's header block (credentials included) to the body text
            (for a JSON body, into a field ``"echo"``) - an appliance that echoes what it was sent.
    """

    status: int = 200
    body: Any = b""
    headers: tuple[tuple[str, str], ...] = ()
    interim: tuple[int, ...] = ()
    drip: float = 0.0
    drip_after: int = 0
    hang_up_after: int | None = None
    chunked: bool = False
    raw: bytes | None = None
    echo_request: bool = False


@dataclass
class Received:
    """A request as the server read it."""

    method: str
    path: str
    headers: list[tuple[str, str]]
    body: bytes

    def header(self, name: str) -> str | None:
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return None


@dataclass
class Delivery:
    """What happened to one answer: how much of it the client took before it hung up."""

    path: str
    sent: int
    total: int

    @property
    def complete(self) -> bool:
        return self.sent == self.total


def json_body(obj: object) -> bytes:
    return json.dumps(obj).encode("utf-8")


def job_info(status: str = "RUNNING", progress: int = 50, **extra: Any) -> dict[str, Any]:
    """An ``/api`` reconciliation job Info."""
    info: dict[str, Any] = {
        "status": status,
        "progress": progress,
        "start_time": "2026-01-01T10:00:00.000Z",
        "description": {"id": "com.vmware.recon.job", "default_message": "Reconciliation", "args": []},
        "messages": [],
    }
    if status in ("SUCCEEDED", "FAILED"):
        info["end_time"] = "2026-01-01T10:05:00.000Z"
    info.update(extra)
    return info


def _encode(reply: Reply, request: Received) -> bytes:
    if reply.raw is not None:
        return reply.raw
    body = reply.body
    if reply.echo_request:
        echo = "\r\n".join(f"{k}: {v}" for k, v in request.headers)
        if isinstance(body, dict):
            body = {**body, "echo": echo}
        elif isinstance(body, str):
            body = body + echo
    if isinstance(body, bytes):
        payload = body
    elif isinstance(body, str):
        payload = body.encode("utf-8", "surrogatepass")
    else:
        payload = json.dumps(body).encode("utf-8")
    head = bytearray()
    for status in reply.interim:
        head += f"HTTP/1.1 {status} Interim\r\nLink: </style.css>; rel=preload\r\n\r\n".encode("ascii")
    head += f"HTTP/1.1 {reply.status} Scripted\r\n".encode("ascii")
    names = {k.lower() for k, _ in reply.headers}
    for key, value in reply.headers:
        head += f"{key}: {value}\r\n".encode("latin-1")
    if "content-type" not in names:
        head += b"Content-Type: application/json\r\n"
    if reply.chunked:
        head += b"Transfer-Encoding: chunked\r\n\r\n"
        return bytes(head) + f"{len(payload):x}\r\n".encode("ascii") + payload + b"\r\n0\r\n\r\n"
    if "content-length" not in names:
        head += f"Content-Length: {len(payload)}\r\n".encode("ascii")
    head += b"\r\n"
    return bytes(head) + payload


class HostileAppliance(LoopbackListener):
    """The server. Use as a context manager or call :meth:`close`.

    Args:
        routes: ``(method, path) -> [Reply, ...]`` (see the module docstring).
        tls: serve HTTPS (the default) or plain TCP.
    """

    def __init__(self, routes: Mapping[tuple[str, str], Sequence[Reply]] | None = None, *, tls: bool = True,
                 certificate: ServerCertificate | None = None) -> None:
        self.certificate = certificate or generate_self_signed() if tls else None
        self._context = self.certificate.ssl_context() if self.certificate is not None else None
        self._lock = threading.Lock()
        self._routes: dict[tuple[str, str], list[Reply]] = {}
        self._used: dict[tuple[str, str], int] = {}
        self.requests: list[Received] = []
        self.deliveries: list[Delivery] = []
        self._sequence: list[Reply | Callable[[Received], Reply]] | None = None
        self._on_exhausted: Callable[[], None] = lambda: None
        self.script(routes or {})
        self._connections: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        super().__init__()

    # --- scripting ---------------------------------------------------------------------------

    def script(self, routes: Mapping[tuple[str, str], Sequence[Reply]]) -> None:
        with self._lock:
            for key, replies in routes.items():
                self._routes[key] = list(replies)
                self._used[key] = 0

    def play(self, replies: Sequence[Reply | Callable[[Received], Reply]],
             on_exhausted: Callable[[], None] = lambda: None) -> None:
        """Answer the next requests, whatever their path, with ``replies`` in order (a callable gets
        the request and returns the reply); once they are used up, call ``on_exhausted`` and hang up
        on every further request. Routes apply again after :meth:`play` with no replies."""
        with self._lock:
            self._sequence = list(replies) if replies else None
            self._on_exhausted = on_exhausted

    def _reply_for(self, request: Received) -> Reply:
        key = (request.method, request.path.split("?", 1)[0])
        with self._lock:
            if self._sequence is not None:
                if not self._sequence:
                    exhausted = self._on_exhausted
                    self._on_exhausted = lambda: None
                    exhausted()
                    return Reply(raw=b"")
                item = self._sequence.pop(0)
                return item(request) if callable(item) else item
            replies = self._routes.get(key)
            if not replies:
                return Reply(404, {"error_type": "NOT_FOUND", "messages": []})
            index = min(self._used[key], len(replies) - 1)
            self._used[key] += 1
            return replies[index]

    def calls(self, method: str, path: str) -> list[Received]:
        with self._lock:
            return [r for r in self.requests if r.method == method and r.path.split("?", 1)[0] == path]

    # --- target ------------------------------------------------------------------------------

    @property
    def sha256(self) -> str:
        assert self.certificate is not None
        return self.certificate.sha256

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    def target(self, **overrides: Any) -> Target:
        overrides.setdefault("proxy", ProxyChoice(ProxyMode.NONE))
        overrides.setdefault("connect_timeout", 2.0)
        overrides.setdefault("read_timeout", 2.0)
        return Target(host=self.host, port=self.port, **overrides)

    # --- serving -----------------------------------------------------------------------------

    def _handle(self, conn: socket.socket) -> None:
        with self._lock:
            self._connections.append(conn)
        worker = threading.Thread(target=self._serve, args=(conn,), daemon=True, name="hostile-conn")
        self._threads.append(worker)
        worker.start()

    def _serve(self, raw: socket.socket) -> None:
        conn: socket.socket = raw
        try:
            raw.settimeout(10)
            if self._context is not None:
                conn = self._context.wrap_socket(raw, server_side=True)
                with self._lock:
                    self._connections.append(conn)
            buffer = b""
            while not self._stop.is_set():
                request, buffer = self._read_request(conn, buffer)
                if request is None:
                    return
                with self._lock:
                    self.requests.append(request)
                reply = self._reply_for(request)
                if not self._send(conn, reply, request):
                    return
        except (OSError, ssl.SSLError, ValueError):
            return
        finally:
            try:
                conn.close()
            except OSError:
                pass

    def _read_request(self, conn: socket.socket, buffer: bytes) -> tuple[Received | None, bytes]:
        while b"\r\n\r\n" not in buffer:
            chunk = conn.recv(65536)
            if not chunk:
                return None, b""
            buffer += chunk
            if len(buffer) > 1024 * 1024:
                return None, b""
        head, _, rest = buffer.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, path, _version = lines[0].split(" ", 2)
        headers = []
        for line in lines[1:]:
            key, _, value = line.partition(":")
            headers.append((key.strip(), value.strip()))
        length = 0
        for key, value in headers:
            if key.lower() == "content-length":
                length = int(value)
        while len(rest) < length:
            chunk = conn.recv(65536)
            if not chunk:
                return None, b""
            rest += chunk
        return Received(method, path, headers, rest[:length]), rest[length:]

    def _send(self, conn: socket.socket, reply: Reply, request: Received) -> bool:
        """Send one answer as scripted; False when the connection must end afterwards."""
        data = _encode(reply, request)
        limit = len(data) if reply.hang_up_after is None else min(reply.hang_up_after, len(data))
        sent = 0
        delivery = Delivery(request.path, 0, len(data))
        with self._lock:
            self.deliveries.append(delivery)
        try:
            if reply.drip > 0:
                if reply.drip_after:
                    sent = min(reply.drip_after, limit)
                    conn.sendall(data[:sent])
                    delivery.sent = sent
                while sent < limit and not self._stop.is_set():
                    conn.sendall(data[sent:sent + 1])
                    sent += 1
                    delivery.sent = sent
                    self._stop.wait(reply.drip)
            else:
                conn.sendall(data[:limit])
                sent = limit
                delivery.sent = sent
        except OSError:
            return False
        return sent == len(data) and reply.hang_up_after is None and reply.raw is None

    def close(self) -> None:
        super().close()
        with self._lock:
            connections = list(self._connections)
        for conn in connections:
            try:
                conn.shutdown(socket.SHUT_RDWR)  # wakes a thread blocked in recv (close alone does not)
            except OSError:
                pass
            try:
                conn.close()
            except OSError:
                pass
        for worker in self._threads:
            worker.join(5)

    def __enter__(self) -> HostileAppliance:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def api_routes(job: Sequence[Reply] | None = None, *, create: Sequence[Reply] | None = None,
               session: Sequence[Reply] | None = None) -> dict[tuple[str, str], list[Reply]]:
    """Routes of a minimal healthy ``/api`` appliance, with the job's answers scripted."""
    return {
        API_SESSION: list(session or [Reply(201, json_body(TOKEN))]),
        ("DELETE", "/api/session"): [Reply(204)],
        API_VERSION: [Reply(200, {"product": "VMware vCenter Server", "version": "8.0.2", "build": "1",
                                  "type": "vCenter Server with an embedded Platform Services Controller"})],
        API_RESTORE: [Reply(200, {"state": "SUCCEEDED", "progress": 100, "messages": []})],
        ("GET", API_JOB): list(job or [Reply(404, {"error_type": "NOT_FOUND", "messages": []})]),
        ("POST", API_JOB): list(create or [Reply(201, job_info("RUNNING", 0))]),
    }


def wait_until(predicate: Callable[[], bool], timeout: float = 10.0) -> bool:
    """Poll ``predicate`` (a server-side fact) until true; never a timed assertion by itself."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()


__all__ = ["Delivery", "HostileAppliance", "Received", "Reply", "api_routes", "job_info", "json_body"]


#: The login the hostile tests send (and look for in what must stay masked).
HOSTILE_ADMIN = Credentials("administrator@vsphere.local", "H0stile-Pa55!")
#: Pacing for runners on the fake clock of :func:`instant_runner`.
INSTANT = RunOptions(min_interval=0.01, max_interval=0.02, outage_initial_delay=0.01, outage_max_delay=0.02,
                     outage_window=30.0)


def trusted_client(server: HostileAppliance, pins_dir: Path, **target: float) -> ApplianceClient:
    """A real client for ``server`` whose certificate is trusted for this session (pin file in ``pins_dir``)."""
    t = server.target(**target)
    decision = check_trust(t, PinStore(pins_dir / "pins"), session_pins={t.address: server.sha256})
    return ApplianceClient(t, decision)


def instant_runner(client: ApplianceClient, **options: object) -> JobRunner:
    """A runner over ``client`` whose waits only advance a fake clock (``options`` override INSTANT)."""
    clock = [0.0]

    def sleep(seconds: float) -> bool:
        clock[0] += seconds
        return False

    return JobRunner(client, HOSTILE_ADMIN, on_event=lambda e: None,
                     options=RunOptions(**{**INSTANT.__dict__, **options}), clock=lambda: clock[0], sleep=sleep)
