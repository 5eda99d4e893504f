"""The simulated appliance's state and operations, free of HTTP.

Holds the restore state, the current reconciliation job, the sessions and the restart timeline,
and answers the operations of §1 with results or :class:`ApiFailure`. The HTTP layer only
routes, authenticates, encodes and injects faults.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any, Literal

from reconui.simulator.catalog import Message, Param, named, positional
from reconui.simulator.config import SimulatorConfig
from reconui.simulator.health import SUBSYSTEMS, HealthModel, Phase, ServiceState
from reconui.simulator.job import DESCRIPTION, SERVICE_ID, CreateSpec, JobSnapshot, ReconciliationJob, build_plan
from reconui.simulator.restore import PARTS, RestoreJob
from reconui.simulator.sessions import SessionStore
from reconui.simulator.wire import VapiError, WireStyle, encode_error, encode_map, encode_message, wire_datetime

RestartPhase = Literal["none", "unavailable", "refused"]

#: Version details per release; build numbers are plausible examples, not a VMware table.
_RELEASES = {
    (6, 7, 0): ("6.7.0.44000", "16046470"),
    (7, 0, 0): ("7.0.0.10100", "15952498"),
    (7, 0, 2): ("7.0.2.00000", "17694817"),
    (7, 0, 3): ("7.0.3.01000", "20395099"),
    (8, 0, 2): ("8.0.2.00100", "22617221"),
    (8, 0, 3): ("8.0.3.00400", "24322831"),
}


class ApiFailure(Exception):
    """An operation failed with a vAPI standard error (status from the runtime map unless given)."""

    def __init__(self, error: VapiError, status: int | None = None) -> None:
        super().__init__(error.type_id)
        self.error = error
        self.status = status if status is not None else error.status


class Appliance:
    """State machine of one appliance (docs/protocol.md §1.3 and §5).

    Args:
        config: the simulator configuration.
        clock: monotonic clock, injectable so job timelines can be tested without sleeping.
    """

    def __init__(self, config: SimulatorConfig, clock: Callable[[], float] = time.monotonic) -> None:
        self.config = config
        self.clock = clock
        self.sessions = SessionStore(config.session_idle_timeout, config.effective_session_max_age)
        self._lock = threading.Lock()
        self._job: ReconciliationJob | None = None
        self._restart_job: ReconciliationJob | None = None
        self._restart_stage = 0  # for _restart_job: 1 in the window, 2 window over
        self._installed = datetime.now(timezone.utc) - timedelta(days=42)
        self._restore_started = self.clock()
        self.health = HealthModel(config)
        if config.scenario == "running":
            # As after a file-based restore: the appliance started the job itself, with the SSO
            # credentials from the restore request.
            now = self.clock()
            elapsed = config.effective_running_elapsed
            spec = CreateSpec(config.sso_user, None, True)
            self._job = self._new_job(spec, now - elapsed, datetime.now(timezone.utc) - timedelta(seconds=elapsed))

    # Authentication ----------------------------------------------------------------------

    def check_user(self, user: str, password: str) -> bool:
        """Appliance/vCenter login check; user names are case-insensitive like SSO principals."""
        return user.casefold() == self.config.user.casefold() and password == self.config.password

    def unauthenticated(self) -> VapiError:
        """The 401 error; 6.x used an older id and had no ``challenge`` (docs/protocol.md §2.2)."""
        if not self.config.modern:
            return VapiError("unauthenticated", (Message("vapi.method.authentication.required"),))
        host = self.config.host
        challenge = (
            'Basic realm="VAPI endpoint",SIGN realm="VAPI endpoint",service="VAPI endpoint",'
            f'sts="https://{host}/sts/STSService/vsphere.local"'
        )
        return VapiError(
            "unauthenticated", (Message("com.vmware.vapi.endpoint.method.authentication.required"),), challenge
        )

    # Restart window ----------------------------------------------------------------------

    def restart_phase(self) -> RestartPhase:
        """Where the current job is in the ``restart`` window; drops all sessions on entry and exit."""
        if self.config.scenario != "restart":
            return "none"
        with self._lock:
            job = self._job
            if job is None:
                return "none"
            elapsed = job.elapsed(self.clock())
            start, unavailable, refused = self.config.restart_window
            if self._restart_job is not job:
                self._restart_job, self._restart_stage = job, 0
            if elapsed < start:
                return "none"
            if elapsed < start + unavailable + refused:
                if self._restart_stage < 1:
                    self._restart_stage = 1
                    self.sessions.clear()
                return "unavailable" if elapsed < start + unavailable else "refused"
            if self._restart_stage < 2:
                # The authentication service came back empty: every old session is gone.
                self._restart_stage = 2
                self.sessions.clear()
            return "none"

    # Operations ----------------------------------------------------------------------------

    def version(self) -> dict[str, Any]:
        """``VersionStruct`` (§1.5); ``install_time`` is a plain string field."""
        numbers = self.config.version_tuple
        version, build = _RELEASES.get(numbers, ("{}.{}.{}.00000".format(*numbers), "20000000"))
        if self.config.appliance_version.count(".") >= 3:
            version = self.config.appliance_version
        return {
            "version": version,
            "product": "VMware vCenter Server",
            "build": build,
            "type": "vCenter Server with an embedded Platform Services Controller",
            "summary": "",
            "releasedate": "",
            "install_time": wire_datetime(self._installed),
        }

    @property
    def restore(self) -> RestoreJob:
        """The restore job, built from the current config (tests may change the config mid-run)."""
        config = self.config
        return RestoreJob(config.effective_restore_state, config.effective_restore_running_for, self._restore_started)

    def restore_state(self) -> str:
        """The restore job's state now (it changes over time in ``restore_running``)."""
        return self.restore.snapshot(self.clock()).state

    def restore_status(self, style: WireStyle) -> dict[str, Any]:
        """``RestoreJobStatus`` (§1.4); its messages are the restore package's (no params).

        ``parts`` (optional, 8.0.3+) lists the backup parts once the restore has begun.
        """
        snap = self.restore.snapshot(self.clock())
        plain = WireStyle(style.flavor, False, None)
        out: dict[str, Any] = {
            "state": snap.state,
            "messages": [encode_message(m, plain) for m in snap.messages],
            "progress": snap.progress,
        }
        if self.config.version_tuple >= (8, 0, 3) and snap.state != "NONE":
            out["parts"] = list(PARTS)
        return out

    # Health, services, replication (docs/post-restore-api.md) ------------------------------------

    def phase(self) -> Phase:
        """The job as now and how long ago it SUCCEEDED: what health and services follow from."""
        with self._lock:
            job = self._job
        if job is None:
            return Phase(None)
        now = self.clock()
        snap = job.snapshot(now)
        since = job.elapsed(now) - job.duration if snap.status == "SUCCEEDED" else None
        return Phase(snap, since)

    def health_level(self, subsystem: str) -> str:
        """``HealthLevel`` of ``system`` or one of :data:`SUBSYSTEMS`."""
        phase = self.phase()
        if subsystem == "system":
            return self.health.system_level(phase)
        assert subsystem in SUBSYSTEMS
        return self.health.subsystem_level(subsystem, phase)

    def health_lastcheck(self) -> str:
        """When the appliance last ran its health checks (every 30 s here)."""
        now = datetime.now(timezone.utc)
        return wire_datetime(now - timedelta(seconds=now.second % 30, microseconds=now.microsecond))

    def _services(self) -> dict[str, ServiceState]:
        phase = self.phase()
        if self.health.services_unavailable(phase):
            raise ApiFailure(VapiError("service_unavailable", (Message("ex.services.unavailable"),)))
        return self.health.service_states(phase)

    def services(self, style: WireStyle) -> Any:
        """The map service id -> ``Service.Info`` (object on ``/api``, key/value list on ``/rest``)."""
        return encode_map({k: self.health.encode_service(k, v, style) for k, v in self._services().items()}, style)

    def service(self, service: str, style: WireStyle) -> dict[str, Any]:
        """One ``Service.Info``; ``not_found`` for an unknown id."""
        states = self._services()
        if service not in states:
            raise ApiFailure(VapiError("not_found", (positional("ex.services.unknown", service),)))
        return self.health.encode_service(service, states[service], style)

    def replication_status(self, nodes: list[str]) -> list[dict[str, Any]]:
        """``ReplicationStatus.list``: every row, or only those of ``nodes``; ``invalid_argument`` for
        an unknown node; 403 ``unauthorized`` when the caller may not read it (a [U] switch)."""
        if self.config.replication_status_forbidden:
            raise ApiFailure(VapiError("unauthorized", (Message("ex.topology.privilege"),)))
        unknown = [n for n in nodes if n not in self.health.nodes()]
        if unknown:
            raise ApiFailure(VapiError("invalid_argument", (positional("ex.topology.unknown.node", unknown[0]),)))
        rows = self.health.replication_rows()
        return [r for r in rows if r["node"] in nodes] if nodes else rows

    def create_job(self, spec: CreateSpec) -> JobSnapshot:
        """Start a reconciliation job, or fail the way §1.3 documents.

        The SSO check runs first so that wrong SSO credentials always answer ``invalid_argument``,
        whatever else is going on.
        """
        config = self.config
        if spec.sso_admin_user_name is None or spec.sso_admin_user_password is None:
            if config.sso_required:
                raise ApiFailure(VapiError("invalid_argument", (Message("ex.recon.sso.required"),)))
        elif not (
            spec.sso_admin_user_name.casefold() == config.sso_user.casefold()
            and spec.sso_admin_user_password == config.effective_sso_password
        ):
            raise ApiFailure(VapiError(
                "invalid_argument", (named("ex.recon.sso.invalid", user=Param.s(spec.sso_admin_user_name)),)
            ))
        state = self.restore_state()
        if state != "SUCCEEDED":
            raise ApiFailure(VapiError(
                "not_allowed_in_current_state",
                (Message("ex.recon.restore.not.succeeded"), positional("ex.recon.restore.state", state)),
            ))
        if config.scenario == "in_use":
            raise ApiFailure(VapiError(
                "feature_in_use", (Message("ex.recon.busy"), positional("ex.recon.backup.running", "backup-20240503"))
            ))
        with self._lock:
            now = self.clock()
            current = self._job
            if current is not None:
                snap = current.snapshot(now)
                if snap.status == "RUNNING":
                    raise ApiFailure(VapiError(
                        "feature_in_use",
                        (named("ex.recon.running", start=Param.dt(snap.start_time)),),
                    ))
                if not config.allow_create_after_finish:
                    raise ApiFailure(VapiError("not_allowed_in_current_state", (Message("ex.recon.finished.exists"),)))
            self._job = self._new_job(spec, now, datetime.now(timezone.utc))
            return self._job.snapshot(now)

    def get_job(self) -> JobSnapshot:
        """The current or last job; ``not_found`` when there has never been one."""
        with self._lock:
            job = self._job
        if job is None:
            raise ApiFailure(VapiError("not_found", (Message("ex.recon.no.job"),)))
        return job.snapshot(self.clock())

    def encode_info(self, snapshot: JobSnapshot, style: WireStyle) -> dict[str, Any]:
        """``Job.Info`` on the wire: unset optionals omitted, ``error`` only when FAILED."""
        info: dict[str, Any] = {
            "description": encode_message(DESCRIPTION, style),
            "service": SERVICE_ID,
            "operation": self.config.job_operation,
            "status": snapshot.status,
            "cancelable": False,
            "start_time": wire_datetime(snapshot.start_time),
        }
        if snapshot.end_time is not None:
            info["end_time"] = wire_datetime(snapshot.end_time)
        if snapshot.error is not None and snapshot.status == "FAILED":
            struct = encode_error(snapshot.error, style)
            if style.rest and self.config.rest_job_error_wrapped:
                struct = {"type": snapshot.error.type_id, "value": struct}
            info["error"] = struct
        info["messages"] = [encode_message(m, style) for m in snapshot.messages]
        info["progress"] = snapshot.progress
        return info

    # Internals -----------------------------------------------------------------------------

    def _new_job(self, spec: CreateSpec, started_mono: float, started_wall: datetime) -> ReconciliationJob:
        config = self.config
        restart_end = None
        if config.scenario == "restart":
            start, unavailable, refused = config.restart_window
            restart_end = start + unavailable + refused
        plan = build_plan(
            config.scenario, spec, started_wall, config.duration, fail_at=config.fail_at, restart_end=restart_end
        )
        return ReconciliationJob(plan, config.duration, started_wall, started_mono, config.progress_plan)
