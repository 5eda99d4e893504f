"""MessageRenderer and MessageCatalog: docs/protocol.md §4.4, with fixed zones so the results are exact."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from reconui.core.message_catalog import BUILTIN_EN, MessageCatalog, language_chain
from reconui.core.models import LocalizableMessage, LocalizationParam, NestedMessage
from reconui.core.render import DATE_TIME_PATTERNS, MessageRenderer
from reconui.core.wire import parse_message

UTC = timezone.utc
BERLIN = ZoneInfo("Europe/Berlin")
#: The instant of the vAPI DateTimeFormat docstring examples, seen from Berlin in winter (UTC+1).
WINTER = datetime(2019, 1, 28, 11, 59, 1, tzinfo=UTC)
SUMMER = datetime(2024, 7, 1, 22, 30, 5, tzinfo=UTC)  # 00:30 CEST the next day in Berlin

STEP = LocalizableMessage(
    id="ex.recon.step",
    default_message="Starting services (3 of 12).",
    params={"done": LocalizationParam(i=3), "total": LocalizationParam(i=12)},
)

GERMAN = MessageCatalog(
    {
        "de": {
            "ex.recon.step": "Dienste werden gestartet ({done} von {total}).",
            "ex.partner": "Partner %s ist nicht erreichbar.",
            "ex.nested.count": "{count} Partner",
        },
        "en": {"ex.nested.count": "{count} partners", "ex.nested.only_en": "English only ({count})"},
    }
)


def renderer(**kwargs: object) -> MessageRenderer:
    kwargs.setdefault("tz", UTC)
    return MessageRenderer(**kwargs)  # type: ignore[arg-type]


# --- Precedence -------------------------------------------------------------------------------


def test_default_message_is_the_normal_path() -> None:
    assert renderer().render(STEP) == "Starting services (3 of 12)."


def test_localized_wins_over_catalog_and_default() -> None:
    msg = LocalizableMessage(id=STEP.id, default_message=STEP.default_message, params=STEP.params, localized="Schritt")
    assert renderer(language="de", catalog=GERMAN).render(msg) == "Schritt"


def test_blank_localized_is_ignored() -> None:
    msg = LocalizableMessage(id="x", default_message="Server text.", localized="  ")
    assert renderer().render(msg) == "Server text."


def test_catalog_template_in_the_renderers_language_with_named_params() -> None:
    assert renderer(language="de", catalog=GERMAN).render(STEP) == "Dienste werden gestartet (3 von 12)."
    assert renderer(language="de_DE", catalog=GERMAN).render(STEP) == "Dienste werden gestartet (3 von 12)."


def test_no_template_in_the_language_falls_back_to_default_message_not_to_english_catalog() -> None:
    msg = LocalizableMessage(id="ex.nested.only_en", default_message="Server English.", params={})
    assert renderer(language="de", catalog=GERMAN).render(msg) == "Server English."
    assert renderer(language="fr", catalog=GERMAN).render(STEP) == STEP.default_message


def test_empty_default_message_falls_back_to_english_catalog_then_id() -> None:
    msg = LocalizableMessage(id="ex.nested.only_en", default_message="", params={"count": LocalizationParam(i=2)})
    assert renderer(language="de", catalog=GERMAN).render(msg) == "English only (2)"
    assert renderer().render(LocalizableMessage(id="ex.unknown", default_message="")) == "ex.unknown"


def test_builtin_catalog_renders_runtime_messages() -> None:
    msg = LocalizableMessage(
        id="com.vmware.vapi.rest.operationsForUrlNotFound", default_message="", args=("/com/vmware/x",)
    )
    assert renderer().render(msg) == "Unable to find operations for URL: /com/vmware/x."
    auth = LocalizableMessage(id="com.vmware.vapi.endpoint.method.authentication.required", default_message="")
    assert renderer().render(auth) == "Authentication required."


def test_render_stack() -> None:
    messages = [
        LocalizableMessage(id="a", default_message="Reconciliation failed."),
        LocalizableMessage(id="b", default_message="Partner unreachable."),
        LocalizableMessage(id="c", default_message="", localized="Zeitüberschreitung."),
    ]
    assert renderer().render_stack(messages) == [
        "Reconciliation failed.",
        "caused by: Partner unreachable.",
        "caused by: Zeitüberschreitung.",
    ]
    assert renderer().render_stack([]) == []
    assert renderer().render_stack(tuple(messages[:1])) == ["Reconciliation failed."]


# --- Positional templates ---------------------------------------------------------------------


def positional(template: str, *args: str, language: str = "en") -> str:
    catalog = MessageCatalog({language: {"t": template}})
    msg = LocalizableMessage(id="t", default_message="DEFAULT", args=args)
    return renderer(language=language, catalog=catalog).render(msg)


@pytest.mark.parametrize(
    ("template", "args", "expected"),
    [
        ("Partner %s is not reachable.", ("vc02",), "Partner vc02 is not reachable."),
        ("%s of %s", ("3", "12"), "3 of 12"),
        ("%2$s before %1$s", ("a", "b"), "b before a"),
        ("%1$s and %1$s", ("x",), "x and x"),
        ("%d items", ("12345",), "12345 items"),
        ("%,d items", ("12345",), "12,345 items"),
        ("%d items", ("many",), "many items"),
        ("{0} / {1}", ("a", "b"), "a / b"),
        ("{1} {5}", ("a", "b"), "b {5}"),
        ("100%% done by %s", ("me",), "100% done by me"),
        ("%.1f%%", ("99.94",), "99.9%"),
        ("[%5s|%-3s]", ("ab", "c"), "[   ab|c  ]"),
        ("%S!", ("loud",), "LOUD!"),
        ("at %tc", ("2019-01-28T11:59:01.000Z",), "at 2019-01-28 11:59"),
        ("no placeholders", (), "no placeholders"),
        ("trailing %", (), "trailing %"),
    ],
)
def test_positional_templates(template: str, args: tuple[str, ...], expected: str) -> None:
    assert positional(template, *args) == expected


def test_positional_grouping_uses_the_language_separators() -> None:
    assert positional("%,d Dateien", "1234567", language="de") == "1.234.567 Dateien"
    assert positional("%.2f", "1234.5", language="de") == "1234,50"


@pytest.mark.parametrize("template", ["%s and %s", "%3$s", "%0$s", "%d", "%.2f"])
def test_missing_positional_args_degrade_to_default_message(template: str) -> None:
    assert positional(template) == "DEFAULT"


def test_out_of_range_index_degrades_to_default_message() -> None:
    assert positional("%3$s", "a", "b") == "DEFAULT"
    assert positional("%s and %s", "a") == "DEFAULT"


# --- Named templates --------------------------------------------------------------------------


def named(template: str, params: dict[str, LocalizationParam], language: str = "en") -> str:
    catalog = MessageCatalog({language: {"t": template}})
    msg = LocalizableMessage(id="t", default_message="DEFAULT", params=params)
    return renderer(language=language, catalog=catalog).render(msg)


def test_unknown_named_tokens_stay_visible() -> None:
    assert named("{a} and {b} and {}", {"a": LocalizationParam(s="x")}) == "x and {b} and {}"


def test_named_template_with_odd_braces_does_not_raise() -> None:
    assert named("{a}} {{a} {", {"a": LocalizationParam(s="x")}) == "x} {x {"


def test_positional_template_for_a_message_with_params_needs_args() -> None:
    """A printf template met by a params-only message shows the server text, not a raw ``%s``."""
    assert named("Unable to find operations for URL: %s.", {"url": LocalizationParam(s="/x")}) == "DEFAULT"
    assert named("No placeholders.", {"url": LocalizationParam(s="/x")}) == "No placeholders."


def test_named_values_are_not_reinterpreted_as_templates() -> None:
    assert named("{a}", {"a": LocalizationParam(s="{b} %s"), "b": LocalizationParam(s="no")}) == "{b} %s"


# --- format_param -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "grouping", "value", "expected"),
    [
        ("en", True, 12345, "12,345"),
        ("en-US", True, 1234567, "1,234,567"),
        ("de", True, 12345, "12.345"),
        ("de-AT", True, -1234567, "-1.234.567"),
        ("ja", True, 12345, "12,345"),
        ("zh-CN", True, 12345, "12,345"),
        ("fr", True, 12345, "12\u202f345"),
        ("xx", True, 12345, "12,345"),  # unknown language: English separators
        ("en", True, 999, "999"),
        ("en", False, 12345, "12345"),
        ("de", False, -12345, "-12345"),
        ("en", True, 0, "0"),
    ],
)
def test_integers(language: str, grouping: bool, value: int, expected: str) -> None:
    assert renderer(language=language, grouping=grouping).format_param(LocalizationParam(i=value)) == expected


@pytest.mark.parametrize(
    ("language", "value", "precision", "expected"),
    [
        ("en", 3.14159, None, "3.14"),
        ("en", 3.14159, 0, "3"),
        ("en", 3.14159, 4, "3.1416"),
        ("de", 3.14159, 4, "3,1416"),
        ("en", 1234567.891, None, "1,234,567.89"),
        ("de", 1234567.891, None, "1.234.567,89"),
        ("fr", 1234.5, 1, "1\u202f234,5"),
        ("en", -2.5, 1, "-2.5"),
        ("en", -0.001, None, "0.00"),
        ("en", 2.0, -3, "2"),  # a negative precision is treated as 0
        ("en", 1.0, 99, "1." + "0" * 20),  # precision is capped
        ("en", float("nan"), None, "NaN"),
        ("en", float("-inf"), None, "-∞"),
    ],
)
def test_doubles(language: str, value: float, precision: int | None, expected: str) -> None:
    param = LocalizationParam(d=value, precision=precision)
    assert renderer(language=language).format_param(param) == expected


def test_doubles_without_grouping() -> None:
    assert renderer(language="de", grouping=False).format_param(LocalizationParam(d=1234.5)) == "1234,50"


def test_string_and_empty_params() -> None:
    assert renderer().format_param(LocalizationParam(s="vc02.example.com")) == "vc02.example.com"
    assert renderer().format_param(LocalizationParam(s="")) == ""
    assert renderer().format_param(LocalizationParam()) == ""
    assert renderer().format_param(LocalizationParam(format="LONG_TIME", precision=3)) == ""


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("SHORT_DATE", "2019-01-28"),
        ("MED_DATE", "2019 Jan 28"),
        ("LONG_DATE", "2019 Jan 28"),
        ("FULL_DATE", "2019 Jan 28, Mon"),
        ("SHORT_TIME", "12:59"),
        ("MED_TIME", "12:59:01"),
        ("LONG_TIME", "12:59:01 CET"),
        ("FULL_TIME", "12:59:01 CET"),
        ("SHORT_DATE_TIME", "2019-01-28 12:59"),
        ("MED_DATE_TIME", "2019 Jan 28 12:59:01"),
        ("LONG_DATE_TIME", "2019 Jan 28 12:59:01 CET"),
        ("FULL_DATE_TIME", "2019 Jan 28, Mon 12:59:01 CET"),
        (None, "2019-01-28 12:59"),
        ("SHORT_DATETIME", "2019-01-28 12:59"),  # the vAPI docstring's spelling
        ("long_time", "12:59:01 CET"),
        ("NO_SUCH_FORMAT", "2019-01-28 12:59"),
        ("", "2019-01-28 12:59"),
    ],
)
def test_datetime_formats_in_berlin(fmt: str | None, expected: str) -> None:
    assert renderer(tz=BERLIN).format_param(LocalizationParam(dt=WINTER, format=fmt)) == expected


def test_every_documented_format_has_a_pattern() -> None:
    assert len(DATE_TIME_PATTERNS) == 12


def test_datetime_summer_time_and_day_change_in_berlin() -> None:
    r = renderer(tz=BERLIN)
    assert r.format_param(LocalizationParam(dt=SUMMER, format="FULL_DATE_TIME")) == "2024 Jul 02, Tue 00:30:05 CEST"


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("SHORT_DATE_TIME", "2019-01-28 11:59"),
        ("LONG_TIME", "11:59:01 UTC"),
        ("FULL_DATE_TIME", "2019 Jan 28, Mon 11:59:01 UTC"),
    ],
)
def test_datetime_in_utc(fmt: str, expected: str) -> None:
    assert renderer(tz=UTC).format_param(LocalizationParam(dt=WINTER, format=fmt)) == expected


def test_zone_without_alphabetic_abbreviation_shows_the_offset() -> None:
    india = timezone(timedelta(hours=5, minutes=30))
    assert renderer(tz=india).format_param(LocalizationParam(dt=WINTER, format="LONG_TIME")) == "17:29:01 +0530"
    sao_paulo = ZoneInfo("America/Sao_Paulo")  # tzname() is "-03"
    assert renderer(tz=sao_paulo).format_param(LocalizationParam(dt=SUMMER, format="LONG_TIME")) == "19:30:05 -0300"


def test_default_zone_is_the_machines_local_zone() -> None:
    local = WINTER.astimezone()
    expected = f"{local:%Y-%m-%d %H:%M}"
    assert MessageRenderer().format_param(LocalizationParam(dt=WINTER)) == expected


def test_naive_datetime_is_taken_as_utc() -> None:
    naive = datetime(2019, 1, 28, 11, 59, 1)
    assert renderer(tz=BERLIN).format_param(LocalizationParam(dt=naive, format="MED_TIME")) == "12:59:01"


def test_nested_message_uses_the_catalog() -> None:
    param = LocalizationParam(l=NestedMessage(id="ex.nested.count", params={"count": LocalizationParam(i=1200)}))
    assert renderer(language="de", catalog=GERMAN).format_param(param) == "1.200 Partner"
    assert renderer(language="en", catalog=GERMAN).format_param(param) == "1,200 partners"


def test_nested_message_falls_back_to_english_template_then_id() -> None:
    only_en = LocalizationParam(l=NestedMessage(id="ex.nested.only_en", params={"count": LocalizationParam(i=2)}))
    assert renderer(language="de", catalog=GERMAN).format_param(only_en) == "English only (2)"
    unknown = LocalizationParam(l=NestedMessage(id="ex.nested.unknown"))
    assert renderer(catalog=GERMAN).format_param(unknown) == "ex.nested.unknown"


def test_nested_message_inside_a_rendered_template() -> None:
    msg = LocalizableMessage(
        id="ex.outer",
        default_message="Waiting for 3 partners.",
        params={
            "what": LocalizationParam(l=NestedMessage(id="ex.nested.count", params={"count": LocalizationParam(i=3)}))
        },
    )
    catalog = MessageCatalog({"de": {"ex.nested.count": "{count} Partner", "ex.outer": "Warte auf {what}."}})
    assert renderer(language="de", catalog=catalog).render(msg) == "Warte auf 3 Partner."


def test_self_referencing_nested_template_terminates() -> None:
    catalog = MessageCatalog({"en": {"loop": "[{p}]"}})
    param = LocalizationParam(s="end")
    for _ in range(40):
        param = LocalizationParam(l=NestedMessage(id="loop", params={"p": param}))
    text = renderer(catalog=catalog).format_param(param)
    assert text.startswith("[[[") and "loop" in text


def test_rendering_a_parsed_rest_message() -> None:
    msg = parse_message(
        {
            "id": "ex.recon.step",
            "default_message": "Starting services (3 of 12).",
            "args": [],
            "params": [{"key": "done", "value": {"i": 3}}, {"key": "total", "value": {"i": 12}}],
        }
    )
    assert renderer(language="de-DE", catalog=GERMAN).render(msg) == "Dienste werden gestartet (3 von 12)."


# --- Never raise ------------------------------------------------------------------------------


def test_render_never_raises_on_malformed_models() -> None:
    weird = LocalizableMessage(id="t", default_message="Fallback.", args=None, params="nope")  # type: ignore[arg-type]
    catalog = MessageCatalog({"en": {"t": "%s {x}"}})
    assert renderer(catalog=catalog).render(weird) == "Fallback."
    assert renderer().render(object()) == ""  # type: ignore[arg-type]
    assert renderer().render_stack(None) == []  # type: ignore[arg-type]


def test_format_param_never_raises_on_absurd_values() -> None:
    assert renderer().format_param(LocalizationParam(i=10**5000)) == ""
    assert renderer().format_param(LocalizationParam(d="x")) == ""  # type: ignore[arg-type]
    far = datetime(9999, 12, 31, 23, 59, tzinfo=UTC)
    # In a zone east of UTC this instant is beyond datetime.max: shown in UTC instead of failing.
    assert MessageRenderer().format_param(LocalizationParam(dt=far)).startswith("9999-12-31")
    assert renderer(tz=ZoneInfo("Asia/Tokyo")).format_param(LocalizationParam(dt=far)) == "9999-12-31 23:59"
    assert renderer(tz=UTC).format_param(LocalizationParam(dt=far)) == "9999-12-31 23:59"


# --- MessageCatalog ---------------------------------------------------------------------------


def test_builtin_catalog() -> None:
    catalog = MessageCatalog.builtin()
    assert catalog.lookup("en", "com.vmware.vapi.endpoint.method.authentication.required") == "Authentication required."
    assert catalog.lookup("en-GB", "com.vmware.vapi.rest.operationsForUrlNotFound") == (
        "Unable to find operations for URL: %s."
    )
    assert catalog.lookup("de", "com.vmware.vapi.endpoint.method.authentication.required") is None
    assert len(catalog) == len(BUILTIN_EN)


def test_language_chain() -> None:
    assert language_chain("de_DE") == ["de-de", "de"]
    assert language_chain("zh-Hant-TW") == ["zh-hant-tw", "zh-hant", "zh"]
    assert language_chain("") == []


def test_a_catalog_with_a_language_beside_the_builtin_english() -> None:
    catalog = MessageCatalog({"en": BUILTIN_EN, "de": {"ex.partner": "Partner %s ist nicht erreichbar."}})
    assert catalog.lookup("de-CH", "ex.partner") == "Partner %s ist nicht erreichbar."
    assert catalog.lookup("en", "vapi.method.authentication.required") == "This method requires authentication."
    msg = LocalizableMessage(id="ex.partner", default_message="Partner vc02 is not reachable.", args=("vc02",))
    assert renderer(language="de", catalog=catalog).render(msg) == "Partner vc02 ist nicht erreichbar."


def test_a_catalog_copies_its_templates() -> None:
    templates = {"en": {"x": "y"}}
    catalog = MessageCatalog(templates)
    templates["en"]["x"] = "changed later"
    assert catalog.lookup("en", "x") == "y"  # a renderer shared across threads never sees a change
