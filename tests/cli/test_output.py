"""What reconui-cli prints (reconui/cli/output.py): for people or as JSON lines, times in the local zone,
a next step after every failure and the shared summary."""

from __future__ import annotations

import base64
import io
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile import API_JOB, TOKEN, HostileAppliance, Reply, job_info, json_body

from reconui import cli
from reconui.core import paths

from .conftest import (
    PASSWORD,
    SSO_PASSWORD,
    SSO_USER,
    USER,
    ScriptedTerminal,
    command_args,
    report_files,
    run_against,
    server,
)


@pytest.mark.expected_warnings("reconui.core.runner")
def test_human_output(run_cli, cli_sim) -> None:
    sim = cli_sim("restart")
    args = [a for a in command_args(sim, "run", "--json") if a != "--json"]
    result = run_cli(*args)
    assert result.code == 0
    assert "Connected to 127.0.0.1" in result.out
    assert "waiting for appliance services (until " in result.out
    assert "[ex.recon." in result.out  # messages with their id
    assert "Result: SUCCEEDED (100%)" in result.out
    report_line = next(line for line in result.out.splitlines() if line.startswith("Report: "))
    html_path = Path(report_line.split()[1])
    assert html_path.is_file() and html_path.parent == paths.reports_dir()
    progress = [line for line in result.out.splitlines() if line.startswith("RUNNING")]
    assert len(progress) == len(set(progress))  # one line per change when not on a terminal
    assert "\r" not in result.out


def test_json_lines_are_complete_objects(run_cli, cli_sim) -> None:
    sim = cli_sim("ok")
    result = run_cli(*command_args(sim, "run", "--json"))
    assert result.events[:3] == ["connected", "preflight_done", "job_started"]
    # After the job: one event per health check round, then the verdict, then the final line.
    assert result.events[-4:] == ["job_finished", "health_checked", "health_verdict_reached", "final"]
    updates = result.of("job_updated")
    assert updates and all("at" in u and u["info"]["status"] in ("RUNNING", "SUCCEEDED") for u in updates)
    assert any(m["text"] for u in updates for m in u["new_messages"])
    assert result.final["info"]["progress"] == 100
    assert result.final["report"].endswith(".json")


def test_progress_line_is_redrawn_on_a_terminal(run_cli, cli_sim) -> None:
    class TtyOutput(io.StringIO):
        def isatty(self) -> bool:
            return True

    sim = cli_sim("ok")
    term = ScriptedTerminal(tty=False)
    term.out = TtyOutput()
    result = run_cli("run", "--server", server(sim), "--user", USER, "--sso-user", SSO_USER,
                     "--thumbprint", sim.sha256, term=term)
    assert result.code == 0
    assert result.out.count("\r\033[K") > 3  # redrawn in place, and cleared before each message
    assert "\r\033[K[ex.recon." in result.out
    assert "Result: SUCCEEDED" in result.out


@pytest.fixture
def in_berlin(monkeypatch) -> Iterator[None]:
    """The machine's local zone is Europe/Berlin for this test (TZ + tzset, undone afterwards)."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    try:
        yield
    finally:
        monkeypatch.undo()
        time.tzset()


def test_human_output_shows_times_in_the_local_zone(run_cli, cli_sim, in_berlin) -> None:
    sim = cli_sim("ok")
    shown = run_cli("cert", "--server", server(sim))
    (valid,) = [line for line in shown.out.splitlines() if "Valid:" in line]
    assert re.search(r"\d\d:\d\d:\d\d CES?T to .* CES?T$", valid), valid
    assert "Z " not in valid and not valid.endswith("Z")
    assert run_cli(*command_args(sim, "run", "--json")).code == 0
    human = run_cli(*[a for a in command_args(sim, "run", "--json") if a != "--json"])
    (previous,) = [line for line in human.out.splitlines() if line.startswith("Previous job:")]
    assert re.search(r", ended \d{4} \w{3} \d\d \d\d:\d\d:\d\d CES?T\.$", previous), previous
    report_html = Path(re.search(r"Report: (\S+\.html)", human.out).group(1)).read_text(encoding="utf-8")
    assert re.search(r"\d\d:\d\d:\d\d CES?T", report_html)


@pytest.mark.expected_warnings("reconui.core.runner", "reconui.core.tls")
def test_a_refusal_ends_with_what_to_do_now_and_the_summary(run_cli, cli_sim) -> None:
    sim = cli_sim("in_use")
    result = run_cli(*command_args(sim))
    assert result.code == 4
    assert "What to do now: Wait for the running backup" in result.err
    assert "Outcome: ERROR" in result.out and "What to do next: Wait for the running backup" in result.out


@pytest.mark.expected_warnings("reconui.core.runner", "reconui.core.tls")
def test_a_failed_job_ends_with_its_next_step(run_cli, cli_sim) -> None:
    sim = cli_sim("warnings")
    result = run_cli(*command_args(sim))
    assert result.code == 1
    assert "What to do next:" in result.out and "“Ignore warnings”" in result.out


@pytest.mark.expected_warnings("reconui.core.runner", "reconui.core.tls")
def test_the_waiting_deadline_names_its_zone(run_cli, cli_sim) -> None:
    import re
    from datetime import datetime

    sim = cli_sim("restart")
    result = run_cli(*command_args(sim))
    zone = datetime.now().astimezone().tzname()
    assert re.search(rf"waiting for appliance services \(until \d\d:\d\d {re.escape(zone or '')}\)", result.out)


@pytest.mark.expected_warnings("reconui.core.runner", "reconui.core.tls")
def test_a_first_wrong_password_is_not_called_an_expired_session(run_cli, cli_sim, monkeypatch) -> None:
    sim = cli_sim("ok")
    monkeypatch.setenv("RECONUI_PASSWORD", "not-the-password")
    result = run_cli(*command_args(sim))
    assert result.code == 3
    assert "did not accept the user name and password" in result.err
    assert "expired" not in result.err


class StrictUtf8Out(io.StringIO):
    """A stdout that, like a real UTF-8 terminal or pipe, cannot take a lone surrogate."""

    def write(self, text: str) -> int:
        text.encode("utf-8")
        return super().write(text)


@pytest.mark.parametrize("mode", ["human", "json"])
def test_item1_a_lone_surrogate_is_printed_and_reported_escaped(run_cli, home: Path, appliance: HostileAppliance,
                                                                 mode: str) -> None:
    message = {"id": "com.vmware.x", "default_message": "SURROGATE \\ud800 ESC \u001b[2J", "args": []}
    body = json_body(job_info("SUCCEEDED", 100, messages=[message])).replace(b"\\\\ud800", b"\\ud800")
    appliance.script({("GET", API_JOB): [Reply(200, body)]})
    term = cli.Terminal(out=StrictUtf8Out(), err=StrictUtf8Out(), stdin=io.StringIO())
    result = run_against(run_cli, appliance, *(["--json"] if mode == "json" else []), term=term)
    assert result.code == cli.EXIT_SUCCEEDED, result.err
    assert "\\ud800" in result.out and "\x1b[2J" not in result.out
    (report,) = report_files(home)
    assert "\\\\ud800" in report.read_text(encoding="utf-8")  # JSON-escaped backslash: shown, not a surrogate


@pytest.mark.parametrize("mode", ["human", "json"])
def test_item7_an_appliance_that_echoes_credentials_gets_nothing_written_down(
        run_cli, home: Path, appliance: HostileAppliance, mode: str) -> None:
    basic = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
    echo = f"got {basic} / {PASSWORD} / {SSO_PASSWORD} / {TOKEN}"
    message = {"id": "echo", "default_message": echo, "args": []}
    appliance.script({
        ("GET", API_JOB): [Reply(404, {"error_type": "NOT_FOUND", "messages": []}),
                           Reply(200, job_info("SUCCEEDED", 100, messages=[message], error=echo),
                                 echo_request=True)],
    })
    result = run_against(run_cli, appliance, *(["--json"] if mode == "json" else []), command="run")
    # run_cli and the home fixture have already checked stdout, stderr and every file for the passwords
    for text in (result.out, result.err, *(p.read_text(encoding="utf-8") for p in report_files(home))):
        assert basic not in text and TOKEN not in text
    html = next((home / "data" / "reports").glob("*.html")).read_text(encoding="utf-8")
    assert "This report contains no passwords" not in html
