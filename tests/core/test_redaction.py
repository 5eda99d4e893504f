"""The redaction (reconui/core/redaction.py): registered secrets and credential patterns never
survive the output step."""

from __future__ import annotations

import base64
import json
import string
from pathlib import Path
from urllib.parse import quote, quote_plus

import pytest
from hostile import (
    API_JOB,
    API_SESSION,
    HOSTILE_ADMIN,
    TOKEN,
    HostileAppliance,
    Reply,
    job_info,
    trusted_client,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconui.core import redaction, wire
from reconui.core.errors import ProtocolError
from reconui.core.redaction import MASK, redact, register_credentials, register_secret, scrub, shown

BOUNDED = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
any_text = st.text(st.characters(exclude_categories=()), max_size=60)
passwords = st.text(string.ascii_letters + string.digits + " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~é日", min_size=8,
                    max_size=20)


@BOUNDED
@given(password=passwords, before=any_text, after=any_text,
       spelling=st.sampled_from(["raw", "json", "json_ascii", "repr", "quote", "quote_plus", "basic"]))
def test_a_registered_password_never_survives_the_output_step(password: str, before: str, after: str,
                                                              spelling: str) -> None:
    user = "prop@vsphere.local"
    register_credentials(user, password)
    form = {
        "raw": password,
        "json": json.dumps(password, ensure_ascii=False)[1:-1],
        "json_ascii": json.dumps(password)[1:-1],
        "repr": repr(password)[1:-1],
        "quote": quote(password, safe=""),
        "quote_plus": quote_plus(password, safe=""),
        "basic": base64.b64encode(f"{user}:{password}".encode()).decode(),
    }[spelling]
    out = shown(before + form + after)
    assert form not in out and password not in out
    assert MASK in out
    assert password not in json.dumps(scrub({"echo": [before + form + after]}), ensure_ascii=False)


@BOUNDED
@given(secret=st.text(string.ascii_letters, min_size=16, max_size=24), text=any_text)
def test_scrub_drops_secret_keys_and_masks_values(secret: str, text: str) -> None:
    register_secret(secret)
    data = {"sso_admin_user_password": "x", "Authorization": "y", "note": text + secret, "list": [secret]}
    cleaned = scrub(data)
    assert set(cleaned) == {"note", "list"}
    assert secret not in json.dumps(cleaned, ensure_ascii=False)


@pytest.mark.parametrize("text", [
    'Authorization: Basic YWRtaW46cHc="',  # a server echoing the header, a quote right after it
    'password=abc"',
    "vmware-api-session-id: tok\"",
    'secret=x\\"',
])
def test_redacting_an_encoded_json_line_keeps_it_json(text: str) -> None:
    # --json output is redacted line by line after encoding: a mask that swallowed the backslash of
    # an escaped quote (or the closing quote) broke the line (found by the whole-run property test).
    line = json.dumps({"default_message": text})
    assert json.loads(redact(line))["default_message"].count(MASK) == 1


def test_item7_an_echoed_authorization_header_and_base64_credentials_are_masked(
        appliance: HostileAppliance, tmp_path: Path) -> None:
    appliance.script({("GET", API_JOB): [Reply(200, job_info("RUNNING", 1), echo_request=True)]})
    with trusted_client(appliance, tmp_path) as client:
        client.login(HOSTILE_ADMIN)
        client.get_job()
    login = appliance.calls(*API_SESSION)[0]
    basic = (login.header("Authorization") or "").split(" ", 1)[1]
    echoed = f"he said {basic} and session {TOKEN} and {HOSTILE_ADMIN.password}"
    masked = shown(echoed)
    assert basic not in masked and TOKEN not in masked and HOSTILE_ADMIN.password not in masked
    assert masked.count(MASK) == 3


def test_item8_secret_spellings_are_computed_once_not_per_string(monkeypatch: pytest.MonkeyPatch) -> None:
    register_credentials("someone@vsphere.local", "Pr3computed-Pa55!")
    calls = []
    monkeypatch.setattr(redaction, "spellings", lambda s: calls.append(s) or {s})
    data = {"messages": [{"id": f"m{i}", "default_message": f"step {i} of 40000"} for i in range(2000)]}
    scrub(data)
    for _ in range(1000):
        redact("a line of log text that has nothing secret in it")
    assert calls == []


def test_item8_a_huge_session_token_is_refused_and_never_registered() -> None:
    huge = "a" * (3 * 1024 * 1024)
    with pytest.raises(ProtocolError):
        wire.parse_session_token(huge)
    redaction.register_secret(huge)
    assert redact(huge) == huge  # not registered: registered secrets are masked in every output
