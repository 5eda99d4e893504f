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
    # docs/PERFORMANCE.md round 3: no event, dialog or About box is on the first screen
    "reconui.core.events", "reconui.core.deadline", "reconui.ui.trust_dialog", "logging.handlers", "socket",
    "selectors", "pickle", "html", "html.entities", "platform", "reconui.core.health", "json",
    # round 4: the wire parsers come with the first reply, not with the first window
    "reconui.core.wire",
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


def test_the_first_idle_moment_turns_the_collector_back_on(tmp_path: Path) -> None:
    """The start-up pauses the cyclic GC (reconui.ui.startup); it must not stay off for the session."""
    out = tmp_path / "gc.txt"
    code = (
        "import gc, os, sys, runpy\n"
        "from PySide6.QtCore import QAbstractEventDispatcher, QTimer\n"
        "def later():\n"
        "    open(sys.argv[1], 'w').write(f'{gc.isenabled()} {gc.get_freeze_count() > 0}')\n"
        "    os._exit(0)\n"
        "def check():\n"  # the loop's first idle moment, then one more pass: the app's own idle hook has run
        "    d = QAbstractEventDispatcher.instance()\n"
        "    def idle():\n"
        "        d.aboutToBlock.disconnect(idle)\n"
        "        QTimer.singleShot(0, later)\n"
        "    d.aboutToBlock.connect(idle)\n"
        "QTimer.singleShot(0, check)\n"
        "from reconui.__main__ import main\n"
        "sys.exit(main([]))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RECONUI_HOME=str(tmp_path / "home"))
    proc = subprocess.run([sys.executable, "-c", code, str(out)], env=env, capture_output=True, text=True,
                          timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    assert out.read_text(encoding="utf-8") == "True True"  # enabled again, start-up objects frozen


CLI_NOT_FOR_HELP = ("requests", "urllib3", "truststore", "cryptography", "keyring", "ssl",
                    "reconui.core.client", "reconui.core.tls", "reconui.core.runner", "reconui.core.report",
                    "reconui.core.secrets", "reconui.cli.watch")


def test_cli_help_loads_no_engine_tls_or_keyring(tmp_path: Path) -> None:
    """``reconui-cli --help`` (and a usage error) answers from argparse alone; the engine loads in ``execute``."""
    code = ("import sys, contextlib, io\n"
            "from reconui.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    main(['--help']); main(['run', '--help'])\n"
            "print(' '.join(sorted(sys.modules)))\n")
    env = dict(os.environ, RECONUI_HOME=str(tmp_path / "home"))
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60,
                          check=False)
    assert proc.returncode == 0, proc.stderr
    loaded = set(proc.stdout.split())
    assert "reconui.cli.parser" in loaded
    assert sorted(m for m in CLI_NOT_FOR_HELP if m in loaded) == []


def test_the_fast_feature_check_answers_as_pyside6_does() -> None:
    """reconui.ui.startup swaps PySide6's per-import source scan; the answer must stay the same."""
    import importlib

    import PySide6  # noqa: F401  # loads shiboken's feature module
    feature = sys.modules["shibokensupport.feature"]
    original = feature._mod_uses_pyside
    from reconui.ui import startup

    try:
        assert startup.install_fast_feature_check()
        fast = feature._mod_uses_pyside
        assert fast is not original
        assert startup.install_fast_feature_check() and feature._mod_uses_pyside is fast  # idempotent
        names = ("reconui.ui.widgets", "reconui.ui.icons", "reconui.core.models", "reconui.core.paths", "json",
                 "argparse", "sys", "PySide6.QtCore", "reconui.app")
        for name in names:
            module = importlib.import_module(name)
            assert fast(module) == original(module), name
    finally:
        feature._mod_uses_pyside = original


def test_the_cheap_scenario_list_is_the_simulators() -> None:
    assert SCENARIO_NAMES == tuple(sorted(SCENARIOS))
    scenario = next(a for a in build_parser()._actions if a.dest == "scenario")
    assert tuple(scenario.choices) == SCENARIO_NAMES


#: Enums of Qt widget classes the first window does not use. PySide6 builds them only when it
#: resolves the type of a C++ ``QWidget*`` it has no wrapper for (a scroll area's or a table's
#: default viewport): then it loads every QWidget subclass of QtWidgets, ~25 ms of the start-up
#: (reconui.ui.widgets.own_viewport).
UNUSED_WIDGET_ENUMS = ("WizardStyle", "HorizontalHeaderFormat", "SubWindowOption", "FontDialogOption",
                       "InputDialogOption", "SegmentStyle")


def test_the_first_window_never_makes_pyside6_load_every_widget_class(tmp_path: Path) -> None:
    out = tmp_path / "enums.txt"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RECONUI_HOME=str(tmp_path / "home"), BENCH_ENUMS=str(out))
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "probe_start.py"), "app"], env=env,
                          capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    built = [line.rsplit(" ", 1) for line in out.read_text(encoding="utf-8").splitlines() if line]
    assert any(name == "AlignmentFlag" for _where, name in built)  # the census really ran
    offenders = [f"{name} (from {where})" for where, name in built if name in UNUSED_WIDGET_ENUMS]
    assert offenders == []


def test_the_probe_leaves_the_program_its_own_import_order() -> None:
    """The probe must not import PySide6 before the program does, yet still catch its event loop.

    Importing PySide6 installs its feature hook, which scans the source of every later import; a probe
    that imported it first charged the app for scanning its stdlib imports (about 2 MiB of linecache)
    that a real start never pays. The probe patches ``QApplication.exec`` when QtWidgets loads instead.
    """
    code = (
        "import runpy, sys\n"
        f"probe = runpy.run_path({str(ROOT / 'bench' / 'probe_start.py')!r}, run_name='probe')\n"
        "assert not any(m.split('.')[0] in ('PySide6', 'shiboken6') for m in sys.modules), 'PySide6 loaded'\n"
        "from PySide6.QtWidgets import QApplication\n"
        "print(QApplication.exec.__name__)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["_exec_and_report"]
