"""Step 4: the live reconciliation job.

A status badge with a word (never colour alone), a progress bar with the percentage, elapsed time,
start and end in local time, the appliance's messages (copyable), error details on failure, and a
distinct "services restarting — waiting (until HH:MM)" state, because during reconciliation the API
legitimately vanishes for minutes and that must not look like an error.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

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
)
from reconui.core.models import STATUS_FAILED, STATUS_RUNNING, STATUS_SUCCEEDED, JobInfo, LocalizableMessage
from reconui.ui.icons import icon
from reconui.ui.messages import error_sentence, server_message_lines
from reconui.ui.times import local_time
from reconui.ui.widgets import BADGE_COLOURS, BadgeKind, MessagesTable, StatusBadge, selectable_label


def tr(text: str) -> str:
    return QCoreApplication.translate("JobPanel", text)


class JobState:
    IDLE = "idle"
    STARTING = "starting"
    RUNNING = "running"
    WAITING = "waiting"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    REFUSED = "refused"
    STOPPED = "stopped"


def format_duration(seconds: float) -> str:
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class JobPanel(QGroupBox):
    """Signals: stop_requested(), save_report_requested(), copy_summary_requested(),
    open_log_folder_requested(), start_again_requested()."""

    stop_requested = Signal()
    save_report_requested = Signal()
    copy_summary_requested = Signal()
    open_log_folder_requested = Signal()
    start_again_requested = Signal()

    def __init__(self, render: Callable[[LocalizableMessage], str], parent: QWidget | None = None,
                 now: Callable[[], datetime] | None = None) -> None:
        super().__init__(tr("4. Reconciliation job"), parent)
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

        self.progress = QProgressBar()
        self.progress.setObjectName("progressBar")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setFormat(tr("%p %"))
        self.progress.setAccessibleName(tr("Job progress"))
        outer.addWidget(self.progress)

        # Elapsed and start on one row, end below the start: the vertical room goes to the messages
        # table, and the row still fits the right column at 1024 px.
        times = QGridLayout()
        self.elapsed_label = selectable_label("—", name="elapsedLabel")
        self.start_label = selectable_label("—", name="startLabel")
        self.end_label = selectable_label("—", name="endLabel")
        cells = ((tr("Elapsed:"), self.elapsed_label, 0, 0), (tr("Started:"), self.start_label, 0, 2),
                 (tr("Ended:"), self.end_label, 1, 2))
        for caption, value, row, column in cells:
            label = QLabel(caption)
            label.setBuddy(value)
            value.setAccessibleName(caption.rstrip(":"))
            times.addWidget(label, row, column)
            times.addWidget(value, row, column + 1)
        times.setColumnMinimumWidth(1, self.fontMetrics().horizontalAdvance("0:00:00") * 2)
        times.setColumnStretch(3, 1)
        outer.addLayout(times)

        self.messages = MessagesTable()
        # Room for about eight wrapped messages: at 1024×700 the right column scrolls instead of
        # squeezing the table to a few half-cut rows.
        self.messages.setMinimumHeight(self.fontMetrics().lineSpacing() * 13)
        outer.addWidget(self.messages, 1)

        self.error_frame = QFrame()
        self.error_frame.setObjectName("errorFrame")
        # Palette roles only, so the frame follows the light or dark scheme; the red edge marks it.
        self.error_frame.setStyleSheet(f"QFrame#errorFrame {{ border: 1px solid palette(mid); border-left: 0.4em "
                                       f"solid {BADGE_COLOURS[BadgeKind.FAILURE]}; border-radius: 3px; "
                                       "background: palette(base); }")
        error_layout = QVBoxLayout(self.error_frame)
        self.error_title = QLabel(tr("Error details"))
        self.error_title.setObjectName("errorTitle")
        bold = self.error_title.font()
        bold.setBold(True)
        self.error_title.setFont(bold)
        self.error_box = selectable_label(name="errorDetails")
        self.error_box.setTextFormat(Qt.TextFormat.PlainText)
        self.error_box.setAccessibleName(tr("Error details"))
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
        self.stop_button = QPushButton(icon("stop"), tr("Stop &monitoring"))
        self.stop_button.setObjectName("stopButton")
        self.stop_button.setToolTip(tr("Stop watching. The job itself cannot be cancelled and continues on the "
                                       "appliance; connect again later to see its result."))
        self.save_button = QPushButton(icon("save"), tr("Save &report…"))
        self.save_button.setObjectName("saveReportButton")
        self.copy_button = QPushButton(icon("copy"), tr("Copy su&mmary"))
        self.copy_button.setObjectName("copySummaryButton")
        self.log_button = QPushButton(icon("folder"), tr("Open &log folder"))
        self.log_button.setObjectName("openLogFolderButton")
        self.again_button = QPushButton(icon("refresh"), tr("Start a&gain…"))
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
        self._timer.stop()
        self.messages.setRowCount(0)
        self.badge.set_state(BadgeKind.NEUTRAL, tr("NOT STARTED"))
        self.detail.setText(tr("No job is being watched."))
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.elapsed_label.setText("—")
        self.start_label.setText("—")
        self.end_label.setText("—")
        self.error_frame.hide()
        self.error_box.clear()
        self.report_label.hide()
        self._update_buttons()

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

    def show_starting(self, attach: bool) -> None:
        self.reset()
        self.state = JobState.STARTING
        self._watch_started = self._now()
        self.badge.set_state(BadgeKind.ACTIVE, tr("STARTING") if not attach else tr("ATTACHING"))
        self.detail.setText(tr("Asking the appliance to start the job…") if not attach
                            else tr("Attaching to the running job…"))
        self.progress.setRange(0, 0)
        self._update_buttons()

    def show_refused(self, headline: str, lines: list[str]) -> None:
        """The job was not started (refusal, transport failure, gave up)."""
        self._timer.stop()
        started = self.info is not None and self.state not in (JobState.STARTING,)
        self.state = JobState.FAILED if started else JobState.REFUSED
        self.badge.set_state(BadgeKind.FAILURE, tr("ERROR") if started else tr("NOT STARTED"))
        self.detail.setText(headline)
        self.failure_lines = [headline, *lines]
        self.error_box.setText("\n".join(lines) if lines else "")
        self.error_frame.setVisible(bool(lines))
        if self.progress.maximum() == 0:
            self.progress.setRange(0, 100)
        self._update_buttons()

    # --- events ------------------------------------------------------------------------------

    @property
    def watching(self) -> bool:
        return self.state in (JobState.STARTING, JobState.RUNNING, JobState.WAITING)

    def _running_text(self, text: str) -> str:
        """``text`` plus the latest outage / re-login note, which later polls must not wipe out."""
        return f"{text}\n{self._note}" if self._note else text

    def handle_event(self, event: Event) -> None:
        if isinstance(event, ServicesUnavailable | ServicesBack | Reauthenticated) and not self.watching:
            # The pre-flight check rides out outages too; no job is watched here then, so the panel
            # must not claim one is RUNNING or WAITING. The main window shows those in the status bar.
            return
        if isinstance(event, JobStarted | JobAttached):
            self._show_info(event.info, event.at)
            self.detail.setText(tr("The job was started.") if isinstance(event, JobStarted)
                                else tr("Watching the job that was already running."))
        elif isinstance(event, JobUpdated):
            self._show_info(event.info, event.at)
            if self.state == JobState.RUNNING:
                self.detail.setText(self._running_text(tr("Running — last change seen at {time}.").format(
                    time=event.at.astimezone().strftime("%H:%M:%S"))))
        elif isinstance(event, ServicesUnavailable):
            self.state = JobState.WAITING
            until = event.deadline.astimezone().strftime("%H:%M")
            self.badge.set_state(BadgeKind.WAITING, tr("WAITING"))
            self.detail.setText(tr("Appliance services restarting — waiting (until {time}). This is expected "
                                   "during reconciliation.").format(time=until))
            self.detail.setToolTip(error_sentence(event.cause))
            self._update_buttons()
        elif isinstance(event, ServicesBack):
            self.state = JobState.RUNNING
            self.badge.set_state(BadgeKind.ACTIVE, tr("RUNNING"))
            self._note = tr("{time}: the appliance answers again after {seconds} s of restarting services.").format(
                time=event.at.astimezone().strftime("%H:%M:%S"), seconds=round(event.outage_seconds))
            self.detail.setText(self._note)
            self.detail.setToolTip("")
            self._update_buttons()
        elif isinstance(event, Reauthenticated):
            self._note = tr("{time}: the session had expired; logged in again and kept watching.").format(
                time=event.at.astimezone().strftime("%H:%M:%S"))
            self.detail.setText(self._note)
        elif isinstance(event, JobFinished):
            self._show_info(event.info, event.at)
        elif isinstance(event, MonitoringStopped):
            self._timer.stop()
            if event.last_info is not None:
                self._show_info(event.last_info, event.at, final=False)
            self._timer.stop()
            self.state = JobState.STOPPED
            self.badge.set_state(BadgeKind.NEUTRAL, tr("NOT MONITORED"))
            self.detail.setText(tr("Monitoring stopped. The reconciliation job continues on the appliance; "
                                   "connect again later to check its result."))
            if self.progress.maximum() == 0:
                self.progress.setRange(0, 100)
            self._update_buttons()
        elif isinstance(event, RunFailed):
            self.show_refused(error_sentence(event.error),
                              server_message_lines(event.error.server_messages, self._render))

    def _show_info(self, info: JobInfo, seen: datetime, *, final: bool = True) -> None:
        self.info = info
        if self.progress.maximum() == 0:
            self.progress.setRange(0, 100)
        self.progress.setValue(max(0, min(100, int(info.progress))))
        self.start_label.setText(local_time(info.start_time) if info.start_time else "—")
        self.end_label.setText(local_time(info.end_time) if info.end_time else "—")
        seen_text = seen.astimezone().strftime("%H:%M:%S")
        for msg in info.messages[self._shown_messages:]:
            self.messages.add_message(seen_text, msg.id, self._render(msg))
        self._shown_messages = max(self._shown_messages, len(info.messages))
        if not final:
            return
        if info.status == STATUS_SUCCEEDED:
            self.state = JobState.SUCCEEDED
            self.badge.set_state(BadgeKind.SUCCESS, tr("SUCCEEDED"))
            self.detail.setText(tr("Reconciliation finished successfully."))
            self._timer.stop()
        elif info.status == STATUS_FAILED:
            self.state = JobState.FAILED
            self.badge.set_state(BadgeKind.FAILURE, tr("FAILED"))
            self.detail.setText(tr("Reconciliation failed. The appliance's error is shown below."))
            lines: list[str] = []
            if info.error is not None:
                lines = server_message_lines(info.error.messages, self._render)
                if not lines and info.error.error_type:
                    lines = [info.error.error_type]
            if info.error_text:
                lines.append(info.error_text)
            self.failure_lines = lines
            self.error_box.setText("\n".join(lines) or tr("The appliance gave no details."))
            self.error_frame.show()
            self._timer.stop()
        elif info.status == STATUS_RUNNING or self.state in (JobState.STARTING, JobState.IDLE):
            if self.state != JobState.WAITING:
                self.state = JobState.RUNNING
                self.badge.set_state(BadgeKind.ACTIVE, tr("RUNNING") if info.status == STATUS_RUNNING
                                     else info.status)
            if not self._timer.isActive():
                self._timer.start()
        self._refresh_elapsed()
        self._update_buttons()

    def _refresh_elapsed(self) -> None:
        info = self.info
        start = (info.start_time if info is not None else None) or self._watch_started
        if start is None:
            return
        end = info.end_time if info is not None and info.end_time and self.ended else self._now()
        self.elapsed_label.setText(format_duration((end - start).total_seconds()))

    def _on_timer_timeout(self) -> None:
        self._refresh_elapsed()

    def show_report(self, json_path: str, html_path: str) -> None:
        self.report_files = (json_path, html_path)
        links = []
        for path in (html_path, json_path):
            if path:
                url = QUrl.fromLocalFile(path).toString()
                links.append(f'<a href="{html.escape(url)}">{html.escape(Path(path).name)}</a>')
        # File names keep this to one line at 1024 px; the folder is in the tooltip and the summary.
        folder = str(Path(html_path or json_path).parent)
        self.report_label.setText(tr("Report saved automatically: {links}").format(links=" · ".join(links)))
        self.report_label.setToolTip(tr("Saved in {folder}").format(folder=folder))
        self.report_label.show()
        self._update_buttons()
