"""The modal questions the main window asks, behind one injectable object.

Tests pass their own :class:`Dialogs` so nothing blocks on ``exec()`` (docs/architecture.md GUI-6); the app
uses these defaults.

No dialog is on screen at start, so the dialog classes (the certificate dialogs, ``QMessageBox``,
``QFileDialog``) are imported when one is first shown: importing a Qt class builds its Python enums,
and these cost the first window several milliseconds (docs/PERFORMANCE.md, round 3). The answers
(:class:`TrustChoice`, :class:`LeaveRequest`) live here, where the window can use them without that.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import PurePath
from typing import TYPE_CHECKING

from reconui.ui.i18n import check_text, translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

    from reconui.core.errors import CertificateChanged
    from reconui.core.models import CertificateInfo, Target


class TrustChoice(str, Enum):
    """The answer of :class:`reconui.ui.trust_dialog.TrustDialog`."""

    CANCEL = "cancel"
    ONCE = "once"
    REMEMBER = "remember"
    #: Name mismatch: connect again using one of the certificate's names (``TrustDialog.chosen_name``).
    USE_NAME = "use_name"


@dataclass(frozen=True)
class StartSummary:
    """What the user is about to do, restated before a job is started."""

    address: str
    sso_user: str
    ignore_warnings: bool
    again: bool
    demo: bool = False
    #: Linked-mode partners pre-flight found not answering (named before the job starts).
    unreachable_partners: tuple[str, ...] = ()


def start_confirmation_text(summary: StartSummary) -> str:
    """The question shown before a start, also used by tests and screenshots."""
    lines = [
        translate("Dialogs", "Start the reconciliation job on {address}?").format(address=summary.address),
        "",
        translate("Dialogs", "SSO administrator: {user}").format(user=summary.sso_user),
    ]
    if summary.ignore_warnings:
        lines.append(translate("Dialogs", "Ignore warnings: YES — if Enhanced Linked Mode partners are unreachable, "
                                          "changes made after the backup are lost."))
    else:
        lines.append(translate("Dialogs", "Ignore warnings: no — the job stops at validation warnings."))
    if summary.unreachable_partners:
        partners = ", ".join(summary.unreachable_partners)
        lines += ["", "⚠ " + check_text("partners_unreachable", {"partners": partners})]
        if summary.ignore_warnings:
            lines.append(check_text("ignore_consequence", {"partners": partners}))
    if summary.again:
        lines += ["", translate("Dialogs", "A reconciliation job has already run on this appliance. A new job starts "
                                           "the reconciliation again from the beginning.")]
    lines += ["", translate("Dialogs", "The job cannot be cancelled once it has started.")]
    return "\n".join(lines)


class LeaveRequest(str, Enum):
    """Why watching a job would end."""

    CLOSE = "close"
    QUIT = "quit"
    DISCONNECT = "disconnect"
    STOP = "stop"


def leave_title(leave: LeaveRequest) -> str:
    return translate("Dialogs", "Stop watching the job?")


def leave_text(leave: LeaveRequest) -> str:
    """What happens to the job, and how to come back to it (also used by tests and screenshots)."""
    first = {
        LeaveRequest.CLOSE: translate("Dialogs", "Closing reconui stops watching the "
                                                 "reconciliation job."),
        LeaveRequest.QUIT: translate("Dialogs", "Quitting reconui stops watching the "
                                                "reconciliation job."),
        LeaveRequest.DISCONNECT: translate("Dialogs", "Disconnecting stops watching the "
                                                      "reconciliation job."),
        LeaveRequest.STOP: translate("Dialogs", "Stop watching the reconciliation job?"),
    }[leave]
    rest = translate(
        "Dialogs",
        "The job itself cannot be cancelled: it goes on on the appliance. To see it again, connect to the "
        "same appliance and choose “Attach to running job”; reconui-cli status does the same.")
    return first + "\n\n" + rest


def leave_button_text(leave: LeaveRequest) -> str:
    return {
        LeaveRequest.CLOSE: translate("Dialogs", "&Close anyway"),
        LeaveRequest.QUIT: translate("Dialogs", "&Quit anyway"),
        LeaveRequest.DISCONNECT: translate("Dialogs", "&Disconnect anyway"),
        LeaveRequest.STOP: translate("Dialogs", "&Stop monitoring"),
    }[leave]


def leave_box(parent: QWidget | None, leave: LeaveRequest) -> tuple[QMessageBox, QAbstractButton]:
    """The question before a watched job drops from view, and its "go ahead" button (not yet shown)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, leave_title(leave), leave_text(leave),
                      QMessageBox.StandardButton.NoButton, parent)
    keep = box.addButton(translate("Dialogs", "&Keep watching"), QMessageBox.ButtonRole.RejectRole)
    go = box.addButton(leave_button_text(leave), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return box, go


def start_box(parent: QWidget | None, summary: StartSummary) -> tuple[QMessageBox, QAbstractButton]:
    """The question before a start, and its start button (not yet shown)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, translate("Dialogs", "Start reconciliation?"),
                      start_confirmation_text(summary), QMessageBox.StandardButton.Cancel, parent)
    start_text = translate("Dialogs", "Start &again") if summary.again else translate("Dialogs", "&Start")
    start = box.addButton(start_text, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box, start


class Dialogs:
    """Default, real dialogs. Every method returns the user's decision."""

    def ask_trust(self, parent: QWidget | None, cert: CertificateInfo, target: Target) -> TrustChoice:
        from reconui.ui.trust_dialog import TrustDialog

        dialog = TrustDialog(cert, target.address, parent)
        dialog.exec()
        return dialog.choice

    def ask_name_mismatch(self, parent: QWidget | None, cert: CertificateInfo,
                          target: Target) -> tuple[TrustChoice, str]:
        """A trusted chain issued for other names: (USE_NAME, name), or a pin fallback, or CANCEL."""
        from reconui.ui.trust_dialog import TrustDialog

        dialog = TrustDialog(cert, target.address, parent, name_mismatch=True)
        dialog.exec()
        return dialog.choice, dialog.chosen_name

    def confirm_leave(self, parent: QWidget | None, leave: LeaveRequest) -> bool:
        """Leaving a watched job (close, quit, disconnect, stop). True only when the user confirmed.

        The default button keeps watching: a reflexive Return must not drop the job from view.
        """
        box, go = leave_box(parent, leave)
        box.exec()
        return box.clickedButton() is go

    def certificate_changed(self, parent: QWidget | None, error: CertificateChanged, target: Target) -> bool:
        """Show the hard stop. Returns True only when the user confirmed forgetting the old pin."""
        from reconui.ui.trust_dialog import CertificateChangedDialog

        dialog = CertificateChangedDialog(error.certificate, error.pinned_sha256, target.address, parent)
        dialog.exec()
        return dialog.forget_requested

    def confirm_start(self, parent: QWidget | None, summary: StartSummary) -> bool:
        box, start = start_box(parent, summary)
        box.exec()
        return box.clickedButton() is start

    def save_report_path(self, parent: QWidget | None, suggested: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        html_filter = translate("Dialogs", "HTML report (*.html)")
        json_filter = translate("Dialogs", "JSON report (*.json)")
        path, chosen = QFileDialog.getSaveFileName(parent, translate("Dialogs", "Save report"), suggested,
                                                   f"{html_filter};;{json_filter}")
        return with_report_suffix(path, json_chosen=chosen == json_filter) or None


def with_report_suffix(path: str, *, json_chosen: bool) -> str:
    """Give a bare file name the suffix of the chosen file type.

    The window copies the JSON or the HTML report by the suffix; without this, choosing "JSON
    report" and typing ``report`` saved HTML in a file without a suffix.
    """
    if not path or PurePath(path).suffix.lower() in (".html", ".htm", ".json"):
        return path
    return path + (".json" if json_chosen else ".html")
