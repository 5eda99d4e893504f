"""A scripted fake appliance client and a fake clock for driving the job runner without waiting.

Each client method has a *script*: a list of steps consumed one per call. A step is a value to
return, a :class:`BaseException` instance to raise, or a zero-argument callable whose result is used
the same way (handy to set a cancel event mid-run). When a script runs out its last step repeats, so
``jobs=[running(10), succeeded()]`` means "first poll RUNNING, every later poll SUCCEEDED".

:class:`InMemoryKeyring` is the keyring backend the CLI and desktop tests install so that no test
ever touches the developer's real keyring (or needs D-Bus).

Every call is recorded in :attr:`FakeClient.calls` with the fake clock's time, so tests can check the
request rate and what was (or was not) called. :class:`RunnerHarness` is the runner tests' one set-up:
a real :class:`~reconui.core.runner.JobRunner` over a :class:`FakeClient` on a :class:`FakeClock`.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

import keyring.backend
import keyring.errors

from reconui.core.events import Event
from reconui.core.models import (
    ApplianceVersion,
    CertificateInfo,
    Credentials,
    JobInfo,
    JobSpec,
    LocalizableMessage,
    ReplicationPartner,
    RestoreStatus,
    ServiceInfo,
    Target,
    TrustDecision,
    TrustMode,
)
from reconui.core.runner import JobRunner, RunOptions

T0 = datetime(2024, 5, 3, 10, 0, 0, tzinfo=timezone.utc)


class FakeClock:
    """Monotonic seconds, wall-clock ``now`` and an instant ``sleep`` that only advances time."""

    def __init__(self, start: datetime = T0) -> None:
        self.start = start
        self.t = 0.0
        self.sleeps: list[float] = []
        #: Called with the seconds of each sleep before time advances; return True to "cancel".
        self.on_sleep: Callable[[float], bool] | None = None

    def monotonic(self) -> float:
        return self.t

    def now(self) -> datetime:
        return self.start + timedelta(seconds=self.t)

    def sleep(self, seconds: float) -> bool:
        self.sleeps.append(seconds)
        cancelled = self.on_sleep(seconds) if self.on_sleep is not None else False
        self.t += seconds
        return cancelled

    def advance(self, seconds: float) -> None:
        self.t += seconds


Step = Any


@dataclass
class Call:
    method: str
    t: float


class Script:
    """Steps for one method; the last one repeats."""

    def __init__(self, steps: Sequence[Step]) -> None:
        if not steps:
            raise ValueError("a script needs at least one step")
        self.steps = list(steps)
        self.index = 0

    def next(self) -> Any:
        step = self.steps[min(self.index, len(self.steps) - 1)]
        self.index += 1
        if callable(step) and not isinstance(step, type):
            step = step()
        if isinstance(step, BaseException):
            raise step
        return step


class FakeClient:
    """Implements the runner's ``ReconClient`` protocol from scripts.

    Args:
        clock: the fake clock (calls are timestamped with it; ``latency`` advances it per call).
        login, version, restore, jobs, create: the scripts (see the module docstring). ``login`` steps
            are None (success) or errors.
    """

    def __init__(
        self,
        clock: FakeClock,
        *,
        login: Sequence[Step] = (None,),
        version: Sequence[Step] | None = None,
        restore: Sequence[Step] | None = None,
        jobs: Sequence[Step] = (None,),
        create: Sequence[Step] | None = None,
        partners: Sequence[Step] | None = None,
        health: Sequence[Step] | None = None,
        services: Sequence[Step] | None = None,
        flavor: str = "api",
        latency: float = 0.0,
    ) -> None:
        self.clock = clock
        self.flavor: str | None = None
        self._flavor = flavor
        self.latency = latency
        self.scripts = {
            "login": Script(login),
            "get_version": Script(version or [ApplianceVersion(version="8.0.3.00000", product="vCenter Server")]),
            "get_restore_status": Script(restore or [RestoreStatus(state="SUCCEEDED", progress=100)]),
            "get_job": Script(jobs),
            "create_job": Script(create or [running(0)]),
            "get_replication_status": Script(partners or [PARTNERS_OK]),
            # One step per round: a level for every subsystem (or an error), see ``health_levels``.
            "get_health": Script(health or ["green"]),
            "list_services": Script(services or [SERVICES_OK]),
        }
        self.subsystems: list[str] = []
        self._round: Any = "green"
        self.calls: list[Call] = []
        self.logins: list[Credentials] = []
        self.specs: list[JobSpec] = []
        self.logged_out = 0

    def _call(self, method: str) -> Any:
        self.calls.append(Call(method, self.clock.t))
        self.clock.advance(self.latency)
        return self.scripts[method].next()

    def names(self) -> list[str]:
        return [c.method for c in self.calls]

    def count(self, method: str) -> int:
        return sum(1 for c in self.calls if c.method == method)

    def login(self, credentials: Credentials) -> None:
        self.logins.append(credentials)
        self._call("login")
        self.flavor = self._flavor

    def logout(self) -> None:
        self.logged_out += 1

    def get_version(self) -> ApplianceVersion:
        return self._call("get_version")

    def get_restore_status(self) -> RestoreStatus:
        return self._call("get_restore_status")

    def get_job(self) -> JobInfo | None:
        return self._call("get_job")

    def create_job(self, spec: JobSpec) -> JobInfo:
        self.specs.append(spec)
        return self._call("create_job")

    def get_replication_status(self) -> tuple[ReplicationPartner, ...]:
        return self._call("get_replication_status")

    def get_health(self, subsystem: str = "system") -> str:
        # One script step per round: ``system`` advances the script, subsystems repeat its answer,
        # unless the step is a mapping {subsystem: level or error}.
        self.subsystems.append(subsystem)
        if subsystem == "system":
            self.calls.append(Call("get_health", self.clock.t))
            script = self.scripts["get_health"]
            step = script.steps[min(script.index, len(script.steps) - 1)]
            script.index += 1
            self._round = step() if callable(step) and not isinstance(step, type) else step
        step = self._round
        if isinstance(step, dict):
            step = step.get(subsystem, step.get("*", "green"))
        if isinstance(step, BaseException):
            raise step
        return step

    def get_health_lastcheck(self) -> datetime:
        return self.clock.now()

    def list_services(self) -> tuple[ServiceInfo, ...]:
        return self._call("list_services")

    def close(self) -> None:
        pass


def service(ident: str, state: str = "STARTED", health: str | None = "HEALTHY", *,
            startup: str = "AUTOMATIC", messages: Sequence[LocalizableMessage] = ()) -> ServiceInfo:
    return ServiceInfo(id=ident, startup_type=startup, state=state,
                       health=health if state == "STARTED" else None, health_messages=tuple(messages))


SERVICES_OK = (service("vpxd"), service("vsphere-ui"), service("imagebuilder", "STOPPED", startup="MANUAL"))
PARTNERS_OK = (
    ReplicationPartner("vc01", "vc02", True, True, True, 0),
    ReplicationPartner("vc01", "vc03", True, True, True, 2),
)


def msg(ident: str, text: str | None = None, *args: str) -> LocalizableMessage:
    return LocalizableMessage(id=ident, default_message=text or ident, args=tuple(args))


@dataclass
class InfoFactory:
    """Builds Job.Info values consistent with the status invariants (start/end times)."""

    start: datetime = T0
    description: LocalizableMessage = field(default_factory=lambda: msg("recon.description", "Reconciliation"))

    def __call__(
        self,
        status: str,
        progress: int,
        messages: Sequence[LocalizableMessage] = (),
        **extra: Any,
    ) -> JobInfo:
        end = self.start + timedelta(minutes=5) if status in ("SUCCEEDED", "FAILED") else None
        return JobInfo(
            status=status,
            progress=progress,
            messages=tuple(messages),
            description=self.description,
            service="com.vmware.appliance.recovery.reconciliation.job",
            operation="create",
            start_time=None if status == "NONE" else self.start,
            end_time=end,
            cancelable=False,
            **extra,
        )


info = InfoFactory()


def running(progress: int, messages: Sequence[LocalizableMessage] = ()) -> JobInfo:
    return info("RUNNING", progress, messages)


def succeeded(messages: Sequence[LocalizableMessage] = ()) -> JobInfo:
    return info("SUCCEEDED", 100, messages)


def failed(progress: int = 55, messages: Sequence[LocalizableMessage] = (), **extra: Any) -> JobInfo:
    return info("FAILED", progress, messages, **extra)


class InMemoryKeyring(keyring.backend.KeyringBackend):
    """A real keyring backend that keeps passwords in a dict (no D-Bus, no prompts, no disk).

    ``calls`` counts every get/set/delete, so a test can prove that nothing probed the keyring.
    """

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}
        self.calls = 0

    def get_password(self, service: str, username: str) -> str | None:
        self.calls += 1
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls += 1
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.calls += 1
        if self.items.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


#: The login the runner tests hold (a password with the characters that break naive quoting).
RUNNER_CREDENTIALS = Credentials("administrator@vsphere.local", "Pa$$ w0rd#&:*")
RUNNER_TARGET = Target("vcsa.example.com", 443)
CHECKS_CREDENTIALS = Credentials("administrator@vsphere.local", "Pa$$ w0rd")


def fake_certificate(sha: str = "AA:" * 31 + "AA") -> CertificateInfo:
    """A self-signed certificate value (nothing is ever verified against it)."""
    t = datetime(2024, 1, 1, tzinfo=timezone.utc)
    return CertificateInfo(
        subject="CN=vcsa", issuer="CN=vcsa", sans=("vcsa",), not_before=t, not_after=t + timedelta(days=365),
        sha256=sha, sha1="BB:" * 19 + "BB", serial="1", pem="-----", self_signed=True,
    )


class RunnerHarness:
    """A real JobRunner over a :class:`FakeClient` (``scripts``) on a :class:`FakeClock`, recording its events.

    ``seed`` seeds the jitter, so a test's waits are the same on every run.
    """

    def __init__(self, options: RunOptions | None = None, *, credentials: Credentials = RUNNER_CREDENTIALS,
                 seed: int = 7, **scripts: Any) -> None:
        self.clock = FakeClock()
        self.client = FakeClient(self.clock, **scripts)
        self.events: list[Event] = []
        self.cancel = threading.Event()
        self.runner = JobRunner(
            self.client, credentials, on_event=self.events.append, options=options or RunOptions(),
            cancel=self.cancel, clock=self.clock.monotonic, now=self.clock.now, sleep=self.clock.sleep,
            target=RUNNER_TARGET, trust=TrustDecision(TrustMode.PINNED, fake_certificate()), rng=random.Random(seed),
        )

    @classmethod
    def for_checks(cls, **scripts: Any) -> RunnerHarness:
        """The pacing of the tests of the checks around the job: health re-read every 10 s for at most 2 min."""
        return cls(RunOptions(health_settle=120.0, health_interval=10.0), credentials=CHECKS_CREDENTIALS, seed=1,
                   **scripts)

    def types(self) -> list[type]:
        return [type(e) for e in self.events]

    def of(self, kind: type) -> list[Any]:
        return [e for e in self.events if isinstance(e, kind)]
