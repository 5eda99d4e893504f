"""The one output step: the sanitiser (``core/sanitize.py``) and the redaction (``core/redaction.py``)."""

from __future__ import annotations

import base64
import json
import string
from urllib.parse import quote, quote_plus

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconui.core.redaction import MASK, redact, register_credentials, register_secret, scrub, shown
from reconui.core.sanitize import MAX_DEPTH, TOO_DEEP, clean_line, clean_text, clean_tree

BOUNDED = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
any_text = st.text(st.characters(exclude_categories=()), max_size=60)
json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), any_text),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(any_text, inner, max_size=3)),
    max_leaves=20,
)


@BOUNDED
@given(text=any_text)
def test_clean_text_always_encodes_and_moves_no_cursor(text: str) -> None:
    cleaned = clean_text(text)
    cleaned.encode("utf-8")
    assert not any(ch in cleaned for ch in "\x1b\r\x00\x7f\u202e\u2028")
    assert clean_text(cleaned) == cleaned  # idempotent: escapes are plain ASCII
    assert "\n" not in clean_line(text) and "\t" not in clean_line(text)


@BOUNDED
@given(text=st.text(string.printable.replace("\r", "").replace("\x0b", "").replace("\x0c", ""), max_size=60))
def test_ordinary_text_is_kept_as_it_is(text: str) -> None:
    assert clean_text(text) == text


@BOUNDED
@given(value=json_values)
def test_clean_tree_keeps_the_shape_and_cleans_every_string(value: object) -> None:
    cleaned = clean_tree(value)
    json.dumps(cleaned, ensure_ascii=False).encode("utf-8")
    assert json.dumps(clean_tree(cleaned)) == json.dumps(cleaned)


def test_clean_tree_cuts_deep_values_without_recursing() -> None:
    deep: object = "leaf"
    for _ in range(100_000):  # far beyond the recursion limit
        deep = [deep]
    cleaned = clean_tree(deep)
    depth = 0
    while isinstance(cleaned, list):
        cleaned, depth = cleaned[0], depth + 1
    assert cleaned == TOO_DEEP and depth == MAX_DEPTH


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
