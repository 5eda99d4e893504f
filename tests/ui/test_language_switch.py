"""View → Language: the window is rebuilt in the new language and still shows the same job.

A pseudo translation stands in for German here (``pseudo_locale``): every translated text is
bracketed, so "now translated" is a fact the test can read off each widget, whatever the state of
the real translations.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pseudo_locale import compile_pseudo, is_pseudo
from PySide6.QtWidgets import QApplication

from reconui.core import settings_schema as keys
from reconui.core.events import JobFinished
from reconui.ui.job_panel import JobState
from reconui.ui.language import UiLanguage


@pytest.fixture(scope="module")
def pseudo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pseudo-i18n")
    compile_pseudo(folder)
    return folder


@pytest.fixture
def ui_language(qapp: QApplication, pseudo_dir: Path) -> UiLanguage:
    language = UiLanguage(qapp, own_dirs=[str(pseudo_dir)])
    language.apply("en")
    yield language
    language.apply("en")  # no translator may leak into the next test


def test_switching_language_while_a_job_runs_keeps_the_job_and_translates_it(
        harness_factory, simulator_factory, ui_language, qtbot):  # type: ignore[no-untyped-def]
    sim = simulator_factory(duration=6.0)
    h = harness_factory(ui_language=ui_language, trust_choice="once")
    h.start_job(sim)
    qtbot.waitUntil(lambda: h.window.job_panel.messages.rowCount() >= 2, timeout=10000)
    old_panel = h.window.job_panel
    ids_before = [row[1] for row in old_panel.messages.rows()]
    assert not is_pseudo(old_panel.badge.text())
    old_panel.filter_edit.setFocus()
    qtbot.waitUntil(old_panel.filter_edit.hasFocus)

    h.window.choose_language("de")

    panel = h.window.job_panel
    assert panel is not old_panel  # rebuilt, in the new language
    assert h.settings.get(keys.LANGUAGE) == "de"
    assert ui_language.code == "de" and any("reconui_de.qm" in f for f in ui_language.loaded)
    assert panel.state == JobState.RUNNING and panel.watching
    ids_after = [row[1] for row in panel.messages.rows()]
    assert ids_after[:len(ids_before)] == ids_before  # every message is still there, ids visible
    assert is_pseudo(panel.badge.text()) and is_pseudo(panel.title()) and is_pseudo(panel.detail.text())
    assert is_pseudo(h.window.connect_button.text()) and is_pseudo(h.window.connection_label.text())
    assert is_pseudo(h.window.menuBar().actions()[0].text())
    assert h.window.language_actions["de"].isChecked()
    assert QApplication.focusWidget() is panel.filter_edit  # the keyboard focus came along

    # The worker went on: the job ends in the rebuilt window, in the new language.
    h.wait_job(JobState.SUCCEEDED, timeout=20000)
    assert is_pseudo(h.window.job_panel.badge.text())
    h.wait_idle()
    assert sum(isinstance(e, JobFinished) for e in h.events) == 1

    h.window.choose_language("en")
    assert h.window.job_panel.badge.text() == "SUCCEEDED"
    assert h.window.job_panel.state == JobState.SUCCEEDED


def test_a_failed_job_keeps_its_next_step_and_error_details_across_a_switch(
        harness_factory, simulator_factory, ui_language):  # type: ignore[no-untyped-def]
    sim = simulator_factory(scenario="fail")
    h = harness_factory(ui_language=ui_language, trust_choice="once")
    h.fill(sim)
    h.connect()
    h.window.preflight_panel.start_button.click()
    h.wait_job(JobState.FAILED)
    h.wait_idle()
    before = h.window.job_panel
    rows, error_text, report = before.messages.rowCount(), before.error_box.text(), h.window._report_files

    h.window.choose_language("de")

    panel = h.window.job_panel
    assert panel.state == JobState.FAILED and panel.messages.rowCount() == rows
    assert is_pseudo(panel.badge.text()) and is_pseudo(panel.next_step_label.text())
    assert panel.next_step_label.isVisibleTo(h.window) and panel.error_frame.isVisibleTo(h.window)
    assert panel.error_box.text().count("[") == error_text.count("[")  # the same ids in the details
    assert h.window._report_files == report and panel.report_label.isVisibleTo(h.window)
    assert h.window.preflight_panel.isVisibleTo(h.window)


def test_the_typed_forms_survive_a_switch(harness_factory, simulator_factory, ui_language):  # type: ignore[no-untyped-def]
    sim = simulator_factory()
    h = harness_factory(ui_language=ui_language)
    h.fill(sim, password="typed-secret")
    h.window.credential_form.ignore_warnings.setChecked(True)

    h.window.choose_language("de")

    w = h.window
    assert w.connection_form.host_text() == sim.host and w.connection_form.port.value() == sim.port
    assert w.credential_form.vc_password.edit.text() == "typed-secret"
    assert w.credential_form.ignore_warnings.isChecked()
    assert is_pseudo(w.credential_form.ignore_warnings.text())
