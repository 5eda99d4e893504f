"""One measured line of the table: a figure beside its floor, the target and whether it is met."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Row:
    """``figure`` and ``floor`` are display texts (median and min–max); ``ratio`` the comparison."""

    section: str
    name: str
    figure: str
    floor: str = ""
    ratio: str = ""
    target: str = ""
    met: bool | None = None  # None: no target (a figure for information)

    @property
    def verdict(self) -> str:
        return {True: "met", False: "MISSED", None: ""}[self.met]


@dataclass
class Section:
    """What one benchmark produced: rows, free-form notes, raw samples for the appendix."""

    title: str
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    skipped: str = ""
    seconds: float = 0.0
    #: Profiler text (pyinstrument) shown under the table when ``--profile`` was given.
    profile: str = ""
