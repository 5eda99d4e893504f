"""Private files (reconui/core/private_files.py): reports and logs are 0600 in 0700 folders."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from reconui.core.logging_setup import setup_logging, teardown_logging
from reconui.core.models import Target
from reconui.core.render import MessageRenderer
from reconui.core.report import RunReport


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_item12_reports_and_logs_are_0600_in_0700_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECONUI_HOME", str(tmp_path / "home"))
    old = os.umask(0o022)
    try:
        files = RunReport(target=Target("vcsa.example"), options={}, renderer=MessageRenderer()).write()
        log = setup_logging()
    finally:
        os.umask(old)
        teardown_logging()
    for path in (files.json, files.html, log):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    for folder in (files.json.parent, log.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
