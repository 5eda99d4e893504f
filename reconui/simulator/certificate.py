"""The simulator's TLS identity: a fresh self-signed certificate, or one loaded from files.

Clients must be able to trust the simulator explicitly (pin its SHA-256 fingerprint or pass its
PEM as a CA file) instead of switching verification off, so the certificate is well formed:
SAN for 127.0.0.1 and localhost, serverAuth EKU, key identifiers.
"""

from __future__ import annotations

import ipaddress
import os
import ssl
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


@dataclass(frozen=True)
class ServerCertificate:
    """PEM certificate and key plus the fingerprint clients show and pin."""

    cert_pem: str
    key_pem: str = ""

    @property
    def sha256(self) -> str:
        """Colon-separated upper-case hex SHA-256 of the certificate's DER."""
        return fingerprint(self.cert_pem)

    def __repr__(self) -> str:  # the key is a secret of sorts; keep it out of reprs
        return f"ServerCertificate(sha256={self.sha256!r})"

    def ssl_context(self) -> ssl.SSLContext:
        """A server-side TLS context (TLS 1.2+) using this certificate and key.

        ``load_cert_chain`` only reads files, so the PEMs go to a private temporary directory
        that is removed straight away.
        """
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        with tempfile.TemporaryDirectory(prefix="reconui-sim-") as tmp:
            cert_path = Path(tmp, "cert.pem")
            key_path = Path(tmp, "key.pem")
            cert_path.write_text(self.cert_pem, encoding="ascii")
            key_path.touch(mode=0o600)
            key_path.write_text(self.key_pem, encoding="ascii")
            context.load_cert_chain(cert_path, key_path)
        return context


def fingerprint(cert_pem: str) -> str:
    """SHA-256 fingerprint of the first certificate in ``cert_pem`` as ``AB:CD:...``."""
    cert = x509.load_pem_x509_certificate(cert_pem.encode("ascii"))
    return ":".join(f"{b:02X}" for b in cert.fingerprint(hashes.SHA256()))


def subject_alt_names(hosts: tuple[str, ...]) -> list[x509.GeneralName]:
    """Each host as the SAN entry a TLS client matches: an IP address entry for literals, else a DNS name."""
    names: list[x509.GeneralName] = []
    for host in hosts:
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            names.append(x509.DNSName(host))
    return names


def generate_self_signed(hosts: tuple[str, ...] = ("127.0.0.1", "localhost"), days: int = 30) -> ServerCertificate:
    """Create a self-signed P-256 certificate valid for ``hosts`` (IPs and DNS names).

    P-256 rather than RSA: generation takes microseconds, which matters when every test starts
    its own simulator.
    """
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, hosts[0]),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "reconui simulator"),
    ])
    alt_names = subject_alt_names(hosts)
    now = datetime.now(timezone.utc)
    public_key = key.public_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=days))
        .add_extension(x509.SubjectAlternativeName(alt_names), critical=False)
        # CA:TRUE so OpenSSL accepts the certificate as its own trust anchor when a client passes
        # it as a CA file; a CA:FALSE self-signed leaf fails with "self-signed certificate".
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True, content_commitment=False, key_encipherment=False, data_encipherment=False,
                key_agreement=False, key_cert_sign=True, crl_sign=False, encipher_only=False, decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(public_key), critical=False)
        .sign(key, hashes.SHA256())
    )
    return ServerCertificate(
        cert_pem=cert.public_bytes(serialization.Encoding.PEM).decode("ascii"),
        key_pem=key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ).decode("ascii"),
    )


def load_certificate(cert_file: str | os.PathLike[str], key_file: str | os.PathLike[str]) -> ServerCertificate:
    """Load a PEM certificate (chain) and its unencrypted PEM key from files."""
    return ServerCertificate(
        cert_pem=Path(cert_file).read_text(encoding="ascii"),
        key_pem=Path(key_file).read_text(encoding="ascii"),
    )
