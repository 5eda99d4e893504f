"""reconui-cli's parser (reconui/cli/parser.py): what --help documents and what is refused at parse time."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconui import cli
from reconui.cli.parser import build_parser

from .conftest import SSO_USER, USER, report_files


def test_help_documents_exit_code_6_and_the_new_options() -> None:
    parser = build_parser()
    text = parser.format_help()
    assert "  6    the job SUCCEEDED but the appliance is not healthy" in text
    assert "{run,status,health,cert}" in text
    sub = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    run_help = sub["run"].format_help()
    assert "--wait-for-restore" in run_help and "--settle MINUTES" in run_help
    assert "exit code 0 healthy, 6 not" in parser.format_help()


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
    assert report_files(home) == []  # refused before anything ran
