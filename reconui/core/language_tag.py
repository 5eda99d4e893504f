"""The language tag reconui sends as ``Accept-Language`` (``--lang``, the window's language).

It becomes an HTTP header value, so a tag with CR/LF would split the request and a non-ASCII one
would make the header encoder raise; both used to surface as "could not connect". Checked where it
is typed (a usage error) and again by the engine before the first request.
"""

from __future__ import annotations

import re

from reconui.core.errors import LanguageTagError

#: BCP 47 in the shape the appliance understands: a 2-8 letter language, then subtags
#: (``de``, ``de-DE``, ``zh-Hant-TW``, ``en_US`` as a courtesy).
_TAG = re.compile(r"[A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8}){0,7}")


def check_language_tag(tag: str) -> str:
    """``tag`` as sent (``_`` becomes ``-``).

    Raises:
        LanguageTagError: not a language tag such as ``de`` or ``de-DE``.
    """
    if not _TAG.fullmatch(tag):
        raise LanguageTagError("a language is a tag such as de, de-DE or ja-JP (ASCII letters, digits and '-')")
    return tag.replace("_", "-")


__all__ = ["LanguageTagError", "check_language_tag"]
