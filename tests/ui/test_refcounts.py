"""A PySide6 that loses references to None and True (6.12.0 on CPython < 3.12) must not abort the app.

Run in a child process: without the guard such a binding aborts the interpreter, which would take
the test session with it.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

from reconui.ui.refcounts import binding_drops_references

#: 200,000 calls that return nothing and 200,000 emits: about what the window does in a day of jobs.
CHILD = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QObject
    from reconui.ui.refcounts import keep_singletons_alive
    guarded = keep_singletons_alive()
    probe = QObject()
    for _ in range(200_000):
        probe.setObjectName("")
        probe.objectNameChanged.emit("")
    print("guarded" if guarded else "not needed", flush=True)
""")


def test_many_qt_calls_do_not_use_up_none_or_true() -> None:
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    # Guarded exactly when this binding loses references (and then the loop above did not abort).
    expected = "guarded" if binding_drops_references() and sys.version_info < (3, 12) else "not needed"
    assert done.stdout.strip() == expected
