"""Long jobs: a two-hour job, compressed in time, watched by the engine; memory and reports stay bounded."""

from __future__ import annotations

import json
import time
from pathlib import Path

from bench.common import PYTHON, ROOT, child_env, median, run_with_rusage, simulator
from bench.result import Row, Section

PROBE = str(ROOT / "bench" / "probe_longjob.py")
#: The simulated job's Info changes at most this often: 99 progress steps, 11 messages, the end, one spare.
MAX_CHANGES = 112
#: The journal entries a job needs besides its messages and notes: Connected, the pre-flight, the start
#: step, the start, the newest update, a status change or two, the end, a few to spare.
JOURNAL_FIXED = 10
#: What the synthetic stream may leave on the Python heap per event: its outages' notes (an entry and
#: a table row each, a few KiB per outage, one outage per 1000 updates) and nothing per update.
HEAP_PER_EVENT = 32


def run(workdir: Path, *, hours: float = 2.0, scale: float = 120.0) -> Section:
    section = Section("Long job (compressed clock)")
    started = time.perf_counter()
    duration = hours * 3600
    out = workdir / "longjob"
    out.mkdir(parents=True, exist_ok=True)
    with simulator("--duration", f"{duration:g}", "--time-scale", f"{scale:g}", workdir=workdir) as sim:
        usage = run_with_rusage([PYTHON, PROBE, sim.host, str(sim.port), sim.sha256, f"{scale:g}", str(out),
                                 "--window"],
                                child_env(workdir / "home-long"), timeout=duration / scale + 300)
        polls = sum(1 for r in sim.requests() if r.get("operation") == "job.get")
    line = next((x for x in reversed(usage.stdout.splitlines()) if x.startswith("{")), None)
    if line is None:
        raise RuntimeError(f"the long-job probe printed no result: {usage.stdout[-800:]}")
    result = json.loads(line)
    samples = result["samples"]
    early = [rss for at, rss in samples if duration * 0.2 <= at <= duration * 0.3]
    late = [rss for at, rss in samples if at >= duration * 0.9]
    growth = median(late) - median(early)
    per_k = growth / max(polls * 0.7 / 1000, 1e-9)
    section.rows.append(Row(section.title, f"{hours:g}-hour job: polls (real HTTPS requests)", f"{polls}", "",
                            f"outcome {result['outcome']}"))
    section.rows.append(Row(section.title, "resident memory at 20–30 % → at 90–100 % of the job",
                            f"{median(early):.1f} → {median(late):.1f} MiB", "", f"{growth:+.2f} MiB "
                            f"({per_k:+.3f} MiB per 1000 polls)", "flat (< 1 MiB)", abs(growth) < 1.0))
    section.rows.append(Row(section.title, "events recorded / job updates", f"{result['events']} / "
                            f"{result['updates']}", "", f"timeline entries {result['timeline_entries']}",
                            "≤ 1 per change (≤ 112)", result["updates"] <= MAX_CHANGES))
    section.rows.append(Row(section.title, "report size JSON / HTML",
                            f"{result['report_json_bytes'] / 1024:.1f} / {result['report_html_bytes'] / 1024:.1f} KiB"))
    window = result.get("window") or {}
    handled = window.get("handled") or []
    if handled:
        first = [ms for at, ms, _rows in handled if at <= duration * 0.3]
        last = [ms for at, ms, _rows in handled if at >= duration * 0.7]
        distinct = result.get("distinct_messages", 0)
        section.rows.append(Row(section.title, "window's message table: rows at the end / appliance messages",
                                f"{window['rows']} / {distinct}", "", f"{len(handled)} events shown",
                                "rows ≤ messages + notes", window["rows"] <= distinct + result.get("notes", 0)))
        section.rows.append(Row(section.title, "GUI thread per event shown: first 30 % → last 30 % of the job",
                                f"{median(first):.2f} → {median(last):.2f} ms "
                                f"(max {max(ms for _a, ms, _r in handled):.1f})",
                                "", "flat", "no growth", median(last) <= max(1.0, 2 * median(first))))
        section.rows.append(Row(section.title, "longest heartbeat gap beside the job panel",
                                f"{window['heartbeat_max_ms']:.1f} ms"))
        bound = distinct + result.get("notes", 0) + JOURNAL_FIXED
        section.rows.append(Row(section.title, "window's language-switch journal at the end: entries / events shown",
                                f"{window['journal_end']} / {len(handled)}", "", "what View → Language replays",
                                f"≤ messages + notes + {JOURNAL_FIXED} (≤ {bound})", window["journal_end"] <= bound))
    synthetic = window.get("synthetic") or {}
    marks = synthetic.get("marks") or []
    if marks:
        outages = synthetic["updates"] // 1000
        added = marks[-1][1] - window["journal_end"]
        bound = synthetic["messages"] + 4 * outages + 4
        section.rows.append(Row(section.title, f"same window, then {synthetic['updates']} synthetic updates and "
                                f"{outages} outages of {synthetic['retries']} retries: journal entries added",
                                f"{added} ({marks[0][1]} at 10 % → {marks[-1][1]})", "",
                                f"{synthetic['events']} events in {synthetic['seconds']:.1f} s",
                                f"≤ messages + 4 per outage + 4 (≤ {bound})", added <= bound))
        half = marks[len(marks) // 2 - 1]
        heap = marks[-1][2] - half[2]
        per_event = heap * 1024 / max(marks[-1][0] - half[0], 1)
        section.rows.append(Row(section.title, "synthetic updates: Python heap (tracemalloc) at 50 % → 100 %; RSS",
                                f"{half[2]:.0f} → {marks[-1][2]:.0f} KiB; {half[3]:.1f} → {marks[-1][3]:.1f} MiB", "",
                                f"{heap:+.1f} KiB ({per_event:+.1f} B per event)",
                                f"nothing kept per update (≤ {HEAP_PER_EVENT} B per event)",
                                per_event <= HEAP_PER_EVENT))
    section.notes.append(f"The simulator's clock runs {scale:g}x (own process, --time-scale); the engine gets a "
                         "clock, `now` and `sleep` running at the same rate, so every poll is a real request and the "
                         "product's pacing is unchanged (a request's real round trip counts " f"{scale:g} times in "
                         f"appliance time, so there are fewer polls than at real speed). Peak RSS of the probe: "
                         f"{usage.rss_mib:.1f} MiB (Qt and the window included). The desktop app's main window "
                         "is in the same process (`--window`, offscreen) and gets every event on its GUI thread "
                         "through its controller's signal, queued from the engine's thread as in the app (its "
                         "panels and its language-switch journal); the memory rows of the job include it. After "
                         "the job, the same window is shown a synthetic job with far more changes than the "
                         "simulator makes (updates every poll, outages with many retries): the journal's entries "
                         "and the Python heap (tracemalloc) along it.")
    section.seconds = time.perf_counter() - started
    return section
