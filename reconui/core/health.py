"""The health verdict after reconciliation: healthy, needs attention, or could not be checked.

"The job SUCCEEDED" is not the question an administrator has after a restore; "is my vCenter healthy
now?" is. One check *round* reads the appliance's overall health, its seven subsystems and every
vCenter service, and turns each answer into a :class:`HealthItem` with a status:

* ``ok`` — green, or an AUTOMATIC service STARTED and HEALTHY;
* ``problem`` — yellow/orange/red, an AUTOMATIC service STOPPED, DEGRADED or HEALTHY_WITH_WARNINGS;
* ``pending`` — not settled yet: a service STARTING/STOPPING, health ``gray`` (no data yet), or an
  endpoint answering 503 while vapi-endpoint restarts;
* ``unchecked`` — the endpoint refused (403, 500, a broken answer): the reason is kept;
* ``absent`` — the appliance does not serve the endpoint (404, an old release): said, never a failure.

Services keep starting for minutes after the job ends, so the runner re-checks (its poll loop, with
its re-login) until nothing is pending and the verdict repeats, or a bounded settle time runs out; then
what is still pending counts as a problem (a service still STARTING) or as unchecked (no data).
MANUAL and DISABLED services are never part of the verdict.

Qt-free; every sentence comes from :mod:`reconui.core.check_texts` (code + params), so the desktop
app translates the same words the CLI prints.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Protocol

from reconui.core.check_texts import check_phrase, check_sentence
from reconui.core.errors import NotFound, ReconError, Unauthenticated
from reconui.core.models import (
    HEALTH_GRAY,
    HEALTH_GREEN,
    HEALTH_ORANGE,
    HEALTH_RED,
    HEALTH_SUBSYSTEMS,
    HEALTH_YELLOW,
    SERVICE_DEGRADED,
    SERVICE_HEALTHY,
    SERVICE_HEALTHY_WITH_WARNINGS,
    SERVICE_STARTED,
    SERVICE_STARTING,
    SERVICE_STOPPING,
    LocalizableMessage,
    ServiceInfo,
)
from reconui.core.phrases import Phrase, joined

OK = "ok"
PROBLEM = "problem"
PENDING = "pending"
UNCHECKED = "unchecked"
ABSENT = "absent"

VERDICT_HEALTHY = "healthy"
VERDICT_ATTENTION = "needs_attention"
VERDICT_NOT_CHECKED = "not_checked"

#: Endpoint names as shown in findings (the path after the API prefix).
SYSTEM_ENDPOINT = "appliance/health/system"
SERVICES_ENDPOINT = "vcenter/services"

_LEVEL_CODES = {
    HEALTH_GREEN: (OK, "health_green"),
    HEALTH_YELLOW: (PROBLEM, "health_yellow"),
    HEALTH_ORANGE: (PROBLEM, "health_orange"),
    HEALTH_RED: (PROBLEM, "health_red"),
    HEALTH_GRAY: (PENDING, "health_gray"),
}


class HealthClient(Protocol):
    """What a check round needs from :class:`~reconui.core.client.ApplianceClient`."""

    def get_health(self, subsystem: str = "system") -> str: ...

    def get_health_lastcheck(self) -> datetime: ...

    def list_services(self) -> tuple[ServiceInfo, ...]: ...



def _with_phrases(phrase: Phrase, nested: Mapping[str, Phrase]) -> Phrase:
    """``phrase`` with some values replaced by the catalog phrases they were rendered from."""
    return Phrase(phrase.context, phrase.template, {**phrase.params, **nested}, phrase.count) if nested else phrase

class _CheckSentence:
    """The sentence of a check-text code, in English and as a catalog phrase (one place for both kinds)."""

    code: str
    params: Mapping[str, str]
    phrases: Mapping[str, Phrase]

    @property
    def phrase(self) -> Phrase:
        """The sentence as a catalog phrase (the window shows it translated)."""
        return _with_phrases(check_phrase(self.code, self.params), self.phrases)

    @property
    def sentence(self) -> str:
        """The English sentence (CLI, report, log)."""
        return check_sentence(self.code, self.params)


@dataclass(frozen=True)
class HealthItem(_CheckSentence):
    """One finding: what was checked, what it said, and the sentence code for it.

    Attributes:
        kind: ``"health"`` (system or a subsystem), ``"service"`` or ``"endpoint"`` (a failed read).
        name: ``system``, a subsystem (``mem``), a service id (``vpxd``) or an endpoint path.
        state: the level (``orange``), the service state/health (``DEGRADED``), or the error code.
        status: ok / problem / pending / unchecked / absent.
        code, params: the sentence in :mod:`reconui.core.check_texts` (params in English).
        messages: a service's health messages (rendered by the front end like any message).
        source: the endpoint the item was read from (``vcenter/services`` ...).
        phrases: params that are catalog phrases themselves (an error's sentence), for :attr:`phrase`.
    """

    kind: str
    name: str
    state: str
    status: str
    code: str
    params: Mapping[str, str] = field(default_factory=dict)
    messages: tuple[LocalizableMessage, ...] = ()
    source: str = ""
    phrases: Mapping[str, Phrase] = field(default_factory=dict, repr=False, compare=False)



@dataclass(frozen=True)
class HealthSnapshot:
    """Everything one check round saw."""

    checked_at: datetime
    items: tuple[HealthItem, ...]
    system: str | None = None
    lastcheck: datetime | None = None
    services: tuple[ServiceInfo, ...] | None = None

    def _with(self, status: str) -> tuple[HealthItem, ...]:
        return tuple(i for i in self.items if i.status == status)

    @property
    def problems(self) -> tuple[HealthItem, ...]:
        return self._with(PROBLEM)

    @property
    def pending(self) -> tuple[HealthItem, ...]:
        return self._with(PENDING)

    @property
    def unchecked(self) -> tuple[HealthItem, ...]:
        return self._with(UNCHECKED)

    @property
    def absent(self) -> tuple[HealthItem, ...]:
        return self._with(ABSENT)

    @property
    def key(self) -> Hashable:
        """What must repeat for the verdict to count as stable (everything that is not ok)."""
        return tuple((i.kind, i.name, i.status, i.state) for i in self.items if i.status != OK)


@dataclass(frozen=True)
class HealthVerdict(_CheckSentence):
    """The answer to "is the appliance healthy now?".

    Attributes:
        verdict: healthy / needs_attention / not_checked.
        snapshot: the last round (its items are the findings).
        code, params: the headline sentence.
        rounds: how many rounds were read.
        settled: False when the settle time ran out with something still pending.
    """

    verdict: str
    snapshot: HealthSnapshot
    code: str
    params: Mapping[str, str] = field(default_factory=dict)
    rounds: int = 1
    settled: bool = True
    phrases: Mapping[str, Phrase] = field(default_factory=dict, repr=False, compare=False)


    @property
    def healthy(self) -> bool:
        return self.verdict == VERDICT_HEALTHY

    @property
    def blocking(self) -> bool:
        """True when a front end should signal "not healthy" (exit code 6).

        An appliance that simply serves none of the endpoints (an old release) is said to be not
        checked, but does not fail a run: the issue's rule "never fail the run because a health
        endpoint is missing".
        """
        if self.verdict == VERDICT_HEALTHY:
            return False
        return self.params.get("reason_code") != "verdict_not_served"

    @property
    def findings(self) -> tuple[HealthItem, ...]:
        """What needs reading: problems, then what is still pending, unchecked, not served."""
        s = self.snapshot
        return (*s.problems, *s.pending, *s.unchecked, *s.absent)


# --- one round -----------------------------------------------------------------------------------


def _level_item(name: str, level: str) -> HealthItem:
    status, code = _LEVEL_CODES.get(level, (PROBLEM, "health_unknown"))
    return HealthItem("health", name, level, status, code, {"name": name, "level": level},
                      source=f"appliance/health/{name}")


def service_item(service: ServiceInfo) -> HealthItem:
    """The finding for one AUTOMATIC service (``kind`` service)."""
    params = {"service": service.id, "state": service.state}
    src = SERVICES_ENDPOINT
    if service.state in (SERVICE_STARTING, SERVICE_STOPPING):
        return HealthItem("service", service.id, service.state, PENDING, "service_starting", params, source=src)
    if service.state != SERVICE_STARTED:
        return HealthItem("service", service.id, service.state, PROBLEM, "service_stopped", params, source=src)
    health = service.health or SERVICE_HEALTHY
    params["health"] = health
    messages = service.health_messages
    if health == SERVICE_HEALTHY:
        return HealthItem("service", service.id, health, OK, "service_ok", params, messages, src)
    code = {SERVICE_DEGRADED: "service_degraded", SERVICE_HEALTHY_WITH_WARNINGS: "service_warnings"}.get(
        health, "service_health_unknown")
    return HealthItem("service", service.id, health, PROBLEM, code, params, messages, src)


def _endpoint_failure(name: str, error: ReconError) -> HealthItem:
    if isinstance(error, NotFound):
        return HealthItem("endpoint", name, "not_served", ABSENT, "check_not_served", {"name": name}, source=name)
    status, code = (PENDING, "check_waiting") if error.transient else (UNCHECKED, "check_failed")
    return HealthItem("endpoint", name, error.code, status, code, {"name": name, "reason": error.sentence},
                      error.server_messages, name, {"reason": error.phrase})


def _direct(fn: Callable[[], object]) -> object:
    return fn()


def read_snapshot(client: HealthClient, now: Callable[[], datetime],
                  call: Callable[[Callable[[], object]], object] = _direct) -> HealthSnapshot:
    """One round: system health, lastcheck, the seven subsystems, the services.

    Each endpoint's failure becomes an item, so one 503 does not lose the other readings. ``call``
    wraps every request (the runner passes its own, which logs in again after a 401).

    Raises:
        Unauthenticated: the session is gone and could not be renewed.
    """
    items: list[HealthItem] = []

    def read(name: str, fn: Callable[[], object]) -> object | None:
        try:
            return call(fn)
        except Unauthenticated:
            raise
        except ReconError as error:
            items.append(_endpoint_failure(name, error))
            return None

    system = read(SYSTEM_ENDPOINT, lambda: client.get_health("system"))
    if isinstance(system, str):
        items.append(_level_item("system", system))
    lastcheck: datetime | None = None
    try:
        checked = call(client.get_health_lastcheck)
        lastcheck = checked if isinstance(checked, datetime) else None
    except Unauthenticated:
        raise
    except ReconError:
        pass  # informational only: when the appliance last looked, not what it saw
    for sub in HEALTH_SUBSYSTEMS:
        level = read(f"appliance/health/{sub}", lambda s=sub: client.get_health(s))  # type: ignore[misc]
        if isinstance(level, str):
            items.append(_level_item(sub, level))
    services = read(SERVICES_ENDPOINT, client.list_services)
    listed: tuple[ServiceInfo, ...] | None = None
    if isinstance(services, tuple):
        listed = services
        items += [service_item(s) for s in services if s.automatic]
    return HealthSnapshot(checked_at=now(), items=tuple(items), system=system if isinstance(system, str) else None,
                          lastcheck=lastcheck, services=listed)


def carry_over(previous: HealthSnapshot | None, current: HealthSnapshot) -> HealthSnapshot:
    """``current`` with an endpoint that blipped (a transient failure this round) read as last round.

    One 503 or truncated answer among the ten requests of a round must not turn a settled verdict
    back into "still waiting"; an endpoint that never answered stays pending.
    """
    if previous is None:
        return current
    earlier: dict[str, list[HealthItem]] = {}
    for item in previous.items:
        if item.kind != "endpoint":
            earlier.setdefault(item.source, []).append(item)
    items: list[HealthItem] = []
    services = current.services
    system = current.system
    for item in current.items:
        if item.kind == "endpoint" and item.status == PENDING and item.source in earlier:
            items += earlier[item.source]
            if item.source == SERVICES_ENDPOINT:
                services = previous.services
            if item.source == SYSTEM_ENDPOINT:
                system = previous.system
        else:
            items.append(item)
    return replace(current, items=tuple(items), services=services, system=system)


# --- verdict -------------------------------------------------------------------------------------


def finalize(snapshot: HealthSnapshot, minutes: str) -> HealthSnapshot:
    """The settle time is over: a still-starting service is a problem, missing data is unchecked."""
    items: list[HealthItem] = []
    for item in snapshot.items:
        if item.status != PENDING:
            items.append(item)
        elif item.kind == "service":
            items.append(replace(item, status=PROBLEM, code="service_starting_final",
                                 params={**item.params, "minutes": minutes}))
        elif item.kind == "health":
            items.append(replace(item, status=UNCHECKED, code="health_gray_final",
                                 params={**item.params, "minutes": minutes}))
        else:
            items.append(replace(item, status=UNCHECKED, code="check_failed"))
    return replace(snapshot, items=tuple(items))


def evaluate(snapshot: HealthSnapshot, *, rounds: int = 1, settled: bool = True) -> HealthVerdict:
    """The verdict for a round (pending items count as unchecked until they settle)."""
    problems = snapshot.problems
    if problems:
        return HealthVerdict(VERDICT_ATTENTION, snapshot, "verdict_attention", {"count": str(len(problems))},
                             rounds, settled)
    not_settled = (*snapshot.unchecked, *snapshot.pending)
    if not_settled:
        reason = " ".join(i.sentence for i in not_settled)
        return HealthVerdict(VERDICT_NOT_CHECKED, snapshot, "verdict_not_checked", {"reason": reason},
                             rounds, settled, {"reason": joined([i.phrase for i in not_settled])})
    if not any(i.status == OK for i in snapshot.items):
        reason = check_sentence("verdict_not_served")
        return HealthVerdict(VERDICT_NOT_CHECKED, snapshot, "verdict_not_checked",
                             {"reason": reason, "reason_code": "verdict_not_served"}, rounds, settled,
                             {"reason": check_phrase("verdict_not_served")})
    if snapshot.absent:
        missing = ", ".join(i.name for i in snapshot.absent)
        return HealthVerdict(VERDICT_HEALTHY, snapshot, "verdict_healthy_partial", {"missing": missing},
                             rounds, settled)
    return HealthVerdict(VERDICT_HEALTHY, snapshot, "verdict_healthy", {}, rounds, settled)


def stopped_verdict(snapshot: HealthSnapshot | None, checked_at: datetime, rounds: int) -> HealthVerdict:
    """The user stopped watching while the health was still settling."""
    shown = snapshot if snapshot is not None else HealthSnapshot(checked_at=checked_at, items=())
    return HealthVerdict(VERDICT_NOT_CHECKED, shown, "verdict_not_checked",
                         {"reason": check_sentence("verdict_stopped"), "reason_code": "verdict_stopped"},
                         rounds, False, {"reason": check_phrase("verdict_stopped")})


def pending_names(snapshot: HealthSnapshot) -> str:
    """``vpxd, vsphere-ui`` — what is still starting, for the "still starting" line."""
    return ", ".join(i.name for i in snapshot.pending)


__all__ = [
    "ABSENT",
    "OK",
    "PENDING",
    "PROBLEM",
    "UNCHECKED",
    "VERDICT_ATTENTION",
    "VERDICT_HEALTHY",
    "VERDICT_NOT_CHECKED",
    "HealthClient",
    "HealthItem",
    "HealthSnapshot",
    "HealthVerdict",
    "carry_over",
    "evaluate",
    "finalize",
    "pending_names",
    "read_snapshot",
    "service_item",
    "stopped_verdict",
]
