"""``tr()``: the one translation call of the desktop app's widgets.

The context is the empty string on purpose: ``pyside6-lupdate`` files every call of a plain function
named ``tr`` under the empty context, so translating at run time under any other context (one per
module, say) would never find the translations it extracted. Error sentences are the exception: they
are marked with ``QT_TRANSLATE_NOOP("Messages", ...)`` and translated in that context by
:mod:`reconui.ui.messages`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    """``text`` in the user's language, when a translation is loaded (CONTRIBUTING.md, "Add a translation")."""
    return QCoreApplication.translate("", text)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Placeholder until i12a's alias lands (merge: take theirs)."""
    return QCoreApplication.translate(context, text, disambiguation, n)
