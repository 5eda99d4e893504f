"""Smoke test of the frozen programs: what a field engineer does first, on the bundle itself.

    python3 packaging/smoke.py dist/reconui        # the bundle build.sh wrote
    python3 packaging/smoke.py /usr/bin             # an installed .deb (packaging/test-deb.sh)

Standard library only, so it runs with any Python 3 (or inside a bare Debian root). Each check runs
a real program in a throwaway RECONUI_HOME, offscreen, and the script ends with one line
"smoke: N passed, N failed". The checks:

1. ``reconui --self-check --json`` exits 0, says it is frozen, the offscreen platform plugin starts,
   the icons and Qt's translations for the nine shipped languages are there.
2. ``reconui-sim`` serves HTTPS on 127.0.0.1 with a password full of characters that break quoting
   (``# & : * " \\ ü``), and ``reconui-cli run`` completes a whole reconciliation against it
   (the certificate trusted by its fingerprint, the passwords from the environment): exit 0, a JSON
   and an HTML report written, the job SUCCEEDED, the password in no file of the home folder.
3. ``reconui --demo --language ja --quit-after 2`` starts offscreen in Japanese (the log names Qt's
   ``qtbase_ja.qm`` and reconui's ``reconui_ja.qm`` as loaded: both translation paths work frozen),
   shows its window (the log says so), quits by itself through the normal close path with exit 0, no
   traceback and no Qt plugin warning.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

PASSWORD = 'Fr0zen #&:*"\\ü pass'  # noqa: S105 - the simulator's test password
SSO_PASSWORD = 'Ss0 #&:*"\\ü adm1n'  # noqa: S105 - the simulator's test password
USER = "administrator@vsphere.local"
TIMEOUT = 120
#: Qt messages that name a plugin problem; "propagateSizeHints" is the offscreen plugin's own notice.
PLUGIN_TROUBLE = re.compile(r"(?i)(could not (load|find).*plugin|cannot load library|qt\.qpa\.plugin|"
                            r"failed to (load|create).*(plugin|platform theme)|no qt platform plugin)")


class Smoke:
    def __init__(self, bindir: Path, home: Path | None = None) -> None:
        self.bindir = bindir
        self.passed = 0
        self.failed = 0
        self.home = home if home is not None else Path(tempfile.mkdtemp(prefix="reconui-smoke-"))

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("RECONUI_", "PYTHON"))}
        env.update(RECONUI_HOME=str(self.home), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8",
                   PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
        env.update(extra)
        return env

    def program(self, name: str) -> str:
        return str(self.bindir / name)

    def check(self, title: str, body: Callable[[], str]) -> None:
        started = time.monotonic()
        try:
            detail = body()
        except (AssertionError, KeyError, ValueError, OSError, subprocess.SubprocessError) as exc:
            self.failed += 1
            print(f"FAIL {title}: {type(exc).__name__}: {exc}", flush=True)
            return
        self.passed += 1
        print(f"ok   {title} ({time.monotonic() - started:.1f} s){': ' + detail if detail else ''}", flush=True)

    # --- the checks ----------------------------------------------------------------------------

    def self_check(self) -> str:
        done = subprocess.run([self.program("reconui"), "--self-check", "--json"], env=self.env(),
                              capture_output=True, text=True, timeout=TIMEOUT, check=False)
        assert done.returncode == 0, f"exit code {done.returncode}: {done.stdout[-800:]} {done.stderr[-800:]}"
        # A windowed Windows program has no stdout: its self-check goes to the log folder instead.
        fallback = self.home / "logs" / "self-check.txt"
        result = json.loads(done.stdout if done.stdout.strip() else fallback.read_text(encoding="utf-8"))
        assert result["ok"] is True, result["problems"]
        assert result["reconui"]["frozen"] is True, "not running from the frozen bundle"
        assert result["platform"]["plugin"] == "offscreen", result["platform"]
        assert result["platform"]["svg"] is True and result["platform"]["app_icon_renders"] is True
        assert result["resources"]["icons"] > 0
        assert result["translations"]["qt_missing"] == [], result["translations"]
        assert len(result["translations"]["reconui_files"]) == 8, result["translations"]  # reconui/i18n/*.qm
        assert result["tls"]["context"] is True
        return (f"Qt {result['qt']['qt']}, platforms {','.join(result['qt']['platform_plugins_available'])}, "
                f"OS trust store loaded: {result['tls']['os_store_loaded']}")

    def cli_run_against_sim(self) -> str:
        sim = subprocess.Popen(
            [self.program("reconui-sim"), "--port", "0", "--duration", "3", "--password", PASSWORD,
             "--sso-password", SSO_PASSWORD],
            env=self.env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            assert sim.stdout is not None
            line = sim.stdout.readline()
            assert line, f"the simulator printed nothing: {sim.stderr.read() if sim.stderr else ''}"
            ready = json.loads(line)
            server = ready["url"].removeprefix("https://")
            reports = self.home / "smoke-reports"
            done = subprocess.run(
                [self.program("reconui-cli"), "run", "--server", server, "--user", USER, "--sso-user", USER,
                 "--thumbprint", ready["sha256"], "--no-proxy", "--json", "--report", str(reports)],
                env=self.env(RECONUI_PASSWORD=PASSWORD, RECONUI_SSO_PASSWORD=SSO_PASSWORD),
                capture_output=True, text=True, timeout=TIMEOUT, check=False, stdin=subprocess.DEVNULL)
        finally:
            sim.terminate()
            try:
                sim.wait(timeout=15)
            except subprocess.TimeoutExpired:
                sim.kill()
        assert done.returncode == 0, f"exit code {done.returncode}: {done.stdout[-1500:]} {done.stderr[-1500:]}"
        assert "Traceback" not in done.stderr, done.stderr[-1500:]
        final = json.loads(done.stdout.strip().splitlines()[-1])
        assert final["event"] == "final" and final["exit_code"] == 0, final
        report = Path(final["report"])
        assert report.is_file() and Path(final["report_html"]).is_file(), final
        final_info = json.loads(report.read_text(encoding="utf-8")).get("final_info") or {}
        assert final_info.get("status") == "SUCCEEDED", f"the report's final job state: {final_info}"
        for file in self.home.rglob("*"):
            if file.is_file():
                text = file.read_text(encoding="utf-8", errors="replace")
                for secret in (PASSWORD, SSO_PASSWORD):
                    assert secret not in text, f"a password reached {file}"
        return f"report {report.name}"

    def demo_window(self) -> str:
        done = subprocess.run([self.program("reconui"), "--demo", "--demo-duration", "3", "--language", "ja",
                               "--quit-after", "2"],
                              env=self.env(), capture_output=True, text=True, timeout=TIMEOUT, check=False,
                              stdin=subprocess.DEVNULL)
        log_file = self.home / "logs" / "reconui.log"
        log = log_file.read_text(encoding="utf-8", errors="replace") if log_file.is_file() else ""
        assert done.returncode == 0, f"exit code {done.returncode}: {done.stderr[-1500:]}"
        for where, text in (("stderr", done.stderr), ("the log", log)):
            assert "Traceback" not in text, f"a traceback in {where}: {text[-1500:]}"
            trouble = [ln for ln in text.splitlines() if PLUGIN_TROUBLE.search(ln)]
            assert not trouble, f"Qt plugin trouble in {where}: {trouble[:3]}"
        language = re.search(r"Window language ja \(--language\): (.*)", log)
        assert language, f"the log does not say which language the window speaks: {log[-1500:]}"
        for name in ("qtbase_ja.qm", "reconui_ja.qm"):
            assert name in language.group(1), f"{name} was not loaded: {language.group(0)}"
        shown = re.search(r"Main window shown \((\d+)x(\d+), platform (\w+)\)", log)
        assert shown, f"the log does not say the window was shown: {log[-1500:]}"
        assert "reconui exits" in log, "the app did not go through its normal exit"
        return f"window {shown.group(1)}x{shown.group(2)} on {shown.group(3)}, in Japanese"

    def run(self) -> int:
        self.check("reconui --self-check --json", self.self_check)
        self.check("reconui-cli run against reconui-sim (password with # & : * \" \\ ü)", self.cli_run_against_sim)
        self.check("reconui --demo --language ja offscreen: translated, window shown, quits cleanly", self.demo_window)
        if self.failed:
            print(f"the programs' files (logs, reports) are kept in {self.home}", flush=True)
        else:
            shutil.rmtree(self.home, ignore_errors=True)
        print(f"smoke: {self.passed} passed, {self.failed} failed", flush=True)
        return 0 if self.failed == 0 else 1


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python3 packaging/smoke.py BINDIR   (dist/reconui, or /usr/bin)", file=sys.stderr)
        return 2
    return Smoke(Path(argv[0]).absolute()).run()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
