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
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class WindowSide:
    """``--window``: the desktop app's job panel (its message table included) shows every event.

    The engine runs on a thread, as in the app; each event is queued to the GUI thread through a
    signal, where ``JobPanel.handle_event`` shows it. Recorded: the GUI thread's time per event,
    the table's row count after it, and the longest gap of a 5 ms heartbeat timer.
    """

    def __init__(self) -> None:
        from PySide6.QtCore import QObject, Qt, QTimer, Signal
        from PySide6.QtWidgets import QApplication

        from reconui.core.render import MessageRenderer
        from reconui.ui.job_panel import JobPanel

        class Bridge(QObject):
            event = Signal(object, float)

        self.app = QApplication(sys.argv[:1])
        self.panel = JobPanel(MessageRenderer().render)
        self.panel.resize(900, 600)
        self.panel.show()
        self.bridge = Bridge()
        self._queued = Qt.ConnectionType.QueuedConnection
        self.bridge.event.connect(self._show, self._queued)
        self.handled: list[tuple[float, float, int]] = []  # (appliance seconds, GUI ms, table rows)
        self.longest_gap = 0.0
        self._last = time.perf_counter()
        self.heartbeat = QTimer()
        self.heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
        self.heartbeat.setInterval(5)
        self.heartbeat.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest_gap = max(self.longest_gap, (now - self._last) * 1000)  # no list: the probe must not grow
        self._last = now

    def deliver(self, event: object, at: float) -> None:
        self.bridge.event.emit(event, at)  # from the engine's thread: queued to the GUI thread

    def _show(self, event: object, at: float) -> None:
        started = time.perf_counter()
        self.panel.handle_event(event)  # type: ignore[arg-type]
        self.handled.append((at, (time.perf_counter() - started) * 1000, self.panel.messages.rowCount()))

    def run(self, watch: Callable[[], None]) -> None:
        def body() -> None:
            try:
                watch()
            finally:
                self.bridge.event.emit(None, -1.0)

        def end_on_none(event: object, _at: float) -> None:
            if event is None:
                self.app.quit()

        self.bridge.event.connect(end_on_none, self._queued)
        self._last = time.perf_counter()
        self.heartbeat.start()
        thread = threading.Thread(target=body, name="engine", daemon=True)
        thread.start()
        self.app.exec()
        self.heartbeat.stop()
        thread.join(5)

    def summary(self) -> dict[str, object]:
        shown = [h for h in self.handled if h[0] >= 0]
        return {"handled": [[round(a, 1), round(ms, 2), rows] for a, ms, rows in shown],
                "rows": self.panel.messages.rowCount(),
                "heartbeat_max_ms": self.longest_gap}


def main() -> int:
    host, port, sha256, scale, outdir = sys.argv[1], int(sys.argv[2]), sys.argv[3], float(sys.argv[4]), sys.argv[5]
    window = WindowSide() if "--window" in sys.argv[6:] else None
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
    kinds: list[str] = []

    def on_event(event: object) -> None:
        counts["events"] += 1
        counts["updates"] += isinstance(event, JobUpdated)
        kinds.append(type(event).__name__)
        report.record(event)  # type: ignore[arg-type]
        if window is not None:
            window.deliver(event, clock() - origin_mono)

    def sampler() -> None:
        while not cancel.wait(0.25):
            samples.append((clock() - origin_mono, rss_mib()))

    thread = threading.Thread(target=sampler, daemon=True)
    thread.start()
    runner = JobRunner(client, Credentials("administrator@vsphere.local", "VMware1!"), on_event=on_event,
                       options=options, clock=clock, now=now, sleep=sleep)
    result: list[object] = []

    def watch() -> None:
        result.append(runner.run(JobSpec(sso_user="administrator@vsphere.local",
                                         sso_password="VMware1!"),  # noqa: S106
                                 start_new_after_finished=True))

    if window is None:
        watch()
    else:
        window.run(watch)
    outcome = result[0] if result else "no outcome"
    samples.append((clock() - origin_mono, rss_mib()))
    cancel.set()
    files = report.write(Path(outdir))
    timeline = report.to_dict().get("timeline", [])
    last_info = getattr(outcome, "info", None) or getattr(outcome, "last_info", None)
    distinct = len({(m.id, str(m.default_message)) for m in getattr(last_info, "messages", [])})
    notes = sum(1 for name in kinds if name in ("ServicesUnavailable", "ServicesBack",
                                                                   "Reauthenticated"))
    print(json.dumps({"outcome": str(getattr(outcome, "kind", outcome)), "samples": samples, **counts,
                      "report_json_bytes": files.json.stat().st_size, "report_html_bytes": files.html.stat().st_size,
                      "timeline_entries": len(timeline) if isinstance(timeline, list) else -1,
                      "window": window.summary() if window is not None else None,
                      "distinct_messages": distinct, "notes": notes}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
