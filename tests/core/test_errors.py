"""The error tree: every kind the issue names exists, has a stable code and a sentence in the one catalog,
and appliance errors are typed from ``error_type``/``type`` before the HTTP status."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from reconui.core import errors
from reconui.core.error_texts import ERROR_TEXTS
from reconui.core.models import ApiErrorBody, LocalizableMessage

#: The issue's list, in its words -> the class and its stable code.
APPLIANCE_KINDS = {
    "unauthenticated": (errors.Unauthenticated, "unauthenticated"),
    "unauthorized": (errors.Unauthorized, "unauthorized"),
    "not found": (errors.NotFound, "not_found"),
    "feature in use": (errors.FeatureInUse, "feature_in_use"),
    "not allowed in current state": (errors.NotAllowedInCurrentState, "not_allowed_in_current_state"),
    "invalid argument": (errors.InvalidArgument, "invalid_argument"),
    "service unavailable": (errors.ServiceUnavailable, "service_unavailable"),
    "generic error": (errors.GenericApplianceError, "error"),
}
TRANSPORT_KINDS = {
    "DNS": (errors.DnsError, "dns"),
    "refused": (errors.ConnectionRefused, "refused"),
    "reset": (errors.ConnectionReset, "reset"),
    "timeout": (errors.RequestTimeout, "timeout"),
    "TLS": (errors.TlsError, "tls"),
    "non-JSON or truncated body": (errors.BadResponse, "bad_response"),
}


def _all_subclasses(cls: type) -> set[type]:
    found = set()
    for sub in cls.__subclasses__():
        found |= {sub, *_all_subclasses(sub)}
    return found


@pytest.mark.parametrize("kind", list(APPLIANCE_KINDS) + list(TRANSPORT_KINDS))
def test_every_kind_the_issue_names_exists_with_its_code(kind: str) -> None:
    cls, code = {**APPLIANCE_KINDS, **TRANSPORT_KINDS}[kind]
    assert issubclass(cls, errors.ReconError)
    assert cls.code == code
    if kind in TRANSPORT_KINDS:
        assert issubclass(cls, errors.TransportError) and cls.transient  # worth riding out during a restart


def test_every_engine_error_code_has_a_sentence_in_the_catalog() -> None:
    classes = _all_subclasses(errors.ReconError) | {errors.ReconError}
    engine = {c for c in classes if c.__module__.startswith("reconui.core")}
    assert len(engine) >= 30
    missing = sorted(f"{c.__module__}.{c.__name__} ({c.code})" for c in engine if c.code not in ERROR_TEXTS)
    assert missing == []


def _is_engine_error(name: str) -> bool:
    known = getattr(errors, name.rsplit(".", 1)[-1], None)
    return isinstance(known, type) and issubclass(known, BaseException)


def _exception_classes_defined_in(path: Path) -> list[str]:
    """Public classes in ``path`` whose bases name an error or exception (``...Error``, ``Exception`` ...)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
            bases = [ast.unparse(base) for base in node.bases]
            if any(b.endswith(("Error", "Exception", "Failed", "Failure")) or _is_engine_error(b) for b in bases):
                found.append(node.name)
    return found


def test_the_whole_tree_lives_in_one_module() -> None:
    core = Path(errors.__file__).parent
    elsewhere = {p.name: names for p in sorted(core.glob("*.py")) if p.name != "errors.py"
                 if (names := _exception_classes_defined_in(p))}
    assert elsewhere == {}


def test_the_docstring_diagram_shows_every_class() -> None:
    defined = _exception_classes_defined_in(Path(errors.__file__))
    assert len(defined) >= 30
    diagram = errors.__doc__ or ""
    assert [name for name in defined if f"── {name}" not in diagram] == []


@pytest.mark.parametrize(("error_type", "status", "expected"), [
    ("NOT_ALLOWED_IN_CURRENT_STATE", 400, errors.NotAllowedInCurrentState),
    ("FEATURE_IN_USE", 400, errors.FeatureInUse),
    ("INVALID_ARGUMENT", 400, errors.InvalidArgument),
    ("UNAUTHORIZED", 400, errors.Unauthorized),  # vcsim's helper uses 400 for it
    ("SERVICE_UNAVAILABLE", 500, errors.ServiceUnavailable),
    ("NOT_FOUND", 500, errors.NotFound),
    ("SOMETHING_NEW", 404, errors.GenericApplianceError),  # a type we do not know beats the status
])
def test_the_error_type_wins_over_the_status(error_type: str, status: int, expected: type) -> None:
    body = ApiErrorBody(error_type, (LocalizableMessage("ex.id", "Server text."),))
    error = errors.appliance_error(status, body)
    assert type(error) is expected
    assert error.server_messages[0].default_message == "Server text."  # the server's own words travel along
    assert error.params["status"] == str(status)
    assert error.sentence == str(error) and "{" not in error.sentence


@pytest.mark.parametrize(("status", "expected"), [
    (401, errors.Unauthenticated), (403, errors.Unauthorized), (404, errors.NotFound),
    (502, errors.ServiceUnavailable), (503, errors.ServiceUnavailable), (504, errors.ServiceUnavailable),
    (500, errors.GenericApplianceError), (400, errors.GenericApplianceError),
])
def test_the_status_is_only_the_fallback(status: int, expected: type) -> None:
    assert type(errors.appliance_error(status, None)) is expected


def test_rest_type_id_is_the_discriminator_when_error_type_is_missing() -> None:
    body = ApiErrorBody(None, (), type_id="com.vmware.vapi.std.errors.not_allowed_in_current_state")
    assert type(errors.appliance_error(400, body)) is errors.NotAllowedInCurrentState
