"""Translatable sentences without Qt: the marker ``pyside6-lupdate`` reads, :class:`Phrase` and :func:`fill`.

Every sentence the engine produces for a person (error sentences, engine reasons, keyring status,
check texts, next steps) is written once, in a catalog table of the Qt-free core, as::

    "restore_in_progress": QT_TRANSLATE_NOOP("Errors", "The restore is still running ({progress} %). ..."),

``pyside6-lupdate`` finds such a call by the function's name and files the text under the literal
context, so the ``.ts`` files hold each catalog entry exactly once. The CLI, the log and the reports
use the English template filled in (:meth:`Phrase.english`); the window looks up the same template
under the same context (``QCoreApplication.translate(context, template)``, :meth:`Phrase.render`)
and fills the translation with the same values. Placeholders are ``{name}``: a translator may put
them in any order.

A placeholder's value may itself be a :class:`Phrase` (an engine reason inside an error sentence,
"the answer" inside a reason): it is rendered in the same language as the sentence around it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeAlias


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; returns it unchanged (the core has no Qt)."""
    return text


#: The fourth argument of :func:`translate` in a catalog table: "this entry has plural forms".
PLURAL = 0


def translate(context: str, text: str, disambiguation: str | None = None, n: int = PLURAL) -> str:
    """Mark a plural entry (``%n``) for translation in ``context``; returns ``text`` unchanged.

    ``pyside6-lupdate`` knows no ``QT_TRANSLATE_N_NOOP`` for Python: it files an entry with plural
    forms only for a call named ``translate`` with a count argument, so the catalog tables write
    ``translate("Checks", "%n ...", None, PLURAL)``. The count of a :class:`Phrase` is its ``count``.
    """
    return text


class _Leave(dict[str, object]):
    """format_map helper that leaves an unknown ``{name}`` in place."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, params: Mapping[str, object]) -> str:
    """``template.format_map(params)`` that never raises.

    A placeholder without a value stays visible, and a malformed template (a broken translation)
    shows as it is: a sentence about an error must never itself become an error.
    """
    try:
        return template.format_map(_Leave(params))
    except (ValueError, IndexError, AttributeError, KeyError):
        return template


#: A placeholder's value: plain text (a host name, a number, a server's word) or a nested phrase.
Value: TypeAlias = "str | Phrase"
#: ``translate(context, template, n) -> template in the reader's language``, ``%n`` replaced by ``n``
#: when ``n >= 0`` (Qt's ``QCoreApplication.translate(context, template, None, n)`` in the window).
Translator = Callable[[str, str, int], str]


@dataclass(frozen=True)
class Phrase:
    """One catalog entry with the values for its placeholders.

    ``template`` is the English text exactly as marked with :func:`QT_TRANSLATE_NOOP` (the ``.ts``
    source), so translating it needs no second table. A template with ``%n`` has plural forms and
    takes its number from ``count`` (-1: none).
    """

    context: str
    template: str
    params: Mapping[str, Value] = field(default_factory=dict)
    count: int = -1

    def english(self) -> str:
        """The English sentence (CLI, log, reports)."""
        template = self.template.replace("%n", str(self.count)) if self.count >= 0 else self.template
        return fill(template, {k: v.english() if isinstance(v, Phrase) else v for k, v in self.params.items()})

    def render(self, translate: Translator) -> str:
        """The sentence in the language of ``translate``; nested phrases are translated too."""
        values = {k: v.render(translate) if isinstance(v, Phrase) else v for k, v in self.params.items()}
        return fill(translate(self.context, self.template, self.count), values)

    def with_values(self, convert: Callable[[str], str]) -> Phrase:
        """The same phrase with every plain value passed through ``convert`` (sanitising, masking)."""
        values = {k: v.with_values(convert) if isinstance(v, Phrase) else convert(v) for k, v in self.params.items()}
        return Phrase(self.context, self.template, values, self.count)


def joined(parts: Sequence[Phrase], separator: str = " ") -> Phrase:
    """Whole sentences one after the other (e.g. every check that could not be read), each translated.

    Not a catalog entry: its template is made of placeholders only, under the empty context, where
    no translation exists (the translation check forbids entries there), so Qt returns it unchanged.
    """
    names = [f"part{i}" for i in range(len(parts))]
    return Phrase("", separator.join("{" + name + "}" for name in names), dict(zip(names, parts, strict=True)))
