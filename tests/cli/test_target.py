"""reconui-cli's --server/--proxy handling (reconui/cli/target.py): addresses, hostile hosts, masked proxy passwords."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from netkit import ConnectProxy

from reconui import cli
from reconui.core.errors import InvalidTarget
from reconui.core.logging_setup import redact

from .conftest import (
    command_args,
    server,
)


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


@pytest.fixture
def connect_proxy() -> Iterator[ConnectProxy]:
    proxy = ConnectProxy()
    try:
        yield proxy
    finally:
        proxy.close()


def test_explicit_proxy_carries_the_whole_run_and_its_password_stays_out(run_cli, cli_sim, connect_proxy,
                                                                          home) -> None:
    sim = cli_sim("ok")
    proxy_secret = "pr0xy-S3cret"
    url = connect_proxy.url.replace("http://", f"http://proxyuser:{proxy_secret}@")
    result = run_cli(*command_args(sim, "run", "--json", "--proxy", url))
    assert result.code == 0, result.err
    assert connect_proxy.connects and set(connect_proxy.connects) == {server(sim)}
    assert all("Proxy-Authorization: Basic " in header for header in connect_proxy.headers)
    options = result.report["options"]
    assert options["proxy_mode"] == "explicit" and options["proxy"] == connect_proxy.url
    for path in home.rglob("*"):
        if path.is_file():
            assert proxy_secret not in path.read_text(encoding="utf-8", errors="replace"), path
    assert proxy_secret not in result.out + result.err


def test_environment_proxy_by_default_and_no_proxy_ignores_it(run_cli, cli_sim, connect_proxy, monkeypatch) -> None:
    sim = cli_sim("ok")
    monkeypatch.setenv("HTTPS_PROXY", connect_proxy.url)
    assert run_cli(*command_args(sim, "run", "--json")).code == 0
    through_proxy = len(connect_proxy.connects)
    assert through_proxy >= 1 and set(connect_proxy.connects) == {server(sim)}
    direct = run_cli(*command_args(sim, "run", "--json", "--start-new", "--no-proxy"))
    assert direct.code == 0, direct.err
    assert len(connect_proxy.connects) == through_proxy  # not one connection more through the proxy
    assert direct.report["options"]["proxy_mode"] == "none"
