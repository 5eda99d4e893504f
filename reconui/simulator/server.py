"""HTTPS transport: a threading TLS server that can close and re-open its port, and the handler.

The handler routes both flavours, authenticates, encodes through :mod:`wire`, records each
request and injects the ``restart``/``flaky`` faults. It never lets a traceback reach a client:
any unexpected exception becomes a vAPI ``error`` reply.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import io
import json
import logging
import random
import socket
import ssl
import threading
import time
from datetime import datetime, timezone
from http.cookies import CookieError, SimpleCookie
from http.server import BaseHTTPRequestHandler, HTTPServer
from socketserver import ThreadingMixIn
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from reconui.simulator.appliance import ApiFailure, Appliance
from reconui.simulator.catalog import Message, Param, negotiate, positional
from reconui.simulator.health import SUBSYSTEMS
from reconui.simulator.httpio import BodyError, DeadlineReader, read_body
from reconui.simulator.job import CreateSpec
from reconui.simulator.wire import VapiError, WireStyle, error_body, success_body, wire_datetime

logger = logging.getLogger(__name__)

SESSION_HEADER = "vmware-api-session-id"
SESSION_COOKIE = "vmware-api-session-id"
CREATE_SPEC = "com.vmware.appliance.recovery.reconciliation.job.create_spec"
MAX_BODY = 1 << 20

# (flavour, path) -> {method: operation}; ``/rest`` session get is POST ?~action=get (docs/protocol.md §1.2).
ROUTES: dict[tuple[str, str], dict[str, str]] = {
    ("api", "/api/session"): {"POST": "session.create", "GET": "session.get", "DELETE": "session.delete"},
    ("api", "/api/appliance/system/version"): {"GET": "version.get"},
    ("api", "/api/appliance/recovery/restore/job"): {"GET": "restore.get"},
    ("api", "/api/appliance/recovery/reconciliation/job"): {"POST": "job.create", "GET": "job.get"},
    ("rest", "/rest/com/vmware/cis/session"): {"POST": "session.create", "DELETE": "session.delete"},
    ("rest", "/rest/appliance/system/version"): {"GET": "version.get"},
    ("rest", "/rest/appliance/recovery/restore/job"): {"GET": "restore.get"},
    ("rest", "/rest/appliance/recovery/reconciliation/job"): {"POST": "job.create", "GET": "job.get"},
}
# docs/post-restore-api.md: health, services and replication status, the same paths under both prefixes.
for _flavor in ("api", "rest"):
    for _sub in ("system", *SUBSYSTEMS):
        ROUTES[(_flavor, f"/{_flavor}/appliance/health/{_sub}")] = {"GET": f"health.{_sub}"}
    ROUTES[(_flavor, f"/{_flavor}/appliance/health/system/lastcheck")] = {"GET": "health.lastcheck"}
    ROUTES[(_flavor, f"/{_flavor}/vcenter/services")] = {"GET": "services.list"}
    ROUTES[(_flavor, f"/{_flavor}/vcenter/topology/replication-status")] = {"GET": "topology.replication"}
#: ``/vcenter/services/{service}``: one path segment after the list's path.
SERVICE_PATH = "/vcenter/services/"
#: Operations a given appliance release does not serve yet (its URL is unknown there: 404).
OPERATION_SINCE: dict[str, tuple[int, int, int]] = {"services.": (6, 7, 0), "topology.": (6, 7, 2)}

PROXY_503 = (
    "503 Service Unavailable (Failed to connect to endpoint: [N7Vmacore4Http16LocalServiceSpecE:0x00007f3a2c0d8e10]"
    " _serverNamespace = /api action = Allow _port = 12346)"
)
PROXY_502 = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>"
    "\r\n<hr><center>envoy</center>\r\n</body>\r\n</html>\r\n"
)
PROXY_404 = "<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1></body></html>"


class Faults:
    """Seeded fault dice for the ``flaky`` scenario, shared by all handler threads."""

    def __init__(self, rate: float, seed: int, kinds: tuple[str, ...]) -> None:
        self._rng = random.Random(seed)  # noqa: S311 - reproducible faults, not security
        self._rate = rate
        self._kinds = kinds
        self._lock = threading.Lock()

    def roll(self) -> str | None:
        """The fault for the next reply, or ``None``."""
        with self._lock:
            if self._rng.random() >= self._rate:
                return None
            return self._rng.choice(self._kinds)


class SimulatorHTTPServer(ThreadingMixIn, HTTPServer):
    """A TLS HTTP server with one named daemon thread per connection, all tracked for shutdown.

    TLS handshakes run in the connection thread (not in ``accept``), so a stuck client cannot
    block other clients.
    """

    daemon_threads = True
    allow_reuse_address = True  # re-bind the same port after a simulated restart

    def __init__(
        self,
        address: tuple[str, int],
        handler: type[BaseHTTPRequestHandler],
        context: ssl.SSLContext,
        simulator: Any,
    ) -> None:
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.context = context
        self.simulator = simulator
        self._connections: dict[threading.Thread, socket.socket] = {}
        self._connections_lock = threading.Lock()
        self._counter = 0
        super().__init__(address, handler)

    def get_request(self) -> tuple[socket.socket, Any]:
        """Accept and wrap without handshaking; the handshake happens in the connection thread."""
        sock, address = self.socket.accept()
        try:
            return self.context.wrap_socket(sock, server_side=True, do_handshake_on_connect=False), address
        except (OSError, ValueError):
            sock.close()
            raise

    def process_request(self, request: Any, client_address: Any) -> None:
        """Serve the connection on a tracked daemon thread."""
        with self._connections_lock:
            self._counter += 1
            thread = threading.Thread(
                target=self._serve_connection, args=(request, client_address),
                name=f"reconui-sim-conn-{self.server_address[1]}-{self._counter}", daemon=True,
            )
            self._connections[thread] = request
        thread.start()

    def _serve_connection(self, request: Any, client_address: Any) -> None:
        try:
            self.finish_request(request, client_address)
        except Exception:
            logger.debug("connection from %s ended with an error", client_address, exc_info=True)
        finally:
            self.shutdown_request(request)
            with self._connections_lock:
                self._connections.pop(threading.current_thread(), None)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Log at debug level instead of printing a traceback to stderr."""
        logger.debug("error serving %s", client_address, exc_info=True)

    def drop_connections(self, join_timeout: float = 2.0) -> None:
        """Cut every open connection (like a crashed proxy) and wait for their threads."""
        with self._connections_lock:
            items = list(self._connections.items())
        for _thread, sock in items:
            with contextlib.suppress(OSError):  # already closed by the client
                socket.socket.shutdown(sock, socket.SHUT_RDWR)
        deadline = time.monotonic() + join_timeout
        for thread, _sock in items:
            thread.join(max(0.0, deadline - time.monotonic()))


class Listener:
    """The listening endpoint; ``close()`` and ``open()`` again give refused connections on the same port."""

    def __init__(self, host: str, port: int, context: ssl.SSLContext, simulator: Any) -> None:
        self.host = host
        self.port = port
        self._context = context
        self._simulator = simulator
        self._server: SimulatorHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def is_open(self) -> bool:
        """True while the port accepts connections."""
        return self._server is not None

    def open(self) -> None:
        """Bind (the same port once one was chosen) and serve on a background thread."""
        server = SimulatorHTTPServer((self.host, self.port), RequestHandler, self._context, self._simulator)
        self.port = server.server_address[1]
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05},
            name=f"reconui-sim-accept-{self.port}", daemon=True,
        )
        self._thread.start()

    def close(self) -> None:
        """Stop accepting, close the listening socket and cut open connections."""
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        server.drop_connections()
        if thread is not None:
            thread.join(2.0)


class RequestHandler(BaseHTTPRequestHandler):
    """One connection's requests (HTTP/1.1 keep-alive, like the real reverse proxy)."""

    protocol_version = "HTTP/1.1"
    server_version = "envoy"
    sys_version = ""
    server: SimulatorHTTPServer
    _reader: DeadlineReader

    # Plumbing ---------------------------------------------------------------------------------

    def setup(self) -> None:
        """Complete the TLS handshake in this thread, then read through a per-request deadline."""
        config = self.server.simulator.config
        self.request.settimeout(config.connection_timeout)
        self.request.do_handshake()
        super().setup()
        self.rfile.close()
        self._reader = DeadlineReader(self.request, config.connection_timeout, config.request_timeout)
        self.rfile = io.BufferedReader(self._reader)

    def log_message(self, format: str, *args: Any) -> None:
        """Silence the default stderr access log; the request log replaces it."""

    def version_string(self) -> str:
        """``Server: envoy``, as the appliance's reverse proxy says (no trailing Python version)."""
        return self.server_version

    def handle_one_request(self) -> None:
        """Read one request and answer it; any method reaches the router (no bare 501 page).

        Connection errors and timeouts end the connection quietly: there is nobody to answer.
        """
        try:
            self._reader.next_request()
            self.raw_requestline = self.rfile.readline(65537)
            if len(self.raw_requestline) > 65536:
                self.requestline = self.request_version = self.command = ""
                self.send_error(414)
                return
            if not self.raw_requestline:
                self.close_connection = True
                return
            if not self.parse_request():
                return
            self._handle()
            self.wfile.flush()
        except OSError:  # resets, TLS errors and timeouts alike
            self.close_connection = True

    # Request flow ------------------------------------------------------------------------------

    def _handle(self) -> None:
        sim = self.server.simulator
        appliance: Appliance = sim.appliance
        config = appliance.config
        started = time.monotonic()
        split = urlsplit(self.path)
        path, query = split.path, parse_qs(split.query)
        cookie_token = self._cookie_token()
        header_token = self.headers.get(SESSION_HEADER)
        basic = self.headers.get("Authorization", "")
        record: dict[str, Any] = {
            "time": wire_datetime_now(),
            "method": self.command,
            "path": path,
            "status": None,
            "auth": "session" if (header_token or cookie_token) else "basic" if basic.lower().startswith(
                "basic ") else "none",
            "cookie": cookie_token is not None,
        }
        if split.query:
            record["query"] = split.query
        self._started = started
        self._logged = False
        try:
            self._serve(appliance, path, query, header_token, cookie_token, basic, record)
        except OSError:  # the client went away or stalled: there is nobody to answer
            self.close_connection = True
        except Exception:
            logger.exception("simulator bug while serving %s %s", self.command, path)
            flavor = record.get("flavor") or "api"
            style = WireStyle(flavor, config.modern)
            error = VapiError("error", (positional("vapi.method.invoke.exception", record.get("operation", path)),))
            self._send_json(error.status, error_body(error, style), record)
        finally:
            self._log(record)

    def _log(self, record: dict[str, Any]) -> None:
        """Add ``record`` to the request log once, *before* the answer goes out.

        A test that has just received an answer can then rely on the log already holding the
        request, so "the log shows no such request" is a real proof and not a race.
        """
        if not self._logged:
            self._logged = True
            record["ms"] = round((time.monotonic() - self._started) * 1000, 1)
            self.server.simulator.request_log.add(record)

    def _serve(
        self,
        appliance: Appliance,
        path: str,
        query: dict[str, list[str]],
        header_token: str | None,
        cookie_token: str | None,
        basic: str,
        record: dict[str, Any],
    ) -> None:
        config = appliance.config
        body_error: BodyError | None = None
        try:
            body = read_body(self.rfile, self.headers, MAX_BODY)
        except BodyError as exc:  # the framing is lost: answer, then close
            body, body_error, self.close_connection = b"", exc, True
        self._reader.next_request()  # the request is in: writing the answer gets the full idle timeout
        if config.latency:
            self.server.simulator.stopping.wait(config.latency)
        phase = appliance.restart_phase()
        if phase == "unavailable":
            record["fault"] = "restart-503"
            self._send_raw(503, "text/plain", PROXY_503.encode(), record, close=True)
            return
        if phase == "refused":  # raced the listener close: behave like a reset
            record["fault"] = "restart-reset"
            self.close_connection = True
            return

        flavor = "api" if path == "/api" or path.startswith("/api/") else (
            "rest" if path == "/rest" or path.startswith("/rest/") else None)
        if flavor is None or flavor not in config.served_flavors:
            self._send_raw(404, "text/html", PROXY_404.encode(), record)
            return
        record["flavor"] = flavor
        lang = negotiate(self.headers.get("Accept-Language")) if config.localize else None
        style = WireStyle(flavor, config.modern, lang)
        if body_error is not None:
            record["fault"] = "bad-body"
            error = VapiError("invalid_request", (positional(body_error.message_id, body_error.detail),))
            self._send_json(body_error.status, error_body(error, style), record)
            return
        methods = ROUTES.get((flavor, path))
        service_id = None
        prefix = f"/{flavor}{SERVICE_PATH}"
        if methods is None and path.startswith(prefix) and "/" not in path[len(prefix):] and path[len(prefix):]:
            methods, service_id = {"GET": "services.get"}, path[len(prefix):]
        if methods is not None and any(
            op.startswith(key) and config.version_tuple < since
            for op in methods.values() for key, since in OPERATION_SINCE.items()
        ):
            methods = None  # not served by this release: its URL is unknown
        if methods is None:
            if flavor == "api":
                error = VapiError("not_found", (Message("com.vmware.vapi.rest.httpNotFound"),))
            else:
                error = VapiError(
                    "not_found", (positional("com.vmware.vapi.rest.operationsForUrlNotFound", path[len("/rest"):]),)
                )
            self._send_json(404, error_body(error, style), record)
            return
        operation = methods.get(self.command)
        actions = query.get("~action")
        action = actions[0] if actions else None
        if flavor == "rest" and operation == "session.create" and action is not None:
            operation = "session.get" if action == "get" else None
        if operation is None:
            error = VapiError("operation_not_found", (positional("ex.rest.operation.not.found", self.command, path),))
            self._send_json(404, error_body(error, style), record)
            return
        record["operation"] = operation

        fault = None
        if config.scenario == "flaky" and (operation != "session.create" or config.flaky_session_create):
            fault = self.server.simulator.faults.roll()
        if fault is not None:
            record["fault"] = fault
        if fault == "html502":
            self._send_raw(502, "text/html", PROXY_502.encode(), record)
            return
        if fault == "slow":
            self.server.simulator.stopping.wait(config.flaky_slow_delay)

        try:
            status, payload, headers = self._dispatch(
                appliance, operation, style, body, header_token, cookie_token, basic, query, service_id
            )
        except ApiFailure as failure:
            status, payload, headers = failure.status, error_body(failure.error, style), {}
        self._send_json(status, payload, record, headers=headers, fault=fault)

    def _dispatch(
        self,
        appliance: Appliance,
        operation: str,
        style: WireStyle,
        body: bytes,
        header_token: str | None,
        cookie_token: str | None,
        basic: str,
        query: dict[str, list[str]] | None = None,
        service_id: str | None = None,
    ) -> tuple[int, Any, dict[str, str]]:
        config = appliance.config
        now = appliance.clock()
        if operation == "session.create":
            credentials = decode_basic(basic)
            if credentials is None or not appliance.check_user(*credentials):
                raise ApiFailure(appliance.unauthenticated())
            token = appliance.sessions.create(credentials[0], now)
            headers: dict[str, str] = {}
            cookie_path = "/rest" if style.rest else "/api" if config.api_session_cookie else None
            if cookie_path and "vmware-use-header-authn" not in self.headers:
                headers["Set-Cookie"] = f"{SESSION_COOKIE}={token}; Path={cookie_path}"
            return (200 if style.rest else 201), success_body(token, style), headers

        presented = cookie_token if (config.prefer_cookie and cookie_token) else (header_token or cookie_token)
        session = appliance.sessions.touch(presented, now) if presented else None
        if presented and session is None:
            raise ApiFailure(appliance.unauthenticated())
        if session is None:
            credentials = decode_basic(basic)
            if operation.startswith("session.") or not config.basic_auth_on_calls or credentials is None \
                    or not appliance.check_user(*credentials):
                raise ApiFailure(appliance.unauthenticated())

        if operation == "session.get":
            assert session is not None
            return 200, success_body({
                "user": display_user(session.user),
                "created_time": wire_datetime(session.created_wall),
                "last_accessed_time": wire_datetime(session.last_wall),
            }, style), {}
        if operation == "session.delete":
            assert presented is not None
            appliance.sessions.delete(presented)
            return (200 if style.rest else 204), None, {}
        if operation == "version.get":
            return 200, success_body(appliance.version(), style), {}
        if operation == "restore.get":
            return 200, success_body(appliance.restore_status(style), style), {}
        if operation == "job.get":
            return 200, success_body(appliance.encode_info(appliance.get_job(), style), style), {}
        if operation == "health.lastcheck":
            return 200, success_body(appliance.health_lastcheck(), style), {}
        if operation.startswith("health."):
            return 200, success_body(appliance.health_level(operation[len("health."):]), style), {}
        if operation == "services.list":
            return 200, success_body(appliance.services(style), style), {}
        if operation == "services.get":
            assert service_id is not None
            return 200, success_body(appliance.service(unquote(service_id), style), style), {}
        if operation == "topology.replication":
            # The filter's set of node names: ``nodes`` on /api, ``filter.nodes`` on /rest (§1).
            name = "filter.nodes" if style.rest else "nodes"
            nodes = (query or {}).get(name, [])
            return 200, success_body(appliance.replication_status(nodes), style), {}
        assert operation == "job.create"
        spec = self._create_spec(style, body)
        snapshot = appliance.create_job(spec)
        return (200 if style.rest else 201), success_body(appliance.encode_info(snapshot, style), style), {}

    def _create_spec(self, style: WireStyle, body: bytes) -> CreateSpec:
        """Parse and type-check the create body: ``{"spec": {...}}`` on /rest, bare spec on /api."""
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if (body or content_type) and content_type != "application/json":
            raise ApiFailure(
                VapiError("invalid_request", (Message("com.vmware.vapi.rest.unsupported_media_type"),)), status=415
            )
        try:
            document = json.loads(body.decode("utf-8")) if body else None
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ApiFailure(VapiError("invalid_request", (
                Message("vapi.protocol.server.rest.param.body_parse_error", params={"errMsg": Param.s(str(exc))}),
            ))) from None
        spec = document.get("spec") if style.rest and isinstance(document, dict) else document
        if not isinstance(spec, dict):
            raise ApiFailure(VapiError("invalid_request", (
                Message("vapi.protocol.server.rest.param.bodyfield.missing_field", params={"msg": Param.s("spec")}),
            )))
        expected: dict[str, type] = {
            "sso_admin_user_name": str, "sso_admin_user_password": str, "ignore_warnings": bool,
        }
        for name, kind in expected.items():
            value = spec.get(name)
            if value is not None and not isinstance(value, kind):
                raise ApiFailure(VapiError("invalid_request", (
                    Message("vapi.data.structure.field.invalid",
                            params={"fieldName": Param.s(name), "structName": Param.s(CREATE_SPEC)}),
                )))
        return CreateSpec(spec.get("sso_admin_user_name"), spec.get("sso_admin_user_password"),
                          spec.get("ignore_warnings"))

    # Helpers -----------------------------------------------------------------------------------

    def _cookie_token(self) -> str | None:
        raw = self.headers.get("Cookie")
        if not raw:
            return None
        jar: SimpleCookie = SimpleCookie()
        try:
            jar.load(raw)
        except CookieError:
            return None
        morsel = jar.get(SESSION_COOKIE)
        return morsel.value if morsel is not None and morsel.value else None

    def _send_json(
        self,
        status: int,
        payload: Any,
        record: dict[str, Any],
        headers: dict[str, str] | None = None,
        fault: str | None = None,
    ) -> None:
        if payload is None and status in (200, 204):
            self._send_raw(status, None, b"", record, headers=headers)
            return
        data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        if fault == "garbage":
            data = data[: max(1, len(data) // 3)] + b"\x00<<garbage>>\xff{\"value\":"
        self._send_raw(status, "application/json", data, record, headers=headers, truncate=fault == "truncated")

    def _send_raw(
        self,
        status: int,
        content_type: str | None,
        data: bytes,
        record: dict[str, Any],
        headers: dict[str, str] | None = None,
        close: bool = False,
        truncate: bool = False,
    ) -> None:
        record["status"] = status
        self._log(record)
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        if status != 204:
            self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        if close or self.close_connection:  # also after a body error: the framing is lost
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD" and status != 204:
            if truncate:  # Content-Length promises more than arrives, then the connection drops
                self.wfile.write(data[: len(data) // 2])
                self.close_connection = True
            else:
                self.wfile.write(data)
        self.wfile.flush()


def wire_datetime_now() -> str:
    """Now, in the wire datetime format (also used for request-log timestamps)."""
    return wire_datetime(datetime.now(timezone.utc))


def decode_basic(header: str) -> tuple[str, str] | None:
    """Decode ``Authorization: Basic`` as UTF-8 ``user:password`` (the password may contain ``:``)."""
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "basic" or not value.strip():
        return None
    try:
        text = base64.b64decode(value.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    user, sep, password = text.partition(":")
    return (user, password) if sep else None


def display_user(user: str) -> str:
    """How vCenter shows a principal: ``Administrator@VSPHERE.LOCAL`` (§8.1 session get)."""
    name, sep, domain = user.partition("@")
    return (name[:1].upper() + name[1:] + sep + domain.upper()) if sep else user

