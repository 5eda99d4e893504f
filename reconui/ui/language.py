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
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from reconui.core.languages import SOURCE_LANGUAGE, accept_language, from_locale

logger = logging.getLogger(__name__)

#: Where the compiled ``reconui_<code>.qm`` files are looked for, in this order (the resource
#: system first: it is what a pip install and the frozen bundle both carry).
OWN_PREFIX = "reconui"
QT_PREFIX = "qtbase"


def system_language() -> str:
    """The shipped language of the system locale (its first UI language), English if none fits."""
    locale = QLocale.system()
    names = list(locale.uiLanguages()) or [locale.name()]
    return from_locale(names[0])


def own_translation_dirs() -> list[str]:
    """Folders that may hold ``reconui_<code>.qm``: the compiled-in resources, then files on disk.

    (Not :func:`reconui.core.selfcheck.translation_dirs`: that module imports ``ssl``, which the start
    path must not load.)
    """
    meipass = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and meipass:
        return [":/i18n", str(Path(meipass) / "i18n")]
    return [":/i18n", str(Path(__file__).resolve().parents[2] / "resources" / "i18n")]


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
            if not (folder.startswith(":") or Path(path).is_file()):
                continue
            translator = QTranslator(self._app)
            if translator.load(path):
                self._app.installTranslator(translator)
                self._installed.append(translator)
                self.loaded.append(path)
                return True
            translator.deleteLater()
        return False
