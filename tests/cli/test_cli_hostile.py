"""Issue 8 against ``reconui-cli``: a hostile appliance (``tests/hostile.py``) and hostile arguments.

``run_cli`` (``conftest.py``) already fails a test when a password, in any spelling, reaches stdout,
stderr or any file under RECONUI_HOME; these tests add what each item of the issue promises.
"""

from __future__ import annotations

import base64
import io
import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hostile import API_JOB, API_SESSION, TOKEN, HostileAppliance, Reply, api_routes, job_info, json_body, wait_until

from reconui import cli

from .conftest import PASSWORD, SSO_PASSWORD, SSO_USER, USER, CliResult


class StrictUtf8Out(io.StringIO):
    """A stdout that, like a real UTF-8 terminal or pipe, cannot take a lone surrogate."""

    def write(self, text: str) -> int:
        text.encode("utf-8")
        return super().write(text)


@pytest.fixture
def appliance() -> Iterator[HostileAppliance]:
    server = HostileAppliance(api_routes())
    yield server
    server.close()


def _watch(run_cli: Callable[..., CliResult], server: HostileAppliance, *extra: str, command: str = "status",
           term: cli.Terminal | None = None) -> CliResult:
    argv = [command, "--server", server.address, "--user", USER, "--thumbprint", server.sha256, "--no-proxy", *extra]
    if command == "run":
        argv += ["--sso-user", SSO_USER]
    return run_cli(*argv, term=term)


def _report_files(home: Path) -> list[Path]:
    return sorted((home / "data" / "reports").glob("*.json"))


# --- item 1 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["human", "json"])
def test_item1_a_lone_surrogate_is_printed_and_reported_escaped(run_cli, home: Path, appliance: HostileAppliance,
                                                                 mode: str) -> None:
    message = {"id": "com.vmware.x", "default_message": "SURROGATE \\ud800 ESC \u001b[2J", "args": []}
    body = json_body(job_info("SUCCEEDED", 100, messages=[message])).replace(b"\\\\ud800", b"\\ud800")
    appliance.script({("GET", API_JOB): [Reply(200, body)]})
    term = cli.Terminal(out=StrictUtf8Out(), err=StrictUtf8Out(), stdin=io.StringIO())
    result = _watch(run_cli, appliance, *(["--json"] if mode == "json" else []), term=term)
    assert result.code == cli.EXIT_SUCCEEDED, result.err
    assert "\\ud800" in result.out and "\x1b[2J" not in result.out
    (report,) = _report_files(home)
    assert "\\\\ud800" in report.read_text(encoding="utf-8")  # JSON-escaped backslash: shown, not a surrogate


def test_item1_nested_500_deep_error_data_still_leaves_a_report(run_cli, home: Path,
                                                                 appliance: HostileAppliance) -> None:
    deep: object = 1
    for _ in range(500):
        deep = [deep]
    error = {"error_type": "ERROR", "messages": [], "data": deep}
    appliance.script({("GET", API_JOB): [Reply(200, job_info("FAILED", 100, error=error))]})
    result = _watch(run_cli, appliance, "--json")
    assert result.code == cli.EXIT_JOB_FAILED
    assert result.report["final_info"]["status"] == "FAILED"


# --- item 2 ---------------------------------------------------------------------------------------


@pytest.mark.expected_warnings("reconui.core.runner")
def test_item2_create_503_and_read_404_respects_timeout(run_cli, home: Path, appliance: HostileAppliance) -> None:
    appliance.script({("POST", API_JOB): [Reply(503, "<html>restarting</html>",
                                                headers=(("Content-Type", "text/html"),))]})
    result = _watch(run_cli, appliance, "--json", "--timeout", "0.02", command="run")  # 1.2 seconds
    assert result.code == cli.EXIT_GAVE_UP
    assert 1 <= len(appliance.calls("POST", API_JOB)) <= 10
    assert result.report["outcome"]["exit_code"] == cli.EXIT_GAVE_UP


# --- item 4 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("option", "value", "said"), [
    ("--timeout", "inf", "timeout"),
    ("--timeout", "1e300", "timeout"),
    ("--timeout", "1e12", "timeout"),
    ("--timeout", "nan", "timeout"),
    ("--lang", "dé-DE", "language"),
    ("--lang", "de\r\nX-Injected: 1", "language"),
    ("--proxy", "http://[::1", "proxy"),
    ("--proxy", "http://user:proxysecret@[::1", "proxy"),
    ("--server", "[fe80::1%25lo]", "server address"),
    ("--server", "1:2:3", "server address"),
    ("--server", "127.0.0.1%3A443", "server address"),
    ("--server", "user:s3cr3t-in-url@vcsa", "server address"),
])
def test_item4_bad_values_are_usage_errors_at_parse_time(run_cli, home: Path, option: str, value: str,
                                                         said: str) -> None:
    argv = {"--server": "vcsa.example", "--user": USER, "--sso-user": SSO_USER, option: value}
    flat = ["run"] + [part for pair in argv.items() for part in pair]
    result = run_cli(*flat)
    assert result.code == cli.EXIT_USAGE
    first = result.err.splitlines()[0]
    assert first.startswith("reconui-cli: ") and said in first
    assert "Traceback" not in result.err
    assert "s3cr3t-in-url" not in result.err and "proxysecret" not in result.err
    assert "\r" not in result.err
    assert _report_files(home) == []  # refused before anything ran


# --- item 5 ---------------------------------------------------------------------------------------


def test_item5_early_hints_do_not_end_the_watch(run_cli, home: Path, appliance: HostileAppliance) -> None:
    appliance.script({
        API_SESSION: [Reply(201, json_body(TOKEN), interim=(103,))],
        ("GET", API_JOB): [Reply(200, job_info("RUNNING", 30), interim=(103,)),
                           Reply(200, job_info("RUNNING", 60), interim=(103,)),
                           Reply(200, job_info("SUCCEEDED", 100), interim=(103,))],
    })
    result = _watch(run_cli, appliance, "--json")
    assert result.code == cli.EXIT_SUCCEEDED, result.err
    assert result.final["info"]["status"] == "SUCCEEDED"


# --- item 6 ---------------------------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="SIGTERM")
def test_item6_sigterm_writes_the_report_and_exits_143(home: Path, appliance: HostileAppliance) -> None:
    appliance.script({("GET", API_JOB): [Reply(200, job_info("RUNNING", 20))]})
    env = {**os.environ, "RECONUI_HOME": str(home), cli.PASSWORD_ENV: PASSWORD}
    argv = [sys.executable, "-c", "import sys; from reconui.cli import main; sys.exit(main())",
            "status", "--server", appliance.address, "--user", USER, "--thumbprint", appliance.sha256,
            "--no-proxy", "--json"]
    with subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        assert wait_until(lambda: len(appliance.calls("GET", API_JOB)) >= 2, timeout=60)  # attached, watching
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == cli.EXIT_TERMINATED, err
    assert "Traceback" not in err
    lines = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert lines[-1]["event"] == "final" and lines[-1]["exit_code"] == cli.EXIT_TERMINATED
    report = json.loads(Path(lines[-1]["report"]).read_text(encoding="utf-8"))
    assert report["outcome"]["kind"] == "terminated" and report["outcome"]["exit_code"] == 143


def test_item6_the_exit_codes_are_documented_in_help_and_readme(capsys: pytest.CaptureFixture[str]) -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    for code in sorted(cli.DOCUMENTED_EXIT_CODES):
        assert f"\n  {code} " in cli.EXIT_CODES_HELP
        assert f"\n| {code} |" in readme


# --- item 7 ---------------------------------------------------------------------------------------


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
    result = _watch(run_cli, appliance, *(["--json"] if mode == "json" else []), command="run")
    # run_cli and the home fixture have already checked stdout, stderr and every file for the passwords
    for text in (result.out, result.err, *(p.read_text(encoding="utf-8") for p in _report_files(home))):
        assert basic not in text and TOKEN not in text
    html = next((home / "data" / "reports").glob("*.html")).read_text(encoding="utf-8")
    assert "This report contains no passwords" not in html


# --- item 9 ---------------------------------------------------------------------------------------


@pytest.mark.expected_warnings("reconui.core.runner")
def test_item9_answers_that_stay_of_the_wrong_shape_exit_7(run_cli, home: Path, appliance: HostileAppliance) -> None:
    appliance.script({("GET", API_JOB): [Reply(200, job_info("RUNNING", 10)), Reply(200, {"status": ["?"]})]})
    result = _watch(run_cli, appliance, "--json")
    assert result.code == cli.EXIT_UNREADABLE == 7
    assert result.report["outcome"]["exit_code"] == 7


# --- item 10 --------------------------------------------------------------------------------------


def test_item10_report_path_never_overwrites_or_follows_a_link(run_cli, home: Path, tmp_path: Path,
                                                                appliance: HostileAppliance) -> None:
    appliance.script({("GET", API_JOB): [Reply(200, job_info("SUCCEEDED", 100))]})
    precious = tmp_path / "precious.txt"
    precious.write_text("keep", encoding="utf-8")
    link = tmp_path / "out.json"
    link.symlink_to(precious)
    result = _watch(run_cli, appliance, "--json", "--report", str(link))
    assert result.code == cli.EXIT_SUCCEEDED
    assert precious.read_text(encoding="utf-8") == "keep"
    assert Path(result.final["report"]).name == "out-2.json"
    again = _watch(run_cli, appliance, "--json", "--report", str(tmp_path / "out-2.json"))
    assert Path(again.final["report"]).name == "out-2-2.json"
