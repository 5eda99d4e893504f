"""Linked-mode partners in the pre-flight (reconui/ui/partner_list.py) in the real window, worker thread
and engine, against the simulator over HTTPS, in both flavours."""

from __future__ import annotations

import pytest

from reconui.ui.dialogs import start_confirmation_text
from reconui.ui.job_panel import JobState


@pytest.mark.parametrize("flavor", ["api", "rest"])
@pytest.mark.expected_warnings("reconui.core.runner")
def test_partner_down_is_named_in_preflight_next_to_ignore_warnings_and_before_start(
        simulated_window, flavor):  # type: ignore[no-untyped-def]
    h = simulated_window("partner_down", flavor=flavor)
    partners = h.window.preflight_panel.partner_list
    assert partners.unreachable == ("vc03.example.com",)
    assert "vc03.example.com does not answer" in partners.summary.text()
    cells = [partners.table.item(r, 2).text() for r in range(partners.table.rowCount())]
    assert "✖ NO" in cells
    note = h.window.credential_form.ignore_warnings_note.text()
    assert "vc03.example.com" in note and "changes made after the backup on this node are lost" in note
    h.window.credential_form.ignore_warnings.setChecked(True)
    h.window.preflight_panel.start_button.click()
    summary = h.dialogs.confirmations[-1]
    assert summary.unreachable_partners == ("vc03.example.com",)
    text = start_confirmation_text(summary)
    assert "vc03.example.com does not answer" in text and "changes made after the backup on this node are lost" in text
    h.wait_job(JobState.SUCCEEDED)


@pytest.mark.expected_warnings("reconui.core.runner")
def test_partner_down_without_ignore_fails_on_the_warning(simulated_window):  # type: ignore[no-untyped-def]
    h = simulated_window("partner_down")
    h.window.preflight_panel.start_button.click()
    h.wait_job(JobState.FAILED)
    assert "vc03.example.com" in h.window.job_panel.error_box.text()
    h.wait_idle()
    assert not h.window.health_panel.isVisible()


def test_a_67_appliance_says_partner_status_not_available(simulated_window):  # type: ignore[no-untyped-def]
    h = simulated_window("ok", appliance_version="6.7.0")
    text = h.window.preflight_panel.partner_list.summary.text()
    assert text.startswith("Partner status not available")
    assert h.window.preflight_panel.start_button.isEnabled()
