"""The engine, the simulator and the CLI must run where Qt is not installed (servers, CI, SSH)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import importlib, pkgutil, sys
    import reconui.core, reconui.simulator
    names = ["reconui.cli"]
    for package in (reconui.core, reconui.simulator):
        names.append(package.__name__)
        names += [m.name for m in pkgutil.walk_packages(package.__path__, package.__name__ + ".")]
    for name in names:
        importlib.import_module(name)
    qt = sorted(m for m in sys.modules if m == "PySide6" or m.startswith("PySide6."))
    print(len(names), "modules;", "Qt:", qt)
    sys.exit(1 if qt else 0)
    """
)


def test_core_simulator_and_cli_import_without_qt() -> None:
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    count = int(result.stdout.split()[0])
    assert count >= 15  # every core module, the simulator's modules and the CLI were imported
    assert "Qt: []" in result.stdout
