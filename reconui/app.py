"""Application setup and shutdown order: logging, QApplication, translators, controller, window.

Shutdown order matters (docs/architecture.md GUI-2): the window's close and ``aboutToQuit`` both call
``controller.shutdown()``, which stops monitoring, logs out and joins the worker thread before the
interpreter tears Qt down; the demo simulator is stopped last, after nothing talks to it any more.
"""

from __future__ import annotations

import argparse
import faulthandler
import logging
import os
import sys
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO

from reconui import __version__
from reconui.core import paths

logger = logging.getLogger(__name__)

ORGANIZATION = "reconui"
APPLICATION = "reconui"


def _portable_home() -> Path:
    base = Path(sys.executable if getattr(sys, "frozen", False) else sys.argv[0]).resolve().parent
    return base / "reconui-data"


def apply_home(args: argparse.Namespace) -> None:
    """``--portable`` sets ``RECONUI_HOME`` unless the environment already does."""
    if getattr(args, "portable", False) and not os.environ.get(paths.HOME_ENV):
        os.environ[paths.HOME_ENV] = str(_portable_home())


def self_check(out: TextIO | None, *, as_json: bool = False) -> int:
    """``--self-check``: what a support engineer needs first; 0 when everything required is there.

    The checks live in :mod:`reconui.core.selfcheck` (Qt-free) and :mod:`reconui.ui.selfcheck_qt`.
    A windowed Windows build has no stdout: then the result goes to ``self-check.txt`` in the log folder.
    """
    from reconui.core.selfcheck import core_check
    from reconui.ui.selfcheck_qt import add_qt_sections

    check = core_check()
    add_qt_sections(check, display_problem(os.environ, sys.platform))
    if out is None:
        paths.log_dir().mkdir(parents=True, exist_ok=True)
        with open(paths.log_dir() / "self-check.txt", "w", encoding="utf-8") as file:
            check.write(file, as_json=as_json)
    else:
        check.write(out, as_json=as_json)
    return check.exit_code


class DemoHost:
    """Starts built-in simulators on demand and stops them at exit."""

    def __init__(self, scenario: str = "ok", duration: float = 45.0) -> None:
        self.scenario = scenario
        self.duration = duration
        self.simulators: list[Any] = []

    def launch(self) -> Any:
        from reconui.simulator import Simulator, SimulatorConfig
        from reconui.simulator.config import DEFAULT_PASSWORD
        from reconui.ui.main_window import DemoInfo

        config = SimulatorConfig(scenario=self.scenario, duration=self.duration)
        simulator = Simulator(config).start()
        self.simulators.append(simulator)
        logger.info("Demo simulator (%s) listening on %s:%s", self.scenario, simulator.host, simulator.port)
        # The documented SSO password, not the appliance's effective one: in "bad_sso" they differ on
        # purpose, and pre-filling the effective one would make that scenario succeed.
        return DemoInfo(host=simulator.host, port=simulator.port, sha256=simulator.sha256, user=config.user,
                        password=config.password, sso_user=config.sso_user,
                        sso_password=DEFAULT_PASSWORD, scenario=self.scenario)

    def stop(self) -> None:
        while self.simulators:
            simulator = self.simulators.pop()
            try:
                simulator.stop()
            except Exception:
                logger.exception("Stopping the demo simulator failed")


def _install_excepthooks() -> None:
    def on_exception(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        logger.critical("Uncaught exception", exc_info=(kind, value, tb))
        from PySide6.QtCore import QCoreApplication, QThread
        from PySide6.QtWidgets import QApplication, QMessageBox

        app = QApplication.instance()
        if app is not None and QThread.currentThread() is app.thread():
            text = QCoreApplication.translate(
                "App", "An unexpected error occurred ({kind}). Details are in the log folder: {folder}"
            ).format(kind=kind.__name__, folder=paths.log_dir())
            QMessageBox.critical(None, "reconui", text)

    def on_thread_exception(hook_args: threading.ExceptHookArgs) -> None:
        logger.critical("Uncaught exception in thread %s", hook_args.thread,
                        exc_info=hook_args.exc_value)

    sys.excepthook = on_exception
    threading.excepthook = on_thread_exception


def start_language(app: Any, settings: Any, one_run: str | None) -> Any:
    """Install the translators: ``--language`` for this run, else View → Language, else the system's."""
    from reconui.core import settings_schema as keys
    from reconui.ui.language import UiLanguage, system_language

    chosen = one_run or settings.get(keys.LANGUAGE)
    ui_language = UiLanguage(app)
    code = chosen or system_language()
    loaded = ui_language.apply(code, follow_system=not chosen)
    logger.info("Window language %s (%s): %s", code, "--language" if one_run else "setting" if chosen
                else "system", ", ".join(loaded) or "no translation file needed")
    return ui_language


def display_problem(environ: Mapping[str, str], platform_name: str) -> str | None:
    """A sentence when no graphical session can be reached, instead of Qt's abort.

    Without it, starting the app over plain SSH ends in Qt's misleading "libxcb-cursor0 is needed"
    message and a core dump (SIGABRT).
    """
    if not platform_name.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return ("reconui: no graphical session is available (neither DISPLAY nor WAYLAND_DISPLAY is set). "
            "Start it from a desktop session or with 'ssh -X', or use the headless command line: "
            "reconui-cli --help")


def main(args: argparse.Namespace) -> int:
    """Run the desktop app; returns the process exit code."""
    apply_home(args)
    if getattr(args, "self_check_gui_probe", None):
        from reconui.ui.selfcheck_qt import gui_probe

        return gui_probe(args.self_check_gui_probe)
    if args.self_check:
        return self_check(sys.stdout, as_json=getattr(args, "json", False))
    problem = display_problem(os.environ, sys.platform)
    if problem:
        sys.stderr.write(problem + "\n")
        return 2

    from reconui.ui.startup import install_fast_feature_check, pause_gc, resume_gc

    pause_gc()  # back on (and the start-up's objects frozen) at the first idle moment
    import PySide6  # noqa: F401  # loads shiboken's import hook, which install_fast_feature_check speeds up

    install_fast_feature_check()
    from reconui.core.logging_setup import setup_logging

    log_file = setup_logging()
    # Kept open for the life of the process: faulthandler writes to it on a native crash.
    crash_file = open(log_file.parent / "crash.log", "a", encoding="utf-8")
    faulthandler.enable(crash_file)
    _install_excepthooks()

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from reconui.core.pins import PinStore
    from reconui.ui import qtlog
    from reconui.ui.icons import app_icon
    from reconui.ui.job_controller import JobController
    from reconui.ui.keyring_probe import KeyringProbe, warm_up_engine
    from reconui.ui.language import WindowRenderer
    from reconui.ui.main_window import MainWindow
    from reconui.ui.settings import Settings
    from reconui.ui.startup import at_first_idle
    from reconui.ui.worker import EngineFactory

    # A worker thread running Python (parsing, the report, TLS) holds the GIL for up to the switch
    # interval each time the GUI thread needs it; 1 ms instead of 5 ms keeps those waits below a frame.
    sys.setswitchinterval(0.001)
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("reconui")
    app.setDesktopFileName("io.github.reconui.reconui")  # resources/linux/<id>.desktop
    app.setWindowIcon(app_icon())
    qtlog.install()
    settings = Settings()
    ui_language = start_language(app, settings, getattr(args, "language", None))

    logger.info("reconui %s starting", __version__)

    demo_host = DemoHost(args.scenario, args.demo_duration)
    controller = JobController(EngineFactory())
    app.aboutToQuit.connect(lambda: about_to_quit(controller))
    # The keyring is detected off the GUI thread once the window is up ("Remember" shows a pending
    # state until then): keyring's backend probing cost ~90 ms of start-up and may hang on D-Bus.
    window = MainWindow(controller, settings, store=None, keyring_status=None, pins=PinStore(paths.pins_path()),
                        render=WindowRenderer(ui_language).render, demo_launcher=demo_host.launch,
                        ui_language=ui_language)

    def warm_up() -> None:
        warm_up_engine()
        resume_gc()  # freeze the engine's modules too

    keyring_probe = KeyringProbe(warm_up=warm_up)
    keyring_probe.finished.connect(window.set_keyring)
    app._reconui_keyring_probe = keyring_probe  # type: ignore[attr-defined]  # alive until its thread reports
    if args.demo:
        try:
            window.enter_demo(demo_host.launch())
        except Exception:
            logger.exception("The demo simulator did not start")
            demo_host.stop()
            raise
    window.show()
    logger.info("Main window shown (%dx%d, platform %s)", window.width(), window.height(), app.platformName())
    quit_after = getattr(args, "quit_after", None)
    if quit_after is not None:
        # The normal close path (settings saved, worker and demo simulator stopped), just not by a click.
        QTimer.singleShot(max(0, int(quit_after * 1000)), window.close)
    QTimer.singleShot(0, lambda: at_first_idle(resume_gc))
    QTimer.singleShot(0, lambda: at_first_idle(keep_none_and_true_alive))  # PySide6 6.12.0 on CPython < 3.12
    QTimer.singleShot(0, keyring_probe.start_when_idle)  # the first paint comes first
    code = 1
    try:
        code = int(app.exec())
    finally:
        resume_gc()  # a window closed before its first idle moment
        code = finish(controller, demo_host, code)
    return code


def keep_none_and_true_alive() -> None:
    """Once the window is idle: a PySide6 that loses references to None and True must not abort a long session."""
    from reconui.ui.refcounts import keep_singletons_alive

    keep_singletons_alive()


def about_to_quit(controller: Any) -> None:
    """Stop the worker when Qt quits; without a second wait when the window's close already waited."""
    from reconui.ui.job_controller import SHUTDOWN_GRACE_MS

    controller.shutdown(0 if controller.shut_down else SHUTDOWN_GRACE_MS)


def finish(controller: Any, demo_host: DemoHost, code: int, *,
           hard_exit: Callable[[int], object] = os._exit) -> int:
    """End the worker and the demo simulator; returns ``code`` for ``sys.exit``.

    The window's close has already waited its short grace for the worker. A worker still blocked in
    a network call (a host that accepts connections and never answers keeps it there for up to
    the engine's timeouts) must not keep the app on screen or hanging in the task list, and Qt
    aborts the process when a running thread is destroyed at interpreter exit. So the process ends
    here with ``os._exit`` after the logs are flushed; the appliance session expires by itself.
    """
    finished = controller.shutdown(0)
    demo_host.stop()
    if finished:
        logger.info("reconui exits")
        return code
    logger.info("reconui exits without waiting for a network call that has not answered yet")
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError, AttributeError):
            pass
    hard_exit(code)
    return code
