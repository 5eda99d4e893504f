"""Appliance health, vCenter services and linked-mode replication status (docs/post-restore-api.md).

What these endpoints answer follows from the reconciliation job's timeline, as a pure function of
the job snapshot and the clock: before any job the restored appliance's services are stopped
(``services_before_job``), reconciliation starts them, and after it ends they settle (``slow_services``)
or stay broken (``degraded``). No timer thread, like the job itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reconui.simulator.catalog import Message
from reconui.simulator.config import SimulatorConfig
from reconui.simulator.job import PARTNER_DOWN, PARTNER_OK, JobSnapshot
from reconui.simulator.wire import WireStyle, encode_message

#: The seven subsystems of ``/appliance/health/<sub>`` (the deprecated ``database`` is not served).
SUBSYSTEMS = ("applmgmt", "database-storage", "load", "mem", "software-packages", "storage", "swap")
#: AUTOMATIC services in start order (reconciliation and the settle time start them in this order).
AUTOMATIC_SERVICES = (
    "vmware-vpostgres", "lookupsvc", "sts", "vapi-endpoint", "rhttpproxy", "vpxd", "eam", "content-library",
    "vsphere-ui",
)
#: Services that are not started automatically: never part of a health verdict.
OTHER_SERVICES = {"imagebuilder": "MANUAL", "vcha": "DISABLED"}
#: The fraction of the job at which reconciliation has started the services (its "Started vpxd" step).
SERVICES_STARTED_AT = 0.55
#: ``degraded``: the service that stays STOPPED and the one that runs DEGRADED.
DEGRADED_STOPPED = "vsphere-ui"
DEGRADED_SERVICE = "content-library"
DEGRADED_MESSAGE = Message("com.vmware.vdcs.cls-main.db_unreachable")
#: Change lag per partner (changes this node is behind) while replicating.
_LAG = {PARTNER_OK: 0, PARTNER_DOWN: 2}


@dataclass(frozen=True)
class Phase:
    """Where the appliance is: the job as now (None before any job) and seconds since it SUCCEEDED."""

    job: JobSnapshot | None
    since_success: float | None = None


@dataclass(frozen=True)
class ServiceState:
    """One ``Service.Info`` before encoding."""

    startup_type: str
    state: str
    health: str | None = None
    messages: tuple[Message, ...] = ()


class HealthModel:
    """Answers the health, services and replication-status operations.

    Args:
        config: the simulator configuration.
    """

    def __init__(self, config: SimulatorConfig) -> None:
        self.config = config

    # Phases ----------------------------------------------------------------------------------

    def services_unavailable(self, phase: Phase) -> bool:
        """True while ``/vcenter/services`` answers 503 after the job (vapi-endpoint restarting)."""
        since = phase.since_success
        return since is not None and since < self.config.effective_services_unavailable

    def _settling(self, phase: Phase) -> float | None:
        """Fraction of the settle time passed (0..1) while services still start after success."""
        since = phase.since_success
        settle = self.config.effective_services_settle
        if since is None or settle <= 0 or since >= settle:
            return None
        return since / settle

    # Health ----------------------------------------------------------------------------------

    def subsystem_level(self, name: str, phase: Phase) -> str:
        """``HealthLevel`` of one subsystem, lower case as on the wire."""
        if self.config.scenario == "degraded" and phase.since_success is not None:
            return {"mem": "orange", "database-storage": "yellow"}.get(name, "green")
        settling = self._settling(phase)
        if settling is not None and settling < 0.5 and name != "applmgmt":
            return "gray"  # no health data yet while the services come up
        return "green"

    def system_level(self, phase: Phase) -> str:
        """Overall health: the worst subsystem level (gray while there is no data)."""
        order = ("green", "yellow", "orange", "red")
        levels = [self.subsystem_level(name, phase) for name in SUBSYSTEMS]
        if "gray" in levels:
            return "gray"
        return max(levels, key=order.index)

    # Services --------------------------------------------------------------------------------

    def service_states(self, phase: Phase) -> dict[str, ServiceState]:
        """Every service's state for the current job phase."""
        config = self.config
        job = phase.job
        settling = self._settling(phase)
        states: dict[str, ServiceState] = {}
        for index, service in enumerate(AUTOMATIC_SERVICES):
            if job is None:
                state = config.services_before_job
            elif job.status == "RUNNING":
                state = "STARTED" if job.progress >= SERVICES_STARTED_AT * 100 else "STARTING"
            elif job.status == "FAILED":
                state = "STARTED" if job.progress >= SERVICES_STARTED_AT * 100 else "STOPPED"
            elif job.status == "SUCCEEDED" and settling is not None:
                # One after the other: service i is up once its share of the settle time has passed.
                state = "STARTED" if settling >= (index + 1) / (len(AUTOMATIC_SERVICES) + 1) else "STARTING"
            else:
                state = "STARTED"
            if config.scenario == "degraded" and job is not None and job.status == "SUCCEEDED":
                if service == DEGRADED_STOPPED:
                    state = "STOPPED"
                elif service == DEGRADED_SERVICE:
                    states[service] = ServiceState("AUTOMATIC", "STARTED", "DEGRADED", (DEGRADED_MESSAGE,))
                    continue
            states[service] = ServiceState("AUTOMATIC", state, "HEALTHY" if state == "STARTED" else None)
        for service, startup in OTHER_SERVICES.items():
            states[service] = ServiceState(startup, "STOPPED")
        return states

    @staticmethod
    def encode_service(service: str, info: ServiceState, style: WireStyle) -> dict[str, Any]:
        """``Service.Info``: ``health`` and ``health_messages`` only when STARTED."""
        out: dict[str, Any] = {
            "name_key": f"cis.{service}.ServiceName",
            "description_key": f"cis.{service}.ServiceDescription",
            "startup_type": info.startup_type,
            "state": info.state,
        }
        if info.state == "STARTED":
            out["health"] = info.health or "HEALTHY"
            out["health_messages"] = [encode_message(m, style) for m in info.messages]
        return out

    # Replication -----------------------------------------------------------------------------

    def replication_rows(self) -> list[dict[str, Any]]:
        """``ReplicationStatus.Summary`` rows: this node to each partner and each partner back.

        An unreachable partner's own row cannot be read (``status_available`` false); its row from
        this node says the partner does not answer. ``replicating``/``change_lag`` are omitted when
        either flag is false.
        """
        node = self.config.node_name
        rows: list[dict[str, Any]] = []
        for partner in (PARTNER_OK, PARTNER_DOWN):
            down = partner == PARTNER_DOWN and self.config.partner_down
            for source, target in ((node, partner), (partner, node)):
                row: dict[str, Any] = {"node": source, "replication_partner": target}
                if down:
                    row["partner_available"] = target != partner
                    row["status_available"] = False
                else:
                    row.update(partner_available=True, status_available=True, replicating=True,
                               change_lag=_LAG[partner] if source == node else 0)
                rows.append(row)
        return rows

    def nodes(self) -> tuple[str, ...]:
        """Every node name the filter accepts."""
        return (self.config.node_name, PARTNER_OK, PARTNER_DOWN)
