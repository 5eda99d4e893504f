"""What the desktop app may load before its first window shows, checked in a fresh process.

Start-up time is a feature (docs/PERFORMANCE.md): the first window needs Qt and reconui's widgets,
not the network engine, the keyring, the simulator or certificate parsing. This test runs the real
``reconui`` entry point under ``bench/probe_start.py`` (offscreen), records ``sys.modules`` when the
event loop starts, and fails when a change imports one of them on the start path again. It measures
no time (the machine is shared; timings live in ``bash packaging/dev.sh bench``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from reconui.__main__ import SCENARIO_NAMES, build_parser
from reconui.simulator.scenarios import SCENARIOS

ROOT = Path(__file__).resolve().parents[1]

#: Modules that nothing on screen needs until Connect, a keyring result or the demo.
NOT_ON_START_PATH = (
    "requests", "urllib3", "truststore", "cryptography", "keyring", "ssl", "http.client",
    "reconui.simulator", "reconui.core.client", "reconui.core.tls", "reconui.core.transport",
    "reconui.core.runner", "reconui.core.report", "reconui.core.secrets",
)


def modules_at_first_window(tmp_path: Path, *args: str) -> set[str]:
    out = tmp_path / "modules.txt"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RECONUI_HOME=str(tmp_path / "home"),
               BENCH_MODULES=str(out))
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "probe_start.py"), "app", *args],
                          env=env, capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("IDLE "), proc.stdout + proc.stderr
    return set(out.read_text(encoding="utf-8").split())


def test_the_first_window_loads_no_engine_keyring_or_simulator(tmp_path: Path) -> None:
    loaded = modules_at_first_window(tmp_path)
    assert "reconui.ui.main_window" in loaded  # the probe really reached the window
    offenders = sorted(m for m in NOT_ON_START_PATH if m in loaded)
    assert offenders == []


def test_the_cheap_scenario_list_is_the_simulators() -> None:
    assert SCENARIO_NAMES == tuple(sorted(SCENARIOS))
    scenario = next(a for a in build_parser()._actions if a.dest == "scenario")
    assert tuple(scenario.choices) == SCENARIO_NAMES
