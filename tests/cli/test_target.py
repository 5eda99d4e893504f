"""reconui-cli's --server/--proxy handling (reconui/cli/target.py): addresses, hostile hosts, masked proxy passwords."""

from __future__ import annotations

import pytest

from reconui import cli
from reconui.core.errors import InvalidTarget
from reconui.core.logging_setup import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("vcsa.example.com", ("vcsa.example.com", 443)),
        ("vcsa.example.com:5480", ("vcsa.example.com", 5480)),
        ("10.0.0.5:443", ("10.0.0.5", 443)),
        ("[2001:db8::1]:5480", ("2001:db8::1", 5480)),
        ("[2001:db8::1]", ("2001:db8::1", 443)),
        ("2001:db8::1", ("2001:db8::1", 443)),
        ("https://vcsa.example.com:5480/", ("vcsa.example.com", 5480)),
    ],
)
def test_parse_server(text: str, expected: tuple[str, int]) -> None:
    assert cli.parse_server(text) == expected


@pytest.mark.parametrize("text", ["", "vcsa:0", "vcsa:99999", "vcsa:https", "[::1", "http://vcsa", "user@vcsa",
                                  "[::1]x"])
def test_parse_server_rejects(text: str) -> None:
    with pytest.raises(InvalidTarget):
        cli.parse_server(text)


@pytest.mark.parametrize("server", ["vcsa\r\nX-Injected: 1", "vcsa\nevil:443", "vcsa\x00", "vc\\sa", "vcsa\x7f"])
def test_control_characters_in_the_server_are_a_usage_error(run_cli, server: str) -> None:
    result = run_cli("run", "--server", server, "--user", "u", "--sso-user", "s", "--no-proxy")
    assert result.code == cli.EXIT_USAGE
    assert "not valid" in result.err


def test_a_percent_encoded_proxy_password_is_masked_in_both_spellings() -> None:
    args = cli.build_parser().parse_args(
        ["cert", "--server", "vcsa", "--proxy", "http://proxyuser:Pr0xy%40S3cret-42@proxy:3128"])
    cli.build_target(args)
    for spelling in ("Pr0xy%40S3cret-42", "Pr0xy@S3cret-42"):
        assert spelling not in redact(f"the proxy said {spelling}")
