"""The Qt-free half of ``reconui --self-check``: versions, keyring, TLS trust store, paths, translations.

``--self-check`` is the support engineer's first command on a field engineer's laptop, in a source
install and in the frozen bundle alike. It must answer, in one screen, the questions a broken install
raises: which build is this, can passwords be remembered, which certificates does it trust, where are
the logs and reports, and did the packaging keep the translations. The Qt half (versions, platform
plugin, compiled resources) lives in :mod:`reconui.ui.selfcheck_qt`; the command that combines both
is :func:`reconui.app.self_check`.

A :class:`SelfCheck` collects *sections* (plain JSON-able dicts, printed as text or as one JSON
object) and two lists of sentences: ``problems`` (something required is missing: exit code 1) and
``warnings`` (reconui works, but with less, e.g. no keyring on an SSH session).
"""

from __future__ import annotations

import json
import os
import platform
import re
import ssl
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from reconui import __version__
from reconui.core import paths, translations

#: The languages reconui ships, the same nine vCenter's own UI ships. Qt's ``qtbase_<lang>.qm``
#: must be there for each of them (dialog buttons, context menus), and reconui's own
#: ``reconui_<lang>.qm`` (:mod:`reconui.core.translations`). English is the source language: no file needed.
SHIPPED_LANGUAGES = translations.SHIPPED_LANGUAGES

#: Where truststore looks when OpenSSL's compiled-in defaults hold nothing (same order as truststore).
CA_FILE_CANDIDATES = (
    "/etc/ssl/cert.pem",
    "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
    "/etc/pki/tls/cert.pem",
    "/etc/ssl/certs/ca-certificates.crt",
    "/etc/ssl/ca-bundle.pem",
)
_HASHED_CERT_NAME = re.compile(r"^[0-9a-fA-F]{8}\.[0-9]$")

EXIT_OK = 0
EXIT_PROBLEM = 1


@dataclass
class SelfCheck:
    """What the self-check found; sections print in insertion order."""

    sections: dict[str, dict[str, Any]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def exit_code(self) -> int:
        return EXIT_OK if self.ok else EXIT_PROBLEM

    def to_dict(self) -> dict[str, Any]:
        return {**self.sections, "problems": list(self.problems), "warnings": list(self.warnings), "ok": self.ok}

    def write(self, out: TextIO, *, as_json: bool = False) -> None:
        """Print the findings: one JSON object, or sections of ``key: value`` lines for people."""
        if as_json:
            self.write_json(out)
        else:
            self.write_text(out)

    def write_json(self, out: TextIO) -> None:
        out.write(json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n")
        out.flush()

    def write_text(self, out: TextIO) -> None:
        lines: list[str] = []
        for name, section in self.sections.items():
            lines.append(f"[{name}]")
            for key, value in section.items():
                lines.append(f"  {key + ':':<26} {_text_value(value)}")
        for problem in self.problems:
            lines.append(f"PROBLEM: {problem}")
        for warning in self.warnings:
            lines.append(f"warning: {warning}")
        lines.append("Self-check: OK" if self.ok else f"Self-check: FAILED ({len(self.problems)} problem(s))")
        out.write("\n".join(lines) + "\n")
        out.flush()


def _text_value(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if value is None:
        return "-"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value) if value else "(none)"
    return str(value)


def is_frozen() -> bool:
    """True inside a PyInstaller bundle (``sys.frozen`` is set by the bootloader)."""
    return bool(getattr(sys, "frozen", False))


def bundle_dir() -> Path | None:
    """The folder holding the frozen bundle's data files (``sys._MEIPASS``), or None from source."""
    meipass = getattr(sys, "_MEIPASS", None)
    return Path(meipass) if is_frozen() and meipass else None


def app_section() -> dict[str, Any]:
    return {"version": __version__, "frozen": is_frozen(), "executable": sys.executable}


def python_section() -> dict[str, Any]:
    return {
        "version": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": sys.platform,
        "os": platform.platform(terse=True),
        "machine": platform.machine(),
    }


def keyring_section(check: SelfCheck) -> dict[str, Any]:
    """The active keyring backend and whether it is usable (a locked or missing store is a warning)."""
    from reconui.core.secrets import diagnose_backend

    status = diagnose_backend()
    if not status.usable:
        check.warnings.append(f"keyring {status.state}: {status.detail}")
    return {"state": status.state, "backend": status.backend_name, "usable": status.usable, "detail": status.detail}


def _count_pem_certificates(path: str) -> int:
    try:
        with open(path, "rb") as handle:
            return handle.read().count(b"-----BEGIN CERTIFICATE-----")
    except OSError:
        return 0


def _capath_count(capath: str) -> int:
    try:
        return sum(1 for name in os.listdir(capath) if _HASHED_CERT_NAME.match(name))
    except OSError:
        return 0


def os_trust_source(platform_name: str = sys.platform) -> tuple[str, str | None, int]:
    """Which OS trust store ``truststore`` uses here: (description, file or folder, certificates).

    On Windows and macOS truststore asks the operating system's verifier at each handshake, so the
    store is always the system's. On Linux it loads OpenSSL's default paths when they hold
    certificates (``SSL_CERT_FILE``/``SSL_CERT_DIR`` or the compiled-in OPENSSLDIR), else the first
    distribution bundle that exists. This mirrors truststore's own order so that the answer is the
    file the app really reads; a count of 0 means no OS store was loaded.
    """
    if platform_name == "win32":
        return ("Windows certificate store (CryptoAPI, via truststore)", None, -1)
    if platform_name == "darwin":
        return ("macOS Keychain trust settings (Security framework, via truststore)", None, -1)
    defaults = ssl.get_default_verify_paths()
    if defaults.cafile:
        return ("OpenSSL default CA file", defaults.cafile, _count_pem_certificates(defaults.cafile))
    if defaults.capath and _capath_count(defaults.capath):
        return ("OpenSSL default CA folder", defaults.capath, _capath_count(defaults.capath))
    for candidate in CA_FILE_CANDIDATES:
        if os.path.isfile(candidate):
            return ("distribution CA bundle", candidate, _count_pem_certificates(candidate))
    return ("none found", None, 0)


def tls_section(check: SelfCheck) -> dict[str, Any]:
    """The trust store reconui verifies appliance certificates against, and whether it loaded."""
    description, source, count = os_trust_source()
    try:
        import truststore

        from reconui.core.models import Target
        from reconui.core.tls import verifying_context

        verifying_context(Target(host="self-check.invalid"))
        context_ok = True
        truststore_version = truststore.__version__
    except Exception as exc:  # a broken ssl module or truststore inside a bundle is what we look for
        check.problems.append(f"no verifying TLS context can be built ({type(exc).__name__}: {exc})")
        context_ok = False
        truststore_version = None
    loaded = count != 0
    if not loaded:
        check.warnings.append(
            "no operating-system CA certificates were found (on Debian/Ubuntu: install ca-certificates); "
            "appliance certificates can still be trusted by their SHA-256 fingerprint or a --ca-file")
    return {
        "verifier": "truststore (operating-system trust store) + optional CA file",
        "truststore": truststore_version,
        "context": context_ok,
        "os_store": description,
        "os_store_source": source,
        "os_store_loaded": loaded,
        "os_store_certificates": None if count < 0 else count,
        "openssl": ssl.OPENSSL_VERSION,
    }


def _writable_where(path: Path) -> bool:
    """Whether ``path`` can be created or written: its nearest existing ancestor is a writable folder.

    Nothing is created: the self-check only looks.
    """
    probe = path
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    return probe.is_dir() and os.access(probe, os.W_OK)


def paths_section(check: SelfCheck) -> dict[str, Any]:
    """Where reconui keeps its files; an unwritable folder is a problem (every run writes a report)."""
    section: dict[str, Any] = {"RECONUI_HOME": os.environ.get(paths.HOME_ENV) or None}
    places = {
        "data": paths.data_dir(),
        "config": paths.config_dir(),
        "settings": paths.config_dir() / "reconui.ini",
        "pins": paths.pins_path(),
        "log": paths.log_dir(),
        "reports": paths.reports_dir(),
    }
    for name, place in places.items():
        section[name] = str(place)
    for name in ("config", "log", "reports"):
        if not _writable_where(places[name]):
            check.problems.append(f"the {name} folder {places[name]} cannot be written")
    return section


def languages_found(folder: Path | None, prefix: str, languages: tuple[str, ...] = SHIPPED_LANGUAGES) -> list[str]:
    """Which of ``languages`` have a ``<prefix>_<lang>.qm`` file in ``folder``."""
    if folder is None:
        return []
    return [lang for lang in languages if (folder / f"{prefix}_{lang}.qm").is_file()]


def translation_dirs() -> list[Path]:
    """Folders that hold reconui's own compiled ``reconui_<lang>.qm`` files (:func:`translations.qm_dir`)."""
    return [translations.qm_dir()]


def core_check() -> SelfCheck:
    """Everything the self-check can find out without Qt."""
    check = SelfCheck()
    check.sections["reconui"] = app_section()
    check.sections["python"] = python_section()
    check.sections["keyring"] = keyring_section(check)
    check.sections["tls"] = tls_section(check)
    check.sections["paths"] = paths_section(check)
    return check
