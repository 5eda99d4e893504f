"""Fixtures for the simulator tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sim_helpers import Client

from reconui.simulator import Simulator


@pytest.fixture
def client_factory(tmp_path: Path) -> Iterator[Callable[[Simulator, str], Client]]:
    """A callable(sim, flavor) -> Client; all sessions are closed at teardown."""
    clients: list[Client] = []

    def factory(sim: Simulator, flavor: str = "api") -> Client:
        ca_file = tmp_path / f"sim-{sim.port}.pem"
        ca_file.write_text(sim.cert_pem, encoding="ascii")
        client = Client(sim, flavor, ca_file)
        clients.append(client)
        return client

    yield factory
    for client in clients:
        client.close()
