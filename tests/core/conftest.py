"""Fixtures for the engine tests: trusted targets, clients and whole runs for a simulator, pin files, and
tiny local servers (see ``tests/netkit.py``) for provoking network faults."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from netkit import ADMIN, ConnectProxy, LocalServer, ScriptedReply, ScriptedServer, target_for

from reconui.core.client import ApplianceClient
from reconui.core.events import Event
from reconui.core.models import Credentials, JobSpec, Target, TrustDecision
from reconui.core.pins import PinStore
from reconui.core.runner import JobRunner, RunOptions, RunOutcome
from reconui.core.tls import check_trust
from reconui.simulator import Simulator
from reconui.simulator.certificate import ServerCertificate, generate_self_signed


@pytest.fixture
def pin_store(tmp_path: Path) -> PinStore:
    """An empty pin file in a throwaway directory (its parent directories do not exist yet)."""
    return PinStore(tmp_path / "config" / "known_hosts")


@pytest.fixture
def trusted_target(tmp_path: Path) -> Callable[..., tuple[Target, TrustDecision]]:
    """``trusted_target(sim, mode="pinned"|"chain", **target_overrides) -> (Target, TrustDecision)``.

    The decision comes from the real :func:`check_trust`: ``chain`` passes the simulator's
    self-signed certificate as the CA file, ``pinned`` trusts its fingerprint "once".
    """

    def make(sim: Simulator, mode: str = "pinned", **overrides: Any) -> tuple[Target, TrustDecision]:
        if mode == "chain":
            ca_file = tmp_path / f"sim-{sim.port}.pem"
            ca_file.write_text(sim.cert_pem, encoding="ascii")
            overrides.setdefault("ca_file", str(ca_file))
        target = target_for(sim, **overrides)
        session_pins = {target.address: sim.sha256} if mode == "pinned" else {}
        return target, check_trust(target, PinStore(tmp_path / "no-pins"), session_pins=session_pins)

    return make


@pytest.fixture
def client_factory(
    trusted_target: Callable[..., tuple[Target, TrustDecision]],
) -> Iterator[Callable[..., ApplianceClient]]:
    """``client_factory(sim, mode="pinned", *, login=True, credentials=ADMIN, **target_overrides)``.

    Every client is closed (and so logged out) at teardown.
    """
    clients: list[ApplianceClient] = []

    def make(
        sim: Simulator, mode: str = "pinned", *, login: bool = True, credentials: Credentials = ADMIN,
        **overrides: Any,
    ) -> ApplianceClient:
        target, decision = trusted_target(sim, mode, **overrides)
        client = ApplianceClient(target, decision)
        clients.append(client)
        if login:
            client.login(credentials)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def scripted_server() -> Iterator[Callable[..., LocalServer]]:
    """``scripted_server(routes, *, tls=True, certificate=None) -> LocalServer``.

    ``routes`` maps ``(method, path)`` to a ``ScriptedReply``; anything else answers 404.
    """
    servers: list[tuple[ScriptedServer, threading.Thread]] = []

    def start(
        routes: dict[tuple[str, str], ScriptedReply], *, tls: bool = True,
        certificate: ServerCertificate | None = None,
    ) -> LocalServer:
        if tls and certificate is None:
            certificate = generate_self_signed()
        context = certificate.ssl_context() if tls and certificate is not None else None
        server = ScriptedServer(routes, context)
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.start()
        servers.append((server, thread))
        return LocalServer("127.0.0.1", server.server_address[1], certificate if tls else None, server.recorded)

    yield start
    for server, thread in servers:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture
def connect_proxy() -> Iterator[ConnectProxy]:
    """A working HTTP CONNECT proxy on 127.0.0.1 (``.url``, ``.connects``)."""
    proxy = ConnectProxy()
    yield proxy
    proxy.close()


#: The simulator's SSO login for a whole run.
DEFAULT_SPEC = JobSpec("administrator@vsphere.local", "VMware1!")
#: Pacing for whole runs against the simulator: its job and health timelines take a second or two.
SIMULATOR_PACE = RunOptions(min_interval=0.05, max_interval=0.2, outage_initial_delay=0.05, outage_max_delay=0.2,
                            jitter=0, outage_window=30.0, health_settle=20.0, health_interval=0.1)


@pytest.fixture
def run_on_simulator(client_factory: Callable[..., ApplianceClient]) -> Callable[..., tuple[RunOutcome, list[Event]]]:
    """``run(sim, flavor, *, spec=..., **run_kwargs) -> (outcome, events)``: the real client and runner
    against ``sim``, the whole run with the health check (``run_kwargs`` go to ``JobRunner.run``)."""
    def run(sim: Simulator, flavor: str, *, spec: JobSpec = DEFAULT_SPEC,
            **kwargs: bool) -> tuple[RunOutcome, list[Event]]:
        client = client_factory(sim, login=False, flavor=flavor)
        events: list[Event] = []
        runner = JobRunner(client, ADMIN, on_event=events.append, options=SIMULATOR_PACE)
        return runner.run(spec, check_health=True, **kwargs), events

    return run
