"""Shared test setup: headless Qt, a fixed locale, simulators that are always stopped, and a test
fails on any WARNING (or worse) log record it did not declare.

Declaring: ``@pytest.mark.expected_warnings`` allows any; ``@pytest.mark.expected_warnings("reconui.core.tls")``
allows records from those loggers (and their children) only. The idea is qutebrowser's: a warning
nobody expected is a bug somebody will otherwise only find in a user's log file.
"""

from __future__ import annotations

import logging
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANG"] = "C.UTF-8"

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from hostile import HostileAppliance, api_routes
from netkit import SilentServer

from reconui.core.redaction import clear_secrets
from reconui.simulator import Simulator, SimulatorConfig


@pytest.fixture(autouse=True)
def _no_secrets_from_earlier_tests() -> None:
    """Each test starts with no registered secret: isolation, and a redaction that stays fast
    (property tests register hundreds of generated passwords)."""
    clear_secrets()


#: Short enough that a whole job fits in a test, long enough to observe RUNNING.
TEST_DURATION = 1.5


@pytest.fixture
def simulator_factory(tmp_path: Path) -> Iterator[Callable[..., Simulator]]:
    """A callable(**config_overrides) -> started Simulator; every one is stopped at teardown."""
    started: list[Simulator] = []

    def factory(**overrides: object) -> Simulator:
        overrides.setdefault("duration", TEST_DURATION)
        simulator = Simulator(SimulatorConfig(**overrides)).start()  # type: ignore[arg-type]
        started.append(simulator)
        return simulator

    yield factory
    for simulator in reversed(started):
        simulator.stop()


@pytest.fixture
def silent_server() -> Iterator[SilentServer]:
    """A TCP server on 127.0.0.1 that accepts connections and never answers (a black-holed appliance)."""
    server = SilentServer()
    yield server
    server.close()


@pytest.fixture
def simulator(simulator_factory: Callable[..., Simulator]) -> Simulator:
    """A started simulator with the default (``ok``) scenario and a short job."""
    return simulator_factory()


class _WarningCollector(logging.Handler):
    """Collects WARNING-and-worse records from every logger during one test."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _allowed(record: logging.LogRecord, loggers: Sequence[str]) -> bool:
    return not loggers or any(record.name == name or record.name.startswith(name + ".") for name in loggers)


@pytest.fixture(autouse=True)
def fail_on_unexpected_warnings(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail the test when a WARNING+ record was logged that its ``expected_warnings`` marker does not allow."""
    collector = _WarningCollector()
    root = logging.getLogger()
    root.addHandler(collector)
    try:
        yield
    finally:
        root.removeHandler(collector)
    marker = request.node.get_closest_marker("expected_warnings")
    if marker is not None:
        unexpected = [r for r in collector.records if not _allowed(r, marker.args)]
    else:
        unexpected = collector.records
    if unexpected:
        lines = "\n".join(f"  {r.levelname} {r.name}: {r.getMessage()}" for r in unexpected[:10])
        pytest.fail(f"unexpected log records (declare them with @pytest.mark.expected_warnings):\n{lines}",
                    pytrace=False)


@pytest.fixture
def appliance() -> Iterator[HostileAppliance]:
    """A hostile appliance (``tests/hostile.py``) over real HTTPS on loopback, answering the /api routes."""
    server = HostileAppliance(api_routes())
    yield server
    server.close()
