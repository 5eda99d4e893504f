"""The Windows installer's file lists: the uninstaller removes exactly what the installer wrote."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("nsis_lists", ROOT / "packaging" / "windows" / "nsis_lists.py")
assert _spec is not None and _spec.loader is not None
nsis_lists = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(nsis_lists)


def _payload(tmp_path: Path) -> Path:
    payload = tmp_path / "payload"
    for rel in ("reconui.exe", "reconui-cli.exe", "_internal/python311.dll",
                "_internal/PySide6/plugins/platforms/qwindows.dll", "_internal/übersetzung.txt"):
        (payload / rel).parent.mkdir(parents=True, exist_ok=True)
        (payload / rel).write_text(rel, encoding="utf-8")
    (payload / "_internal" / "empty").mkdir()
    return payload


def test_every_installed_file_is_deleted_and_only_folders_it_made_are_removed(tmp_path: Path) -> None:
    payload = _payload(tmp_path)
    count, _folders = nsis_lists.write_lists(payload, tmp_path / "lists")
    install = (tmp_path / "lists" / "install-files.nsh").read_text(encoding="utf-8").splitlines()
    uninstall = (tmp_path / "lists" / "uninstall-files.nsh").read_text(encoding="utf-8").splitlines()
    assert count == 5
    installed = {Path(re.fullmatch(r'File "(.+)"', ln).group(1)).relative_to(payload.resolve()).as_posix()
                 for ln in install if ln.startswith("File ")}
    deleted = {re.fullmatch(r'Delete "\$INSTDIR\\(.+)"', ln).group(1).replace("\\", "/")
               for ln in uninstall if ln.startswith("Delete ")}
    assert installed == deleted == {p.relative_to(payload).as_posix() for p in payload.rglob("*") if p.is_file()}
    assert not any("/r" in ln.split('"')[0] for ln in uninstall), "never a recursive RMDir"
    removed = [ln for ln in uninstall if ln.startswith("RMDir ")]
    depths = [ln.count("\\") for ln in removed]
    assert depths == sorted(depths, reverse=True), "deepest folders first"
    assert 'RMDir "$INSTDIR\\_internal\\empty"' in removed
    # Every file is written after the SetOutPath of its own folder.
    folder = None
    for ln in install:
        if ln.startswith("SetOutPath"):
            folder = ln
        else:
            rel = Path(re.fullmatch(r'File "(.+)"', ln).group(1)).relative_to(payload.resolve()).parent
            expected = "$INSTDIR" + ("\\" + "\\".join(rel.parts) if rel.parts else "")
            assert folder == f'SetOutPath "{expected}"'
