"""The repository is self-contained: no file cites a document that is not in it, and every
``docs/… §N`` reference lands on a section that exists."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TEXT_SUFFIXES = {".py", ".md", ".sh", ".toml", ".txt", ".cfg", ".ini", ".qrc", ""}
#: Words that named documents outside the repository.
FOREIGN = re.compile(r"dossier|field notes|style guide|/work/shared|\.\./shared", re.IGNORECASE)


_NOT_SOURCE = {".git", ".venv", "build", "dist", "__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache",
               ".hypothesis"}


def _tracked_text_files() -> list[Path]:
    """The repository's text files: git's list in a checkout, else every file outside caches and builds."""
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT, capture_output=True,
                            text=True, check=False)
    if listed.returncode == 0:
        paths = [ROOT / name for name in listed.stdout.split()]
    else:  # an unpacked archive, not a checkout
        paths = [p for p in ROOT.rglob("*") if not _NOT_SOURCE & set(p.relative_to(ROOT).parts)]
    files = [p for p in paths if p.suffix in TEXT_SUFFIXES]
    return [p for p in files if p.is_file() and p.name != "resources_rc.py" and p != Path(__file__).resolve()]


def _sections(doc: str) -> set[str]:
    """``1``, ``1.2`` ... from ``## 1. Title`` / ``### 1.2 Title`` headings and ``| 9.3 |`` table rows."""
    numbers = set(re.findall(r"^#{2,4} (\d+(?:\.\d+)*)\.? ", doc, re.MULTILINE))
    numbers |= set(re.findall(r"^\| (\d+\.\d+) \|", doc, re.MULTILINE))
    return numbers


@pytest.fixture(scope="module")
def files() -> list[Path]:
    found = _tracked_text_files()
    assert len(found) > 50
    return found


def test_no_file_names_a_document_outside_the_repository(files: list[Path]) -> None:
    offenders = [f"{p.relative_to(ROOT)}:{n}" for p in files
                 for n, line in enumerate(p.read_text(encoding="utf-8", errors="replace").splitlines(), 1)
                 if FOREIGN.search(line)]
    assert offenders == []


def test_every_cited_docs_file_exists(files: list[Path]) -> None:
    cited = {m for p in files for m in re.findall(r"docs/[\w./-]+\.md", p.read_text(encoding="utf-8",
                                                                                        errors="replace"))}
    assert cited, "nothing cites docs/ at all?"
    assert sorted(c for c in cited if not (ROOT / c).is_file()) == []


def test_every_section_reference_resolves(files: list[Path]) -> None:
    protocol = _sections((ROOT / "docs/protocol.md").read_text(encoding="utf-8"))
    users = set(re.findall(r"^(\d+)\. \*\*", (ROOT / "docs/users.md").read_text(encoding="utf-8"), re.MULTILINE))
    gui = set(re.findall(r"\*\*(GUI-\d+) ", (ROOT / "docs/architecture.md").read_text(encoding="utf-8")))
    broken = []
    for p in files:
        text = p.read_text(encoding="utf-8", errors="replace")
        for doc, number in re.findall(r"docs/(protocol|users)\.md`?\s*\(?(?:§|its §)(\d+(?:\.\d+)*)", text):
            if number not in (protocol if doc == "protocol" else users):
                broken.append(f"{p.relative_to(ROOT)}: docs/{doc}.md §{number}")
        if "docs/protocol.md" in text and p.suffix == ".py":
            # Bare "§N" in a module that cites docs/protocol.md refers to it.
            broken += [f"{p.relative_to(ROOT)}: §{n}" for n in re.findall(r"§(\d+(?:\.\d+)*)", text)
                       if n not in protocol]
        broken += [f"{p.relative_to(ROOT)}: {g}" for g in re.findall(r"docs/architecture\.md (GUI-\d+)", text)
                   if g not in gui]
    assert broken == []
