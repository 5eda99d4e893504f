"""Masking secrets in text: the passwords and tokens reconui holds, and credential-shaped patterns.

Everything reconui prints, logs or reports goes through :func:`shown` (text) or :func:`scrub`
(JSON-ready data): first the sanitiser (:mod:`reconui.core.sanitize`), then :func:`redact`. An
appliance that echoes what it was sent - the ``Authorization`` header, the CreateSpec with the SSO
password, ``user:password`` in base64 - must not get it written down.

Why it scales: the spellings of each secret (as is, JSON-, repr- and URL-escaped, and the base64
``user:password`` of a login) are computed once, when the secret is registered, not for every
string; the structural patterns (one combined regex) run only on text that contains one of their key
words. A 3 MB job
reply therefore costs milliseconds per output, not seconds. Tokens larger than
:data:`MAX_SECRET_LENGTH` are never registered: the client refuses such a token in the first place
(:func:`reconui.core.wire.parse_session_token`), because every line would pay for searching it.
"""

from __future__ import annotations

import base64
import re
import threading
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, quote_plus

from reconui.core.sanitize import MAX_DEPTH, clean_text

MASK = "***"
#: The longest secret that is registered (a password, a session token).
MAX_SECRET_LENGTH = 4096

_lock = threading.Lock()
_secrets: set[str] = set()
#: Every spelling of every registered secret, longest first (so a secret containing another is
#: not half-masked). Replaced as a whole tuple on registration, read without the lock.
_forms: tuple[str, ...] = ()
#: Mapping keys repeat (``id``, ``default_message`` … thousands of times in one job Info): shown once.
_shown_keys: dict[str, str] = {}
_MAX_SHOWN_KEYS = 4096

#: ``Authorization: Basic …`` as a header line, a dict repr or JSON: mask everything up to a quote,
#: a line end, a comma or a closing brace (the value itself contains a space: "Basic abc="). Never a
#: backslash: inside an encoded JSON line it starts an escape (``\"``), and eating it breaks the line.
_AUTHORIZATION = r"""(\bauthorization["']?\s*[:=]\s*["']?)([^"'\\\r\n,}]+)"""
#: The session token as a header (``vmware-api-session-id: x``), a cookie (``…=x``) or JSON.
_SESSION_ID = r"""(vmware-api-session-id["']?\s*[:=]\s*["']?)([^"'\\\s;,}&]+)"""
#: Password-like keys in JSON, dict reprs, query strings and ``key=value`` text. The value is a
#: quoted string (with escapes) or a bare token.
_KEY_VALUE_PAIR = (r"""(["']?\b[\w-]*(?:password|passwd|pwd|secret)["']?\s*[:=]\s*)"""
                  r"""("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^\s&,;}\]"'\\]+)""")
#: All three in one pass (groups 1-2, 3-4, 5-6).
_STRUCTURAL = re.compile(f"{_AUTHORIZATION}|{_SESSION_ID}|{_KEY_VALUE_PAIR}", re.IGNORECASE)
#: Words without which no structural pattern can match (a lower-case ``in`` test is much cheaper
#: than any case-insensitive regex scan).
_HINTS = ("authoriz", "session-id", "pass", "pwd", "secret")
#: Keys that are never written into a report or ``--json`` output, whatever their value.
SECRET_KEY = re.compile(r"(?i)(password|passwd|secret|token|session[_-]?id|authorization|cookie)")


def spellings(secret: str) -> set[str]:
    """The spellings a secret can take in text: as is, JSON-escaped, repr-escaped, URL-encoded."""
    import json  # with the first password, not with the logging set-up at every start (3 ms)

    forms = {secret, json.dumps(secret)[1:-1], json.dumps(secret, ensure_ascii=False)[1:-1], repr(secret)[1:-1]}
    forms.add(quote(secret, safe=""))
    forms.add(quote_plus(secret, safe=""))
    forms.add(clean_text(secret))  # how the sanitiser shows a secret with control characters
    return {f for f in forms if f}


def _rebuild() -> None:
    global _forms
    forms: set[str] = set()
    for secret in _secrets:
        forms |= spellings(secret)
    _forms = tuple(sorted(forms, key=len, reverse=True))
    _shown_keys.clear()


def register_secret(value: str | None) -> None:
    """Mask ``value`` (and its escaped forms) in every output from now on.

    Values longer than :data:`MAX_SECRET_LENGTH` are ignored (see the module docstring).
    """
    if not value or len(value) > MAX_SECRET_LENGTH:
        return
    with _lock:
        if value in _secrets:
            return
        _secrets.add(value)
        _rebuild()


def register_credentials(user: str, password: str) -> None:
    """Register a password and the base64 ``user:password`` of the HTTP Basic login built from it.

    A server that echoes the ``Authorization`` header's value without the header name would
    otherwise leave the credentials readable to anyone who decodes base64.
    """
    register_secret(password)
    if password:
        for encoding in ("utf-8", "latin-1"):
            try:
                raw = f"{user}:{password}".encode(encoding)
            except UnicodeEncodeError:
                continue
            register_secret(base64.b64encode(raw).decode("ascii"))


def clear_secrets() -> None:
    """Forget every registered secret (a fresh start: each test begins with none).

    Registration is process-wide on purpose (a password registered by the CLI must be masked in the
    runner's log lines too), so whoever starts over must say so.
    """
    with _lock:
        _secrets.clear()
        _rebuild()


def _mask(match: re.Match[str]) -> str:
    if match.group(1) is not None:
        return f"{match.group(1)}{MASK}"
    if match.group(3) is not None:
        return f"{match.group(3)}{MASK}"
    value = match.group(6)
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return f"{match.group(5)}{value[0]}{MASK}{value[0]}"
    return f"{match.group(5)}{MASK}"


def redact(text: str) -> str:
    """``text`` with registered secrets and credential-shaped patterns masked."""
    if not text:
        return text
    for form in _forms:
        if form in text:
            text = text.replace(form, MASK)
    lower = text.lower()
    if not any(hint in lower for hint in _HINTS):
        return text
    return _STRUCTURAL.sub(_mask, text)


def shown(text: object) -> str:
    """The form in which any text reaches a terminal, a log or a report: sanitised, then redacted."""
    return redact(clean_text(text if isinstance(text, str) else str(text)))


def _shown_key(key: object) -> str:
    text = key if isinstance(key, str) else str(key)
    cached = _shown_keys.get(text)
    if cached is None:
        cached = shown(text)
        if len(_shown_keys) < _MAX_SHOWN_KEYS:
            _shown_keys[text] = cached
    return cached


_secret_keys: dict[str, bool] = {}


def _is_secret_key(key: object) -> bool:
    text = key if isinstance(key, str) else str(key)
    verdict = _secret_keys.get(text)
    if verdict is None:
        verdict = SECRET_KEY.search(text) is not None
        if len(_secret_keys) < _MAX_SHOWN_KEYS:
            _secret_keys[text] = verdict
    return verdict


def scrub(value: Any, *, _depth: int = 0) -> Any:
    """A copy of JSON-ready ``value``: secret-looking keys dropped, every string through :func:`shown`.

    Depth-bounded: decoded server data is already limited to :data:`MAX_DEPTH` levels, and anything
    deeper (it can only come from a bug) is cut off with a marker instead of a ``RecursionError``.
    """
    if isinstance(value, str):  # the common case first: scrub walks hundreds of thousands of values
        return shown(value)
    if _depth > MAX_DEPTH + 16:
        return "[nested too deeply]"
    if isinstance(value, dict | Mapping):
        return {_shown_key(k): scrub(v, _depth=_depth + 1) for k, v in value.items() if not _is_secret_key(k)}
    if isinstance(value, list | tuple):
        return [scrub(v, _depth=_depth + 1) for v in value]
    return value


__all__ = [
    "MASK",
    "MAX_SECRET_LENGTH",
    "SECRET_KEY",
    "clear_secrets",
    "redact",
    "register_credentials",
    "register_secret",
    "scrub",
    "shown",
    "spellings",
]
