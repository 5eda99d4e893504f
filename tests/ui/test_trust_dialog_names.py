"""The name-mismatch dialog: the certificate's names first, pinning as a labelled fallback (item 1)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from reconui.core.models import CertificateInfo
from reconui.ui.trust_dialog import TrustChoice, TrustDialog

NOW = datetime.now(timezone.utc)


def _cert() -> CertificateInfo:
    return CertificateInfo(subject="CN=vcsa01.example.com", issuer="CN=Example CA",
                           sans=("vcsa01.example.com", "vcsa01", "*.example.com"), not_before=NOW - timedelta(days=1),
                           not_after=NOW + timedelta(days=300), sha256="AB:" * 31 + "AB", sha1="CD:" * 19 + "CD",
                           serial="1", pem="", self_signed=False)


def test_each_name_is_a_button_and_pinning_is_the_fallback(qtbot):
    dialog = TrustDialog(_cert(), "10.0.0.5:443", name_mismatch=True)
    qtbot.addWidget(dialog)
    assert [b.text() for b in dialog.name_buttons] == ["Connect to vcsa01.example.com", "Connect to vcsa01"]
    assert "issued for other names" in dialog.findChild(type(dialog.sha256_label), "trustIntro").text()
    assert dialog.once_button.text().replace("&", "") == "Pin anyway, once"
    assert dialog.cancel_button.isDefault()
    dialog.name_buttons[0].click()
    assert dialog.choice is TrustChoice.USE_NAME and dialog.chosen_name == "vcsa01.example.com"


def test_the_untrusted_dialog_is_unchanged(qtbot):
    dialog = TrustDialog(_cert(), "10.0.0.5:443")
    qtbot.addWidget(dialog)
    assert dialog.name_buttons == []
    assert dialog.once_button.text().replace("&", "") == "Trust once"
