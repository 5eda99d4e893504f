"""What the main window's mixins share: the window's parts and state, declared once.

:class:`reconui.ui.main_window.MainWindow` is assembled from mixins, one per concern and module
(``connect_flow.py``, ``job_actions.py``, ...). Several read the same widgets and state; declaring
them here once (annotations only: ``MainWindow.__init__`` sets them) keeps one list, and lets mypy
check every mixin against it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reconui.core.models import Target
    from reconui.ui.connect_flow import ConnectionState
    from reconui.ui.credential_form import CredentialForm
    from reconui.ui.dialogs import Dialogs
    from reconui.ui.job_controller import JobController
    from reconui.ui.job_panel import JobPanel
    from reconui.ui.preflight_panel import PreflightPanel
    from reconui.ui.widgets import AlertStrip


class WindowParts:
    """The parts and state of the window that more than one mixin uses."""

    controller: JobController
    dialogs: Dialogs
    target: Target | None
    connection_state: ConnectionState
    credential_form: CredentialForm
    preflight_panel: PreflightPanel
    job_panel: JobPanel
    alert: AlertStrip
    _report_files: tuple[str, str] | None

    if TYPE_CHECKING:  # provided by the window (a stub at run time would shadow its methods)
        def _update_actions(self) -> None: ...

        def _reset_health(self) -> None: ...
