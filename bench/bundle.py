"""The frozen bundle (``dist/reconui/``) against the frozen bare window (``build/floor/bare-window/``).

``packaging/build.sh`` builds both with the same spec and trimming, so the floor is what any frozen
PySide6 Widgets window costs. Neither bundle can load the start-up probe (it is not in them), so
both are started with ``--quit-after 0``: shown, then closed by a zero-time timer from the event
loop, i.e. start-up to the first loop iteration plus the normal close path. Interleaved rounds;
wall time from outside, CPU time and peak RSS from ``os.wait4``.
"""

from __future__ import annotations

import time
from pathlib import Path

from bench.common import ROOT, Usage, child_env, median, run_with_rusage, spread
from bench.result import Row, Section

BUNDLE = ROOT / "dist" / "reconui"
FLOOR = ROOT / "build" / "floor" / "bare-window"


def _size_mib(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink()) / 1024 / 1024


def _executable(folder: Path, name: str) -> Path | None:
    return next((p for p in (folder / name, folder / f"{name}.exe") if p.is_file()), None)


def run(workdir: Path, rounds: int) -> Section:
    section = Section("Frozen bundle")
    app, floor = _executable(BUNDLE, "reconui"), _executable(FLOOR, "bare-window")
    if app is None or floor is None:
        missing = BUNDLE if app is None else FLOOR
        section.skipped = f"skipped: no bundle ({missing.relative_to(ROOT)}/ does not exist; build both with " \
                          "`bash packaging/build.sh`, then run the benchmark again)"
        return section
    started = time.perf_counter()
    size, floor_size = _size_mib(BUNDLE), _size_mib(FLOOR)
    section.rows.append(Row(section.title, "bundle size on disk", f"{size:.1f} MiB", f"{floor_size:.1f} MiB",
                            f"{size / floor_size:.2f}x"))
    variants = {"frozen bare window": [str(floor), "--quit-after", "0"],
                "frozen reconui": [str(app), "--quit-after", "0"]}
    results: dict[str, list[Usage]] = {name: [] for name in variants}
    for round_no in range(rounds + 1):  # round 0 warms the page cache
        for name, cmd in variants.items():
            usage = run_with_rusage(cmd, child_env(workdir / f"home-frozen-{name.split()[-1]}"), timeout=120)
            if usage.returncode != 0:
                raise RuntimeError(f"{name} --quit-after 0 failed ({usage.returncode}): {usage.stdout[-500:]}")
            if round_no:
                results[name].append(usage)
    base = results.pop("frozen bare window")
    section.rows.append(Row(section.title, "frozen bare window --quit-after 0: wall / CPU / peak RSS",
                            f"{spread([u.wall for u in base], ' s')} / {spread([u.cpu for u in base], ' s')} / "
                            f"{spread([u.rss_mib for u in base], ' MiB', 1)}", "(floor)"))
    runs = results["frozen reconui"]
    for label, values, unit, digits in (("wall time", [u.wall for u in runs], " s", 3),
                                        ("CPU time", [u.cpu for u in runs], " s", 3),
                                        ("peak RSS", [u.rss_mib for u in runs], " MiB", 1)):
        key = {"wall time": "wall", "CPU time": "cpu", "peak RSS": "rss_mib"}[label]
        floor_value = median([getattr(u, key) for u in base])
        section.rows.append(Row(section.title, f"frozen reconui --quit-after 0: {label}",
                                spread(values, unit, digits), f"{floor_value:.{digits}f}{unit}",
                                f"{median(values) / floor_value:.2f}x"))
    section.notes.append(f"{rounds} interleaved rounds after a warm-up round. Both bundles from "
                         "`packaging/build.sh` (same spec and trimming); both started with `--quit-after 0` (shown, "
                         "then closed from the event loop), because a frozen program cannot load the start-up probe.")
    section.seconds = time.perf_counter() - started
    return section
