"""Acting on the job: start, attach, check again, stop watching, and leaving a watched job.

Starting restates what will happen and asks (:meth:`Dialogs.confirm_start`); closing, quitting,
disconnecting or stopping while a job is watched asks too (default: keep watching), because the
job goes on on the appliance and the admin should know how to come back to it.

Mixed into :class:`reconui.ui.main_window.MainWindow`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QMainWindow

from reconui.core import settings_schema as keys
from reconui.core.logging_setup import register_secret
from reconui.core.models import JobSpec, Target
from reconui.ui.connect_flow import ConnectionState
from reconui.ui.connection_form import FormError
from reconui.ui.demo_wiring import DemoInfo
from reconui.ui.dialogs import LeaveRequest, StartSummary
from reconui.ui.keyring_binding import KeyringBinding
from reconui.ui.settings import Settings
from reconui.ui.widgets import AlertKind
from reconui.ui.window_parts import WindowParts


class JobActionsMixin(WindowParts):
    """Start, attach, check again, stop; and the question before leaving a watched job."""

    settings: Settings
    keyring: KeyringBinding
    demo: DemoInfo | None
    _last_spec_user: str
    _last_ignore: bool
    _leave_confirmed: bool
    sso_requested: bool

    if TYPE_CHECKING:  # provided by the window and DemoMixin (a stub here would shadow them)
        def is_demo_target(self, target: Target) -> bool: ...

        def view_step(self, name: str, *args: object) -> None: ...

    def _start(self, *, again: bool) -> None:
        if self.target is None or self.connection_state != ConnectionState.CONNECTED:
            return
        try:
            spec = self.credential_form.job_spec()
        except FormError as problem:
            self.sso_requested = True  # show the SSO fields again if a job's result had hidden them
            self._update_actions()
            self.alert.show_alert(AlertKind.WARNING, str(problem))
            problem.widget.setFocus()
            return
        summary = StartSummary(address=self.target.address, sso_user=spec.sso_user,
                               ignore_warnings=spec.ignore_warnings, again=again,
                               demo=self.is_demo_target(self.target),
                               unreachable_partners=self.preflight_panel.partner_list.unreachable)
        if not self.dialogs.confirm_start(self, summary):  # type: ignore[arg-type]
            return
        register_secret(spec.sso_password)
        self.keyring.store_password(self.target.host, spec.sso_user, spec.sso_password,
                                    self.credential_form.sso_remember.isChecked())
        self.settings.set(keys.SSO_USER, spec.sso_user)
        self._last_spec_user = spec.sso_user
        self._last_ignore = spec.ignore_warnings
        self.sso_requested = False
        self._begin_watching(attach=False, task=lambda: self.controller.start_job(spec, self._report_options(spec)))

    def _begin_watching(self, *, attach: bool, task: Callable[[], object]) -> None:
        """Clear what the last job left (alert, report, health verdict), queue ``task``, focus Stop.

        The view part is a journaled step, so a language switch shows it again (language_switch.py).
        """
        self._report_files = None
        self.view_step("starting", attach)
        task()
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
        if self.demo is not None and target is not None and self.is_demo_target(target):
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
        self._begin_watching(attach=True, task=lambda: self.controller.attach_job(job, self._report_options(None)))

    @Slot()
    def _on_refresh_requested(self) -> None:
        self.view_step("checking")
        self.controller.refresh_preflight()

    @Slot()
    def _on_stop_requested(self) -> None:
        if not self.confirm_leaving(LeaveRequest.STOP):
            return
        self.controller.stop_monitoring()

    # --- leaving a watched job ----------------------------------------------------------------

    def confirm_leaving(self, leave: LeaveRequest) -> bool:
        """Ask before a watched job drops out of view; True when there is nothing to ask or the user agreed."""
        if not self.job_panel.watching:
            return True
        return self.dialogs.confirm_leave(self, leave)  # type: ignore[arg-type]

    @Slot()
    def _on_quit_requested(self) -> None:
        if not self.confirm_leaving(LeaveRequest.QUIT):
            return
        self._leave_confirmed = True
        window: QMainWindow = self  # type: ignore[assignment]
        window.close()
