"""How the window lays itself out for the state it is in, and what its title says.

Once connected, steps 1 and 2 collapse into a one-line summary (host, flavour, user, trust) with
Disconnect, and the pre-flight and job panels get the width; the SSO part of step 2 comes back only
while a start needs it. The title carries the job's state and percent (``RUNNING 45 % — vcsa01 —
reconui``) so that the taskbar shows it while the admin works elsewhere.

Mixed into :class:`reconui.ui.main_window.MainWindow`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from reconui.core.models import Target, TrustDecision
from reconui.ui.connect_flow import ConnectionState
from reconui.ui.connection_form import ConnectionForm
from reconui.ui.credential_form import CredentialForm
from reconui.ui.demo_wiring import DemoInfo
from reconui.ui.i18n import translate
from reconui.ui.job_panel import JobPanel, JobState
from reconui.ui.preflight_panel import PreflightPanel


class WindowLayoutMixin:
    """Forms or summary line, and the window title."""

    connection_state: ConnectionState
    target: Target | None
    trust: TrustDecision | None
    flavor: str
    demo: DemoInfo | None
    sso_requested: bool
    connection_form: ConnectionForm
    credential_form: CredentialForm
    preflight_panel: PreflightPanel
    job_panel: JobPanel
    forms_column: QWidget
    summary_bar: QFrame
    summary_layout: QHBoxLayout
    summary_label: QLabel
    button_row: QHBoxLayout
    disconnect_button: QPushButton

    if TYPE_CHECKING:  # provided by the window and the other mixins (a stub here would shadow them)
        def setWindowTitle(self, title: str) -> None: ...

        def trust_text(self, decision: TrustDecision) -> str: ...

        def is_demo_target(self, target: Target) -> bool: ...

    def _update_layout(self) -> None:
        """Once connected, steps 1 and 2 collapse into the summary line; the panels get the width.

        The SSO part of step 2 stays while a start is offered (it is what a start needs); the
        vCenter login rows, disabled for the rest of the run, never do.
        """
        connected = self.connection_state == ConnectionState.CONNECTED
        panel = self.preflight_panel
        start_offered = any(b.isVisibleTo(panel) for b in (panel.start_button, panel.start_again_button)) or (
            self.job_panel.again_button.isVisibleTo(self.job_panel))
        # A job's result on screen keeps the width until the SSO fields are needed (see _start).
        result_shown = self.job_panel.state in (JobState.SUCCEEDED, JobState.FAILED, JobState.STOPPED,
                                                JobState.PREVIOUS)
        sso_wanted = start_offered and not self.job_panel.watching and (not result_shown or self.sso_requested)
        self.connection_form.setVisible(not connected)
        self.credential_form.set_login_rows_visible(not connected)
        self.forms_column.setVisible(not connected or sso_wanted)
        self.summary_bar.setVisible(connected)
        # One Disconnect button, in the summary line while connected, below the forms otherwise.
        holder = self.summary_layout if connected else self.button_row
        if self.disconnect_button.parentWidget() is not (self.summary_bar if connected else self.forms_column):
            holder.insertWidget(holder.count() if connected else 1, self.disconnect_button)

    def _update_summary_line(self) -> None:
        target = self.target
        if self.connection_state != ConnectionState.CONNECTED or target is None:
            return
        user = self.credential_form.vc_user.text().strip()
        trust = self.trust_text(self.trust) if self.trust is not None else ""
        text = translate("MainWindow", "{address} · /{flavor} · {user} · {trust}").format(
            address=target.address, flavor=self.flavor or "?", user=user, trust=trust)
        if self.is_demo_target(target):
            text = translate("MainWindow", "SIMULATION · {summary}").format(summary=text)
        self.summary_label.setText(text)
        self.summary_label.setToolTip(text)

    def _update_title(self) -> None:
        """``RUNNING 45 % — vcsa01 — reconui``: the state shows in the taskbar while working elsewhere."""
        target = self.target
        host = target.host if target is not None and self.connection_state != ConnectionState.DISCONNECTED \
            else ""
        panel = self.job_panel
        info = panel.info
        if panel.state in (JobState.RUNNING, JobState.WAITING, JobState.STARTING) and info is not None:
            state = translate("MainWindow", "{status} {percent} %").format(
                status=panel.badge.text(), percent=info.progress)
        elif panel.state in (JobState.SUCCEEDED, JobState.FAILED, JobState.REFUSED, JobState.STOPPED):
            state = panel.badge.text()
        else:
            state = ""
        if state and host:
            title = translate("MainWindow", "{state} — {host} — reconui").format(
                state=state, host=host)
        elif host:
            title = translate("MainWindow", "{host} — reconui").format(host=host)
        else:
            title = translate("MainWindow", "reconui — vCenter reconciliation")
        if self.demo is not None and target is not None and self.is_demo_target(target):
            title = translate("MainWindow", "[SIMULATION] {title}").format(title=title)
        self.setWindowTitle(title)
