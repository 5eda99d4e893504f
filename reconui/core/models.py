"""Immutable values the whole engine speaks: what to connect to, what the appliance answered.

Everything here is a frozen dataclass so that the worker thread can hand a value to the GUI thread
(or to a report) without anyone being able to change it underneath. Nothing here does I/O; the
parsers that build these values from the wire live in :mod:`reconui.core.wire`.

Secrets are fields with ``repr=False`` so that a stray ``repr()`` in a log line or a traceback never
shows them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any

from reconui.core.address import proxy_display

#: Job.Status values documented in vSphere 6.7+. The enum is *open*: newer appliances may send
#: other strings, which are kept as they are (``JobInfo.status`` is a plain ``str``).
STATUS_NONE = "NONE"
STATUS_RUNNING = "RUNNING"
STATUS_SUCCEEDED = "SUCCEEDED"
STATUS_FAILED = "FAILED"
TERMINAL_STATUSES = frozenset({STATUS_SUCCEEDED, STATUS_FAILED})

#: The two REST flavours of the appliance API, and the user's choice between them.
FLAVOR_API = "api"
FLAVOR_REST = "rest"
FLAVOR_AUTO = "auto"
FLAVORS = (FLAVOR_API, FLAVOR_REST)


class ProxyMode(str, Enum):
    """How to reach the appliance: the environment's proxy settings, none, or an explicit one."""

    SYSTEM = "system"
    NONE = "none"
    EXPLICIT = "explicit"


@dataclass(frozen=True)
class ProxyChoice:
    """The user's proxy choice. ``url`` is only used with :attr:`ProxyMode.EXPLICIT`."""

    mode: ProxyMode = ProxyMode.SYSTEM
    url: str | None = None

    def __repr__(self) -> str:
        """Without ``user:password@``: a Target (and so this) may be logged or shown in a traceback."""
        return f"ProxyChoice(mode={self.mode!r}, url={proxy_display(self.url)!r})"


@dataclass(frozen=True)
class Target:
    """Where the appliance is and how to talk to it. Holds no secret, so it may be logged."""

    host: str
    port: int = 443
    flavor: str = FLAVOR_AUTO
    proxy: ProxyChoice = field(default_factory=ProxyChoice)
    ca_file: str | None = None
    #: BCP 47 language tag sent as ``Accept-Language`` (e.g. ``"de-DE"``); None sends English.
    language: str | None = None
    connect_timeout: float = 10.0
    read_timeout: float = 30.0

    @property
    def address(self) -> str:
        """``host:port`` with IPv6 literals bracketed, the key under which pins are stored."""
        host = f"[{self.host}]" if ":" in self.host and not self.host.startswith("[") else self.host
        return f"{host}:{self.port}"

    @property
    def base_url(self) -> str:
        return f"https://{self.address}"

    @property
    def call_deadline(self) -> float:
        """Seconds one call may take in all (connect + handshake + headers + body).

        The socket timeouts bound each step; this bounds their sum, so a server that drips bytes
        cannot hold a call open (see :mod:`reconui.core.deadline`).
        """
        return self.connect_timeout + self.read_timeout


@dataclass(frozen=True)
class Credentials:
    """A user name and password held in memory only."""

    user: str
    password: str = field(repr=False)


@dataclass(frozen=True)
class JobSpec:
    """The reconciliation job's CreateSpec."""

    sso_user: str
    sso_password: str = field(repr=False)
    ignore_warnings: bool = False


@dataclass(frozen=True)
class NestedMessage:
    """``com.vmware.vapi.std.nested_localizable_message``: an id and named params, no default text."""

    id: str
    params: Mapping[str, LocalizationParam] = field(default_factory=dict)


@dataclass(frozen=True)
class LocalizationParam:
    """``com.vmware.vapi.std.localization_param``: exactly one of s/dt/i/d/l is meant to be set."""

    s: str | None = None
    dt: datetime | None = None
    i: int | None = None
    d: float | None = None
    l: NestedMessage | None = None  # noqa: E741 - the wire name
    format: str | None = None
    precision: int | None = None


@dataclass(frozen=True)
class LocalizableMessage:
    """``com.vmware.vapi.std.localizable_message``. ``default_message`` is English, already filled."""

    id: str
    default_message: str
    args: tuple[str, ...] = ()
    params: Mapping[str, LocalizationParam] | None = None
    localized: str | None = None


@dataclass(frozen=True)
class DynamicId:
    """``com.vmware.vapi.std.dynamic_ID``."""

    type: str
    id: str


@dataclass(frozen=True)
class ApiErrorBody:
    """A standard vAPI error struct as the appliance sent it.

    ``error_type`` is the discriminator (``NOT_FOUND`` …), absent on 6.x appliances; ``type_id`` is the
    canonical id from the ``/rest`` envelope (``com.vmware.vapi.std.errors.not_found``) when known.
    """

    error_type: str | None
    messages: tuple[LocalizableMessage, ...] = ()
    type_id: str | None = None
    challenge: str | None = None
    data: Any = None


@dataclass(frozen=True)
class JobInfo:
    """``com.vmware.appliance.recovery.reconciliation.job.info``."""

    status: str
    progress: int
    messages: tuple[LocalizableMessage, ...] = ()
    description: LocalizableMessage | None = None
    service: str = ""
    operation: str = ""
    parent: str | None = None
    target: DynamicId | None = None
    cancelable: bool | None = None
    #: The error of a FAILED job: a struct, or (seen in specs) a bare string kept in ``error_text``.
    error: ApiErrorBody | None = None
    error_text: str | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None

    @property
    def is_terminal(self) -> bool:
        return self.status in TERMINAL_STATUSES


#: RestoreJobStatus states (``BackupRestoreProcessState``; note the spelling ``INPROGRESS``).
RESTORE_INPROGRESS = "INPROGRESS"
RESTORE_FAILED = "FAILED"


@dataclass(frozen=True)
class RestoreStatus:
    """``com.vmware.appliance.recovery.restore.job.restore_job_status``.

    ``parts`` (the backup parts, 8.0.3+) is None when the appliance did not send it.
    """

    state: str
    progress: int | None = None
    messages: tuple[LocalizableMessage, ...] = ()
    parts: tuple[str, ...] | None = None

    @property
    def succeeded(self) -> bool:
        return self.state == STATUS_SUCCEEDED

    @property
    def in_progress(self) -> bool:
        return self.state == RESTORE_INPROGRESS


@dataclass(frozen=True)
class ApplianceVersion:
    """``com.vmware.appliance.system.version`` (``install_time`` is a plain string on the wire)."""

    version: str
    product: str = ""
    build: str = ""
    type: str = ""
    summary: str = ""
    releasedate: str = ""
    install_time: str = ""
    name: str | None = None


@dataclass(frozen=True)
class CertificateInfo:
    """What the appliance presented in the TLS handshake, for the trust dialog and the report.

    Fingerprints are colon-separated upper-case hex of the DER encoding (``AB:CD:…``), the form
    vSphere's own screens show.
    """

    subject: str
    issuer: str
    sans: tuple[str, ...]
    not_before: datetime
    not_after: datetime
    sha256: str
    sha1: str
    serial: str
    pem: str = field(repr=False)
    self_signed: bool = False


class TrustMode(str, Enum):
    """Why a certificate is accepted: it chains to a trusted root, or the user pinned it."""

    CHAIN = "chain"
    PINNED = "pinned"


@dataclass(frozen=True)
class TrustDecision:
    """The settled trust for one ``host:port``; no request with credentials is sent without one."""

    mode: TrustMode
    certificate: CertificateInfo

    @property
    def sha256(self) -> str:
        return self.certificate.sha256


# --- Linked mode, health and services (post-restore checks) -----------------------------------------

#: ``com.vmware.appliance.health`` levels, lower case on the wire. Open like every vAPI enum.
HEALTH_GREEN = "green"
HEALTH_YELLOW = "yellow"
HEALTH_ORANGE = "orange"
HEALTH_RED = "red"
HEALTH_GRAY = "gray"
#: The subsystems ``/appliance/health/<sub>`` serves besides ``system`` (the deprecated ``database``
#: is left out on purpose).
HEALTH_SUBSYSTEMS = ("applmgmt", "database-storage", "load", "mem", "software-packages", "storage", "swap")

#: ``Service.StartupType``, ``Service.State`` and ``Service.Health`` values.
STARTUP_AUTOMATIC = "AUTOMATIC"
SERVICE_STARTED = "STARTED"
SERVICE_STARTING = "STARTING"
SERVICE_STOPPING = "STOPPING"
SERVICE_HEALTHY = "HEALTHY"
SERVICE_HEALTHY_WITH_WARNINGS = "HEALTHY_WITH_WARNINGS"
SERVICE_DEGRADED = "DEGRADED"


@dataclass(frozen=True)
class ServiceInfo:
    """``com.vmware.vcenter.services.service.info`` with its id (the key of the services map).

    ``health`` and ``health_messages`` are only sent while the service is STARTED.
    """

    id: str
    startup_type: str
    state: str
    name_key: str = ""
    description_key: str = ""
    health: str | None = None
    health_messages: tuple[LocalizableMessage, ...] = ()

    @property
    def automatic(self) -> bool:
        return self.startup_type == STARTUP_AUTOMATIC


@dataclass(frozen=True)
class ReplicationPartner:
    """One row of ``com.vmware.vcenter.topology.replication_status.summary`` (node -> partner).

    ``replicating`` and ``change_lag`` are None when the appliance omitted them (it does whenever
    ``partner_available`` or ``status_available`` is false).
    """

    node: str
    partner: str
    partner_available: bool
    status_available: bool
    replicating: bool | None = None
    change_lag: int | None = None


@dataclass(frozen=True)
class PartnerCheck:
    """What pre-flight learned about the Enhanced Linked Mode partners.

    ``available`` is False when the appliance does not serve the replication status (6.7 ``/rest``:
    404) or the user may not read it (403); ``reason`` is then the sentence code
    (``partners_not_served``, ``partners_forbidden``, ``partners_error``) and ``detail`` the error's
    sentence. That never blocks a run.
    """

    available: bool
    rows: tuple[ReplicationPartner, ...] = ()
    reason: str = ""
    detail: str = ""

    @property
    def unreachable(self) -> tuple[str, ...]:
        """Partners whose directory service does not answer, sorted, each once."""
        return tuple(sorted({r.partner for r in self.rows if not r.partner_available}))
