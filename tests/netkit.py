"""Tiny local network peers for the engine tests, and shared test constants.

A scripted HTTPS/HTTP server, a silent TCP server and an HTTP CONNECT proxy let the tests provoke
the faults the client must type correctly, without a real appliance or network. Everything binds
127.0.0.1 on a free port; the fixtures in ``conftest.py`` stop and join them at teardown, so no
socket outlives its test (``filterwarnings = error`` turns a leak into a failure).
"""

from __future__ import annotations

import http.server
import select
import socket
import ssl
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from reconui.core.models import Credentials, ProxyChoice, ProxyMode, Target
from reconui.simulator import Simulator
from reconui.simulator.certificate import ServerCertificate, subject_alt_names

ADMIN = Credentials("administrator@vsphere.local", "VMware1!")
NO_PROXY = ProxyChoice(ProxyMode.NONE)


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Example, Inc.")])


def make_certificate(
    *, subject: str = "vcsa.example.com", sans: tuple[str, ...] = ("vcsa.example.com", "10.0.0.5"),
    issuer_key: ec.EllipticCurvePrivateKey | None = None, issuer: str | None = None,
    not_before: datetime | None = None, not_after: datetime | None = None, serial: int = 0x0ABC,
) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.now(timezone.utc).replace(microsecond=0)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(_name(issuer or subject))
        .public_key(key.public_key())
        .serial_number(serial)
        .not_valid_before(not_before or now - timedelta(days=1))
        .not_valid_after(not_after or now + timedelta(days=30))
    )
    if sans:
        builder = builder.add_extension(x509.SubjectAlternativeName(subject_alt_names(sans)), critical=False)
    return builder.sign(issuer_key or key, hashes.SHA256()), key


def server_certificate(cert: x509.Certificate, key: ec.EllipticCurvePrivateKey) -> ServerCertificate:
    return ServerCertificate(
        cert_pem=cert.public_bytes(serialization.Encoding.PEM).decode("ascii"),
        key_pem=key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()).decode("ascii"),
    )


def target_for(sim: Simulator, **overrides: Any) -> Target:
    """A Target for ``sim``; no proxy unless asked, so a developer's HTTPS_PROXY cannot interfere."""
    overrides.setdefault("proxy", NO_PROXY)
    overrides.setdefault("connect_timeout", 5.0)
    overrides.setdefault("read_timeout", 10.0)
    return Target(host=sim.host, port=sim.port, **overrides)


def free_port() -> int:
    """A port nobody listens on (bound, then released): connecting to it is refused."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class ScriptedReply:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class _ScriptedHandler(http.server.BaseHTTPRequestHandler):
    server: ScriptedServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.server.recorded.append(RecordedRequest(self.command, self.path, dict(self.headers.items()), body))
        reply = self.server.reply_for(self.command, self.path)
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if "Content-Length" not in reply.headers:
            self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        self.wfile.write(reply.body)

    do_GET = do_POST = do_DELETE = _answer


class ScriptedServer(http.server.ThreadingHTTPServer):
    """Answers ``(method, path)`` from ``routes`` (404 otherwise) and records every request."""

    daemon_threads = True
    block_on_close = True

    def __init__(self, routes: dict[tuple[str, str], ScriptedReply], context: ssl.SSLContext | None) -> None:
        super().__init__(("127.0.0.1", 0), _ScriptedHandler)
        self.routes = routes
        self.recorded: list[RecordedRequest] = []
        self.context = context

    def get_request(self) -> tuple[socket.socket, Any]:
        sock, address = super().get_request()
        if self.context is not None:
            sock.settimeout(5)
            try:
                sock = self.context.wrap_socket(sock, server_side=True)
            except OSError:
                sock.close()
                raise
        return sock, address

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients hanging up mid-handshake are part of the tests

    def reply_for(self, method: str, path: str) -> ScriptedReply:
        return self.routes.get((method, path.split("?", 1)[0]), ScriptedReply(404))


@dataclass
class LocalServer:
    """A running scripted server: where it is, what it presents, what it received."""

    host: str
    port: int
    certificate: ServerCertificate | None
    recorded: list[RecordedRequest]

    @property
    def sha256(self) -> str:
        assert self.certificate is not None
        return self.certificate.sha256

    def target(self, **overrides: Any) -> Target:
        overrides.setdefault("proxy", NO_PROXY)
        overrides.setdefault("connect_timeout", 5.0)
        overrides.setdefault("read_timeout", 5.0)
        return Target(host=self.host, port=self.port, **overrides)


def read_head(conn: socket.socket, *, step: int = 4096) -> bytes | None:
    """Read up to the blank line that ends an HTTP head; None when the peer closes first."""
    head = b""
    while b"\r\n\r\n" not in head:
        data = conn.recv(step)
        if not data:
            return None
        head += data
    return head


class LoopbackListener:
    """A TCP listener on 127.0.0.1 with an accept loop in a thread; subclasses say what a connection gets."""

    def __init__(self) -> None:
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(8)
        self._listener.settimeout(0.05)
        self.host = "127.0.0.1"
        self.port = int(self._listener.getsockname()[1])
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept_loop, daemon=True)
        self._thread.start()

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self._handle(conn)

    def _handle(self, conn: socket.socket) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._listener.close()


class SilentServer(LoopbackListener):
    """Accepts TCP connections and never sends a byte (a hung appliance)."""

    def __init__(self) -> None:
        #: The connections it holds open (a test can wait until the client has connected).
        self.accepted: list[socket.socket] = []
        super().__init__()

    def _handle(self, conn: socket.socket) -> None:
        self.accepted.append(conn)

    def close(self) -> None:
        """Close everything: a handshake blocked on the other side fails at once."""
        super().close()
        for conn in self.accepted:
            conn.close()


class ConnectProxy(LoopbackListener):
    """A minimal HTTP CONNECT proxy that tunnels bytes both ways and records the tunnel targets."""

    def __init__(self) -> None:
        self.connects: list[str] = []
        self.headers: list[str] = []
        self._workers: list[threading.Thread] = []
        super().__init__()
        self.url = f"http://127.0.0.1:{self.port}"

    def _handle(self, conn: socket.socket) -> None:
        worker = threading.Thread(target=self._pump, args=(conn,), daemon=True)
        self._workers.append(worker)
        worker.start()

    def _pump(self, client: socket.socket) -> None:
        upstream: socket.socket | None = None
        try:
            client.settimeout(5)
            header = read_head(client, step=1)  # byte by byte: what follows belongs to the tunnel
            if header is None:
                return
            text = header.decode("latin-1")
            self.headers.append(text)
            method, authority, _ = text.split("\r\n", 1)[0].split(" ", 2)
            self.connects.append(authority)
            if method != "CONNECT":
                client.sendall(b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n")
                return
            host, _, port = authority.rpartition(":")
            try:
                upstream = socket.create_connection((host.strip("[]"), int(port)), timeout=5)
            except OSError:
                client.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
                return
            client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            pair = {client: upstream, upstream: client}
            while not self._stop.is_set():
                readable, _, _ = select.select(list(pair), [], [], 0.05)
                for sock in readable:
                    data = sock.recv(65536)
                    if not data:
                        return
                    pair[sock].sendall(data)
        except OSError:
            return
        finally:
            client.close()
            if upstream is not None:
                upstream.close()

    def close(self) -> None:
        super().close()
        for worker in self._workers:
            worker.join(5)
