"""Frozen entry point of ``reconui-cli``: the ``reconui.cli:main`` console script, whatever shape
``reconui.cli`` has (module or package)."""

import sys

from reconui.cli import main

sys.exit(main())
