"""The frozen smoke test (packaging/smoke.py) must fail when what it checks is broken.

Each case puts a stand-in ``reconui`` program into a folder and runs one check against it.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("smoke", ROOT / "packaging" / "smoke.py")
assert _spec is not None and _spec.loader is not None
smoke = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(smoke)

GOOD = {
    "ok": True, "problems": [], "reconui": {"frozen": True}, "qt": {"qt": "6.12.0", "platform_plugins_available": []},
    "platform": {"plugin": "offscreen", "svg": True, "app_icon_renders": True}, "resources": {"icons": 16},
    "translations": {"qt_missing": [], "reconui_files": ["de", "fr", "es", "it", "ja", "ko", "zh_CN", "zh_TW"]},
    "tls": {"context": True, "os_store_loaded": True},
}


def _stand_in(folder: Path, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    program = folder / "reconui"
    program.write_text(f"#!{sys.executable}\n" + textwrap.dedent(body), encoding="utf-8")
    program.chmod(0o755)
    return folder


def _self_check_printing(tmp_path: Path, result: dict) -> object:
    folder = _stand_in(tmp_path / "bin", f"print({json.dumps(json.dumps(result))})\n")
    return smoke.Smoke(folder, tmp_path / "home")


def test_a_complete_self_check_passes(tmp_path: Path) -> None:
    assert "Qt 6.12.0" in _self_check_printing(tmp_path, GOOD).self_check()


@pytest.mark.parametrize("broken", [
    {"reconui": {"frozen": False}},
    {"platform": {"plugin": None, "svg": None, "app_icon_renders": None}},
    {"translations": {"qt_missing": ["ja"]}},
    {"ok": False, "problems": ["no icons"]},
])
def test_a_self_check_missing_something_fails(tmp_path: Path, broken: dict) -> None:
    with pytest.raises(AssertionError):
        _self_check_printing(tmp_path, {**GOOD, **broken}).self_check()


DEMO = """
import os, pathlib, sys
log = pathlib.Path(os.environ["RECONUI_HOME"]) / "logs"
log.mkdir(parents=True, exist_ok=True)
(log / "reconui.log").write_text({text!r})
"""


JA = "x INFO Window language ja (--language): /b/translations/qtbase_ja.qm, /b/reconui/i18n/reconui_ja.qm\n"


@pytest.mark.parametrize(("log", "passes"), [
    (JA + "x INFO Main window shown (760x760, platform offscreen)\nx INFO reconui exits\n", True),
    ("x INFO Main window shown (760x760, platform offscreen)\nx INFO reconui exits\n", False),  # no language
    (JA.replace(", /b/reconui/i18n/reconui_ja.qm", "") + "x INFO Main window shown (760x760, platform offscreen)\n"
     "x INFO reconui exits\n", False),  # reconui's own translation not found in the bundle
    (JA + "x INFO reconui exits\n", False),  # the window never showed
    (JA + "x INFO Main window shown (760x760, platform offscreen)\n", False),  # no normal exit
    (JA + "x INFO Main window shown (1x1, platform offscreen)\nx WARNING qt: Could not load the Qt platform plugin "
     "\"xcb\"\nx INFO reconui exits\n", False),
    (JA + "x INFO Main window shown (1x1, platform offscreen)\nTraceback (most recent call last):\nx INFO reconui "
     "exits\n", False),
])
def test_the_demo_check_needs_a_shown_window_a_clean_exit_and_no_plugin_trouble(tmp_path: Path, log: str,
                                                                                passes: bool) -> None:
    runner = smoke.Smoke(_stand_in(tmp_path / "bin", DEMO.format(text=log)), tmp_path / "home")
    if passes:
        assert "760x760" in runner.demo_window()
    else:
        with pytest.raises(AssertionError):
            runner.demo_window()
