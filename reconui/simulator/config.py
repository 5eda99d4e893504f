"""Configuration of the vCenter appliance simulator.

One frozen dataclass holds every knob, so a test, the CLI and the desktop app's demo mode all
describe a simulator the same way and nothing is read from globals. Facts docs/protocol.md
marks as unknown ([U], its §9) are knobs here instead of hard-coded guesses.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from reconui.simulator.scenarios import SCENARIOS

DEFAULT_USER = "administrator@vsphere.local"
DEFAULT_PASSWORD = "VMware1!"  # noqa: S105 - the well-known vSphere lab default, documented in --help
#: The appliance's SSO password in the ``bad_sso`` scenario: the backup came from a domain whose
#: administrator password was changed, so the documented demo credentials no longer match.
BAD_SSO_PASSWORD = "Changed-After-Backup#1"  # noqa: S105 - a simulator fixture, not a secret

FLAVORS = ("api", "rest")
RESTORE_STATES = ("NONE", "INPROGRESS", "SUCCEEDED", "FAILED")
SERVICE_STATES_BEFORE_JOB = ("STOPPED", "STARTED")
FLAKY_KINDS = ("garbage", "truncated", "html502", "slow")

#: The first release that serves ``/api`` and the 7.0 vAPI error/message fields (7.0U2).
API_FLAVOR_SINCE = (7, 0, 2)
#: From 7.0U2 on, errors carry ``error_type``/``challenge`` and messages ``params``/``localized``.
#: docs/protocol.md §3.4 dates LocalizationParam to API 7.0, and the public captures are of 6.x (without)
#: and 7.0U3 (with); the issue draws the line with ``/api`` at 7.0U2, so one switch covers both.
STD_FIELDS_SINCE = API_FLAVOR_SINCE


def parse_progress_plan(text: str) -> tuple[tuple[float, int], ...]:
    """Turn ``"1:5,40:30,160:80"`` (seconds:percent, comma-separated) into progress steps.

    Raises:
        ValueError: if a step is not ``number:integer``.
    """
    steps = []
    for item in filter(None, (part.strip() for part in text.split(","))):
        seconds, sep, percent = item.partition(":")
        try:
            if not sep:
                raise ValueError
            steps.append((float(seconds), int(percent)))
        except ValueError:
            raise ValueError(f"progress plan steps look like 40:30 (seconds:percent), got {item!r}") from None
    return tuple(sorted(steps))


def parse_version(text: str) -> tuple[int, int, int]:
    """Turn ``"7.0.3"`` or ``"7.0.3.01000"`` into ``(7, 0, 3)``.

    Raises:
        ValueError: if the text does not start with three dot-separated integers.
    """
    parts = text.strip().split(".")
    if len(parts) < 3:
        raise ValueError(f"appliance version must look like 8.0.3, got {text!r}")
    try:
        major, minor, update = (int(p) for p in parts[:3])
    except ValueError:
        raise ValueError(f"appliance version must look like 8.0.3, got {text!r}") from None
    return major, minor, update


@dataclass(frozen=True)
class SimulatorConfig:
    """Everything that shapes one simulated appliance.

    Durations are seconds. ``None`` for a timing means "derive it from ``duration``" so that a test
    which only shortens ``duration`` still gets a coherent timeline (restart window inside the job,
    and so on).
    """

    scenario: str = "ok"
    flavors: tuple[str, ...] = FLAVORS
    duration: float = 60.0
    appliance_version: str = "8.0.3"
    user: str = DEFAULT_USER
    password: str = DEFAULT_PASSWORD
    sso_user: str = DEFAULT_USER
    #: ``None`` = scenario default: ``VMware1!``, or :data:`BAD_SSO_PASSWORD` in ``bad_sso``.
    sso_password: str | None = None
    host: str = "127.0.0.1"
    port: int = 0
    cert_file: str | os.PathLike[str] | None = None
    key_file: str | os.PathLike[str] | None = None
    request_log: str | os.PathLike[str] | None = None

    # Appliance state.
    #: Restore job state; ``None`` = ``FAILED`` in ``not_allowed``, else ``SUCCEEDED``.
    restore_state: str | None = None
    #: ``running`` scenario: how far (seconds) the pre-existing job is when the simulator starts;
    #: ``None`` = 20 % of ``duration``.
    running_elapsed: float | None = None
    #: ``fail`` scenario: fraction of ``duration`` at which the job fails.
    fail_at: float = 0.55
    #: ``restore_running`` scenario: seconds the restore stays INPROGRESS after the simulator
    #: starts; ``None`` = 50 % of ``duration``.
    restore_running_for: float | None = None

    # Linked mode, health and services (docs/post-restore-api.md).
    #: This appliance's node name in the replication status (its partners are vc02 and vc03).
    node_name: str = "vc01.example.com"
    #: [U] the caller lacks the privilege to read the replication status: 403 ``unauthorized``.
    replication_status_forbidden: bool = False
    #: [I] state of the AUTOMATIC vCenter services before any reconciliation job has run: a restored
    #: appliance is not started until reconciliation starts its services (``STOPPED``); ``STARTED``
    #: simulates an appliance that was never restored.
    services_before_job: str = "STOPPED"
    #: [I] seconds after the job SUCCEEDED during which AUTOMATIC services are still STARTING (one
    #: after the other); ``None`` = 40 % of ``duration`` in ``slow_services``, else 0.
    services_settle: float | None = None
    #: [I] seconds after the job SUCCEEDED during which ``/vcenter/services`` answers 503 while
    #: vapi-endpoint restarts; ``None`` = 10 % of ``duration`` in ``slow_services``, else 0.
    services_unavailable: float | None = None

    # Sessions.
    session_idle_timeout: float = 1800.0
    #: Absolute session lifetime; ``None`` = unlimited, except 5 s in the ``expire`` scenario.
    session_max_age: float | None = None

    # ``restart`` scenario window, measured from job start; ``None`` = derived from ``duration``.
    restart_at: float | None = None
    restart_unavailable: float | None = None
    restart_refused: float | None = None

    # ``flaky`` scenario.
    flaky_rate: float = 0.3
    flaky_seed: int = 1
    flaky_slow_delay: float = 2.0
    flaky_kinds: tuple[str, ...] = FLAKY_KINDS
    #: Whether session create may be hit too (off, so clients can always log in again).
    flaky_session_create: bool = False

    # [U] facts of docs/protocol.md §9, made switchable.
    #: §9.2: does ``/api/session`` also set the session cookie (Path=/api)?
    api_session_cookie: bool = False
    #: §3.6: is ``Info.error`` on ``/rest`` wrapped as ``{"type", "value"}``?
    rest_job_error_wrapped: bool = False
    #: §9.7: fill ``localized`` when ``Accept-Language`` asks for a catalog language.
    localize: bool = True
    #: §1.2: accept per-request HTTP Basic on ordinary calls (the runtime and port 5480 do).
    basic_auth_on_calls: bool = True
    #: §3.2: SSO credentials are mandatory on embedded/management nodes.
    sso_required: bool = True
    #: §9.6: may a new job be created once the previous one SUCCEEDED/FAILED?
    allow_create_after_finish: bool = True
    #: §1.2: when both header and cookie carry a session id, which wins (runtime: cookie; vcsim: header).
    prefer_cookie: bool = False
    #: Value of ``Info.operation`` (§3.3, not documented).
    job_operation: str = "create"

    # Benchmarks (``bench/``): a slow link, a step-wise progress timeline, a compressed clock.
    #: Every reply waits this many seconds before it is written, as over a slow WAN or VPN link.
    latency: float = 0.0
    #: ``((seconds after job start, percent), ...)``: progress moves in these steps (long steady
    #: phases, sudden jumps) instead of growing linearly with ``duration``, and the job's step
    #: messages appear one per step, so the Info changes only at these instants and at the end;
    #: empty = linear progress and messages at fixed fractions of ``duration``.
    progress_plan: tuple[tuple[float, int], ...] = ()
    #: The appliance's clock runs this many times faster than real time (job timelines, session
    #: ages, restart windows), so a two-hour job can be watched in minutes; 1 = real time.
    time_scale: float = 1.0

    #: Idle keep-alive connections are closed after this many seconds.
    connection_timeout: float = 30.0
    #: A request (line, headers and body) must be complete this many seconds after its first byte,
    #: so a client that trickles bytes (slowloris) cannot hold a connection thread for ever.
    request_timeout: float = 10.0

    def __post_init__(self) -> None:
        if self.scenario not in SCENARIOS:
            raise ValueError(f"unknown scenario {self.scenario!r}; choose from {', '.join(SCENARIOS)}")
        object.__setattr__(self, "flavors", tuple(self.flavors))
        if not self.flavors or any(f not in FLAVORS for f in self.flavors):
            raise ValueError(f"flavors must be a non-empty subset of {FLAVORS}, got {self.flavors!r}")
        if self.duration <= 0:
            raise ValueError("duration must be positive")
        if self.latency < 0 or self.time_scale <= 0:
            raise ValueError("latency must not be negative and time_scale must be positive")
        object.__setattr__(self, "progress_plan", tuple((float(t), int(p)) for t, p in self.progress_plan))
        if any(t < 0 or not 0 <= p <= 99 for t, p in self.progress_plan):
            raise ValueError("progress_plan needs (seconds >= 0, percent 0..99) steps")
        if self.connection_timeout <= 0 or self.request_timeout <= 0:
            raise ValueError("connection_timeout and request_timeout must be positive")
        parse_version(self.appliance_version)
        if not self.served_flavors:
            raise ValueError(f"appliance {self.appliance_version} predates 7.0U2 and serves only /rest")
        if (self.cert_file is None) != (self.key_file is None):
            raise ValueError("cert_file and key_file go together")
        if self.restore_state is not None and self.restore_state not in RESTORE_STATES:
            raise ValueError(f"restore_state must be one of {RESTORE_STATES}")
        if not 0.0 <= self.flaky_rate <= 1.0:
            raise ValueError("flaky_rate must be within 0..1")
        if any(k not in FLAKY_KINDS for k in self.flaky_kinds) or not self.flaky_kinds:
            raise ValueError(f"flaky_kinds must be a non-empty subset of {FLAKY_KINDS}")
        if not 0.0 < self.fail_at < 1.0:
            raise ValueError("fail_at must be within (0, 1)")
        if self.services_before_job not in SERVICE_STATES_BEFORE_JOB:
            raise ValueError(f"services_before_job must be one of {SERVICE_STATES_BEFORE_JOB}")
        if not self.node_name or any(c.isspace() for c in self.node_name):
            raise ValueError("node_name must be a host name")
        for name in ("restart_at", "restart_unavailable", "restart_refused", "running_elapsed",
                     "session_max_age", "restore_running_for", "services_settle", "services_unavailable"):
            value = getattr(self, name)
            if value is not None and value < 0:
                raise ValueError(f"{name} must not be negative")

    # Derived values -------------------------------------------------------------------------

    @property
    def version_tuple(self) -> tuple[int, int, int]:
        """The appliance version as comparable numbers."""
        return parse_version(self.appliance_version)

    @property
    def modern(self) -> bool:
        """True from 7.0U2 on: errors carry ``error_type``, messages may carry ``params``/``localized``."""
        return self.version_tuple >= STD_FIELDS_SINCE

    @property
    def served_flavors(self) -> tuple[str, ...]:
        """Flavours actually served: before 7.0U2 there is no ``/api``."""
        if self.version_tuple < API_FLAVOR_SINCE:
            return tuple(f for f in self.flavors if f == "rest")
        return self.flavors

    @property
    def effective_sso_password(self) -> str:
        """The appliance's SSO administrator password for this scenario."""
        if self.sso_password is not None:
            return self.sso_password
        return BAD_SSO_PASSWORD if self.scenario == "bad_sso" else DEFAULT_PASSWORD

    @property
    def effective_restore_state(self) -> str:
        """The restore job state reported by the appliance."""
        if self.restore_state is not None:
            return self.restore_state
        return "FAILED" if self.scenario == "not_allowed" else "SUCCEEDED"

    @property
    def effective_restore_running_for(self) -> float:
        """Seconds the ``restore_running`` restore stays INPROGRESS (0 in other scenarios, or when
        ``restore_state`` fixes the state)."""
        if self.scenario != "restore_running" or self.restore_state is not None:
            return 0.0
        return self.restore_running_for if self.restore_running_for is not None else 0.5 * self.duration

    @property
    def effective_services_settle(self) -> float:
        """Seconds after job success while AUTOMATIC services are still STARTING."""
        if self.services_settle is not None:
            return self.services_settle
        return 0.4 * self.duration if self.scenario == "slow_services" else 0.0

    @property
    def effective_services_unavailable(self) -> float:
        """Seconds after job success while ``/vcenter/services`` answers 503."""
        if self.services_unavailable is not None:
            return self.services_unavailable
        return 0.1 * self.duration if self.scenario == "slow_services" else 0.0

    @property
    def partner_down(self) -> bool:
        """True in the scenarios where linked-mode partner vc03 does not answer."""
        return self.scenario in ("warnings", "partner_down")

    @property
    def effective_session_max_age(self) -> float | None:
        """Absolute session lifetime in seconds, or ``None`` for no limit."""
        if self.session_max_age is not None:
            return self.session_max_age
        return 5.0 if self.scenario == "expire" else None

    @property
    def effective_running_elapsed(self) -> float:
        """How far the pre-existing job of the ``running`` scenario already is."""
        return self.running_elapsed if self.running_elapsed is not None else 0.2 * self.duration

    @property
    def restart_window(self) -> tuple[float, float, float]:
        """``(start, 503 phase length, refused phase length)`` in seconds after job start."""
        start = self.restart_at if self.restart_at is not None else 0.25 * self.duration
        unavailable = self.restart_unavailable if self.restart_unavailable is not None else 0.15 * self.duration
        refused = self.restart_refused if self.restart_refused is not None else 0.15 * self.duration
        return start, unavailable, refused
