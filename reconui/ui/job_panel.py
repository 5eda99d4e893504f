"""Step 4: the live reconciliation job.

A status badge with a word (never colour alone), a progress bar with the percentage, elapsed time,
start and end in local time, the appliance's messages (copyable), error details on failure, and a
distinct "services restarting — waiting (until HH:MM)" state, because during reconciliation the API
legitimately vanishes for minutes and that must not look like an error.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reconui.core.errors import (
    BadResponse,
    ProtocolError,
    ProxyFailure,
    ReconError,
    TlsError,
)
from reconui.core.models import STATUS_FAILED, STATUS_RUNNING, STATUS_SUCCEEDED, JobInfo, LocalizableMessage
from reconui.ui.event_dispatch import EventDispatch
from reconui.ui.i18n import error_sentence, next_step_for_error, next_step_for_job, server_message_lines, translate
from reconui.ui.icons import icon
from reconui.ui.times import clock_time, local_time, zone_name
from reconui.ui.widgets import BADGE_COLOURS, BadgeKind, MessageKind, MessagesTable, StatusBadge, selectable_label

if TYPE_CHECKING:  # the events module loads with the first event (see EventDispatch)
    from reconui.core.events import (
        Event,
        JobAttached,
        JobFinished,
        JobStarted,
        JobUpdated,
        MonitoringStopped,
        Reauthenticated,
        RunFailed,
        ServicesBack,
        ServicesUnavailable,
        StillUnavailable,
    )


class JobState:
    IDLE = "idle"
    #: The pre-flight check found a running job that is not watched (yet).
    UNWATCHED = "unwatched"
    #: The pre-flight check found a finished job (SUCCEEDED or FAILED) from an earlier run.
    PREVIOUS = "previous"
    STARTING = "starting"
    RUNNING = "running"
    WAITING = "waiting"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    REFUSED = "refused"
    STOPPED = "stopped"


def looks_like_garbage(cause: ReconError) -> bool:
    """A proxy or the network answering instead of the appliance, rather than services restarting."""
    return isinstance(cause, BadResponse | ProtocolError | ProxyFailure | TlsError)


def message_kind(msg: LocalizableMessage) -> MessageKind:
    return MessageKind.WARNING if "warning" in msg.id or "unreachable" in msg.id else MessageKind.MESSAGE


def format_duration(seconds: float) -> str:
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class JobPanel(QGroupBox):
    """Signals: stop_requested(), save_report_requested(), copy_summary_requested(),
    open_log_folder_requested(), start_again_requested()."""

    #: The message table's usual minimum height, in text lines.
    MESSAGE_LINES = 13
    #: What it may shrink to so that a watched job fits the column (at 150 % and more).
    MESSAGE_LINES_SQUEEZED = 4

    stop_requested = Signal()
    save_report_requested = Signal()
    copy_summary_requested = Signal()
    open_log_folder_requested = Signal()
    start_again_requested = Signal()

    def __init__(self, render: Callable[[LocalizableMessage], str], parent: QWidget | None = None,
                 now: Callable[[], datetime] | None = None) -> None:
        super().__init__(translate("JobPanel", "4. Reconciliation job"), parent)
        self.setObjectName("jobPanel")
        self._render = render
        self._now = now or (lambda: datetime.now(timezone.utc))
        outer = QVBoxLayout(self)

        top = QHBoxLayout()
        self.badge = StatusBadge()
        top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        self.detail = selectable_label(name="statusDetail")
        top.addWidget(self.detail, 1)
        outer.addLayout(top)
        # What to do now, right under the outcome: the first thing to read after a failure.
        self.next_step_label = selectable_label(name="nextStepLabel")
        self.next_step_label.setTextFormat(Qt.TextFormat.PlainText)
        self.next_step_label.setAccessibleName(translate("JobPanel", "What to do now"))
        bold = self.next_step_label.font()
        bold.setBold(True)
        self.next_step_label.setFont(bold)
        self.next_step_label.hide()
        outer.addWidget(self.next_step_label)

        self.progress = QProgressBar()
        self.progress.setObjectName("progressBar")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        #: Translators: the progress bar's text; %p is the percentage (Qt fills it in)
        self.progress.setFormat(translate("JobPanel", "%p %"))
        self.progress.setAccessibleName(translate("JobPanel", "Job progress"))
        outer.addWidget(self.progress)

        # Elapsed and start on one row, end below the start: the vertical room goes to the messages
        # table, and the row still fits the right column at 1024 px.
        times = QGridLayout()
        self.elapsed_label = selectable_label("—", name="elapsedLabel")
        self.start_label = selectable_label("—", name="startLabel")
        self.end_label = selectable_label("—", name="endLabel")
        cells = ((translate("JobPanel", "Elapsed:"), self.elapsed_label, 0, 0),
                 (translate("JobPanel", "Started:"), self.start_label, 0, 2),
                 (translate("JobPanel", "Ended:"), self.end_label, 1, 2))
        for caption, value, row, column in cells:
            label = QLabel(caption)
            label.setBuddy(value)
            value.setAccessibleName(caption.rstrip(":"))
            times.addWidget(label, row, column)
            times.addWidget(value, row, column + 1)
        times.setColumnMinimumWidth(1, self.fontMetrics().horizontalAdvance("0:00:00") * 2)
        times.setColumnStretch(3, 1)
        outer.addLayout(times)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("messageFilter")
        self.filter_edit.setPlaceholderText(translate("JobPanel", "Filter messages (text or id)"))
        self.filter_edit.setAccessibleName(translate("JobPanel", "Filter messages"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._on_filter_changed)
        outer.addWidget(self.filter_edit)

        self.messages = MessagesTable()
        # Room for about eight wrapped messages: at 1024×700 the right column scrolls instead of
        # squeezing the table to a few half-cut rows.
        self.messages.setMinimumHeight(self.fontMetrics().lineSpacing() * self.MESSAGE_LINES)
        outer.addWidget(self.messages, 1)

        self.error_frame = QFrame()
        self.error_frame.setObjectName("errorFrame")
        # Palette roles only, so the frame follows the light or dark scheme; the red edge marks it.
        self.error_frame.setStyleSheet(f"QFrame#errorFrame {{ border: 1px solid palette(mid); border-left: 0.4em "
                                       f"solid {BADGE_COLOURS[BadgeKind.FAILURE]}; border-radius: 3px; "
                                       "background: palette(base); }")
        error_layout = QVBoxLayout(self.error_frame)
        self.error_title = QLabel(translate("JobPanel", "Error details"))
        self.error_title.setObjectName("errorTitle")
        bold = self.error_title.font()
        bold.setBold(True)
        self.error_title.setFont(bold)
        self.error_box = selectable_label(name="errorDetails")
        self.error_box.setTextFormat(Qt.TextFormat.PlainText)
        self.error_box.setAccessibleName(translate("JobPanel", "Error details"))
        error_layout.addWidget(self.error_title)
        error_layout.addWidget(self.error_box)
        self.error_frame.hide()
        outer.addWidget(self.error_frame)

        self.report_label = selectable_label(name="reportLabel")
        self.report_label.setTextFormat(Qt.TextFormat.RichText)
        self.report_label.setOpenExternalLinks(True)
        self.report_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.report_label.hide()
        outer.addWidget(self.report_label)

        buttons = QHBoxLayout()
        self.stop_button = QPushButton(icon("stop"), translate("JobPanel", "Stop &monitoring"))
        self.stop_button.setObjectName("stopButton")
        self.stop_button.setToolTip(translate("JobPanel", "Stop watching. The job itself cannot be cancelled and "
                                                          "continues on the appliance; connect again later to see its "
                                                          "result."))
        self.save_button = QPushButton(icon("save"), translate("JobPanel", "Save &report…"))
        self.save_button.setObjectName("saveReportButton")
        self.copy_button = QPushButton(icon("copy"), translate("JobPanel", "Copy su&mmary"))
        self.copy_button.setObjectName("copySummaryButton")
        self.log_button = QPushButton(icon("folder"), translate("JobPanel", "Open &log folder"))
        self.log_button.setObjectName("openLogFolderButton")
        self.again_button = QPushButton(icon("refresh"), translate("JobPanel", "Start a&gain…"))
        self.again_button.setObjectName("startAgainButton")
        self.stop_button.clicked.connect(self.stop_requested)
        self.save_button.clicked.connect(self.save_report_requested)
        self.copy_button.clicked.connect(self.copy_summary_requested)
        self.log_button.clicked.connect(self.open_log_folder_requested)
        self.again_button.clicked.connect(self.start_again_requested)
        for button in (self.stop_button, self.save_button, self.copy_button, self.log_button, self.again_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        outer.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.reset()

    def fit_height(self, height: int) -> bool:
        """Let the message table give up room (down to a few lines) so the panel fits ``height``.

        The window calls this while a job is watched and the column is short (a partner table, 150 %
        and more): Stop and the end-of-job buttons stay in view and the table scrolls inside
        itself. ``0`` gives the table its usual room back. True when the table's minimum changed.
        """
        line = self.fontMetrics().lineSpacing()
        usual = line * self.MESSAGE_LINES
        wanted = usual
        if height > 0:
            others = self.minimumSizeHint().height() - self.messages.minimumHeight()
            wanted = max(line * self.MESSAGE_LINES_SQUEEZED, min(usual, height - others))
        if self.messages.minimumHeight() == wanted:
            return False
        self.messages.setMinimumHeight(wanted)
        return True

    # --- state -------------------------------------------------------------------------------

    def reset(self) -> None:
        self.state = JobState.IDLE
        self.info: JobInfo | None = None
        self.report_files: object = None
        self.failure_lines: list[str] = []
        #: The latest outage or re-login note; kept in the running detail until the job ends.
        self._note = ""
        self._shown_messages = 0
        self._watch_started: datetime | None = None
        self._outage: ServicesUnavailable | None = None
        self._attempts = 0
        #: The step to take now after a FAILED job or a refusal (also in the summary).
        self.next_step = ""
        self._timer.stop()
        self.messages.setRowCount(0)
        self.messages.set_time_header(translate("JobPanel", "Time ({zone})").format(zone=zone_name()))
        #: Translators: a job state in the status badge, in capitals like the appliance's own states
        self.badge.set_state(BadgeKind.NEUTRAL, translate("JobPanel", "NOT STARTED"))
        self.detail.setText(translate("JobPanel", "No job is being watched."))
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.elapsed_label.setText("—")
        self.start_label.setText("—")
        self.end_label.setText("—")
        self.error_frame.hide()
        self.error_box.clear()
        self._show_next_step(None)
        self.report_label.hide()
        self._set_failure_colour(False)
        self._update_buttons()

    def _set_failure_colour(self, failed: bool) -> None:
        """A FAILED job's bar takes the failure colour (the word is still in the badge)."""
        style = (f"QProgressBar {{ text-align: center; }} QProgressBar::chunk {{ background-color: "
                 f"{BADGE_COLOURS[BadgeKind.FAILURE]}; }}" if failed else "")
        self.progress.setProperty("failed", failed)
        if style != self.progress.styleSheet():  # an unchanged sheet would still re-polish the bar
            self.progress.setStyleSheet(style)

    def _show_next_step(self, text: str | None) -> None:
        self.next_step = text or ""
        self.next_step_label.setText(translate("JobPanel", "What to do now: {step}").format(step=text) if text else "")
        self.next_step_label.setVisible(bool(text))

    @property
    def ended(self) -> bool:
        return self.state in (JobState.SUCCEEDED, JobState.FAILED, JobState.REFUSED, JobState.STOPPED)

    def set_allow_start_again(self, allowed: bool, *, offered_elsewhere: bool = False) -> None:
        """Enable "Start again…"; hide it while the pre-flight panel offers the same action.

        Two visible "Start again" buttons would also share one mnemonic, and an ambiguous Alt+key
        only moves the focus instead of pressing the button.
        """
        self._allow_again = allowed
        self._again_elsewhere = offered_elsewhere
        self._update_buttons()

    def _update_buttons(self) -> None:
        watching = self.state in (JobState.STARTING, JobState.RUNNING, JobState.WAITING)
        self.stop_button.setVisible(watching)
        self.stop_button.setEnabled(watching)
        self.save_button.setVisible(self.ended)
        self.save_button.setEnabled(self.report_files is not None)
        self.copy_button.setVisible(self.ended)
        self.log_button.setVisible(self.ended)
        allowed = getattr(self, "_allow_again", True)
        elsewhere = getattr(self, "_again_elsewhere", False)
        self.again_button.setVisible(self.state in (JobState.SUCCEEDED, JobState.FAILED) and not elsewhere)
        self.again_button.setEnabled(allowed)

    def show_existing(self, job: JobInfo | None, seen: datetime) -> None:
        """The pre-flight check's view of the appliance's job, at once (one truth on screen).

        A running job is shown as RUNNING but not watched; a finished one with its result, its
        error and the next step. Messages keep the time they were first seen here: attaching later
        does not re-list them with the attach time.
        """
        if self.watching:
            return
        self.reset()
        if job is None:
            return
        self.state = JobState.UNWATCHED if job.status == STATUS_RUNNING else JobState.PREVIOUS
        self._show_info(job, seen, final=False, preexisting=True)
        if job.status == STATUS_RUNNING:
            #: Translators: a job state in the status badge, in capitals like the appliance's own states
            self.badge.set_state(BadgeKind.ACTIVE, translate("JobPanel", "RUNNING"))
            self.detail.setText(translate("JobPanel", "A reconciliation job is running on the appliance and is not "
                                                      "watched yet. Use “Attach to running job” to follow it."))
        elif job.status == STATUS_SUCCEEDED:
            #: Translators: a job state in the status badge, in capitals like the appliance's own states
            self.badge.set_state(BadgeKind.SUCCESS, translate("JobPanel", "SUCCEEDED"))
            self.detail.setText(translate("JobPanel", "The last reconciliation job on this appliance succeeded (ended "
                                                      "{end}).")
                                .format(end=local_time(job.end_time)))
        elif job.status == STATUS_FAILED:
            #: Translators: a job state in the status badge, in capitals like the appliance's own states
            self.badge.set_state(BadgeKind.FAILURE, translate("JobPanel", "FAILED"))
            self.detail.setText(translate("JobPanel", "The last reconciliation job on this appliance failed (ended "
                                                      "{end}).")
                                .format(end=local_time(job.end_time)))
            self._show_failure(job)
        else:
            self.badge.set_state(BadgeKind.NEUTRAL, job.status)
            self.detail.setText(translate("JobPanel", "The appliance reports a job in state {status}.")
                                .format(status=job.status))
        self._refresh_elapsed()
        self._update_buttons()

    def show_starting(self, attach: bool) -> None:
        keep = attach and self.state == JobState.UNWATCHED
        kept = self._keep_messages() if keep else None
        self.reset()
        if kept is not None:
            self._restore_messages(kept)
        self.state = JobState.STARTING
        self._watch_started = self._now()
        #: Translators: a job state in the status badge, in capitals like the appliance's own states
        self.badge.set_state(BadgeKind.ACTIVE, translate("JobPanel", "STARTING") if not attach
                             else translate("JobPanel", "ATTACHING"))
        self.detail.setText(translate("JobPanel", "Asking the appliance to start the job…") if not attach
                            else translate("JobPanel", "Attaching to the running job…"))
        self.progress.setRange(0, 0)
        self._update_buttons()

    def _keep_messages(self) -> tuple[list[tuple[str, str, str, MessageKind]], int]:
        return self.messages.rows(), self._shown_messages

    def _restore_messages(self, kept: tuple[list[tuple[str, str, str, MessageKind]], int]) -> None:
        rows, shown = kept
        for time_text, message_id, text, kind in rows:
            self.messages.add_message(time_text, message_id, text, kind=kind)
        self._shown_messages = shown

    def show_refused(self, headline: str, lines: list[str], next_step: str | None = None) -> None:
        """The job was not started (refusal, transport failure, gave up)."""
        self._timer.stop()
        started = self.info is not None and self.state not in (JobState.STARTING,)
        self.state = JobState.FAILED if started else JobState.REFUSED
        #: Translators: a job state in the status badge, in capitals like the appliance's own states
        self.badge.set_state(BadgeKind.FAILURE, translate("JobPanel", "ERROR") if started
                             else translate("JobPanel", "NOT STARTED"))
        self.detail.setText(headline)
        self.failure_lines = [headline, *lines]
        self.error_box.setText("\n".join(lines) if lines else "")
        self.error_box.setVisible(bool(lines))
        self._show_next_step(next_step)
        self.error_frame.setVisible(bool(lines))
        if self.progress.maximum() == 0:
            self.progress.setRange(0, 100)
        self._set_failure_colour(started)
        self._update_buttons()

    # --- events ------------------------------------------------------------------------------

    @property
    def watching(self) -> bool:
        return self.state in (JobState.STARTING, JobState.RUNNING, JobState.WAITING)

    def _running_text(self, text: str) -> str:
        """``text`` plus the latest outage / re-login note, which later polls must not wipe out."""
        return f"{text}\n{self._note}" if self._note else text

    def handle_event(self, event: Event) -> None:
        """Show one engine event; each type has its handler below (one dispatch, no isinstance chain)."""
        self._on_event(event)

    @EventDispatch
    def _on_event(self, event: Event) -> None:
        """Events the job panel does not show (Connected, PreflightDone)."""

    def _outside_watch(self) -> bool:
        # The pre-flight check rides out outages too; no job is watched then, so the panel must not
        # claim one is RUNNING or WAITING. The main window shows those in the status bar.
        return not self.watching

    @_on_event.register
    def _(self, event: JobStarted | JobAttached) -> None:
        from reconui.core.events import JobStarted

        self._show_info(event.info, event.at)
        self.detail.setText(translate("JobPanel", "The job was started.") if isinstance(event, JobStarted)
                            else translate("JobPanel", "Watching the job that was already running."))

    @_on_event.register
    def _(self, event: JobUpdated) -> None:
        self._show_info(event.info, event.at)
        if self.state == JobState.RUNNING:
            self.detail.setText(self._running_text(translate("JobPanel", "Running — last change seen at {time}.")
                                                   .format(time=clock_time(event.at))))

    @_on_event.register
    def _(self, event: ServicesUnavailable) -> None:
        if self._outside_watch():
            return
        self.state = JobState.WAITING
        self._outage = event
        self._attempts = 1
        #: Translators: a job state in the status badge, in capitals like the appliance's own states
        self.badge.set_state(BadgeKind.WAITING, translate("JobPanel", "WAITING"))
        self.messages.add_message(clock_time(event.at), event.cause.code, self._waiting_reason(event.cause),
                                  kind=MessageKind.OUTAGE)
        self._show_waiting()
        self.detail.setToolTip(error_sentence(event.cause))
        if not self._timer.isActive():
            self._timer.start()
        self._update_buttons()

    @_on_event.register
    def _(self, event: StillUnavailable) -> None:
        if self._outside_watch() or self._outage is None:
            return
        from reconui.core.events import ServicesUnavailable

        self._attempts = event.attempts
        self._outage = ServicesUnavailable(at=self._outage.at, cause=event.cause, since=event.since,
                                           deadline=event.deadline)
        self._show_waiting()

    def _waiting_reason(self, cause: ReconError) -> str:
        if looks_like_garbage(cause):
            return translate("JobPanel", "The address answers, but not like the appliance's API (a proxy or the "
                                         "network answering in its place?): {reason}")\
                .format(reason=error_sentence(cause))
        return translate("JobPanel", "Appliance services restarting: {reason}").format(reason=error_sentence(cause))

    def _show_waiting(self) -> None:
        """Why it waits, for how long it has waited, how often it tried, until when it goes on."""
        outage = self._outage
        if outage is None:
            return
        until = clock_time(outage.deadline, seconds=False)
        if looks_like_garbage(outage.cause):
            first = translate("JobPanel", "The appliance's address answers with something that is not the appliance (a "
                                          "proxy or the network?) — waiting (until {time}).").format(time=until)
        else:
            first = translate("JobPanel", "Appliance services restarting — waiting (until {time}). This is expected "
                                          "during reconciliation.").format(time=until)
        waited = format_duration((self._now() - outage.since).total_seconds())
        second = translate("JobPanel", "Waited {waited}, %n attempt(s); keeps trying until {time}.", None,
                           self._attempts).format(waited=waited, time=until)
        self.detail.setText(f"{first}\n{second}")

    @_on_event.register
    def _(self, event: ServicesBack) -> None:
        if self._outside_watch():
            return
        self.state = JobState.RUNNING
        self._outage = None
        self.badge.set_state(BadgeKind.ACTIVE, translate("JobPanel", "RUNNING"))
        self._note = translate("JobPanel", "{time}: the appliance answers again after {seconds} s of restarting "
                                           "services.").format(
            time=clock_time(event.at), seconds=round(event.outage_seconds))
        self.messages.add_message(clock_time(event.at), "", self._note, kind=MessageKind.BACK)
        self.detail.setText(self._note)
        self.detail.setToolTip("")
        self._update_buttons()

    @_on_event.register
    def _(self, event: Reauthenticated) -> None:
        if self._outside_watch():
            return
        self._note = translate("JobPanel", "{time}: the session had expired; logged in again and kept watching.")\
            .format(time=clock_time(event.at))
        self.messages.add_message(clock_time(event.at), "", self._note, kind=MessageKind.RELOGIN)
        self.detail.setText(self._note)

    @_on_event.register
    def _(self, event: JobFinished) -> None:
        self._show_info(event.info, event.at)

    @_on_event.register
    def _(self, event: MonitoringStopped) -> None:
        self._timer.stop()
        if event.last_info is not None:
            self._show_info(event.last_info, event.at, final=False)
        self._timer.stop()
        self.state = JobState.STOPPED
        self._outage = None
        self.badge.set_state(BadgeKind.NEUTRAL, translate("JobPanel", "NOT MONITORED"))
        self.detail.setText(translate("JobPanel", "Monitoring stopped. The reconciliation job continues on the "
                                                  "appliance; connect again later to check its result, or use “Attach "
                                                  "to running job” while connected."))
        if self.progress.maximum() == 0:
            self.progress.setRange(0, 100)
        self._update_buttons()

    @_on_event.register
    def _(self, event: RunFailed) -> None:
        self.show_refused(error_sentence(event.error), server_message_lines(event.error.server_messages,
                                                                            self._render),
                          next_step_for_error(event.error))

    def _message_time(self, msg: LocalizableMessage, seen: datetime, preexisting: bool) -> str:
        """The appliance's own time in the message if it has one; else when reconui first saw it.

        Messages that were already there when reconui first looked are marked "by" that time:
        they may be older, and the attach time must not pass for the time they happened.
        """
        for param in (msg.params or {}).values():
            moment = getattr(param, "dt", None)
            if moment is not None:
                return clock_time(moment)
        if preexisting:
            return translate("JobPanel", "by {time}").format(time=clock_time(seen))
        return clock_time(seen)

    def _show_info(self, info: JobInfo, seen: datetime, *, final: bool = True, preexisting: bool = False) -> None:
        first_look = self.info is None and self._shown_messages == 0
        self.info = info
        if self.progress.maximum() == 0:
            self.progress.setRange(0, 100)
        self.progress.setValue(max(0, min(100, int(info.progress))))
        self.start_label.setText(local_time(info.start_time) if info.start_time else "—")
        self.end_label.setText(local_time(info.end_time) if info.end_time else "—")
        for msg in info.messages[self._shown_messages:]:
            self.messages.add_message(self._message_time(msg, seen, preexisting or first_look), msg.id,
                                      self._render(msg), kind=message_kind(msg))
        self._shown_messages = max(self._shown_messages, len(info.messages))
        if not final:
            return
        if info.status == STATUS_SUCCEEDED:
            self.state = JobState.SUCCEEDED
            self.badge.set_state(BadgeKind.SUCCESS, translate("JobPanel", "SUCCEEDED"))
            self.detail.setText(translate("JobPanel", "Reconciliation finished successfully."))
            self._timer.stop()
        elif info.status == STATUS_FAILED:
            self.state = JobState.FAILED
            self.badge.set_state(BadgeKind.FAILURE, translate("JobPanel", "FAILED"))
            self.detail.setText(translate("JobPanel", "Reconciliation failed. The appliance's error is shown below."))
            self._show_failure(info)
            self._timer.stop()
        elif info.status == STATUS_RUNNING or self.state in (JobState.STARTING, JobState.IDLE):
            if self.state != JobState.WAITING:
                self.state = JobState.RUNNING
                self.badge.set_state(BadgeKind.ACTIVE, translate("JobPanel", "RUNNING") if info.status == STATUS_RUNNING
                                     else info.status)
            if not self._timer.isActive():
                self._timer.start()
        self._refresh_elapsed()
        self._update_buttons()

    def _show_failure(self, info: JobInfo) -> None:
        lines: list[str] = []
        if info.error is not None:
            lines = server_message_lines(info.error.messages, self._render)
            if not lines and info.error.error_type:
                lines = [info.error.error_type]
        if info.error_text:
            lines.append(info.error_text)
        self.failure_lines = lines
        self.error_box.setText("\n".join(lines) or translate("JobPanel", "The appliance gave no details."))
        self.error_box.show()
        self._show_next_step(next_step_for_job(info))
        self.error_frame.show()
        self._set_failure_colour(True)

    def _on_filter_changed(self, text: str) -> None:
        self.messages.set_filter(text)

    def _refresh_elapsed(self) -> None:
        info = self.info
        start = (info.start_time if info is not None else None) or self._watch_started
        if start is None:
            return
        finished = self.ended or self.state == JobState.PREVIOUS
        end = info.end_time if info is not None and info.end_time and finished else self._now()
        self.elapsed_label.setText(format_duration((end - start).total_seconds()))

    def _on_timer_timeout(self) -> None:
        self._refresh_elapsed()
        if self.state == JobState.WAITING:
            self._show_waiting()

    def show_report(self, json_path: str, html_path: str) -> None:
        import html  # with its entity tables: once a report exists, not at start

        from PySide6.QtCore import QUrl

        self.report_files = (json_path, html_path)
        links = []
        for path in (html_path, json_path):
            if path:
                url = QUrl.fromLocalFile(path).toString()
                links.append(f'<a href="{html.escape(url)}">{html.escape(Path(path).name)}</a>')
        # File names keep this to one line at 1024 px; the folder is in the tooltip and the summary.
        folder = str(Path(html_path or json_path).parent)
        self.report_label.setText(translate("JobPanel", "Report saved automatically: {links}")
                                  .format(links=" · ".join(links)))
        self.report_label.setToolTip(translate("JobPanel", "Saved in {folder}").format(folder=folder))
        self.report_label.show()
        self._update_buttons()
