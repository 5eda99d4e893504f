"""A pseudo translation of every extracted string, made at test time: longer, accented and bracketed.

``⟦Çöññéçţ ţö {address}ĺöŕé⟧``: each line of each source text is accented letter by letter, 40 %
longer (German and French run about that much longer than English) and put between ``⟦ ⟧``, so a
test can tell a translated text from one that never went through a translator (an unmarked string,
or a context at run time that differs from the extracted one). Placeholders (``{name}``, ``%n``,
``%1``, ``%p``), HTML tags, entities and ``&`` accelerators are kept as they are.

The strings come from ``pyside6-lupdate`` run over the sources now, not from a committed ``.ts``, so
the pseudo run always covers the code as it is; ``pyside6-lrelease`` compiles the result.
"""

from __future__ import annotations

import importlib.util
import math
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
OPEN, CLOSE = "⟦", "⟧"

_PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ACCENTED = "ȧƀçđéƒĝĥíĵķĺɱñöþʠŕšţüṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÜṼŴẊÝŽ"
_ACCENT = str.maketrans(_PLAIN, _ACCENTED)
#: Kept as they are: placeholders, Qt's %-arguments, tags, entities, accelerators' escapes.
_PROTECTED = re.compile(r"\{[A-Za-z0-9_]*\}|%L?[0-9n]|%p|<[^>]*>|&[a-zA-Z]+;|&#[0-9]+;|&&")
_FILLER = "ĺöŕéɱ íþšüɱ đöĺöŕ šíţ ȧɱéţ "


def source_files() -> list[Path]:
    """What ``pyside6-lupdate`` reads: the same list ``bash packaging/dev.sh i18n`` extracts from."""
    spec = importlib.util.spec_from_file_location("i18n_files", ROOT / "packaging" / "i18n_files.py")
    assert spec is not None and spec.loader is not None
    module = sys.modules.get("i18n_files") or importlib.util.module_from_spec(spec)
    sys.modules["i18n_files"] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    files: list[Path] = module.source_files(ROOT)
    return files


def pseudo_text(text: str) -> str:
    """One source text, pseudo-translated line by line."""
    lines = []
    for line in text.split("\n"):
        if not line.strip():
            lines.append(line)
            continue
        pieces: list[str] = []
        visible = 0
        last = 0
        for match in _PROTECTED.finditer(line):
            plain = line[last:match.start()]
            pieces.append(plain.translate(_ACCENT))
            visible += len(plain)
            pieces.append(match.group(0))
            last = match.end()
        plain = line[last:]
        pieces.append(plain.translate(_ACCENT))
        visible += len(plain)
        extra = math.ceil(visible * 0.4)
        filler = (_FILLER * (extra // len(_FILLER) + 1))[:extra]
        lines.append(OPEN + "".join(pieces) + filler + CLOSE)
    return "\n".join(lines)


def extract(ts_file: Path) -> Path:
    """``pyside6-lupdate`` over :func:`source_files` into ``ts_file`` (a fresh file)."""
    subprocess.run([str(BIN / "pyside6-lupdate"), *map(str, source_files()), "-ts", str(ts_file)],
                   check=True, capture_output=True, cwd=ROOT)
    return ts_file


def pseudo_ts(source: Path, target: Path, *, language: str = "de") -> int:
    """Write ``target``: every message of ``source`` with its pseudo translation; returns how many."""
    tree = ET.parse(source)  # noqa: S314 - lupdate's own output, just written
    root = tree.getroot()
    root.set("language", language)
    count = 0
    for message in root.iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.clear()
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for _form in range(2):  # German (the header's language) has two plural forms
                ET.SubElement(translation, "numerusform").text = pseudo_text(text)
        else:
            translation.text = pseudo_text(text)
        count += 1
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return count


def compile_pseudo(folder: Path, name: str = "reconui_de") -> Path:
    """Extract, pseudo-translate and compile into ``folder/<name>.qm``; returns the ``.qm``."""
    folder.mkdir(parents=True, exist_ok=True)
    extracted = extract(folder / "extracted.ts")
    translated = folder / f"{name}.ts"
    pseudo_ts(extracted, translated)
    qm = folder / f"{name}.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(translated), "-qm", str(qm)], check=True,
                   capture_output=True)
    return qm


def is_pseudo(text: str) -> bool:
    """The text went through the pseudo translation (it may carry data around the marked part)."""
    return OPEN in text and CLOSE in text
