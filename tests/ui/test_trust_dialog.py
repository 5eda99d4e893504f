"""Certificate trust in the window and in the dialogs: nothing is sent before trust is settled."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
)

from reconui.core.models import CertificateInfo
from reconui.ui.connect_flow import changed_certificate_line
from reconui.ui.main_window import ConnectionState
from reconui.ui.trust_dialog import CertificateChangedDialog, TrustChoice, TrustDialog
from reconui.ui.widgets import AlertKind

WRONG_PIN = ":".join(["AB"] * 32)


def _cert(sha256: str = ":".join(["12"] * 32)) -> CertificateInfo:
    now = datetime.now(timezone.utc)
    return CertificateInfo(subject="CN=vcsa.example.com", issuer="CN=CA, O=VMware", sans=("vcsa.example.com",),
                           not_before=now - timedelta(days=1), not_after=now + timedelta(days=300),
                           sha256=sha256, sha1=":".join(["34"] * 20), serial="01", pem="", self_signed=False)


def test_trust_once_connects_without_writing_a_pin(simulated_window, ui_home):
    h = simulated_window("ok")
    sim = h.sim
    assert len(h.dialogs.trust_asked) == 1
    cert, target = h.dialogs.trust_asked[0]
    assert cert.sha256 == sim.sha256
    assert target.address == f"{sim.host}:{sim.port}"
    assert h.pins.get(target.address) is None
    assert h.window.session_pins[target.address] == sim.sha256
    assert "this session" in h.window.trust_label.text()


def test_trust_and_remember_writes_the_pin_file(harness_factory, simulator_factory, ui_home):
    sim = simulator_factory(scenario="ok")
    h = harness_factory(trust_choice=TrustChoice.REMEMBER)
    h.fill(sim)
    h.connect()
    address = f"{sim.host}:{sim.port}"
    assert h.pins.get(address) == sim.sha256
    pin_file = ui_home / "config" / "known_hosts"
    assert sim.sha256 in pin_file.read_text()
    assert "pinned" in h.window.trust_label.text()
    assert address not in h.window.session_pins

    # A second window trusts the pinned certificate without asking.
    h.window.disconnect_button.click()
    h.wait_idle()
    h2 = harness_factory(trust_choice=TrustChoice.CANCEL)
    h2.fill(sim)
    h2.connect()
    assert h2.dialogs.trust_asked == []


def test_cancel_sends_nothing(harness_factory, simulator_factory, ui_home):
    sim = simulator_factory(scenario="ok")
    h = harness_factory(trust_choice=TrustChoice.CANCEL)
    h.fill(sim)
    h.window.connect_button.click()
    h.qtbot.waitUntil(lambda: bool(h.dialogs.trust_asked) and not h.controller.busy, timeout=10000)
    assert h.window.connection_state == ConnectionState.DISCONNECTED
    assert "not trusted" in h.window.connection_label.text()
    assert sim.requests == []
    assert not (ui_home / "config" / "known_hosts").exists()
    assert h.window.connect_button.isEnabled()


def _connect_with_a_wrong_pin(h, sim) -> str:
    """Pin another certificate for ``sim``, connect, and wait until the changed-certificate stop was shown."""
    address = f"{sim.host}:{sim.port}"
    h.pins.remember(address, WRONG_PIN)
    h.fill(sim)
    h.window.connect_button.click()
    h.qtbot.waitUntil(lambda: bool(h.dialogs.changed_asked) and not h.controller.busy, timeout=10000)
    return address


@pytest.mark.expected_warnings("reconui.core.tls")
def test_changed_certificate_is_a_hard_stop(harness_factory, simulator_factory):
    sim = simulator_factory(scenario="ok")
    h = harness_factory(trust_choice=TrustChoice.REMEMBER, forget_pin=False)
    address = _connect_with_a_wrong_pin(h, sim)
    error, _target = h.dialogs.changed_asked[0]
    assert error.pinned_sha256 == WRONG_PIN
    assert error.certificate.sha256 == sim.sha256
    assert h.dialogs.trust_asked == []  # no way to "just trust" from here
    assert sim.requests == []
    assert h.window.connection_state == ConnectionState.DISCONNECTED
    assert h.window.alert.kind is AlertKind.ERROR
    # One line that says what happened; the fingerprints are left to the dialog.
    assert h.window.alert.headline.text() == changed_certificate_line(address)
    assert error.pinned_sha256 not in h.window.alert.headline.text()
    assert not h.window.alert.details.text()
    assert h.pins.get(address) == WRONG_PIN  # untouched without explicit confirmation


@pytest.mark.expected_warnings("reconui.core.tls")
def test_forgetting_the_old_pin_needs_a_new_review(harness_factory, simulator_factory):
    sim = simulator_factory(scenario="ok")
    h = harness_factory(trust_choice=TrustChoice.ONCE, forget_pin=True)
    address = _connect_with_a_wrong_pin(h, sim)
    assert h.pins.get(address) is None
    assert h.window.connection_state == ConnectionState.DISCONNECTED
    assert sim.requests == []
    # Connecting again shows the new certificate for review.
    h.connect()
    assert len(h.dialogs.trust_asked) == 1


def test_trust_dialog_defaults_to_cancel_and_shows_the_fingerprint(qtbot):
    cert = _cert()
    dialog = TrustDialog(cert, "vcsa.example.com:443")
    qtbot.addWidget(dialog)
    assert dialog.cancel_button.isDefault()
    assert not dialog.once_button.isDefault() and not dialog.remember_button.isDefault()
    assert dialog.sha256_label.text().replace("\n", ":") == cert.sha256
    assert dialog.sha256_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert dialog.sha256_label.font().fixedPitch() or dialog.sha256_label.font().styleHint() is not None
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == cert.sha256
    assert dialog.choice is TrustChoice.CANCEL
    dialog.remember_button.click()
    assert dialog.choice is TrustChoice.REMEMBER


def test_trust_dialog_enter_key_cancels(qtbot):
    dialog = TrustDialog(_cert(), "vcsa.example.com:443")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == 0
    assert dialog.choice is TrustChoice.CANCEL


def test_trust_dialog_warns_about_an_expired_certificate(qtbot):
    now = datetime.now(timezone.utc)
    cert = CertificateInfo(subject="CN=x", issuer="CN=x", sans=(), not_before=now - timedelta(days=400),
                           not_after=now - timedelta(days=1), sha256=":".join(["12"] * 32), sha1="34", serial="1",
                           pem="", self_signed=True)
    dialog = TrustDialog(cert, "x:443")
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.sha256_label)))
    assert "expired" in texts
    assert "self-signed" in texts


def test_changed_dialog_shows_both_fingerprints_and_offers_no_trust(qtbot, monkeypatch):
    cert = _cert()
    dialog = CertificateChangedDialog(cert, WRONG_PIN, "vcsa.example.com:443")
    qtbot.addWidget(dialog)
    assert dialog.old_label.text().replace("\n", ":") == WRONG_PIN
    assert dialog.new_label.text().replace("\n", ":") == cert.sha256
    assert dialog.close_button.isDefault()
    button_texts = [b.text() for b in dialog.buttons.buttons()]
    assert not any("Trust" in t for t in button_texts)
    # Forgetting needs an explicit "Yes"; "No" (the default) keeps the pin.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.forget_button.click()
    assert dialog.forget_requested is False
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.forget_button.click()
    assert dialog.forget_requested is True


ISSUED = datetime.now(timezone.utc)


def _cert_with_names() -> CertificateInfo:
    return CertificateInfo(subject="CN=vcsa01.example.com", issuer="CN=Example CA",
                           sans=("vcsa01.example.com", "vcsa01", "*.example.com"),
                           not_before=ISSUED - timedelta(days=1),
                           not_after=ISSUED + timedelta(days=300), sha256="AB:" * 31 + "AB", sha1="CD:" * 19 + "CD",
                           serial="1", pem="", self_signed=False)


def test_each_name_is_a_button_and_pinning_is_the_fallback(qtbot):
    dialog = TrustDialog(_cert_with_names(), "10.0.0.5:443", name_mismatch=True)
    qtbot.addWidget(dialog)
    assert [b.text() for b in dialog.name_buttons] == ["Connect to vcsa01.example.com", "Connect to vcsa01"]
    assert "issued for other names" in dialog.findChild(type(dialog.sha256_label), "trustIntro").text()
    assert dialog.once_button.text().replace("&", "") == "Pin anyway, once"
    assert dialog.cancel_button.isDefault()
    dialog.name_buttons[0].click()
    assert dialog.choice is TrustChoice.USE_NAME and dialog.chosen_name == "vcsa01.example.com"


def test_the_untrusted_dialog_is_unchanged(qtbot):
    dialog = TrustDialog(_cert_with_names(), "10.0.0.5:443")
    qtbot.addWidget(dialog)
    assert dialog.name_buttons == []
    assert dialog.once_button.text().replace("&", "") == "Trust once"


def test_trust_dialog_escape_cancels(qtbot):
    dialog = TrustDialog(_cert(), "vcsa.example.com:443")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    assert dialog.focusWidget() is dialog.cancel_button
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == 0 and dialog.choice is TrustChoice.CANCEL
    sha1_size = dialog.findChild(QLabel, "sha1Label").font().pointSizeF()
    assert dialog.sha256_label.font().pointSizeF() > sha1_size  # SHA-256 large, SHA-1 small
