"""The user settings file: ``QSettings`` in INI format over the Qt-free schema (never a password).

The only module that touches :class:`QSettings`. What each key holds, how a stored value is read
and how old files are upgraded is declared in :mod:`reconui.core.settings_schema`; this adapter only
moves raw values between the file and the schema. The file lives in
:func:`reconui.core.paths.config_dir` (so ``RECONUI_HOME`` moves it, which the tests and portable
installs use) as INI, which engineers can read, back up and reset by hand; an upgrade first copies it
to ``reconui.ini.v<old version>.bak`` next to it.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QByteArray, QSettings

from reconui.core import paths
from reconui.core import settings_schema as schema
from reconui.core.settings_schema import KEYRING_ENTRIES, RECENT_HOSTS, Option

logger = logging.getLogger(__name__)

T = TypeVar("T")


def default_path() -> Path:
    """``<config dir>/reconui.ini``."""
    return paths.config_dir() / "reconui.ini"


class _QtStore:
    """:class:`reconui.core.settings_schema.RawStore` over one QSettings object."""

    def __init__(self, qs: QSettings) -> None:
        self._qs = qs

    def keys(self) -> list[str]:
        return list(self._qs.allKeys())

    def value(self, name: str) -> object:
        raw = self._qs.value(name)
        return bytes(raw.data()) if isinstance(raw, QByteArray) else raw

    def set_value(self, name: str, value: object) -> None:
        self._qs.setValue(name, QByteArray(value) if isinstance(value, bytes) else value)

    def remove(self, name: str) -> None:
        self._qs.remove(name)


class Settings:
    """Typed access to the INI file; opening it runs the schema upgrades.

    Args:
        path: the INI file; ``None`` = :func:`default_path`.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)
        self._store = _QtStore(self._qs)
        schema.upgrade(self._store, self._backup)
        self._qs.sync()

    def _backup(self, old_version: int) -> None:
        """Copy the file before an upgrade changes it; a failed copy is logged, not fatal."""
        self._qs.sync()
        if not self.path.exists():
            return
        target = self.path.with_name(f"{self.path.name}.v{old_version}.bak")
        try:
            shutil.copy2(self.path, target)
            logger.info("Settings backed up to %s before the upgrade", target)
        except OSError as exc:
            logger.warning("Settings could not be backed up to %s (%s); upgrading anyway", target,
                           exc.strerror or exc)

    def get(self, option: Option[T]) -> T:
        """The stored value in the option's type, or its default when absent or unusable."""
        return option.read(self._store.value(option.name))

    def set(self, option: Option[T], value: T) -> None:
        self._store.set_value(option.name, option.encode(value))

    def remember_host(self, host: str) -> None:
        """Move ``host`` to the front of the recent hosts."""
        hosts = [h for h in self.get(RECENT_HOSTS) if h != host]
        self.set(RECENT_HOSTS, [host, *hosts][: RECENT_HOSTS.max_items])

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
