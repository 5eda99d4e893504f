"""Two costs of a PySide6 start-up that are not reconui's own work, kept off the path to the first window.

Measured with the start-up probe (docs/PERFORMANCE.md, "Start-up"), both together were about a fifth
of the app's start-up CPU time:

- **PySide6's feature check reads the source of every module imported after it.** Its import hook
  (``shibokensupport.feature.feature_imported``, PYSIDE-2029) calls ``inspect.getsource`` on each
  new module just to see whether the text contains "PySide6": 130+ modules on reconui's start path,
  each tokenised through ``linecache`` (which then keeps every source file in memory).
  :func:`install_fast_feature_check` gives the hook the same answer from one raw read of the file.
- **The cyclic garbage collector runs dozens of times while the modules and widgets are built**,
  each full pass walking everything allocated so far, although nothing built then is garbage.
  :func:`pause_gc` switches it off until the window is up; :func:`resume_gc` switches it back on
  and moves everything that exists then into the permanent generation (``gc.freeze``), so the
  collections during a job no longer walk the start-up's objects on every full pass (those passes
  held the GIL on the GUI thread or the worker for several milliseconds each).
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable
from types import ModuleType

logger = logging.getLogger(__name__)

_state = {"paused": False}


def _source_mentions_pyside(module: ModuleType, fallback: Callable[[ModuleType], object]) -> bool:
    """The upstream check's answer ("PySide6" in the module's source) from one read of its ``.py`` file."""
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            pass
    return bool(fallback(module))  # sourceless and built-in modules: upstream's way


def install_fast_feature_check() -> bool:
    """Replace PySide6's per-import source scan with a raw read; True when installed.

    Only the private helper ``_mod_uses_pyside`` is swapped, and only when it exists under that name
    (a PySide6 without it keeps its own behaviour); modules without a ``.py`` file still go through
    the original. Idempotent.
    """
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "_reconui_fast", False):
        return True

    def _mod_uses_pyside(module: ModuleType) -> bool:
        return _source_mentions_pyside(module, original)

    _mod_uses_pyside._reconui_fast = True  # type: ignore[attr-defined]
    setattr(feature, "_mod_uses_pyside", _mod_uses_pyside)  # noqa: B010  # a private name of a module without stubs
    return True


def pause_gc() -> None:
    """Switch the cyclic collector off for the start-up (reference counting still frees memory)."""
    if gc.isenabled():
        gc.disable()
        _state["paused"] = True


def resume_gc() -> None:
    """Freeze what the start-up built and switch the collector back on (once; later calls only freeze).

    Called at the first idle moment and again after the engine's background import, so that those
    long-lived modules and objects leave the collector's generations too.
    """
    gc.freeze()
    if _state["paused"]:
        _state["paused"] = False
        gc.enable()


def at_first_idle(callback: Callable[[], None]) -> None:
    """Call ``callback`` once, when the event loop first has nothing left to do (shown, painted).

    Must be called from inside the running event loop (e.g. a zero-time ``QTimer.singleShot``).
    """
    from PySide6.QtCore import QAbstractEventDispatcher

    dispatcher = QAbstractEventDispatcher.instance()
    if dispatcher is None:
        callback()
        return

    def first_idle() -> None:
        dispatcher.aboutToBlock.disconnect(first_idle)
        callback()

    dispatcher.aboutToBlock.connect(first_idle)
