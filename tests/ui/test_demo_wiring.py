"""The built-in simulator's wiring in the window (reconui/ui/demo_wiring.py): the SIMULATION banner tells the truth."""

from __future__ import annotations

from ui_harness import demo_info


def test_simulation_banner_disappears_when_another_appliance_is_typed(harness_factory, simulator_factory):
    sim = simulator_factory(scenario="ok")
    h = harness_factory(demo_launcher=lambda: demo_info(sim))
    h.window.connection_form.demo_button.click()
    assert h.window.demo_banner.isVisible()
    h.window.connection_form.port.setValue(443)  # a real appliance: "No real vCenter" would be a lie
    assert not h.window.demo_banner.isVisible()
    h.window.connection_form.port.setValue(sim.port)
    assert h.window.demo_banner.isVisible()
    h.window.connection_form.host.setEditText("vc01.example.com")
    assert not h.window.demo_banner.isVisible()
