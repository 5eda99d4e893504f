"""Files only their owner can read, created new, never through a symbolic link.

Logs and reports hold no secret, but they do hold host names, user names and the topology of a
customer's vSphere, and they are written in the middle of an incident, sometimes on a shared jump
host. So, like the pin file: files 0600, the folders reconui creates 0700. And a report never
overwrites anything: each file is created with ``O_CREAT | O_EXCL`` (which also refuses a symbolic
link, dangling or not, at that name) and ``O_NOFOLLOW``; when a name is taken, the next free
``-2``, ``-3`` … name is used, and the caller prints the name actually written.

On Windows the permission bits are ignored by the OS (the per-user profile folders are already
private); the no-overwrite and no-link rules still hold.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_BINARY = getattr(os, "O_BINARY", 0)
#: How many ``-N`` suffixes are tried before giving up (someone is racing us, or the folder is odd).
MAX_SUFFIX = 1000


def private_dir(path: Path, *, tighten: bool = False) -> Path:
    """Create ``path`` (and missing parents) readable by the owner only.

    Args:
        tighten: also make an existing ``path`` 0700 - for reconui's own folders (logs, reports),
            never for a folder the user named.
    """
    missing = []
    current = path
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    for created in missing:  # mkdir's mode is filtered by the umask and not applied to parents
        with contextlib.suppress(OSError):
            os.chmod(created, DIR_MODE)
    if tighten and not missing:
        with contextlib.suppress(OSError):
            os.chmod(path, DIR_MODE)
    return path


def open_private(path: Path, *, append: bool = False) -> int:
    """A file descriptor for writing ``path``, mode 0600, never through a symbolic link.

    Args:
        append: open an existing file for appending (the log); otherwise the file must be new.

    Raises:
        FileExistsError: not ``append`` and something (a file, a link) already has that name.
        OSError: anything else (``ELOOP`` for a link with ``append``).
    """
    flags = os.O_WRONLY | os.O_CREAT | _NOFOLLOW | _CLOEXEC | _BINARY
    flags |= os.O_APPEND if append else os.O_EXCL
    fd = os.open(path, flags, FILE_MODE)
    if hasattr(os, "fchmod"):
        with contextlib.suppress(OSError):
            os.fchmod(fd, FILE_MODE)  # a file from an older version may have been 0644
    return fd


def write_new_files(directory: Path, stem: str, contents: Mapping[str, str]) -> dict[str, Path]:
    """Write ``<stem>.<ext>`` for each ``ext -> text`` under names that were all free.

    All files of one call share the stem (``x.json`` and ``x.html``, or ``x-2.json`` and
    ``x-2.html``), so a report's two halves stay recognisably together.

    Returns:
        ``ext -> path`` actually written.

    Raises:
        OSError: the files could not be created (no free name among :data:`MAX_SUFFIX`).
    """
    for attempt in range(1, MAX_SUFFIX + 1):
        name = stem if attempt == 1 else f"{stem}-{attempt}"
        created: dict[str, Path] = {}
        descriptors: list[int] = []
        try:
            for ext in contents:
                path = directory / f"{name}.{ext}"
                descriptors.append(open_private(path))
                created[ext] = path
        except FileExistsError:
            for fd in descriptors:
                os.close(fd)
            for path in created.values():
                with contextlib.suppress(OSError):
                    path.unlink()
            continue
        except OSError:
            for fd in descriptors:
                os.close(fd)
            raise
        for fd, text in zip(descriptors, contents.values(), strict=True):
            with open(fd, "w", encoding="utf-8", errors="backslashreplace", newline="\n") as handle:
                handle.write(text)
        return created
    raise FileExistsError(f"no free file name for {directory / stem} after {MAX_SUFFIX} tries")


__all__ = ["DIR_MODE", "FILE_MODE", "open_private", "private_dir", "write_new_files"]
