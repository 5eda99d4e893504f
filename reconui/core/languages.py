"""The nine languages reconui speaks, and how a locale name or a typed code becomes one of them.

vCenter's own client ships English, German, French, Spanish, Italian, Japanese, Korean, Simplified and
Traditional Chinese; reconui ships the same nine. Qt-free, so the command line, the settings schema,
the self-check and the window all agree on one list and one mapping.

Codes are Qt's file suffixes (``reconui_zh_TW.qm``, ``qtbase_zh_TW.qm``); what the appliance is sent
in ``Accept-Language`` is the BCP 47 tag of :func:`accept_language`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["LANGUAGES", "LANGUAGE_CODES", "SOURCE_LANGUAGE", "Language", "accept_language", "from_locale",
           "native_name", "parse_language"]

#: The language the source strings are written in (no translation file needed).
SOURCE_LANGUAGE = "en"


@dataclass(frozen=True)
class Language:
    """One shipped language: its code and its name in itself (what the View → Language menu shows)."""

    code: str
    native: str
    #: The tag sent as ``Accept-Language`` (an appliance catalog is looked up by it).
    tag: str


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "en-US"),
    Language("de", "Deutsch", "de-DE"),
    Language("fr", "Français", "fr-FR"),
    Language("es", "Español", "es-ES"),
    Language("it", "Italiano", "it-IT"),
    Language("ja", "日本語", "ja-JP"),
    Language("ko", "한국어", "ko-KR"),
    Language("zh_CN", "简体中文", "zh-CN"),
    Language("zh_TW", "繁體中文", "zh-TW"),
)
LANGUAGE_CODES: tuple[str, ...] = tuple(language.code for language in LANGUAGES)
_BY_CODE = {language.code: language for language in LANGUAGES}

#: Chinese written in traditional characters: by script, or by a region that uses it.
_TRADITIONAL = {"hant", "tw", "hk", "mo"}


def _parts(name: str) -> list[str]:
    """``zh_Hant_HK.UTF-8@euro`` -> ``["zh", "hant", "hk"]`` (encoding and modifier dropped)."""
    name = re.split(r"[.@]", name.strip(), maxsplit=1)[0]
    return [part.lower() for part in re.split(r"[-_]", name) if part]


def from_locale(name: str) -> str:
    """The shipped language for a locale name (``de_AT``, ``zh-Hant-HK``, ``ja_JP.UTF-8``).

    Chinese goes by script first, then region: ``zh_Hant``, ``zh_TW``, ``zh_HK`` and ``zh_MO`` are
    Traditional, every other ``zh`` Simplified. A language reconui does not ship (``pt_BR``, ``C``,
    ``POSIX``) is English, the source language.
    """
    parts = _parts(name)
    if not parts:
        return SOURCE_LANGUAGE
    primary = parts[0]
    if primary == "zh":
        return "zh_TW" if _TRADITIONAL.intersection(parts[1:]) else "zh_CN"
    return primary if primary in _BY_CODE else SOURCE_LANGUAGE


def parse_language(text: str) -> str:
    """A code typed by a person (``--language``): one of the shipped codes, case and ``-``/``_`` forgiven.

    Raises:
        ValueError: not one of the nine; the message lists them (it never repeats odd input back).
    """
    wanted = text.strip().replace("-", "_").lower()
    for code in LANGUAGE_CODES:
        if code.lower() == wanted:
            return code
    raise ValueError("not a language reconui ships; use one of " + ", ".join(LANGUAGE_CODES))


def native_name(code: str) -> str:
    """The language's name in itself (``Deutsch``); the code for an unknown one."""
    language = _BY_CODE.get(code)
    return language.native if language else code


def accept_language(code: str) -> str:
    """The ``Accept-Language`` value for a shipped language (``de`` -> ``de-DE``)."""
    language = _BY_CODE.get(code)
    return language.tag if language else _BY_CODE[SOURCE_LANGUAGE].tag
