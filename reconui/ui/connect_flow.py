"""The connect flow: settle trust first, then log in; its states are :class:`ConnectionState`.

Nothing with a credential is sent before trust is settled. The flow is:

``DISCONNECTED`` → (Connect) → ``CHECKING`` the certificate → trusted by chain or pin, or the user
trusts it (untrusted), or connects by one of its names (name mismatch), or it stops (changed) →
``LOGGING_IN`` → (Connected event) → ``CONNECTED`` → (Disconnect) → ``DISCONNECTED``.

Mixed into :class:`reconui.ui.main_window.MainWindow`; the attributes it uses are declared below.
"""

from __future__ import annotations

import logging
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QPushButton

from reconui.core.errors import CertificateChanged, CertificateNameMismatch, CertificateUntrusted, ReconError
from reconui.core.logging_setup import register_secret
from reconui.core.models import Credentials, Target, TrustDecision, TrustMode
from reconui.core.pins import PinStore
from reconui.ui.connection_form import ConnectionForm, FormError
from reconui.ui.dialogs import LeaveRequest, TrustChoice
from reconui.ui.i18n import error_sentence, translate
from reconui.ui.widgets import AlertKind
from reconui.ui.window_parts import WindowParts

if TYPE_CHECKING:  # loaded with the first event
    from reconui.core.events import PreflightDone

logger = logging.getLogger(__name__)


class ConnectionState(Enum):
    """Where the connect flow is."""

    DISCONNECTED = "disconnected"
    CHECKING = "checking"
    LOGGING_IN = "logging_in"
    CONNECTED = "connected"


def short_fingerprint(sha: str) -> str:
    parts = sha.split(":")
    return ":".join(parts[:4]) + "…" if len(parts) > 4 else sha



def changed_certificate_line(address: str) -> str:
    """The changed-certificate banner: what happened, in one line; the fingerprints are in the dialog."""
    return translate(
        "MainWindow", "The certificate of {address} has changed since you trusted it. Nothing was sent; "
                      "the dialog shows both fingerprints.").format(address=address)


class ConnectFlowMixin(WindowParts):
    """Trust then login, and disconnect."""

    pins: PinStore
    session_pins: dict[str, str]
    last_preflight: PreflightDone | None
    trust: TrustDecision | None
    _pending_target: Target | None
    _pending_credentials: Credentials | None
    connection_form: ConnectionForm
    connection_label: QLabel
    trust_label: QLabel
    connect_button: QPushButton

    if TYPE_CHECKING:  # provided by the window and JobActionsMixin (a stub here would shadow them)
        def confirm_leaving(self, leave: LeaveRequest) -> bool: ...

        def _connection_changed(self) -> None: ...

        def restart_journal(self) -> None: ...

        def with_ui_language(self, target: Target) -> Target: ...

        def view_step(self, name: str, *args: object) -> None: ...

    # --- states ------------------------------------------------------------------------------

    def _set_connection_state(self, state: ConnectionState, text: str = "") -> None:
        self.connection_state = state
        if not text:
            text = {
                ConnectionState.DISCONNECTED: translate("MainWindow", "Not connected"),
                ConnectionState.CHECKING: translate("MainWindow", "Checking the certificate…"),
                ConnectionState.LOGGING_IN: translate("MainWindow", "Logging in…"),
                ConnectionState.CONNECTED: translate("MainWindow", "Connected"),
            }[state]
        self.connection_label.setText(text)
        if state == ConnectionState.DISCONNECTED:
            self.trust_label.setText("")
        self._update_actions()
        self._connection_changed()

    def trust_text(self, decision: TrustDecision) -> str:
        """How the certificate is trusted, in a few words (status bar and summary line)."""
        fp = short_fingerprint(decision.sha256)
        if decision.mode == TrustMode.CHAIN:
            return translate(
                "MainWindow", "certificate verified by a trusted authority (SHA-256 {fp})").format(fp=fp)
        address = self.target.address if self.target else ""
        if address in self.session_pins:
            return translate(
                "MainWindow", "certificate trusted for this session (SHA-256 {fp})").format(fp=fp)
        return translate("MainWindow", "certificate pinned (SHA-256 {fp})").format(fp=fp)

    # --- connect -----------------------------------------------------------------------------

    @Slot()
    def _on_connect_clicked(self) -> None:
        if self.connection_state != ConnectionState.DISCONNECTED or self.controller.busy:
            return
        try:
            target = self.with_ui_language(self.connection_form.target())
            credentials = self.credential_form.credentials()
        except FormError as problem:
            self.alert.show_alert(AlertKind.WARNING, str(problem))
            problem.widget.setFocus()
            return
        register_secret(credentials.password)
        for edit in (self.credential_form.sso_user, self.credential_form.sso_password.edit):
            edit.setModified(False)  # typing from now on keeps the focus there (see _focus_next_step)
        self.alert.clear()
        self.preflight_panel.clear()
        self.job_panel.reset()
        self._reset_health()
        self.restart_journal()
        self._report_files = None
        self.target = target
        self._pending_target = target
        self._pending_credentials = credentials
        self._set_connection_state(ConnectionState.CHECKING, translate(
            "MainWindow", "Checking the certificate of {address}…").format(address=target.address))
        self.controller.check_trust(target, self.session_pins)

    @Slot(object, object)
    def _on_controller_trust_settled(self, target: Target, decision: TrustDecision) -> None:
        self._proceed_with_trust(target, decision)

    def _proceed_with_trust(self, target: Target, decision: TrustDecision) -> None:
        credentials = self._pending_credentials
        if credentials is None or target != self._pending_target:
            return
        self.trust = decision
        self.trust_label.setText(self.trust_text(decision))
        self._set_connection_state(ConnectionState.LOGGING_IN, translate(
            "MainWindow", "Logging in to {address}…").format(address=target.address))
        self.controller.open_session(target, decision, credentials)

    @Slot(object)
    def _on_controller_trust_untrusted(self, error: CertificateUntrusted) -> None:
        target = self._pending_target
        if target is None:
            return
        cert = error.certificate
        if isinstance(error, CertificateNameMismatch):
            choice, name = self.dialogs.ask_name_mismatch(self, cert, target)  # type: ignore[arg-type]
            if choice == TrustChoice.USE_NAME and name:
                self._reconnect_with_name(name)
                return
        else:
            choice = TrustChoice(self.dialogs.ask_trust(self, cert, target))  # type: ignore[arg-type]
        if choice not in (TrustChoice.ONCE, TrustChoice.REMEMBER):
            logger.info("The user did not trust the certificate of %s", target.address)
            self._abandon_connect(translate(
                "MainWindow", "Not connected: the certificate of {address} was not trusted. Nothing was sent.")
                .format(address=target.address))
            self.alert.show_alert(AlertKind.INFO, error_sentence(error))
            return
        if choice == TrustChoice.REMEMBER:
            try:
                self.pins.remember(target.address, cert.sha256)
            except (ReconError, OSError, ValueError) as problem:
                detail = error_sentence(problem) if isinstance(problem, ReconError) else str(problem)
                self.alert.show_alert(AlertKind.WARNING, translate(
                    "MainWindow", "The pin could not be saved; the certificate is trusted for this session "
                                  "only."), [detail])
                self.session_pins[target.address] = cert.sha256
            else:
                self.session_pins.pop(target.address, None)
        else:
            self.session_pins[target.address] = cert.sha256
        logger.info("Certificate of %s trusted (%s): %s", target.address, choice.value, cert.sha256)
        self._proceed_with_trust(target, TrustDecision(mode=TrustMode.PINNED, certificate=cert))

    def _reconnect_with_name(self, name: str) -> None:
        """Name mismatch remedy: type the certificate's name into the host field and connect again."""
        logger.info("Connecting again by the certificate's name %s", name)
        self._abandon_connect(translate("MainWindow", "Connecting by the certificate's name "
                                                      "{name}…").format(name=name))
        self.connection_form.host.setEditText(name)
        # The certificate check is still winding down on the worker: connect when it has ended.
        self._reconnect_pending = True

    def _connect_again_if_asked(self) -> None:
        """Called when a task has ended: the name-mismatch remedy's new connection starts here."""
        if getattr(self, "_reconnect_pending", False) and not self.controller.busy:
            self._reconnect_pending = False
            self._on_connect_clicked()

    @Slot(object)
    def _on_controller_trust_changed(self, error: CertificateChanged) -> None:
        target = self._pending_target
        if target is None:
            return
        self._abandon_connect(translate(
            "MainWindow", "Stopped: the certificate of {address} has changed. Nothing was sent.")
            .format(address=target.address))
        # One line here; the fingerprints and the advice are in the dialog.
        self.alert.show_alert(AlertKind.ERROR, changed_certificate_line(target.address))
        forget = self.dialogs.certificate_changed(self, error, target)  # type: ignore[arg-type]
        if forget:
            try:
                self.pins.forget(target.address)
            except (ReconError, OSError) as problem:
                detail = error_sentence(problem) if isinstance(problem, ReconError) else str(problem)
                self.alert.show_alert(AlertKind.ERROR, translate(
                    "MainWindow", "The old pin could not be removed."), [detail])
                return
            self.session_pins.pop(target.address, None)
            logger.info("Pin for %s removed by the user", target.address)
            self.alert.show_alert(AlertKind.INFO, translate(
                "MainWindow", "The old pin for {address} was removed. Connect again to review the new "
                              "certificate.").format(address=target.address))

    def _abandon_connect(self, status_text: str) -> None:
        self._pending_credentials = None
        self._pending_target = None
        self.trust = None
        self._set_connection_state(ConnectionState.DISCONNECTED, status_text)

    # --- disconnect --------------------------------------------------------------------------

    @Slot()
    def _on_disconnect_clicked(self) -> None:
        if self.job_panel.watching and not self.confirm_leaving(LeaveRequest.DISCONNECT):
            return
        self.controller.close_session()
        self.last_preflight = None
        self._pending_credentials = None
        self._pending_target = None
        self.trust = None
        # A watched job keeps its messages and times: the worker's MonitoringStopped ends it as
        # "not monitored" (the appliance job itself goes on).
        self.view_step("disconnected")
