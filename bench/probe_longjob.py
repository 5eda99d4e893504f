"""A long job through the engine with a compressed clock: does memory stay flat, do reports stay small?

Run as ``python bench/probe_longjob.py HOST PORT SHA256 SCALE OUTDIR`` against a simulator started
with the same ``--time-scale``. The engine (:class:`JobRunner`, the product's default pacing) gets a
clock, a ``now`` and a ``sleep`` that run ``SCALE`` times faster than real time, so a two-hour job
with its one-second polls is watched in about a minute, with every poll a real HTTPS request. Every
event goes into a real :class:`RunReport`, written at the end. Prints one JSON line: resident memory
samples against appliance time, the event count and the report's size.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> int:
    host, port, sha256, scale, outdir = sys.argv[1], int(sys.argv[2]), sys.argv[3], float(sys.argv[4]), sys.argv[5]
    from reconui.core.client import ApplianceClient
    from reconui.core.events import JobUpdated
    from reconui.core.models import Credentials, JobSpec, ProxyChoice, ProxyMode, Target
    from reconui.core.pins import PinStore
    from reconui.core.render import MessageRenderer
    from reconui.core.report import RunReport
    from reconui.core.runner import JobRunner, RunOptions
    from reconui.core.tls import check_trust

    origin_mono, origin_wall = time.monotonic(), datetime.now(timezone.utc)

    def clock() -> float:
        return origin_mono + (time.monotonic() - origin_mono) * scale

    def now() -> datetime:
        return origin_wall + timedelta(seconds=clock() - origin_mono)

    cancel = threading.Event()

    def sleep(seconds: float) -> bool:
        return cancel.wait(seconds / scale)

    target = Target(host=host, port=port, flavor="api", proxy=ProxyChoice(ProxyMode.NONE))
    trust = check_trust(target, PinStore(Path(outdir) / "pins.txt"), session_pins={target.address: sha256})
    client = ApplianceClient(target, trust)
    options = RunOptions()
    report = RunReport(target=target, options={"bench": "long job"}, renderer=MessageRenderer())
    samples: list[tuple[float, float]] = []
    counts = {"events": 0, "updates": 0}

    def on_event(event: object) -> None:
        counts["events"] += 1
        counts["updates"] += isinstance(event, JobUpdated)
        report.record(event)  # type: ignore[arg-type]

    def sampler() -> None:
        while not cancel.wait(0.25):
            samples.append((clock() - origin_mono, rss_mib()))

    thread = threading.Thread(target=sampler, daemon=True)
    thread.start()
    runner = JobRunner(client, Credentials("administrator@vsphere.local", "VMware1!"), on_event=on_event,
                       options=options, clock=clock, now=now, sleep=sleep)
    outcome = runner.run(JobSpec(sso_user="administrator@vsphere.local", sso_password="VMware1!"),  # noqa: S106
                         start_new_after_finished=True)
    samples.append((clock() - origin_mono, rss_mib()))
    cancel.set()
    files = report.write(Path(outdir))
    timeline = report.to_dict().get("timeline", [])
    print(json.dumps({"outcome": str(getattr(outcome, "kind", outcome)), "samples": samples, **counts,
                      "report_json_bytes": files.json.stat().st_size, "report_html_bytes": files.html.stat().st_size,
                      "timeline_entries": len(timeline) if isinstance(timeline, list) else -1}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
