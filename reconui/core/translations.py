"""Where reconui's compiled translations are, and which languages it ships: one answer for every caller.

The window's translation loader, ``--self-check`` and the packaging all ask :func:`qm_dir`. The
``.qm`` files are package data in ``reconui/i18n/`` (compiled from ``resources/i18n/*.ts`` by
``bash packaging/dev.sh i18n`` and committed), so the same path holds in a source checkout, a pip
install and the frozen bundle (``packaging/reconui.spec`` puts them at ``reconui/i18n`` too).
"""

from __future__ import annotations

from pathlib import Path

from reconui.core.languages import LANGUAGE_CODES

#: The languages of the vSphere Client, English first (the source language: it needs no file);
#: their names and locale mapping are in :mod:`reconui.core.languages`.
SHIPPED_LANGUAGES = LANGUAGE_CODES
#: The languages with a ``reconui_<lang>.qm``.
TRANSLATED_LANGUAGES = SHIPPED_LANGUAGES[1:]


def qm_dir() -> Path:
    """The folder of ``reconui_<lang>.qm`` (checkout, pip install and frozen bundle alike)."""
    return Path(__file__).resolve().parent.parent / "i18n"


def qm_path(lang: str) -> Path:
    """The compiled translation of ``lang`` (it may be missing: then the window stays English)."""
    return qm_dir() / f"reconui_{lang}.qm"
