"""Fixtures for the desktop app tests: a throwaway home, an in-memory keyring, a wired-up window.

Dialogs are injected (:class:`FakeDialogs`), so nothing blocks on ``exec()``; waits use
``qtbot.waitUntil`` or signals the controller emits on the GUI thread, never signals emitted from the
worker thread (measured crash, docs/architecture.md GUI-1). Every window's controller is shut down at teardown and
the thread is checked to be finished.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors
import pytest
from fakes import InMemoryKeyring

from reconui.core import paths
from reconui.core.pins import PinStore
from reconui.core.render import MessageRenderer
from reconui.core.runner import RunOptions
from reconui.core.secrets import KeyringStore, diagnose_backend
from reconui.ui.dialogs import Dialogs, LeaveRequest, StartSummary
from reconui.ui.job_controller import JobController
from reconui.ui.job_panel import JobState
from reconui.ui.language import UiLanguage, WindowRenderer
from reconui.ui.main_window import ConnectionState, DemoInfo, MainWindow
from reconui.ui.refcounts import keep_singletons_alive
from reconui.ui.settings import Settings
from reconui.ui.trust_dialog import TrustChoice
from reconui.ui.worker import EngineFactory

# As the app does at its first idle moment: with PySide6 6.12.0 on CPython < 3.12 every void Qt call
# and every emit() loses a reference to None or True, and a whole session of window tests used them
# up (it passed, then aborted at exit with "none_dealloc"). tests/ui/test_refcounts.py checks the guard.
keep_singletons_alive()

#: Fast pacing: the simulator's jobs last seconds, not minutes.
FAST = RunOptions(min_interval=0.05, max_interval=0.2, outage_initial_delay=0.05, outage_backoff=1.2,
                  outage_max_delay=0.2, jitter=0.0, outage_window=30.0, health_settle=20.0, health_interval=0.1)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in str(item.path).replace("\\", "/"):
            # The offscreen platform plugin warns that it cannot propagate size hints whenever a
            # top-level window is shown; it is a limitation of the headless plugin, not of reconui.
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                                      "This plugin does not support raise"))


@pytest.fixture(autouse=True)
def ui_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """RECONUI_HOME in tmp: settings, pins, logs and reports never touch the real profile."""
    home = tmp_path / "home"
    monkeypatch.setenv(paths.HOME_ENV, str(home))
    return home


@pytest.fixture(autouse=True)
def default_locale() -> Iterator[None]:
    """A test that switches the window's language also sets Qt's default locale: put it back.

    Left behind, ``en`` (12-hour clock in Qt's CLDR data) made a later test that compares a time
    with ``strftime`` fail, depending only on the order the tests ran in.
    """
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[InMemoryKeyring]:
    previous = keyring.get_keyring()
    backend = InMemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def fail_keyring(memory_keyring: InMemoryKeyring) -> keyring.backend.KeyringBackend:
    backend = keyring.backends.fail.Keyring()
    keyring.set_keyring(backend)
    return backend


@dataclass
class FakeDialogs(Dialogs):
    """Scripted answers, and a record of every question asked."""

    trust_choice: TrustChoice = TrustChoice.CANCEL
    forget_pin: bool = False
    confirm: bool = True
    leave: bool = True
    mismatch_answer: tuple[TrustChoice, str] = (TrustChoice.CANCEL, "")
    save_path: str | None = None
    trust_asked: list[Any] = field(default_factory=list)
    changed_asked: list[Any] = field(default_factory=list)
    confirmations: list[StartSummary] = field(default_factory=list)
    leave_asked: list[LeaveRequest] = field(default_factory=list)
    mismatch_asked: list[Any] = field(default_factory=list)

    def ask_trust(self, parent, cert, target):  # type: ignore[no-untyped-def]
        self.trust_asked.append((cert, target))
        return self.trust_choice

    def ask_name_mismatch(self, parent, cert, target):  # type: ignore[no-untyped-def]
        self.mismatch_asked.append((cert, target))
        return self.mismatch_answer

    def confirm_leave(self, parent, leave):  # type: ignore[no-untyped-def]
        self.leave_asked.append(leave)
        return self.leave

    def certificate_changed(self, parent, error, target):  # type: ignore[no-untyped-def]
        self.changed_asked.append((error, target))
        return self.forget_pin

    def confirm_start(self, parent, summary):  # type: ignore[no-untyped-def]
        self.confirmations.append(summary)
        return self.confirm

    def save_report_path(self, parent, suggested):  # type: ignore[no-untyped-def]
        return self.save_path


@dataclass
class Harness:
    window: MainWindow
    controller: JobController
    dialogs: FakeDialogs
    settings: Settings
    pins: PinStore
    qtbot: Any
    events: list[Any] = field(default_factory=list)
    job_states: list[str] = field(default_factory=list)
    #: The simulator the forms were filled for (``simulated_window``), else None.
    sim: Any = None

    def fill(self, sim: Any, *, password: str | None = None, sso_password: str | None = None) -> None:
        """Type the simulator's address and credentials into the forms."""
        cfg = sim.config
        w = self.window
        w.connection_form.host.setEditText(sim.host)
        w.connection_form.port.setValue(sim.port)
        w.connection_form.proxy_mode.setCurrentIndex(w.connection_form.proxy_mode.findData("none"))
        w.credential_form.vc_user.setText(cfg.user)
        w.credential_form.vc_password.edit.setText(cfg.password if password is None else password)
        w.credential_form.sso_user.setText(cfg.sso_user)
        w.credential_form.sso_password.edit.setText(
            cfg.effective_sso_password if sso_password is None else sso_password)

    def choose_flavor(self, flavor: str) -> None:
        """Pick the API flavour in the connection form ("auto", "api" or "rest")."""
        form = self.window.connection_form
        form.flavor.setCurrentIndex(form.flavor.findData(flavor))

    def connect(self, timeout: int = 10000) -> None:
        self.window.connect_button.click()
        # Connected means the connect task has ended too: only then are the pre-flight actions enabled.
        self.qtbot.waitUntil(lambda: self.window.last_preflight is not None and not self.controller.busy,
                             timeout=timeout)
        assert self.window.connection_state == ConnectionState.CONNECTED

    def start_job(self, sim: Any) -> None:
        """Fill the form for ``sim``, connect, start the job and wait until it runs."""
        self.fill(sim)
        self.connect()
        self.window.preflight_panel.start_button.click()
        self.wait_job(JobState.RUNNING)

    def attach_job(self, sim: Any) -> None:
        """Fill the form for ``sim``, connect, attach to the job it already runs and wait until watched."""
        self.fill(sim)
        self.connect()
        self.window.preflight_panel.attach_button.click()
        self.wait_job(JobState.RUNNING)

    def wait_idle(self, timeout: int = 10000) -> None:
        self.qtbot.waitUntil(lambda: not self.controller.busy, timeout=timeout)

    def wait_job(self, *states: str, timeout: int = 15000) -> None:
        self.qtbot.waitUntil(lambda: self.window.job_panel.state in states, timeout=timeout)


@pytest.fixture
def harness_factory(qtbot: Any, simulator_factory: Any) -> Iterator[Callable[..., Harness]]:
    """Builds main windows wired to a real controller; all are shut down at teardown.

    Depends on ``simulator_factory`` so that the simulators outlive the windows (logout at shutdown
    still has someone to talk to).
    """
    made: list[Harness] = []

    def factory(*, demo_launcher: Callable[[], DemoInfo | None] | None = None, show: bool = True,
                ui_language: UiLanguage | None = None, **dialog_answers: Any) -> Harness:
        settings = Settings()
        pins = PinStore(paths.pins_path())
        status = diagnose_backend()
        store = KeyringStore() if status.state == "secure" else None
        controller = JobController(EngineFactory(run_options=FAST))
        dialogs = FakeDialogs(**dialog_answers)
        render = WindowRenderer(ui_language).render if ui_language is not None else MessageRenderer().render
        window = MainWindow(controller, settings, store=store, keyring_status=status, pins=pins,
                            render=render, dialogs=dialogs, demo_launcher=demo_launcher, ui_language=ui_language)
        qtbot.addWidget(window)
        harness = Harness(window, controller, dialogs, settings, pins, qtbot)
        controller.event_received.connect(harness.events.append)
        controller.event_received.connect(lambda _e: harness.job_states.append(window.job_panel.state))
        if show:
            window.resize(1100, 760)
            window.show()
        made.append(harness)
        return harness

    yield factory
    for harness in made:
        assert harness.controller.shutdown(10000)


@pytest.fixture
def simulated_window(harness_factory: Any, simulator_factory: Any) -> Callable[..., Harness]:
    """``open(scenario, *, flavor=None, connect=True, **config) -> harness``: a simulator running
    ``scenario`` (``config`` are SimulatorConfig fields) and a window that trusts its certificate once,
    with the forms filled in and, unless ``connect=False``, connected; ``harness.sim`` is the simulator
    (the FAST pacing re-checks the health at the simulator's pace)."""
    def open_window(scenario: str, *, flavor: str | None = None, connect: bool = True,
                    **config: Any) -> Harness:
        sim = simulator_factory(scenario=scenario, **config)
        harness = harness_factory(trust_choice="once")
        harness.sim = sim
        harness.fill(sim)
        if flavor is not None:
            harness.choose_flavor(flavor)
        if connect:
            harness.connect()
        return harness

    return open_window
