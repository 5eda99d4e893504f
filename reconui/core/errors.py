"""The one tree of errors the engine raises on purpose: every server, network, trust, keyring and
runner fault ends as one of these.

Each error carries a stable ``code`` (the key into :mod:`reconui.core.error_texts` and the GUI's
translations), string ``params`` for the sentence, the appliance's own messages when there were any,
and a technical ``detail`` for the log. None of them ever holds a password: params are host names,
ports, status codes and reasons only.

The tree (``code`` on the right; ``*`` = ``transient``: waiting and retrying may help)::

    Exception
    ├── ReconError                              error       code, params, server_messages, detail, sentence
    │   ├── ApplianceError                                  the appliance answered with an error
    │   │   ├── Unauthenticated                 unauthenticated
    │   │   │   └── LoginRefused                (same)      the first login's 401: sentence says wrong password
    │   │   ├── Unauthorized                    unauthorized
    │   │   ├── NotFound                        not_found
    │   │   ├── FeatureInUse                    feature_in_use
    │   │   ├── NotAllowedInCurrentState        not_allowed_in_current_state
    │   │   │   └── RestoreNotSucceeded         (same)      the runner's own refusal, nothing sent
    │   │   │       ├── RestoreInProgress       restore_in_progress  the restore still runs (no --wait-for-restore)
    │   │   │       └── RestoreFailed           restore_failed       the restore FAILED; its messages attached
    │   │   ├── InvalidArgument                 invalid_argument
    │   │   ├── ServiceUnavailable *            service_unavailable
    │   │   └── GenericApplianceError           error       any error type we do not know
    │   ├── TransportError *                    connection  no usable answer arrived
    │   │   ├── DnsError *                      dns
    │   │   ├── ConnectionRefused *             refused
    │   │   ├── ConnectionReset *               reset
    │   │   ├── RequestTimeout *                timeout
    │   │   ├── TlsError *                      tls
    │   │   │   ├── CertificateVerificationFailed   (tls, not transient) the handshake refused the certificate
    │   │   │   └── CaFileError                 (tls, not transient) the user's CA file is unusable
    │   │   ├── ProxyFailure *                  proxy
    │   │   └── BadResponse *                   bad_response
    │   ├── ProtocolError                       protocol    JSON of an unexpected shape (wire parsers only)
    │   ├── TrustError                                      trust not settled; nothing was sent
    │   │   ├── CertificateUntrusted            certificate_untrusted
    │   │   │   ├── CertificateNameMismatch     certificate_name_mismatch   trusted chain, other names
    │   │   │   └── CertificateExpired          certificate_expired         outside its validity period
    │   │   └── CertificateChanged              certificate_changed
    │   ├── PinFileError                        pin_file
    │   ├── CredentialStoreError                keyring_failed
    │   │   ├── KeyringLocked                   keyring_locked
    │   │   └── KeyringUnavailable              keyring_unavailable
    │   │       └── KeyringInsecure             keyring_insecure
    │   ├── GaveUpWaiting                       gave_up
    │   └── InvalidTarget                       invalid_target
    ├── OSError
    │   └── TunnelFailure                       internal: the certificate check's CONNECT tunnel failed;
    │                                           :mod:`reconui.core.transport` turns it into ProxyFailure
    └── ValueError
        ├── UnusableSetting                     internal: a stored setting cannot be used; the settings
        │                                       schema logs it and uses the default
        ├── AddressError                        a typed address is malformed (core/address.py); callers
        │                                       turn it into InvalidTarget, ProxyFailure or a usage error
        └── LanguageTagError                    not a language tag (core/language_tag.py)

The appliance's error is typed from ``error_type`` (``/api``) or ``type`` (``/rest``); the HTTP status
is only a fallback, because status-only clients turn ``not_allowed_in_current_state`` into a vague
``invalid_request`` (docs/protocol.md §2.3).

A new error: a class here under the branch that says what failed, a ``code`` and a sentence in
:data:`reconui.core.error_texts.ERROR_TEXTS` (CONTRIBUTING.md has the full recipe).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, ClassVar

from reconui.core.error_texts import error_phrase
from reconui.core.phrases import Phrase
from reconui.core.sanitize import clean_line, clean_text

if TYPE_CHECKING:  # annotations only: models imports the address parser, which raises AddressError
    from reconui.core.models import ApiErrorBody, CertificateInfo, LocalizableMessage


class ReconError(Exception):
    """Base of every error the engine raises on purpose.

    Attributes:
        code: stable identifier, e.g. ``"feature_in_use"``.
        params: values for the sentence (never secrets).
        server_messages: the appliance's own messages, first = top level, rest = causes.
        detail: technical text for the log (exception class, errno …), never shown as the headline.
    """

    code: ClassVar[str] = "error"
    #: The catalog entry of the sentence; the code unless a subclass words it differently.
    text_key: ClassVar[str | None] = None
    #: True when waiting and retrying may help (services restarting, network blips).
    transient: ClassVar[bool] = False

    def __init__(
        self,
        params: Mapping[str, object] | None = None,
        *,
        server_messages: tuple[LocalizableMessage, ...] = (),
        detail: str = "",
    ) -> None:
        # Params and detail often quote what a server sent (a status line, a content type, an
        # exception text): sanitised here once, so every sentence is safe to print. A param may be
        # an engine reason (a Phrase): its values are sanitised, params keeps its English text.
        self.params: dict[str, str] = {}
        self.phrases: dict[str, Phrase] = {}
        for key, value in (params or {}).items():
            if isinstance(value, Phrase):
                self.phrases[key] = value.with_values(clean_line)
                self.params[key] = clean_line(self.phrases[key].english())
            else:
                self.params[key] = clean_line(str(value))
        self.server_messages = server_messages
        self.detail = clean_text(detail)
        super().__init__(self.sentence)

    def _text_key(self) -> str:
        return self.text_key or self.code

    @property
    def phrase(self) -> Phrase:
        """The error's catalog entry with its values: the window shows it translated."""
        return error_phrase(self._text_key(), {**self.params, **self.phrases})

    @property
    def sentence(self) -> str:
        """The plain-language English sentence for this error."""
        return self.phrase.english()

    def __str__(self) -> str:
        return self.sentence

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready description for reports and ``--json`` output."""
        return {
            "code": self.code,
            "params": dict(self.params),
            "sentence": self.sentence,
            "server_messages": [
                {"id": m.id, "default_message": m.default_message, "localized": m.localized}
                for m in self.server_messages
            ],
            "detail": self.detail,
        }


# --- The appliance answered with an error ---------------------------------------------------


class ApplianceError(ReconError):
    """The appliance answered with a (typed or untyped) error."""

    def __init__(
        self,
        params: Mapping[str, object] | None = None,
        *,
        http_status: int | None = None,
        body: ApiErrorBody | None = None,
        detail: str = "",
    ) -> None:
        self.http_status = http_status
        self.body = body
        merged: dict[str, object] = {"status": http_status if http_status is not None else "?"}
        merged.update(params or {})
        super().__init__(merged, server_messages=body.messages if body else (), detail=detail)


class Unauthenticated(ApplianceError):
    code = "unauthenticated"


class LoginRefused(Unauthenticated):
    """The first login of a run was refused: a wrong user name or password, not an expired session.

    Raised by :meth:`reconui.core.runner.JobRunner.connect`; a 401 later in the run stays
    :class:`Unauthenticated` (the session may then really have expired).
    """

    #: The stable code stays ``unauthenticated`` (scripts read it); only the sentence differs.
    text_key = "login_refused"


class Unauthorized(ApplianceError):
    code = "unauthorized"


class NotFound(ApplianceError):
    code = "not_found"


class FeatureInUse(ApplianceError):
    code = "feature_in_use"


class NotAllowedInCurrentState(ApplianceError):
    code = "not_allowed_in_current_state"


class InvalidArgument(ApplianceError):
    code = "invalid_argument"


class ServiceUnavailable(ApplianceError):
    """503/502/504, or ``service_unavailable``/``timed_out``: the services are (re)starting."""

    code = "service_unavailable"
    transient = True


class GenericApplianceError(ApplianceError):
    code = "error"


class RestoreNotSucceeded(NotAllowedInCurrentState):
    """The runner refuses to start because the restore job has not reported SUCCEEDED.

    Same code and sentence as the appliance's own ``not_allowed_in_current_state`` (it is the rule the
    appliance enforces), raised before anything is sent, with the restore ``state`` as a param.
    """

    def __init__(self, state: str, params: Mapping[str, object] | None = None) -> None:
        super().__init__({"state": state, **(params or {})},
                         detail=f"restore state is {state}, not SUCCEEDED; create not sent")


class RestoreInProgress(RestoreNotSucceeded):
    """Nothing was started: the restore job is still INPROGRESS and the caller chose not to wait.

    Raised by the runner before anything is sent; ``progress`` is the restore's percentage.
    """

    code = "restore_in_progress"

    def __init__(self, progress: int | None, *, server_messages: tuple[LocalizableMessage, ...] = ()) -> None:
        super().__init__("INPROGRESS", {"progress": "?" if progress is None else progress})
        self.server_messages = server_messages


class RestoreFailed(RestoreNotSucceeded):
    """Nothing was started: the restore job FAILED. Its own messages travel as ``server_messages``."""

    code = "restore_failed"

    def __init__(self, *, server_messages: tuple[LocalizableMessage, ...] = ()) -> None:
        super().__init__("FAILED")
        self.server_messages = server_messages


#: error_type discriminator (upper case) -> class. Unknown types become GenericApplianceError.
_BY_ERROR_TYPE: dict[str, type[ApplianceError]] = {
    "UNAUTHENTICATED": Unauthenticated,
    "UNAUTHORIZED": Unauthorized,
    "NOT_FOUND": NotFound,
    "OPERATION_NOT_FOUND": NotFound,
    "FEATURE_IN_USE": FeatureInUse,
    "RESOURCE_BUSY": FeatureInUse,
    "RESOURCE_IN_USE": FeatureInUse,
    "NOT_ALLOWED_IN_CURRENT_STATE": NotAllowedInCurrentState,
    "INVALID_ARGUMENT": InvalidArgument,
    "SERVICE_UNAVAILABLE": ServiceUnavailable,
    "TIMED_OUT": ServiceUnavailable,
}

_BY_STATUS: dict[int, type[ApplianceError]] = {
    401: Unauthenticated,
    403: Unauthorized,
    404: NotFound,
    502: ServiceUnavailable,
    503: ServiceUnavailable,
    504: ServiceUnavailable,
}


def error_type_of(body: ApiErrorBody | None) -> str | None:
    """The discriminator of an error body: ``error_type``, else derived from the canonical id."""
    if body is None:
        return None
    if body.error_type:
        return body.error_type.upper()
    if body.type_id:
        # com.vmware.vapi.std.errors.not_allowed_in_current_state -> NOT_ALLOWED_IN_CURRENT_STATE
        return body.type_id.rsplit(".", 1)[-1].upper()
    return None


def appliance_error(http_status: int | None, body: ApiErrorBody | None, *, detail: str = "") -> ApplianceError:
    """Build the typed error for an appliance answer: by error type first, HTTP status second."""
    cls: type[ApplianceError] | None = None
    discriminator = error_type_of(body)
    if discriminator is not None:
        cls = _BY_ERROR_TYPE.get(discriminator)
    if cls is None and discriminator is None and http_status is not None:
        cls = _BY_STATUS.get(http_status)
    return (cls or GenericApplianceError)(http_status=http_status, body=body, detail=detail)


# --- The network or TLS failed ---------------------------------------------------------------


class TransportError(ReconError):
    """No usable answer arrived. Most of these are worth waiting out during a service restart."""

    code = "connection"
    transient = True


class DnsError(TransportError):
    code = "dns"


class ConnectionRefused(TransportError):
    code = "refused"


class ConnectionReset(TransportError):
    code = "reset"


class RequestTimeout(TransportError):
    code = "timeout"


class TlsError(TransportError):
    """The TLS handshake failed for a reason other than trust (reset mid-handshake, protocol)."""

    code = "tls"


class CertificateVerificationFailed(TlsError):
    """The handshake failed because the presented certificate is not the trusted one.

    Still a :class:`TlsError` (code ``tls``) for anyone who only knows the contract's classes; the
    client catches this subclass to look at what the server now presents and, when the certificate
    has changed, raise the much clearer ``CertificateChanged``. Not transient: waiting does not
    make an untrusted certificate trusted, so a runner riding out outages must stop here.
    """

    transient = False


class CaFileError(TlsError):
    """The user's CA file cannot be used. Waiting will not fix it, unlike other TLS failures."""

    transient = False


class ProxyFailure(TransportError):
    code = "proxy"


class BadResponse(TransportError):
    """A body that is not JSON, or is truncated: a proxy error page or a restarting service."""

    code = "bad_response"


class ProtocolError(ReconError):
    """JSON of an unexpected shape. Raised by the parsers in :mod:`reconui.core.wire` only."""

    code = "protocol"


class TunnelFailure(OSError):
    """Our own HTTP CONNECT tunnel (see :mod:`reconui.core.tls`) was refused by the proxy.

    An ``OSError``, not a ReconError: it travels the same way socket errors do and
    :func:`reconui.core.transport.error_from_exception` turns it into :class:`ProxyFailure`.
    """

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


# --- Certificate trust -----------------------------------------------------------------------


class TrustError(ReconError):
    """Trust is not settled; nothing has been sent to the appliance."""

    def __init__(self, params: Mapping[str, object], *, certificate: CertificateInfo, detail: str = "") -> None:
        self.certificate = certificate
        super().__init__({"sha256": certificate.sha256, **params}, detail=detail)


class CertificateUntrusted(TrustError):
    """The chain is not trusted and no pin exists: the user must look at the fingerprint."""

    code = "certificate_untrusted"


class CertificateNameMismatch(CertificateUntrusted):
    """The chain is trusted, but the certificate's names do not cover the address typed.

    Typical: connecting by IP address to a certificate issued for the FQDN. The remedy is to connect
    by one of the names (``params["names"]``); pinning stays possible as a fallback.
    """

    code = "certificate_name_mismatch"


class CertificateExpired(CertificateUntrusted):
    """A certificate of the chain is outside its validity period (or this computer's clock is wrong)."""

    code = "certificate_expired"


class CertificateChanged(TrustError):
    """The host is pinned to another certificate: a hard stop, showing old and new fingerprints."""

    code = "certificate_changed"

    def __init__(self, params: Mapping[str, object], *, certificate: CertificateInfo, pinned_sha256: str) -> None:
        self.pinned_sha256 = pinned_sha256
        super().__init__({"pinned": pinned_sha256, **params}, certificate=certificate)


class PinFileError(ReconError):
    """The pin file exists but cannot be read or written.

    Never treated as "no pins": that would turn a changed-certificate hard stop into a mere
    question about an unknown certificate.
    """

    code = "pin_file"


# --- The password store (keyring) ---------------------------------------------------------------


class CredentialStoreError(ReconError):
    """A keyring operation failed (params ``store`` and ``action``). Never holds the password.

    A ReconError like the rest, although nothing here talks to the appliance: callers show the
    sentence and go on with the password in memory.
    """

    code = "keyring_failed"

    def _text_key(self) -> str:
        # One whole sentence per action ("could not read/save/delete the password"): a verb slotted
        # into a sentence cannot be translated.
        if type(self) is CredentialStoreError and self.params.get("action") in ("read", "save", "delete"):
            return f"keyring_failed_{self.params['action']}"
        return super()._text_key()


class KeyringLocked(CredentialStoreError):
    """The keyring (param ``store``) is locked; unlocking it would help."""

    code = "keyring_locked"


class KeyringUnavailable(CredentialStoreError):
    """There is no real keyring (headless Linux, an SSH session): passwords stay in memory."""

    code = "keyring_unavailable"


class KeyringInsecure(KeyringUnavailable):
    """The only keyring (param ``store``) keeps passwords in a file without protection: refused."""

    code = "keyring_insecure"


class UnusableSetting(ValueError):
    """A stored setting that its option cannot turn into its type; the text is a short reason.

    Internal to :mod:`reconui.core.settings_schema`, which logs it and falls back to the default.
    """


# --- The runner ------------------------------------------------------------------------------


class GaveUpWaiting(ReconError):
    """The appliance stayed unreachable for longer than the configured window."""

    code = "gave_up"


class InvalidTarget(ReconError):
    """The server address the user typed cannot be used."""

    code = "invalid_target"


# --- What people type ------------------------------------------------------------------------


class AddressError(ValueError):
    """A typed appliance or proxy address is malformed (raised by :mod:`reconui.core.address`).

    A ``ValueError``, not a ReconError: it is a verdict on a piece of text, which each caller turns
    into its own error (``InvalidTarget`` for the engine, a usage error for the CLI, a form error
    for the window).

    Attributes:
        phrase: why, a reason of :mod:`reconui.core.reason_texts` (the window shows it translated);
            it never contains the value itself.
        reason: the same in English.
        shown: the value as it may be displayed: control characters escaped, and everything
            before the last ``@`` (a user name and password) replaced by ``***``.
    """

    def __init__(self, value: str, reason: Phrase) -> None:
        self.phrase = reason
        self.reason = reason.english()
        text = clean_line(value)
        self.shown = "***@" + text.rpartition("@")[2] if "@" in text else text
        super().__init__(f"{self.shown}: {self.reason}")


class LanguageTagError(ValueError):
    """Not a language tag (:mod:`reconui.core.language_tag`); the message never repeats the value."""
