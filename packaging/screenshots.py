"""Render the desktop app's main states to PNG files in docs/screenshots (docs and visual review).

Run under a virtual X server (the xcb platform, as users see it)::

    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb .venv/bin/python packaging/screenshots.py
    # variants used to check the layout:
    ... screenshots.py --size 1024x700 --suffix=-1024x700 --only connection --only failed
    ... screenshots.py --dark --suffix=-dark --only connection --only trust --only running --only succeeded
    ... screenshots.py --only failed --only notification (the notification is the failed job's)
    # the checks around the job: partner list, a running restore, the health verdicts
    ... screenshots.py --only partners --only restore --only healthy --only attention
    xvfb-run -a -s "-screen 0 2560x1600x24" env QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=2 \
        .venv/bin/python packaging/screenshots.py --size 1024x700 --suffix=@2x --only running --only trust
    # the window in another language (a CJK font, e.g. fonts-noto-cjk, for ja ko zh_CN zh_TW):
    ... screenshots.py --language de --suffix=-de --only running --only failed
    ... screenshots.py --language ja --suffix=-ja --only running --only failed

Everything is real: the window, the worker thread, the engine and the built-in simulator over HTTPS
on loopback, in a throwaway RECONUI_HOME.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1180x720",
                        help="window size WxH (default 1180x720, the first-start size)")
    parser.add_argument("--suffix", default="", help="added to every file name, e.g. -1024x700")
    parser.add_argument("--only", action="append", default=[], help="render only these shots")
    parser.add_argument("--dark", action="store_true",
                        help="render with a dark palette, as on a desktop set to the dark scheme")
    parser.add_argument("--language", default="en", metavar="CODE",
                        help="the window's language, as reconui --language (default en); the demo appliance "
                             "is asked in it too")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.lower().split("x"))
    os.environ["RECONUI_HOME"] = tempfile.mkdtemp(prefix="reconui-shots-")

    import keyring
    from keyring.backends import fail
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

    app = QApplication(sys.argv[:1])
    app.setApplicationName("reconui")
    if args.dark:
        app.setPalette(dark_palette())
    keyring.set_keyring(fail.Keyring())  # no prompts; also shows the "no keyring" explanation

    from reconui.core.languages import parse_language
    from reconui.ui.language import UiLanguage, WindowRenderer

    ui_language = UiLanguage(app)
    ui_language.apply(parse_language(args.language))

    from reconui.core import paths
    from reconui.core.models import ProxyChoice, ProxyMode, Target
    from reconui.core.pins import PinStore
    from reconui.core.runner import RunOptions
    from reconui.core.secrets import diagnose_backend
    from reconui.core.tls import fetch_certificate
    from reconui.simulator import Simulator, SimulatorConfig
    from reconui.simulator.certificate import generate_self_signed
    from reconui.ui.dialogs import Dialogs
    from reconui.ui.history_view import HistoryDialog
    from reconui.ui.icons import app_icon
    from reconui.ui.job_controller import JobController
    from reconui.ui.job_panel import JobState
    from reconui.ui.main_window import DemoInfo, MainWindow
    from reconui.ui.notifier import NotificationPopup
    from reconui.ui.settings import Settings
    from reconui.ui.trust_dialog import CertificateChangedDialog, TrustDialog
    from reconui.ui.worker import EngineFactory

    app.setWindowIcon(app_icon())
    fast = RunOptions(min_interval=0.2, max_interval=0.5, outage_initial_delay=0.2, outage_max_delay=0.5, jitter=0,
                      health_settle=30.0, health_interval=0.3)
    simulators: list[Simulator] = []
    controllers: list[JobController] = []
    windows: list[QWidget] = []

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.01)

    def wait_until(predicate: Callable[[], bool], timeout: float = 60.0) -> None:
        end = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > end:
                raise TimeoutError("state not reached")
            pump(0.05)

    def save(widget: QWidget, name: str) -> None:
        pump(0.4)
        path = OUT / f"{name}{args.suffix}.png"
        widget.grab().save(str(path))
        sys.stdout.write(f"wrote {path}\n")

    class Yes(Dialogs):
        def confirm_start(self, parent, summary):  # type: ignore[no-untyped-def]
            return True

        def confirm_leave(self, parent, leave):  # type: ignore[no-untyped-def]
            return True  # closing a shot's window while its job is watched

    def simulator(**config: object) -> Simulator:
        sim = Simulator(SimulatorConfig(**config)).start()  # type: ignore[arg-type]
        simulators.append(sim)
        return sim

    def window(sim: Simulator | None = None, scenario: str = "ok") -> MainWindow:
        controller = JobController(EngineFactory(run_options=fast))
        controllers.append(controller)
        launcher = None
        if sim is not None:
            cfg = sim.config
            info = DemoInfo(host=sim.host, port=sim.port, sha256=sim.sha256, user=cfg.user, password=cfg.password,
                            sso_user=cfg.sso_user, sso_password=cfg.effective_sso_password, scenario=scenario)

            def launcher() -> DemoInfo:
                return info
        win = MainWindow(controller, Settings(), store=None, keyring_status=diagnose_backend(),
                         pins=PinStore(paths.pins_path()), render=WindowRenderer(ui_language).render, dialogs=Yes(),
                         demo_launcher=launcher or (lambda: None), ui_language=ui_language)
        win.resize(width, height)
        win.show()
        windows.append(win)
        if sim is not None:
            win.connection_form.demo_button.click()
        return win

    def connected(win: MainWindow) -> None:
        win.connect_button.click()
        wait_until(lambda: win.last_preflight is not None and not win.controller.busy)

    def connected_window(scenario: str, **config: object) -> MainWindow:
        """A window connected to a new simulator running ``scenario`` (``config``: SimulatorConfig fields)."""
        win = window(simulator(scenario=scenario, **config), scenario)
        connected(win)
        return win

    def connected_shot(scenario: str, name: str, **config: object) -> None:
        """Save a window as it is once connected to ``scenario`` (what the pre-flight check found)."""
        win = connected_window(scenario, **config)
        save(win, name)
        win.close()

    wanted = set(args.only)

    def want(name: str) -> bool:
        return not wanted or name in wanted

    try:
        if want("connection"):
            win = window()
            win.connection_form.host.setEditText("")
            save(win, "01-connection")
            win.close()

        if want("trust") or want("changed"):
            sim = simulator(scenario="ok")
            cert = fetch_certificate(Target(host=sim.host, port=sim.port, proxy=ProxyChoice(ProxyMode.NONE)))
            address = "vcsa01.corp.example:443"
            if want("trust"):
                dialog = TrustDialog(cert, address)
                dialog.show()
                save(dialog, "02-trust-dialog")
                dialog.close()
            if want("changed"):
                old = ":".join(f"{(i * 37 + 11) % 256:02X}" for i in range(32))
                dialog = CertificateChangedDialog(cert, old, address)
                dialog.show()
                save(dialog, "03-certificate-changed")
                dialog.close()

        if want("mismatch"):
            # Connecting by IP to a CA-signed certificate issued for the FQDN.
            issued = generate_self_signed(hosts=("vcsa01.corp.example", "vcsa01"))
            cert_dir = Path(os.environ["RECONUI_HOME"])
            (cert_dir / "c.pem").write_text(issued.cert_pem, encoding="ascii")
            (cert_dir / "k.pem").write_text(issued.key_pem, encoding="ascii")
            sim = simulator(scenario="ok", cert_file=cert_dir / "c.pem", key_file=cert_dir / "k.pem")
            cert = fetch_certificate(Target(host=sim.host, port=sim.port, proxy=ProxyChoice(ProxyMode.NONE)))
            dialog = TrustDialog(cert, "10.0.0.5:443", name_mismatch=True)
            dialog.show()
            save(dialog, "15-name-mismatch")
            dialog.close()

        if want("existing"):
            # After a file-based restore: the pre-flight check finds the job already running.
            connected_shot("running", "16-existing-job", duration=40.0)

        if want("preflight") or want("running"):
            sim = simulator(scenario="ok", duration=25.0)
            win = window(sim)
            connected(win)
            if want("preflight"):
                save(win, "04-preflight")
            if want("running"):
                win.preflight_panel.start_button.click()
                wait_until(lambda: (win.job_panel.info is not None and win.job_panel.info.progress >= 35))
                save(win, "05-running")
            win.close()

        if want("restarting"):
            win = connected_window("restart", duration=30.0, restart_at=4.0, restart_unavailable=15.0,
                                   restart_refused=3.0)
            win.preflight_panel.start_button.click()
            wait_until(lambda: win.job_panel.state == JobState.WAITING)
            save(win, "06-restarting")
            win.close()

        def finished_job(scenario: str, duration: float, state: JobState, name: str) -> None:
            """Start a job and save the window once it ended in ``state`` and the report is written."""
            win = connected_window(scenario, duration=duration)
            win.preflight_panel.start_button.click()
            wait_until(lambda: win.job_panel.state == state and win.job_panel.report_files is not None)
            save(win, name)
            win.close()

        if want("succeeded"):
            finished_job("ok", 5.0, JobState.SUCCEEDED, "07-succeeded")
        if want("failed"):
            finished_job("fail", 6.0, JobState.FAILED, "08-failed")
            if want("notification"):
                # The notification a failed job raises (drawn by reconui where the desktop has none).
                popup = NotificationPopup("Reconciliation FAILED — vcsa01.corp.example",
                                          "Check that the Enhanced Linked Mode partners resolve and answer on 443, "
                                          "then repeat the restore before starting the reconciliation again.")
                popup.adjustSize()
                popup.show()
                save(popup, "17-notification")
                popup.close()

        if want("refused"):
            # The appliance refuses the start: the SSO password given for the job is wrong.
            sim = simulator(scenario="bad_sso", duration=5.0)
            win = window(sim, "bad_sso")
            win.credential_form.sso_password.edit.setText(sim.config.password)
            connected(win)
            win.preflight_panel.start_button.click()
            wait_until(lambda: win.job_panel.state == JobState.REFUSED and not win.controller.busy)
            save(win, "09-refused")
            win.close()

        if want("partners"):
            # Linked-mode partner vc03 does not answer: named in pre-flight and next to "Ignore warnings".
            connected_shot("partner_down", "11-partner-down", duration=5.0)

        if want("restore"):
            # The restore is still running: watched live; reconciliation is offered once it SUCCEEDED.
            sim = simulator(scenario="restore_running", duration=5.0, restore_running_for=40.0)
            win = window(sim, "restore_running")
            win.connect_button.click()
            wait_until(lambda: win.preflight_panel.restore_progress.messages.rowCount() >= 2)
            save(win, "12-restore-running")
            win.close()

        if want("healthy") or want("attention"):
            for scenario, name in (("ok", "healthy"), ("degraded", "attention")):
                if not want(name):
                    continue
                win = connected_window(scenario, duration=4.0)
                win.preflight_panel.start_button.click()
                wait_until(lambda w=win: w.health_panel.verdict is not None and w.job_panel.report_files is not None)
                # The health verdict is the point of this shot: scroll the right column to it.
                scroll = win.findChild(QScrollArea, "rightScroll")
                scroll.ensureWidgetVisible(win.health_panel)
                save(win, "13-health-healthy" if name == "healthy" else "14-health-needs-attention")
                win.close()

        if want("not_allowed"):
            # The restore has not succeeded: starting is disabled, with the reason as a tooltip.
            connected_shot("not_allowed", "10-restore-not-succeeded", duration=5.0)
        if want("history"):
            # The runs above left their reports in the throwaway home: the History view lists them.
            history = HistoryDialog()
            history.show()
            save(history, "18-history")
            history.close()
    finally:
        for controller in controllers:
            controller.shutdown()
        for sim in simulators:
            sim.stop()
    return 0


def dark_palette() -> QPalette:
    """The palette a desktop in dark mode hands to Qt (Fusion's dark colours).

    The generic X11 platform theme under Xvfb ignores ``QStyleHints.setColorScheme``, so the
    palette is set directly; the widgets use palette roles, which is what the check is about.
    """
    from PySide6.QtGui import QColor, QPalette

    roles = QPalette.ColorRole
    palette = QPalette()
    colours = {
        roles.Window: "#2b2b2b", roles.WindowText: "#e6e6e6", roles.Base: "#1e1e1e",
        roles.AlternateBase: "#262626", roles.ToolTipBase: "#3a3a3a", roles.ToolTipText: "#e6e6e6",
        roles.PlaceholderText: "#8c8c8c", roles.Text: "#e6e6e6", roles.Button: "#353535",
        roles.ButtonText: "#e6e6e6", roles.BrightText: "#ff6b6b", roles.Light: "#4a4a4a",
        roles.Midlight: "#3e3e3e", roles.Mid: "#5a5a5a", roles.Dark: "#1a1a1a", roles.Shadow: "#000000",
        roles.Highlight: "#3d7fd6", roles.HighlightedText: "#ffffff", roles.Link: "#7ab4ff",
        roles.LinkVisited: "#c39bff",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7f7f7f"))
    return palette


if __name__ == "__main__":
    sys.exit(main())
