"""LocalizableMessage -> text, following the rendering algorithm of the docs/protocol.md §4.4.

Order of preference for a message:

1. ``localized`` when the appliance filled it (it honoured our ``Accept-Language``);
2. a template from the client :class:`~reconui.core.message_catalog.MessageCatalog` for the message
   id in the renderer's language, filled with the named ``params`` or the positional ``args``;
3. ``default_message`` — the appliance's English text with the arguments already substituted, the
   normal case;
4. only when ``default_message`` is empty: the English catalog template, and finally the id itself.

(architecture.md's one-line summary says "localized, else default_message, else catalog"; docs/protocol.md
§4.4 puts the catalog before ``default_message`` so that a user's language wins over English. Both are
honoured: the catalog is tried first in the user's language, and English catalog text is the last
resort before the bare id.)

Nothing here raises: a message is shown to an administrator in the middle of a recovery, and a
broken template or an odd parameter must degrade to the server's own text, never to a traceback.
Nothing here touches the process locale either (``locale.setlocale`` is process-global and not
thread-safe); number separators come from a small table, dates use the Go runtime's English
layouts (docs/protocol.md §4.4) so they read the same as the appliance's.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timezone, tzinfo

from reconui.core.errors import ProtocolError
from reconui.core.message_catalog import MessageCatalog, language_chain
from reconui.core.models import LocalizableMessage, LocalizationParam, NestedMessage

__all__ = ["DATE_TIME_PATTERNS", "MessageRenderer", "format_local_datetime"]

#: (digit group separator, decimal separator) by primary language subtag (CLDR values).
_SEPARATORS: dict[str, tuple[str, str]] = {
    "en": (",", "."),
    "de": (".", ","),
    "fr": ("\u202f", ","),  # narrow no-break space, as CLDR and current Windows/macOS use for French
    "es": (".", ","),
    "it": (".", ","),
    "ja": (",", "."),
    "ko": (",", "."),
    "zh": (",", "."),
}

#: DateTimeFormat name -> layout. Fields: Y year, m month, d day, b month abbr., a weekday abbr.,
#: H M S time, Z zone abbreviation (or ±hhmm when the zone has no alphabetic abbreviation, like Go).
DATE_TIME_PATTERNS: dict[str, str] = {
    "SHORT_DATE": "{Y}-{m}-{d}",
    "MED_DATE": "{Y} {b} {d}",
    "LONG_DATE": "{Y} {b} {d}",
    "FULL_DATE": "{Y} {b} {d}, {a}",
    "SHORT_TIME": "{H}:{M}",
    "MED_TIME": "{H}:{M}:{S}",
    "LONG_TIME": "{H}:{M}:{S} {Z}",
    "FULL_TIME": "{H}:{M}:{S} {Z}",
    "SHORT_DATE_TIME": "{Y}-{m}-{d} {H}:{M}",
    "MED_DATE_TIME": "{Y} {b} {d} {H}:{M}:{S}",
    "LONG_DATE_TIME": "{Y} {b} {d} {H}:{M}:{S} {Z}",
    "FULL_DATE_TIME": "{Y} {b} {d}, {a} {H}:{M}:{S} {Z}",
}
_DEFAULT_FORMAT = "SHORT_DATE_TIME"
#: The vAPI docstring spells the default "SHORT_DATETIME"; accept that spelling (and its siblings).
_FORMAT_ALIASES = {
    "SHORT_DATETIME": "SHORT_DATE_TIME",
    "MED_DATETIME": "MED_DATE_TIME",
    "LONG_DATETIME": "LONG_DATE_TIME",
    "FULL_DATETIME": "FULL_DATE_TIME",
}

# English abbreviations, fixed: strftime("%b") would follow the process locale.
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

_DEFAULT_PRECISION = 2
_MAX_PRECISION = 20
_MAX_WIDTH = 256
_MAX_NESTING = 16

#: ``{name}`` placeholders of named templates (Go runtime style).
_NAMED = re.compile(r"\{([^{}\s]+)\}")
#: printf/Java Formatter conversions ``%[index$][flags][width][.precision][t|T]conversion``, plus the
#: defensive ``{N}`` (0-based, java.text.MessageFormat style).
_POSITIONAL = re.compile(
    r"%(?:(?P<index>[0-9]+)\$)?(?P<flags>[-#+ 0,(]*)(?P<width>[0-9]+)?(?:\.(?P<precision>[0-9]+))?"
    r"(?P<conv>[tT]?[a-zA-Z%])"
    r"|\{(?P<brace>[0-9]+)\}"
)
_ALPHA_ZONE = re.compile(r"[A-Za-z]+")


class _MissingArgument(Exception):
    """A positional template asks for an argument the message does not have."""


class MessageRenderer:
    """Turns appliance messages into display text for one language and time zone.

    Instances hold no mutable state after construction, so one renderer may be shared by the worker
    thread, the report and the GUI.
    """

    #: Prefix of the cause lines of :meth:`render_stack`.
    CAUSE_PREFIX = "caused by: "

    def __init__(
        self,
        *,
        language: str = "en",
        tz: tzinfo | None = None,
        grouping: bool = True,
        catalog: MessageCatalog | None = None,
        datetime_text: Callable[[datetime, str | None], str] | None = None,
    ) -> None:
        """Args:
        language: BCP 47 tag (``"de-DE"``) used for catalog look-ups and number separators.
        tz: display zone for datetime params; None means the machine's local zone.
        grouping: whether integers (and the integer part of doubles) get digit group separators.
        catalog: client templates; None means the built-in English runtime messages.
        datetime_text: how a datetime param is written (value, format name); None means
            :func:`format_local_datetime` in ``tz``. The window passes its locale's layouts
            (``reconui.ui.times.message_datetime``); the CLI and the report keep the Go layouts.
        """
        self.language = language or "en"
        chain = language_chain(self.language)
        self._primary = chain[-1] if chain else "en"
        self.tz = tz
        self.grouping = grouping
        self.catalog = catalog if catalog is not None else MessageCatalog.builtin()
        self._datetime_text = datetime_text
        self._group_sep, self._decimal_sep = _SEPARATORS.get(self._primary, _SEPARATORS["en"])

    # --- Messages ------------------------------------------------------------------------------

    def render(self, msg: LocalizableMessage) -> str:
        """The text to show for ``msg``. Never raises."""
        try:
            return self._render(msg)
        except Exception:
            return _fallback_text(msg)

    def render_stack(self, messages: Sequence[LocalizableMessage]) -> list[str]:
        """The first message as is, each further one (a cause, §2.1) prefixed with ``caused by:``."""
        try:
            items = list(messages)
        except Exception:
            return []
        return [self.render(m) if k == 0 else self.CAUSE_PREFIX + self.render(m) for k, m in enumerate(items)]

    def _render(self, msg: LocalizableMessage) -> str:
        localized = msg.localized
        if isinstance(localized, str) and localized.strip():
            return localized
        template = self.catalog.lookup(self.language, msg.id)
        if template is not None:
            text = self._fill(template, msg.params, msg.args, 0)
            if text is not None:
                return text
        if msg.default_message:
            return msg.default_message
        english = self.catalog.lookup("en", msg.id)
        if english is not None and english != template:
            text = self._fill(english, msg.params, msg.args, 0)
            if text is not None:
                return text
        return msg.id

    # --- Templates -----------------------------------------------------------------------------

    def _fill(
        self,
        template: str,
        params: Mapping[str, LocalizationParam] | None,
        args: Sequence[str],
        depth: int,
    ) -> str | None:
        """Fill a template; None when it cannot be filled (the caller falls back to other text).

        Named params fill ``{name}`` templates (§4.4). A template without any ``{token}`` is
        positional even when the message carries params — e.g. a printf-style runtime template met
        by a message whose server sent params: it then needs args, and without them the caller
        shows the server's own text instead of a template with a raw ``%s`` in it.
        """
        try:
            if params is not None and not isinstance(params, Mapping):
                return None
            if params and _NAMED.search(template):
                return self._fill_named(template, params, args, depth)
            return self._fill_positional(template, args)
        except Exception:
            return None

    def _fill_named(
        self, template: str, params: Mapping[str, LocalizationParam], args: Sequence[str], depth: int
    ) -> str:
        def replace(match: re.Match[str]) -> str:
            name = match.group(1)
            if name in params:
                return self._format_param(params[name], depth)
            if name.isascii() and name.isdigit() and int(name) < len(args):
                return str(args[int(name)])
            return match.group(0)  # an unknown token stays visible rather than vanishing

        return _NAMED.sub(replace, template)

    def _fill_positional(self, template: str, args: Sequence[str]) -> str:
        sequential = 0

        def replace(match: re.Match[str]) -> str:
            nonlocal sequential
            brace = match.group("brace")
            if brace is not None:
                position = int(brace)
                return str(args[position]) if position < len(args) else match.group(0)
            conv = match.group("conv")
            if conv == "%":
                return "%"
            if conv == "n":
                return "\n"
            index = match.group("index")
            if index is not None:
                position = int(index) - 1
            else:
                position = sequential
                sequential += 1
            if not 0 <= position < len(args):
                raise _MissingArgument(match.group(0))
            text = self._convert(str(args[position]), conv, match.group("flags"), match.group("precision"))
            width = match.group("width")
            if width:
                size = min(int(width), _MAX_WIDTH)
                text = text.ljust(size) if "-" in match.group("flags") else text.rjust(size)
            return text

        return _POSITIONAL.sub(replace, template)

    def _convert(self, arg: str, conv: str, flags: str, precision: str | None) -> str:
        """One positional conversion. Args are strings on the wire (§4.1); convert when they parse."""
        kind = conv[-1]
        if conv[0] in "tT" and len(conv) == 2:
            when = _parse_rfc3339(arg)
            return arg if when is None else self.format_datetime(when)
        if kind == "d":
            try:
                number = int(arg.strip())
            except ValueError:
                return arg
            return self._format_int(number, grouping="," in flags)
        if kind in "feEgG":
            try:
                value = float(arg.strip())
            except ValueError:
                return arg
            digits = 6 if precision is None else int(precision)
            return self._format_double(value, digits, grouping="," in flags)
        if kind == "S":
            return arg.upper()
        return arg

    # --- Parameters ----------------------------------------------------------------------------

    def format_param(self, param: LocalizationParam) -> str:
        """One LocalizationParam as text (the one value field that is set). Never raises."""
        try:
            return self._format_param(param, 0)
        except Exception:
            return ""

    def _format_param(self, param: LocalizationParam, depth: int) -> str:
        if param.s is not None:
            return str(param.s)
        if param.i is not None:
            return self._format_int(int(param.i), grouping=self.grouping)
        if param.d is not None:
            precision = _DEFAULT_PRECISION if param.precision is None else int(param.precision)
            return self._format_double(float(param.d), precision, grouping=self.grouping)
        if param.dt is not None:
            return self.format_datetime(param.dt, param.format)
        if param.l is not None:
            return self._format_nested(param.l, depth + 1)
        return ""

    def _format_int(self, number: int, *, grouping: bool) -> str:
        digits = f"{abs(number):,}" if grouping else str(abs(number))
        digits = digits.replace(",", self._group_sep)
        return f"-{digits}" if number < 0 else digits

    def _format_double(self, value: float, precision: int, *, grouping: bool) -> str:
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "∞" if value > 0 else "-∞"
        digits = max(0, min(precision, _MAX_PRECISION))
        text = f"{abs(value):,.{digits}f}" if grouping else f"{abs(value):.{digits}f}"
        whole, _, fraction = text.partition(".")
        whole = whole.replace(",", self._group_sep)
        text = f"{whole}{self._decimal_sep}{fraction}" if fraction else whole
        # No "-0,00": a negative number that rounds to zero is shown as zero.
        negative = value < 0 and any(c in "123456789" for c in text)
        return f"-{text}" if negative else text

    def format_datetime(self, value: datetime, fmt: str | None = None) -> str:
        """A datetime in the renderer's zone, laid out by a vAPI DateTimeFormat name (see
        :func:`format_local_datetime`), or as ``datetime_text`` writes it."""
        if self._datetime_text is not None:
            return self._datetime_text(value, fmt)
        return format_local_datetime(value, fmt, tz=self.tz)

    def _format_nested(self, nested: NestedMessage, depth: int) -> str:
        """A nested message has no default text (§3.4): catalog template, else its id."""
        if depth > _MAX_NESTING:
            return nested.id
        template = self.catalog.lookup(self.language, nested.id)
        if template is None:
            # English words beat a bare id here, since there is no server text to fall back to.
            template = self.catalog.lookup("en", nested.id)
        if template is None:
            return nested.id
        text = self._fill(template, nested.params, (), depth)
        return nested.id if text is None else text


def format_local_datetime(value: datetime, fmt: str | None = None, *, tz: tzinfo | None = None) -> str:
    """A datetime in the user's zone (``tz``, default the machine's local zone) by a vAPI format name.

    The one place where reconui turns a wire time (always UTC) into what a person reads: messages,
    the CLI's lines and the HTML report all use it, so they agree with the clock on the wall.
    An unknown format name falls back to SHORT_DATE_TIME (the vAPI default); a naive datetime is
    taken as UTC (the wire only carries UTC).
    """
    if value.tzinfo is None or value.utcoffset() is None:
        value = value.replace(tzinfo=timezone.utc)
    try:
        local = value.astimezone(tz) if tz is not None else value.astimezone()
    except (OverflowError, ValueError, OSError):
        local = value.astimezone(timezone.utc)  # beyond the platform's local-time range
    key = (fmt or _DEFAULT_FORMAT).strip().upper()
    key = _FORMAT_ALIASES.get(key, key)
    pattern = DATE_TIME_PATTERNS.get(key, DATE_TIME_PATTERNS[_DEFAULT_FORMAT])
    return pattern.format(
        Y=f"{local.year:04d}",
        m=f"{local.month:02d}",
        d=f"{local.day:02d}",
        b=_MONTHS[local.month - 1],
        a=_WEEKDAYS[local.weekday()],
        H=f"{local.hour:02d}",
        M=f"{local.minute:02d}",
        S=f"{local.second:02d}",
        Z=_zone_text(local),
    )


def _zone_text(local: datetime) -> str:
    """Go's ``MST`` layout: the zone abbreviation, or ``±hhmm`` when it has no alphabetic one."""
    name = local.tzname()
    if name and _ALPHA_ZONE.fullmatch(name):
        return name
    offset = local.utcoffset()
    if offset is None:
        return "UTC"
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}{mins:02d}"


def _parse_rfc3339(text: str) -> datetime | None:
    """A positional datetime argument (written in the wire format, §4.1), or None."""
    from reconui.core.wire import parse_datetime  # the wire parsers are not needed for the first window

    try:
        return parse_datetime(text.strip())
    except ProtocolError:
        return None


def _fallback_text(msg: object) -> str:
    """What to show when rendering itself failed: the server's text, else the id, else nothing."""
    for attr in ("default_message", "id"):
        value = getattr(msg, attr, None)
        if isinstance(value, str) and value:
            return value
    return ""
