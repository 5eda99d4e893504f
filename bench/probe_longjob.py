"""A long job through the engine with a compressed clock: does memory stay flat, do reports stay small?

Run as ``python bench/probe_longjob.py HOST PORT SHA256 SCALE OUTDIR`` against a simulator started
with the same ``--time-scale``. The engine (:class:`JobRunner`, the product's default pacing) gets a
clock, a ``now`` and a ``sleep`` that run ``SCALE`` times faster than real time, so a two-hour job
with its one-second polls is watched in about a minute, with every poll a real HTTPS request. Every
event goes into a real :class:`RunReport`, written at the end. Prints one JSON line: resident memory
samples against appliance time, the event count and the report's size. With ``--window`` the
desktop app's main window shows every event too (:class:`WindowSide`).
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


#: ``--window``'s synthetic stream after the job: updates, and an outage with this many retries every 1000.
SYNTHETIC_UPDATES = 3000
SYNTHETIC_RETRIES = 100
#: The synthetic job's messages: a bounded set, arriving early (each then stays in every later Info).
SYNTHETIC_MESSAGE_AT = (5, 30, 31, 200, 900)


def synthetic_job(updates: int, retries: int) -> Iterator[object]:
    """A job's events as the engine sends them, with far more changes than the simulator makes.

    One ``JobUpdated`` per change (progress cycling), the messages of :data:`SYNTHETIC_MESSAGE_AT`,
    and at every 1000th update an outage of ``retries`` ``StillUnavailable`` ended by ServicesBack;
    then the end. What a job that changes every poll, or a long outage, sends a window in hours.
    """
    from reconui.core.errors import ServiceUnavailable
    from reconui.core.events import (
        JobFinished,
        JobStarted,
        JobUpdated,
        ServicesBack,
        ServicesUnavailable,
        StillUnavailable,
    )
    from reconui.core.models import JobInfo, LocalizableMessage

    start = datetime.now(timezone.utc)

    def info(update: int) -> JobInfo:
        # New objects for every poll, as the client parses each reply afresh.
        count = sum(1 for at in SYNTHETIC_MESSAGE_AT if at <= update)
        messages = tuple(LocalizableMessage(id=f"com.vmware.bench.step{n}", default_message=f"Step {n} is done.")
                         for n in range(count))
        return JobInfo(status="RUNNING", progress=update % 100, messages=messages, start_time=start)

    yield JobStarted(at=start, info=info(0))
    for update in range(1, updates + 1):
        at = start + timedelta(seconds=update)
        if update % 1000 == 0:
            cause, deadline = ServiceUnavailable(http_status=503, body=None), at + timedelta(minutes=30)
            yield ServicesUnavailable(at=at, cause=cause, since=at, deadline=deadline)
            for attempt in range(2, retries + 2):
                yield StillUnavailable(at=at, cause=cause, since=at, deadline=deadline, attempts=attempt)
            yield ServicesBack(at=at, outage_seconds=float(retries))
        yield JobUpdated(at=at, info=info(update), new_messages=(), status_changed=False)
    done = replace(info(updates), status="SUCCEEDED", progress=100, end_time=start + timedelta(seconds=updates + 1))
    yield JobFinished(at=done.end_time or start, info=done)


class WindowSide:
    """``--window``: the desktop app's main window shows every event, as in the app.

    The engine runs on a thread, as in the app; each event is queued to the GUI thread through a
    signal, where the window's controller hands it on (``event_received``: the window's panels and
    its language-switch journal). Recorded: the GUI thread's time per event, the message table's
    row count after it, the journal's length, and the longest gap of a 5 ms heartbeat timer. After
    the job the same window is shown :func:`synthetic_job` (a new start in the same connection),
    with the journal's length and the Python heap (tracemalloc) recorded along it.
    """

    def __init__(self) -> None:
        from PySide6.QtCore import QObject, Qt, QTimer, Signal
        from PySide6.QtWidgets import QApplication

        from reconui.core import paths
        from reconui.core.pins import PinStore
        from reconui.core.render import MessageRenderer
        from reconui.ui.job_controller import JobController
        from reconui.ui.main_window import MainWindow
        from reconui.ui.refcounts import keep_singletons_alive
        from reconui.ui.settings import Settings
        from reconui.ui.worker import EngineFactory

        class Bridge(QObject):
            event = Signal(object, float)

        self.app = QApplication(sys.argv[:1])
        keep_singletons_alive()  # as the app does at its first idle moment (PySide6 6.12.0, CPython < 3.12)
        self.controller = JobController(EngineFactory())  # its worker stays idle: the probe's engine runs the job
        self.window = MainWindow(self.controller, Settings(), store=None, keyring_status=None,
                                 pins=PinStore(paths.pins_path()), render=MessageRenderer().render)
        self.panel = self.window.job_panel
        self.window.resize(1100, 760)
        self.window.show()
        self.bridge = Bridge()
        self._queued = Qt.ConnectionType.QueuedConnection
        self.bridge.event.connect(self._show, self._queued)
        self.handled: list[tuple[float, float, int]] = []  # (appliance seconds, GUI ms, table rows)
        self.journal_end = 0
        self.rows_end = 0
        self.synthetic: dict[str, object] = {}
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

    def _hand_on(self, event: object) -> None:
        """What the window gets from its controller; a start is preceded by the view step a click makes."""
        from reconui.core.events import JobAttached, JobStarted

        if isinstance(event, JobStarted | JobAttached) and not self.panel.watching:
            self.window.view_step("starting", isinstance(event, JobAttached))
        self.controller.event_received.emit(event)

    def _show(self, event: object, at: float) -> None:
        if event is None:
            return
        started = time.perf_counter()
        self._hand_on(event)
        self.panel = self.window.job_panel
        self.handled.append((at, (time.perf_counter() - started) * 1000, self.panel.messages.rowCount()))

    def _synthetic_phase(self) -> None:
        """The same window shows :func:`synthetic_job`; the journal and the heap are sampled at each 10 %."""
        import gc
        import tracemalloc

        total = sum(1 for _event in synthetic_job(SYNTHETIC_UPDATES, SYNTHETIC_RETRIES))
        marks: list[tuple[int, int, float, float]] = []  # (events shown, journal entries, heap KiB, RSS MiB)
        step = total // 10
        tracemalloc.start()
        started = time.perf_counter()
        # Made one by one, as the engine makes them: an event nobody keeps is freed after it is shown.
        for number, event in enumerate(synthetic_job(SYNTHETIC_UPDATES, SYNTHETIC_RETRIES), 1):
            self._hand_on(event)
            del event
            if number % step == 0 or number == total:
                self.app.processEvents()
                gc.collect()
                marks.append((number, len(self.window._journal), tracemalloc.get_traced_memory()[0] / 1024,
                              rss_mib()))
        tracemalloc.stop()
        self.synthetic = {"events": total, "updates": SYNTHETIC_UPDATES, "retries": SYNTHETIC_RETRIES,
                          "messages": len(SYNTHETIC_MESSAGE_AT), "marks": marks,
                          "seconds": time.perf_counter() - started}

    def run(self, watch: Callable[[], None]) -> None:
        def body() -> None:
            try:
                watch()
            finally:
                self.bridge.event.emit(None, -1.0)

        def end_on_none(event: object, _at: float) -> None:
            if event is None:
                self.journal_end = len(self.window._journal)
                self.rows_end = self.panel.messages.rowCount()
                self.heartbeat.stop()
                self._synthetic_phase()
                self.app.exit(0)  # not quit(): that closes the window, which asks first while a job is watched

        self.bridge.event.connect(end_on_none, self._queued)
        self._last = time.perf_counter()
        self.heartbeat.start()
        thread = threading.Thread(target=body, name="engine", daemon=True)
        thread.start()
        self.app.exec()
        self.heartbeat.stop()
        thread.join(5)
        self.controller.shutdown(1000)

    def summary(self) -> dict[str, object]:
        shown = [h for h in self.handled if h[0] >= 0]
        return {"handled": [[round(a, 1), round(ms, 2), rows] for a, ms, rows in shown],
                "rows": self.rows_end,
                "heartbeat_max_ms": self.longest_gap,
                "journal_end": self.journal_end,
                "synthetic": self.synthetic}


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

    job_done = threading.Event()  # the memory rows are the job's: ``--window``'s synthetic phase comes after

    def sampler() -> None:
        while not job_done.wait(0.25):
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
        samples.append((clock() - origin_mono, rss_mib()))
        job_done.set()

    if window is None:
        watch()
    else:
        window.run(watch)
    outcome = result[0] if result else "no outcome"
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
