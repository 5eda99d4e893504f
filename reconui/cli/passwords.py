"""Where the watching commands get passwords: the environment, then the keyring, then a prompt.

Never from an argument (shell history and ``ps`` would show it). Every password found is
registered with the log redactor before anything else happens.
"""

from __future__ import annotations

import argparse
import logging
import os
from dataclasses import dataclass

from reconui.cli.exit_codes import EXIT_USAGE, Abort
from reconui.cli.terminal import Terminal
from reconui.core.errors import CredentialStoreError
from reconui.core.logging_setup import register_secret
from reconui.core.models import Credentials

logger = logging.getLogger(__name__)

PASSWORD_ENV = "RECONUI_PASSWORD"  # noqa: S105 - the name of an environment variable
SSO_PASSWORD_ENV = "RECONUI_SSO_PASSWORD"  # noqa: S105 - the name of an environment variable


@dataclass
class Passwords:
    """The appliance login, the SSO password for the job (``run`` only) and where each came from."""

    user: Credentials
    sso_password: str | None
    sources: dict[str, str]


def _keyring_get(host: str, user: str) -> str | None:
    try:
        from reconui.core.secrets import KeyringStore  # keyring only when a password is looked up

        return KeyringStore().get(host, user)
    except CredentialStoreError as exc:
        logger.info("keyring not used: %s (%s)", exc.code, exc.detail)
        return None
    except Exception as exc:  # a broken keyring installation must not stop a recovery
        logger.info("keyring not used: %s", type(exc).__name__)
        return None


def _password_for(env: str, host: str, user: str, term: Terminal, *, fallback: str | None = None) -> tuple[str, str]:
    value = os.environ.get(env)
    if value:
        return value, "environment"
    stored = _keyring_get(host, user)
    if stored:
        return stored, "keyring"
    if fallback is not None:
        return fallback, "same as the appliance user"
    if term.interactive:
        try:
            entered = term.ask_password(f"Password for {user} on {host}: ")
        except EOFError:
            entered = ""
        if entered:
            return entered, "prompt"
    raise Abort(
        EXIT_USAGE,
        f"No password for {user}: set {env} in the environment, save it with --save-password on an "
        "interactive run, or run on a terminal to be asked.",
    )


def gather_passwords(args: argparse.Namespace, host: str, term: Terminal) -> Passwords:
    """The passwords, from the environment, then the keyring, then a prompt; each is registered secret."""
    password, source = _password_for(PASSWORD_ENV, host, args.user, term)
    register_secret(password)
    sources = {"user": source}
    sso_password: str | None = None
    sso_user = getattr(args, "sso_user", None)
    if sso_user:
        same = sso_user.casefold() == args.user.casefold()
        sso_password, sso_source = _password_for(
            SSO_PASSWORD_ENV, host, sso_user, term, fallback=password if same else None
        )
        register_secret(sso_password)
        sources["sso_user"] = sso_source
    return Passwords(Credentials(args.user, password), sso_password, sources)


def save_passwords(args: argparse.Namespace, host: str, passwords: Passwords, term: Terminal) -> None:
    """``--save-password`` after a successful login: into the keyring, or one sentence why not."""
    from reconui.core.secrets import KeyringStore, diagnose_backend

    status = diagnose_backend()
    if not status.usable:
        term.err.write(f"Passwords not saved: {status.detail}\n")
        return
    store = KeyringStore()
    try:
        store.set(host, args.user, passwords.user.password)
        sso_user = getattr(args, "sso_user", None)
        if sso_user and passwords.sso_password is not None and sso_user.casefold() != args.user.casefold():
            store.set(host, sso_user, passwords.sso_password)
    except CredentialStoreError as exc:
        term.err.write(f"Passwords not saved: {exc.sentence}\n")
        return
    term.err.write(f"Passwords saved in {status.backend_name}.\n")
