"""A client-side catalog of message templates: message id -> template, per language.

Why a client catalog at all: appliances fill ``localized`` only when they implement the requested
locale (docs/protocol.md §4.1, §4.3 — often they do not), and a NestedLocalizableMessage has no default text.
With a catalog the renderer can still show a message in the user's language, or give a nested
message words instead of its bare id. Templates use the vAPI runtime's own syntax (named ``{name}``
or positional printf-style ``%s``); more languages are more entries of the mapping the catalog is built from.

The built-in English templates are the few vAPI *runtime* messages a client meets before any
appliance service answers (authentication, unknown URL), with the ids and texts the runtime uses
(docs/protocol.md §2.2). Appliance-specific ids are not public (§9), so none are invented here.
Their English text is marked ``QT_TRANSLATE_NOOP("ApplianceMessages", ...)``: ``pyside6-lupdate``
extracts it, and the window builds a catalog for its language from the translations
(:func:`reconui.ui.language.translated_catalog`), so such a message reads in the user's language
even when the appliance sends no ``localized`` text.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["BUILTIN_EN", "CONTEXT", "MessageCatalog", "language_chain"]

# The translation context of the built-in templates.
CONTEXT = "ApplianceMessages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    """Marks ``text`` for extraction; returns it unchanged (the core stays Qt-free)."""
    return text


# The vAPI runtime messages seen on the wire (docs/protocol.md §1.5, §2.2: public captures of real replies).
# Positional templates use the runtime's printf style (``%s``), as in its ``runtime.properties``.
BUILTIN_EN: dict[str, str] = {
    "com.vmware.vapi.endpoint.method.authentication.required": QT_TRANSLATE_NOOP(
        "ApplianceMessages", "Authentication required."),
    "vapi.method.authentication.required": QT_TRANSLATE_NOOP(
        "ApplianceMessages", "This method requires authentication."),
    "com.vmware.vapi.rest.operationsForUrlNotFound": QT_TRANSLATE_NOOP(
        "ApplianceMessages", "Unable to find operations for URL: %s."),
    "com.vmware.vapi.rest.httpNotFound": QT_TRANSLATE_NOOP("ApplianceMessages", "Not found."),
}


def _normalize(language: str) -> str:
    """``de_DE`` / ``de-de`` / ``DE-DE`` -> ``de-de``: one spelling for lookups."""
    return language.strip().replace("_", "-").lower()


def language_chain(language: str) -> list[str]:
    """The tags to try for ``language``, most specific first: ``de-DE-x`` -> ``de-de-x, de-de, de``."""
    tag = _normalize(language)
    chain: list[str] = []
    while tag:
        chain.append(tag)
        tag = tag.rpartition("-")[0]
    return chain


class MessageCatalog:
    """Message templates by language and id. Immutable after construction: the templates are copied
    in, so a renderer shared across threads never sees a change.
    """

    def __init__(self, templates: Mapping[str, Mapping[str, str]] | None = None) -> None:
        """Args:
        templates: language tag -> (message id -> template). Tags are matched case-insensitively
            and ``_``/``-`` alike.
        """
        self._templates: dict[str, dict[str, str]] = {}
        for language, entries in (templates or {}).items():
            bucket = self._templates.setdefault(_normalize(language), {})
            bucket.update({str(k): str(v) for k, v in entries.items()})

    @classmethod
    def builtin(cls) -> MessageCatalog:
        """The catalog with the built-in English runtime messages only."""
        return cls({"en": BUILTIN_EN})

    def lookup(self, language: str, message_id: str) -> str | None:
        """The template for ``message_id`` in ``language`` (``de-DE`` falls back to ``de``), or None.

        There is deliberately no fallback to another language: for a German user an English client
        template is no better than the appliance's English ``default_message``.
        """
        for tag in language_chain(language):
            bucket = self._templates.get(tag)
            if bucket is not None and message_id in bucket:
                return bucket[message_id]
        return None

    def __len__(self) -> int:
        return sum(len(bucket) for bucket in self._templates.values())
