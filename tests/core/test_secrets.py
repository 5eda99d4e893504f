"""Keyring diagnosis and the credential stores, with in-memory and failing keyring backends."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import keyring.backends.fail
import keyring.backends.null
import keyring.errors
import pytest
from fakes import InMemoryKeyring

from reconui.core.errors import CredentialStoreError, KeyringUnavailable
from reconui.core.secrets import (
    SERVICE,
    KeyringStore,
    diagnose_backend,
    key_for,
)

PASSWORD = "VMware1!-sehr#geheim"


class LockedKeyring(InMemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")


class BrokenKeyring(InMemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError(f"cannot store {password}")


class PlaintextKeyring(InMemoryKeyring):
    """Looks like keyrings.alt's file backend."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


@pytest.fixture(autouse=True)
def restore_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


def test_an_in_memory_backend_is_secure() -> None:
    status = diagnose_backend(InMemoryKeyring())
    assert status.state == "secure"
    assert "InMemoryKeyring" in status.backend_name
    assert status.usable
    assert status.backend_name in status.detail


def test_the_active_backend_is_judged_by_default() -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    status = diagnose_backend()
    assert status.state == "unavailable"
    assert "memory" in status.detail


@pytest.mark.parametrize("backend", [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring()])
def test_fail_and_null_backends_are_unavailable(backend) -> None:
    status = diagnose_backend(backend)
    assert status.state == "unavailable"
    assert not status.usable


def test_keyrings_alt_file_backends_are_never_secure() -> None:
    status = diagnose_backend(PlaintextKeyring())
    assert status.state == "unavailable"
    assert "file on disk" in status.detail


def test_a_locked_keyring_is_reported_as_locked() -> None:
    status = diagnose_backend(LockedKeyring())
    assert status.state == "locked"
    assert "locked" in status.detail.lower()


def test_no_probe_means_no_call() -> None:
    backend = InMemoryKeyring()
    assert diagnose_backend(backend, probe=False).state == "secure"
    assert backend.calls == 0


def test_friendly_backend_names() -> None:
    from reconui.core.secrets import backend_name

    class Fake:
        pass

    for module, qualname, expected in [
        ("keyring.backends.SecretService", "Keyring", "Secret Service"),
        ("keyring.backends.Windows", "WinVaultKeyring", "Windows Credential Manager"),
        ("keyring.backends.macOS", "Keyring", "macOS Keychain"),
    ]:
        Fake.__module__, Fake.__qualname__ = module, qualname
        assert backend_name(Fake()) == expected


def test_keyring_store_round_trip_uses_service_and_user_at_host() -> None:
    backend = InMemoryKeyring()
    keyring.set_keyring(backend)
    store = KeyringStore()
    assert store.backend is backend  # one backend object, reused
    assert store.get("vcsa.example.com", "administrator@vsphere.local") is None
    store.set("vcsa.example.com", "administrator@vsphere.local", PASSWORD)
    assert backend.items == {(SERVICE, "administrator@vsphere.local@vcsa.example.com"): PASSWORD}
    assert key_for("vcsa.example.com", "administrator@vsphere.local") == "administrator@vsphere.local@vcsa.example.com"
    assert store.get("vcsa.example.com", "administrator@vsphere.local") == PASSWORD
    store.delete("vcsa.example.com", "administrator@vsphere.local")
    assert store.get("vcsa.example.com", "administrator@vsphere.local") is None
    store.delete("vcsa.example.com", "administrator@vsphere.local")  # forgetting twice is fine
    assert store.status().state == "secure"


def test_keyring_failures_become_credential_store_errors_without_the_password() -> None:
    store = KeyringStore(BrokenKeyring())
    with pytest.raises(CredentialStoreError) as caught:
        store.set("h", "u", PASSWORD)
    error = caught.value
    assert error.code == "keyring_failed"
    assert error.sentence.endswith(".")
    assert PASSWORD not in str(error) and PASSWORD not in error.detail
    assert error.__cause__ is None and error.__suppress_context__


def test_locked_keyring_on_use() -> None:
    with pytest.raises(CredentialStoreError) as caught:
        KeyringStore(LockedKeyring()).get("h", "u")
    assert caught.value.code == "keyring_locked"


@pytest.mark.parametrize("backend", [keyring.backends.fail.Keyring(), PlaintextKeyring()])
def test_keyring_store_fails_closed(backend) -> None:
    store = KeyringStore(backend)
    with pytest.raises(CredentialStoreError) as caught:
        store.set("h", "u", PASSWORD)
    assert isinstance(caught.value, KeyringUnavailable)
    assert caught.value.code == ("keyring_insecure" if isinstance(backend, PlaintextKeyring) else "keyring_unavailable")
    if isinstance(backend, PlaintextKeyring):
        assert backend.items == {}
