"""The main window: forms on the left, pre-flight and the live job on the right.

The window only collects input and displays what :class:`JobController` reports; every network call
runs on the controller's worker thread. Keyring access happens here, on the GUI thread (Vorta #10).
The flow a stressed administrator follows is numbered on screen: 1 appliance, 2 credentials,
3 pre-flight, 4 job.
"""

from __future__ import annotations

import itertools
import logging
import platform
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, QUrl, Slot, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reconui import __version__
from reconui.core import paths
from reconui.core.errors import CertificateChanged, CertificateUntrusted, ReconError, Unauthenticated
from reconui.core.events import (
    Connected,
    Event,
    JobAttached,
    JobFinished,
    JobStarted,
    JobUpdated,
    MonitoringStopped,
    PreflightDone,
    Reauthenticated,
    RunFailed,
    ServicesBack,
    ServicesUnavailable,
)
from reconui.core.logging_setup import register_secret
from reconui.core.models import Credentials, JobSpec, Target, TrustDecision, TrustMode
from reconui.ui import settings as keys
from reconui.ui.connection_form import ConnectionForm, FormError
from reconui.ui.credential_form import CredentialForm
from reconui.ui.dialogs import Dialogs, StartSummary
from reconui.ui.icons import app_icon, icon
from reconui.ui.job_controller import JobController
from reconui.ui.job_panel import JobPanel, JobState
from reconui.ui.messages import error_sentence, server_message_lines
from reconui.ui.preflight_panel import PreflightPanel
from reconui.ui.settings import Settings
from reconui.ui.trust_dialog import TrustChoice, local_time
from reconui.ui.widgets import AlertKind, AlertStrip
from reconui.ui.worker import TASK_CONNECT, TASK_PREFLIGHT, TASK_RUN, TASK_TRUST

logger = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


@dataclass(frozen=True)
class DemoInfo:
    """A running built-in simulator the window should point at."""

    host: str
    port: int
    sha256: str
    user: str
    password: str
    sso_user: str
    sso_password: str
    scenario: str

    def __repr__(self) -> str:  # never show the (well-known, but still) passwords
        return f"DemoInfo({self.host}:{self.port}, scenario={self.scenario})"


class ConnectionState:
    DISCONNECTED = "disconnected"
    CHECKING = "checking"
    LOGGING_IN = "logging_in"
    CONNECTED = "connected"


def short_fingerprint(sha: str) -> str:
    parts = sha.split(":")
    return ":".join(parts[:4]) + "…" if len(parts) > 4 else sha


def report_paths(files: object) -> tuple[str, str]:
    """(json, html) paths of a ``ReportFiles`` value, whatever its exact field names."""
    def pick(*names: str) -> str:
        for name in names:
            value = getattr(files, name, None)
            if value:
                return str(value)
        return ""

    if isinstance(files, tuple | list) and len(files) == 2:
        return str(files[0]), str(files[1])
    return pick("json", "json_path"), pick("html", "html_path")


class MainWindow(QMainWindow):
    """The reconui window.

    Args:
        controller: the long-lived job controller (owned by the application).
        settings: typed INI settings.
        store: a ``CredentialStore`` for remembered passwords (GUI thread only).
        keyring_status: what ``diagnose_backend()`` found, or ``None`` while it is still being found
            out off the GUI thread: "Remember" then shows a pending state until :meth:`set_keyring`.
        pins: the ``PinStore`` ("Trust and remember" writes to it).
        render: ``LocalizableMessage -> str`` for the appliance's messages.
        dialogs: the modal questions (tests inject non-blocking ones).
        demo_launcher: starts the built-in simulator and returns where it listens (or None).
    """

    def __init__(self, controller: JobController, settings: Settings, *, store: object, keyring_status: object,
                 pins: object, render: Callable[..., str], dialogs: Dialogs | None = None,
                 demo_launcher: Callable[[], DemoInfo | None] | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(tr("reconui — vCenter reconciliation"))
        self.setWindowIcon(app_icon())
        self.controller = controller
        self.settings = settings
        self.store = store
        self.keyring_status = keyring_status
        self.pins = pins
        self.render = render
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

        self._build_ui()
        self._build_menus()
        self._connect_signals()
        self._apply_keyring_status()  # before the settings: filling passwords needs to know the keyring state
        self._load_settings()
        self._set_connection_state(ConnectionState.DISCONNECTED)
        self._fit_left_column()

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
        outer.addWidget(self.alert)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("mainSplitter")
        splitter.setChildrenCollapsible(False)

        forms = QWidget()
        forms_layout = QVBoxLayout(forms)
        forms_layout.setContentsMargins(0, 0, 0, 0)
        self.connection_form = ConnectionForm()
        self.credential_form = CredentialForm()
        forms_layout.addWidget(self.connection_form)
        forms_layout.addWidget(self.credential_form)
        forms_layout.addStretch(1)
        left_scroll = QScrollArea()
        left_scroll.setObjectName("leftScroll")
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        left_scroll.setWidget(forms)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The Connect button stays visible below the scrolling forms, whatever the window height.
        button_row = QHBoxLayout()
        self.connect_button = QPushButton(icon("connect"), tr("&Connect"))
        self.connect_button.setObjectName("connectButton")
        self.connect_button.setToolTip(tr("Check the certificate, log in and look at the appliance. Nothing is "
                                          "started yet."))
        self.connect_button.setDefault(True)
        self.disconnect_button = QPushButton(icon("disconnect"), tr("Dis&connect"))
        self.disconnect_button.setObjectName("disconnectButton")
        button_row.addWidget(self.connect_button)
        button_row.addWidget(self.disconnect_button)
        button_row.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(left_scroll, 1)
        left_layout.addLayout(button_row)
        self._forms = forms
        self._left_scroll = left_scroll

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.preflight_panel = PreflightPanel(self.render)
        self.job_panel = JobPanel(self.render)
        right_layout.addWidget(self.preflight_panel)
        right_layout.addWidget(self.job_panel, 1)
        right_scroll = QScrollArea()
        right_scroll.setObjectName("rightScroll")
        right_scroll.setWidgetResizable(True)
        right_scroll.setFrameShape(QFrame.Shape.NoFrame)
        right_scroll.setWidget(right)

        splitter.addWidget(left)
        splitter.addWidget(right_scroll)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        outer.addWidget(splitter, 1)
        self.setCentralWidget(central)

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
            self.preflight_panel.start_button, self.preflight_panel.attach_button,
            self.preflight_panel.start_again_button, self.preflight_panel.refresh_button,
            self.job_panel.stop_button, self.job_panel.messages, self.job_panel.save_button,
            self.job_panel.copy_button, self.job_panel.log_button, self.job_panel.again_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&File"))
        self.save_report_action = QAction(icon("save"), tr("&Save report…"), self)
        self.save_report_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_report_action.triggered.connect(self._on_save_report_requested)
        file_menu.addAction(self.save_report_action)
        file_menu.addSeparator()
        self.quit_action = QAction(tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        edit_menu = self.menuBar().addMenu(tr("&Edit"))
        self.copy_action = QAction(icon("copy"), tr("&Copy"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.triggered.connect(self._on_copy_triggered)
        edit_menu.addAction(self.copy_action)
        self.copy_summary_action = QAction(tr("Copy s&ummary"), self)
        self.copy_summary_action.triggered.connect(self._on_copy_summary_requested)
        edit_menu.addAction(self.copy_summary_action)

        view_menu = self.menuBar().addMenu(tr("&View"))
        self.reports_action = QAction(icon("folder"), tr("Open &reports folder"), self)
        self.reports_action.triggered.connect(self._on_open_reports_folder)
        view_menu.addAction(self.reports_action)

        help_menu = self.menuBar().addMenu(tr("&Help"))
        self.demo_action = QAction(icon("simulator"), tr("Try the built-in &simulator"), self)
        self.demo_action.triggered.connect(self._on_demo_requested)
        self.demo_action.setEnabled(self.demo_launcher is not None)
        help_menu.addAction(self.demo_action)
        self.log_action = QAction(icon("folder"), tr("Open &log folder"), self)
        self.log_action.triggered.connect(self._on_open_log_folder)
        help_menu.addAction(self.log_action)
        help_menu.addSeparator()
        self.about_action = QAction(icon("info"), tr("&About reconui"), self)
        self.about_action.triggered.connect(self._on_about)
        help_menu.addAction(self.about_action)

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

        self.connect_button.clicked.connect(self._on_connect_clicked)
        self.disconnect_button.clicked.connect(self._on_disconnect_clicked)
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
        """First start: both columns readable without scrolling, never larger than the screen.

        Left to Qt, the window opens at its layouts' minimum size hint, which squeezes the job
        panel into a sliver.
        """
        width, height = 1180, 780
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width() * 95 // 100)
            height = min(height, available.height() * 95 // 100)
        self.resize(width, height)

    def _save_connection_settings(self, target: Target) -> None:
        if self._is_demo_target(target):
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
        status = self.keyring_status
        if status is None:
            self.credential_form.set_keyring_status("pending", "", "")
            return
        self.credential_form.set_keyring_status(getattr(status, "state", "unavailable"),
                                                getattr(status, "backend_name", ""), getattr(status, "detail", ""))

    @Slot(object, object)
    def set_keyring(self, status: object, store: object) -> None:
        """The keyring detection's result (queued to the GUI thread by ``KeyringProbe``).

        Remembered passwords are filled in now, as they would have been at start, but never over a
        password the user has already typed.
        """
        self.keyring_status = status
        self.store = store
        self._apply_keyring_status()
        self._update_actions()  # re-applies the login and job locks to the "Remember" boxes
        self._fill_from_keyring(keep_typed=True)

    def _keyring_host(self) -> str:
        return self.connection_form.host_text()

    def _fill_from_keyring(self, *, keep_typed: bool = False) -> None:
        """Fill passwords the user chose to remember for the current host and users (GUI thread)."""
        if not self.credential_form.keyring_usable or self.store is None:
            return
        host = self._keyring_host()
        if not host:
            return
        form = self.credential_form
        pairs = ((form.vc_user, form.vc_password.edit, form.vc_remember),
                 (form.sso_user, form.sso_password.edit, form.sso_remember))
        for user_edit, password_edit, remember in pairs:
            user = user_edit.text().strip()
            if not user or (keep_typed and password_edit.text()) or not self.settings.keyring_entry_saved(user, host):
                continue
            try:
                password = self.store.get(host, user)  # type: ignore[attr-defined]
            except Exception as error:
                logger.info("Could not read a remembered password: %s", type(error).__name__)
                self.alert.show_alert(AlertKind.WARNING, tr("A remembered password could not be read."),
                                      [str(error)])
                continue
            if password:
                register_secret(password)
                password_edit.setText(password)
                remember.setChecked(True)

    def _store_password(self, host: str, user: str, password: str, remember: bool) -> None:
        """Remember or forget one password as the checkbox says; failures are shown, not fatal."""
        if self.store is None or not self.credential_form.keyring_usable:
            return
        try:
            if remember:
                self.store.set(host, user, password)  # type: ignore[attr-defined]
                self.settings.mark_keyring_entry(user, host, True)
            elif self.settings.keyring_entry_saved(user, host):
                self.store.delete(host, user)  # type: ignore[attr-defined]
                self.settings.mark_keyring_entry(user, host, False)
        except Exception as error:
            logger.info("Keyring update failed: %s", type(error).__name__)
            self.alert.show_alert(AlertKind.WARNING, tr("The password could not be saved in the keyring. It is "
                                                        "kept in memory for this session only."), [str(error)])

    # --- state -------------------------------------------------------------------------------

    def _is_demo_target(self, target: Target) -> bool:
        return self.demo is not None and target.host == self.demo.host and target.port == self.demo.port

    def _set_connection_state(self, state: str, text: str = "") -> None:
        self.connection_state = state
        if not text:
            text = {
                ConnectionState.DISCONNECTED: tr("Not connected"),
                ConnectionState.CHECKING: tr("Checking the certificate…"),
                ConnectionState.LOGGING_IN: tr("Logging in…"),
                ConnectionState.CONNECTED: tr("Connected"),
            }[state]
        self.connection_label.setText(text)
        if state == ConnectionState.DISCONNECTED:
            self.trust_label.setText("")
        self._update_actions()

    def _trust_text(self, decision: TrustDecision) -> str:
        fp = short_fingerprint(decision.sha256)
        if decision.mode == TrustMode.CHAIN:
            return tr("certificate verified by a trusted authority (SHA-256 {fp})").format(fp=fp)
        address = self.target.address if self.target else ""
        if address in self.session_pins:
            return tr("certificate trusted for this session (SHA-256 {fp})").format(fp=fp)
        return tr("certificate pinned (SHA-256 {fp})").format(fp=fp)

    def _update_actions(self) -> None:
        busy = self.controller.busy
        state = self.connection_state
        connected = state == ConnectionState.CONNECTED
        watching = self.job_panel.state in (JobState.STARTING, JobState.RUNNING, JobState.WAITING)
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
        has_report = self._report_files is not None
        self.save_report_action.setEnabled(has_report)
        self.copy_summary_action.setEnabled(self.job_panel.ended)

    # --- connect -----------------------------------------------------------------------------

    @Slot()
    def _on_connect_clicked(self) -> None:
        try:
            target = self.connection_form.target()
            credentials = self.credential_form.credentials()
        except FormError as problem:
            self.alert.show_alert(AlertKind.WARNING, str(problem))
            problem.widget.setFocus()
            return
        register_secret(credentials.password)
        self.alert.clear()
        self.preflight_panel.clear()
        self.job_panel.reset()
        self._report_files = None
        self.target = target
        self._pending_target = target
        self._pending_credentials = credentials
        self._set_connection_state(ConnectionState.CHECKING,
                                   tr("Checking the certificate of {address}…").format(address=target.address))
        self.controller.check_trust(target, self.session_pins)

    @Slot(object, object)
    def _on_controller_trust_settled(self, target: Target, decision: TrustDecision) -> None:
        self._proceed_with_trust(target, decision)

    def _proceed_with_trust(self, target: Target, decision: TrustDecision) -> None:
        credentials = self._pending_credentials
        if credentials is None or target != self._pending_target:
            return
        self.trust = decision
        self.trust_label.setText(self._trust_text(decision))
        self._set_connection_state(ConnectionState.LOGGING_IN,
                                   tr("Logging in to {address}…").format(address=target.address))
        self.controller.open_session(target, decision, credentials)

    @Slot(object)
    def _on_controller_trust_untrusted(self, error: CertificateUntrusted) -> None:
        target = self._pending_target
        if target is None:
            return
        cert = error.certificate
        choice = TrustChoice(self.dialogs.ask_trust(self, cert, target))
        if choice == TrustChoice.CANCEL:
            logger.info("The user did not trust the certificate of %s", target.address)
            self._abandon_connect(tr("Not connected: the certificate of {address} was not trusted. Nothing was "
                                     "sent.").format(address=target.address))
            return
        if choice == TrustChoice.REMEMBER:
            try:
                self.pins.remember(target.address, cert.sha256)  # type: ignore[attr-defined]
            except (ReconError, OSError, ValueError) as problem:
                detail = error_sentence(problem) if isinstance(problem, ReconError) else str(problem)
                self.alert.show_alert(AlertKind.WARNING, tr("The pin could not be saved; the certificate is trusted "
                                                            "for this session only."), [detail])
                self.session_pins[target.address] = cert.sha256
            else:
                self.session_pins.pop(target.address, None)
        else:
            self.session_pins[target.address] = cert.sha256
        logger.info("Certificate of %s trusted (%s): %s", target.address, choice.value, cert.sha256)
        self._proceed_with_trust(target, TrustDecision(mode=TrustMode.PINNED, certificate=cert))

    @Slot(object)
    def _on_controller_trust_changed(self, error: CertificateChanged) -> None:
        target = self._pending_target
        if target is None:
            return
        headline = error_sentence(error)
        self._abandon_connect(tr("Stopped: the certificate of {address} has changed. Nothing was sent.")
                              .format(address=target.address))
        self.alert.show_alert(AlertKind.ERROR, headline)
        forget = self.dialogs.certificate_changed(self, error, target)
        if forget:
            try:
                self.pins.forget(target.address)  # type: ignore[attr-defined]
            except (ReconError, OSError) as problem:
                detail = error_sentence(problem) if isinstance(problem, ReconError) else str(problem)
                self.alert.show_alert(AlertKind.ERROR, tr("The old pin could not be removed."), [detail])
                return
            self.session_pins.pop(target.address, None)
            logger.info("Pin for %s removed by the user", target.address)
            self.alert.show_alert(AlertKind.INFO, tr("The old pin for {address} was removed. Connect again to review "
                                                     "the new certificate.").format(address=target.address))

    def _abandon_connect(self, status_text: str) -> None:
        self._pending_credentials = None
        self._pending_target = None
        self.trust = None
        self._set_connection_state(ConnectionState.DISCONNECTED, status_text)

    @Slot()
    def _on_disconnect_clicked(self) -> None:
        self.controller.close_session()
        self._pending_credentials = None
        self._pending_target = None
        self.trust = None
        self.preflight_panel.clear()
        if not self.job_panel.ended and not self.job_panel.watching:
            self.job_panel.reset()
        # A watched job keeps its messages and times: the worker's MonitoringStopped ends it as
        # "not monitored" (the appliance job itself goes on).
        self._set_connection_state(ConnectionState.DISCONNECTED)

    # --- events ------------------------------------------------------------------------------

    @Slot(object)
    def _on_controller_event_received(self, event: Event) -> None:
        if isinstance(event, Connected):
            self.flavor = event.flavor
            self.preflight_panel.set_flavor(event.flavor)
            self.preflight_panel.set_checking()
            target = self._pending_target or self.target
            if target is not None:
                self._save_connection_settings(target)
                creds = self._pending_credentials
                if creds is not None:
                    self._store_password(target.host, creds.user, creds.password,
                                         self.credential_form.vc_remember.isChecked())
            trust = self.trust
            parts = [tr("Connected to {address}").format(address=target.address if target else event.host),
                     "/" + event.flavor]
            if trust is not None:
                self.trust_label.setText(self._trust_text(trust))
            self._set_connection_state(ConnectionState.CONNECTED, " · ".join(parts))
            return
        if isinstance(event, PreflightDone):
            self.last_preflight = event
            if event.version is not None:
                self.appliance_version = f"{event.version.version} (build {event.version.build})"
            self.preflight_panel.show_preflight(event)
            self._update_actions()
            self._focus_pending = True  # the buttons are enabled once the task has finished
            return
        if isinstance(event, ServicesUnavailable | ServicesBack | Reauthenticated) and not self.job_panel.watching:
            self._show_session_note(event)
            return
        stop_had_focus = self.job_panel.stop_button.hasFocus()
        self.job_panel.handle_event(event)
        if stop_had_focus and not self.job_panel.stop_button.isVisible():
            self.job_panel.copy_button.setFocus()  # the keyboard user lands on the end-of-job actions
        connected = self.connection_state == ConnectionState.CONNECTED
        if not connected:
            pass  # disconnected mid-job: the pre-flight panel says "connect first", keep it so
        elif isinstance(event, JobStarted | JobAttached | JobUpdated):
            self.preflight_panel.show_job(event.info, offer_actions=False, watched=True)
        elif isinstance(event, JobFinished):
            self.preflight_panel.show_job(event.info, offer_actions=False)
        elif isinstance(event, MonitoringStopped) and event.last_info is not None:
            # Not watched any more: offer Attach right here while the appliance still runs it (the
            # job panel offers nothing of the kind, so the action is not shown twice).
            self.preflight_panel.show_job(event.last_info)
        elif isinstance(event, RunFailed) and self.job_panel.state == JobState.REFUSED:
            # Nothing was started: offer the same next step again (e.g. after correcting the SSO
            # password), without a detour through "Check again".
            self.preflight_panel.show_job(self.preflight_panel.existing_job)
        if isinstance(event, RunFailed):
            # The appliance's own messages are listed in the job panel; the strip carries the headline.
            self.alert.show_alert(AlertKind.ERROR, error_sentence(event.error))
        elif isinstance(event, JobFinished | MonitoringStopped):
            self._update_actions()
        elif isinstance(event, JobStarted | JobAttached):
            self._update_actions()

    def _show_session_note(self, event: Event) -> None:
        """Outages and re-logins outside a watched job (during the pre-flight check): status bar only."""
        if isinstance(event, ServicesUnavailable):
            text = tr("Appliance services restarting — waiting (until {time})…").format(
                time=event.deadline.astimezone().strftime("%H:%M"))
        elif isinstance(event, ServicesBack):
            text = tr("The appliance answers again (after {seconds} s).").format(seconds=round(event.outage_seconds))
        else:
            text = tr("The session had expired; logged in again.")
        self.statusBar().showMessage(text, 0 if isinstance(event, ServicesUnavailable) else 10000)

    def _focus_next_step(self) -> None:
        """After the pre-flight check, move the keyboard focus to the action it offers.

        Connect is hidden once connected, so Qt would otherwise leave the focus on whatever follows it
        in the chain. A user typing in an enabled field (e.g. the SSO password) keeps the focus.
        """
        current = QApplication.focusWidget()
        if isinstance(current, QLineEdit) and current.isEnabled() and current.isVisible():
            return
        panel = self.preflight_panel
        for button in (panel.start_button, panel.attach_button, panel.start_again_button, panel.refresh_button):
            if button.isVisibleTo(panel) and button.isEnabled():
                button.setFocus()
                return

    @Slot(object, str)
    def _on_controller_failed(self, error: ReconError, task: str) -> None:
        lines = server_message_lines(error.server_messages, self.render)
        self.alert.show_alert(AlertKind.ERROR, error_sentence(error), lines)
        if task in (TASK_TRUST, TASK_CONNECT):
            self._abandon_connect(tr("Not connected"))
            self.preflight_panel.clear()
            if isinstance(error, Unauthenticated):
                # The likely fix is a retyped password: put the user right there.
                self.credential_form.vc_password.edit.setFocus()
                self.credential_form.vc_password.edit.selectAll()
        elif task == TASK_PREFLIGHT:
            self.preflight_panel.set_actions_enabled(True)

    @Slot(str, str)
    def _on_controller_crashed(self, task: str, summary: str) -> None:
        self.alert.show_alert(AlertKind.ERROR, tr("Something unexpected went wrong. The details are in the log "
                                                  "file (Help → Open log folder)."), [summary])
        if task in (TASK_TRUST, TASK_CONNECT):
            self._abandon_connect(tr("Not connected"))
        elif task == TASK_RUN and not self.job_panel.ended:
            self.job_panel.show_refused(tr("Monitoring ended because of an internal error."), [summary])

    @Slot(object)
    def _on_controller_report_written(self, files: object) -> None:
        json_path, html_path = report_paths(files)
        self._report_files = (json_path, html_path)
        self.job_panel.show_report(json_path, html_path)
        self._update_actions()

    @Slot(str)
    def _on_controller_task_finished(self, task: str) -> None:
        if task == TASK_RUN and self.connection_state == ConnectionState.CONNECTED:
            self.credential_form.set_job_locked(False)
        self._update_actions()
        if self._focus_pending:
            self._focus_pending = False
            self._focus_next_step()

    @Slot(bool)
    def _on_controller_busy_changed(self, busy: bool) -> None:
        self._update_actions()

    # --- start / attach ----------------------------------------------------------------------

    def _start(self, *, again: bool) -> None:
        if self.target is None or self.connection_state != ConnectionState.CONNECTED:
            return
        try:
            spec = self.credential_form.job_spec()
        except FormError as problem:
            self.alert.show_alert(AlertKind.WARNING, str(problem))
            problem.widget.setFocus()
            return
        summary = StartSummary(address=self.target.address, sso_user=spec.sso_user,
                               ignore_warnings=spec.ignore_warnings, again=again,
                               demo=self._is_demo_target(self.target))
        if not self.dialogs.confirm_start(self, summary):
            return
        register_secret(spec.sso_password)
        self._store_password(self.target.host, spec.sso_user, spec.sso_password,
                             self.credential_form.sso_remember.isChecked())
        self.settings.set(keys.SSO_USER, spec.sso_user)
        self._last_spec_user = spec.sso_user
        self._last_ignore = spec.ignore_warnings
        self.alert.clear()
        self._report_files = None
        self.job_panel.show_starting(attach=False)
        self.controller.start_job(spec, self._report_options(spec))
        self._update_actions()
        self.job_panel.stop_button.setFocus()

    def _report_options(self, spec: JobSpec | None) -> dict[str, object]:
        target = self.target
        options: dict[str, object] = {"front_end": "reconui (desktop)"}
        if target is not None:
            options.update({"flavor_requested": target.flavor, "proxy": target.proxy.mode.value,
                            "ca_file": target.ca_file or ""})
        if spec is not None:
            options.update({"sso_user": spec.sso_user, "ignore_warnings": spec.ignore_warnings})
        else:
            options["attached"] = True
        if self.demo is not None and target is not None and self._is_demo_target(target):
            options["simulator_scenario"] = self.demo.scenario
        return options

    @Slot()
    def _on_start_requested(self) -> None:
        self._start(again=False)

    @Slot()
    def _on_start_again_requested(self) -> None:
        self._start(again=True)

    @Slot()
    def _on_attach_requested(self) -> None:
        job = self.preflight_panel.existing_job
        if job is None or self.connection_state != ConnectionState.CONNECTED:
            return
        self.alert.clear()
        self._report_files = None
        self.job_panel.show_starting(attach=True)
        self.controller.attach_job(job, self._report_options(None))
        self._update_actions()
        self.job_panel.stop_button.setFocus()

    @Slot()
    def _on_refresh_requested(self) -> None:
        self.preflight_panel.set_checking()
        self.controller.refresh_preflight()

    @Slot()
    def _on_stop_requested(self) -> None:
        self.controller.stop_monitoring()

    # --- report, summary, folders ------------------------------------------------------------

    def summary_text(self) -> str:
        """A plain-text summary for a ticket or a chat message (never a secret)."""
        panel = self.job_panel
        info = panel.info
        lines = [
            tr("reconui {version} — reconciliation summary").format(version=__version__),
            tr("Appliance: {address}").format(address=self.target.address if self.target else "—"),
            tr("Version: {version}").format(version=self.appliance_version or "—"),
            tr("API: /{flavor}").format(flavor=self.flavor or "?"),
        ]
        if self.trust is not None:
            lines.append(tr("Certificate SHA-256: {sha}").format(sha=self.trust.sha256))
        if self._last_spec_user:
            lines.append(tr("SSO administrator: {user}").format(user=self._last_spec_user))
            lines.append(tr("Ignore warnings: {value}").format(value=tr("yes") if self._last_ignore else tr("no")))
        lines.append(tr("Result: {status}").format(status=panel.badge.text()))
        if info is not None:
            lines.append(tr("Progress: {percent} %").format(percent=info.progress))
            lines.append(tr("Started: {time}").format(time=local_time(info.start_time)))
            lines.append(tr("Ended: {time}").format(time=local_time(info.end_time)))
        if panel.failure_lines:
            lines.append(tr("Error:"))
            lines += ["  " + line for line in panel.failure_lines]
        if panel.messages.rowCount():
            lines.append(tr("Messages:"))
            lines += ["  " + line for line in panel.messages.rows_text(range(panel.messages.rowCount())).splitlines()]
        if self._report_files:
            lines.append(tr("Report: {path}").format(path=self._report_files[1] or self._report_files[0]))
        return "\n".join(lines)

    @Slot()
    def _on_copy_summary_requested(self) -> None:
        QGuiApplication.clipboard().setText(self.summary_text())
        self.statusBar().showMessage(tr("Summary copied to the clipboard."), 5000)

    @Slot()
    def _on_save_report_requested(self) -> None:
        if not self._report_files:
            return
        json_path, html_path = self._report_files
        source = html_path or json_path
        target = self.dialogs.save_report_path(self, str(Path.home() / Path(source).name))
        if not target:
            return
        if target.lower().endswith(".json") and json_path:
            source = json_path
        try:
            shutil.copyfile(source, target)
        except OSError as problem:
            self.alert.show_alert(AlertKind.ERROR, tr("The report could not be saved."), [str(problem)])
            return
        self.statusBar().showMessage(tr("Report saved to {path}").format(path=target), 8000)

    @Slot()
    def _on_copy_triggered(self) -> None:
        widget = QApplication.focusWidget()
        if widget is self.job_panel.messages:
            self.job_panel.messages.copy_selection()
        elif isinstance(widget, QLineEdit):
            if widget.echoMode() == QLineEdit.EchoMode.Normal:
                widget.copy()
        elif isinstance(widget, QLabel) and widget.hasSelectedText():
            QGuiApplication.clipboard().setText(widget.selectedText())
        elif hasattr(widget, "copy"):
            widget.copy()

    @Slot()
    def _on_open_log_folder(self) -> None:
        self._open_folder(paths.log_dir(), tr("Log folder"))

    @Slot()
    def _on_open_reports_folder(self) -> None:
        self._open_folder(paths.reports_dir(), tr("Reports folder"))

    def _open_folder(self, folder: Path, what: str) -> None:
        """Open ``folder`` in the file manager and always say where it is.

        On a server or a minimal desktop there may be no file manager at all (``openUrl`` fails, or
        xdg-open gives up after Qt has already reported success), so the path is shown in a
        status bar (or a selectable alert when opening failed) either way.
        """
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as problem:
            self.alert.show_alert(AlertKind.ERROR, tr("{what} {path} could not be created.").format(
                what=what, path=folder), [str(problem)])
            return
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        if opened:
            # The status bar, not the alert strip: a failed job's headline stays where it is.
            self.statusBar().showMessage(tr("{what}: {path} (if no file manager opens, open it by hand)").format(
                what=what, path=folder), 30000)
        else:
            self.alert.show_alert(AlertKind.WARNING, tr("No file manager could be opened. {what}: {path}").format(
                what=what, path=folder))

    @Slot()
    def _on_about(self) -> None:
        QMessageBox.about(self, tr("About reconui"), self.about_text())

    def about_text(self) -> str:
        return tr(
            "<h3>reconui {version}</h3><p>Runs and watches the vCenter Server Appliance post-restore "
            "reconciliation job.</p><p>Qt {qt} · PySide6 {pyside} · Python {python}</p>"
            "<p>Logs: {logs}<br>Reports: {reports}</p>"
        ).format(version=__version__, qt=qVersion(), pyside=PySide6.__version__,
                 python=platform.python_version(), logs=paths.log_dir(), reports=paths.reports_dir())

    # --- demo --------------------------------------------------------------------------------

    @Slot()
    def _on_demo_requested(self) -> None:
        if self.demo_launcher is None or self.connection_state != ConnectionState.DISCONNECTED:
            return
        try:
            info = self.demo_launcher()
        except Exception as problem:
            logger.exception("The built-in simulator did not start")
            self.alert.show_alert(AlertKind.ERROR, tr("The built-in simulator could not be started."), [str(problem)])
            return
        if info is not None:
            self.enter_demo(info)

    def enter_demo(self, info: DemoInfo) -> None:
        """Point the forms at the running simulator and trust its certificate for this session only."""
        self.demo = info
        address = Target(host=info.host, port=info.port).address
        self.session_pins[address] = info.sha256
        self.connection_form.set_values(host=info.host, port=info.port, proxy_mode="none")
        self.credential_form.set_users(info.user, info.sso_user)
        self.credential_form.vc_password.edit.setText(info.password)
        self.credential_form.sso_password.edit.setText(info.sso_password)
        self.credential_form.vc_remember.setChecked(False)
        self.credential_form.sso_remember.setChecked(False)
        self.connection_form.demo_button.hide()
        self.demo_banner.setText(tr("SIMULATION — reconui's built-in appliance simulator is serving on {address} "
                                    "(scenario “{scenario}”). No real vCenter is touched.")
                                 .format(address=address, scenario=info.scenario))
        self._update_demo_banner()
        self.demo_action.setEnabled(False)
        self.connect_button.setFocus()

    def _update_demo_banner(self) -> None:
        """The SIMULATION banner only while the form points at the simulator.

        It says "No real vCenter is touched": left up after the user typed a real appliance's address,
        it would be a dangerous lie.
        """
        form = self.connection_form
        demo = self.demo
        self.demo_banner.setVisible(demo is not None and form.host_text() == demo.host
                                    and form.port.value() == demo.port)

    @Slot()
    def _on_address_edited(self, *_args: object) -> None:
        self._update_demo_banner()

    # --- misc --------------------------------------------------------------------------------

    @Slot(str)
    def _on_identity_changed(self, _text: str) -> None:
        self._fill_from_keyring()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Size hints are only final once the style has polished the widgets, i.e. when shown.
        self._fit_left_column()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the geometry, stop monitoring and end the worker thread cleanly (style guide §2.5)."""
        self.settings.set(keys.WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self.settings.sync()
        self.controller.shutdown()  # a short grace: a worker stuck in a network call is not waited for
        super().closeEvent(event)

