"""The streams a command talks to, and the prompts it may ask on them (tests substitute both)."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from typing import TextIO

PROG = "reconui-cli"


def isatty(stream: TextIO) -> bool:
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
