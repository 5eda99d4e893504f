"""The entry points (reconui/app.py, reconui/__main__.py): arguments, --self-check, the About box, no display."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from reconui.__main__ import build_parser
from reconui.__main__ import main as entry_main
from reconui.app import DemoHost, about_to_quit, finish
from reconui.ui.job_controller import SHUTDOWN_GRACE_MS


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


class _StuckController:
    def __init__(self, finished: bool) -> None:
        self.finished = finished
        self.shut_down = False
        self.timeouts: list[int] = []

    def shutdown(self, timeout_ms: int = 1000) -> bool:
        self.shut_down = True
        self.timeouts.append(timeout_ms)
        return self.finished


class _Demo(DemoHost):
    def __init__(self) -> None:
        super().__init__()
        self.stopped = False

    def stop(self) -> None:
        self.stopped = True


def test_finish_ends_the_process_without_waiting_for_a_stuck_worker():
    exits: list[int] = []
    demo = _Demo()
    assert finish(_StuckController(finished=False), demo, 0, hard_exit=exits.append) == 0
    assert exits == [0] and demo.stopped

    exits.clear()
    stuck = _StuckController(finished=False)
    about_to_quit(stuck)  # quitting without the window's close: one grace
    about_to_quit(stuck)  # after the close (or the first quit signal) already waited: no second one
    assert stuck.timeouts == [SHUTDOWN_GRACE_MS, 0]

    controller = _StuckController(finished=True)
    assert finish(controller, _Demo(), 3, hard_exit=exits.append) == 3
    assert exits == [] and controller.timeouts == [0]  # the window's close already waited its grace


def test_demo_bad_sso_prefills_the_documented_password_so_the_scenario_shows_its_refusal():
    host = DemoHost("bad_sso", 5.0)
    try:
        info = host.launch()
        assert info.sso_password == "VMware1!"
        assert host.simulators[0].config.effective_sso_password != info.sso_password
    finally:
        host.stop()
