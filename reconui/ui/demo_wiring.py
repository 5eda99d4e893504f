"""The demo wiring: point the window at reconui's built-in simulator, and say so while it does.

The SIMULATION banner says "No real vCenter is touched"; it is shown only while the form points at
the simulator, because left up after the user typed a real appliance's address it would be a
dangerous lie.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton

from reconui.core.models import Target
from reconui.ui.connection_form import ConnectionForm
from reconui.ui.credential_form import CredentialForm
from reconui.ui.i18n import translate
from reconui.ui.widgets import AlertKind, AlertStrip

logger = logging.getLogger(__name__)


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


class DemoMixin:
    """The main window's demo mode (mixed into :class:`reconui.ui.main_window.MainWindow`)."""

    demo_launcher: Callable[[], DemoInfo | None] | None
    demo: DemoInfo | None
    session_pins: dict[str, str]
    connection_form: ConnectionForm
    credential_form: CredentialForm
    demo_banner: QLabel
    demo_action: QAction
    connect_button: QPushButton
    alert: AlertStrip

    if TYPE_CHECKING:  # provided by the window (a stub here would shadow it)
        def _demo_allowed(self) -> bool: ...

        def _after_demo_changed(self) -> None: ...

    @Slot()
    def _on_demo_requested(self) -> None:
        if self.demo_launcher is None or not self._demo_allowed():
            return
        try:
            info = self.demo_launcher()
        except Exception as problem:
            logger.exception("The built-in simulator did not start")
            self.alert.show_alert(AlertKind.ERROR, translate(
                "MainWindow", "The built-in simulator could not be started."), [str(problem)])
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
        self.demo_banner.setText(translate(
            "MainWindow", "SIMULATION — reconui's built-in appliance simulator is serving on {address} "
                          "(scenario “{scenario}”). No real vCenter is touched.")
            .format(address=address, scenario=info.scenario))
        # From now on the banner's row is kept, shown or not: it must not push the forms around.
        policy = self.demo_banner.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.demo_banner.setSizePolicy(policy)
        self._update_demo_banner()
        self.demo_action.setEnabled(False)
        self.connect_button.setFocus()

    def is_demo_target(self, target: Target) -> bool:
        return self.demo is not None and target.host == self.demo.host and target.port == self.demo.port

    def _update_demo_banner(self) -> None:
        form = self.connection_form
        demo = self.demo
        self.demo_banner.setVisible(demo is not None and form.host_text() == demo.host
                                    and form.port.value() == demo.port)
        self._after_demo_changed()

    @Slot()
    def _on_address_edited(self, *_args: object) -> None:
        self._update_demo_banner()
