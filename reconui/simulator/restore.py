"""The restore job (``RestoreJobStatus``): a fixed state, or a timeline in ``restore_running``.

Like the reconciliation job, the timeline is a pure function of elapsed time, so clients see the
same progress however often they poll. Restore messages are the restore package's own message
type: ``id``, ``default_message`` and ``args`` only (docs/post-restore-api.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from reconui.simulator.catalog import Message, positional

#: What each fixed state shows (``progress``, ``messages``).
_FIXED: dict[str, tuple[int, tuple[Message, ...]]] = {
    "SUCCEEDED": (100, (Message("ex.restore.done"),)),
    "FAILED": (63, (Message("ex.restore.failed"), positional("ex.restore.failed.reason", "seat"))),
    "INPROGRESS": (45, (Message("ex.restore.running"),)),
    "NONE": (0, ()),
}

#: ``restore_running``: messages that appear once this fraction of the restore has passed.
_STEPS: tuple[tuple[float, Message], ...] = (
    (0.0, Message("ex.restore.running")),
    (0.25, positional("ex.restore.part", "common")),
    (0.6, positional("ex.restore.part", "seat")),
)
#: Backup parts listed from 8.0.3 on (``parts``, an optional list of strings).
PARTS = ("common", "seat")


@dataclass(frozen=True)
class RestoreSnapshot:
    """``RestoreJobStatus`` at one instant, before wire encoding."""

    state: str
    progress: int
    messages: tuple[Message, ...]


class RestoreJob:
    """The appliance's restore job.

    Args:
        state: the fixed state (``SUCCEEDED`` ...), used when ``running_for`` is 0.
        running_for: seconds the restore stays INPROGRESS after ``started_mono``; 0 = fixed state.
        started_mono: monotonic time the restore (simulator) started.
    """

    def __init__(self, state: str, running_for: float, started_mono: float) -> None:
        self.state = state
        self.running_for = running_for
        self.started_mono = started_mono

    def snapshot(self, now_mono: float) -> RestoreSnapshot:
        """The status now: INPROGRESS with rising progress, then SUCCEEDED (or the fixed state)."""
        if self.running_for <= 0:
            progress, messages = _FIXED[self.state]
            return RestoreSnapshot(self.state, progress, messages)
        fraction = max(0.0, now_mono - self.started_mono) / self.running_for
        if fraction >= 1.0:
            shown = (*(m for _, m in _STEPS), Message("ex.restore.done"))
            return RestoreSnapshot("SUCCEEDED", 100, shown)
        shown = tuple(m for at, m in _STEPS if at <= fraction)
        return RestoreSnapshot("INPROGRESS", min(99, 10 + int(fraction * 90)), shown)
