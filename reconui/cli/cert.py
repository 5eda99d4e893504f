"""``reconui-cli cert``: show the appliance's certificate and its fingerprints; ``--pin`` remembers it.

Needs no credentials, so it is the safe first step of a script: settle trust here, then ``run``.
"""

from __future__ import annotations

import argparse

from reconui.cli.exit_codes import EXIT_CONNECT, EXIT_SUCCEEDED, exit_code_for_error
from reconui.cli.target import target_or_exit_code
from reconui.cli.terminal import PROG, Terminal
from reconui.core import paths
from reconui.core.errors import CertificateChanged, CertificateUntrusted, ReconError
from reconui.core.models import CertificateInfo, TrustMode
from reconui.core.pins import PinStore, normalize_sha256

NAME = "cert"
HELP = "show the appliance's certificate and optionally pin it"
DESCRIPTION = "Show the appliance's certificate and its fingerprints; --pin remembers it."
#: Which shared options the command takes (see :mod:`reconui.cli.parser`): no login, so no user.
OPTIONS = "connection"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``--pin`` and ``--replace``."""
    parser.add_argument("--pin", action="store_true", help="remember this certificate for HOST:PORT")
    parser.add_argument(
        "--replace", metavar="SHA256",
        help="with --pin, replace an existing pin for a changed certificate, but only if the presented "
             "certificate has this fingerprint (check it on the appliance first)",
    )


def execute(args: argparse.Namespace, term: Terminal) -> int:
    """Show the certificate and how it is trusted; pin it when asked and allowed."""
    from reconui.cli.trust import certificate_lines  # TLS and certificate parsing: not for --help
    from reconui.core.tls import check_trust, fetch_certificate

    target = target_or_exit_code(args, term)
    if isinstance(target, int):
        return target
    pins = PinStore(paths.pins_path())
    changed_from: str | None = None
    try:
        cert = fetch_certificate(target)
        try:
            decision = check_trust(target, pins)
            trust = ("trusted: the chain verifies against this computer's trust store"
                     if decision.mode is TrustMode.CHAIN else f"pinned in {paths.pins_path()}")
            cert = decision.certificate
        except CertificateUntrusted:
            trust = "NOT trusted: not signed by a trusted authority and not pinned"
        except CertificateChanged as changed:
            trust = f"CHANGED: {target.address} is pinned to another certificate ({changed.pinned_sha256})"
            cert = changed.certificate
            changed_from = changed.pinned_sha256
    except ReconError as exc:
        term.fail(exc.sentence)
        return exit_code_for_error(exc)

    term.out.write(f"Certificate of {target.address}:\n")
    term.out.write("\n".join(certificate_lines(cert)) + "\n")
    term.out.write(f"  Trust:    {trust}\n")
    if not args.pin:
        term.out.flush()
        return EXIT_SUCCEEDED
    if changed_from is not None and not _may_replace_pin(args, cert, term):
        return EXIT_CONNECT
    if term.interactive and changed_from is None and not term.ask_yes_no(
        f"Pin this certificate (SHA-256 {cert.sha256}) for {target.address}?"
    ):
        term.out.write("Not pinned.\n")
        return EXIT_SUCCEEDED
    try:
        pins.remember(target.address, cert.sha256)
    except ReconError as exc:
        term.fail(exc.sentence)
        return exit_code_for_error(exc)
    term.out.write(f"Pinned {target.address} SHA-256 {cert.sha256} in {paths.pins_path()}\n")
    term.out.flush()
    return EXIT_SUCCEEDED


def _may_replace_pin(args: argparse.Namespace, cert: CertificateInfo, term: Terminal) -> bool:
    """Replacing the pin of a changed certificate needs the new fingerprint named or confirmed.

    Without this, a script that runs ``cert --pin`` before ``run`` would silently defeat the
    changed-certificate stop.
    """
    if args.replace:
        try:
            expected = normalize_sha256(args.replace)
        except ValueError:
            term.fail("--replace needs a SHA-256 fingerprint (64 hexadecimal digits).")
            return False
        if expected == cert.sha256:
            return True
        term.fail(f"the presented certificate (SHA-256 {cert.sha256}) is not the one named by "
                  "--replace; nothing was changed.")
        return False
    if term.interactive:
        term.err.write("The pinned certificate differs from the one presented now. A restore can legitimately "
                       "replace it; check the new SHA-256 on the appliance before you go on.\n")
        if term.ask_yes_no(f"Replace the pin with SHA-256 {cert.sha256}?"):
            return True
        term.out.write("Not pinned.\n")
        return False
    term.fail(
        f"{args.server} is pinned to another certificate; nothing was changed. After checking the new "
        f"fingerprint on the appliance, run:\n  {PROG} cert --server {args.server} --pin --replace {cert.sha256}"
    )
    return False
