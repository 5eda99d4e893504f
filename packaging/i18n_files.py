"""reconui's translation files: refresh them (``bash packaging/dev.sh i18n``) and check them (``dev.sh test``).

Sources (``resources/i18n/reconui_<lang>.ts``, one per language vCenter ships besides English) are
extracted by ``pyside6-lupdate`` from an explicit list of files (:func:`source_files`; lupdate finds
nothing when pointed at a folder with ``-extensions py``), with ``-no-obsolete`` and
``-locations none`` so that a file changes only when a string does. The compiled ``.qm`` files are
committed in ``reconui/i18n/`` (package data: the same folder serves a checkout, a pip install and
the frozen bundle, see :func:`reconui.core.translations.qm_dir`); the check below proves they are
what ``pyside6-lrelease`` makes from the ``.ts`` files, the way ``resources_rc.py`` is checked.

``check`` fails (exit code 1, one line per problem) when

* a committed ``.ts`` differs from a fresh extraction (a string was added, changed or removed
  without ``bash packaging/dev.sh i18n``);
* an entry has the empty context (a call lupdate could not attribute: the window would never find
  its translation);
* an entry is unfinished (not translated yet);
* a translation's placeholders differ from its source's: ``%1``..``%9``, ``%n`` (in every plural
  form), ``{name}``, HTML tags, and the ``&`` of a keyboard mnemonic, or it has a brace that is no
  placeholder (``lrelease`` checks none of these);
* a ``.qm`` differs from a fresh ``lrelease`` of its ``.ts``, or is missing.

    python packaging/i18n_files.py update    # refresh the .ts files, then compile the .qm files
    python packaging/i18n_files.py check     # the checks above; silent when all is well
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "i18n"
QM_DIR = ROOT / "reconui" / "i18n"
#: The languages of the vSphere Client besides English (the source language).
LANGUAGES = ("de", "fr", "es", "it", "ja", "ko", "zh_CN", "zh_TW")

_PLACEHOLDER = re.compile(r"%L?[1-9]|%n|\{[A-Za-z_][A-Za-z0-9_]*\}|</?[A-Za-z][^<>]*>")
_MNEMONIC = re.compile(r"&(?!&)\S")


def source_files(root: Path = ROOT) -> list[Path]:
    """Every file whose strings are translated: the window, the app start and the core's catalogs.

    The core is listed whole: its catalog entries are found by their ``QT_TRANSLATE_NOOP`` marks, and
    nothing else in it looks like a translation call. The CLI and the simulator stay English.
    """
    files = [root / "reconui" / "app.py", root / "reconui" / "__main__.py"]
    files += sorted(p for p in (root / "reconui" / "ui").glob("*.py") if p.name != "resources_rc.py")
    files += sorted((root / "reconui" / "core").rglob("*.py"))
    return files


def ts_path(lang: str, folder: Path = TS_DIR) -> Path:
    return folder / f"reconui_{lang}.ts"


def qm_path(lang: str, folder: Path = QM_DIR) -> Path:
    return folder / f"reconui_{lang}.qm"


def _tool(name: str) -> str:
    """A Qt tool of the interpreter's environment (``.venv/bin/pyside6-lupdate``), else from PATH."""
    candidate = Path(sys.executable).parent / name
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials (bash packaging/dev.sh test sets up .venv)")
    return found


_EXTRACOMMENT = re.compile(r"\n[ \t]*<extracomment>(.*?)</extracomment>", re.S)


def _translator_comment(match: re.Match[str]) -> str:
    """Keep the ``Translators:`` part of a comment, drop the rest (see :func:`lupdate`)."""
    text = match.group(1)
    start = text.find("Translators:")
    return "" if start < 0 else match.group(0).replace(text, text[start:])


def lupdate(ts: Path, lang: str, sources: Sequence[Path]) -> None:
    """Extract the strings of ``sources`` into ``ts`` (created or merged: translations are kept).

    lupdate hands every ``#:`` comment since the previous string to the next string as a comment
    for translators, and this code base writes ``#:`` above attributes as their documentation too.
    Only the ``#: Translators: ...`` part is meant for translators; the rest is removed here.
    """
    subprocess.run([_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                    "-source-language", "en", "-target-language", lang, *map(str, sources), "-ts", str(ts)],
                   check=True, cwd=ROOT)
    ts.write_text(_EXTRACOMMENT.sub(_translator_comment, ts.read_text(encoding="utf-8")), encoding="utf-8")


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT)


def update(langs: Iterable[str] = LANGUAGES) -> None:
    """``bash packaging/dev.sh i18n``: refresh every ``.ts`` from the sources, then compile every ``.qm``."""
    TS_DIR.mkdir(parents=True, exist_ok=True)
    QM_DIR.mkdir(parents=True, exist_ok=True)
    sources = source_files()
    for lang in langs:
        lupdate(ts_path(lang), lang, sources)
        lrelease(ts_path(lang), qm_path(lang))


# --- Reading a .ts file ------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One message of a ``.ts`` file."""

    context: str
    source: str
    numerus: bool
    unfinished: bool
    forms: tuple[str, ...]  # the translation, or its plural forms


def entries(ts: Path) -> Iterator[Entry]:
    root = ET.parse(ts).getroot()  # noqa: S314  (our own committed files)
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            node = msg.find("translation")
            kind = node.get("type", "") if node is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            numerus = msg.get("numerus") == "yes"
            if node is None:
                forms: tuple[str, ...] = ()
            elif numerus:
                forms = tuple(form.text or "" for form in node.iter("numerusform"))
            else:
                forms = (node.text or "",)
            yield Entry(name, msg.findtext("source") or "", numerus, kind == "unfinished", forms)


def placeholders(text: str) -> list[str]:
    """The placeholders of ``text``, sorted: what a translation must keep."""
    return sorted(_PLACEHOLDER.findall(text))


def _stray_braces(text: str) -> int:
    return sum(text.count(brace) for brace in "{}") - 2 * len(re.findall(r"\{[A-Za-z_][A-Za-z0-9_]*\}", text))


def entry_problems(entry: Entry) -> list[str]:
    """What is wrong with one entry (context, finished, placeholders, mnemonic)."""
    where = f"[{entry.context or '<no context>'}] {entry.source!r}"
    if not entry.context:
        return [f"{where}: has no context (use translate(\"Context\", ...) or QT_TRANSLATE_NOOP(\"Context\", ...))"]
    if entry.unfinished or not entry.forms or not all(form.strip() for form in entry.forms):
        return [f"{where}: unfinished (not translated yet)"]
    problems = []
    want = [p for p in placeholders(entry.source) if p != "%n"]
    for form in entry.forms:
        got = [p for p in placeholders(form) if p != "%n"]
        if got != want:
            problems.append(f"{where}: translation {form!r} has placeholders {got}, the source {want}")
        if _stray_braces(form) != _stray_braces(entry.source):
            problems.append(f"{where}: translation {form!r} has a brace outside a {{name}} placeholder "
                            "(the window's str.format() would fail on it)")
        if entry.numerus and "%n" not in form:
            problems.append(f"{where}: plural form {form!r} lost %n")
        if bool(_MNEMONIC.search(entry.source)) != bool(_MNEMONIC.search(form)):
            problems.append(f"{where}: translation {form!r} must have a keyboard mnemonic (&) exactly when the "
                            "source has one")
    return problems


def ts_problems(ts: Path) -> list[str]:
    """Every problem of the entries of one ``.ts`` file, each line prefixed with the file name."""
    return [f"{ts.name}: {problem}" for entry in entries(ts) for problem in entry_problems(entry)]


# --- The check ---------------------------------------------------------------------------------


def stale(ts: Path, lang: str, sources: Sequence[Path]) -> bool:
    """True when a fresh extraction into a copy of ``ts`` would change it."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / ts.name
        shutil.copyfile(ts, fresh)
        lupdate(fresh, lang, sources)
        return fresh.read_bytes() != ts.read_bytes()


def qm_outdated(ts: Path, qm: Path) -> bool:
    """True when ``qm`` is missing or not what ``lrelease`` makes of ``ts`` now."""
    if not qm.is_file():
        return True
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / qm.name
        lrelease(ts, fresh)
        return fresh.read_bytes() != qm.read_bytes()


def check(langs: Iterable[str] = LANGUAGES) -> list[str]:
    """Every problem of the committed translation files (empty when all is well)."""
    sources = source_files()
    problems: list[str] = []
    for lang in langs:
        ts, qm = ts_path(lang), qm_path(lang)
        rel_ts, rel_qm = ts.relative_to(ROOT), qm.relative_to(ROOT)
        if not ts.is_file():
            problems.append(f"{rel_ts} is missing: run 'bash packaging/dev.sh i18n' and commit it")
            continue
        if stale(ts, lang, sources):
            problems.append(f"{rel_ts} is not up to date with the source: run 'bash packaging/dev.sh i18n' and "
                            "commit the .ts and .qm files")
        problems += ts_problems(ts)
        if qm_outdated(ts, qm):
            problems.append(f"{rel_qm} is not what lrelease makes of {rel_ts}: run 'bash packaging/dev.sh i18n' "
                            "and commit it")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("update", "check"))
    parser.add_argument("--lang", action="append", choices=LANGUAGES, help="only this language (repeatable)")
    args = parser.parse_args(argv)
    langs = tuple(args.lang or LANGUAGES)
    if args.command == "update":
        update(langs)
        return 0
    problems = check(langs)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"translation check: {len(problems)} problem(s) in resources/i18n and reconui/i18n", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
