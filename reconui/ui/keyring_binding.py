"""The keyring binding: remembered passwords in and out of the credential form (GUI thread only).

Keyring calls happen on the GUI thread, never on the worker (a locked Secret Service may pop up an
unlock prompt, which must belong to the window). The settings file remembers *which* user@host has
a saved entry, so the keyring is only asked about entries that exist.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from reconui.core.logging_setup import register_secret
from reconui.ui.credential_form import CredentialForm
from reconui.ui.i18n import translate, translated
from reconui.ui.settings import Settings
from reconui.ui.widgets import AlertKind, AlertStrip

if TYPE_CHECKING:  # the keyring module loads off the start path
    from reconui.core.secrets import CredentialStore, KeyringStatus

logger = logging.getLogger(__name__)


class KeyringBinding:
    """Fills and stores the passwords the user chose to remember.

    Args:
        store: the keyring (``None`` when it is unusable).
        settings: records which user@host entries exist.
        form: the credential form it fills.
        host: returns the host currently typed (the keyring key includes it).
        alert: where a keyring failure is shown (never fatal).
    """

    def __init__(self, store: CredentialStore | None, settings: Settings, form: CredentialForm,
                 host: Callable[[], str], alert: AlertStrip) -> None:
        self.store = store
        self._settings = settings
        self._form = form
        self._host = host
        self._alert = alert

    def apply_status(self, status: KeyringStatus | None) -> None:
        """Show what the keyring can do (secure, locked, unavailable) next to the checkboxes.

        ``None``: the detection still runs off the GUI thread; "Remember" shows a pending state.
        """
        if status is None:
            self._form.set_keyring_status("pending", "", "")
            return
        phrase = getattr(status, "phrase", None)
        detail = translated(phrase) if phrase is not None else getattr(status, "detail", "")
        self._form.set_keyring_status(getattr(status, "state", "unavailable"), getattr(status, "backend_name", ""),
                                      detail)

    def fill(self, *, keep_typed: bool = False) -> None:
        """Fill passwords remembered for the current host and users.

        ``keep_typed``: never over a password the user has already typed (a late keyring result).
        """
        if not self._form.keyring_usable or self.store is None:
            return
        host = self._host()
        if not host:
            return
        form = self._form
        pairs = ((form.vc_user, form.vc_password.edit, form.vc_remember),
                 (form.sso_user, form.sso_password.edit, form.sso_remember))
        for user_edit, password_edit, remember in pairs:
            user = user_edit.text().strip()
            if not user or (keep_typed and password_edit.text()) or not self._settings.keyring_entry_saved(user, host):
                continue
            try:
                password = self.store.get(host, user)
            except Exception as error:
                logger.info("Could not read a remembered password: %s", type(error).__name__)
                self._alert.show_alert(AlertKind.WARNING, translate(
                    "MainWindow", "A remembered password could not be read."), [str(error)])
                continue
            if password:
                register_secret(password)
                password_edit.setText(password)
                remember.setChecked(True)

    def store_password(self, host: str, user: str, password: str, remember: bool) -> None:
        """Remember or forget one password as the checkbox says; failures are shown, not fatal."""
        if self.store is None or not self._form.keyring_usable:
            return
        try:
            if remember:
                self.store.set(host, user, password)
                self._settings.mark_keyring_entry(user, host, True)
            elif self._settings.keyring_entry_saved(user, host):
                self.store.delete(host, user)
                self._settings.mark_keyring_entry(user, host, False)
        except Exception as error:
            logger.info("Keyring update failed: %s", type(error).__name__)
            self._alert.show_alert(AlertKind.WARNING, translate(
                "MainWindow", "The password could not be saved in the keyring. It is kept in memory for this "
                              "session only."), [str(error)])
