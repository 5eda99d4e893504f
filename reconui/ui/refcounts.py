"""PySide6 6.12.0 on CPython 3.10/3.11 drops references to None and True: keep them from being freed.

Measured here (PySide6-Essentials 6.12.0, CPython 3.11.7): every call of a Qt method that returns
nothing (``label.setText``, ``layout.invalidate``…) leaves ``None`` with one reference less, and
every ``Signal.emit`` leaves ``True`` with one less; 6.11.3 does neither. From CPython 3.12 on these
objects are immortal and nothing happens, but on 3.10/3.11 their counts reach zero after some
thousands of calls and the interpreter aborts ("Fatal Python error: none_dealloc", and at exit
"bool_dealloc"). The desktop window makes about 80 such calls for each job update it shows and one
a second for the elapsed time, so a long job ended in that abort (bench/probe_longjob.py, window
variant, before this guard).

The guard does what CPython 3.12 does for these objects: it gives them a count no program can use
up (2**40), once, and only when a probe shows that the binding really loses references. The right
fix is a PySide6 that does not (the dependency's lower bound, or an exclusion of 6.12.0, is the
maintainers' call); this keeps the app alive with the one that is installed.
"""

from __future__ import annotations

import logging
import sys

logger = logging.getLogger(__name__)

#: What each guarded object's count is raised by: unreachable, like CPython 3.12's immortal count.
BOOST = 1 << 40


def binding_drops_references() -> bool:
    """True when a void Qt call or a signal's emit() loses a reference to None or True.

    Probed, not guessed from version numbers: a fixed PySide6 6.12.x, or one that breaks in another
    release, is told apart by what it does. Two calls of each: on a losing binding the probe costs
    two references of each object (the counts are exact, so two calls tell it apart from chance).
    """
    from PySide6.QtCore import QObject

    probe = QObject()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2):
        probe.setObjectName("")  # returns nothing
        probe.objectNameChanged.emit("")  # returns True
    return none_before - sys.getrefcount(None) >= 2 or true_before - sys.getrefcount(True) >= 2


def keep_singletons_alive() -> bool:
    """Raise the counts of None, True and False out of reach when the binding loses them.

    Returns True when it did. Safe on any thread that holds the GIL (a few references gained or
    lost by another thread meanwhile are nothing against :data:`BOOST`).
    """
    if sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return False  # immortal already; a debug build lays out its objects differently
    if sys.implementation.name != "cpython" or not binding_drops_references():
        return False
    import ctypes

    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt: the first field of every object
        count.value += BOOST
    logger.warning("This PySide6 loses references to None and True on every call; their counts were raised "
                   "so that the app does not abort (install another PySide6 release to fix it)")
    return True
