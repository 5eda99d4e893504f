"""Helpers the desktop-app tests import by name.

Kept out of ``conftest.py``: ``from conftest import ...`` is ambiguous with ``tests/conftest.py``
and resolves to whichever directory pytest put first on ``sys.path``.
"""

from __future__ import annotations

from typing import Any

from reconui.ui.main_window import DemoInfo


def demo_info(sim: Any, scenario: str = "ok") -> DemoInfo:
    """What the built-in simulator launcher would report for ``sim``."""
    cfg = sim.config
    return DemoInfo(host=sim.host, port=sim.port, sha256=sim.sha256, user=cfg.user, password=cfg.password,
                    sso_user=cfg.sso_user, sso_password=cfg.effective_sso_password, scenario=scenario)
