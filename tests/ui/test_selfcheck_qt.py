"""``reconui --self-check``: the Qt half, the platform probe in a child process, and the exit code."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reconui.__main__ import main as entry_main
from reconui.core.selfcheck import SHIPPED_LANGUAGES, SelfCheck
from reconui.ui import selfcheck_qt


def _run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "reconui", *args], capture_output=True, text=True, env=env,
                          timeout=90, check=False)


def test_json_names_qt_platform_icons_and_translations(capsys: pytest.CaptureFixture[str], ui_home: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert entry_main(["--self-check", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is True
    assert data["qt"]["qt"].startswith("6.") and data["qt"]["pyside6"].startswith("6.")
    assert "offscreen" in data["qt"]["platform_plugins_available"]
    assert data["platform"] == {"requested": "offscreen", "plugin": "offscreen", "screens": 1, "svg": True,
                                "app_icon_renders": True}
    assert "app" in data["resources"]["icon_names"] and data["resources"]["icons"] >= 10
    assert data["translations"]["languages"] == list(SHIPPED_LANGUAGES)
    assert data["translations"]["qt_missing"] == []  # the PySide6 wheel has all nine
    assert data["paths"]["RECONUI_HOME"] == str(ui_home)


def test_a_platform_plugin_that_cannot_start_is_a_problem_not_a_crash(ui_home: Path) -> None:
    # xcb with a display nobody serves: Qt aborts the probe process; the self-check itself survives.
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":987"}
    done = _run("--self-check", env=env)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "PROBLEM: the Qt platform plugin xcb did not start" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr
    assert done.stdout.rstrip().endswith("Self-check: FAILED (1 problem(s))")


def test_no_graphical_session_is_a_warning(ui_home: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = _run("--self-check", "--json", env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    data = json.loads(done.stdout)
    assert data["platform"]["plugin"] is None
    assert any(w.startswith("no graphical session") for w in data["warnings"])


def test_missing_compiled_icons_fail_the_check(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selfcheck_qt, "_resource_entries", lambda folder: [])
    check = SelfCheck()
    assert selfcheck_qt.resources_section(check)["icons"] == 0
    assert check.exit_code == 1 and ":/icons" in check.problems[0]


def test_missing_qt_translations_are_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "qtbase_de.qm").write_bytes(b"")
    from PySide6.QtCore import QLibraryInfo

    monkeypatch.setattr(QLibraryInfo, "path", staticmethod(lambda which: str(tmp_path)))
    check = SelfCheck()
    section = selfcheck_qt.translations_section(check)
    assert section["qt_found"] == ["de"]
    assert "ja" in section["qt_missing"] and any("qtbase_*.qm" in w for w in check.warnings)


def test_demo_quit_after_shows_the_window_and_exits_cleanly(ui_home: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = _run("--demo", "--demo-duration", "2", "--quit-after", "0.5", env=env)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    log = (ui_home / "logs" / "reconui.log").read_text(encoding="utf-8")
    assert "Main window shown" in log and "platform offscreen" in log
    assert "reconui exits" in log
