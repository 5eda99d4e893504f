"""Frozen entry point of ``reconui-sim``: the ``reconui.simulator.__main__:main`` console script."""

import sys

from reconui.simulator.__main__ import main

sys.exit(main())
