"""Where a password may be remembered: the operating system's keyring, or nowhere but memory.

An SSO administrator password deserves the OS keyring or nothing. So this module fails closed: when
keyring has no real backend (its ``fail``/``null`` backends, ``NoKeyringError`` on a headless Linux
or SSH session) or only a ``keyrings.alt`` file backend (plaintext or base64 on disk), remembering
is reported as *unavailable* and the password lives in memory for the session. Every keyring call
is wrapped so a locked or broken keyring becomes one plain :class:`CredentialStoreError` sentence
instead of a D-Bus traceback.

Only the password is stored, under service ``"reconui"`` and username ``"<user>@<host>"``.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Protocol

import keyring
import keyring.backend
import keyring.errors

from reconui.core.errors import CredentialStoreError, KeyringInsecure, KeyringLocked, KeyringUnavailable
from reconui.core.phrases import QT_TRANSLATE_NOOP, Phrase

logger = logging.getLogger(__name__)

SERVICE = "reconui"

STATE_SECURE = "secure"
STATE_LOCKED = "locked"
STATE_UNAVAILABLE = "unavailable"

#: Friendly names of the backends users know, by ``module.Class`` of the keyring backend.
_BACKEND_NAMES = {
    "keyring.backends.SecretService.Keyring": "Secret Service",
    "keyring.backends.libsecret.Keyring": "Secret Service (libsecret)",
    "keyring.backends.kwallet.DBusKeyring": "KWallet",
    "keyring.backends.kwallet.DBusKeyringKWallet4": "KWallet 4",
    "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Manager",
    "keyring.backends.macOS.Keyring": "macOS Keychain",
    "keyring.backends.fail.Keyring": "none",
    "keyring.backends.null.Keyring": "none (null)",
}

#: The status sentences that are no error sentence; the others come from the one error catalog, so
#: status and errors say the same.
KEYRING_TEXTS: dict[str, str] = {
    "secure": QT_TRANSLATE_NOOP("Keyring", "Passwords are remembered in {name}."),
    "not_opened": QT_TRANSLATE_NOOP("Keyring", "The keyring could not be opened."),
    #: Translators: {sentence} is a whole sentence about the keyring, {kind} a Python exception name.
    "with_cause": QT_TRANSLATE_NOOP("Keyring", "{sentence} ({kind})"),
}


def keyring_phrase(text_id: str, **values: str | Phrase) -> Phrase:
    """A keyring status text of :data:`KEYRING_TEXTS` with its values."""
    return Phrase("Keyring", KEYRING_TEXTS[text_id], values)


def _no_backend(kind: str = "") -> Phrase:
    phrase = KeyringUnavailable().phrase
    return keyring_phrase("with_cause", sentence=phrase, kind=kind) if kind else phrase


def key_for(host: str, user: str) -> str:
    """The keyring username under which the password of ``user`` on ``host`` is stored."""
    return f"{user}@{host}"


@dataclass(frozen=True)
class KeyringStatus:
    """What :func:`diagnose_backend` found: ``state`` is secure, locked or unavailable.

    ``detail`` is the English sentence (log, self-check); ``phrase`` the same catalog entry, which
    the window shows translated (None for a detail that is only technical, e.g. an exception name).
    """

    state: str
    backend_name: str
    detail: str
    phrase: Phrase | None = None

    @classmethod
    def of(cls, state: str, backend_name: str, phrase: Phrase) -> KeyringStatus:
        """A status whose detail is ``phrase`` (English in ``detail``, translatable in ``phrase``)."""
        return cls(state, backend_name, phrase.english(), phrase)

    @property
    def usable(self) -> bool:
        return self.state == STATE_SECURE


def _qualified(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def backend_name(backend: object) -> str:
    """A name a user recognises for a keyring backend object."""
    qualified = _qualified(backend)
    if qualified in _BACKEND_NAMES:
        return _BACKEND_NAMES[qualified]
    name = getattr(backend, "name", None)
    return name if isinstance(name, str) and name else type(backend).__name__


def _is_fail_backend(backend: object) -> bool:
    return _qualified(backend).startswith(("keyring.backends.fail.", "keyring.backends.null."))


def _is_insecure_backend(backend: object) -> bool:
    # keyrings.alt's file backends: PlaintextKeyring, EncryptedKeyring with a default password,
    # the base64 "Windows" file backend... none of them is a real secret store.
    return type(backend).__module__.startswith("keyrings.alt")


def _effective_backend(backend: keyring.backend.KeyringBackend) -> keyring.backend.KeyringBackend | None:
    """The backend that would take a write: the first of a chainer, or the backend itself."""
    chained = getattr(backend, "backends", None)
    if _qualified(backend).startswith("keyring.backends.chainer.") and chained is not None:
        members = list(chained)
        return members[0] if members else None
    return backend


def diagnose_backend(backend: keyring.backend.KeyringBackend | None = None, *, probe: bool = True) -> KeyringStatus:
    """Whether passwords can be remembered securely, and where.

    Args:
        backend: the backend to judge; default the active one (``keyring.get_keyring()``).
        probe: also read a non-existent entry to find out whether the store is locked. On a Secret
            Service that may show an unlock prompt, which is what the user wants at that moment.
    """
    try:
        active = backend if backend is not None else keyring.get_keyring()
    except keyring.errors.KeyringError as exc:
        return KeyringStatus.of(STATE_UNAVAILABLE, "none", _no_backend(type(exc).__name__))
    effective = _effective_backend(active)
    if effective is None or _is_fail_backend(effective):
        return KeyringStatus.of(STATE_UNAVAILABLE, "none", _no_backend())
    name = backend_name(effective)
    if _is_insecure_backend(effective):
        return KeyringStatus.of(STATE_UNAVAILABLE, name, KeyringInsecure({"store": name}).phrase)
    if probe:
        try:
            effective.get_password(SERVICE, "__reconui_probe__")
        except keyring.errors.KeyringLocked:
            return KeyringStatus.of(STATE_LOCKED, name, KeyringLocked({"store": name}).phrase)
        except (keyring.errors.NoKeyringError, keyring.errors.InitError):
            return KeyringStatus.of(STATE_UNAVAILABLE, name, _no_backend())
        except keyring.errors.KeyringError as exc:
            logger.info("keyring probe failed on %s: %s", name, type(exc).__name__)
            return KeyringStatus.of(STATE_LOCKED, name, KeyringLocked({"store": name}).phrase)
        except Exception as exc:  # D-Bus and platform errors that keyring does not wrap
            logger.info("keyring probe failed on %s: %s", name, type(exc).__name__)
            return KeyringStatus.of(STATE_UNAVAILABLE, name, _no_backend(type(exc).__name__))
    return KeyringStatus.of(STATE_SECURE, name, keyring_phrase("secure", name=name))


class CredentialStore(Protocol):
    """Where the GUI and the CLI remember passwords."""

    def get(self, host: str, user: str) -> str | None: ...

    def set(self, host: str, user: str, password: str) -> None: ...

    def delete(self, host: str, user: str) -> None: ...

    def status(self) -> KeyringStatus: ...


def _store_error(action: str, exc: BaseException, name: str) -> CredentialStoreError:
    detail = f"{action}: {type(exc).__name__}"
    if isinstance(exc, keyring.errors.KeyringLocked):
        return KeyringLocked({"store": name}, detail=detail)
    if isinstance(exc, keyring.errors.NoKeyringError | keyring.errors.InitError):
        return KeyringUnavailable(detail=detail)
    return CredentialStoreError({"store": name, "action": action}, detail=detail)


class KeyringStore:
    """Passwords in the OS keyring, through one backend object reused for every call.

    Reusing the backend matters: each new Secret Service connection can bring up another prompt.
    Every failure becomes a :class:`CredentialStoreError`; the exception text of the backend (which
    could in theory echo input) is logged only as its class name.
    """

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend if backend is not None else keyring.get_keyring()
        self._lock = threading.Lock()

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        return self._backend

    def status(self) -> KeyringStatus:
        return diagnose_backend(self._backend)

    def _refuse_insecure(self) -> None:
        effective = _effective_backend(self._backend)
        if effective is None or _is_fail_backend(effective):
            raise KeyringUnavailable(detail="no keyring backend")
        if _is_insecure_backend(effective):
            raise KeyringInsecure({"store": backend_name(effective)}, detail="a keyrings.alt file backend")

    def get(self, host: str, user: str) -> str | None:
        """The remembered password, or None when none is stored."""
        self._refuse_insecure()
        with self._lock:
            try:
                return self._backend.get_password(SERVICE, key_for(host, user))
            except keyring.errors.KeyringError as exc:
                raise _store_error("read", exc, backend_name(self._backend)) from None

    def set(self, host: str, user: str, password: str) -> None:
        """Remember ``password`` for ``user`` on ``host`` (replacing any earlier one)."""
        self._refuse_insecure()
        with self._lock:
            try:
                self._backend.set_password(SERVICE, key_for(host, user), password)
            except keyring.errors.KeyringError as exc:
                raise _store_error("save", exc, backend_name(self._backend)) from None

    def delete(self, host: str, user: str) -> None:
        """Forget the password; forgetting one that is not stored is not an error."""
        self._refuse_insecure()
        with self._lock:
            try:
                self._backend.delete_password(SERVICE, key_for(host, user))
            except keyring.errors.PasswordDeleteError:
                return
            except keyring.errors.KeyringError as exc:
                raise _store_error("delete", exc, backend_name(self._backend)) from None
