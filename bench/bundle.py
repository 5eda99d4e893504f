"""The frozen bundle (``dist/reconui/``, built by ``packaging/build.sh``), when there is one."""

from __future__ import annotations

import time
from pathlib import Path

from bench.common import ROOT, child_env, median, run_with_rusage, spread
from bench.result import Row, Section

BUNDLE = ROOT / "dist" / "reconui"


def _size_mib(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink()) / 1024 / 1024


def run(workdir: Path, rounds: int) -> Section:
    section = Section("Frozen bundle")
    executable = next((p for p in (BUNDLE / "reconui", BUNDLE / "reconui.exe") if p.is_file()), None)
    if executable is None:
        section.skipped = f"skipped: no bundle ({BUNDLE.relative_to(ROOT)}/ does not exist; build it with " \
                          "`bash packaging/build.sh`, then run the benchmark again)"
        return section
    started = time.perf_counter()
    section.rows.append(Row(section.title, "bundle size on disk", f"{_size_mib(BUNDLE):.1f} MiB"))
    env = child_env(workdir / "home-bundle")
    for name, args in (("--version", ["--version"]), ("--self-check", ["--self-check"])):
        runs = [run_with_rusage([str(executable), *args], env, timeout=120) for _ in range(rounds)]
        figure = f"{spread([u.wall for u in runs], ' s')} / {spread([u.rss_mib for u in runs], ' MiB', 1)}"
        section.rows.append(Row(section.title, f"frozen reconui {name}: wall / peak RSS", figure,
                                "", f"exit {median([u.returncode for u in runs]):g}"))
    section.notes.append("The frozen app cannot load the start-up probe, so its time to a shown, idle window and a "
                         "frozen bare-window floor are not measured yet; `--version` and `--self-check` are the "
                         "start-up figures it offers from outside.")
    section.seconds = time.perf_counter() - started
    return section
