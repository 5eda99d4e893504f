"""Which language the window speaks, and the translators that make it speak it.

One language at a time: reconui's own ``reconui_<code>.qm`` and Qt's ``qtbase_<code>.qm`` (the
standard buttons and dialogs: "Cancel", "&Yes", the file dialog) for the chosen code only, looked
up by name. Nothing is scanned and nothing heavy is imported, because this runs on the start path.

The chosen language also sets the default :class:`QLocale`, so dates and numbers on screen
(:mod:`reconui.ui.times`) follow it; while the language follows the system, the system's own locale
(its region's formats) is kept.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from reconui.core.languages import SOURCE_LANGUAGE, accept_language, from_locale
from reconui.core.message_catalog import BUILTIN_EN, MessageCatalog
from reconui.core.message_catalog import CONTEXT as CATALOG_CONTEXT
from reconui.core.models import LocalizableMessage
from reconui.core.render import MessageRenderer
from reconui.core.translations import qm_dir

logger = logging.getLogger(__name__)

OWN_PREFIX = "reconui"
QT_PREFIX = "qtbase"


def system_language() -> str:
    """The first of the system's UI languages that reconui ships (``LANGUAGE=pt:de`` is German), else English."""
    locale = QLocale.system()
    for name in [*locale.uiLanguages(), locale.name()]:
        code = from_locale(name)
        if code != SOURCE_LANGUAGE or name.lower().startswith(SOURCE_LANGUAGE):
            return code
    return SOURCE_LANGUAGE


def own_translation_dirs() -> list[str]:
    """Where ``reconui_<code>.qm`` is: the package's ``i18n`` folder (:func:`reconui.core.translations.qm_dir`)."""
    return [str(qm_dir())]


def qt_translation_dir() -> str:
    """Qt's own translations (``qtbase_<code>.qm``): inside PySide6, in a checkout and a bundle alike."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


class UiLanguage:
    """The installed translators of the application; :meth:`apply` swaps them for another language.

    Args:
        app: the running ``QCoreApplication`` (the translators are its children).
        own_dirs: where reconui's ``.qm`` files are (default :func:`own_translation_dirs`).
        qt_dir: where Qt's ``qtbase_*.qm`` are (default :func:`qt_translation_dir`).
    """

    def __init__(self, app: QCoreApplication, *, own_dirs: Sequence[str] | None = None,
                 qt_dir: str | None = None) -> None:
        self._app = app
        self._own_dirs = list(own_dirs) if own_dirs is not None else None
        self._qt_dir = qt_dir
        self._installed: list[QTranslator] = []
        #: The language in use (a code of :mod:`reconui.core.languages`).
        self.code = SOURCE_LANGUAGE
        #: The file names that were loaded for it (for the log and the tests).
        self.loaded: list[str] = []
        #: Whether formats follow the system's locale (the language is "System default").
        self.follows_system = False
        #: The ``Accept-Language`` the current appliance session was opened with (None before one).
        self.asked: str | None = None

    @property
    def accept_language(self) -> str:
        """What the engine sends as ``Accept-Language`` for this language."""
        return accept_language(self.code)

    def apply(self, code: str, *, follow_system: bool = False) -> list[str]:
        """Install the translators of ``code`` in place of the current ones; returns the files loaded.

        Installing sends ``QEvent.LanguageChange`` to every widget. ``follow_system`` keeps the
        system's own locale for formats (``de_AT`` stays Austrian); otherwise formats follow ``code``.
        English needs no translator: the source strings are English.
        """
        for translator in self._installed:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._installed = []
        self.loaded = []
        self.code = code
        self.follows_system = follow_system
        QLocale.setDefault(QLocale.system() if follow_system else QLocale(code))
        if code == SOURCE_LANGUAGE:
            return []
        qt_dir = self._qt_dir if self._qt_dir is not None else qt_translation_dir()
        self._load(f"{QT_PREFIX}_{code}", [qt_dir])
        own_dirs = self._own_dirs if self._own_dirs is not None else own_translation_dirs()
        if not self._load(f"{OWN_PREFIX}_{code}", own_dirs):
            logger.warning("No translation file %s_%s.qm was found in %s; the window stays in English",
                           OWN_PREFIX, code, ", ".join(own_dirs))
        return list(self.loaded)

    def _load(self, name: str, folders: Sequence[str]) -> bool:
        """Load ``<name>.qm`` from the first folder that has it (an exact name: no locale search)."""
        for folder in folders:
            path = f"{folder}/{name}.qm"
            if not Path(path).is_file():
                continue
            translator = QTranslator(self._app)
            if translator.load(path):
                self._app.installTranslator(translator)
                self._installed.append(translator)
                self.loaded.append(path)
                return True
            translator.deleteLater()
        return False


def translated_catalog(code: str) -> MessageCatalog:
    """reconui's own templates for appliance message ids, in ``code`` where they are translated.

    Built from the installed translators (context ``ApplianceMessages``), so it follows a language
    switch; an entry without a translation is left out, and the renderer then shows the appliance's
    English ``default_message`` rather than the same English template.
    """
    base = MessageCatalog.builtin()
    if code == SOURCE_LANGUAGE:
        return base
    entries = {}
    for message_id, english in BUILTIN_EN.items():
        text = QCoreApplication.translate(CATALOG_CONTEXT, english)
        if text != english:
            entries[message_id] = text
    return MessageCatalog({"en": BUILTIN_EN, code: entries}) if entries else base


def _primary(tag: str) -> str:
    return tag.replace("_", "-").split("-")[0].lower()


class WindowRenderer:
    """Appliance messages as the window shows them: in its language, with its locale's times.

    The order is docs/protocol.md §4.4: the appliance's ``localized`` text, else reconui's template
    for the message id in the window's language, else the English ``default_message``. A
    ``localized`` text in another language than the window's (the language was switched after the
    session asked the appliance in the old one) is not shown: it would be a third language on screen.
    """

    def __init__(self, language: UiLanguage) -> None:
        self._language = language
        self._renderer: tuple[str, MessageRenderer] | None = None

    def renderer(self) -> MessageRenderer:
        """The core renderer for the current language (made again after a switch)."""
        code = self._language.code
        if self._renderer is None or self._renderer[0] != code:
            from reconui.ui.times import message_datetime

            self._renderer = (code, MessageRenderer(language=accept_language(code), catalog=translated_catalog(code),
                                                    datetime_text=message_datetime))
        return self._renderer[1]

    def render(self, msg: LocalizableMessage) -> str:
        asked = self._language.asked
        if msg.localized and asked is not None and _primary(asked) != _primary(self._language.accept_language):
            msg = replace(msg, localized=None)
        return self.renderer().render(msg)
