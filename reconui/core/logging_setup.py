"""The rotating log file and the filter that keeps secrets out of it.

reconui is used in the middle of a disaster recovery with an SSO administrator password in memory. A
log file gets attached to support tickets and e-mailed around, so every line that reaches a handler
goes through :class:`RedactionFilter` first: it masks the HTTP credentials the engine handles
(``Authorization`` headers, ``vmware-api-session-id`` headers, cookies and JSON, the CreateSpec's
``sso_admin_user_password``, ``password=`` pairs) and every password registered with
:func:`register_secret`, which the client, runner, CLI and GUI call for each password they hold.

Qt-free on purpose: the GUI sets logging up before ``QApplication`` exists.
"""

from __future__ import annotations

import io
import logging
import os
import sys
import traceback
from pathlib import Path
from typing import TextIO

from reconui.core import paths
from reconui.core.private_files import open_private, private_dir

# Re-exported: the log is where masking started, and callers import these names from here.
from reconui.core.redaction import MASK as MASK
from reconui.core.redaction import redact
from reconui.core.redaction import register_credentials as register_credentials
from reconui.core.redaction import register_secret as register_secret
from reconui.core.sanitize import clean_text

LOG_FILE_NAME = "reconui.log"
MAX_BYTES = 1024 * 1024
BACKUP_COUNT = 5

_FORMAT = "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"

class RedactionFilter(logging.Filter):
    """Rewrites each record so that no handler ever sees a secret.

    The message is formatted with its args *first* (a secret may arrive as an arg), redacted, and the
    args cleared so no later formatting brings them back. Exception and stack text are formatted and
    redacted into ``exc_text``/``stack_info``, which :class:`logging.Formatter` prefers over
    re-formatting ``exc_info``.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the line (or raise from logging)
            message = f"{record.msg!s} {record.args!r}"
        record.msg = redact(clean_text(message))
        record.args = None
        if record.exc_info and record.exc_info[0] is not None:
            if not record.exc_text:
                record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
            record.exc_text = redact(record.exc_text)
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class PrivateRotatingFileHandler(logging.FileHandler):
    """A rotating log (``reconui.log`` → ``.1`` … ``.5`` at 1 MiB) whose files are 0600 and never opened
    through a symbolic link.

    The log names hosts, users and the topology of a customer's vSphere (see
    :mod:`reconui.core.private_files`). The rollover is the stdlib ``RotatingFileHandler``'s (same
    test, same renames), written out here because importing ``logging.handlers`` also imports
    ``socket``, ``pickle``, ``selectors``, ``queue``... for its network handlers: about 10 ms and
    1 MiB of every desktop start-up, for a class of forty lines (docs/PERFORMANCE.md, round 3).
    """

    def __init__(self, filename: Path, *, maxBytes: int, backupCount: int,  # the stdlib's names
                 encoding: str, errors: str) -> None:
        super().__init__(filename, mode="a", encoding=encoding, errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def _open(self) -> io.TextIOWrapper:
        fd = open_private(Path(self.baseFilename), append=True)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.should_rollover(record):
                self.do_rollover()
            super().emit(record)
        except Exception:
            self.handleError(record)

    def should_rollover(self, record: logging.LogRecord) -> bool:
        """Whether ``record`` would take the file to ``maxBytes`` (regular files only, as the stdlib)."""
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes > 0:
            message = f"{self.format(record)}\n"
            self.stream.seek(0, 2)
            if self.stream.tell() + len(message) >= self.maxBytes:
                return True
        return False

    def do_rollover(self) -> None:
        """``reconui.log.4`` → ``.5`` (the oldest dropped) … ``reconui.log`` → ``.1``, then a fresh file."""
        if self.stream:
            self.stream.close()
            self.stream = None  # the stdlib's own "closed" state
        if self.backupCount > 0:
            for i in range(self.backupCount - 1, 0, -1):
                source, dest = f"{self.baseFilename}.{i}", f"{self.baseFilename}.{i + 1}"
                if os.path.exists(source):
                    if os.path.exists(dest):
                        os.remove(dest)
                    os.rename(source, dest)
            dest = self.baseFilename + ".1"
            if os.path.exists(dest):
                os.remove(dest)
            if os.path.exists(self.baseFilename):
                os.rename(self.baseFilename, dest)
        self.stream = self._open()


def _is_ours(handler: logging.Handler) -> bool:
    return bool(getattr(handler, "_reconui_handler", False))


def setup_logging(
    directory: Path | None = None,
    *,
    level: int = logging.INFO,
    console: bool = False,
    stream: TextIO | None = None,
) -> Path:
    """Log to a rotating ``reconui.log`` (1 MiB × 5) in ``directory`` (default: the user log dir).

    Idempotent: calling again replaces reconui's handlers instead of adding more, so a test or a
    second front end in the same process never logs each line twice. ``console=True`` also logs to
    ``stream`` (default stderr; the CLI's ``--verbose``), through the same redaction filter.

    Returns:
        The path of the log file.
    """
    log_dir = private_dir(Path(directory) if directory is not None else paths.log_dir(), tighten=directory is None)
    log_file = log_dir / LOG_FILE_NAME

    root = logging.getLogger()
    teardown_logging()

    redaction = RedactionFilter()
    formatter = logging.Formatter(_FORMAT)
    file_handler = PrivateRotatingFileHandler(
        log_file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", errors="backslashreplace"
    )
    handlers: list[logging.Handler] = [file_handler]
    if console:
        handlers.append(logging.StreamHandler(stream if stream is not None else sys.stderr))
    for handler in handlers:
        handler._reconui_handler = True  # type: ignore[attr-defined]
        handler.setLevel(level)
        handler.setFormatter(formatter)
        handler.addFilter(redaction)
        root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    # urllib3 logs request lines at DEBUG; they carry no headers, but keep them out unless asked.
    logging.getLogger("urllib3").setLevel(max(level, logging.INFO))
    return log_file


def teardown_logging() -> None:
    """Remove and close the handlers :func:`setup_logging` installed (tests, and app shutdown)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if _is_ours(handler):
            root.removeHandler(handler)
            handler.close()
