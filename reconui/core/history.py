"""Past runs, read from the reports folder: when, which appliance, how it ended, how long.

Every run leaves a JSON report (:mod:`reconui.core.report`), so the folder *is* the history; no
second database to keep in step. Unreadable or foreign files are skipped, never fatal.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reconui.core import paths, wire
from reconui.core.errors import ProtocolError
from reconui.core.report import REPORT_FORMAT
from reconui.core.summary import format_duration, outcome_key

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PastRun:
    """One report in the folder."""

    started_at: datetime | None
    host: str
    outcome: str
    duration: str
    simulated: bool
    json_path: Path
    html_path: Path | None


def read_run(path: Path) -> PastRun | None:
    """The run described by one JSON report, or None when it is not a readable reconui report."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        logger.info("Skipping unreadable report %s", path.name)
        return None
    if not isinstance(data, dict) or data.get("format") != REPORT_FORMAT:
        return None
    try:
        started = wire.parse_datetime(data.get("started_at"))
    except ProtocolError:
        started = None
    target = data.get("target") or {}
    html = path.with_suffix(".html")
    options = data.get("options") or {}
    seconds = data.get("duration_seconds")
    return PastRun(
        started_at=started,
        host=str(target.get("address") or "?"),
        outcome=outcome_key(data),
        duration=format_duration(seconds if isinstance(seconds, int | float) else None),
        simulated=bool(options.get("simulator_scenario")),
        json_path=path,
        html_path=html if html.exists() else None,
    )


def past_runs(directory: Path | None = None) -> list[PastRun]:
    """Every readable report in ``directory`` (default the reports folder), newest first."""
    folder = Path(directory) if directory is not None else paths.reports_dir()
    try:
        files = sorted(folder.glob("reconui-*.json"))
    except OSError:
        return []
    runs = [run for run in (read_run(f) for f in files) if run is not None]
    runs.sort(key=lambda r: r.started_at.timestamp() if r.started_at else 0.0, reverse=True)
    return runs
