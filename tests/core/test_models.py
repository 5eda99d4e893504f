"""The models (reconui/core/models.py): what their repr never shows."""

from __future__ import annotations

from reconui.core.models import ProxyChoice, ProxyMode, Target


def test_a_proxy_password_is_not_in_the_repr_of_a_target() -> None:
    target = Target("vcsa", proxy=ProxyChoice(ProxyMode.EXPLICIT, "http://proxyuser:Pr0xy-Secret@proxy:3128"))
    assert "Pr0xy-Secret" not in repr(target) and "proxyuser" not in repr(target)
    assert "proxy:3128" in repr(target)
