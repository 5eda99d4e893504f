"""The Qt-free half of ``--self-check``: what it reports, and which findings fail it."""

from __future__ import annotations

import io
import json
import ssl
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from fakes import InMemoryKeyring

from reconui.core import paths, selfcheck


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture
def backend():
    previous = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(previous)


def test_reports_versions_keyring_tls_and_paths_as_json(home: Path, backend) -> None:
    backend(InMemoryKeyring())
    check = selfcheck.core_check()
    out = io.StringIO()
    check.write_json(out)
    data = json.loads(out.getvalue())
    assert data["ok"] is True and data["problems"] == []
    assert data["reconui"]["frozen"] is False
    assert data["python"]["version"].count(".") == 2
    assert data["keyring"]["usable"] is True
    assert data["tls"]["context"] is True and data["tls"]["openssl"] == ssl.OPENSSL_VERSION
    assert data["paths"]["RECONUI_HOME"] == str(home)
    assert data["paths"]["reports"] == str(home / "data" / "reports")
    assert data["paths"]["log"] == str(home / "logs")
    assert not home.exists(), "the self-check only looks, it creates nothing"


def test_no_keyring_is_a_warning_not_a_failure(backend) -> None:
    backend(keyring.backends.fail.Keyring())
    check = selfcheck.core_check()
    assert check.exit_code == 0
    assert check.sections["keyring"]["state"] == "unavailable"
    assert any(w.startswith("keyring unavailable") for w in check.warnings)


def test_an_unwritable_report_folder_fails_the_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(paths.HOME_ENV, str(blocker / "home"))
    check = selfcheck.core_check()
    assert check.exit_code == 1
    assert any("reports folder" in p for p in check.problems)
    out = io.StringIO()
    check.write_text(out)
    assert "PROBLEM: the reports folder" in out.getvalue()
    assert out.getvalue().rstrip().endswith("Self-check: FAILED (3 problem(s))")


def test_the_os_trust_store_named_is_the_file_openssl_would_load(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from reconui.simulator.certificate import generate_self_signed

    bundle = tmp_path / "ca.pem"
    bundle.write_text(generate_self_signed().cert_pem + generate_self_signed(("example.test",)).cert_pem)
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    assert selfcheck.os_trust_source("linux") == ("OpenSSL default CA file", str(bundle), 2)


def test_windows_and_macos_use_the_system_verifier() -> None:
    assert "Windows certificate store" in selfcheck.os_trust_source("win32")[0]
    assert "macOS" in selfcheck.os_trust_source("darwin")[0]


def test_no_os_certificates_is_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selfcheck, "os_trust_source", lambda: ("none found", None, 0))
    check = selfcheck.SelfCheck()
    section = selfcheck.tls_section(check)
    assert section["os_store_loaded"] is False and section["context"] is True
    assert check.problems == [] and any("ca-certificates" in w for w in check.warnings)


def test_a_broken_tls_stack_is_a_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    from reconui.core import tls

    def broken(target: object) -> None:
        raise ssl.SSLError("no ciphers")

    monkeypatch.setattr(tls, "verifying_context", broken)
    check = selfcheck.SelfCheck()
    assert selfcheck.tls_section(check)["context"] is False
    assert check.exit_code == 1 and "no verifying TLS context" in check.problems[0]


def test_languages_found_names_only_the_shipped_languages_present(tmp_path: Path) -> None:
    for lang in ("de", "ja", "pt_BR"):
        (tmp_path / f"qtbase_{lang}.qm").write_bytes(b"")
    assert selfcheck.languages_found(tmp_path, "qtbase") == ["de", "ja"]
    assert selfcheck.languages_found(None, "qtbase") == []
    assert len(selfcheck.SHIPPED_LANGUAGES) == 9


def test_text_output_lists_sections_and_warnings() -> None:
    check = selfcheck.SelfCheck(sections={"app": {"version": "1", "frozen": True, "list": []}},
                                warnings=["be careful"])
    out = io.StringIO()
    check.write_text(out)
    text = out.getvalue()
    assert "[app]" in text and "frozen:" in text and "yes" in text and "(none)" in text
    assert "warning: be careful" in text and text.rstrip().endswith("Self-check: OK")
