"""The one address parser (``reconui/core/address.py``): examples from issue 8 and properties."""

from __future__ import annotations

import ipaddress
import string

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from reconui.core.address import (
    Address,
    check_host,
    check_proxy_url,
    mask_userinfo,
    parse_address,
    proxy_display,
    proxy_secrets,
    without_password,
)
from reconui.core.errors import AddressError
from reconui.core.sanitize import clean_line

BOUNDED = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

labels = st.text(string.ascii_lowercase + string.digits, min_size=1, max_size=12).filter(
    lambda s: not s.isdigit())
host_names = st.lists(labels, min_size=1, max_size=4).map(".".join)
ports = st.integers(1, 65535)
ipv6 = st.ip_addresses(v=6).map(str).filter(lambda s: "%" not in s)
secrets = st.text(string.ascii_letters + string.digits + "!$&'()*+,;=-._~", min_size=6, max_size=16)


@pytest.mark.parametrize(("text", "expected"), [
    ("vc01", Address("vc01", 443)),
    ("vc01.example.com:5480", Address("vc01.example.com", 5480)),
    ("https://vc01/ui", Address("vc01", 443)),
    ("https://vc01.example.com:5480/ui/#/x", Address("vc01.example.com", 5480)),
    ("[::1]:443", Address("::1", 443)),
    ("::1", Address("::1", 443)),
    ("10.0.0.5", Address("10.0.0.5", 443)),
    ("bücher.example", Address("bücher.example", 443)),
])
def test_accepted_addresses(text: str, expected: Address) -> None:
    assert parse_address(text) == expected


@pytest.mark.parametrize("text", [
    "[fe80::1%25lo]", "[fe80::1%lo]:443", "1:2:3", "127.0.0.1%3A443", "vc01\x00", "vc\r\n01", "vc 01", "",
    "[::1", "[::1]x", "vc01:0", "vc01:65536", "vc01:١٢", "999.1.1.1", "1.2.3", "a..b", "-a.example",
    "ftp://vc01", "http://vc01", "vc01/ui", "[vc01]:443", "a" * 64 + ".example",
])
def test_refused_addresses(text: str) -> None:
    with pytest.raises(AddressError):
        parse_address(text)


@pytest.mark.parametrize("text", ["user:secret@host", "https://user:secret@host/x", "u:sec/ret@host:443",
                                  "user:secret@[::1]:443"])
def test_a_password_in_the_address_is_refused_without_echoing_it(text: str) -> None:
    with pytest.raises(AddressError) as caught:
        parse_address(text)
    assert "secret" not in str(caught.value) and "sec/ret" not in str(caught.value)
    assert "secret" not in caught.value.shown and "user" in caught.value.reason


@pytest.mark.parametrize("url", ["http://[::1", "http://", "ftp://proxy:21", "http://proxy:99999", "http://p/x",
                                 "http://pro\nxy:3128", "http://::1:3128", "http://user:pw@[::1"])
def test_refused_proxy_urls(url: str) -> None:
    with pytest.raises(AddressError) as caught:
        check_proxy_url(url)
    assert ":pw@" not in str(caught.value)


def test_proxy_helpers() -> None:
    assert check_proxy_url("proxy:3128") == "http://proxy:3128"
    assert check_proxy_url("http://u:p%40ss@[::1]:3128/") == "http://u:p%40ss@[::1]:3128/"
    assert proxy_display("http://u:pw@proxy:3128") == "http://proxy:3128"
    assert proxy_display(None) is None
    assert without_password("http://u:pw@proxy:3128") == "http://u@proxy:3128"
    assert set(proxy_secrets("http://u:p%40ss@proxy:3128")) == {"p%40ss", "p@ss"}
    assert mask_userinfo("failed via http://u:pw@proxy:3128 now") == "failed via http://***@proxy:3128 now"


@BOUNDED
@given(host=host_names, port=ports, path=st.sampled_from(["", "/", "/ui", "/ui/?x=1#y"]))
def test_names_and_ports_round_trip(host: str, port: int, path: str) -> None:
    assert parse_address(f"{host}:{port}") == Address(host, port)
    assert parse_address(f"https://{host}:{port}{path}") == Address(host, port)
    assert parse_address(host) == Address(host, 443)
    assert check_host(host) == host


@BOUNDED
@given(ip=ipv6, port=ports)
def test_ipv6_literals_round_trip(ip: str, port: int) -> None:
    assert parse_address(f"[{ip}]:{port}") == Address(ip, port)
    assert parse_address(ip).host == ip
    assert Address(ip, port).text == f"[{ip}]:{port}"
    ipaddress.IPv6Address(parse_address(f"https://[{ip}]/ui").host)


@BOUNDED
@given(text=st.text(st.characters(exclude_categories=()), max_size=40))
def test_any_text_is_an_address_or_an_address_error(text: str) -> None:
    try:
        address = parse_address(text)
    except AddressError as exc:
        exc.shown.encode("utf-8")  # showable, whatever came in
        assert clean_line(exc.shown) == exc.shown  # nothing left for the sanitiser to escape
        return
    assert 0 < address.port < 65536
    assert all(ch.isprintable() and not ch.isspace() for ch in address.host)
    assert not set(address.host) & set("/@?#%\\")


@BOUNDED
@given(text=st.text(st.characters(exclude_categories=()), max_size=40))
def test_any_text_is_a_proxy_url_or_an_address_error(text: str) -> None:
    try:
        url = check_proxy_url(text)
    except AddressError:
        return
    assert url.startswith("http://") or url.startswith("HTTP://") or url.lower().startswith("http://")


@BOUNDED
@given(user=st.text(string.ascii_letters, min_size=1, max_size=8), secret=secrets, host=host_names,
       scheme=st.sampled_from(["", "https://", "http://"]), port=st.one_of(st.just(""), ports.map(lambda p: f":{p}")))
def test_a_password_is_never_in_an_address_error_or_a_masked_proxy(user: str, secret: str, host: str, scheme: str,
                                                                   port: str) -> None:
    assume(secret not in f"{scheme}{user}@{host}{port}")
    text = f"{scheme}{user}:{secret}@{host}{port}"
    with pytest.raises(AddressError) as caught:
        parse_address(text)
    assert secret not in str(caught.value) and secret not in caught.value.shown
    proxy = f"http://{user}:{secret}@{host}{port}"
    assert secret not in (proxy_display(proxy) or "")
    assert secret not in mask_userinfo(f"error talking to {proxy}: refused")
    assert secret not in without_password(proxy)
    try:
        check_proxy_url(proxy + "/bad path")
    except AddressError as exc:
        assert secret not in str(exc)


@BOUNDED
@given(host=host_names, bad=st.characters(categories=["Cc", "Zs", "Zl", "Zp", "Cs"]))
def test_control_characters_and_spaces_are_always_refused(host: str, bad: str) -> None:
    # Whitespace around the whole value is trimmed (a pasted address); inside it, and any control
    # character anywhere, is refused.
    texts = [f"{host[:1]}{bad}{host[1:]}:443", f"{host}{bad}:443"]
    if not bad.isspace():
        texts += [host + bad, bad + host]
    for text in texts:
        with pytest.raises(AddressError):
            parse_address(text)
