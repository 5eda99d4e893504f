"""The certificate decisions: trust an unknown certificate, or stop at a changed one.

:class:`TrustDialog` shows what the appliance presented, with the SHA-256 fingerprint large,
monospace, selectable and copyable, because comparing it with the appliance console is the one check
that matters. **Cancel is the default button**; "Trust once" pins it for this session only, "Trust and
remember" writes it to the pin file.

:class:`CertificateChangedDialog` is a hard stop: old and new fingerprints side by side, the hint
that a restore can legitimately replace the certificate, and no way to continue from here. Removing
the old pin is a separate, confirmed step, after which the user must connect again and review the new
certificate in :class:`TrustDialog`.
"""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reconui.core.models import CertificateInfo
from reconui.ui.dialogs import TrustChoice
from reconui.ui.i18n import translate
from reconui.ui.icons import icon
from reconui.ui.times import local_time
from reconui.ui.widgets import selectable_label


def split_fingerprint(sha: str) -> str:
    """Two lines of 16 bytes: easier to compare by eye than one 95-character line."""
    parts = sha.split(":")
    if len(parts) <= 16:
        return sha
    return ":".join(parts[:16]) + "\n" + ":".join(parts[16:])


def fingerprint_label(sha: str, *, scale: float = 1.25, name: str = "") -> QLabel:
    label = selectable_label(split_fingerprint(sha), name=name)
    label.setWordWrap(False)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    size = QGuiApplication.font().pointSizeF()
    if size > 0:
        font.setPointSizeF(size * scale)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return label


def _warning_header(dialog: QDialog, rich_text: str, name: str) -> QHBoxLayout:
    """The shield icon and the bold first sentence both certificate dialogs open with."""
    head = QHBoxLayout()
    badge = QLabel()
    size = dialog.fontMetrics().height() * 2
    badge.setPixmap(icon("shield-alert").pixmap(size, size))
    head.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
    intro = selectable_label(rich_text, name=name)
    intro.setTextFormat(Qt.TextFormat.RichText)
    head.addWidget(intro, 1)
    return head


def _validity_warning(cert: CertificateInfo) -> str:
    now = datetime.now(timezone.utc)
    if cert.not_after < now:
        return translate("TrustDialog", "This certificate has expired.")
    if cert.not_before > now:
        return translate("TrustDialog", "This certificate is not valid yet (check this computer's clock).")
    return ""


class TrustDialog(QDialog):
    """Asks whether to trust a certificate no trusted authority vouches for."""

    def __init__(self, cert: CertificateInfo, address: str, parent: QWidget | None = None, *,
                 name_mismatch: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("trustDialog")
        self.choice = TrustChoice.CANCEL
        #: The certificate name the user chose to connect with (``TrustChoice.USE_NAME``).
        self.chosen_name = ""
        self._cert = cert
        layout = QVBoxLayout(self)
        # Never narrower than the content: longer translations widen the dialog instead of cutting
        # the form's captions and fingerprints.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.name_buttons: list[QPushButton] = []
        if name_mismatch:
            self.setWindowTitle(translate("TrustDialog", "Certificate issued for other names — {address}")
                                .format(address=address))
            self._add_name_choices(layout, cert, address)
        else:
            self.setWindowTitle(translate("TrustDialog", "Unknown certificate — {address}").format(address=address))
            self._add_untrusted_intro(layout, address)
        self._add_details(layout, cert)
        self._add_buttons(layout, address, fallback=name_mismatch)

    def _add_name_choices(self, layout: QVBoxLayout, cert: CertificateInfo, address: str) -> None:
        """The name mismatch: the names the certificate holds, each a button that connects with it."""
        layout.addLayout(_warning_header(self, translate(
            "TrustDialog",
            "<b>The certificate of {address} is signed by an authority this computer trusts, but it was issued "
            "for other names.</b><br>Nothing has been sent yet. Connect using one of these names:"
        ).format(address=address), "trustIntro"))
        row = QHBoxLayout()
        for name in [n for n in cert.sans if not n.startswith("*")][:4]:
            button = QPushButton(icon("connect"), translate("TrustDialog", "Connect to {name}").format(name=name))
            button.setObjectName("useNameButton")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, chosen=name: self._on_name_chosen(chosen))
            self.name_buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        fallback = selectable_label(translate("TrustDialog", "If none of these names resolves from this computer, you "
                                                             "can pin this exact certificate instead, after checking "
                                                             "its fingerprint."),
                                    name="pinFallbackNote")
        layout.addWidget(fallback)

    def _add_untrusted_intro(self, layout: QVBoxLayout, address: str) -> None:
        layout.addLayout(_warning_header(self, translate(
            "TrustDialog",
            "<b>{address} presented a certificate that this computer does not trust.</b><br>"
            "Nothing has been sent to it yet. Compare the SHA-256 fingerprint below with the one shown on the "
            "appliance (for example <i>Certificate Management</i> in the vSphere Client, or the appliance "
            "console) before you trust it."
        ).format(address=address), "trustIntro"))

    def _add_details(self, layout: QVBoxLayout, cert: CertificateInfo) -> None:
        fp_box = QGroupBox(translate("TrustDialog", "SHA-256 fingerprint"))
        fp_layout = QVBoxLayout(fp_box)
        self.sha256_label = fingerprint_label(cert.sha256, name="sha256Label")
        self.sha256_label.setAccessibleName(translate("TrustDialog", "SHA-256 fingerprint"))
        fp_layout.addWidget(self.sha256_label)
        copy_row = QHBoxLayout()
        self.copy_button = QPushButton(icon("copy"), translate("TrustDialog", "Cop&y fingerprint"))
        self.copy_button.setObjectName("copyFingerprintButton")
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        copy_row.addWidget(self.copy_button)
        copy_row.addStretch(1)
        fp_layout.addLayout(copy_row)
        layout.addWidget(fp_box)

        details = QFormLayout()
        details.addRow(translate("TrustDialog", "Subject:"), selectable_label(cert.subject, name="subjectLabel"))
        details.addRow(translate("TrustDialog", "Alternative names:"),
                       selectable_label(", ".join(cert.sans) or "—", name="sansLabel"))
        issuer = translate("TrustDialog", "{issuer}  (self-signed)").format(issuer=cert.issuer) if cert.self_signed \
            else cert.issuer
        details.addRow(translate("TrustDialog", "Issuer:"), selectable_label(issuer, name="issuerLabel"))
        validity = translate("TrustDialog", "{start} to {end}").format(start=local_time(cert.not_before),
                                                                       end=local_time(cert.not_after))
        details.addRow(translate("TrustDialog", "Valid:"), selectable_label(validity, name="validityLabel"))
        warning = _validity_warning(cert)
        if warning:
            details.addRow("", selectable_label(f"<b>{warning}</b>", name="validityWarning"))
        sha1 = selectable_label(cert.sha1, name="sha1Label")
        small = sha1.font()
        if small.pointSizeF() > 0:
            small.setPointSizeF(small.pointSizeF() * 0.85)
        sha1.setFont(small)
        details.addRow(translate("TrustDialog", "SHA-1 (for older screens):"), sha1)
        layout.addLayout(details)

    def _add_buttons(self, layout: QVBoxLayout, address: str, *, fallback: bool) -> None:
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 80)
        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelButton")
        if fallback:
            once_text = translate("TrustDialog", "Pin anyway, &once")
            remember_text = translate("TrustDialog", "Pin anyway and &remember")
        else:
            once_text = translate("TrustDialog", "Trust &once")
            remember_text = translate("TrustDialog", "Trust and &remember")
        self.once_button = self.buttons.addButton(once_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.once_button.setObjectName("trustOnceButton")
        self.once_button.setToolTip(translate("TrustDialog", "Accept this certificate until reconui is closed."))
        self.remember_button = self.buttons.addButton(remember_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.remember_button.setObjectName("trustRememberButton")
        self.remember_button.setToolTip(translate("TrustDialog", "Accept this certificate now and on later connections "
                                                                 "to {address}.")
                                        .format(address=address))
        for button in (self.once_button, self.remember_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.cancel_button.setDefault(True)
        self.cancel_button.setAutoDefault(True)
        self.once_button.clicked.connect(self._on_once_clicked)
        self.remember_button.clicked.connect(self._on_remember_clicked)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.cancel_button.setFocus()

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self._cert.sha256)

    def _on_once_clicked(self) -> None:
        self.choice = TrustChoice.ONCE
        self.accept()

    def _on_name_chosen(self, name: str) -> None:
        self.choice = TrustChoice.USE_NAME
        self.chosen_name = name
        self.accept()

    def _on_remember_clicked(self) -> None:
        self.choice = TrustChoice.REMEMBER
        self.accept()


class CertificateChangedDialog(QDialog):
    """A hard stop: the pinned certificate and the presented one differ."""

    def __init__(self, cert: CertificateInfo, pinned_sha256: str, address: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificateChangedDialog")
        self.setWindowTitle(translate("CertificateChangedDialog", "Certificate changed — {address}")
                            .format(address=address))
        self.forget_requested = False
        self._address = address
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # see TrustDialog
        layout.addLayout(_warning_header(self, translate(
            "CertificateChangedDialog",
            "<b>The certificate of {address} is not the one you trusted. reconui stopped and sent nothing.</b><br>"
            "This can be an attack, or a legitimate change: a restore or a certificate renewal replaces the "
            "appliance certificate. Verify the new fingerprint on the appliance itself before you trust it."
        ).format(address=address), "changedIntro"))

        grid = QGridLayout()
        old_title = QLabel(translate("CertificateChangedDialog", "<b>Trusted before</b>"))
        new_title = QLabel(translate("CertificateChangedDialog", "<b>Presented now</b>"))
        grid.addWidget(old_title, 0, 0)
        grid.addWidget(new_title, 0, 1)
        self.old_label = fingerprint_label(pinned_sha256, scale=1.0, name="oldSha256Label")
        self.old_label.setAccessibleName(translate("CertificateChangedDialog", "Trusted SHA-256 fingerprint"))
        self.new_label = fingerprint_label(cert.sha256, scale=1.0, name="newSha256Label")
        self.new_label.setAccessibleName(translate("CertificateChangedDialog", "Presented SHA-256 fingerprint"))
        grid.addWidget(self.old_label, 1, 0)
        grid.addWidget(self.new_label, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(self.fontMetrics().height() * 2)
        grid.setVerticalSpacing(self.fontMetrics().height() // 3)
        layout.addLayout(grid)

        details = QFormLayout()
        details.addRow(translate("CertificateChangedDialog", "New subject:"), selectable_label(cert.subject))
        details.addRow(translate("CertificateChangedDialog", "New issuer:"), selectable_label(cert.issuer))
        validity = translate("CertificateChangedDialog", "{start} to {end}").format(start=local_time(cert.not_before),
                                                                                    end=local_time(cert.not_after))
        details.addRow(translate("CertificateChangedDialog", "New validity:"), selectable_label(validity))
        layout.addLayout(details)
        layout.addWidget(selectable_label(translate(
            "CertificateChangedDialog",
            "If you have verified that the change is legitimate, remove the old pin and connect again: you will "
            "then be shown the new certificate to review."), name="forgetHint"))

        self.buttons = QDialogButtonBox()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("closeButton")
        self.forget_button = self.buttons.addButton(translate(
            "CertificateChangedDialog", "&Forget old pin…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.forget_button.setObjectName("forgetPinButton")
        self.forget_button.setAutoDefault(False)
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.reject)
        self.forget_button.clicked.connect(self._on_forget_clicked)
        layout.addWidget(self.buttons)
        self.close_button.setFocus()

    def _on_forget_clicked(self) -> None:
        answer = QMessageBox.question(
            self, translate("CertificateChangedDialog", "Forget the old pin?"),
            translate("CertificateChangedDialog", "Remove the trusted fingerprint for {address}? Nothing is trusted by "
                                                  "this step: on the next connection you will be asked about the new "
                                                  "certificate.").format(address=self._address),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.forget_requested = True
            self.accept()
