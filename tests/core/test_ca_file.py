"""A CA file is checked when chosen, in plain words, never an OpenSSL code (issue 11, item 11)."""

from __future__ import annotations

from pathlib import Path

from netkit import make_certificate, server_certificate

from reconui.core.ca_file import check_ca_file


def test_a_pem_file_with_a_certificate_is_fine(tmp_path: Path) -> None:
    cert, key = make_certificate()
    path = tmp_path / "ca.pem"
    path.write_text(server_certificate(cert, key).cert_pem, encoding="ascii")
    assert check_ca_file(str(path)) is None


def test_each_problem_has_a_plain_sentence(tmp_path: Path) -> None:
    (tmp_path / "key.pem").write_text("-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----\n")
    (tmp_path / "bad.pem").write_text("-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n")
    cases = {
        str(tmp_path / "nope.pem"): "missing",
        str(tmp_path): "folder",
        str(tmp_path / "key.pem"): "no_pem",
        str(tmp_path / "bad.pem"): "damaged",
    }
    for path, code in cases.items():
        problem = check_ca_file(path)
        assert problem is not None and problem.code == code, path
        assert path in problem.sentence
        assert "_ssl.c" not in problem.sentence and "X509" not in problem.sentence
