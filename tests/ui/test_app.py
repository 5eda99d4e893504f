"""The entry points (reconui/app.py, reconui/__main__.py): arguments, --self-check, the About box, no display."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from reconui.__main__ import build_parser
from reconui.__main__ import main as entry_main


def test_parser_knows_demo_scenario_and_self_check():
    args = build_parser().parse_args(["--demo", "--scenario", "restart"])
    assert args.demo and args.scenario == "restart"
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--scenario", "nope"])


def test_self_check_prints_versions_backend_and_paths(capsys, ui_home):
    assert entry_main(["--self-check"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"qt: +6\.\d+", out)
    assert re.search(r"state: +secure", out)  # the in-memory test backend
    assert str(ui_home) in out
    assert re.search(r"icons: +\d+", out)
    assert out.rstrip().endswith("Self-check: OK")


def test_python_dash_m_self_check_in_a_fresh_process(ui_home):
    done = subprocess.run([sys.executable, "-m", "reconui", "--self-check"], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert "PySide6" in done.stdout
    assert str(ui_home) in done.stdout


def test_about_names_the_versions(harness_factory):
    h = harness_factory()
    text = h.window.about_text()
    assert "Qt " in text and "PySide6" in text and "Python" in text


def test_no_graphical_session_is_a_sentence_not_an_abort(ui_home):
    from reconui.app import display_problem

    assert display_problem({}, "linux") is not None and "reconui-cli" in display_problem({}, "linux")
    assert display_problem({"DISPLAY": ":0"}, "linux") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({}, "win32") is None
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "reconui", "--demo"], env=env, capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 2
    assert "no graphical session" in done.stderr
    assert "Traceback" not in done.stderr
