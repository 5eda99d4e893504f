"""Start-up probe: run a GUI entry point until its main window is shown and the event loop is idle.

Run as ``python bench/probe_start.py bare|plain|app [app args]``. It wraps ``QApplication.exec`` so that,
once the program enters its event loop, the first ``aboutToBlock`` of the event dispatcher (nothing
left to process: the window is shown, painted and idle) prints one line and ends the process::

    IDLE <seconds since the interpreter started, by CLOCK_MONOTONIC> <peak RSS KiB> <CPU s> anon=<KiB> file=<KiB>

Both variants pay the same probe cost, so the ratio compares only what the programs do. The parent
(:mod:`bench.startup`) also measures wall time and peak RSS itself from outside (``os.wait4``).
``BENCH_SETTLE=seconds`` keeps the loop running that long after the first idle moment and then
prints a ``SETTLED`` line the same way (peak RSS once the background start-up work is done).
``BENCH_MODULES=path`` writes the names in ``sys.modules`` at the moment the loop starts (used by
``tests/test_startup_imports.py``); ``BENCH_ENUMS=path`` writes, at the first idle moment, every
``Enum`` class built since the probe started, with the innermost reconui (or probe) line that caused
it: PySide6 builds a Python enum for every enum of a Qt class the first time the class is used,
and the first Qt call that hands Python an object it has no wrapper for (a ``QWidget*`` such as a
scroll area's default viewport) makes it load every subclass (a deterministic census of start-up
work, where timings are noisy); ``BENCH_PROFILE=1`` quits through Qt instead of ``os._exit`` so
a profiler wrapping this script can write its output.
"""

from __future__ import annotations

import enum
import os
import resource
import sys
import time
from typing import Any

_enum_sites: list[str] = []
_exec: Any = None


def _count_enums() -> None:
    """``BENCH_ENUMS``: note where each new ``Enum`` class comes from (see the module docstring)."""
    build = enum.EnumType.__new__

    def counted(*args: Any, **kwargs: Any) -> Any:
        frame = sys._getframe(1)
        while frame is not None and "reconui" not in frame.f_code.co_filename \
                and "probe_start" not in frame.f_code.co_filename:
            frame = frame.f_back
        where = f"{frame.f_code.co_filename}:{frame.f_lineno}" if frame is not None else "?"
        _enum_sites.append(f"{where} {args[1]}")
        return build(*args, **kwargs)

    enum.EnumType.__new__ = counted  # type: ignore[method-assign]


if os.environ.get("BENCH_ENUMS"):
    _count_enums()


def _report_when_idle() -> None:
    from PySide6.QtCore import QAbstractEventDispatcher, QTimer
    from PySide6.QtWidgets import QApplication

    dispatcher = QAbstractEventDispatcher.instance()

    def idle() -> None:
        dispatcher.aboutToBlock.disconnect(idle)
        if os.environ.get("BENCH_ENUMS"):
            with open(os.environ["BENCH_ENUMS"], "w", encoding="utf-8") as out:
                out.write("\n".join(_enum_sites) + "\n")
        usage = resource.getrusage(resource.RUSAGE_SELF)
        print(f"IDLE {time.monotonic():.6f} {usage.ru_maxrss} {usage.ru_utime + usage.ru_stime:.6f} "
              f"{_resident_kinds()}", flush=True)
        settle = float(os.environ.get("BENCH_SETTLE", "0"))
        if settle:  # let the background work after the first idle moment (keyring, engine warm-up) finish
            QTimer.singleShot(int(settle * 1000), _report_settled)
            return
        if os.environ.get("BENCH_PROFILE"):
            app = QApplication.instance()
            for window in app.topLevelWidgets():
                window.close()
            app.quit()
            return
        os._exit(0)

    dispatcher.aboutToBlock.connect(idle)


def _resident_kinds() -> str:
    """``anon=KiB file=KiB``: private memory, and mapped file pages (mostly Qt's libraries).

    Peak RSS counts both; the file-backed part depends on how the kernel maps pages of libraries
    already in the page cache (it moved a bare window's peak by 5 MiB between two identical
    virtual environments here), the private part only on what the program builds.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            fields = dict(line.split(":", 1) for line in status if line.startswith(("RssAnon", "RssFile")))
    except OSError:
        return "anon=0 file=0"
    return " ".join(f"{key[3:].lower()}={value.split()[0]}" for key, value in sorted(fields.items()))


def _report_settled() -> None:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(f"SETTLED {time.monotonic():.6f} {usage.ru_maxrss} {usage.ru_utime + usage.ru_stime:.6f}", flush=True)
    os._exit(0)


def _exec_and_report(*_args: object) -> int:
    from PySide6.QtCore import QTimer

    modules_file = os.environ.get("BENCH_MODULES")
    if modules_file:
        with open(modules_file, "w", encoding="utf-8") as out:
            out.write("\n".join(sorted(sys.modules)))
    QTimer.singleShot(0, _report_when_idle)
    return int(_exec())  # static in PySide6: ``app.exec()`` and ``QApplication.exec()`` are the same call


class _PatchExecWhenLoaded:
    """Wraps ``QApplication.exec`` the moment ``PySide6.QtWidgets`` is loaded, by whoever loads it.

    The probe must not import PySide6 itself before the program does: importing PySide6 installs
    its feature hook, which reads the source of every module imported after it (the product speeds
    that up only from its own first PySide6 import on), so a probe that imported PySide6 first
    charged the program for scanning argparse, typing, logging and the rest of its stdlib imports
    (about 2 MiB of ``linecache`` and the tokenising time) that a real start never pays. A
    meta-path finder sees the import of ``PySide6.QtWidgets`` (the floors' own and the program's),
    lets the normal path finder load it and patches the class right after; every variant goes
    through it the same way.
    """

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
        if fullname != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        from importlib.machinery import PathFinder

        spec = PathFinder.find_spec(fullname, path)
        loader = getattr(spec, "loader", None)
        if spec is None or loader is None:
            return spec
        exec_module = loader.exec_module

        def exec_and_patch(module: Any) -> None:
            global _exec
            exec_module(module)
            _exec = module.QApplication.exec
            module.QApplication.exec = staticmethod(_exec_and_report)

        loader.exec_module = exec_and_patch
        return spec


sys.meta_path.insert(0, _PatchExecWhenLoaded())


def bare() -> int:
    """The floor: a bare ``QMainWindow``, shown."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.show()
    return app.exec()


def plain() -> int:
    """A second floor: plain PySide6 code building a window like reconui's first screen.

    Two columns of labelled fields (line edits, combo boxes, check boxes, word-wrapped notes) in
    group boxes and scroll areas, a status badge, a progress bar, a three-column table, a filter,
    buttons with text, four menus of actions and a status bar: what any PySide6 program with the
    same kinds of widgets pays in Qt and PySide6 alone (the Qt namespace's enums, the widget
    classes' enums, the fonts, the first layout and paint), and none of reconui's own code.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QApplication,
        QCheckBox,
        QComboBox,
        QFormLayout,
        QGroupBox,
        QHBoxLayout,
        QLabel,
        QLineEdit,
        QMainWindow,
        QProgressBar,
        QPushButton,
        QScrollArea,
        QSplitter,
        QTableWidget,
        QVBoxLayout,
        QWidget,
    )

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    for menu_name in ("&File", "&Edit", "&View", "&Help"):
        menu = window.menuBar().addMenu(menu_name)
        for number in range(8):
            menu.addAction(f"Action {number} of {menu_name.strip('&')}")

    def group(title: str, rows: int) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        for number in range(rows):
            field = (QLineEdit(f"value {number}"), QComboBox(), QCheckBox(f"Option {number}"))[number % 3]
            form.addRow(f"Field {number}:", field)
        note = QLabel("A note that wraps over several lines when the column is narrow, as the forms' notes do.")
        note.setWordWrap(True)
        form.addRow("", note)
        return box

    left = QWidget()
    left_layout = QVBoxLayout(left)
    left_layout.addWidget(group("1. Appliance", 7))
    left_layout.addWidget(group("2. Credentials", 7))
    left_layout.addWidget(QPushButton("Connect"))
    right = QWidget()
    right_layout = QVBoxLayout(right)
    right_layout.addWidget(group("3. Pre-flight check", 5))
    job = QGroupBox("4. Reconciliation job")
    job_layout = QVBoxLayout(job)
    badge_row = QHBoxLayout()
    badge_row.addWidget(QLabel("NOT STARTED"))
    badge_row.addWidget(QLabel("No job is being watched."), 1)
    job_layout.addLayout(badge_row)
    progress = QProgressBar()
    progress.setValue(0)
    job_layout.addWidget(progress)
    job_layout.addWidget(QLineEdit(placeholderText="Filter messages (text or id)"))
    table = QTableWidget(0, 3)
    table.setHorizontalHeaderLabels(["Time (UTC)", "Message id", "Message"])
    table.horizontalHeader().setStretchLastSection(True)
    job_layout.addWidget(table, 1)
    right_layout.addWidget(job, 1)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    for column in (left, right):
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(column)
        splitter.addWidget(area)
    window.setCentralWidget(splitter)
    window.statusBar().showMessage("Not connected")
    window.resize(1180, 720)
    window.show()
    return app.exec()


def main() -> int:
    if sys.argv[1] == "bare":
        return bare()
    if sys.argv[1] == "plain":
        return plain()
    from reconui.__main__ import main as reconui_main

    return reconui_main(sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
