"""Write the NSIS install and uninstall lists for a payload folder (the frozen Windows bundle).

    python packaging/windows/nsis_lists.py PAYLOAD OUTDIR   ->  OUTDIR/install-files.nsh, uninstall-files.nsh

The uninstaller deletes exactly the files the installer wrote, then the folders it created (deepest
first, and only when empty), never ``RMDir /r $INSTDIR``: an installer pointed at an existing folder
(say ``C:\\Tools``) must not take the user's other files with it when it is removed.
Standard library only, so the Windows CI job and the wine test run it with any Python.
"""

from __future__ import annotations

import sys
from pathlib import Path, PureWindowsPath


def _win(relative: Path) -> str:
    return str(PureWindowsPath(*relative.parts)) if relative.parts else ""


def write_lists(payload: Path, outdir: Path) -> tuple[int, int]:
    files = sorted(p for p in payload.rglob("*") if p.is_file())
    folders = sorted({p.parent.relative_to(payload) for p in files} | {d.relative_to(payload) for d in
                     payload.rglob("*") if d.is_dir()}, key=lambda p: (len(p.parts), str(p)))
    install, uninstall = [], []
    for folder in folders:
        rel = _win(folder)
        install.append(f'SetOutPath "$INSTDIR{chr(92) + rel if rel else ""}"')
        for file in (f for f in files if f.parent.relative_to(payload) == folder):
            install.append(f'File "{file.resolve()}"')
    for file in files:
        uninstall.append(f'Delete "$INSTDIR\\{_win(file.relative_to(payload))}"')
    for folder in sorted((f for f in folders if f.parts), key=lambda p: -len(p.parts)):
        uninstall.append(f'RMDir "$INSTDIR\\{_win(folder)}"')
    outdir.mkdir(parents=True, exist_ok=True)
    (outdir / "install-files.nsh").write_text("\n".join(install) + "\n", encoding="utf-8")
    (outdir / "uninstall-files.nsh").write_text("\n".join(uninstall) + "\n", encoding="utf-8")
    return len(files), len(folders)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: nsis_lists.py PAYLOAD OUTDIR", file=sys.stderr)
        return 2
    count, folders = write_lists(Path(argv[0]), Path(argv[1]))
    print(f"{count} files in {folders} folders listed for NSIS")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
