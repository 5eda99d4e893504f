"""Which of the appliance's messages are new: the job's message list grows, and is re-sent whole.

Used by the runner (to emit only new messages in ``JobUpdated``) and by the report (to list each
message once), so both agree on what "the same message" means.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable

from reconui.core.models import LocalizableMessage


def message_key(msg: LocalizableMessage) -> Hashable:
    """A hashable identity for a message (``params`` is a mapping, so the dataclass is unhashable)."""
    params: tuple[tuple[str, str], ...] = ()
    if msg.params:
        params = tuple(sorted((str(k), repr(v)) for k, v in msg.params.items()))
    return (msg.id, msg.default_message, tuple(msg.args), params, msg.localized)


class MessageTracker:
    """Finds the messages not seen before in the appliance's accumulating message list.

    Compared as a multiset, so the same step text appearing twice (a retry) is reported twice, and
    a list that is re-sent in full every poll is reported once.
    """

    def __init__(self) -> None:
        self._seen: Counter[Hashable] = Counter()

    def new_messages(self, messages: tuple[LocalizableMessage, ...]) -> tuple[LocalizableMessage, ...]:
        fresh: list[LocalizableMessage] = []
        counts: Counter[Hashable] = Counter()
        for msg in messages:
            key = message_key(msg)
            counts[key] += 1
            if counts[key] > self._seen[key]:
                fresh.append(msg)
        for key, count in counts.items():
            self._seen[key] = max(self._seen[key], count)
        return tuple(fresh)
