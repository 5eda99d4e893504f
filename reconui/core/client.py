"""``ApplianceClient``: one appliance, one API flavour, one session - and nothing sent untrusted.

The client is built from a :class:`~reconui.core.models.TrustDecision` that
:func:`reconui.core.tls.check_trust` settled *before* any credential exists on the wire. Its HTTP
session enforces that decision on every connection (see :class:`TrustEnforcingAdapter`), so if the
certificate changes between the check and the login, the TLS handshake fails and the Authorization
header is never written to the socket.

Wire rules (docs/protocol.md §1.2, §7):

* Login is HTTP Basic built here from UTF-8 bytes - ``requests``' ``HTTPBasicAuth`` encodes ``str``
  passwords as latin-1, which breaks ``é``/``日本`` (docs/users.md §3).
* The token travels as ``vmware-api-session-id`` on every call; ``vmware-use-header-authn: true``
  asks the appliance not to set its session cookie, and the cookie jar refuses cookies anyway.
* Redirects are never followed: credentials must never be re-sent to another host.
* Every call has connect and read timeouts, an ``X-Request-ID`` (it becomes the vAPI ``opId`` in
  the appliance's logs) and the user's ``Accept-Language``.

Everything that goes wrong becomes a :class:`~reconui.core.errors.ReconError`.
"""

from __future__ import annotations

import base64
import http.client
import json
import logging
import ssl
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from http.cookiejar import DefaultCookiePolicy
from typing import Any
from urllib.parse import urlencode

import requests
import urllib3.exceptions
from requests.adapters import HTTPAdapter
from requests.cookies import RequestsCookieJar

from reconui import __version__
from reconui.core import tls, transport, wire, wire_health
from reconui.core.connection import use_deadline_connections
from reconui.core.deadline import CallDeadline
from reconui.core.errors import (
    BadResponse,
    CertificateChanged,
    CertificateVerificationFailed,
    InvalidTarget,
    NotFound,
    ReconError,
    RequestTimeout,
    TlsError,
    Unauthenticated,
)
from reconui.core.models import (
    FLAVOR_API,
    FLAVOR_AUTO,
    FLAVOR_REST,
    FLAVORS,
    HEALTH_SUBSYSTEMS,
    ApplianceVersion,
    Credentials,
    JobInfo,
    JobSpec,
    ProxyMode,
    ReplicationPartner,
    RestoreStatus,
    ServiceInfo,
    Target,
    TrustDecision,
    TrustMode,
)
from reconui.core.reason_texts import reason
from reconui.core.redaction import register_credentials, register_secret

logger = logging.getLogger(__name__)

SESSION_HEADER = "vmware-api-session-id"
USER_AGENT = f"reconui/{__version__}"
DEFAULT_LANGUAGE = "en-US"

_SESSION_PATH = {FLAVOR_API: "/api/session", FLAVOR_REST: "/rest/com/vmware/cis/session"}
_VERSION_PATH = "/appliance/system/version"
_RESTORE_PATH = "/appliance/recovery/restore/job"
_JOB_PATH = "/appliance/recovery/reconciliation/job"
_HEALTH_PATH = "/appliance/health/"
_SERVICES_PATH = "/vcenter/services"
_REPLICATION_PATH = "/vcenter/topology/replication-status"
#: Answers to ``POST /api/session`` that mean "this appliance has no /api flavour".
_NO_API_STATUSES = frozenset({404, 405})
#: The largest answer read (after decompression). The appliance's biggest reply, a job Info with its
#: messages, is a few kilobytes; anything near this is a proxy page, a bomb or a broken server.
MAX_RESPONSE_BYTES = 4 * 1024 * 1024
_CHUNK = 64 * 1024
_MIN_MASKED_TOKEN = 16


def basic_authorization(user: str, password: str) -> str:
    """The ``Authorization`` header value for HTTP Basic with UTF-8 credentials (RFC 7617)."""
    raw = f"{user}:{password}".encode()
    return "Basic " + base64.b64encode(raw).decode("ascii")


class _NoAuth(requests.auth.AuthBase):
    """A do-nothing auth: setting one stops requests from reading ``~/.netrc`` (``trust_env``) and
    overwriting our login header or adding one to calls that should carry only the session id."""

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        return request


def _cookie_free_jar() -> RequestsCookieJar:
    """A jar whose policy accepts no cookie from anyone, so none is ever sent back.

    The session must travel in the header only: a cookie would be sent to any path of the host and
    the Python vAPI runtime even prefers it over the header (docs/protocol.md §1.2).
    """
    return RequestsCookieJar(policy=DefaultCookiePolicy(allowed_domains=[]))


class TrustEnforcingAdapter(HTTPAdapter):
    """An ``https://`` adapter whose every connection enforces one :class:`TrustDecision`.

    * CHAIN: the verifying context (OS trust store via truststore + the user's CA file, host name
      checked).
    * PINNED: a context whose only trust anchor is the pinned certificate, plus urllib3's
      ``assert_fingerprint`` with its SHA-256 (which replaces the host name check - the user
      approved this exact certificate).

    The context reaches urllib3 three ways, because requests has changed how it passes pool keys
    (2.32 ``build_connection_pool_key_attributes``/``_urllib3_request_context``): the PoolManager's
    defaults (``init_poolmanager``), every ProxyManager (``proxy_manager_for``) and the per-request
    pool key. ``cert_verify`` is overridden so requests cannot add certifi's bundle (or a
    ``REQUESTS_CA_BUNDLE``) to our context, and ``send`` pins ``verify=True``.
    """

    def __init__(self, context: ssl.SSLContext, fingerprint: str | None) -> None:
        self._context = context
        self._fingerprint = fingerprint
        super().__init__(max_retries=0, pool_connections=2, pool_maxsize=2)

    def _tls_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"ssl_context": self._context, "cert_reqs": "CERT_REQUIRED"}
        if self._fingerprint:
            kwargs["assert_fingerprint"] = self._fingerprint
        return kwargs

    def init_poolmanager(self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any) -> None:
        pool_kwargs.update(self._tls_kwargs())
        super().init_poolmanager(connections, maxsize, block=block, **pool_kwargs)
        use_deadline_connections(self.poolmanager)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        proxy_kwargs.update(self._tls_kwargs())
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        use_deadline_connections(manager)
        return manager

    def build_connection_pool_key_attributes(
        self, request: requests.PreparedRequest, verify: bool | str | None, cert: Any = None
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        host_params, pool_kwargs = super().build_connection_pool_key_attributes(request, True, None)
        for key in ("ca_certs", "ca_cert_dir", "cert_file", "key_file"):
            pool_kwargs.pop(key, None)
        pool_kwargs.update(self._tls_kwargs())
        return host_params, pool_kwargs

    def cert_verify(self, conn: Any, url: str, verify: bool | str | None, cert: Any) -> None:
        conn.cert_reqs = "CERT_REQUIRED"
        conn.ca_certs = None
        conn.ca_cert_dir = None

    def send(
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: Any = None,
        verify: bool | str | None = True,
        cert: Any = None,
        proxies: Mapping[str, str] | None = None,
    ) -> requests.Response:
        return super().send(request, stream=stream, timeout=timeout, verify=True, cert=None,
                            proxies=dict(proxies) if proxies is not None else None)


@dataclass(frozen=True)
class _Reply:
    status: int
    body: bytes
    content_type: str | None


class ApplianceClient:
    """One appliance, one API flavour, one session. Raises only ``ReconError`` subclasses.

    Attributes:
        flavor: ``"api"`` or ``"rest"`` once known (forced by ``target.flavor`` or detected at login).
    """

    def __init__(self, target: Target, trust: TrustDecision, *, session: requests.Session | None = None) -> None:
        if target.flavor not in (FLAVOR_AUTO, *FLAVORS):
            raise InvalidTarget({"value": target.flavor, "reason": reason("bad_flavor")})
        tls.validate_target(target)
        self._target = target
        self._trust = trust
        self.flavor: str | None = target.flavor if target.flavor in FLAVORS else None
        self._token: str | None = None
        # Both may raise a typed error (bad proxy setting, unusable CA file): do it before a
        # session exists, so a failed construction leaves nothing to close.
        self._proxy = tls.proxy_url_for(target)
        context = tls.context_for(target, trust)
        self._owns_session = session is None
        self._session = session if session is not None else requests.Session()
        self._configure(self._session, context)

    @property
    def target(self) -> Target:
        return self._target

    @property
    def trust(self) -> TrustDecision:
        return self._trust

    @property
    def logged_in(self) -> bool:
        return self._token is not None

    def __repr__(self) -> str:  # never the token
        return f"ApplianceClient({self._target.address!r}, flavor={self.flavor!r}, logged_in={self.logged_in})"

    def _configure(self, session: requests.Session, context: ssl.SSLContext) -> None:
        fingerprint = tls.fingerprint_hex(self._trust.sha256) if self._trust.mode is TrustMode.PINNED else None
        session.mount("https://", TrustEnforcingAdapter(context, fingerprint))
        session.verify = True
        session.auth = _NoAuth()
        session.cookies = _cookie_free_jar()
        mode = self._target.proxy.mode
        # SYSTEM: requests' environment proxies (HTTPS_PROXY, no_proxy, the OS settings);
        # NONE: nothing from the environment at all; EXPLICIT: exactly the user's proxy.
        session.trust_env = mode is ProxyMode.SYSTEM
        session.proxies = {"https": self._proxy} if mode is ProxyMode.EXPLICIT and self._proxy else {}
        session.headers.clear()
        session.headers.update({
            "User-Agent": USER_AGENT,
            "Accept": "application/json",
            "Accept-Language": self._target.language or DEFAULT_LANGUAGE,
            "Accept-Encoding": "gzip, deflate",
        })

    # --- HTTP --------------------------------------------------------------------------------

    def _call(self, method: str, path: str, *, body: object = None, authorization: str | None = None) -> _Reply:
        """Send one request; return the raw reply or raise the typed transport error."""
        headers = {"X-Request-ID": uuid.uuid4().hex}
        data: bytes | None = None
        if method in ("POST", "PUT", "PATCH"):
            headers["Content-Type"] = "application/json"
        if body is not None:
            data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        if authorization is not None:
            headers["Authorization"] = authorization
            headers["vmware-use-header-authn"] = "true"
        elif self._token is not None:
            headers[SESSION_HEADER] = self._token
        url = self._target.base_url + path
        error: ReconError | None = None
        seconds = self._target.call_deadline
        with CallDeadline(seconds) as deadline:
            try:
                response = self._session.request(
                    method,
                    url,
                    headers=headers,
                    data=data,
                    timeout=(self._target.connect_timeout, self._target.read_timeout),
                    allow_redirects=False,
                    verify=True,
                    stream=True,  # the body is read by _read_body, with a size cap
                    proxies=dict(self._session.proxies),
                )
                with response:
                    reply = _Reply(response.status_code, self._read_body(response),
                                   response.headers.get("Content-Type"))
            except ReconError as exc:  # the body was too large (see _read_body)
                error = exc
            except (requests.RequestException, urllib3.exceptions.HTTPError, http.client.HTTPException, OSError,
                    ValueError) as exc:  # ValueError: a header value http.client refuses (CR/LF in it)
                error = transport.error_from_exception(exc, self._target, proxy=self._proxy)
        if error is not None and deadline.expired:
            # Whatever the cut-off socket raised (reset, truncated answer), the cause is the deadline.
            error = RequestTimeout(
                {"host": self._target.host, "port": self._target.port, "seconds": f"{seconds:g}", "phase": "total"},
                detail=f"{method} {path}: no complete answer within the call's deadline of {seconds:g} s "
                       f"(connect + headers + body); {error.code}: {error.detail}",
            )
        if error is not None:
            # Raised outside the except block on purpose: requests' exceptions keep the prepared
            # request (headers, body) alive, and a chained __context__ would carry it along.
            if isinstance(error, CertificateVerificationFailed):
                error = self._explain_certificate_failure(error)
            logger.info("%s %s failed: %s (%s)", method, path, error.code, error.detail)
            raise error
        logger.debug("%s %s -> HTTP %d (X-Request-ID %s)", method, path, reply.status, headers["X-Request-ID"])
        return reply

    def _read_body(self, response: requests.Response) -> bytes:
        """The (decompressed) body, refused past :data:`MAX_RESPONSE_BYTES`.

        A small gzip body that inflates to gigabytes would otherwise exhaust memory; urllib3 inflates
        at most about one chunk per read, so the count below stops a bomb after a few chunks. Time is
        bounded by the call's :class:`~reconui.core.deadline.CallDeadline`, not here.

        Raises:
            BadResponse: the answer is larger than the cap.
        """
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > MAX_RESPONSE_BYTES:
            raise self._too_large(response.status_code, f"Content-Length {declared}")
        body = bytearray()
        for chunk in response.iter_content(chunk_size=_CHUNK):
            body += chunk
            if len(body) > MAX_RESPONSE_BYTES:
                raise self._too_large(response.status_code, f"more than {len(body)} bytes read")
        return bytes(body)

    @staticmethod
    def _too_large(status: int, what: str) -> BadResponse:
        return BadResponse(
            {"reason": reason("too_large", status=str(status), megabytes=str(MAX_RESPONSE_BYTES // (1024 * 1024))),
             "status": status},
            detail=f"body refused: {what}, the limit is {MAX_RESPONSE_BYTES} bytes",
        )

    def _explain_certificate_failure(self, error: TlsError) -> ReconError:
        """Upgrade "verification failed" to ``CertificateChanged`` when the certificate changed.

        Reads what the server presents now (a bare handshake; nothing is sent) - the user needs the
        new fingerprint next to the approved one to judge the change.
        """
        try:
            presented = tls.fetch_certificate(self._target)
        except ReconError:
            return error
        if presented.sha256 == self._trust.sha256:
            return error  # same certificate, verification fails for another reason (expired CA …)
        logger.warning("The certificate of %s changed after trust was settled: approved %s, presented %s",
                       self._target.address, self._trust.sha256, presented.sha256)
        return CertificateChanged(
            {"host": self._target.host, "port": self._target.port, "address": self._target.address},
            certificate=presented,
            pinned_sha256=self._trust.sha256,
        )

    @staticmethod
    def _result(reply: _Reply) -> object:
        """The JSON of a successful reply, or the typed error of any other."""
        if 200 <= reply.status < 300:
            return transport.decode_json(reply.status, reply.body, reply.content_type)
        raise transport.error_from_reply(reply.status, reply.body, reply.content_type)

    def _session_flavor(self) -> str:
        if self._token is None or self.flavor is None:
            raise Unauthenticated(detail="not logged in")
        return self.flavor

    def _get_value(self, method: str, path: str, *, rest_path: str | None = None, body: object = None) -> object:
        flavor = self._session_flavor()
        full = f"/api{path}" if flavor == FLAVOR_API else f"/rest{rest_path or path}"
        obj = self._result(self._call(method, full, body=body))
        return wire.unwrap_value(obj) if flavor == FLAVOR_REST else obj

    # --- Session -----------------------------------------------------------------------------

    def login(self, credentials: Credentials) -> None:
        """Create a session; with ``target.flavor == "auto"`` detect the flavour (``/api`` first).

        Detection: ``POST /api/session`` answering 404 (JSON or not) or 405 means the appliance has
        no ``/api`` (pre-7.0U2), so ``/rest`` is tried. A 401 there is a wrong password, not a
        missing flavour. Calling ``login`` again (after a 401 mid-run) reuses the known flavour.

        Raises:
            Unauthenticated: the user name or password is wrong.
            ReconError: any other failure, typed.
        """
        self._token = None
        register_credentials(credentials.user, credentials.password)  # also its base64 user:password
        authorization = basic_authorization(credentials.user, credentials.password)
        if self.flavor is None:
            reply = self._call("POST", _SESSION_PATH[FLAVOR_API], authorization=authorization)
            if reply.status in _NO_API_STATUSES or _is_json_rpc(reply):
                logger.info("%s has no /api flavour (HTTP %d); trying /rest", self._target.address, reply.status)
                self._login_with(FLAVOR_REST, authorization)
            else:
                self._token = wire.parse_session_token(self._result(reply))
                self.flavor = FLAVOR_API
        else:
            self._login_with(self.flavor, authorization)
        # The token is as good as the password until it expires: mask it in every later log line
        # (real ones are 32+ characters; masking a very short one would garble every line instead).
        if self._token is not None and len(self._token) >= _MIN_MASKED_TOKEN:
            register_secret(self._token)
        logger.info("Logged in to %s (flavour %s)", self._target.address, self.flavor)

    def _login_with(self, flavor: str, authorization: str) -> None:
        reply = self._call("POST", _SESSION_PATH[flavor], authorization=authorization)
        self._token = wire.parse_session_token(self._result(reply))
        self.flavor = flavor

    def logout(self) -> None:
        """End the session on the appliance. Never raises: a failed logout only lets it expire."""
        if self._token is None or self.flavor is None:
            return
        try:
            self._call("DELETE", _SESSION_PATH[self.flavor])
        except Exception as exc:  # a logout must never turn success into failure
            logger.info("Logout from %s failed (the session will expire): %s", self._target.address,
                        getattr(exc, "code", type(exc).__name__))
        finally:
            self._token = None

    # --- Appliance calls ---------------------------------------------------------------------

    def get_version(self) -> ApplianceVersion:
        return wire.parse_version(self._get_value("GET", _VERSION_PATH))

    def get_restore_status(self) -> RestoreStatus:
        return wire.parse_restore_status(self._get_value("GET", _RESTORE_PATH))

    def get_job(self) -> JobInfo | None:
        """The reconciliation job, or None when the appliance has none (404 ``not_found``)."""
        try:
            return wire.parse_job_info(self._get_value("GET", _JOB_PATH))
        except NotFound:
            return None

    def create_job(self, spec: JobSpec) -> JobInfo:
        """Start the reconciliation job. The body carries the SSO password and is never logged."""
        flavor = self._session_flavor()
        return wire.parse_job_info(self._get_value("POST", _JOB_PATH, body=wire.create_spec_body(spec, flavor)))

    # --- Post-restore checks (health, services, linked-mode partners) ---------------------------

    def get_health(self, subsystem: str = "system") -> str:
        """``HealthLevel`` of the appliance (``system``) or of one subsystem, lower case."""
        if subsystem != "system" and subsystem not in HEALTH_SUBSYSTEMS:
            raise ValueError(f"unknown health subsystem {subsystem!r}")
        return wire_health.parse_health_level(self._get_value("GET", _HEALTH_PATH + subsystem))

    def get_health_lastcheck(self) -> datetime:
        """When the appliance last ran its health checks."""
        return wire_health.parse_lastcheck(self._get_value("GET", _HEALTH_PATH + "system/lastcheck"))

    def list_services(self) -> tuple[ServiceInfo, ...]:
        """Every vCenter service with its startup type, state and health (sorted by id)."""
        return wire_health.parse_services(self._get_value("GET", _SERVICES_PATH))

    def get_replication_status(self, nodes: Sequence[str] = ()) -> tuple[ReplicationPartner, ...]:
        """The linked-mode replication rows, optionally only of ``nodes``.

        The filter is ``nodes=<name>`` on ``/api`` and ``filter.nodes=<name>`` on ``/rest``, repeated.
        """
        api_query = urlencode([("nodes", n) for n in nodes])
        rest_query = urlencode([("filter.nodes", n) for n in nodes])
        path = _REPLICATION_PATH + (f"?{api_query}" if nodes else "")
        rest_path = _REPLICATION_PATH + (f"?{rest_query}" if nodes else "")
        return wire_health.parse_replication_status(self._get_value("GET", path, rest_path=rest_path))

    def close(self) -> None:
        """Log out (if still logged in) and release the connections. Never raises."""
        self.logout()
        if self._owns_session:
            self._session.close()

    def __enter__(self) -> ApplianceClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _is_json_rpc(reply: _Reply) -> bool:
    """A 6.x appliance serves JSON-RPC 2.0 on ``/api``; its envelope is not an ``/api`` session."""
    if not 200 <= reply.status < 300:
        return False
    try:
        obj = json.loads(reply.body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return False
    return isinstance(obj, dict) and "jsonrpc" in obj
