"""Times on screen: always in this computer's zone, always with the zone named, in the window's locale.

The appliance's own times (job start and end, times inside its messages) and reconui's times (when
a message was seen, until when it keeps waiting) are all shown in the same zone, the one the
message renderer uses (:class:`reconui.core.render.MessageRenderer` with ``tz=None``), and each says
which zone that is, so the two kinds of time never disagree silently.

Dates and clock times are laid out by the default :class:`QLocale`, which :mod:`reconui.ui.language`
sets to the window's language (``03.05.24 12:00:00 CEST``, ``2024/05/03 12:00:00 CEST``). The ``C``
locale (``LANG=C`` on a server) gets ISO dates and a 24-hour clock instead of its bare ``d MM yyyy``.
The zone is always reconui's own abbreviation, after the time, whatever the locale's long format does.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

from PySide6.QtCore import QDate, QLocale, QTime

_ISO_DATE = "yyyy-MM-dd"
_ISO_TIME = "HH:mm"
#: The minutes of a short time format, where the seconds go (``h:mm AP`` -> ``h:mm:ss AP``).
_MINUTES = re.compile(r"(:m{1,2})")


def _aware(dt: datetime) -> datetime:
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def zone_name(dt: datetime | None = None) -> str:
    """This computer's zone abbreviation at ``dt`` (default now), e.g. ``CET`` or ``UTC``."""
    local = _aware(dt or datetime.now(timezone.utc)).astimezone()
    return local.tzname() or local.strftime("%z")


def _is_c(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.C


def date_pattern(locale: QLocale | None = None) -> str:
    """The locale's short date layout (ISO for the ``C`` locale)."""
    locale = locale or QLocale()
    return _ISO_DATE if _is_c(locale) else locale.dateFormat(QLocale.FormatType.ShortFormat)


def time_pattern(locale: QLocale | None = None, *, seconds: bool = True) -> str:
    """The locale's short clock layout, with seconds when asked (a job's steps are seconds apart)."""
    locale = locale or QLocale()
    pattern = _ISO_TIME if _is_c(locale) else locale.timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and "s" not in pattern:
        pattern, found = _MINUTES.subn(r"\1:ss", pattern, count=1)
        if not found:
            pattern = "HH:mm:ss"
    return pattern


def _parts(dt: datetime) -> tuple[QDate, QTime, str]:
    local = _aware(dt).astimezone()
    return (QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second),
            local.tzname() or local.strftime("%z"))


def local_time(dt: datetime | None) -> str:
    """Date, time and zone (``2024-05-03 12:00:00 CEST`` in ``C``); ``—`` when unknown."""
    if dt is None:
        return "—"
    locale = QLocale()
    date, time, zone = _parts(dt)
    return f"{locale.toString(date, date_pattern(locale))} {locale.toString(time, time_pattern(locale))} {zone}"


def clock_time(dt: datetime | None, *, seconds: bool = True) -> str:
    """Time and zone (``12:00:00 CEST`` or ``12:00 CEST``); ``—`` when unknown."""
    if dt is None:
        return "—"
    locale = QLocale()
    _date, time, zone = _parts(dt)
    return f"{locale.toString(time, time_pattern(locale, seconds=seconds))} {zone}"


def local_date(dt: datetime) -> str:
    """Date and zone, for a date-only value in an appliance message."""
    locale = QLocale()
    date, _time, zone = _parts(dt)
    return f"{locale.toString(date, date_pattern(locale))} {zone}"


def message_datetime(value: datetime, fmt: str | None = None) -> str:
    """A datetime parameter of an appliance message (docs/protocol.md §4.4) as the window shows times.

    The vAPI format name only decides what is shown: ``*_DATE`` the date, ``*_TIME`` the clock
    time, everything else (the default ``SHORT_DATE_TIME`` included) both; the layout is the locale's.
    """
    name = (fmt or "").strip().upper()
    if name.endswith("_DATE"):
        return local_date(value)
    if name.endswith("_TIME") and not name.endswith("DATE_TIME"):
        return clock_time(value, seconds=not name.startswith("SHORT"))
    return local_time(value)
