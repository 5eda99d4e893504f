"""The settings file (ui/settings.py over core/settings_schema.py): round trip, bad values, upgrades."""

from __future__ import annotations

import re

import pytest
from ui_harness import demo_info

from reconui.core import settings_schema as keys
from reconui.ui.settings import Settings, default_path

SECRET_VC = "Vc#Pw&:*'\"ü-1"
SECRET_SSO = "Sso#Pw&:*'\"ü-2"


def test_settings_round_trip_and_defaults(ui_home):
    s = Settings()
    assert s.path.is_relative_to(ui_home)
    assert s.get(keys.PORT) == 443
    assert s.get(keys.RECENT_HOSTS) == []
    for host in ("a", "b", "a", "c"):
        s.remember_host(host)
    assert s.get(keys.RECENT_HOSTS) == ["c", "a", "b"]
    s.set(keys.PORT, 5480)
    s.set(keys.WINDOW_GEOMETRY, b"\x01\x02")
    s.sync()
    again = Settings()
    assert again.get(keys.PORT) == 5480
    assert again.get(keys.RECENT_HOSTS) == ["c", "a", "b"]
    assert again.get(keys.WINDOW_GEOMETRY) == b"\x01\x02"
    assert not any("password" in k.name for k in keys.ALL_OPTIONS)


def test_no_password_ever_reaches_the_ini_even_after_demo(harness_factory, simulator_factory):

    sim = simulator_factory(scenario="ok")
    h = harness_factory(demo_launcher=lambda: demo_info(sim))
    h.window.connection_form.demo_button.click()
    h.connect()
    h.window.close()
    ini = h.settings.path.read_text(encoding="utf-8")
    assert not re.search(re.escape(sim.config.password), ini)


@pytest.mark.expected_warnings("reconui.core.settings_schema")
def test_an_out_of_range_port_in_the_ini_does_not_stop_the_window(ui_home, harness_factory, caplog):
    # 2147483648 overflowed the port spin box (OverflowError) while the main window was built.
    path = default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[General]\nschema_version=2\n\n[connection]\nport=2147483648\nflavor=soap\n", encoding="utf-8")
    h = harness_factory()
    assert h.window.isVisible()
    assert h.window.connection_form.port.value() == 443
    assert h.window.connection_form.flavor.currentData() == "auto"
    warned = [r.getMessage() for r in caplog.records if r.name == "reconui.core.settings_schema"]
    assert any("connection/port" in m for m in warned) and any("connection/flavor" in m for m in warned)


def test_a_version_1_file_is_backed_up_and_upgraded(ui_home):
    path = default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    original = "[General]\nschema_version=1\n\n[connection]\nport=5480\n\n[window]\nstate=@ByteArray(xyz)\n"
    path.write_text(original, encoding="utf-8")
    s = Settings()
    assert s.get(keys.PORT) == 5480
    backup = path.with_name("reconui.ini.v1.bak")
    assert backup.read_text(encoding="utf-8") == original
    text = path.read_text(encoding="utf-8")
    assert "state=" not in text and f"schema_version={keys.SCHEMA_VERSION}" in text


def test_a_proxy_password_is_never_written_to_the_settings(ui_home):
    settings = Settings()
    settings.set(keys.PROXY_URL, "http://ops:S3cret-proxy@proxy.example.com:3128")
    settings.sync()
    assert settings.get(keys.PROXY_URL) == "http://ops@proxy.example.com:3128"
    assert "S3cret-proxy" not in settings.path.read_text(encoding="utf-8")
