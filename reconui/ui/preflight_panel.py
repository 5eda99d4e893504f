"""Step 3: what the appliance looks like before anything is started, and what can be done next.

Shows the appliance version and build, the API flavour in use, the restore state, and the existing
reconciliation job. The next action follows from that: no job → "Start reconciliation…"; a running
job (as after a file-based restore) → "Attach"; a finished job → its result, and "Start again…"
only as an explicit, separate choice.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from reconui.core.models import (
    RESTORE_FAILED,
    STATUS_FAILED,
    STATUS_RUNNING,
    STATUS_SUCCEEDED,
    JobInfo,
    LocalizableMessage,
    RestoreStatus,
)
from reconui.ui.i18n import error_text, server_message_lines, translate
from reconui.ui.icons import icon
from reconui.ui.partner_list import PartnerList
from reconui.ui.restore_progress import RestoreProgress
from reconui.ui.times import clock_time, local_time
from reconui.ui.widgets import selectable_label

if TYPE_CHECKING:  # loaded with the first event
    from reconui.core.events import PreflightDone, RestoreFinished, RestoreUpdated


class PreflightPanel(QGroupBox):
    """Signals: start_requested(), attach_requested(), start_again_requested(), refresh_requested()."""

    start_requested = Signal()
    attach_requested = Signal()
    start_again_requested = Signal()
    refresh_requested = Signal()

    def __init__(self, render: Callable[[LocalizableMessage], str], parent: QWidget | None = None) -> None:
        super().__init__(translate("PreflightPanel", "3. Pre-flight check"), parent)
        self.setObjectName("preflightPanel")
        self._render = render
        self.existing_job: JobInfo | None = None
        #: False when the restore state was read and is not SUCCEEDED: the appliance would refuse to
        #: start (docs/protocol.md §1.4), so starting is offered but disabled, with the reason.
        self._restore_allows_start = True
        #: The restore was INPROGRESS when last read: waiting for it makes sense (not after FAILED).
        self._restore_running = False
        self._enabled = True
        self._has_result = False
        outer = QVBoxLayout(self)
        form = QFormLayout()
        self.version_label = selectable_label(name="versionLabel")
        self.flavor_label = selectable_label(name="flavorLabel")
        self.restore_label = selectable_label(name="restoreLabel")
        self.job_label = selectable_label(name="existingJobLabel")
        form.addRow(translate("PreflightPanel", "Appliance:"), self.version_label)
        form.addRow(translate("PreflightPanel", "API in use:"), self.flavor_label)
        self.restore_progress = RestoreProgress(render)
        self.partner_list = PartnerList()
        form.addRow(translate("PreflightPanel", "Restore:"), self.restore_label)
        form.addRow("", self.restore_progress)
        form.addRow(translate("PreflightPanel", "Linked mode:"), self.partner_list)
        form.addRow(translate("PreflightPanel", "Reconciliation job:"), self.job_label)
        outer.addLayout(form)

        buttons = QHBoxLayout()
        self.start_button = QPushButton(icon("start"), translate("PreflightPanel", "S&tart reconciliation…"))
        self.start_button.setObjectName("startButton")
        self.attach_button = QPushButton(icon("start"), translate("PreflightPanel", "A&ttach to running job"))
        self.attach_button.setObjectName("attachButton")
        self.attach_button.setToolTip(translate("PreflightPanel", "Watch the job that is already running on the "
                                                                  "appliance."))
        self.start_again_button = QPushButton(icon("refresh"), translate("PreflightPanel", "Start a&gain…"))
        self.start_again_button.setObjectName("preflightStartAgainButton")
        self.refresh_button = QPushButton(icon("refresh"), translate("PreflightPanel", "Chec&k again"))
        self.refresh_button.setObjectName("refreshButton")
        self.start_button.clicked.connect(self.start_requested)
        self.attach_button.clicked.connect(self.attach_requested)
        self.start_again_button.clicked.connect(self.start_again_requested)
        self.refresh_button.clicked.connect(self.refresh_requested)
        for button in (self.start_button, self.attach_button, self.start_again_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        outer.addLayout(buttons)
        self.clear()

    def clear(self) -> None:
        placeholder = translate("PreflightPanel", "— (connect first)")
        for label in (self.version_label, self.flavor_label, self.restore_label, self.job_label):
            label.setText(placeholder)
        self.existing_job = None
        self._restore_allows_start = True
        self._restore_running = False
        self._has_result = False
        self.restore_progress.hide()
        self.partner_list.clear()
        self._show_actions(start=False, attach=False, again=False)

    def set_flavor(self, flavor: str) -> None:
        self.flavor_label.setText("/" + flavor.strip("/"))

    def set_checking(self) -> None:
        self.job_label.setText(translate("PreflightPanel", "Checking…"))

    def show_preflight(self, event: PreflightDone) -> None:
        version = event.version
        if version is None:
            self.version_label.setText(translate("PreflightPanel", "unknown (the appliance did not say)"))
        else:
            product = version.product or translate("PreflightPanel", "vCenter Server Appliance")
            self.version_label.setText(translate("PreflightPanel", "{product} {version}, build {build}").format(
                product=product, version=version.version, build=version.build or "?"))
        self.show_restore(event.restore)
        self.partner_list.show_check(event.partners)
        self.show_job(event.existing_job)
        self.refresh_button.setEnabled(True)

    @property
    def restore_running(self) -> bool:
        """The restore job was INPROGRESS when last read (the window then watches it)."""
        return self.restore_progress.isVisibleTo(self)

    def show_restore(self, restore: RestoreStatus | None) -> None:
        """The restore state, and its next step: wait for a running one, fix a failed one."""
        self._restore_allows_start = restore is None or restore.succeeded
        self._restore_running = restore is not None and restore.in_progress
        self.restore_progress.hide()
        if restore is None:
            self.restore_label.setText(translate("PreflightPanel", "unknown"))
        elif restore.succeeded:
            self.restore_label.setText(translate("PreflightPanel", "✔ SUCCEEDED — reconciliation may start"))
        elif restore.in_progress:
            self.restore_label.setText(self._watching_restore_text(restore.progress))
            self.restore_progress.start(restore, self._seen())
        elif restore.state == RESTORE_FAILED:
            lines = server_message_lines(restore.messages, self._render)
            headline = translate("PreflightPanel", "✖ FAILED — {sentence}").format(
                sentence=error_text("restore_failed", {}))
            self.restore_label.setText("\n".join([headline, *lines]))
        else:
            self.restore_label.setText(translate("PreflightPanel", "⚠ {state} — the appliance only allows "
                                                                   "reconciliation after a successful restore")
                                       .format(state=restore.state))

    def show_restore_not_watched(self) -> None:
        """Watching the restore stopped while it still ran: say so; "Check again" looks again."""
        restore = self.restore_progress.restore
        self.restore_progress.stop_button.setEnabled(False)
        percent = (restore.progress if restore else None) or 0
        self.restore_label.setText(translate("PreflightPanel", "⟳ INPROGRESS ({percent} %) — not watched any more; "
                                                               "“Check again” looks at it again")
                                   .format(percent=percent))

    def handle_restore_event(self, event: RestoreUpdated | RestoreFinished) -> None:
        """Live progress of the watched restore; its end is shown by the pre-flight read after it."""
        from reconui.core.events import RestoreUpdated

        restore = event.restore
        self.restore_progress.update_status(restore, clock_time(event.at))
        if isinstance(event, RestoreUpdated) and restore.in_progress:
            self.restore_label.setText(self._watching_restore_text(restore.progress))

    @staticmethod
    def _watching_restore_text(progress: int | None) -> str:
        return translate("PreflightPanel", "⟳ INPROGRESS ({percent} %) — watching it; reconciliation can start once "
                                           "it has SUCCEEDED").format(percent=progress or 0)

    @staticmethod
    def _seen() -> str:
        return clock_time(datetime.now(timezone.utc))

    def show_job(self, job: JobInfo | None, *, offer_actions: bool = True, watched: bool = False) -> None:
        """Describe the appliance's job and offer the action that fits it.

        Args:
            job: the job as last seen (None: no job).
            offer_actions: False while or after the job panel handles it, so the same action is never
                offered in two places.
            watched: the job is being watched in the job panel right now.
        """
        self.existing_job = job
        self._has_result = True
        start = attach = again = False
        if job is None:
            # "Ready to start" only when the appliance would accept a start.
            # "Ready to start" only when the appliance would accept a start; "waiting" only while the
            # restore still runs (a FAILED restore needs a new one, not patience).
            if self._restore_allows_start:
                self.job_label.setText(translate("PreflightPanel", "None — ready to start"))
            elif self._restore_running:
                self.job_label.setText(translate("PreflightPanel", "None — waiting for the restore"))
            else:
                self.job_label.setText(translate("PreflightPanel", "None — a successful restore comes first"))
            start = True
        elif job.status == STATUS_RUNNING:
            if watched:
                self.job_label.setText(translate("PreflightPanel", "⟳ RUNNING — watched below"))
            else:
                self.job_label.setText(translate("PreflightPanel", "⟳ RUNNING ({percent} %), started {start} — attach "
                                                                   "to watch it").format(
                    percent=job.progress, start=local_time(job.start_time)))
            attach = True
        elif job.status in (STATUS_SUCCEEDED, STATUS_FAILED):
            mark = "✔" if job.status == STATUS_SUCCEEDED else "✖"
            self.job_label.setText(translate("PreflightPanel", "{mark} Last run {status}, ended {end}").format(
                mark=mark, status=job.status, end=local_time(job.end_time or job.start_time)))
            again = True
        else:
            self.job_label.setText(translate("PreflightPanel", "{status} ({percent} %)")
                                   .format(status=job.status, percent=job.progress))
            start = True
        if not offer_actions:
            start = attach = again = False
        self._show_actions(start=start, attach=attach, again=again)

    def _show_actions(self, *, start: bool, attach: bool, again: bool) -> None:
        self.start_button.setVisible(start)
        self.attach_button.setVisible(attach)
        self.start_again_button.setVisible(again)
        self.set_actions_enabled(self._enabled)

    def set_actions_enabled(self, enabled: bool) -> None:
        """Disable while a task runs (the buttons stay visible so the layout does not jump).

        Starting stays disabled while the restore has not succeeded; "Check again" re-reads it.
        """
        self._enabled = enabled
        may_start = enabled and self._restore_allows_start
        blocked = translate("PreflightPanel", "The restore has not finished successfully, so the appliance would "
                                              "refuse to start reconciliation. Finish the restore, then use “Check "
                                              "again”.")
        again = translate("PreflightPanel", "Start a new reconciliation job although one has already run.")
        self.start_button.setEnabled(may_start)
        self.start_again_button.setEnabled(may_start)
        self.start_button.setToolTip("" if self._restore_allows_start else blocked)
        self.start_again_button.setToolTip(again if self._restore_allows_start else blocked)
        self.attach_button.setEnabled(enabled)
        self.refresh_button.setEnabled(enabled and self._has_result)
