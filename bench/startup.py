"""Start-up: process start to the main window shown and idle, and peak RSS, against a bare QMainWindow.

Every round runs each variant once, in turn (bare, app, ...), so a burst of load from elsewhere hits
all variants alike; the figures are medians over the rounds with min–max. Wall time is measured
from outside (spawn to exit; the probe exits right after its first idle moment), CPU and peak RSS
come from ``os.wait4`` for that child alone.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from bench.common import (
    BIN,
    PYTHON,
    ROOT,
    SIM_PASSWORD,
    SIM_USER,
    Usage,
    child_env,
    median,
    run_with_rusage,
    simulator,
    spread,
)
from bench.result import Row, Section

PROBE = str(ROOT / "bench" / "probe_start.py")
SETTLE_SECONDS = 3.0
#: The second floor (``probe_start.plain``): the same kinds of widgets built by plain PySide6 code.
PLAIN = "plain PySide6 window like reconui's first screen"


def _variants(baseline: Path | None, workdir: Path) -> dict[str, tuple[list[str], dict[str, str]]]:
    variants = {
        "bare QMainWindow": ([PYTHON, PROBE, "bare"], child_env(workdir / "home-bare")),
        PLAIN: ([PYTHON, PROBE, "plain"], child_env(workdir / "home-plain")),
        "reconui": ([PYTHON, PROBE, "app"], child_env(workdir / "home-app")),
        "reconui --demo (simulator in-process)": ([PYTHON, PROBE, "app", "--demo"], child_env(workdir / "home-demo")),
    }
    if baseline is not None:
        env = child_env(workdir / "home-base", PYTHONPATH=str(baseline))
        variants[f"reconui before ({baseline.name})"] = ([PYTHON, PROBE, "app"], env)
    return variants


def _interleaved(variants: dict[str, tuple[list[str], dict[str, str]]], rounds: int,
                 check: Callable[[Usage], None]) -> dict[str, list[Usage]]:
    results: dict[str, list[Usage]] = {name: [] for name in variants}
    for cmd, env in variants.values():  # warm-up: page cache, bytecode, fontconfig cache
        check(run_with_rusage(cmd, env))
    for _ in range(rounds):
        for name, (cmd, env) in variants.items():
            usage = run_with_rusage(cmd, env)
            check(usage)
            results[name].append(usage)
    return results


def _ok(usage: Usage) -> None:
    if usage.returncode != 0 or "IDLE" not in usage.stdout:
        raise RuntimeError(f"start-up probe failed ({usage.returncode}): {usage.stdout[-800:]}")


def run_gui(rounds: int, workdir: Path, baseline: Path | None, *, instructions: bool = False) -> Section:
    section = Section("Start-up of the desktop app (to the main window shown and idle)")
    started = time.perf_counter()
    results = _interleaved(_variants(baseline, workdir), rounds, _ok)
    floor = results.pop("bare QMainWindow")
    floor_wall = median([u.wall for u in floor])
    floor_cpu = median([u.cpu for u in floor])
    floor_rss = median([u.rss_mib for u in floor])
    section.rows.append(Row(section.title, "bare QMainWindow: wall / CPU / peak RSS",
                            f"{spread([u.wall for u in floor], ' s')} / {spread([u.cpu for u in floor], ' s')} / "
                            f"{spread([u.rss_mib for u in floor], ' MiB', 1)}", "(floor)"))
    plain = results.pop(PLAIN)
    section.rows.append(Row(section.title, f"{PLAIN}: wall / CPU / peak RSS",
                            f"{spread([u.wall for u in plain], ' s')} / {spread([u.cpu for u in plain], ' s')} / "
                            f"{spread([u.rss_mib for u in plain], ' MiB', 1)}", "bare QMainWindow",
                            f"{median([u.wall for u in plain]) / floor_wall:.2f}x / "
                            f"{median([u.cpu for u in plain]) / floor_cpu:.2f}x / "
                            f"{median([u.rss_mib for u in plain]) / floor_rss:.2f}x"))
    for name, runs in results.items():
        wall, cpu = median([u.wall for u in runs]), median([u.cpu for u in runs])
        rss = median([u.rss_mib for u in runs])
        product = name == "reconui"
        section.rows.append(Row(section.title, f"{name}: wall time", spread([u.wall for u in runs], " s"),
                                f"{floor_wall:.3f} s", f"{wall / floor_wall:.2f}x",
                                "≤ 1.3x" if product else "", (wall / floor_wall <= 1.3) if product else None))
        section.rows.append(Row(section.title, f"{name}: CPU time", spread([u.cpu for u in runs], " s"),
                                f"{floor_cpu:.3f} s", f"{cpu / floor_cpu:.2f}x"))
        section.rows.append(Row(section.title, f"{name}: peak RSS", spread([u.rss_mib for u in runs], " MiB", 1),
                                f"{floor_rss:.1f} MiB", f"{rss / floor_rss:.2f}x",
                                "≤ 1.5x" if product else "", (rss / floor_rss <= 1.5) if product else None))
    plain_cpu = median([u.cpu for u in plain])
    section.rows.append(Row(section.title, "reconui: CPU time against the plain PySide6 window",
                            spread([u.cpu for u in results["reconui"]], " s"), f"{plain_cpu:.3f} s",
                            f"{median([u.cpu for u in results['reconui']]) / plain_cpu:.2f}x"))
    for name, runs in (("bare QMainWindow", floor), ("reconui", results["reconui"])):
        anon = median([_resident(u, "anon") for u in runs])
        file = median([_resident(u, "file") for u in runs])
        section.rows.append(Row(section.title, f"{name}: resident at the first idle moment, private / file-backed",
                                f"{anon:.1f} / {file:.1f} MiB",
                                "(floor)" if runs is floor else
                                f"{median([_resident(u, 'anon') for u in floor]):.1f} MiB private",
                                "" if runs is floor else
                                f"{anon / median([_resident(u, 'anon') for u in floor]):.2f}x private"))
    settled = {"bare": [], "app": []}
    for _ in range(max(1, rounds // 3)):
        for kind in settled:
            env = child_env(workdir / f"home-settle-{kind}", BENCH_SETTLE=str(SETTLE_SECONDS))
            usage = run_with_rusage([PYTHON, PROBE, kind], env)
            if "SETTLED" not in usage.stdout:
                raise RuntimeError(f"settle probe failed: {usage.stdout[-500:]}")
            settled[kind].append(usage.rss_mib)
    section.rows.append(Row(section.title, f"reconui: peak RSS {SETTLE_SECONDS:g} s later (keyring detected, engine "
                            "loaded in the background)", spread(settled["app"], " MiB", 1),
                            f"{median(settled['bare']):.1f} MiB",
                            f"{median(settled['app']) / median(settled['bare']):.2f}x"))
    if instructions:  # opt-in: ~45 s, and the whole command must stay under 10 minutes on a fresh machine
        _instruction_rows(section, workdir, baseline)
    section.notes.append(f"{rounds} interleaved rounds after one warm-up round; offscreen Qt; a fresh RECONUI_HOME "
                         "per variant (first-start window, no saved geometry). The start-up figures stop at the "
                         "first idle moment; the keyring detection and the engine warm-up start there, on a "
                         "background thread, and their memory shows in the 'later' row.")
    section.seconds = time.perf_counter() - started
    return section


def _resident(usage: Usage, kind: str) -> float:
    """MiB of ``anon`` (private) or ``file`` (mapped files) resident memory from the probe's IDLE line."""
    found = re.search(rf"\b{kind}=(\d+)", usage.stdout)
    return int(found.group(1)) / 1024 if found else 0.0


def instructions(cmd: list[str], env: dict[str, str]) -> int | None:
    """Instructions the process executes until the probe's first idle moment, counted by callgrind.

    Unlike seconds, the count does not depend on what else the shared machine is doing: the same
    code, inputs and environment give the same count (hash randomisation off), so a change of a
    few milliseconds shows without hundreds of rounds. None without valgrind.
    """
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return None
    proc = subprocess.run([valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
                          env=dict(env, PYTHONHASHSEED="0"), capture_output=True, text=True, timeout=600,
                          check=False)
    found = re.search(r"Collected : (\d+)", proc.stderr)
    if proc.returncode != 0 or "IDLE" not in proc.stdout or found is None:
        raise RuntimeError(f"callgrind run failed ({proc.returncode}): {proc.stderr[-500:]}")
    return int(found.group(1))


def _instruction_rows(section: Section, workdir: Path, baseline: Path | None) -> None:
    variants = {name: spec for name, spec in _variants(baseline, workdir).items() if "--demo" not in name}
    counts = {name: instructions(cmd, env) for name, (cmd, env) in variants.items()}
    floor = counts.pop("bare QMainWindow")
    if floor is None:
        section.notes.append("No instruction counts: valgrind is not installed.")
        return
    section.rows.append(Row(section.title, "bare QMainWindow: instructions to the first idle window (callgrind)",
                            f"{floor / 1e6:.0f} M", "(floor)"))
    plain = counts.pop(PLAIN)
    assert plain is not None
    section.rows.append(Row(section.title, f"{PLAIN}: instructions (callgrind)", f"{plain / 1e6:.0f} M",
                            f"{floor / 1e6:.0f} M", f"{plain / floor:.2f}x"))
    for name, count in counts.items():
        assert count is not None
        section.rows.append(Row(section.title, f"{name}: instructions (callgrind)", f"{count / 1e6:.0f} M",
                                f"{floor / 1e6:.0f} M", f"{count / floor:.2f}x (plain window: {count / plain:.2f}x)"))
    section.notes.append("The instruction counts (one `valgrind --tool=callgrind` run per variant, PYTHONHASHSEED=0) "
                         "do not depend on the machine's load: they are the noise-free view of the CPU-time ratio.")


def run_cli(rounds: int, workdir: Path) -> Section:
    section = Section("Start-up of the command line")
    started = time.perf_counter()
    cli = str(BIN / "reconui-cli")
    with simulator("--duration", "0.5", workdir=workdir) as sim:
        env = child_env(workdir / "home-cli", RECONUI_PASSWORD=SIM_PASSWORD, RECONUI_SSO_PASSWORD=SIM_PASSWORD)
        run_cmd = [cli, "run", "--server", f"{sim.host}:{sim.port}", "--user", SIM_USER, "--sso-user", SIM_USER,
                   "--thumbprint", sim.sha256, "--no-proxy", "--json", "--start-new"]
        variants = {
            'python -c "import requests"': [PYTHON, "-c", "import requests"],
            "reconui-cli --help": [cli, "--help"],
        }
        results: dict[str, list[Usage]] = {name: [] for name in variants}
        to_first_request: list[float] = []
        for round_no in range(rounds + 1):
            for name, cmd in variants.items():
                usage = run_with_rusage(cmd, env)
                if usage.returncode != 0:
                    raise RuntimeError(f"{name} failed: {usage.stdout[-500:]}")
                if round_no:
                    results[name].append(usage)
            before = len(sim.requests())
            spawn = time.time()
            usage = run_with_rusage(run_cmd, env)
            if usage.returncode != 0:
                raise RuntimeError(f"reconui-cli run failed ({usage.returncode}): {usage.stdout[-800:]}")
            records = sim.requests()[before:]
            if round_no and records:
                first = _wall(records[0]["time"])
                to_first_request.append(first - spawn)
        floor = results.pop('python -c "import requests"')
        floor_wall = median([u.wall for u in floor])
        floor_rss = median([u.rss_mib for u in floor])
        section.rows.append(Row(section.title, 'python -c "import requests": wall / peak RSS',
                                f"{spread([u.wall for u in floor], ' s')} / "
                                f"{spread([u.rss_mib for u in floor], ' MiB', 1)}", "(floor)"))
        runs = results["reconui-cli --help"]
        section.rows.append(Row(section.title, "reconui-cli --help: wall time", spread([u.wall for u in runs], " s"),
                                f"{floor_wall:.3f} s", f"{median([u.wall for u in runs]) / floor_wall:.2f}x"))
        section.rows.append(Row(section.title, "reconui-cli --help: peak RSS",
                                spread([u.rss_mib for u in runs], " MiB", 1),
                                f"{floor_rss:.1f} MiB", f"{median([u.rss_mib for u in runs]) / floor_rss:.2f}x"))
        if to_first_request:
            section.rows.append(Row(section.title, "reconui-cli run: spawn to its first request at the simulator",
                                    spread(to_first_request, " s"), f"{floor_wall:.3f} s",
                                    f"{median(to_first_request) / floor_wall:.2f}x"))
    section.notes.append("`reconui-cli run` start-up is the time from spawning it to the simulator logging its first "
                         "request (the login, after the TLS handshake that settles trust); the simulator runs in its "
                         "own process. No target was set for the command line; the figures are for comparison.")
    section.seconds = time.perf_counter() - started
    return section


def _wall(text: str) -> float:
    from datetime import datetime

    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def profile_start(workdir: Path, max_lines: int = 45) -> str:
    """pyinstrument's call tree of the real start-up (``BENCH_PROFILE=1`` lets the probe exit cleanly)."""

    env = child_env(workdir / "home-profile", BENCH_PROFILE="1")
    proc = subprocess.run([PYTHON, "-m", "pyinstrument", "-i", "0.0005", "-r", "text", "--no-color", PROBE, "app"],
                          env=env, capture_output=True, text=True, timeout=120, check=False)
    if proc.returncode != 0 or "Program:" not in proc.stdout:
        return f"(no profile: pyinstrument is not installed or failed: {proc.stderr.strip()[-300:]})"
    lines = [line for line in proc.stdout.splitlines() if line.strip() and not line.startswith("IDLE")]
    return "\n".join(lines[:max_lines])


def export_baseline(ref: str, workdir: Path) -> Path:
    """``git archive`` the ``reconui`` package of ``ref`` into ``workdir`` for a before/after row."""
    target = workdir / f"baseline-{ref.replace('/', '_')}"
    target.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "reconui"], capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)
    os.utime(target)
    return target
