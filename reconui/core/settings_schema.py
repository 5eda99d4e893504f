"""Every user setting, declared once: its INI key, its type, its default and how a stored value is read.

Qt-free on purpose (the model is Picard's option registry and config upgrades): the rules live here
and are unit-tested without Qt; :mod:`reconui.ui.settings` is the only place that talks to
``QSettings`` and hands this module the raw values it read.

Each option class converts its own type, so reading never inspects the default to guess what to do.
A stored value that cannot be used (a port of 2147483648, a flavour nobody knows, a list where a
number belongs) is dropped for the default with one WARNING line naming the key: a hand-edited or
damaged INI file must never stop the window from appearing.

The file carries ``schema_version``. When it is older than :data:`SCHEMA_VERSION`, the file is copied
to a backup first, then the steps of :data:`UPGRADES` newer than the file's version run in order.
A file written by a newer reconui is read as far as it is understood and not upgraded or rewritten
(its version is left alone, so the newer release still finds its own keys).

Never stored: passwords, session ids, and the "ignore warnings" choice, which must be made deliberately
on every run because it can lose Enhanced Linked Mode changes.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

from reconui.core.address import without_password
from reconui.core.errors import UnusableSetting
from reconui.core.languages import parse_language
from reconui.core.models import FLAVOR_API, FLAVOR_AUTO, FLAVOR_REST, ProxyMode

logger = logging.getLogger(__name__)

T = TypeVar("T")

#: The version this release writes. Bump it together with a new entry in :data:`UPGRADES`.
SCHEMA_VERSION = 2
SCHEMA_KEY = "schema_version"
MAX_RECENT_HOSTS = 10


@dataclass(frozen=True)
class Option(ABC, Generic[T]):
    """One setting: INI key (``section/name``), default, and the conversion of a stored value."""

    name: str
    default: T

    @abstractmethod
    def convert(self, raw: object) -> T:
        """The stored value as this option's type.

        Raises:
            UnusableSetting: the value cannot be used (the caller falls back to the default).
        """

    def encode(self, value: T) -> object:
        """What to store for ``value`` (QSettings writes str, int, list and bytes as they are)."""
        return value

    def read(self, raw: object) -> T:
        """``convert(raw)``, or a fresh copy of the default when nothing is stored or it is unusable."""
        if raw is None:
            return self.fresh_default()
        try:
            return self.convert(raw)
        except UnusableSetting as why:
            logger.warning("Setting %s=%s ignored (%s); using %r", self.name, _shown(raw), why, self.default)
            return self.fresh_default()

    def fresh_default(self) -> T:
        """The default (options with mutable defaults return a copy)."""
        return self.default


@dataclass(frozen=True)
class TextOption(Option[str]):
    """A string; anything stored is read as its text."""

    def convert(self, raw: object) -> str:
        if isinstance(raw, list | tuple | bytes | bytearray):
            raise UnusableSetting("not a text")
        return str(raw)


@dataclass(frozen=True)
class ChoiceOption(TextOption):
    """One of a fixed set of strings (compared as stored, not case-folded: the file is ours)."""

    choices: tuple[str, ...] = ()

    def convert(self, raw: object) -> str:
        text = super().convert(raw)
        if text not in self.choices:
            raise UnusableSetting(f"not one of {', '.join(self.choices)}")
        return text


@dataclass(frozen=True)
class IntOption(Option[int]):
    """A whole number within ``minimum``..``maximum`` (INI stores it as text)."""

    minimum: int = 0
    maximum: int = 2**31 - 1

    def convert(self, raw: object) -> int:
        if isinstance(raw, bool) or not isinstance(raw, int | str):
            raise UnusableSetting("not a whole number")
        try:
            number = int(raw)
        except ValueError:
            raise UnusableSetting("not a whole number") from None
        if not self.minimum <= number <= self.maximum:
            raise UnusableSetting(f"not from {self.minimum} to {self.maximum}")
        return number


@dataclass(frozen=True)
class TextListOption(Option[list[str]]):
    """A list of strings. INI stores one item as a plain string and none as an empty string."""

    default: list[str] = field(default_factory=list)
    max_items: int = 100

    def convert(self, raw: object) -> list[str]:
        if isinstance(raw, str):
            items = [raw] if raw else []
        elif isinstance(raw, list | tuple) and all(isinstance(item, str) for item in raw):
            items = list(raw)
        else:
            raise UnusableSetting("not a list of texts")
        return items[: self.max_items]

    def fresh_default(self) -> list[str]:
        return list(self.default)


@dataclass(frozen=True)
class BytesOption(Option[bytes]):
    """Opaque bytes (window geometry); the Qt adapter hands them over as ``bytes``."""

    def convert(self, raw: object) -> bytes:
        if not isinstance(raw, bytes | bytearray):
            raise UnusableSetting("not binary data")
        return bytes(raw)


@dataclass(frozen=True)
class ProxyUrlOption(TextOption):
    """The explicit proxy URL, stored without its password (a proxy password is a password)."""

    def encode(self, value: str) -> object:
        return without_password(value)


@dataclass(frozen=True)
class LanguageOption(TextOption):
    """The window's language: ``""`` follows the system locale, else one of the shipped codes.

    A code typed by hand in another spelling (``zh-tw``) is read as the shipped one; anything else
    (a language reconui does not ship) falls back to the system locale.
    """

    def convert(self, raw: object) -> str:
        text = super().convert(raw).strip()
        if not text:
            return ""
        try:
            return parse_language(text)
        except ValueError as why:
            raise UnusableSetting(str(why)) from None


def _shown(raw: object) -> str:
    """A stored value for the log: short, and on one line."""
    text = repr(raw)
    return text if len(text) <= 60 else text[:57] + "..."


# --- The options -------------------------------------------------------------------------------------

RECENT_HOSTS = TextListOption("connection/recent_hosts", max_items=MAX_RECENT_HOSTS)
PORT = IntOption("connection/port", 443, minimum=1, maximum=65535)
FLAVOR = ChoiceOption("connection/flavor", FLAVOR_AUTO, choices=(FLAVOR_AUTO, FLAVOR_API, FLAVOR_REST))
PROXY_MODE = ChoiceOption("connection/proxy_mode", ProxyMode.SYSTEM.value, choices=tuple(m.value for m in ProxyMode))
PROXY_URL = ProxyUrlOption("connection/proxy_url", "")
CA_FILE = TextOption("connection/ca_file", "")
VCENTER_USER = TextOption("credentials/vcenter_user", "administrator@vsphere.local")
SSO_USER = TextOption("credentials/sso_user", "administrator@vsphere.local")
#: ``"user@host"`` entries whose password the user chose to keep in the keyring (the fact, not the password).
KEYRING_ENTRIES = TextListOption("credentials/keyring_entries")
WINDOW_GEOMETRY = BytesOption("window/geometry", b"")
#: View → Language: "" = the system locale's language (the default), else a code of core/languages.py.
LANGUAGE = LanguageOption("window/language", "")

ALL_OPTIONS: tuple[Option[Any], ...] = (
    RECENT_HOSTS, PORT, FLAVOR, PROXY_MODE, PROXY_URL, CA_FILE, VCENTER_USER, SSO_USER, KEYRING_ENTRIES,
    WINDOW_GEOMETRY, LANGUAGE,
)


# --- Upgrades ----------------------------------------------------------------------------------------


class RawStore(Protocol):
    """The stored key/value pairs, as the Qt adapter sees them (keys are ``section/name``)."""

    def keys(self) -> list[str]: ...

    def value(self, name: str) -> object: ...

    def set_value(self, name: str, value: object) -> None: ...

    def remove(self, name: str) -> None: ...


@dataclass(frozen=True)
class Upgrade:
    """One step from ``to_version - 1`` to ``to_version``; ``why`` goes to the log."""

    to_version: int
    why: str
    apply: Callable[[RawStore], None]


def _v2_drop_window_state(store: RawStore) -> None:
    # Version 1 saved the main window's dock/toolbar state, which nothing ever restored.
    store.remove("window/state")


UPGRADES: tuple[Upgrade, ...] = (
    Upgrade(2, "remove window/state, which nothing reads", _v2_drop_window_state),
)


def stored_version(store: RawStore) -> int | None:
    """The file's ``schema_version``; None for an empty (new) file; 1 for a version-1 file without one."""
    raw = store.value(SCHEMA_KEY)
    if raw is None:
        return 1 if store.keys() else None
    try:
        return int(str(raw))
    except ValueError:
        logger.warning("Setting %s=%s is not a number; treating the file as version 1", SCHEMA_KEY, _shown(raw))
        return 1


def upgrade(store: RawStore, backup: Callable[[int], object], steps: Sequence[Upgrade] = UPGRADES,
            target: int = SCHEMA_VERSION) -> int:
    """Bring ``store`` to ``target``: ``backup(old_version)`` first, then each newer step in order.

    Returns the version the store is at afterwards (a newer file's own version is kept as it is).
    """
    version = stored_version(store)
    if version is None:
        store.set_value(SCHEMA_KEY, target)
        return target
    if version > target:
        logger.info("Settings were written by a newer reconui (schema %d, this one knows %d); not upgraded",
                    version, target)
        return version
    if version == target:
        return version
    backup(version)
    for step in sorted(steps, key=lambda s: s.to_version):
        if version < step.to_version <= target:
            logger.info("Settings upgrade to schema %d: %s", step.to_version, step.why)
            step.apply(store)
            version = step.to_version
    store.set_value(SCHEMA_KEY, target)
    return target
