"""The translation files' checker (packaging/i18n_files.py) and the committed .qm files themselves.

The checker must fail on each kind of broken ``.ts`` (lrelease itself accepts all of them), and the
compiled files must load and translate what their ``.ts`` says.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from reconui.core import translations

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("i18n_files", ROOT / "packaging" / "i18n_files.py")
assert _spec is not None and _spec.loader is not None
i18n_files = importlib.util.module_from_spec(_spec)
sys.modules["i18n_files"] = i18n_files  # its dataclass looks its module up while the class is made
_spec.loader.exec_module(i18n_files)

HEAD = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de">\n'


def _ts(tmp_path: Path, messages: str, context: str = "JobPanel") -> Path:
    path = tmp_path / "reconui_de.ts"
    path.write_text(f"{HEAD}<context>\n<name>{context}</name>\n{messages}</context>\n</TS>\n", encoding="utf-8")
    return path


def _message(source: str, translation: str) -> str:
    return f"<message><source>{source}</source><translation>{translation}</translation></message>\n"


def _plural(source: str, *forms: str) -> str:
    inner = "".join(f"<numerusform>{f}</numerusform>" for f in forms)
    return f'<message numerus="yes"><source>{source}</source><translation>{inner}</translation></message>\n'


def test_a_complete_file_with_its_placeholders_passes(tmp_path: Path) -> None:
    ts = _ts(tmp_path, _message("Report: {path}", "Bericht: {path}")
             + _message("&lt;b&gt;{host}&lt;/b&gt; is &amp;down", "&lt;b&gt;{host}&lt;/b&gt; ist &amp;weg")
             + _plural("%n run(s)", "%n Lauf", "%n Läufe"))
    assert i18n_files.ts_problems(ts) == []


@pytest.mark.parametrize(("messages", "context", "complaint"), [
    (_message("Report: {path}", "Bericht: {pfad}"), "JobPanel", "placeholders"),
    (_message("{host} on {port}", "{host}"), "JobPanel", "placeholders"),
    (_message("&lt;b&gt;Stop&lt;/b&gt;", "Halt"), "JobPanel", "placeholders"),
    (_message("Step %1 of %2", "Schritt %1"), "JobPanel", "placeholders"),
    (_plural("%n run(s)", "ein Lauf", "%n Läufe"), "JobPanel", "lost %n"),
    (_message("Stop &amp;monitoring", "Überwachung beenden"), "JobPanel", "mnemonic"),
    (_message("Report: {path}", "Bericht: {path} {"), "JobPanel", "brace"),
    (_message("Connected", "Verbunden"), "", "no context"),
    ('<message><source>Connected</source><translation type="unfinished"></translation></message>\n',
     "JobPanel", "unfinished"),
    ('<message><source>Connected</source><translation type="unfinished">Verbunden</translation></message>\n',
     "JobPanel", "unfinished"),
])
def test_each_kind_of_broken_entry_is_reported(tmp_path: Path, messages: str, context: str, complaint: str) -> None:
    problems = i18n_files.ts_problems(_ts(tmp_path, messages, context))
    assert len(problems) == 1
    assert complaint in problems[0]
    assert problems[0].startswith("reconui_de.ts: ")


def test_a_ts_behind_the_source_is_stale_and_a_qm_behind_its_ts_is_outdated(tmp_path: Path) -> None:
    source = tmp_path / "panel.py"
    source.write_text('translate("Panel", "Connected")\n', encoding="utf-8")
    ts = tmp_path / "reconui_de.ts"
    i18n_files.lupdate(ts, "de", [source])
    assert not i18n_files.stale(ts, "de", [source])
    source.write_text('translate("Panel", "Connected")\ntranslate("Panel", "Disconnected")\n', encoding="utf-8")
    assert i18n_files.stale(ts, "de", [source])

    qm = tmp_path / "reconui_de.qm"
    assert i18n_files.qm_outdated(ts, qm)  # missing
    i18n_files.lrelease(ts, qm)
    assert not i18n_files.qm_outdated(ts, qm)
    ts.write_text(ts.read_text(encoding="utf-8").replace(
        '<translation type="unfinished"></translation>', "<translation>Verbunden</translation>", 1), encoding="utf-8")
    assert i18n_files.qm_outdated(ts, qm)


def test_the_extraction_lists_the_window_the_app_and_the_core_catalogs() -> None:
    names = {p.relative_to(ROOT).as_posix() for p in i18n_files.source_files()}
    assert {"reconui/app.py", "reconui/ui/job_panel.py", "reconui/core/error_texts.py",
            "reconui/core/reason_texts.py", "reconui/core/check_texts.py", "reconui/core/next_steps.py"} <= names
    assert "reconui/ui/resources_rc.py" not in names
    assert not any(name.startswith(("reconui/cli/", "reconui/simulator/")) for name in names)


def test_the_languages_agree_with_the_runtime() -> None:
    assert i18n_files.LANGUAGES == translations.TRANSLATED_LANGUAGES
    assert i18n_files.QM_DIR == translations.qm_dir()


@pytest.mark.parametrize("lang", translations.TRANSLATED_LANGUAGES)
def test_each_committed_qm_loads_and_translates_what_its_ts_says(lang: str) -> None:
    translator = QTranslator()
    assert translator.load(str(translations.qm_path(lang))), lang
    finished = [e for e in i18n_files.entries(i18n_files.ts_path(lang)) if not e.unfinished and all(e.forms)]
    assert len(finished) >= 50, f"{lang}: only {len(finished)} translated entries"
    sample = finished[:: max(1, len(finished) // 40)]
    for entry in sample:
        if entry.numerus:
            got = translator.translate(entry.context, entry.source, None, 1)
            assert got in [form.replace("%n", "1") for form in entry.forms] or got == entry.forms[0], entry
        else:
            assert translator.translate(entry.context, entry.source) == entry.forms[0], entry
    contexts = {e.context for e in finished}
    assert {"Errors", "Reasons", "NextSteps", "Checks", "JobPanel", "MainWindow"} <= contexts


def test_update_then_check_agree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What ``dev.sh i18n`` writes, ``dev.sh test`` finds up to date (a copy of the repository's files)."""
    for folder in ("resources/i18n", "reconui/i18n"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    monkeypatch.setattr(i18n_files, "TS_DIR", tmp_path / "resources" / "i18n")
    monkeypatch.setattr(i18n_files, "QM_DIR", tmp_path / "reconui" / "i18n")
    monkeypatch.setattr(i18n_files, "ROOT", ROOT)
    i18n_files.update(["de"])
    ts = i18n_files.ts_path("de", tmp_path / "resources" / "i18n")
    assert not i18n_files.stale(ts, "de", i18n_files.source_files())
    assert not i18n_files.qm_outdated(ts, i18n_files.qm_path("de", tmp_path / "reconui" / "i18n"))


def test_only_translator_comments_reach_the_ts(tmp_path: Path) -> None:
    source = tmp_path / "panel.py"
    source.write_text('#: The size of the panel (an attribute\'s documentation).\nSIZE = 3\n'
                      '#: Translators: a job state\nA = translate("Panel", "RUNNING")\n'
                      'B = translate("Panel", "Connected")\n', encoding="utf-8")
    ts = tmp_path / "reconui_de.ts"
    i18n_files.lupdate(ts, "de", [source])
    text = ts.read_text(encoding="utf-8")
    assert "<extracomment>Translators: a job state</extracomment>" in text
    assert "documentation" not in text
    assert text.count("<extracomment>") == 1
    assert not i18n_files.stale(ts, "de", [source])
