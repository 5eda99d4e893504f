"""Step 2: the vCenter login and the SSO administrator the job needs, plus "ignore warnings".

Passwords stay in the widgets and in frozen ``Credentials``/``JobSpec`` values only. Whether a
password may be remembered depends on the OS keyring: when :func:`diagnose_backend` reports it
locked or unavailable the "Remember" boxes are disabled and the form says why (Vorta #235/#385:
users otherwise think their password was wrong).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from reconui.core.models import Credentials, JobSpec
from reconui.ui.connection_form import FormError
from reconui.ui.i18n import check_text, translate
from reconui.ui.icons import icon
from reconui.ui.widgets import selectable_label


class PasswordField(QWidget):
    """A masked line edit with a focusable "show" toggle."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(accessible_name)
        self.show_toggle = QToolButton()
        self.show_toggle.setIcon(icon("eye"))
        self.show_toggle.setCheckable(True)
        self.show_toggle.setToolTip(translate("PasswordField", "Show the password"))
        self.show_toggle.setAccessibleName(translate("PasswordField", "Show {field}").format(field=accessible_name))
        self.show_toggle.toggled.connect(self._on_show_toggled)
        row.addWidget(self.edit, 1)
        row.addWidget(self.show_toggle)
        self.setFocusProxy(self.edit)

    def _on_show_toggled(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.show_toggle.setToolTip(translate("PasswordField", "Hide the password") if shown
                                    else translate("PasswordField", "Show the password"))


class CredentialForm(QGroupBox):
    """Collects the vCenter :class:`Credentials` and the SSO part of the :class:`JobSpec`.

    Signals:
        vcenter_user_changed(str), sso_user_changed(str): a user name was committed.
    """

    vcenter_user_changed = Signal(str)
    sso_user_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("CredentialForm", "2. Credentials"), parent)
        self.setObjectName("credentialForm")
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.vc_user, self.vc_password, self.vc_remember = self._add_login_rows(
            form, "vc", translate("CredentialForm", "vCenter &user:"), translate("CredentialForm", "vCenter user"),
            translate("CredentialForm",
                      "The user that logs in to the appliance API, e.g. administrator@vsphere.local."),
            translate("CredentialForm", "vCenter pass&word:"), translate("CredentialForm", "vCenter password"))
        self.vc_user.editingFinished.connect(self._on_vc_user_committed)
        self.sso_user, self.sso_password, self.sso_remember = self._add_login_rows(
            form, "sso", translate("CredentialForm", "&SSO administrator:"),
            translate("CredentialForm", "SSO administrator user"),
            translate("CredentialForm", "The vCenter Single Sign-On administrator the reconciliation job needs."),
            translate("CredentialForm", "SSO passwor&d:"), translate("CredentialForm", "SSO administrator password"))
        self.sso_user.editingFinished.connect(self._on_sso_user_committed)

        self.keyring_note = selectable_label(name="keyringNote")
        self.keyring_note.hide()
        form.addRow("", self.keyring_note)

        self.ignore_warnings = QCheckBox(translate("CredentialForm", "Ig&nore warnings"))
        self.ignore_warnings.setObjectName("ignoreWarningsCheck")
        consequence = translate("CredentialForm", "Enhanced Linked Mode: if replication partners cannot be reached, "
                                                  "the job continues anyway and changes made after the backup are "
                                                  "lost.")
        self.ignore_warnings.setToolTip(consequence)
        self.ignore_warnings.setAccessibleDescription(consequence)
        self.ignore_warnings_note = selectable_label(consequence, name="ignoreWarningsNote")
        small = self.ignore_warnings_note.font()
        if small.pointSizeF() > 0:
            small.setPointSizeF(small.pointSizeF() * 0.9)
        self.ignore_warnings_note.setFont(small)
        self.keyring_note.setFont(small)
        form.addRow("", self.ignore_warnings)
        form.addRow("", self.ignore_warnings_note)
        self._generic_consequence = consequence
        self._keyring_ok = False

    def set_unreachable_partners(self, partners: tuple[str, ...]) -> None:
        """Name the linked-mode partners pre-flight found not answering next to "Ignore warnings".

        That is when the choice matters: reconciliation then goes on without them and changes made
        after the backup on this node are lost.
        """
        if partners:
            text = "⚠ " + check_text("ignore_consequence", {"partners": ", ".join(partners)})
        else:
            text = self._generic_consequence
        self.ignore_warnings_note.setText(text)
        self.ignore_warnings.setToolTip(text)
        self.ignore_warnings.setAccessibleDescription(text)

    @staticmethod
    def _add_login_rows(form: QFormLayout, prefix: str, user_label: str, user_name: str, user_tip: str,
                        password_label: str, password_name: str) -> tuple[QLineEdit, PasswordField, QCheckBox]:
        """One user / password / "Remember" block; the vCenter login and the SSO administrator share it.

        Each field gets a label buddy (its mnemonic) and an accessible name for screen readers.
        """
        user = QLineEdit()
        user.setObjectName(f"{prefix}UserEdit")
        user.setAccessibleName(user_name)
        user.setToolTip(user_tip)
        label = QLabel(user_label)
        label.setBuddy(user)
        form.addRow(label, user)
        password = PasswordField(password_name)
        password.setObjectName(f"{prefix}PasswordField")
        password.edit.setObjectName(f"{prefix}PasswordEdit")
        label = QLabel(password_label)
        label.setBuddy(password.edit)
        form.addRow(label, password)
        remember = QCheckBox()
        remember.setObjectName(f"{prefix}RememberCheck")
        form.addRow("", remember)
        return user, password, remember

    # --- keyring -----------------------------------------------------------------------------

    def set_keyring_status(self, state: str, backend_name: str, detail: str) -> None:
        """Enable "Remember" only for a secure backend, and say where passwords go.

        ``state`` "pending": the keyring is still being detected (off the GUI thread); the boxes are
        disabled and say so until the result arrives.
        """
        self._keyring_ok = state == "secure"
        if state == "pending":
            self._set_remember_boxes(translate("CredentialForm", "Remember (checking the keyring…)"), False,
                                     translate("CredentialForm", "reconui is finding out whether a secure password "
                                                                 "store is available."))
            self.keyring_note.hide()
            return
        if self._keyring_ok:
            if backend_name:
                text = translate("CredentialForm", "Remember in {backend}").format(backend=backend_name)
            else:
                text = translate("CredentialForm", "Remember in the system keyring")
        elif state == "locked":
            text = translate("CredentialForm", "Remember (keyring {backend} is locked)").format(backend=backend_name)
        else:
            text = translate("CredentialForm", "Remember (no secure keyring available)")
        self._set_remember_boxes(text, self._keyring_ok, "")
        for box in (self.vc_remember, self.sso_remember):
            if not self._keyring_ok:
                box.setChecked(False)
        if self._keyring_ok:
            self.keyring_note.hide()
            return
        if state == "locked":
            note = translate("CredentialForm", "The password store ({backend}) is locked. Unlock it and restart "
                                               "reconui to remember passwords; until then they are kept in memory for "
                                               "this session only.")
        else:
            note = translate("CredentialForm", "Passwords cannot be remembered: no secure password store is available. "
                                               "They are kept in memory for this session only.")
        #: Translators: fills {backend} in "The password store ({backend}) is locked" when no name is known.
        note = note.format(backend=backend_name or translate("CredentialForm", "none", "no password store"))
        self.keyring_note.setText(note)
        self.keyring_note.setToolTip(detail)
        self.keyring_note.show()
        for box in (self.vc_remember, self.sso_remember):
            box.setToolTip(note + ("\n\n" + detail if detail else ""))

    def _set_remember_boxes(self, text: str, enabled: bool, tip: str) -> None:
        """Both "Remember" boxes show ``text``; screen readers hear which password each one is for."""
        names = ((self.vc_remember, translate("CredentialForm", "Remember the vCenter password: {state}")),
                 (self.sso_remember, translate("CredentialForm", "Remember the SSO password: {state}")))
        for box, name in names:
            box.setText(text)
            box.setEnabled(enabled)
            box.setToolTip(tip)
            box.setAccessibleName(name.format(state=text))

    @property
    def keyring_usable(self) -> bool:
        return self._keyring_ok

    # --- values ------------------------------------------------------------------------------

    def set_users(self, vcenter_user: str, sso_user: str) -> None:
        self.vc_user.setText(vcenter_user)
        self.sso_user.setText(sso_user)

    def credentials(self) -> Credentials:
        """The vCenter login.

        Raises:
            FormError: the user or password is empty.
        """
        user = self.vc_user.text().strip()
        if not user:
            raise FormError(translate("CredentialForm", "Enter the vCenter user."), self.vc_user)
        password = self.vc_password.edit.text()
        if not password:
            raise FormError(translate("CredentialForm", "Enter the vCenter password."), self.vc_password.edit)
        return Credentials(user=user, password=password)

    def job_spec(self) -> JobSpec:
        """The job's SSO administrator and the ignore-warnings choice.

        Raises:
            FormError: the SSO user or password is empty.
        """
        user = self.sso_user.text().strip()
        if not user:
            raise FormError(translate("CredentialForm", "Enter the SSO administrator user."), self.sso_user)
        password = self.sso_password.edit.text()
        if not password:
            raise FormError(translate("CredentialForm", "Enter the SSO administrator password."),
                            self.sso_password.edit)
        return JobSpec(sso_user=user, sso_password=password, ignore_warnings=self.ignore_warnings.isChecked())

    def set_login_rows_visible(self, visible: bool) -> None:
        """Connected: the vCenter login rows (disabled for the rest of the run) make room.

        The SSO rows stay: a start needs them.
        """
        form = self.layout()
        for widget in (self.vc_user, self.vc_password, self.vc_remember):
            if isinstance(form, QFormLayout) and form.indexOf(widget) >= 0:
                form.setRowVisible(widget, visible)

    def set_login_locked(self, locked: bool) -> None:
        """Connected: the login belongs to the open session."""
        for widget in (self.vc_user, self.vc_password):
            widget.setEnabled(not locked)
        self.vc_remember.setEnabled(not locked and self._keyring_ok)

    def set_job_locked(self, locked: bool) -> None:
        """A job runs: its SSO credentials and options are fixed."""
        for widget in (self.sso_user, self.sso_password, self.ignore_warnings):
            widget.setEnabled(not locked)
        self.sso_remember.setEnabled(not locked and self._keyring_ok)

    def _on_vc_user_committed(self) -> None:
        self.vcenter_user_changed.emit(self.vc_user.text().strip())

    def _on_sso_user_committed(self) -> None:
        self.sso_user_changed.emit(self.sso_user.text().strip())
