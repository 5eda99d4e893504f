"""Settling the certificate before any credential leaves: chain, ``--thumbprint``, the pin file,
then (only on a terminal) the user; and the words shown when trust is refused."""

from __future__ import annotations

from reconui.cli.output import local_time
from reconui.cli.terminal import PROG, Terminal
from reconui.core import paths
from reconui.core.errors import CertificateChanged, CertificateNameMismatch, CertificateUntrusted, ReconError
from reconui.core.models import CertificateInfo, Target, TrustDecision, TrustMode
from reconui.core.pins import PinStore
from reconui.core.tls import check_trust


def certificate_lines(cert: CertificateInfo) -> list[str]:
    """The certificate's identity, one indented line per fact, for a person to compare."""
    return [
        f"  Subject:  {cert.subject}",
        f"  Issuer:   {cert.issuer}{' (self-signed)' if cert.self_signed else ''}",
        f"  SANs:     {', '.join(cert.sans) or '-'}",
        f"  Valid:    {local_time(cert.not_before)} to {local_time(cert.not_after)}",
        f"  Serial:   {cert.serial}",
        f"  SHA-256:  {cert.sha256}",
        f"  SHA-1:    {cert.sha1}",
    ]


def _pin_hint(target: Target, sha256: str) -> list[str]:
    return [
        "After checking the fingerprint with the appliance's administrator, either pin it:",
        f"  {PROG} cert --server {target.address} --pin",
        "or trust it for one run by adding:",
        f"  --thumbprint {sha256}",
    ]


def _first_name(cert: CertificateInfo, target: Target) -> str:
    names = [n for n in cert.sans if not n.startswith("*")] or [target.host]
    return f"{names[0]}:{target.port}" if target.port != 443 else names[0]


def settle_trust(target: Target, thumbprint: str | None, term: Terminal) -> TrustDecision:
    """Trust first: chain, then ``--thumbprint`` or the pin file, then (on a terminal) the user.

    Raises:
        CertificateUntrusted: unknown certificate and nobody to ask (or the user said no).
        CertificateChanged: the pinned certificate differs: a hard stop.
        TransportError: the handshake itself failed.
    """
    pins = PinStore(paths.pins_path())
    session_pins = {target.address: thumbprint} if thumbprint else {}
    try:
        return check_trust(target, pins, session_pins=session_pins)
    except CertificateUntrusted as exc:
        if not term.interactive:
            raise
        if isinstance(exc, CertificateNameMismatch):
            term.err.write(f"{exc.sentence}\nConnect using one of these names: {exc.params.get('names', '-')} "
                           f"(for example --server {_first_name(exc.certificate, target)}).\n"
                           "Pinning this certificate is only the fallback:\n")
        else:
            term.err.write(f"The certificate of {target.address} is not trusted by this computer:\n")
        term.err.write("\n".join(certificate_lines(exc.certificate)) + "\n")
        if not term.ask_yes_no("Trust this certificate?"):
            raise
        if term.ask_yes_no(f"Remember it for {target.address}?"):
            pins.remember(target.address, exc.certificate.sha256)
            term.err.write(f"Pinned {target.address} in {paths.pins_path()}.\n")
        return TrustDecision(TrustMode.PINNED, exc.certificate)


def explain_trust_error(error: ReconError, target: Target, term: Terminal) -> None:
    """After a refused certificate: the fingerprints and the command that would settle it."""
    if isinstance(error, CertificateChanged):
        term.err.write(f"  pinned:    {error.pinned_sha256}\n  presented: {error.certificate.sha256}\n")
        term.err.write("If the change is expected (a restore can replace the certificate), verify the new "
                       "fingerprint, then run:\n")
        term.err.write(f"  {PROG} cert --server {target.address} --pin\n")
    elif isinstance(error, CertificateNameMismatch):
        term.err.write(f"Connect using one of these names: {error.params.get('names', '-')}, for example:\n")
        term.err.write(f"  --server {_first_name(error.certificate, target)}\n")
        term.err.write("\n".join(certificate_lines(error.certificate)) + "\n")
        term.err.write("Only if none of these names resolves from here: " + "\n".join(
            _pin_hint(target, error.certificate.sha256)) + "\n")
    elif isinstance(error, CertificateUntrusted):
        term.err.write("\n".join(certificate_lines(error.certificate)) + "\n")
        term.err.write("\n".join(_pin_hint(target, error.certificate.sha256)) + "\n")
