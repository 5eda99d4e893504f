"""Linux bundle: one executable, three programs, chosen by the name it was started under.

``reconui-cli`` and ``reconui-sim`` are symbolic links to ``reconui`` (like busybox). Every
PyInstaller executable carries its own archive of the Python modules, so three executables cost
about 7 MiB more than one; on Linux a console and a windowed program are the same kind of file, so
nothing is lost. Windows and macOS get three real executables (console vs. windowed matters there).
"""

import os
import sys

_name = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else "reconui"

if _name.startswith("reconui-cli"):
    from reconui.cli import main
elif _name.startswith("reconui-sim"):
    from reconui.simulator.__main__ import main
else:
    from reconui.__main__ import main

sys.exit(main())
