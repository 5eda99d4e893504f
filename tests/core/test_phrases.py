"""The one catalog (core/phrases.py and its tables): complete, every placeholder provided, English and translated alike.

The window translates the very entries the CLI prints, so a sentence whose placeholder no caller
fills would show ``{name}`` to a user in every language. These tests read the engine's source to
find every place that picks a catalog entry with literal values, and check the values against the
entry's placeholders.
"""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from reconui.core import errors
from reconui.core.ca_file import CA_FILE_TEXTS
from reconui.core.check_texts import CHECK_TEXTS, check_phrase, check_sentence
from reconui.core.error_texts import ERROR_TEXTS
from reconui.core.next_steps import NEXT_STEPS
from reconui.core.phrases import Phrase, fill, joined
from reconui.core.reason_texts import REASON_TEXTS, name, reason
from reconui.core.secrets import KEYRING_TEXTS

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted((ROOT / "reconui").rglob("*.py"))


def _placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


def _calls() -> list[tuple[Path, ast.Call]]:
    found = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                found.append((path, node))
    return found


CALLS = _calls()


def _func_name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _literal_keys(node: ast.expr) -> set[str] | None:
    """The keys of a dict literal with constant keys; None for anything else (not checkable here)."""
    if isinstance(node, ast.Dict) and all(isinstance(k, ast.Constant) for k in node.keys):
        return {k.value for k in node.keys if isinstance(k, ast.Constant)}
    return None


def _where(path: Path, call: ast.Call) -> str:
    return f"{path.relative_to(ROOT)}:{call.lineno}"


def _error_classes() -> dict[str, type[errors.ReconError]]:
    seen: dict[str, type[errors.ReconError]] = {}
    todo: list[type[errors.ReconError]] = [errors.ReconError]
    while todo:
        cls = todo.pop()
        seen[cls.__name__] = cls
        todo.extend(cls.__subclasses__())
    return seen


def test_every_error_code_has_a_sentence_and_a_next_step() -> None:
    for cls in _error_classes().values():
        assert cls.code in ERROR_TEXTS, cls
        assert (cls.text_key or cls.code) in ERROR_TEXTS, cls
        assert cls.code in NEXT_STEPS, cls


def test_every_error_built_with_literal_params_fills_its_sentence() -> None:
    classes = _error_classes()
    checked = 0
    for path, call in CALLS:
        cls = classes.get(_func_name(call))
        if cls is None or not call.args:
            continue
        keys = _literal_keys(call.args[0])
        if keys is None:
            continue
        # Params the classes add themselves.
        if issubclass(cls, errors.ApplianceError):
            keys |= {"status"}
        if issubclass(cls, errors.TrustError):
            keys |= {"sha256"}
        if issubclass(cls, errors.CertificateChanged):
            keys |= {"pinned"}
        template = ERROR_TEXTS[cls.text_key or cls.code]
        if cls is errors.CredentialStoreError:
            template = ERROR_TEXTS["keyring_failed_read"]
        missing = _placeholders(template) - keys
        assert not missing, f"{_where(path, call)}: {cls.__name__} leaves {missing} of its sentence empty"
        checked += 1
    assert checked >= 25


def test_every_reason_is_in_the_catalog_with_its_placeholders() -> None:
    checked = 0
    for path, call in CALLS:
        function = _func_name(call)
        if function == "reason":
            id_node, given = call.args[0], {k.arg for k in call.keywords}
        elif function == "_fail" and len(call.args) >= 2:
            id_node, given = call.args[1], {k.arg for k in call.keywords} | {"where"}
        elif function == "name" and path.name != "test_phrases.py" and call.args:
            id_node, given = call.args[0], set()
        else:
            continue
        if not isinstance(id_node, ast.Constant):
            continue  # reason_texts.reason() itself
        assert id_node.value in REASON_TEXTS, f"{_where(path, call)}: unknown reason {id_node.value!r}"
        missing = _placeholders(REASON_TEXTS[id_node.value]) - given
        assert not missing, f"{_where(path, call)}: reason {id_node.value!r} without {missing}"
        checked += 1
    assert checked >= 50


def test_every_check_text_picked_with_literal_params_fills_its_placeholders() -> None:
    # (function, index of the code, index of the params)
    pickers = {"check_sentence": (0, 1), "check_phrase": (0, 1), "check_text": (0, 1),
               "HealthItem": (4, 5), "HealthVerdict": (2, 3)}
    checked = 0
    for path, call in CALLS:
        function = _func_name(call)
        if function not in pickers:
            continue
        code_at, params_at = pickers[function]
        if len(call.args) <= code_at or not isinstance(call.args[code_at], ast.Constant):
            continue
        code = call.args[code_at].value
        assert code in CHECK_TEXTS, f"{_where(path, call)}: unknown check text {code!r}"
        keys = _literal_keys(call.args[params_at]) if len(call.args) > params_at else set()
        if keys is None:
            continue
        template = CHECK_TEXTS[code]
        missing = _placeholders(template) - keys - ({"count"} if "%n" in template else set())
        assert not missing, f"{_where(path, call)}: check text {code!r} without {missing}"
        if "%n" in template:
            assert "count" in keys, f"{_where(path, call)}: {code!r} counts params['count']"
        checked += 1
    assert checked >= 15


@pytest.mark.parametrize("table", [ERROR_TEXTS, NEXT_STEPS, CHECK_TEXTS, REASON_TEXTS, KEYRING_TEXTS, CA_FILE_TEXTS])
def test_every_template_is_well_formed(table: dict[str, str]) -> None:
    for key, template in table.items():
        assert template.strip() == template and template, key
        _placeholders(template)  # raises on a broken brace


def test_english_fills_nested_phrases_and_counts() -> None:
    inner = reason("not_object", where=name("the_answer"), type="array")
    outer = Phrase("Errors", ERROR_TEXTS["protocol"], {"reason": inner})
    assert outer.english() == ("The appliance's answer did not have the expected form: "
                               "the answer must be an object, got array")
    assert check_sentence("partners_ok", {"count": "2"}) == "2 replication link(s), every partner reachable."
    assert check_phrase("partners_ok", {"count": "2"}).count == 2
    assert joined([name("the_answer"), name("session_token")]).english() == "the answer session token"


def test_render_translates_each_level_and_passes_the_count() -> None:
    seen: list[tuple[str, str, int]] = []

    def translate(context: str, template: str, n: int) -> str:
        seen.append((context, template, n))
        return "T:" + template.replace("%n", str(n))

    phrase = Phrase("Errors", ERROR_TEXTS["protocol"], {"reason": reason("missing", where="status")})
    assert phrase.render(translate) == "T:The appliance's answer did not have the expected form: T:status is missing"
    assert [c for c, _, _ in seen] == ["Reasons", "Errors"]
    attention = check_phrase("verdict_attention", {"count": "3"}).render(translate)
    assert attention.startswith("T:Needs attention: 3 problem")


def test_values_from_a_server_are_sanitised_inside_a_reason() -> None:
    error = errors.ProtocolError({"reason": reason("not_object", where="a\x1b[31mb", type="array")})
    assert "\x1b" not in error.sentence
    assert "\x1b" not in error.phrase.render(lambda _c, t, _n: t)


def test_fill_never_raises() -> None:
    assert fill("{host} {", {"host": "x"}) == "{host} {"
    assert fill("{missing}", {}) == "{missing}"
    assert fill("{0}", {}) == "{0}"
