"""Checking a CA file when it is chosen: a readable PEM file with at least one certificate.

OpenSSL's own words for a bad file ("[X509: NO_CERTIFICATE_OR_CRL_FOUND] … (_ssl.c:4024)") help
nobody under pressure; this says what is wrong with the file in a plain sentence, before anything
is sent anywhere. The window checks the file as soon as it is chosen, the TLS setup uses the same
sentence if a bad file gets that far.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reconui.core.phrases import QT_TRANSLATE_NOOP, Phrase

_PEM_MARKER = b"-----BEGIN CERTIFICATE-----"

#: The sentences, by problem code: English for the CLI and the log, translated by the window.
CA_FILE_TEXTS: dict[str, str] = {
    "missing": QT_TRANSLATE_NOOP("CaFile", "The CA file {path} does not exist."),
    "folder": QT_TRANSLATE_NOOP("CaFile", "{path} is a folder, not a CA certificate file."),
    "unreadable": QT_TRANSLATE_NOOP("CaFile", "The CA file {path} cannot be read ({reason})."),
    "no_pem": QT_TRANSLATE_NOOP(
        "CaFile", "{path} holds no certificate in PEM form (text that starts with -----BEGIN CERTIFICATE-----)."
    ),
    "damaged": QT_TRANSLATE_NOOP("CaFile", "The certificate text in {path} is damaged and cannot be read."),
}


@dataclass(frozen=True)
class CaFileProblem:
    code: str
    path: str
    reason: str = ""

    @property
    def phrase(self) -> Phrase:
        return Phrase("CaFile", CA_FILE_TEXTS[self.code], {"path": self.path, "reason": self.reason})

    @property
    def sentence(self) -> str:
        return self.phrase.english()


def check_ca_file(path: str) -> CaFileProblem | None:
    """None when ``path`` is a readable PEM file with at least one certificate; else what is wrong."""
    file = Path(path).expanduser()
    if not file.exists():
        return CaFileProblem("missing", path)
    if file.is_dir():
        return CaFileProblem("folder", path)
    try:
        data = file.read_bytes()
    except OSError as exc:
        return CaFileProblem("unreadable", path, exc.strerror or type(exc).__name__)
    if _PEM_MARKER not in data:
        return CaFileProblem("no_pem", path)
    from cryptography import x509  # only when a file is checked: not on the app's start path

    try:
        certificates = x509.load_pem_x509_certificates(data)
    except ValueError:
        return CaFileProblem("damaged", path)
    return None if certificates else CaFileProblem("no_pem", path)
