"""PinStore: the shareable ``host:port sha256`` file that decides whom we send passwords to."""

from __future__ import annotations

import logging
import multiprocessing
import os
import stat
import sys
import threading
from pathlib import Path

import pytest

from reconui.core.errors import PinFileError
from reconui.core.pins import PinStore, normalize_address, normalize_sha256

SHA = "ab" * 32
SHA_COLON = ":".join(["AB"] * 32)
OTHER = "0123456789abcdef" * 4
OTHER_COLON = normalize_sha256(OTHER)


def test_normalize_sha256_accepts_both_spellings_and_any_case() -> None:
    assert normalize_sha256(SHA) == SHA_COLON
    assert normalize_sha256(SHA_COLON.lower()) == SHA_COLON
    assert normalize_sha256(f"  {SHA_COLON}  ") == SHA_COLON
    assert normalize_sha256(OTHER) == "01:23:45:67:89:AB:CD:EF:" * 3 + "01:23:45:67:89:AB:CD:EF"


@pytest.mark.parametrize("bad", ["", "ab" * 31, "ab" * 33, "zz" * 32, "AB-CD" * 16])
def test_normalize_sha256_rejects_non_fingerprints(bad: str) -> None:
    with pytest.raises(ValueError, match="SHA-256"):
        normalize_sha256(bad)


@pytest.mark.parametrize(
    ("address", "expected"),
    [("VCSA01.Example.com:443", "vcsa01.example.com:443"), ("[FD00::1]:5480", "[fd00::1]:5480"),
     ("10.0.0.1:0443", "10.0.0.1:443")],
)
def test_normalize_address(address: str, expected: str) -> None:
    assert normalize_address(address) == expected


@pytest.mark.parametrize("bad", ["host", "host:", ":443", "host:0", "host:65536", "host:https", "[::1:443"])
def test_normalize_address_rejects_garbage(bad: str) -> None:
    with pytest.raises(ValueError):
        normalize_address(bad)


def test_missing_file_means_no_pins(pin_store: PinStore) -> None:
    assert pin_store.get("vcsa:443") is None
    assert pin_store.all() == {}
    pin_store.forget("vcsa:443")  # nothing to forget, no error, no file created
    assert not pin_store.path.exists()


def test_remember_creates_parents_with_private_mode_and_round_trips(pin_store: PinStore) -> None:
    pin_store.remember("VCSA01:443", SHA)
    assert pin_store.path.read_text(encoding="utf-8") == f"vcsa01:443 {SHA_COLON}\n"
    assert pin_store.get("vcsa01:443") == SHA_COLON
    assert pin_store.get("VCSA01:443") == SHA_COLON  # host names are case-insensitive
    assert pin_store.get("vcsa01:5480") is None  # pins are per port
    if sys.platform != "win32":
        assert stat.S_IMODE(pin_store.path.stat().st_mode) == 0o600
    assert list(pin_store.path.parent.iterdir()) == [pin_store.path]  # no temp file left behind


@pytest.mark.expected_warnings("reconui.core.pins")
def test_remember_replaces_the_pin_and_keeps_comments_and_other_lines(pin_store: PinStore) -> None:
    pin_store.path.parent.mkdir(parents=True)
    pin_store.path.write_text(
        "# vetted by the VCSA team\n"
        f"vcsa01:443 {SHA}\n"
        "\n"
        "this line is broken\n"
        f"vcsa02:443 {OTHER}  # second appliance\n",
        encoding="utf-8",
    )
    pin_store.remember("vcsa01:443", OTHER)
    text = pin_store.path.read_text(encoding="utf-8")
    assert text.splitlines() == [
        "# vetted by the VCSA team",
        "",
        "this line is broken",
        f"vcsa02:443 {OTHER}  # second appliance",
        f"vcsa01:443 {OTHER_COLON}",
    ]
    assert pin_store.all() == {"vcsa01:443": OTHER_COLON, "vcsa02:443": OTHER_COLON}


def test_forget_removes_only_that_address(pin_store: PinStore) -> None:
    pin_store.remember("vcsa01:443", SHA)
    pin_store.remember("vcsa02:443", OTHER)
    pin_store.forget("VCSA01:443")
    assert pin_store.get("vcsa01:443") is None
    assert pin_store.get("vcsa02:443") == OTHER_COLON


@pytest.mark.expected_warnings("reconui.core.pins")
def test_malformed_lines_are_skipped_with_a_warning(pin_store: PinStore, caplog: pytest.LogCaptureFixture) -> None:
    pin_store.path.parent.mkdir(parents=True)
    pin_store.path.write_text(
        "vcsa01 " + SHA + "\n"  # no port
        "vcsa02:443 nothex\n"
        "vcsa03:443\n"
        "vcsa04:443 " + SHA + " extra\n"
        "  # indented comment\n"
        "vcsa05:443\t" + SHA_COLON.lower() + "\n",
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING, logger="reconui.core.pins"):
        assert pin_store.all() == {"vcsa05:443": SHA_COLON}
    warned = [r.getMessage() for r in caplog.records]
    assert len(warned) == 4
    assert all("pin file" in m for m in warned)
    assert [m.split("line ", 1)[1].split(" ", 1)[0] for m in warned] == ["1", "2", "3", "4"]


def test_last_entry_for_an_address_wins(pin_store: PinStore) -> None:
    pin_store.path.parent.mkdir(parents=True)
    pin_store.path.write_text(f"vcsa:443 {SHA}\nvcsa:443 {OTHER}\n", encoding="utf-8")
    assert pin_store.get("vcsa:443") == OTHER_COLON


def test_ipv6_addresses(pin_store: PinStore) -> None:
    pin_store.remember("[fd00::10]:5480", SHA)
    assert pin_store.get("[FD00::10]:5480") == SHA_COLON
    assert pin_store.get("[fd00::10]:443") is None


def test_invalid_input_is_rejected_before_touching_the_file(pin_store: PinStore) -> None:
    with pytest.raises(ValueError):
        pin_store.remember("vcsa:443", "not-a-fingerprint")
    with pytest.raises(ValueError):
        pin_store.remember("vcsa", SHA)
    assert not pin_store.path.exists()


def test_a_failed_write_leaves_the_old_file_intact(pin_store: PinStore, monkeypatch: pytest.MonkeyPatch) -> None:
    pin_store.remember("vcsa01:443", SHA)

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("reconui.core.pins.os.replace", broken_replace)
    with pytest.raises(PinFileError) as caught:
        pin_store.remember("vcsa02:443", OTHER)
    assert "disk full" in caught.value.detail
    assert str(pin_store.path) in caught.value.sentence
    monkeypatch.undo()
    assert pin_store.all() == {"vcsa01:443": SHA_COLON}
    assert sorted(p.name for p in pin_store.path.parent.iterdir()) == ["known_hosts"]


def test_concurrent_remembers_lose_nothing(tmp_path: Path) -> None:
    store = PinStore(tmp_path / "pins")
    threads = [threading.Thread(target=store.remember, args=(f"vcsa{i}:443", SHA)) for i in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(store.all()) == 20


def test_an_unreadable_file_is_an_error_not_an_empty_store(tmp_path: Path) -> None:
    directory = tmp_path / "pins-is-a-directory"
    directory.mkdir()
    with pytest.raises(PinFileError) as caught:
        PinStore(directory).get("vcsa:443")
    assert caught.value.code == "pin_file"


def test_a_byte_order_mark_does_not_hide_the_first_pin(pin_store: PinStore) -> None:
    """Notepad's BOM must not turn the first pin's "changed" hard stop into an "untrusted" question."""
    pin_store.path.parent.mkdir(parents=True)
    pin_store.path.write_bytes(f"\ufeffvcsa01:443 {SHA}\r\nvcsa02:443 {OTHER}\r\n".encode())
    assert pin_store.get("vcsa01:443") == normalize_sha256(SHA)
    assert pin_store.get("vcsa02:443") == normalize_sha256(OTHER)


def test_windows_line_endings_are_read_and_rewritten_as_unix(pin_store: PinStore) -> None:
    pin_store.path.parent.mkdir(parents=True)
    pin_store.path.write_bytes(f"# team file\r\nvcsa01:443 {SHA}\r\n".encode())
    assert pin_store.get("vcsa01:443") == normalize_sha256(SHA)
    pin_store.remember("vcsa02:443", OTHER)
    text = pin_store.path.read_bytes()
    assert b"\r" not in text and text.startswith(b"# team file\n")
    assert pin_store.get("vcsa01:443") == normalize_sha256(SHA)


def test_a_symlinked_pin_file_stays_a_link_and_private(tmp_path: Path) -> None:
    shared = tmp_path / "team" / "known_hosts"
    shared.parent.mkdir()
    shared.write_text(f"vcsa01:443 {SHA}\n", encoding="utf-8")
    link = tmp_path / "config" / "known_hosts"
    link.parent.mkdir()
    link.symlink_to(shared)
    store = PinStore(link)
    assert store.get("vcsa01:443") == normalize_sha256(SHA)
    store.remember("vcsa02:443", OTHER)
    assert link.is_symlink()
    assert PinStore(shared).get("vcsa02:443") == normalize_sha256(OTHER)
    if os.name == "posix":
        assert stat.S_IMODE(shared.stat().st_mode) == 0o600


def test_writers_with_separate_stores_lose_nothing(tmp_path: Path) -> None:
    """Separate PinStore objects (the GUI and a CLI run are separate processes) share no thread lock."""
    path = tmp_path / "pins"
    threads = [threading.Thread(target=PinStore(path).remember, args=(f"vcsa{i}:443", SHA)) for i in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(PinStore(path).all()) == 40


def _remember_many(path: str, start: int) -> None:
    store = PinStore(Path(path))
    for i in range(start, start + 15):
        store.remember(f"vcsa{i}:443", SHA)


@pytest.mark.skipif(os.name != "posix", reason="flock")
def test_writer_processes_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "pins"
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_remember_many, args=(str(path), n * 100)) for n in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0
    assert len(PinStore(path).all()) == 45
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


# --- sharing a vetted list (issue 11, item 8) ----------------------------------------------


def test_export_then_import_round_trips_and_replaces_old_pins(tmp_path: Path) -> None:
    team = PinStore(tmp_path / "team")
    team.remember("vcsa01.example.com:443", "AB:" * 31 + "AB")
    team.remember("[fd00::5]:443", "CD:" * 31 + "CD")
    shared = team.export_text()
    assert shared.startswith("#") and "vcsa01.example.com:443 " + "AB:" * 31 + "AB" in shared
    mine = PinStore(tmp_path / "mine")
    mine.remember("vcsa01.example.com:443", "EE:" * 31 + "EE")
    mine.remember("other:443", "11:" * 31 + "11")
    assert mine.import_text(shared) == 2
    assert mine.get("vcsa01.example.com:443") == "AB:" * 31 + "AB"
    assert mine.get("other:443") == "11:" * 31 + "11"
    assert mine.get("[fd00::5]:443") == "CD:" * 31 + "CD"


def test_a_malformed_shared_file_imports_nothing(tmp_path: Path) -> None:
    mine = PinStore(tmp_path / "mine")
    with pytest.raises(ValueError, match="line 2"):
        mine.import_text("good:443 " + "AB:" * 31 + "AB\nthis is not a pin\n")
    assert mine.all() == {}


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_item12_the_pin_folder_is_created_0700(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        store = PinStore(tmp_path / "new" / "config" / "known_hosts")
        store.remember("vcsa.example:443", "AB:" * 31 + "AB")
    finally:
        os.umask(old)
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "new").stat().st_mode) == 0o700
