"""The settings schema without Qt: each option reads its own type, bad values fall back with a
warning, and upgrades run in order after a backup."""

from __future__ import annotations

import logging

import pytest

from reconui.core import settings_schema as schema
from reconui.core.settings_schema import (
    FLAVOR,
    KEYRING_ENTRIES,
    PORT,
    PROXY_URL,
    RECENT_HOSTS,
    WINDOW_GEOMETRY,
    Upgrade,
)


class DictStore:
    """A RawStore over a dict, as the INI adapter would present it."""

    def __init__(self, values: dict[str, object] | None = None) -> None:
        self.values = dict(values or {})

    def keys(self) -> list[str]:
        return list(self.values)

    def value(self, name: str) -> object:
        return self.values.get(name)

    def set_value(self, name: str, value: object) -> None:
        self.values[name] = value

    def remove(self, name: str) -> None:
        self.values.pop(name, None)


@pytest.mark.parametrize(("raw", "expected"), [("443", 443), ("5480", 5480), (8443, 8443), (None, 443)])
def test_port_reads_ini_text_and_numbers(raw: object, expected: int) -> None:
    assert PORT.read(raw) == expected


@pytest.mark.expected_warnings
@pytest.mark.parametrize("raw", ["2147483648", "0", "-1", "65536", "https", "", ["443"], True, b"443"])
def test_an_unusable_port_falls_back_with_a_warning(raw: object, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="reconui.core.settings_schema"):
        assert PORT.read(raw) == 443
    assert [r.levelno for r in caplog.records] == [logging.WARNING]
    assert "connection/port" in caplog.records[0].getMessage()


@pytest.mark.expected_warnings
def test_choices_lists_and_bytes_convert_their_own_type(caplog: pytest.LogCaptureFixture) -> None:
    assert FLAVOR.read("rest") == "rest"
    assert FLAVOR.read("soap") == "auto"
    assert RECENT_HOSTS.read("vc01") == ["vc01"]  # INI stores a one-item list as a plain string
    assert RECENT_HOSTS.read("") == []
    assert RECENT_HOSTS.read([f"h{i}" for i in range(30)]) == [f"h{i}" for i in range(10)]
    assert KEYRING_ENTRIES.read([1, 2]) == []
    assert WINDOW_GEOMETRY.read(b"\x01") == b"\x01"
    assert WINDOW_GEOMETRY.read("text") == b""
    assert len(caplog.records) == 3


def test_list_defaults_are_never_shared() -> None:
    first = RECENT_HOSTS.read(None)
    first.append("x")
    assert RECENT_HOSTS.read(None) == []


def test_a_proxy_url_is_stored_without_its_password() -> None:
    assert PROXY_URL.encode("http://ops:S3cret@proxy:3128") == "http://ops@proxy:3128"
    assert PROXY_URL.encode("http://:only@proxy:3128") == "http://proxy:3128"
    assert PROXY_URL.encode("proxy:3128") == "proxy:3128"


def test_no_option_holds_a_password_and_every_key_is_unique() -> None:
    names = [option.name for option in schema.ALL_OPTIONS]
    assert len(names) == len(set(names))
    assert not any("password" in name for name in names)


def test_a_new_file_gets_the_current_version_without_a_backup() -> None:
    store, backups = DictStore(), []
    assert schema.upgrade(store, backups.append) == schema.SCHEMA_VERSION
    assert store.values == {"schema_version": schema.SCHEMA_VERSION}
    assert backups == []


def test_a_version_1_file_is_backed_up_then_upgraded() -> None:
    store = DictStore({"connection/port": "5480", "window/state": b"\x00", "window/geometry": b"\x01"})
    backups: list[int] = []
    assert schema.upgrade(store, backups.append) == 2
    assert backups == [1]
    assert "window/state" not in store.values  # nothing reads it
    assert store.values["connection/port"] == "5480" and store.values["window/geometry"] == b"\x01"
    assert store.values["schema_version"] == 2


def test_steps_run_in_order_from_the_stored_version_only() -> None:
    ran: list[int] = []
    steps = [Upgrade(v, f"step {v}", lambda store, v=v: ran.append(v)) for v in (4, 2, 3)]
    store = DictStore({"schema_version": "2", "x": 1})
    backups: list[int] = []
    assert schema.upgrade(store, backups.append, steps, target=4) == 4
    assert ran == [3, 4] and backups == [2]


def test_a_newer_file_is_left_alone() -> None:
    store = DictStore({"schema_version": "99", "future/key": "x"})
    backups: list[int] = []
    assert schema.upgrade(store, backups.append) == 99
    assert store.values == {"schema_version": "99", "future/key": "x"} and backups == []


@pytest.mark.parametrize(("raw", "expected"), [("", ""), ("de", "de"), ("zh-tw", "zh_TW"), (" ja", "ja")])
def test_the_language_is_empty_for_the_system_or_a_shipped_code(raw: object, expected: str) -> None:
    assert schema.LANGUAGE.read(raw) == expected
    assert schema.LANGUAGE.read(None) == ""


@pytest.mark.expected_warnings("reconui.core.settings_schema")
@pytest.mark.parametrize("raw", ["pt", "klingon", ["de"], b"de"])
def test_an_unshipped_language_falls_back_to_the_system(raw: object, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        assert schema.LANGUAGE.read(raw) == ""
    assert "window/language" in caplog.text
