"""Typed user settings, declared once, stored in an INI file (never a password).

The only module that touches :class:`QSettings`. The file lives in :func:`reconui.core.paths.config_dir`
(so ``RECONUI_HOME`` moves it, which the tests and portable installs use) in INI format, which field
engineers can read and reset by hand (style guide §2.7).

What is kept: recent hosts, the last port/flavour/proxy/CA file, user names, which ``user@host``
passwords the user asked to keep in the OS keyring (the *fact*, not the password), window geometry.
What is never kept: passwords, session ids, and the "ignore warnings" choice, which must be made
deliberately on every run because it can lose Enhanced Linked Mode changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from reconui.core import paths
from reconui.core.address import without_password

T = TypeVar("T")

SCHEMA_VERSION = 1
MAX_RECENT_HOSTS = 10


@dataclass(frozen=True)
class Key(Generic[T]):
    """One setting: its INI key, default, and the Python type it is read back as."""

    name: str
    default: T


RECENT_HOSTS: Key[list[str]] = Key("connection/recent_hosts", [])
PORT: Key[int] = Key("connection/port", 443)
FLAVOR: Key[str] = Key("connection/flavor", "auto")
PROXY_MODE: Key[str] = Key("connection/proxy_mode", "system")
PROXY_URL: Key[str] = Key("connection/proxy_url", "")
CA_FILE: Key[str] = Key("connection/ca_file", "")
VCENTER_USER: Key[str] = Key("credentials/vcenter_user", "administrator@vsphere.local")
SSO_USER: Key[str] = Key("credentials/sso_user", "administrator@vsphere.local")
#: ``"user@host"`` entries whose password the user chose to keep in the keyring.
KEYRING_ENTRIES: Key[list[str]] = Key("credentials/keyring_entries", [])
WINDOW_GEOMETRY: Key[bytes] = Key("window/geometry", b"")
WINDOW_STATE: Key[bytes] = Key("window/state", b"")

ALL_KEYS: tuple[Key[object], ...] = (
    RECENT_HOSTS, PORT, FLAVOR, PROXY_MODE, PROXY_URL, CA_FILE, VCENTER_USER, SSO_USER,  # type: ignore[assignment]
    KEYRING_ENTRIES, WINDOW_GEOMETRY, WINDOW_STATE,  # type: ignore[assignment]
)


def default_path() -> Path:
    """``<config dir>/reconui.ini``."""
    return paths.config_dir() / "reconui.ini"


class Settings:
    """Typed access to the INI file.

    Args:
        path: the INI file; ``None`` = :func:`default_path`.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)
        if self._qs.value("schema_version") is None:
            self._qs.setValue("schema_version", SCHEMA_VERSION)

    def get(self, key: Key[T]) -> T:
        """The stored value converted to the key's type, or its default when absent or unreadable."""
        raw = self._qs.value(key.name)
        if raw is None:
            return _copy(key.default)
        default = key.default
        try:
            if isinstance(default, bool):
                return (raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true", "yes")) # type: ignore[return-value]
            if isinstance(default, int):
                return int(raw)  # type: ignore[return-value]
            if isinstance(default, list):
                if isinstance(raw, str):
                    return ([raw] if raw else [])  # type: ignore[return-value]
                return [str(item) for item in raw]  # type: ignore[return-value]
            if isinstance(default, bytes):
                return bytes(raw.data()) if isinstance(raw, QByteArray) else bytes(raw)  # type: ignore[return-value]
            return str(raw)  # type: ignore[return-value]
        except (TypeError, ValueError):
            return _copy(key.default)

    def set(self, key: Key[T], value: T) -> None:
        if key is PROXY_URL and isinstance(value, str):
            value = url_without_password(value)  # type: ignore[assignment]
        if isinstance(value, bytes):
            self._qs.setValue(key.name, QByteArray(value))
        else:
            self._qs.setValue(key.name, value)

    def remember_host(self, host: str) -> None:
        """Move ``host`` to the front of the recent hosts."""
        hosts = [h for h in self.get(RECENT_HOSTS) if h != host]
        self.set(RECENT_HOSTS, [host, *hosts][:MAX_RECENT_HOSTS])

    def keyring_entry_saved(self, user: str, host: str) -> bool:
        return f"{user}@{host}" in self.get(KEYRING_ENTRIES)

    def mark_keyring_entry(self, user: str, host: str, saved: bool) -> None:
        entry = f"{user}@{host}"
        entries = [e for e in self.get(KEYRING_ENTRIES) if e != entry]
        if saved:
            entries.append(entry)
        self.set(KEYRING_ENTRIES, entries)

    def sync(self) -> None:
        self._qs.sync()


def url_without_password(url: str) -> str:
    """``http://user:secret@proxy:3128`` -> ``http://user@proxy:3128``: a proxy password is a password.

    The user name is kept (it is not a secret and saves typing); the password is asked again.
    """
    return without_password(url)


def _copy(value: T) -> T:
    return list(value) if isinstance(value, list) else value  # type: ignore[return-value]
