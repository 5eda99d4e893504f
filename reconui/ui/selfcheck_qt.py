"""The Qt half of ``reconui --self-check``: Qt and PySide6 versions, platform plugin, resources, translations.

The platform plugin is probed in a **child process** (the same program with the hidden option
``--self-check-gui-probe``): when a library the xcb plugin needs is missing, Qt aborts the whole
process (SIGABRT) with a misleading "libxcb-cursor0 is needed" line. A self-check that dies that way
would be useless exactly when it is needed, so the parent survives, quotes what Qt said, and reports
the failure as a problem. Without any graphical session (plain SSH, a container) there is nothing to
probe: that is a warning, not a problem, since ``reconui-cli`` works there.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from reconui.core.selfcheck import SHIPPED_LANGUAGES, SelfCheck, is_frozen, languages_found, translation_dirs

#: The probe starts Qt and renders one icon; far below this even on a cold cache.
PROBE_TIMEOUT = 60.0


def _resource_entries(folder: str) -> list[str]:
    from PySide6.QtCore import QDir

    from reconui.ui import icons  # importing it registers the compiled resources (":/icons", ":/i18n")

    assert icons.RESOURCES_MODULE is not None
    return sorted(QDir(folder).entryList())


def qt_section(check: SelfCheck) -> dict[str, Any]:
    """Versions and where this Qt looks for its plugins and translations."""
    import PySide6
    from PySide6.QtCore import QLibraryInfo, qVersion

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    platforms = sorted(
        p.name.removeprefix("libq").removeprefix("q").split(".")[0]
        for p in (plugins / "platforms").glob("*") if p.suffix in (".so", ".dll", ".dylib")
    ) if (plugins / "platforms").is_dir() else []
    if not platforms:
        check.problems.append(f"no Qt platform plugin is installed (looked in {plugins / 'platforms'})")
    return {
        "qt": qVersion(),
        "pyside6": PySide6.__version__,
        "plugins": str(plugins),
        "platform_plugins_available": platforms,
        "translations": QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    }


def resources_section(check: SelfCheck) -> dict[str, Any]:
    """The icons compiled into the program (``:/icons``); none at all means a broken build."""
    names = [n.removesuffix(".svg") for n in _resource_entries(":/icons")]
    if "app" not in names:
        check.problems.append("the compiled icons (:/icons) are missing: the resources were not built in")
    return {"icons": len(names), "icon_names": names}


def translations_section(check: SelfCheck) -> dict[str, Any]:
    """Qt's ``qtbase_<lang>.qm`` and reconui's own ``reconui_<lang>.qm`` for the shipped languages."""
    from PySide6.QtCore import QLibraryInfo

    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qt_found = languages_found(qt_dir, "qtbase")
    qt_missing = [lang for lang in SHIPPED_LANGUAGES if lang not in qt_found]
    if qt_missing:
        check.warnings.append(f"Qt's own translations (qtbase_*.qm) are missing for: {', '.join(qt_missing)}")
    own_languages = tuple(lang for lang in SHIPPED_LANGUAGES if lang != "en")  # English is the source text
    in_resources = [lang for lang in own_languages if f"reconui_{lang}.qm" in _resource_entries(":/i18n")]
    on_disk: list[str] = []
    for folder in translation_dirs():
        on_disk += [lang for lang in languages_found(folder, "reconui", own_languages) if lang not in on_disk]
    return {
        "languages": list(SHIPPED_LANGUAGES),
        "qt_found": qt_found,
        "qt_missing": qt_missing,
        "reconui_compiled_in": in_resources,
        "reconui_files": on_disk,
        "reconui_file_dirs": [str(d) for d in translation_dirs()],
    }


def probe_command(result_file: Path) -> list[str]:
    """How to start this same program as the GUI probe (frozen: the executable itself)."""
    if is_frozen():
        return [sys.executable, f"--self-check-gui-probe={result_file}"]
    return [sys.executable, "-m", "reconui", f"--self-check-gui-probe={result_file}"]


def gui_probe(result_file: str) -> int:
    """Child side: start a QGuiApplication, render the app icon, write the findings as JSON.

    A file, not stdout: a windowed Windows program has no stdout even when its parent gives it a pipe.
    """
    from PySide6.QtGui import QGuiApplication, QImageReader

    from reconui.ui.icons import app_icon

    app = QGuiApplication(sys.argv[:1])
    formats = sorted(bytes(f.data()).decode("ascii", "replace") for f in QImageReader.supportedImageFormats())
    pixmap = app_icon().pixmap(64, 64)
    result = {
        "platform": app.platformName(),
        "screens": len(app.screens()),
        "image_formats": formats,
        "app_icon_renders": not pixmap.isNull(),
    }
    Path(result_file).write_text(json.dumps(result), encoding="utf-8")
    return 0


def _last_lines(text: str, count: int = 4) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return " / ".join(lines[-count:]) or "no message"


def platform_section(check: SelfCheck, no_display_reason: str | None) -> dict[str, Any]:
    """Start the platform plugin in a child process and report what it said."""
    requested = os.environ.get("QT_QPA_PLATFORM") or None
    section: dict[str, Any] = {"requested": requested, "plugin": None, "screens": 0, "svg": None,
                               "app_icon_renders": None}
    if no_display_reason:
        check.warnings.append("no graphical session: the desktop window cannot open here (reconui-cli works); "
                              "set QT_QPA_PLATFORM=offscreen to check Qt without a screen")
        section["detail"] = "not started: no DISPLAY or WAYLAND_DISPLAY"
        return section
    with tempfile.TemporaryDirectory(prefix="reconui-probe-") as folder:
        result_file = Path(folder) / "probe.json"
        try:
            done = subprocess.run(probe_command(result_file), capture_output=True, text=True,  # noqa: S603 (ours)
                                  timeout=PROBE_TIMEOUT, check=False, stdin=subprocess.DEVNULL)
        except (OSError, subprocess.TimeoutExpired) as exc:
            check.problems.append(f"the Qt platform probe could not run ({type(exc).__name__})")
            section["detail"] = str(exc)
            return section
        text = result_file.read_text(encoding="utf-8") if result_file.is_file() else ""
    if done.returncode != 0 or not text:
        why = _last_lines(done.stderr or "")
        check.problems.append(f"the Qt platform plugin {requested or '(default)'} did not start "
                              f"(exit code {done.returncode}): {why}")
        section["detail"] = why
        return section
    probe = json.loads(text)
    section.update(plugin=probe["platform"], screens=probe["screens"], svg="svg" in probe["image_formats"],
                   app_icon_renders=probe["app_icon_renders"])
    if not section["svg"]:
        check.problems.append("Qt's SVG image format plugin is missing: the icons cannot be drawn")
    if not probe["app_icon_renders"]:
        check.problems.append("the application icon does not render")
    warnings = [ln for ln in (done.stderr or "").splitlines() if "plugin" in ln.lower()]
    if warnings:
        check.warnings.append("Qt said: " + " / ".join(warnings[:3]))
    return section


def add_qt_sections(check: SelfCheck, no_display_reason: str | None) -> None:
    """Everything the self-check finds out with Qt, added to ``check``."""
    try:
        check.sections["qt"] = qt_section(check)
    except ImportError as exc:
        check.problems.append(f"Qt (PySide6) cannot be loaded: {exc}")
        return
    check.sections["platform"] = platform_section(check, no_display_reason)
    check.sections["resources"] = resources_section(check)
    check.sections["translations"] = translations_section(check)
