"""The sanitiser (``core/sanitize.py``): unsafe characters escaped, JSON depth bounded - in text the
appliance sends too (a hostile appliance from ``tests/hostile.py`` over real HTTPS on loopback)."""

from __future__ import annotations

import json
import string
from pathlib import Path

from hostile import (
    API_JOB,
    HOSTILE_ADMIN,
    HostileAppliance,
    Reply,
    job_info,
    json_body,
    trusted_client,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconui.core import wire
from reconui.core.render import MessageRenderer
from reconui.core.report import RunReport
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


def test_item1_a_lone_surrogate_from_the_appliance_is_escaped_visibly(appliance: HostileAppliance,
                                                                        tmp_path: Path) -> None:
    message = {"id": "x.y", "default_message": "bad \\ud800 text \u001b[2J", "args": []}
    body = json_body(job_info("SUCCEEDED", 100, messages=[message])).replace(b"\\\\ud800", b"\\ud800")
    appliance.script({("GET", API_JOB): [Reply(200, body)]})
    with trusted_client(appliance, tmp_path) as client:
        client.login(HOSTILE_ADMIN)
        info = client.get_job()
    assert info is not None
    text = info.messages[0].default_message
    assert text == "bad \\ud800 text \\x1b[2J"
    text.encode("utf-8")  # would raise UnicodeEncodeError for a lone surrogate


def test_item1_error_data_nested_500_deep_is_cut_not_a_recursion_error(appliance: HostileAppliance,
                                                                         tmp_path: Path) -> None:
    deep: object = "bottom"
    for _ in range(500):
        deep = {"d": deep}
    error = {"error_type": "ERROR", "messages": [], "data": deep}
    appliance.script({("GET", API_JOB): [Reply(200, job_info("FAILED", 100, error=error))]})
    with trusted_client(appliance, tmp_path) as client:
        client.login(HOSTILE_ADMIN)
        info = client.get_job()
    assert info is not None and info.status == "FAILED"
    report = RunReport(target=appliance.target(), options={}, renderer=MessageRenderer())
    data = report.to_dict()  # no RecursionError
    assert data["format"] == "reconui-report"
    nested = wire.info_to_dict(info)["error"]["data"]
    depth = 0
    while isinstance(nested, dict):
        nested, depth = nested["d"], depth + 1
    assert nested == TOO_DEEP and depth < MAX_DEPTH


def test_the_sanitiser_keeps_text_and_escapes_only_what_is_unsafe() -> None:
    assert clean_text("Grüße, 日本\nline\ttab") == "Grüße, 日本\nline\ttab"
    assert clean_text("\x1b[31mred\r\u202eevil\ud800") == "\\x1b[31mred\\x0d\\u202eevil\\ud800"
