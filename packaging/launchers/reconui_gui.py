"""Frozen entry point of ``reconui`` (the desktop app): the same ``main`` as the ``reconui`` script."""

import sys

from reconui.__main__ import main

sys.exit(main())
