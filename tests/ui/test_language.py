"""The window's language: translators for one language, --language, locale formats, appliance messages.

The end-to-end test asks the simulator in German, as a window set to German does, and finds the
appliance's own German text in the job's messages (docs/protocol.md §4.3, §4.4).
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from pseudo_locale import compile_pseudo, is_pseudo
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from reconui.__main__ import USAGE_ERROR, build_parser
from reconui.core.models import LocalizableMessage, LocalizationParam
from reconui.simulator.catalog import CATALOGS
from reconui.ui import times
from reconui.ui.job_panel import JobState
from reconui.ui.language import UiLanguage, WindowRenderer, translated_catalog

AUTH = "com.vmware.vapi.endpoint.method.authentication.required"


@pytest.fixture(scope="module")
def pseudo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pseudo-own")
    compile_pseudo(folder)
    return folder


@pytest.fixture
def language(qapp: QApplication, pseudo_dir: Path):  # type: ignore[no-untyped-def]
    ui_language = UiLanguage(qapp, own_dirs=[str(pseudo_dir)])
    yield ui_language
    ui_language.apply("en")
    QLocale.setDefault(QLocale.c())


@pytest.mark.expected_warnings("reconui.ui.language")  # the pseudo folder has no reconui_ja.qm
def test_one_language_installs_reconuis_and_qts_translations_and_its_locale(language: UiLanguage) -> None:
    loaded = language.apply("ja")
    assert [Path(f).name for f in loaded] == ["qtbase_ja.qm"]  # the pseudo folder has reconui_de only
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert [b.text() for b in box.buttons()] == ["キャンセル"]
    assert QLocale().name() == "ja_JP" and language.accept_language == "ja-JP"

    loaded = language.apply("de")
    assert [Path(f).name for f in loaded] == ["qtbase_de.qm", "reconui_de.qm"]
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert is_pseudo(QCoreApplication.translate("MainWindow", "&File"))
    assert QLocale().name() == "de_DE"

    assert language.apply("en") == []
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_following_the_system_keeps_the_systems_formats(language: UiLanguage) -> None:
    language.apply("de", follow_system=True)
    assert QLocale() == QLocale.system()


@pytest.mark.expected_warnings("reconui.ui.language")
def test_a_missing_translation_file_is_logged_and_the_window_stays_english(qapp: QApplication, tmp_path: Path,
                                                                          caplog: pytest.LogCaptureFixture) -> None:
    ui_language = UiLanguage(qapp, own_dirs=[str(tmp_path)])
    try:
        loaded = ui_language.apply("ko")
        assert [Path(f).name for f in loaded] == ["qtbase_ko.qm"]
        assert "reconui_ko.qm" in caplog.text
    finally:
        ui_language.apply("en")


@pytest.mark.parametrize(("environment", "code"), [
    ({"LANG": "de_AT.UTF-8"}, "de"), ({"LC_ALL": "zh_HK.UTF-8"}, "zh_TW"), ({"LANG": "zh_SG.UTF-8"}, "zh_CN"),
    ({"LANG": "pt_BR.UTF-8"}, "en"), ({"LANG": "pt_BR.UTF-8", "LANGUAGE": "pt:ja"}, "ja"), ({"LANG": "C"}, "en"),
])
def test_the_system_language_is_the_first_shipped_one(environment: dict[str, str], code: str) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    out = subprocess.run([sys.executable, "-c", "from reconui.ui.language import system_language as s; "
                          "print(s())"], env={**env, **environment}, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == code


@pytest.mark.parametrize(("argument", "code"), [("de", "de"), ("zh-tw", "zh_TW"), ("JA", "ja")])
def test_language_for_one_run(argument: str, code: str) -> None:
    assert build_parser().parse_args(["--language", argument]).language == code
    assert build_parser().parse_args([]).language is None


def test_an_unknown_language_exits_with_the_usage_code_and_the_list(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        build_parser().parse_args(["--language", "pt"])
    assert stop.value.code == USAGE_ERROR == 2
    error = capsys.readouterr().err
    assert "not a language reconui ships; use one of en, de, fr, es, it, ja, ko, zh_CN, zh_TW" in error


def test_dates_and_times_follow_the_locale_and_name_the_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    moment = datetime(2024, 5, 3, 10, 4, 5, tzinfo=timezone.utc)
    monkeypatch.setenv("TZ", "UTC")
    import time
    time.tzset()
    try:
        QLocale.setDefault(QLocale.c())
        assert times.local_time(moment) == "2024-05-03 10:04:05 UTC"
        assert times.clock_time(moment, seconds=False) == "10:04 UTC"
        QLocale.setDefault(QLocale("de"))
        assert times.local_time(moment) == "03.05.24 10:04:05 UTC"
        QLocale.setDefault(QLocale("ja"))
        assert times.local_time(moment) == "2024/05/03 10:04:05 UTC"
        QLocale.setDefault(QLocale("en"))
        assert times.clock_time(moment) == "10:04:05\u202fAM UTC"
        assert times.message_datetime(moment, "SHORT_DATE") == "5/3/24 UTC"
        assert times.message_datetime(moment, "SHORT_TIME") == "10:04\u202fAM UTC"
    finally:
        QLocale.setDefault(QLocale.c())
        monkeypatch.delenv("TZ")
        time.tzset()


@pytest.mark.expected_warnings("reconui.ui.language")  # the pseudo folder has no reconui_ja.qm
def test_the_appliances_text_then_reconuis_template_then_the_english_default(language: UiLanguage) -> None:
    render = WindowRenderer(language).render
    language.apply("de")
    language.asked = "de-DE"
    localized = LocalizableMessage(id="ex.recon.started", default_message="Reconciliation started.",
                                   localized="Abgleich gestartet.")
    assert render(localized) == "Abgleich gestartet."
    runtime = LocalizableMessage(id=AUTH, default_message="Authentication required.")
    assert is_pseudo(render(runtime))  # reconui's own template, translated (the pseudo German here)
    assert AUTH in translated_catalog("de")._templates["de"]
    unknown = LocalizableMessage(id="ex.unknown", default_message="Something English.")
    assert render(unknown) == "Something English."

    # The session asked in German, then the window switched to Japanese: no German on a Japanese screen.
    language.apply("ja")
    assert render(localized) == "Reconciliation started."
    assert render(runtime) == "Authentication required."  # no Japanese reconui file in this test


def test_numbers_and_times_inside_messages_follow_the_window(language: UiLanguage) -> None:
    language.apply("de")
    msg = LocalizableMessage(id="ex.recon.sync", default_message="", params={
        "count": LocalizationParam(i=12345)}, localized=None)
    renderer = WindowRenderer(language).renderer()
    assert renderer.format_param(msg.params["count"]) == "12.345"
    moment = datetime(2024, 5, 3, 10, 4, 5, tzinfo=timezone.utc)
    assert renderer.format_param(LocalizationParam(dt=moment)) == times.local_time(moment)


def test_a_window_in_german_asks_the_appliance_in_german_and_shows_its_text(
        harness_factory, simulator_factory, language, qtbot):  # type: ignore[no-untyped-def]
    language.apply("de")
    sim = simulator_factory(duration=3.0)
    h = harness_factory(ui_language=language, trust_choice="once")
    h.start_job(sim)
    h.wait_job(JobState.SUCCEEDED, timeout=20000)
    assert language.asked == "de-DE"
    rows = {row[1]: row[2] for row in h.window.job_panel.messages.rows()}
    assert rows["ex.recon.sso.validated"] == CATALOGS["de"]["ex.recon.sso.validated"].replace(
        "{0}", sim.config.sso_user)
    assert rows["ex.recon.completed"].startswith("Abgleich nach ")  # the appliance's German, not English
