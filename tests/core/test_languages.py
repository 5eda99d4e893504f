"""The nine languages: locale names and typed codes to one of them, and what the appliance is asked."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconui.core.language_tag import check_language_tag
from reconui.core.languages import LANGUAGE_CODES, LANGUAGES, accept_language, from_locale, native_name, parse_language
from reconui.core.selfcheck import SHIPPED_LANGUAGES


@pytest.mark.parametrize(("name", "code"), [
    ("de_DE.UTF-8", "de"), ("de_AT", "de"), ("fr-CA", "fr"), ("es_MX", "es"), ("it_IT@euro", "it"),
    ("ja_JP", "ja"), ("ko-KR", "ko"), ("en_GB", "en"),
    ("zh_CN", "zh_CN"), ("zh", "zh_CN"), ("zh-Hans-SG", "zh_CN"), ("zh_SG", "zh_CN"),
    ("zh_TW", "zh_TW"), ("zh-Hant", "zh_TW"), ("zh_HK", "zh_TW"), ("zh-Hant-HK", "zh_TW"), ("zh_MO", "zh_TW"),
    ("pt_BR", "en"), ("pt", "en"), ("C", "en"), ("POSIX", "en"), ("", "en"), ("C.UTF-8", "en"),
])
def test_a_locale_becomes_one_of_the_nine(name: str, code: str) -> None:
    assert from_locale(name) == code


@given(st.text(max_size=40))
def test_any_locale_name_gives_a_shipped_language(name: str) -> None:
    assert from_locale(name) in LANGUAGE_CODES


@pytest.mark.parametrize(("typed", "code"), [("de", "de"), ("DE", "de"), ("zh-tw", "zh_TW"), ("zh_cn", "zh_CN"),
                                            (" ja ", "ja"), ("en", "en")])
def test_a_typed_code_is_read_in_any_spelling(typed: str, code: str) -> None:
    assert parse_language(typed) == code


@pytest.mark.parametrize("typed", ["pt", "zh", "de-DE", "", "x" * 300, "de\r\nX: y"])
def test_an_unknown_code_is_refused_with_the_list(typed: str) -> None:
    with pytest.raises(ValueError, match="zh_TW") as caught:
        parse_language(typed)
    assert str(caught.value) == "not a language reconui ships; use one of " + ", ".join(LANGUAGE_CODES)


def test_every_language_asks_the_appliance_with_a_valid_tag_and_has_its_own_name() -> None:
    assert LANGUAGE_CODES == SHIPPED_LANGUAGES
    assert len(LANGUAGES) == 9
    for language in LANGUAGES:
        assert check_language_tag(accept_language(language.code)) == language.tag
        assert accept_language(language.code).split("-")[0] == language.code.split("_")[0]
        assert native_name(language.code) == language.native
    assert native_name("de") == "Deutsch" and native_name("ja") == "日本語" and native_name("zh_TW") == "繁體中文"
    assert accept_language("pt") == "en-US"
