"""The streams a command talks to, and the prompts it may ask on them (tests substitute both)."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from typing import Any, TextIO

from reconui.core.redaction import shown

PROG = "reconui-cli"


class SafeStream:
    """A text stream through which every write passes the one output step (sanitise, then mask).

    Appliance text (messages, error data, reasons) may hold lone surrogates, terminal escape
    sequences or an echoed credential; whatever a command prints, it cannot crash the stream,
    rewrite the terminal or show a secret. The only raw writes are reconui's own cursor controls
    (:meth:`write_control`). A character the stream's encoding lacks is written as an escape
    instead of raising ``UnicodeEncodeError``.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def _put(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except UnicodeEncodeError:
            encoding = getattr(self._stream, "encoding", None) or "ascii"
            return self._stream.write(text.encode(encoding, "backslashreplace").decode(encoding, "replace"))

    def write(self, text: str) -> int:
        return self._put(shown(text))

    def write_control(self, sequence: str) -> int:
        """Write reconui's own terminal control sequence (``\\r``, erase line) unchanged."""
        return self._put(sequence)

    def flush(self) -> None:
        self._stream.flush()

    @property
    def raw(self) -> TextIO:
        return self._stream

    def __getattr__(self, name: str) -> Any:  # isatty, getvalue, encoding … of the wrapped stream
        return getattr(self._stream, name)


def isatty(stream: TextIO | SafeStream) -> bool:
    """True for a terminal; False for pipes, files, closed streams and test doubles without ``isatty``."""
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


@dataclass
class Terminal:
    """The streams a command talks to (tests replace them)."""

    out: TextIO
    err: TextIO
    stdin: TextIO

    def __post_init__(self) -> None:
        if not isinstance(self.out, SafeStream):
            self.out = SafeStream(self.out)  # type: ignore[assignment]
        if not isinstance(self.err, SafeStream):
            self.err = SafeStream(self.err)  # type: ignore[assignment]

    @property
    def interactive(self) -> bool:
        """True when a person can answer prompts (stdin is a terminal)."""
        return isatty(self.stdin)

    def ask_yes_no(self, question: str) -> bool:
        """``question [y/N]``; anything but y/yes (including end of input) is no."""
        self.err.write(f"{question} [y/N] ")
        self.err.flush()
        answer = self.stdin.readline()
        return answer.strip().lower() in ("y", "yes")

    def ask_password(self, prompt: str) -> str:
        """A password typed without echo (getpass reads the controlling terminal, not ``stdin``)."""
        return getpass.getpass(prompt)

    def fail(self, sentence: str) -> None:
        """``reconui-cli: sentence`` on stderr: the one shape of a command-line error message."""
        self.err.write(f"{PROG}: {sentence}\n")
