"""The main window: the numbered steps, the live job, and what routes engine events to them.

The window only collects input and displays what :class:`JobController` reports; every network call
runs on the controller's worker thread. The flow a stressed administrator follows is numbered on
screen: 1 appliance, 2 credentials, 3 pre-flight, 4 job. Once connected, steps 1 and 2 collapse into
a one-line summary so that the pre-flight and the job get the whole width.

Where things are:

- :mod:`reconui.ui.connect_flow` — trust then login, disconnect; :class:`ConnectionState`.
- :mod:`reconui.ui.keyring_binding` — remembered passwords in and out of the form.
- :mod:`reconui.ui.job_actions` — start, attach, check again, stop, and asking before a watched job
  drops out of view (close, quit, disconnect, stop).
- :mod:`reconui.ui.window_actions` — menus, reports, history, trusted certificates, About.
- :mod:`reconui.ui.window_layout` — what collapses once connected, the summary line, the title.
- :mod:`reconui.ui.demo_wiring` — the built-in simulator; :class:`DemoInfo`.
- here — building the widgets, start/attach, leaving a watched job, and :meth:`MainWindow._route`,
  the one table of what each engine event does to the window.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reconui.core import settings_schema as keys
from reconui.core.errors import ReconError
from reconui.core.models import (
    STATUS_FAILED,
    STATUS_SUCCEEDED,
    Credentials,
    LocalizableMessage,
    Target,
    TrustDecision,
)
from reconui.core.pins import PinStore
from reconui.ui.connect_flow import ConnectFlowMixin, ConnectionState
from reconui.ui.connection_form import ConnectionForm
from reconui.ui.credential_form import CredentialForm
from reconui.ui.demo_wiring import DemoInfo, DemoMixin
from reconui.ui.dialogs import Dialogs, LeaveRequest
from reconui.ui.event_dispatch import EventDispatch
from reconui.ui.health_panel import HealthPanel
from reconui.ui.i18n import error_sentence, next_step_for_error, server_message_lines, translate
from reconui.ui.icons import app_icon, icon
from reconui.ui.job_actions import JobActionsMixin
from reconui.ui.job_controller import JobController
from reconui.ui.job_panel import JobPanel, JobState
from reconui.ui.language_switch import LanguageSwitchMixin
from reconui.ui.notifier import Notifier, Urgency
from reconui.ui.preflight_panel import PreflightPanel
from reconui.ui.settings import Settings
from reconui.ui.times import clock_time
from reconui.ui.widgets import AlertKind, AlertStrip, column_scroll_area
from reconui.ui.window_actions import WindowActionsMixin, report_paths
from reconui.ui.window_layout import COLUMN_GAP, JobColumn, WindowLayoutMixin
from reconui.ui.worker import TASK_CONNECT, TASK_PREFLIGHT, TASK_RESTORE, TASK_RUN, TASK_TRUST

if TYPE_CHECKING:  # not on the start path: the first window needs no event (see EventDispatch), keyring or view
    from reconui.core.events import (
        Connected,
        Event,
        HealthChecked,
        HealthVerdictReached,
        JobAttached,
        JobFinished,
        JobStarted,
        JobUpdated,
        MonitoringStopped,
        PreflightDone,
        Reauthenticated,
        RestoreFinished,
        RestoreUpdated,
        RunFailed,
        ServicesBack,
        ServicesUnavailable,
        StillUnavailable,
    )
    from reconui.core.secrets import CredentialStore, KeyringStatus
    from reconui.ui.history_view import HistoryDialog
    from reconui.ui.language import UiLanguage
    from reconui.ui.trusted_certs_view import TrustedCertificatesDialog

logger = logging.getLogger(__name__)

__all__ = ["ConnectionState", "DemoInfo", "MainWindow", "default_size"]

#: The first-start size: both columns readable, and with its frame inside a 1280x800 screen.
DEFAULT_WIDTH, DEFAULT_HEIGHT = 1180, 720
#: Room for a window frame and title bar that Qt cannot know before the window is shown.
FRAME_ALLOWANCE = (16, 48)


def default_size(available: QRect) -> tuple[int, int]:
    """The first-start size for a screen's available area, frame included."""
    width = min(DEFAULT_WIDTH, available.width() - FRAME_ALLOWANCE[0])
    height = min(DEFAULT_HEIGHT, available.height() - FRAME_ALLOWANCE[1])
    return width, height


class MainWindow(ConnectFlowMixin, JobActionsMixin, WindowActionsMixin, WindowLayoutMixin, DemoMixin,
                 LanguageSwitchMixin, QMainWindow):
    """The reconui window.

    Args:
        controller: the long-lived job controller (owned by the application).
        settings: typed INI settings.
        store: where remembered passwords live (GUI thread only); None when the keyring is unusable.
        keyring_status: what ``diagnose_backend()`` found, or ``None`` while it is still being found
            out off the GUI thread: "Remember" then shows a pending state until :meth:`set_keyring`.
        pins: the pin file ("Trust and remember" writes to it).
        render: ``LocalizableMessage -> str`` for the appliance's messages.
        dialogs: the modal questions (tests inject non-blocking ones).
        demo_launcher: starts the built-in simulator and returns where it listens (or None).
        ui_language: the installed translators; View → Language switches them (None: no menu).
    """

    def __init__(self, controller: JobController, settings: Settings, *, store: CredentialStore | None,
                 keyring_status: KeyringStatus | None, pins: PinStore, render: Callable[[LocalizableMessage], str],
                 dialogs: Dialogs | None = None,
                 demo_launcher: Callable[[], DemoInfo | None] | None = None,
                 ui_language: UiLanguage | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.controller = controller
        self.settings = settings
        self.keyring_status = keyring_status
        self.pins = pins
        self.render_message = render  # not "render": that is QWidget.render
        self.dialogs = dialogs or Dialogs()
        self.demo_launcher = demo_launcher
        self.demo: DemoInfo | None = None
        #: address -> sha256 trusted for this session only ("Trust once", demo mode). Never written.
        self.session_pins: dict[str, str] = {}
        self.connection_state = ConnectionState.DISCONNECTED
        self.target: Target | None = None
        self.trust: TrustDecision | None = None
        self.flavor = ""
        self.appliance_version = ""
        self.last_preflight: PreflightDone | None = None
        self._pending_credentials: Credentials | None = None
        self._pending_target: Target | None = None
        self._last_spec_user = ""
        self._last_ignore = False
        self._report_files: tuple[str, str] | None = None
        self._focus_pending = False
        self._leave_confirmed = False
        #: The SSO fields were asked for (a start needs them) while a job's result is on screen.
        self.sso_requested = False
        self.history_dialog: HistoryDialog | None = None
        self.trusted_dialog: TrustedCertificatesDialog | None = None
        self.notifier = Notifier(self)
        self.ui_language = ui_language

        self._build_ui()
        self._build_menus(demo_launcher is not None)
        self._make_keyring_binding(store)
        self._connect_signals()
        self._start_journal()
        self._apply_keyring_status()  # before the settings: filling passwords needs to know the keyring state
        self._load_settings()
        self._set_connection_state(ConnectionState.DISCONNECTED)
        self._fit_left_column()

    @property
    def store(self) -> CredentialStore | None:
        return self.keyring.store

    @store.setter
    def store(self, store: CredentialStore | None) -> None:
        self.keyring.store = store

    # --- construction ------------------------------------------------------------------------

    def _build_ui(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)

        self.demo_banner = QLabel()
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setWordWrap(True)
        self.demo_banner.setStyleSheet("QLabel#demoBanner { background-color: #8f5b00; color: #ffffff;"
                                       " padding: 0.4em 0.8em; border-radius: 3px; font-weight: bold; }")
        self.demo_banner.hide()
        outer.addWidget(self.demo_banner)

        self.alert = AlertStrip()

        self.summary_bar = QFrame()
        self.summary_bar.setObjectName("connectionSummary")
        self.summary_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.summary_layout = QHBoxLayout(self.summary_bar)
        self.summary_layout.setContentsMargins(8, 4, 8, 4)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("connectionSummaryLabel")
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label.setWordWrap(True)  # a long translation wraps instead of widening the window
        self.summary_layout.addWidget(self.summary_label, 1)
        self.summary_bar.hide()
        outer.addWidget(self.summary_bar)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("mainSplitter")
        splitter.setChildrenCollapsible(False)

        forms = QWidget()
        forms_layout = QVBoxLayout(forms)
        # A gap before the scroll bar and the splitter: at 150 % and 200 % the group frames, eye
        # buttons and combo arrows otherwise touch them.
        forms_layout.setContentsMargins(0, 0, COLUMN_GAP, 0)
        self.connection_form = ConnectionForm()
        self.credential_form = CredentialForm()
        forms_layout.addWidget(self.connection_form)
        forms_layout.addWidget(self.credential_form)
        forms_layout.addStretch(1)
        left_scroll = column_scroll_area("leftScroll", forms)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The Connect button stays visible below the scrolling forms, whatever the window height.
        self.button_row = QHBoxLayout()
        self.connect_button = QPushButton(icon("connect"), translate("MainWindow", "&Connect"))
        self.connect_button.setObjectName("connectButton")
        self.connect_button.setToolTip(translate("MainWindow", "Check the certificate, log in and look at the "
                                                               "appliance. Nothing is started yet."))
        # Not a "default" button: a QMainWindow does not press one on Return (the password fields do
        # that, see _connect_signals), and Fusion draws a default button the same with and without
        # the keyboard focus.
        self.disconnect_button = QPushButton(icon("disconnect"), translate("MainWindow", "Dis&connect"))
        self.disconnect_button.setObjectName("disconnectButton")
        self.button_row.addWidget(self.connect_button)
        self.button_row.addWidget(self.disconnect_button)
        self.button_row.addStretch(1)
        left = QWidget()
        left.setObjectName("formsColumn")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(left_scroll, 1)
        left_layout.addLayout(self.button_row)
        self._forms = forms
        self._left_scroll = left_scroll
        self.forms_column = left

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(COLUMN_GAP, 0, COLUMN_GAP, 0)
        self.preflight_panel = PreflightPanel(self.render_message)
        self.job_panel = JobPanel(self.render_message)
        self.health_panel = HealthPanel(self.render_message)
        self.health_panel.hide()  # shown once a SUCCEEDED job is followed by the health check
        right_layout.addWidget(self.preflight_panel)
        right_layout.addWidget(self.job_panel, 1)
        right_layout.addWidget(self.health_panel)
        right_scroll = column_scroll_area("rightScroll", right)

        splitter.addWidget(left)
        splitter.addWidget(right_scroll)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        outer.addWidget(splitter, 1)
        self.splitter = splitter
        self.job_column = JobColumn(right_scroll, self.job_panel)
        self.setCentralWidget(central)
        # The alert floats over the bottom of the pre-flight/job column: showing or clearing it never
        # moves the forms, and it never covers Connect (see AlertStrip.float_over).
        self.alert.float_over(right_scroll)

        self.connection_label = QLabel()
        self.connection_label.setObjectName("connectionStatus")
        self.trust_label = QLabel()
        self.trust_label.setObjectName("trustStatus")
        self.statusBar().addWidget(self.connection_label, 1)
        self.statusBar().addPermanentWidget(self.trust_label)

        # Keyboard order follows the numbered steps.
        chain: list[QWidget] = [
            self.connection_form.host, self.connection_form.port, self.connection_form.flavor,
            self.connection_form.proxy_mode, self.connection_form.proxy_url, self.connection_form.ca_file,
            self.connection_form.ca_browse, self.connection_form.demo_button,
            self.credential_form.vc_user, self.credential_form.vc_password.edit,
            self.credential_form.vc_password.show_toggle, self.credential_form.vc_remember,
            self.credential_form.sso_user, self.credential_form.sso_password.edit,
            self.credential_form.sso_password.show_toggle, self.credential_form.sso_remember,
            self.credential_form.ignore_warnings, self.connect_button, self.disconnect_button,
            self.preflight_panel.restore_progress.stop_button, self.preflight_panel.start_button,
            self.preflight_panel.attach_button, self.preflight_panel.start_again_button,
            self.preflight_panel.refresh_button,
            self.job_panel.stop_button, self.job_panel.filter_edit, self.job_panel.messages,
            self.job_panel.save_button, self.job_panel.copy_button, self.job_panel.log_button,
            self.job_panel.again_button, self.health_panel.stop_button, self.health_panel.findings,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        c = self.controller
        c.busy_changed.connect(self._on_controller_busy_changed)
        c.trust_settled.connect(self._on_controller_trust_settled)
        c.trust_untrusted.connect(self._on_controller_trust_untrusted)
        c.trust_changed.connect(self._on_controller_trust_changed)
        c.event_received.connect(self._on_controller_event_received)
        c.failed.connect(self._on_controller_failed)
        c.crashed.connect(self._on_controller_crashed)
        c.report_written.connect(self._on_controller_report_written)
        c.task_finished.connect(self._on_controller_task_finished)
        self._connect_widget_signals()

    def _connect_widget_signals(self) -> None:
        """The widgets' own signals (made again when the window is rebuilt in another language)."""
        self.connect_button.clicked.connect(self._on_connect_clicked)
        self.disconnect_button.clicked.connect(self._on_disconnect_clicked)
        # Return in a password field connects (a QMainWindow has no default button of its own).
        self.credential_form.vc_password.edit.returnPressed.connect(self._on_connect_clicked)
        self.credential_form.sso_password.edit.returnPressed.connect(self._on_connect_clicked)
        self.connection_form.host_changed.connect(self._on_identity_changed)
        self.connection_form.host.editTextChanged.connect(self._on_address_edited)
        self.connection_form.port.valueChanged.connect(self._on_address_edited)
        self.connection_form.demo_requested.connect(self._on_demo_requested)
        self.credential_form.vcenter_user_changed.connect(self._on_identity_changed)
        self.credential_form.sso_user_changed.connect(self._on_identity_changed)

        self.preflight_panel.start_requested.connect(self._on_start_requested)
        self.preflight_panel.start_again_requested.connect(self._on_start_again_requested)
        self.preflight_panel.attach_requested.connect(self._on_attach_requested)
        self.preflight_panel.refresh_requested.connect(self._on_refresh_requested)
        self.job_panel.stop_requested.connect(self._on_stop_requested)
        self.health_panel.stop_requested.connect(self._on_stop_requested)
        self.preflight_panel.restore_progress.stop_requested.connect(self._on_stop_requested)
        self.job_panel.save_report_requested.connect(self._on_save_report_requested)
        self.job_panel.copy_summary_requested.connect(self._on_copy_summary_requested)
        self.job_panel.open_log_folder_requested.connect(self._on_open_log_folder)
        self.job_panel.start_again_requested.connect(self._on_start_again_requested)

    def _fit_left_column(self) -> None:
        """The forms scroll vertically only: never let the splitter squeeze them narrower than they need."""
        scrollbar = self._left_scroll.verticalScrollBar().sizeHint().width()
        self._left_scroll.setMinimumWidth(self._forms.minimumSizeHint().width() + scrollbar)

    # --- settings and keyring ----------------------------------------------------------------

    def _load_settings(self) -> None:
        s = self.settings
        recent = s.get(keys.RECENT_HOSTS)
        self.connection_form.set_recent_hosts(recent)
        self.connection_form.set_values(
            host=recent[0] if recent else "", port=s.get(keys.PORT), flavor=s.get(keys.FLAVOR),
            proxy_mode=s.get(keys.PROXY_MODE), proxy_url=s.get(keys.PROXY_URL), ca_file=s.get(keys.CA_FILE))
        self.credential_form.set_users(s.get(keys.VCENTER_USER), s.get(keys.SSO_USER))
        self.connection_form.demo_button.setVisible(not recent and self.demo_launcher is not None)
        geometry = s.get(keys.WINDOW_GEOMETRY)
        if not (geometry and self.restoreGeometry(geometry)):
            self._apply_default_size()
        self._fill_from_keyring()

    def _apply_default_size(self) -> None:
        """First start: both columns readable without scrolling, frame included inside the screen.

        Left to Qt, the window opens at its layouts' minimum size hint, which squeezes the job
        panel into a sliver.
        """
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)
        self.resize(*default_size(available))

    def _save_connection_settings(self, target: Target) -> None:
        if self.is_demo_target(target):
            return  # the simulator's random port must not become the user's default
        s = self.settings
        s.remember_host(target.host)
        s.set(keys.PORT, target.port)
        s.set(keys.FLAVOR, target.flavor)
        s.set(keys.PROXY_MODE, target.proxy.mode.value)
        s.set(keys.PROXY_URL, target.proxy.url or self.connection_form.proxy_url.text().strip())
        s.set(keys.CA_FILE, target.ca_file or "")
        s.set(keys.VCENTER_USER, self.credential_form.vc_user.text().strip())
        s.sync()

    def _apply_keyring_status(self) -> None:
        self.keyring.apply_status(self.keyring_status)

    @Slot(object, object)
    def set_keyring(self, status: KeyringStatus | None, store: CredentialStore | None) -> None:
        """The keyring detection's result (queued to the GUI thread by ``KeyringProbe``).

        Remembered passwords are filled in now, as they would have been at start, but never over a
        password the user has already typed.
        """
        self.keyring_status = status
        self.keyring.store = store
        self._apply_keyring_status()
        self._update_actions()  # re-applies the login and job locks to the "Remember" boxes
        self.keyring.fill(keep_typed=True)

    def _fill_from_keyring(self) -> None:
        self.keyring.fill()

    @Slot(str)
    def _on_identity_changed(self, _text: str) -> None:
        self._fill_from_keyring()

    # --- state -------------------------------------------------------------------------------

    def _demo_allowed(self) -> bool:
        return self.connection_state == ConnectionState.DISCONNECTED

    def _after_demo_changed(self) -> None:
        self._update_title()

    def _update_actions(self) -> None:
        busy = self.controller.busy
        state = self.connection_state
        connected = state == ConnectionState.CONNECTED
        watching = self.job_panel.watching
        self.connect_button.setVisible(not connected)
        self.connect_button.setEnabled(state == ConnectionState.DISCONNECTED and not busy)
        self.disconnect_button.setVisible(connected or state != ConnectionState.DISCONNECTED)
        self.disconnect_button.setEnabled(state != ConnectionState.DISCONNECTED)
        self.connection_form.set_locked(state != ConnectionState.DISCONNECTED)
        self.credential_form.set_login_locked(state != ConnectionState.DISCONNECTED)
        self.credential_form.set_job_locked(watching)
        self.preflight_panel.set_actions_enabled(connected and not busy)
        self.job_panel.set_allow_start_again(
            connected and not busy,
            offered_elsewhere=self.preflight_panel.start_again_button.isVisibleTo(self.preflight_panel))
        self.save_report_action.setEnabled(self._report_files is not None)
        self.copy_summary_action.setEnabled(self.job_panel.ended)
        self._update_layout()
        self._update_title()

    def _connection_changed(self) -> None:
        self._update_layout()
        self._update_summary_line()

    # --- events ------------------------------------------------------------------------------

    @Slot(object)
    def _on_controller_event_received(self, event: Event) -> None:
        self._route(event)
        self._update_title()

    @EventDispatch
    def _route(self, event: Event) -> None:
        """The job's events: the job panel shows them, the pre-flight panel follows (see below)."""
        self._to_job_panel(event)

    @_route.register
    def _(self, event: Connected) -> None:
        self.flavor = event.flavor
        self.preflight_panel.set_flavor(event.flavor)
        self.preflight_panel.set_checking()
        target = self._pending_target or self.target
        if target is not None:
            self._save_connection_settings(target)
            creds = self._pending_credentials
            if creds is not None:
                self.keyring.store_password(target.host, creds.user, creds.password,
                                            self.credential_form.vc_remember.isChecked())
        if self.trust is not None:
            self.trust_label.setText(self.trust_text(self.trust))
        text = translate("MainWindow", "Connected to {address} · /{flavor}").format(
            address=target.address if target else event.host, flavor=event.flavor)
        self._set_connection_state(ConnectionState.CONNECTED, text)

    @_route.register
    def _(self, event: PreflightDone) -> None:
        self.last_preflight = event
        if event.version is not None:
            self.appliance_version = f"{event.version.version} (build {event.version.build})"
        self.preflight_panel.show_preflight(event)
        self.credential_form.set_unreachable_partners(self.preflight_panel.partner_list.unreachable)
        # One truth: the job the pre-flight check found is in the job panel at once.
        self.job_panel.show_existing(event.existing_job, event.at)
        if event.restore is not None and event.restore.in_progress and not self.job_panel.watching:
            # Watch it live; the pre-flight read after it offers reconciliation (or says why not).
            self.controller.watch_restore()
        self._update_actions()
        self._focus_pending = True  # the buttons are enabled once the task has finished

    @_route.register
    def _(self, event: RestoreUpdated | RestoreFinished) -> None:
        self.preflight_panel.handle_restore_event(event)

    @_route.register
    def _(self, event: HealthChecked | HealthVerdictReached) -> None:
        from reconui.core.events import HealthVerdictReached
        self.health_panel.show()
        self.health_panel.handle_event(event)
        if isinstance(event, HealthVerdictReached) and event.verdict.blocking:
            self.statusBar().showMessage(translate("MainWindow", "The job SUCCEEDED, but the appliance is not healthy "
                                                                 "yet: see “Health after reconciliation”."), 15000)

    def _reset_health(self) -> None:
        self.health_panel.reset()
        self.health_panel.hide()

    # Outages and re-logins: in the job panel while a job is watched; during the pre-flight check
    # (nothing watched) a note in the status bar only, so no job is claimed RUNNING or WAITING.

    @_route.register
    def _(self, event: ServicesUnavailable) -> None:
        if not self.job_panel.watching:
            self._status_note(translate("MainWindow", "Appliance services restarting — waiting (until {time})…").format(
                time=clock_time(event.deadline, seconds=False)), waiting=True)
            return
        self._to_job_panel(event)
        self._notify(translate("MainWindow", "Waiting for the appliance"), self.job_panel.detail.text().split("\n")[0],
                     Urgency.ATTENTION)

    @_route.register
    def _(self, event: StillUnavailable) -> None:
        if not self.job_panel.watching:
            self._status_note(translate("MainWindow", "Appliance services restarting — waiting (until {time})…").format(
                time=clock_time(event.deadline, seconds=False)), waiting=True)
            return
        self._to_job_panel(event)

    @_route.register
    def _(self, event: ServicesBack) -> None:
        if not self.job_panel.watching:
            self._status_note(translate("MainWindow", "The appliance answers again (after {seconds} s).").format(
                seconds=round(event.outage_seconds)))
            return
        self._to_job_panel(event)

    @_route.register
    def _(self, event: Reauthenticated) -> None:
        if not self.job_panel.watching:
            self._status_note(translate("MainWindow", "The session had expired; logged in again."))
            return
        self._to_job_panel(event)

    def _status_note(self, text: str, *, waiting: bool = False) -> None:
        self.statusBar().showMessage(text, 0 if waiting else 10000)

    def _to_job_panel(self, event: Event) -> None:
        stop_had_focus = self.job_panel.stop_button.hasFocus()
        self.job_panel.handle_event(event)
        if stop_had_focus and not self.job_panel.stop_button.isVisible():
            self.job_panel.copy_button.setFocus()  # the keyboard user lands on the end-of-job actions
        self._after_job_event(event)

    @EventDispatch
    def _after_job_event(self, event: Event) -> None:
        """What the rest of the window does once the job panel has shown ``event``."""

    @_after_job_event.register
    def _(self, event: JobStarted | JobAttached | JobUpdated) -> None:
        if self.connection_state == ConnectionState.CONNECTED:
            self.preflight_panel.show_job(event.info, offer_actions=False, watched=True)
        self._update_actions()

    @_after_job_event.register
    def _(self, event: JobFinished) -> None:
        if self.connection_state == ConnectionState.CONNECTED:
            self.preflight_panel.show_job(event.info, offer_actions=False)
        self._update_actions()
        host = self.target.host if self.target else ""
        if event.info.status == STATUS_SUCCEEDED:
            self._notify(translate("MainWindow", "Reconciliation succeeded — {host}").format(host=host),
                         translate("MainWindow", "The reconciliation job finished successfully."), Urgency.INFO)
        elif event.info.status == STATUS_FAILED:
            self._notify(translate("MainWindow", "Reconciliation FAILED — {host}").format(host=host),
                         self.job_panel.next_step or translate("MainWindow", "The job failed."), Urgency.ATTENTION)

    @_after_job_event.register
    def _(self, event: MonitoringStopped) -> None:
        if self.connection_state == ConnectionState.CONNECTED and event.last_info is not None:
            # Not watched any more: offer Attach right here while the appliance still runs it.
            self.preflight_panel.show_job(event.last_info)
        self._update_actions()

    @_after_job_event.register
    def _(self, event: RunFailed) -> None:
        if self.connection_state == ConnectionState.CONNECTED and self.job_panel.state == JobState.REFUSED:
            # Nothing was started: offer the same next step again (e.g. after correcting the SSO
            # password), without a detour through "Check again".
            self.preflight_panel.show_job(self.preflight_panel.existing_job)
        # The appliance's own messages are listed in the job panel; the strip carries the headline.
        self.alert.show_alert(AlertKind.ERROR, error_sentence(event.error), [next_step_for_error(event.error)])
        self._update_actions()
        host = self.target.host if self.target else ""
        self._notify(translate("MainWindow", "reconui needs you — {host}").format(host=host),
                     error_sentence(event.error), Urgency.ATTENTION)

    def _notify(self, title: str, text: str, urgency: Urgency) -> None:
        if not self._replaying:  # a rebuild in another language shows the past, it does not announce it
            self.notifier.notify(title, text, urgency)

    def _focus_next_step(self) -> None:
        """After the pre-flight check, move the keyboard focus to the action it offers.

        Connect is hidden once connected, so Qt would otherwise leave the focus on whatever follows it
        in the chain. A user typing in an enabled field (e.g. the SSO password) keeps the focus.
        """
        current = QApplication.focusWidget()
        # Typed into since Connect (isModified; Connect clears it): the user is busy there.
        if isinstance(current, QLineEdit) and current.isEnabled() and current.isVisible() and current.isModified():
            return
        panel = self.preflight_panel
        for button in (panel.start_button, panel.attach_button, panel.start_again_button, panel.refresh_button):
            if button.isVisibleTo(panel) and button.isEnabled():
                button.setFocus()
                return

    @Slot(object, str)
    def _on_controller_failed(self, error: ReconError, task: str) -> None:
        lines = server_message_lines(error.server_messages, self.render_message)
        self.alert.show_alert(AlertKind.ERROR, error_sentence(error), [*lines, next_step_for_error(error)])
        if task in (TASK_TRUST, TASK_CONNECT):
            self._abandon_connect(translate("MainWindow", "Not connected"))
            self.preflight_panel.clear()
            if error.code == "unauthenticated":
                # The likely fix is a retyped password: put the user right there.
                self.credential_form.vc_password.edit.setFocus()
                self.credential_form.vc_password.edit.selectAll()
        elif task == TASK_PREFLIGHT:
            self.preflight_panel.set_actions_enabled(True)

    @Slot(str, str)
    def _on_controller_crashed(self, task: str, summary: str) -> None:
        self.alert.show_alert(AlertKind.ERROR, translate("MainWindow", "Something unexpected went wrong. The details "
                                                                       "are in the log file (Help → Open log folder)."),
                              [summary])
        if task in (TASK_TRUST, TASK_CONNECT):
            self._abandon_connect(translate("MainWindow", "Not connected"))
        elif task == TASK_RUN and not self.job_panel.ended:
            self.job_panel.show_refused(translate("MainWindow", "Monitoring ended because of an internal error."),
                                        [summary])

    @Slot(object)
    def _on_controller_report_written(self, files: object) -> None:
        json_path, html_path = report_paths(files)
        self._report_files = (json_path, html_path)
        self.job_panel.show_report(json_path, html_path)
        self._update_actions()

    @Slot(str)
    def _on_controller_task_finished(self, task: str) -> None:
        if task == TASK_RESTORE and self.preflight_panel.restore_running:
            self.preflight_panel.show_restore_not_watched()  # stopped before the restore ended
        if task == TASK_RUN and self.connection_state == ConnectionState.CONNECTED:
            self.credential_form.set_job_locked(False)
        self._update_actions()
        self._connect_again_if_asked()
        if self._focus_pending:
            self._focus_pending = False
            self._focus_next_step()

    @Slot(bool)
    def _on_controller_busy_changed(self, busy: bool) -> None:
        self._update_actions()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Size hints are only final once the style has polished the widgets, i.e. when shown.
        self._fit_left_column()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask while a job is watched; then save the geometry and end the worker thread cleanly."""
        if not self._leave_confirmed and not self.controller.shut_down \
                and not self.confirm_leaving(LeaveRequest.CLOSE):
            event.ignore()
            return
        self._leave_confirmed = False
        self.settings.set(keys.WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self.settings.sync()
        self.controller.shutdown()  # a short grace: a worker stuck in a network call is not waited for
        super().closeEvent(event)

