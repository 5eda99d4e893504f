"""The desktop app's one way to translate: ``translate("Context", "text")`` and catalog phrases.

Every user-visible string of the window is written as a call of :func:`translate` with a *literal*
context and source text, e.g. ``translate("JobPanel", "Stop &monitoring")``. ``pyside6-lupdate``
extracts a call named ``translate`` with the context it names, so the context in the ``.ts`` file is
exactly the one looked up at run time (a helper that hides the context, such as a module-level
``tr(text)``, makes lupdate file the string under the empty context, and the lookup never matches).
``self.tr()`` is not used: it only works in QObject methods, and which class it takes as context
has differed between PySide6 releases. A count goes in the fourth argument with ``%n`` in the text:
``translate("HistoryDialog", "%n run(s) in the reports folder, newest first.", None, len(runs))``
gives the entry plural forms. Placeholders are ``{name}`` filled with ``.format()`` after the
lookup, so translators may reorder them; a short or ambiguous text gets a ``#:`` comment on the line
before (lupdate hands it to the translator) or a disambiguation as the third argument.

The engine's sentences (errors, reasons, keyring status, checks, next steps) are not repeated here:
they live once in the Qt-free core as :class:`~reconui.core.phrases.Phrase` entries, and
:func:`translated` shows them in the reader's language (CONTRIBUTING.md, "Add a string").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from reconui.core import next_steps
from reconui.core.check_texts import check_phrase
from reconui.core.error_texts import error_phrase
from reconui.core.errors import ReconError
from reconui.core.models import JobInfo, LocalizableMessage
from reconui.core.phrases import Phrase


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language: Qt's ``QCoreApplication.translate`` under the name lupdate reads."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def _lookup(context: str, template: str, n: int) -> str:
    return QCoreApplication.translate(context, template, None, n)


def translated(phrase: Phrase) -> str:
    """A catalog phrase of the core in the user's language (nested reasons too)."""
    return phrase.render(_lookup)


def error_text(code: str, params: Mapping[str, str]) -> str:
    """The translated sentence for an error code."""
    return translated(error_phrase(code, params))


def error_sentence(error: ReconError) -> str:
    """The translated headline for ``error``, its engine reason translated with it."""
    return translated(error.phrase)


def check_text(code: str, params: Mapping[str, str] | None = None) -> str:
    """The translated sentence of a pre-flight or health check (:mod:`reconui.core.check_texts`)."""
    return translated(check_phrase(code, params))


def next_step_for_error(error: ReconError) -> str:
    """What to do now after ``error`` (translated)."""
    return translated(next_steps.phrase_for_error(error))


def next_step_for_job(info: JobInfo) -> str | None:
    """What to do now after a finished job; None when it did not fail."""
    phrase = next_steps.phrase_for_job(info)
    return None if phrase is None else translated(phrase)


def server_message_lines(messages: Sequence[LocalizableMessage],
                         render: Callable[[LocalizableMessage], str]) -> list[str]:
    """The appliance's own messages as ``text [id]`` lines, rendered by ``render(msg) -> str``.

    The message id is always shown: it is what a support engineer searches for.
    """
    lines: list[str] = []
    for msg in messages:
        try:
            text = render(msg)
        except Exception:  # a renderer bug must not hide the server's message
            text = msg.localized or msg.default_message
        lines.append(f"{text} [{msg.id}]" if msg.id else str(text))
    return lines
