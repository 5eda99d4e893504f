"""Localization: Accept-Language negotiation, catalogs and parameter formatting."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from reconui.simulator.catalog import CATALOGS, Param, format_param, named, negotiate, render


@pytest.mark.parametrize(
    ("header", "lang"),
    [
        (None, None), ("", None), ("en-US", "en"), ("de-DE,de;q=0.9,en;q=0.8", "de"),
        ("en;q=0.5, ja;q=0.9", "ja"), ("fr, de;q=0.1", "de"), ("*", None), ("de;q=0, en", "en"),
        ("fr-FR", None), ("ja;q=bogus, de", "de"),
    ],
)
def test_negotiate(header, lang):
    assert negotiate(header) == lang


def test_catalogs_cover_english_and_placeholders_match():
    for lang, catalog in CATALOGS.items():
        assert set(catalog) == set(CATALOGS["en"]), lang
        for key, text in catalog.items():
            for token in ("{0}", "{1}", "{start}", "{partner}", "{count}", "{user}"):
                assert (token in text) == (token in CATALOGS["en"][key]), (lang, key, token)


def test_param_formatting():
    when = datetime(2019, 1, 28, 12, 59, 1, tzinfo=timezone.utc)
    assert format_param(Param.dt(when), "en") == "2019-01-28 12:59"
    assert format_param(Param.dt(when, "FULL_DATE_TIME"), "en") == "2019 Jan 28, Mon 12:59:01 UTC"
    assert format_param(Param.dt(when, "SHORT_DATE_TIME"), "de") == "28.01.2019 12:59"
    assert format_param(Param.dt(when, "SHORT_DATE"), "ja") == "2019/01/28"
    assert format_param(Param.d(1234.5678, 1), "en") == "1,234.6"
    assert format_param(Param.d(1234.5678, 1), "de") == "1.234,6"
    assert format_param(Param.d(2.0), "en") == "2.00"
    assert format_param(Param.i(12873), "de") == "12.873"
    nested = Param.nested("ex.recon.service.name", name=Param.s("vpxd"))
    assert render(named("ex.recon.service.started", service=nested), "de") == "Dienst vpxd gestartet."
    with pytest.raises(ValueError, match="mixes"):
        from reconui.simulator.catalog import Message

        Message("x", args=("a",), params={"b": Param.s("c")})


@pytest.mark.parametrize("flavor", ["api", "rest"])
def test_localized_on_the_wire(simulator_factory, client_factory, flavor):
    client = client_factory(simulator_factory(duration=0.3), flavor)
    client.login()
    client.create()
    client.wait_for_end()
    english = client.value(client.get_job(headers={"Accept-Language": "en-US,de;q=0.5"}))
    assert all("localized" not in m for m in english["messages"])
    assert all("localized" not in m for m in client.value(client.get_job())["messages"])
    german = client.value(client.get_job(headers={"Accept-Language": "de-DE,en;q=0.5"}))
    step = next(m for m in german["messages"] if m["id"] == "ex.recon.step")
    assert step["localized"] == "Dienste werden gestartet (3 von 12)."
    assert step["default_message"] == "Starting services (3 of 12)."
    assert german["description"]["localized"] == "Abgleich"
    japanese = client.value(client.get_job(headers={"Accept-Language": "ja"}))
    assert all(m["localized"] for m in japanese["messages"])
    error = client.request("GET", "job", headers={"Accept-Language": "de", "vmware-api-session-id": "x"})
    _kind, struct = client.error(error)
    assert struct["messages"][0]["localized"] == "Authentifizierung erforderlich."


def test_no_localize_knob(simulator_factory, client_factory):
    client = client_factory(simulator_factory(localize=False), "api")
    client.login()
    client.create()
    info = client.value(client.get_job(headers={"Accept-Language": "de"}))
    assert "localized" not in info["description"]
