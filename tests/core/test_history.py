"""Past runs come from the reports folder (issue 11, item 8)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from fakes import succeeded

from reconui.core.events import JobFinished
from reconui.core.history import past_runs
from reconui.core.models import Target
from reconui.core.render import MessageRenderer
from reconui.core.report import RunReport

from .test_report import T0


def _write(folder: Path, host: str, minutes: int, **options: object) -> None:
    start = T0 + timedelta(minutes=minutes)
    report = RunReport(target=Target(host, 443), options=dict(options), renderer=MessageRenderer(),
                       now=lambda: start)
    report.record(JobFinished(at=start, info=succeeded()))
    report.set_outcome("succeeded", exit_code=0)
    report.write(folder)


def test_runs_are_listed_newest_first_with_host_outcome_and_duration(tmp_path: Path) -> None:
    _write(tmp_path, "vcsa01.example.com", 0)
    _write(tmp_path, "vcsa02.example.com", 10, simulator_scenario="ok")
    (tmp_path / "reconui-garbage.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "reconui-other.json").write_text('{"format": "something-else"}', encoding="utf-8")
    runs = past_runs(tmp_path)
    assert [r.host for r in runs] == ["vcsa02.example.com:443", "vcsa01.example.com:443"]
    assert runs[0].outcome == "succeeded" and runs[0].simulated and not runs[1].simulated
    assert runs[0].html_path is not None and runs[0].html_path.exists()
    assert runs[0].duration


def test_a_missing_folder_is_an_empty_history(tmp_path: Path) -> None:
    assert past_runs(tmp_path / "nope") == []
