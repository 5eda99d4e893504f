"""How the window lays itself out for the state it is in, and what its title says.

Once connected, steps 1 and 2 collapse into a one-line summary (host, flavour, user, trust) with
Disconnect, and the pre-flight and job panels get the width; the SSO part of step 2 comes back only
while a start needs it. The title carries the job's state and percent (``RUNNING 45 % — vcsa01 —
reconui``) so that the taskbar shows it while the admin works elsewhere.

Mixed into :class:`reconui.ui.main_window.MainWindow`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QWidget

from reconui.core.models import Target, TrustDecision
from reconui.ui.connect_flow import ConnectionState
from reconui.ui.connection_form import ConnectionForm
from reconui.ui.credential_form import CredentialForm
from reconui.ui.demo_wiring import DemoInfo
from reconui.ui.i18n import translate
from reconui.ui.job_panel import JobPanel, JobState
from reconui.ui.preflight_panel import PreflightPanel

if TYPE_CHECKING:
    from reconui.core.events import PreflightDone  # an annotation; the events load with the first one

#: Space between a column's frames and its scroll bar or the splitter (device-independent pixels).
COLUMN_GAP = 6


class JobColumn(QObject):
    """The right column (pre-flight, job, health) never shows a section cut at its top.

    When a job is started or attached and the pre-flight and job panels fit the column with a
    message table of a few lines, the column shows both from the top (the table takes what is
    left). Where they do not (a partner table on a small screen, 150 % and more), the watched job
    gets the column's full height and the column scrolls to the job panel's top: the pre-flight
    section is then a scroll away, whole, instead of showing its last rows under a cut-off "API in
    use". The choice is made when the job comes into view and when the column is resized, and
    changes by itself only when the job panel grows past what the column holds (a failure's
    details), so the panels do not jump under the reader.
    """

    #: The message table's lines that must remain for both panels to share the column.
    SHARED_TABLE_LINES = 7

    def __init__(self, scroll: QScrollArea, job_panel: JobPanel) -> None:
        super().__init__(scroll)
        self.scroll = scroll
        content = scroll.widget()
        assert content is not None, "the column's widget is set before the column is watched"
        self.content: QWidget = content
        self.job_panel = job_panel
        #: The watched job has the column to itself (the pre-flight scrolled out of view, whole).
        self.job_fills = False
        scroll.viewport().installEventFilter(self)
        # The job panel's own layout requests (a longer status text, the error frame) come first, so
        # the table gives up the room before the scroll area sees taller content (docs/PERFORMANCE.md,
        # "Round 3"): else its scroll bar flashes on and off, the column narrows twice and every wrapped
        # label in it is measured and painted again each time.
        job_panel.installEventFilter(self)

    @property
    def active(self) -> bool:
        """A job is (or was just) watched: the job panel is what the column is for."""
        return self.job_panel.watching or self.job_panel.ended

    def _hints(self) -> tuple[int, int]:
        """(content, job panel) minimum heights, with the table's current minimum in them.

        Only the job panel's own layout is activated (the table's new minimum is in its hints now,
        not on the next turn; activating tells the column's layout that the panel's hints changed).
        The column's minimum is then computed without placing anything (``refit`` places it once
        the table has its final minimum): activating the column's layout here, while the panel was
        taller than the room left, squeezed the pre-flight panel for a moment and repainted it. No
        ``invalidate()`` either: forcing the layouts re-measured every wrapped label of the column
        on each job update, twice (docs/PERFORMANCE.md, "Round 3").
        """
        layout = self.job_panel.layout()
        if layout is not None:
            layout.activate()
        return self.content.minimumSizeHint().height(), self.job_panel.minimumSizeHint().height()

    def _content_with_table(self, lines: int) -> int:
        content, _panel = self._hints()
        table = self.job_panel.messages.minimumHeight()
        return content - table + lines * self.job_panel.fontMetrics().lineSpacing()

    def _decide(self) -> None:
        self.job_fills = self.active and (
            self._content_with_table(self.SHARED_TABLE_LINES) > self.scroll.viewport().height())

    def refit(self) -> bool:
        """Size the table and the content for the current choice; True when the choice flipped to the job."""
        content = self.content
        viewport = self.scroll.viewport().height()
        flipped = changed = False
        if not self.active:
            if self.job_fills:
                # The job gave the column back (a new connection's pre-flight): show it from its top.
                QTimer.singleShot(0, self, self._scroll_to_job)
            self.job_fills = False
            changed = self.job_panel.fit_height(0)
        elif not self.job_fills and self._content_with_table(self.job_panel.MESSAGE_LINES_SQUEEZED) > viewport:
            self.job_fills = flipped = True  # grew past the column: the job takes it
        wanted = 0
        if self.job_fills:
            changed = self.job_panel.fit_height(viewport)
            natural, _panel = self._hints()
            wanted = max(natural, self.job_panel.y() + viewport)
        elif self.active:
            natural, panel = self._hints()
            changed = self.job_panel.fit_height(viewport - (natural - panel))
        if content.minimumHeight() != wanted:
            content.setMinimumHeight(wanted)
            changed = True
        if self.active:
            # Placed now, once, with the table's final minimum: what a job event changed is painted
            # once, where it ends up (placed on the next turn, it was painted in two passes).
            for layout in (self.job_panel.layout(), content.layout()):
                if layout is not None:
                    layout.activate()
        if changed:
            # The scroll area sizes its widget on the widget's layout request (activate() sent none).
            QCoreApplication.postEvent(content, QEvent(QEvent.Type.LayoutRequest))
        if flipped:
            QTimer.singleShot(0, self, self._scroll_to_job)
        return flipped

    def show_job(self) -> None:
        """After start or attach: both panels from the top if they fit, else the job panel's top."""
        self._decide()
        if not self.refit():
            # After the layout has taken the new height (the scroll range follows on the next turn).
            QTimer.singleShot(0, self, self._scroll_to_job)

    def _scroll_to_job(self) -> None:
        self.scroll.verticalScrollBar().setValue(self.job_panel.y() if self.job_fills else 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.job_panel:
            if event.type() == QEvent.Type.LayoutRequest and self.active:
                self.refit()
            return False
        if event.type() == QEvent.Type.Resize and self.active:
            before = self.job_fills
            self._decide()
            if not self.refit() and self.job_fills != before:
                QTimer.singleShot(0, self, self._scroll_to_job)
        return False


class WindowLayoutMixin:
    """Forms or summary line, and the window title."""

    connection_state: ConnectionState
    target: Target | None
    trust: TrustDecision | None
    flavor: str
    demo: DemoInfo | None
    sso_requested: bool
    last_preflight: PreflightDone | None
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
    job_column: JobColumn

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
        # While the first pre-flight check runs (a second or so), the SSO part stays where it is: it
        # is what the usual result (no job yet: start) needs, and hiding it at Connected only to show
        # it again at the result moved the splitter and re-laid out and repainted the whole window
        # twice in a second (docs/PERFORMANCE.md, "Round 3").
        checking = connected and self.last_preflight is None
        start_offered = checking or any(b.isVisibleTo(panel) for b in (panel.start_button, panel.start_again_button)) \
            or self.job_panel.again_button.isVisibleTo(self.job_panel)
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
        self.job_column.refit()

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
