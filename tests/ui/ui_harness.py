"""Helpers the desktop-app tests import by name.

Kept out of ``conftest.py``: ``from conftest import ...`` is ambiguous with ``tests/conftest.py``
and resolves to whichever directory pytest put first on ``sys.path``.
"""

from __future__ import annotations

from typing import Any

from reconui.ui.main_window import DemoInfo
from reconui.ui.worker import EngineFactory


def demo_info(sim: Any, scenario: str = "ok") -> DemoInfo:
    """What the built-in simulator launcher would report for ``sim``."""
    cfg = sim.config
    return DemoInfo(host=sim.host, port=sim.port, sha256=sim.sha256, user=cfg.user, password=cfg.password,
                    sso_user=cfg.sso_user, sso_password=cfg.effective_sso_password, scenario=scenario)


class ScriptedFactory(EngineFactory):
    """An engine factory whose trust check returns (or raises) ``outcome`` and whose client is a bug."""

    def __init__(self, outcome: Any) -> None:
        super().__init__()
        self.outcome = outcome
        self.session_pins_seen: list[dict[str, str]] = []

    def check_trust(self, target, session_pins):  # type: ignore[no-untyped-def]
        self.session_pins_seen.append(dict(session_pins))
        if isinstance(self.outcome, BaseException):
            raise self.outcome
        return self.outcome

    def client(self, target, trust):  # type: ignore[no-untyped-def]
        raise RuntimeError("boom from a bug; headers were Authorization: Basic c2VjcmV0OnNlY3JldA==")
