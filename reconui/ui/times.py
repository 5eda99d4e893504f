"""Times on screen: always in this computer's zone, always with the zone named.

The appliance's own times (job start and end, times inside its messages) and reconui's times (when
a message was seen, until when it keeps waiting) are all shown in the same zone, the one the
message renderer uses (:class:`reconui.core.render.MessageRenderer` with ``tz=None``), and each says
which zone that is, so the two kinds of time never disagree silently.
"""

from __future__ import annotations

from datetime import datetime, timezone


def _aware(dt: datetime) -> datetime:
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def zone_name(dt: datetime | None = None) -> str:
    """This computer's zone abbreviation at ``dt`` (default now), e.g. ``CET`` or ``UTC``."""
    local = _aware(dt or datetime.now(timezone.utc)).astimezone()
    return local.tzname() or local.strftime("%z")


def local_time(dt: datetime | None) -> str:
    """``2024-05-03 12:00:00 CEST``; ``—`` when unknown."""
    if dt is None:
        return "—"
    return _aware(dt).astimezone().strftime("%Y-%m-%d %H:%M:%S %Z").strip()


def clock_time(dt: datetime | None, *, seconds: bool = True) -> str:
    """``12:00:00 CEST`` (or ``12:00 CEST``); ``—`` when unknown."""
    if dt is None:
        return "—"
    return _aware(dt).astimezone().strftime("%H:%M:%S %Z" if seconds else "%H:%M %Z").strip()
