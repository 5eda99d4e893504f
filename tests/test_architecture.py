"""Rules about the package as a whole: the engine, the simulator and the CLI run where Qt is not
installed (servers, CI, SSH), and modules stay small enough to read."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "reconui"
MAX_LINES = 700
#: Generated code only (pyside6-rcc output, checked against resources/ by packaging/dev.sh).
LONGER_ALLOWED = {"ui/resources_rc.py"}

SCRIPT = textwrap.dedent(
    """
    import importlib, pkgutil, sys
    import reconui.core, reconui.simulator
    import reconui.cli
    names = []
    for package in (reconui.core, reconui.simulator, reconui.cli):
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


def test_no_module_is_longer_than_700_lines() -> None:
    lengths = {p.relative_to(PACKAGE).as_posix(): len(p.read_text(encoding="utf-8").splitlines())
               for p in PACKAGE.rglob("*.py")}
    assert len(lengths) > 40
    assert {name: n for name, n in lengths.items() if n > MAX_LINES and name not in LONGER_ALLOWED} == {}
