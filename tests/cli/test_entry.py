"""reconui-cli's entry point (cli/entry.py, cli/parser.py): help, usage errors, the real process (Ctrl-C)."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile import API_JOB, HostileAppliance, Reply, job_info, wait_until

from reconui import cli
from reconui.core import paths

from .conftest import (
    PASSWORD,
    SSO_PASSWORD,
    SSO_USER,
    USER,
    assert_no_secret,
    command_args,
    server,
)


def test_help_documents_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["run", "--help"]) == 0
    text = capsys.readouterr().out
    for line in ("0    the job SUCCEEDED", "1    the job FAILED", "2    usage", "3    could not connect / TLS / "
                 "authentication", "4    refused by the appliance (not allowed, in use, invalid argument, "
                 "unauthorized)", "5    gave up waiting", "130  interrupted"):
        assert line in text
    assert "--thumbprint" in text and "--start-new" in text and "RECONUI_PASSWORD" in text
    assert "--password" not in text


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["run", "--server", "h", "--user", "u"],  # no --sso-user
        ["run", "--server", "h", "--user", "u", "--sso-user", "s", "--proxy", "http://p:3128", "--no-proxy"],
        ["run", "--server", "h", "--user", "u", "--sso-user", "s", "--api", "soap"],
        ["run", "--server", "h", "--user", "u", "--sso-user", "s", "--thumbprint", "12:34"],
        ["run", "--server", "h", "--user", "u", "--sso-user", "s", "--timeout", "0"],
        ["run", "--server", "h", "--user", "u", "--sso-user", "s", "--password", "x"],
        ["status", "--server", "h"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(argv) == 2
    assert "usage:" in capsys.readouterr().err


def test_bad_server_and_missing_ca_file_exit_2(home: Path) -> None:
    for argv in (["run", "--server", "vcsa:70000", "--user", "u", "--sso-user", "s"],
                 ["run", "--server", "vcsa", "--user", "u", "--sso-user", "s", "--ca-file", "/nonexistent.pem"],
                 ["cert", "--server", "vcsa:x"]):
        term = cli.Terminal(out=io.StringIO(), err=io.StringIO(), stdin=io.StringIO())
        assert cli.main(argv, term=term) == 2
        assert term.err.getvalue().startswith("reconui-cli: ")


def cli_process(args: list[str], home: Path) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.update(
        RECONUI_HOME=str(home),
        RECONUI_PASSWORD=PASSWORD,
        RECONUI_SSO_PASSWORD=SSO_PASSWORD,
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        PYTHONUNBUFFERED="1",
    )
    code = "import sys; from reconui.cli import main; sys.exit(main())"
    return subprocess.Popen([sys.executable, "-c", code, *args], env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")


def test_ctrl_c_stops_monitoring_and_still_writes_the_report(cli_sim, home: Path) -> None:
    sim = cli_sim("ok", duration=60.0)
    proc = cli_process(["run", "--server", server(sim), "--user", USER, "--sso-user", SSO_USER,
                        "--thumbprint", sim.sha256], home)
    try:
        assert proc.stdout is not None
        seen = []
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            seen.append(line)
            if line.startswith("Started a new reconciliation job"):
                break
        else:
            pytest.fail("the job did not start: " + "".join(seen))
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 130, err
    assert "Stopped watching" in out and "cannot be cancelled" in out
    assert "Traceback" not in err
    report_line = next(line for line in out.splitlines() if line.startswith("Report: "))
    assert Path(report_line.split()[1]).is_file()
    assert_no_secret(out + err, "process output")


def test_console_process_end_to_end_without_traceback(cli_sim, home: Path) -> None:
    sim = cli_sim("in_use")
    proc = cli_process(["run", "--server", server(sim), "--user", USER, "--sso-user", SSO_USER,
                        "--thumbprint", sim.sha256], home)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 4
    assert "Traceback" not in err
    assert err.startswith("reconui-cli: The appliance is busy")
    assert_no_secret(out + err, "process output")
    assert not (home / "logs" / "reconui.log").read_text(encoding="utf-8").count(PASSWORD)


@pytest.mark.expected_warnings("reconui.core.runner")
def test_logs_go_to_the_log_dir_and_hold_no_password(run_cli, cli_sim) -> None:
    sim = cli_sim("restart")
    result = run_cli(*command_args(sim, "run", "--json"))
    assert result.code == 0
    log = (paths.log_dir() / "reconui.log").read_text(encoding="utf-8")
    assert "report written" in log
    assert PASSWORD not in log and SSO_PASSWORD not in log


def test_verbose_logs_to_stderr_without_secrets(run_cli, cli_sim) -> None:
    sim = cli_sim("ok")
    quiet = run_cli(*command_args(sim, "run", "--json"))
    assert "INFO" not in quiet.err
    loud = run_cli(*command_args(sim, "run", "--json", "--start-new", "--verbose"))
    assert loud.code == 0
    assert "INFO" in loud.err and "reconui.core" in loud.err


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
