"""Shared test setup: headless Qt, a fixed locale, and simulators that are always stopped."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANG"] = "C.UTF-8"

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

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
def simulator(simulator_factory: Callable[..., Simulator]) -> Simulator:
    """A started simulator with the default (``ok``) scenario and a short job."""
    return simulator_factory()
