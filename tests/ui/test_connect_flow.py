"""The connect flow: a name mismatch is not "untrusted" (item 1); Return connects (item 10).

The real window, worker thread and engine against the simulator over HTTPS.
"""


from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from reconui.simulator.certificate import generate_self_signed
from reconui.ui.job_panel import JobState
from reconui.ui.main_window import ConnectionState
from reconui.ui.trust_dialog import TrustChoice


def test_a_name_mismatch_offers_the_certificates_names_first(harness_factory, simulator_factory, tmp_path: Path):
    cert = generate_self_signed(hosts=("localhost",))
    (tmp_path / "c.pem").write_text(cert.cert_pem, encoding="ascii")
    (tmp_path / "k.pem").write_text(cert.key_pem, encoding="ascii")
    sim = simulator_factory(scenario="ok", cert_file=tmp_path / "c.pem", key_file=tmp_path / "k.pem")
    h = harness_factory(mismatch_answer=(TrustChoice.USE_NAME, "localhost"))
    h.fill(sim)
    h.window.connection_form.host.setEditText("127.0.0.1")
    h.window.connection_form.ca_file.setText(str(tmp_path / "c.pem"))
    h.window.connect_button.click()
    h.qtbot.waitUntil(lambda: h.window.last_preflight is not None, timeout=10000)
    (asked_cert, asked_target), = h.dialogs.mismatch_asked
    assert asked_target.host == "127.0.0.1" and "localhost" in asked_cert.sans
    assert h.dialogs.trust_asked == []  # not the "untrusted" question
    # Connected by the certificate's name, trusted by the chain: nothing pinned.
    assert h.window.target.host == "localhost"
    assert "trusted authority" in h.window.trust_label.text()
    assert h.pins.all() == {}


def test_return_in_the_password_field_connects(simulated_window, qtbot):
    h = simulated_window("ok", connect=False)
    edit = h.window.credential_form.vc_password.edit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: h.window.last_preflight is not None, timeout=10000)
    assert h.window.connection_state == ConnectionState.CONNECTED
    qtbot.waitUntil(lambda: h.window.focusWidget() is h.window.preflight_panel.start_button, timeout=3000)


def test_disconnecting_mid_job_keeps_the_job_and_claims_no_preflight_result(harness_factory, simulator_factory):
    sim = simulator_factory(scenario="running", duration=30)
    h = harness_factory(trust_choice=TrustChoice.ONCE)
    h.attach_job(sim)
    h.qtbot.waitUntil(lambda: h.window.job_panel.messages.rowCount() > 0)
    rows = h.window.job_panel.messages.rows_text(range(h.window.job_panel.messages.rowCount()))
    h.window.disconnect_button.click()
    h.wait_job(JobState.STOPPED)
    h.wait_idle()
    assert h.window.connection_state == ConnectionState.DISCONNECTED
    assert h.window.preflight_panel.job_label.text() == "— (connect first)"
    assert not h.window.preflight_panel.attach_button.isVisibleTo(h.window.preflight_panel)
    # The messages as seen, with their original times (before: re-listed with the disconnect time).
    shown = h.window.job_panel.messages.rows_text(range(h.window.job_panel.messages.rowCount()))
    assert shown.startswith(rows)
