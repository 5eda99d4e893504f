"""The real desktop app, driven like a user, with a 5 ms heartbeat timer on its GUI thread.

Run as ``python bench/probe_window.py idle SECONDS`` (the window shown, nothing happening: the floor)
or ``python bench/probe_window.py job HOST PORT SHA256`` (fill the forms, Connect, trust the
certificate once, Start, and watch the job to its end). It runs ``reconui.__main__.main`` itself, so
logging, the keyring probe, the controller, the worker thread and the engine's default pacing are
the product's; only the two modal questions (trust, confirm start) are answered at once instead of
by a person, because a modal dialog would stop the heartbeat for as long as a person takes.

At the end it prints one JSON line: the heartbeat's gaps (ms) and every change of the job panel's
status, progress or message count as the user sees it (``time.time()`` when the GUI thread first showed it).
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

import reconui.ui.dialogs as dialogs_module
import reconui.ui.main_window as main_window_module
from reconui.ui.trust_dialog import TrustChoice

HEARTBEAT_MS = 5
FILL_IN_SECONDS = 2.0
DONE_STATES = ("succeeded", "failed", "refused", "stopped")


class Heartbeat:
    """A 5 ms precise timer on the GUI thread; records the gaps between its ticks."""

    def __init__(self, on_tick: Any = None) -> None:
        self.gaps: list[float] = []
        self.worst: list[tuple[float, float]] = []  # (gap ms, seconds since start) of gaps over 12 ms
        self._first = 0.0
        self._last = 0.0
        self._on_tick = on_tick
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._first = self._last = time.perf_counter()
        self.timer.start()

    def start_stall_sampler(self) -> None:
        """``BENCH_STALLS=1``: a thread that records the GUI thread's stack while the heartbeat is late.

        Diagnostic only (it takes the GIL itself every 2 ms): which code the GUI thread is in
        during a long gap. The stacks go into the result line as ``stalls``.
        """
        import threading
        import traceback

        main_id = threading.main_thread().ident
        self.stalls: list[dict[str, Any]] = []

        def sample() -> None:
            seen_for = -1.0
            while self.timer.isActive() or not self._first:
                time.sleep(0.002)
                late = (time.perf_counter() - self._last) * 1000
                if late > 12 and self._last != seen_for:
                    frame = sys._current_frames().get(main_id)
                    others = [f"{t.name}: " + " < ".join(f"{fs.name}@{fs.filename.rsplit('/', 1)[-1]}:{fs.lineno}"
                                                         for fs in reversed(traceback.extract_stack(fr)[-6:]))
                              for t in threading.enumerate() if t.ident != main_id
                              for fr in [sys._current_frames().get(t.ident)] if fr is not None]
                    stack = traceback.extract_stack(frame)[-10:] if frame is not None else []
                    self.stalls.append({"at": round(self._last - self._first, 3), "late_ms": round(late, 1),
                                        "gui": [f"{fs.name}@{fs.filename.rsplit('/', 1)[-1]}:{fs.lineno}"
                                                for fs in reversed(stack)], "others": others})
                    seen_for = self._last

        threading.Thread(target=sample, daemon=True).start()

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self._last) * 1000
        self.gaps.append(gap)
        if gap > 12:
            self.worst.append((round(gap, 1), round(self._last - self._first, 3)))
        self._last = now
        if self._on_tick is not None:
            self._on_tick()

    def summary(self) -> dict[str, float]:
        gaps = sorted(self.gaps) or [0.0]
        return {"max": gaps[-1], "p99": gaps[int(0.99 * (len(gaps) - 1))], "median": gaps[len(gaps) // 2],
                "ticks": len(self.gaps), "worst": sorted(self.worst, reverse=True)[:10]}


def answer_dialogs_at_once() -> None:
    dialogs_module.Dialogs.ask_trust = lambda self, parent, cert, target: TrustChoice.ONCE  # type: ignore[method-assign]
    dialogs_module.Dialogs.confirm_start = lambda self, parent, summary: True  # type: ignore[method-assign]


def drive(window: Any, mode: str, args: list[str]) -> None:
    """Runs in the event loop once the window is shown."""
    seen: list[list[Any]] = []
    panel = window.job_panel
    last: list[Any] = [None]
    started = time.perf_counter()

    def watch() -> None:
        current = (panel.state, panel.progress.value(), panel.messages.rowCount())
        if current != last[0]:
            last[0] = current
            seen.append([time.time(), *current])

    heartbeat = Heartbeat(watch if mode == "job" else None)

    def finish(result: str) -> None:
        heartbeat.timer.stop()
        out = {"mode": mode, "result": result, "seconds": time.perf_counter() - started,
               "gaps_ms": heartbeat.summary(), "observed": seen, "stalls": getattr(heartbeat, "stalls", [])}
        print(json.dumps(out), flush=True)
        window.close()
        QApplication.instance().quit()

    if mode == "idle":
        heartbeat.start()
        QTimer.singleShot(int(float(args[0]) * 1000), lambda: finish("idle"))
        return

    host, port, _sha = args[0], int(args[1]), args[2]
    form, creds = window.connection_form, window.credential_form
    form.host.setEditText(host)
    form.port.setValue(port)
    form.proxy_mode.setCurrentIndex(form.proxy_mode.findData("none"))
    creds.vc_user.setText("administrator@vsphere.local")
    creds.vc_password.edit.setText("VMware1!")
    creds.sso_user.setText("administrator@vsphere.local")
    creds.sso_password.edit.setText("VMware1!")
    deadline = time.perf_counter() + float(args[3] if len(args) > 3 else 300)
    phase = ["connect"]

    def step() -> None:
        if time.perf_counter() > deadline:
            finish(f"timeout in {phase[0]} ({panel.state})")
            return
        if phase[0] == "connect" and window.last_preflight is not None:
            phase[0] = "start"
            window.preflight_panel.start_button.click()
        elif phase[0] == "start" and panel.state in DONE_STATES:
            finish(panel.state)
            return
        QTimer.singleShot(50, step)

    heartbeat.start()
    if os.environ.get("BENCH_STALLS"):
        heartbeat.start_stall_sampler()
    window.connect_button.click()
    QTimer.singleShot(50, step)


def main() -> int:
    mode, args = sys.argv[1], sys.argv[2:]
    answer_dialogs_at_once()
    original_show = main_window_module.MainWindow.show

    def show_and_drive(window: Any) -> None:
        original_show(window)
        # A person needs a few seconds to fill in the forms; the idle floor waits just as long.
        QTimer.singleShot(int(FILL_IN_SECONDS * 1000), lambda: drive(window, mode, args))

    main_window_module.MainWindow.show = show_and_drive  # type: ignore[method-assign]
    from reconui.__main__ import main as reconui_main

    return reconui_main([])


if __name__ == "__main__":
    sys.exit(main())
