"""The pin file: which certificate the user approved for which ``host:port``.

The format is deliberately the simplest thing a team can review and share (govc's known-hosts
idea, docs/users.md §1)::

    # vetted by the VCSA team, 2024-05-03
    vcsa01.example.com:443 AB:CD:...:EF
    [fd00::10]:5480 abcdef0123...

One ``host:port sha256`` entry per line; ``#`` starts a comment; blank lines are ignored. A line
that does not parse is skipped with a log warning rather than making the whole file unusable, and
is kept verbatim when the file is rewritten so nobody's hand-written notes are lost. Fingerprints
may be written with or without colons, in any case; they are always handed out in the canonical
colon-separated upper-case form that vSphere's own screens show.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: writers in one process are still serialised
    fcntl = None  # type: ignore[assignment]

from reconui.core.errors import PinFileError
from reconui.core.private_files import private_dir

logger = logging.getLogger(__name__)

_HEX64 = re.compile(r"[0-9a-fA-F]{64}")


def normalize_sha256(text: str) -> str:
    """The canonical ``AB:CD:…`` form of a SHA-256 fingerprint written with or without colons.

    Raises:
        ValueError: ``text`` is not 32 bytes of hex.
    """
    compact = text.strip().replace(":", "")
    if not _HEX64.fullmatch(compact):
        raise ValueError("not a SHA-256 fingerprint (64 hexadecimal digits)")
    upper = compact.upper()
    return ":".join(upper[i : i + 2] for i in range(0, 64, 2))


def normalize_address(address: str) -> str:
    """The key a pin is stored under: ``host:port`` with the host in lower case.

    Host names are case-insensitive, so ``VCSA01:443`` and ``vcsa01:443`` must find the same pin.

    Raises:
        ValueError: not ``host:port`` with a port between 1 and 65535.
    """
    host, sep, port = address.strip().rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError("not a host:port address")
    if host.startswith("[") != host.endswith("]"):
        raise ValueError("unbalanced brackets around an IPv6 address")
    return f"{host.lower()}:{int(port)}"


def _parse_line(line: str) -> tuple[str, str] | None:
    """``(address, sha256)`` of an entry line; None for blank and comment lines.

    Raises:
        ValueError: the line is neither blank, a comment, nor a valid entry.
    """
    text = line.split("#", 1)[0].strip()
    if not text:
        return None
    fields = text.split()
    if len(fields) != 2:
        raise ValueError("expected 'host:port sha256'")
    return normalize_address(fields[0]), normalize_sha256(fields[1])


def _safe_key(line: str) -> str | None:
    try:
        entry = _parse_line(line)
    except ValueError:
        return None
    return entry[0] if entry is not None else None


class PinStore:
    """The user's ``host:port sha256`` file, read afresh on every lookup.

    Reading on every call keeps the store honest when a colleague's vetted file is dropped in
    place while the app runs, and the file is tiny. Writes go to a temporary file in the same
    directory followed by :func:`os.replace`, so a crash never leaves a half-written pin file, and
    the file is created readable by its owner only (0600): it decides whom we send passwords to.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()

    def get(self, address: str) -> str | None:
        """The pinned fingerprint (``AB:CD:…``) for ``address`` (``Target.address``), or None.

        Raises:
            PinFileError: the file exists but cannot be read. Not swallowed on purpose: treating an
                unreadable pin file as empty would turn a "certificate changed" hard stop into a
                mere "untrusted certificate" question.
        """
        key = normalize_address(address)
        found: str | None = None
        for entry in self._entries():
            if entry is not None and entry[0] == key:
                found = entry[1]  # the last entry wins: appending a line overrides an older one
        return found

    def all(self) -> dict[str, str]:
        """Every valid pin, address -> fingerprint (for a settings page or an export)."""
        return {entry[0]: entry[1] for entry in self._entries() if entry is not None}

    def remember(self, address: str, sha256: str) -> None:
        """Pin ``address`` to ``sha256``, replacing any earlier pin for it.

        Raises:
            ValueError: ``address`` or ``sha256`` is malformed.
            PinFileError: the file could not be written.
        """
        key = normalize_address(address)
        fingerprint = normalize_sha256(sha256)
        with self._locked():
            lines = self._kept_lines(key)
            lines.append(f"{key} {fingerprint}")
            self._write(lines)
        logger.info("Pinned the certificate of %s (SHA-256 %s)", key, fingerprint)

    def forget(self, address: str) -> None:
        """Remove every pin for ``address``; a missing pin or file is not an error."""
        key = normalize_address(address)
        with self._locked():
            if not self.path.exists():
                return
            lines = self._read_lines()
            kept = self._kept_lines(key)
            if len(kept) != len(lines):
                self._write(kept)
                logger.info("Forgot the pinned certificate of %s", key)

    # --- sharing ---------------------------------------------------------------------------

    def export_text(self) -> str:
        """Every pin as ``host:port sha256`` lines, the format a team shares."""
        header = "# reconui trusted certificates: host:port sha256\n"
        return header + "".join(f"{address} {sha}\n" for address, sha in sorted(self.all().items()))

    def import_text(self, text: str) -> int:
        """Add the pins of a shared file; an address already pinned takes the imported fingerprint.

        All or nothing: one malformed line rejects the whole file, because a half-imported list of
        whom to trust is worse than none.

        Returns:
            How many pins were imported.

        Raises:
            ValueError: a line is malformed (the message names its number).
            PinFileError: the pin file could not be written.
        """
        entries: list[tuple[str, str]] = []
        for number, line in enumerate(text.splitlines(), start=1):
            try:
                entry = _parse_line(line)
            except ValueError as exc:
                raise ValueError(f"line {number}: {exc}") from None
            if entry is not None:
                entries.append(entry)
        if not entries:
            return 0
        with self._locked():
            keys = {address for address, _ in entries}
            kept = [line for line in self._read_lines() if _safe_key(line) not in keys] if self.path.exists() else []
            kept += [f"{address} {sha}" for address, sha in entries]
            self._write(kept)
        logger.info("Imported %d pinned certificates", len(entries))
        return len(entries)

    # --- file handling ---------------------------------------------------------------------

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """Serialise read-modify-write cycles: threads by the lock, processes (the GUI and a CLI
        run pinning at the same time) by ``flock`` on the pin file's directory, so no pin is lost.

        The directory, not a lock file: it always exists (we create it) and survives the atomic
        replace of the pin file, and no extra file appears next to the pins.
        """
        with self._lock:
            if fcntl is None:  # pragma: no cover - Windows
                yield
                return
            try:
                private_dir(self.path.parent)  # created 0700, like the log and report folders
                fd = os.open(self.path.parent, os.O_RDONLY)
            except OSError as exc:
                raise self._error(exc) from exc
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
                yield
            finally:
                os.close(fd)  # releases the flock

    def _error(self, exc: OSError | UnicodeDecodeError) -> PinFileError:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
        return PinFileError({"path": self.path, "reason": reason}, detail=f"{type(exc).__name__}: {exc}")

    def _read_lines(self) -> list[str]:
        try:
            # utf-8-sig: Notepad saves a BOM, which would otherwise glue itself to the first host
            # name and silently turn that pin's "certificate changed" stop into a mere question.
            return self.path.read_text(encoding="utf-8-sig").splitlines()
        except FileNotFoundError:
            return []
        except (OSError, UnicodeDecodeError) as exc:
            raise self._error(exc) from exc

    def _entries(self) -> list[tuple[str, str] | None]:
        entries: list[tuple[str, str] | None] = []
        for number, line in enumerate(self._read_lines(), start=1):
            try:
                entries.append(_parse_line(line))
            except ValueError as exc:
                logger.warning("Skipping line %d of the pin file %s: %s", number, self.path, exc)
                entries.append(None)
        return entries

    def _kept_lines(self, key: str) -> list[str]:
        """The file's lines without the entries for ``key`` (comments and unparsable lines kept)."""
        kept: list[str] = []
        for line in self._read_lines():
            try:
                entry = _parse_line(line)
            except ValueError:
                entry = None
            if entry is None or entry[0] != key:
                kept.append(line)
        return kept

    def _write(self, lines: list[str]) -> None:
        # A symlinked pin file (a team's vetted file linked in) stays a link: the file it points to is
        # replaced, not the link, which a plain os.replace would turn into a private copy.
        path = Path(os.path.realpath(self.path))
        try:
            private_dir(path.parent)
            # mkstemp creates the file with mode 0600 and in the target directory, so os.replace is
            # an atomic rename on the same file system.
            fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        except OSError as exc:
            raise self._error(exc) from exc
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write("".join(f"{line}\n" for line in lines))
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp_name, path)
        except BaseException as exc:
            try:
                os.unlink(tmp_name)
            except FileNotFoundError:
                pass
            if isinstance(exc, OSError):
                raise self._error(exc) from exc
            raise
