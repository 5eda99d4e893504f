"""reconui-cli end to end against the simulator over HTTPS, in both API flavours and against 6.7."""

from __future__ import annotations

import io
import json
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from netkit import ConnectProxy

from reconui.core import paths
from reconui.core.pins import PinStore

from .conftest import (
    PASSWORD,
    SSO_PASSWORD,
    SSO_USER,
    USER,
    ScriptedTerminal,
    no_credentials_sent,
    server,
)

#: scenario -> (exit code, final job status or None when no job ran, error code or None)
EXPECTED = {
    "ok": (0, "SUCCEEDED", None),
    "fail": (1, "FAILED", None),
    "warnings": (1, "FAILED", None),
    "in_use": (4, None, "feature_in_use"),
    "not_allowed": (4, None, "restore_failed"),
    "bad_sso": (4, None, "invalid_argument"),
    "running": (0, "SUCCEEDED", None),
    "restart": (0, "SUCCEEDED", None),
    "expire": (0, "SUCCEEDED", None),
    "flaky": (0, "SUCCEEDED", None),
    "restore_running": (4, None, "restore_in_progress"),
    "partner_down": (1, "FAILED", None),
    "degraded": (6, "SUCCEEDED", None),
    "slow_services": (0, "SUCCEEDED", None),
}


def run_args(sim, *extra: str) -> list[str]:
    return ["run", "--server", server(sim), "--user", USER, "--sso-user", SSO_USER, "--thumbprint", sim.sha256,
            "--json", *extra]


def creates(sim) -> list[dict]:
    return [r for r in sim.requests if r["method"] == "POST" and r["path"].endswith("/reconciliation/job")]


def check_scenario(result, sim, scenario: str, flavor: str) -> None:
    code, status, error = EXPECTED[scenario]
    assert result.code == code, result.out + result.err
    final = result.final
    assert final["exit_code"] == code
    assert result.events[0] == "connected"
    assert result.of("connected")[0]["flavor"] == flavor
    assert result.of("connected")[0]["trust_mode"] == "pinned"
    if status is not None:
        assert final["info"]["status"] == status
        assert result.of("job_finished")[0]["info"]["status"] == status
    else:
        assert final["info"] is None
        assert result.of("run_failed")[0]["error"]["code"] == error
    report = result.report
    assert report["outcome"]["exit_code"] == code
    assert report["target"]["flavor"] == flavor
    assert report["certificate"]["sha256"] == sim.sha256
    assert Path(final["report_html"]).is_file()
    if scenario == "running":
        assert "job_attached" in result.events and "job_started" not in result.events
        assert creates(sim) == []
    elif status is not None:
        assert "job_started" in result.events
    if scenario == "not_allowed":
        assert creates(sim) == []  # refused before anything is sent
        assert report["appliance"]["restore"]["state"] == "FAILED"
    if scenario == "restart":
        assert result.events.count("services_unavailable") >= 1
        assert result.events.count("services_unavailable") == result.events.count("services_back")
        assert result.events.index("services_unavailable") < result.events.index("services_back")
        assert "reauthenticated" in result.events
        assert report["outages"] and report["relogins"]
    if scenario == "expire":
        assert "reauthenticated" in result.events
    if status is not None:
        assert any(m["id"] for m in report["messages"])


@pytest.mark.parametrize("flavor", ["api", "rest"])
@pytest.mark.parametrize("scenario", list(EXPECTED))
@pytest.mark.expected_warnings("reconui.core.runner")
def test_every_scenario_in_both_flavours(run_cli, cli_sim, scenario: str, flavor: str) -> None:
    sim = cli_sim(scenario)
    result = run_cli(*run_args(sim, "--api", flavor))
    check_scenario(result, sim, scenario, flavor)
    assert all(r["path"].startswith(f"/{flavor}/") for r in sim.requests)


@pytest.mark.parametrize("scenario", list(EXPECTED))
@pytest.mark.expected_warnings("reconui.core.runner")
def test_every_scenario_against_6_7_with_detection(run_cli, cli_sim, scenario: str) -> None:
    sim = cli_sim(scenario, appliance_version="6.7.0")
    result = run_cli(*run_args(sim))  # --api auto finds /rest
    check_scenario(result, sim, scenario, "rest")
    assert result.report["appliance"]["version"]["version"].startswith("6.7.0")


@pytest.mark.expected_warnings("reconui.core.runner")
def test_warnings_pass_with_ignore_warnings(run_cli, cli_sim) -> None:
    sim = cli_sim("warnings")
    result = run_cli(*run_args(sim, "--ignore-warnings"))
    assert result.code == 0, result.err
    assert result.final["info"]["status"] == "SUCCEEDED"
    assert result.report["options"]["ignore_warnings"] is True


@pytest.mark.expected_warnings("reconui.core.runner")
def test_human_output(run_cli, cli_sim) -> None:
    sim = cli_sim("restart")
    args = [a for a in run_args(sim) if a != "--json"]
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
    result = run_cli(*run_args(sim))
    assert result.events[:3] == ["connected", "preflight_done", "job_started"]
    # After the job: one event per health check round, then the verdict, then the final line.
    assert result.events[-4:] == ["job_finished", "health_checked", "health_verdict_reached", "final"]
    updates = result.of("job_updated")
    assert updates and all("at" in u and u["info"]["status"] in ("RUNNING", "SUCCEEDED") for u in updates)
    assert any(m["text"] for u in updates for m in u["new_messages"])
    assert result.final["info"]["progress"] == 100
    assert result.final["report"].endswith(".json")


# --- trust: no credential before it is settled ----------------------------------------------------------


@pytest.mark.expected_warnings("reconui.core.tls")
def test_wrong_thumbprint_sends_no_credentials(run_cli, cli_sim) -> None:
    sim = cli_sim("ok")
    wrong = "00:" * 31 + "00"
    result = run_cli("run", "--server", server(sim), "--user", USER, "--sso-user", SSO_USER,
                     "--thumbprint", wrong, "--json")
    assert result.code == 3
    assert sim.requests == [] or no_credentials_sent(sim)
    assert sim.sha256 in result.err and wrong in result.err
    assert result.of("run_failed")[0]["error"]["code"] == "certificate_changed"
    assert result.final["report"] and Path(result.final["report"]).is_file()


@pytest.mark.expected_warnings("reconui.core.tls")
def test_wrong_pin_in_the_pin_file_sends_no_credentials(run_cli, cli_sim) -> None:
    sim = cli_sim("ok")
    wrong = "AB:" * 31 + "CD"
    PinStore(paths.pins_path()).remember(server(sim), wrong)
    result = run_cli("run", "--server", server(sim), "--user", USER, "--sso-user", SSO_USER)
    assert result.code == 3
    assert sim.requests == [] or no_credentials_sent(sim)
    assert "has changed" in result.err
    assert f"pinned:    {wrong}" in result.err and f"presented: {sim.sha256}" in result.err
    assert "Report: " in result.out


def test_unknown_certificate_non_interactive_fails_with_fingerprint_and_pin_command(run_cli, cli_sim) -> None:
    sim = cli_sim("ok")
    result = run_cli("run", "--server", server(sim), "--user", USER, "--sso-user", SSO_USER)
    assert result.code == 3
    assert no_credentials_sent(sim)
    assert sim.sha256 in result.err
    assert f"reconui-cli cert --server {server(sim)} --pin" in result.err
    assert f"--thumbprint {sim.sha256}" in result.err


def test_unknown_certificate_interactive_trust_and_remember(run_cli, cli_sim) -> None:
    sim = cli_sim("ok")
    term = ScriptedTerminal(answers="y\ny\n")
    result = run_cli("run", "--server", server(sim), "--user", USER, "--sso-user", SSO_USER, term=term)
    assert result.code == 0, result.err
    assert "Trust this certificate? [y/N]" in result.err
    assert PinStore(paths.pins_path()).get(server(sim)) == sim.sha256
    # Pinned now: the next run needs no question.
    again = run_cli("run", "--server", server(sim), "--user", USER, "--sso-user", SSO_USER, "--start-new")
    assert again.code == 0, again.err


def test_unknown_certificate_interactive_default_is_no(run_cli, cli_sim) -> None:
    sim = cli_sim("ok")
    term = ScriptedTerminal(answers="\n")
    result = run_cli("run", "--server", server(sim), "--user", USER, "--sso-user", SSO_USER, term=term)
    assert result.code == 3
    assert no_credentials_sent(sim)
    assert PinStore(paths.pins_path()).get(server(sim)) is None


def test_ca_file_makes_the_chain_trusted(run_cli, cli_sim, tmp_path: Path) -> None:
    sim = cli_sim("ok")
    ca = tmp_path / "sim.pem"
    ca.write_text(sim.cert_pem, encoding="ascii")
    result = run_cli("run", "--server", server(sim), "--user", USER, "--sso-user", SSO_USER, "--ca-file", str(ca),
                     "--json")
    assert result.code == 0, result.err
    assert result.of("connected")[0]["trust_mode"] == "chain"


# --- the cert command ---------------------------------------------------------------------------------------


def test_cert_shows_and_pins(run_cli, cli_sim) -> None:
    sim = cli_sim("ok")
    shown = run_cli("cert", "--server", server(sim))
    assert shown.code == 0
    assert f"SHA-256:  {sim.sha256}" in shown.out and "SHA-1:" in shown.out
    assert "Subject:" in shown.out and "Issuer:" in shown.out and "SANs:" in shown.out and "Valid:" in shown.out
    assert "NOT trusted" in shown.out
    assert PinStore(paths.pins_path()).get(server(sim)) is None
    pinned = run_cli("cert", "--server", server(sim), "--pin")
    assert pinned.code == 0
    assert PinStore(paths.pins_path()).get(server(sim)) == sim.sha256
    assert "Pinned" in pinned.out
    assert "pinned in" in run_cli("cert", "--server", server(sim)).out
    assert no_credentials_sent(sim)
    result = run_cli("run", "--server", server(sim), "--user", USER, "--sso-user", SSO_USER, "--json")
    assert result.code == 0 and result.of("connected")[0]["trust_mode"] == "pinned"


def test_cert_pin_asks_on_a_terminal(run_cli, cli_sim) -> None:
    sim = cli_sim("ok")
    declined = run_cli("cert", "--server", server(sim), "--pin", term=ScriptedTerminal(answers="n\n"))
    assert "Not pinned" in declined.out
    assert PinStore(paths.pins_path()).get(server(sim)) is None
    run_cli("cert", "--server", server(sim), "--pin", term=ScriptedTerminal(answers="yes\n"))
    assert PinStore(paths.pins_path()).get(server(sim)) == sim.sha256


@pytest.mark.expected_warnings("reconui.core.tls")
def test_cert_pin_never_silently_replaces_the_pin_of_a_changed_certificate(run_cli, cli_sim) -> None:
    sim = cli_sim("ok")
    old = "AB:" * 31 + "CD"
    store = PinStore(paths.pins_path())
    store.remember(server(sim), old)

    refused = run_cli("cert", "--server", server(sim), "--pin")
    assert refused.code == 3
    assert "CHANGED" in refused.out
    assert f"--pin --replace {sim.sha256}" in refused.err
    assert store.get(server(sim)) == old

    wrong = run_cli("cert", "--server", server(sim), "--pin", "--replace", "12:" * 31 + "34")
    assert wrong.code == 3
    assert store.get(server(sim)) == old

    declined = run_cli("cert", "--server", server(sim), "--pin", term=ScriptedTerminal(answers="\n"))
    assert declined.code == 3
    assert store.get(server(sim)) == old

    replaced = run_cli("cert", "--server", server(sim), "--pin", "--replace", sim.sha256.replace(":", "").lower())
    assert replaced.code == 0, replaced.err
    assert store.get(server(sim)) == sim.sha256
    assert no_credentials_sent(sim)


def test_cert_of_a_closed_port_is_a_connect_error(run_cli, closed_port: int) -> None:
    result = run_cli("cert", "--server", f"127.0.0.1:{closed_port}", "--no-proxy")
    assert result.code == 3
    assert "refused" in result.err


# --- status, previous jobs ----------------------------------------------------------------------------------


def test_status_without_a_job(run_cli, cli_sim) -> None:
    sim = cli_sim("ok")
    result = run_cli("status", "--server", server(sim), "--user", USER, "--thumbprint", sim.sha256)
    assert result.code == 0
    assert "no reconciliation job" in result.out
    assert creates(sim) == []
    assert "Report: " in result.out


def test_status_attaches_to_a_running_job(run_cli, cli_sim) -> None:
    sim = cli_sim("running")
    result = run_cli("status", "--server", server(sim), "--user", USER, "--thumbprint", sim.sha256, "--json")
    assert result.code == 0
    assert "job_attached" in result.events and result.final["info"]["status"] == "SUCCEEDED"
    assert creates(sim) == []


def test_finished_job_needs_start_new(run_cli, cli_sim) -> None:
    sim = cli_sim("ok")
    assert run_cli(*run_args(sim)).code == 0
    again = run_cli(*run_args(sim))
    assert again.code == 2
    assert "--start-new" in again.err
    assert again.final["info"]["status"] == "SUCCEEDED"
    assert again.of("preflight_done")[0]["existing_job"]["status"] == "SUCCEEDED"
    assert len(creates(sim)) == 1
    human = run_cli(*[a for a in run_args(sim) if a != "--json"])
    assert human.code == 2 and "Previous job: SUCCEEDED (100%)" in human.out and "Result:" not in human.out
    status = run_cli("status", "--server", server(sim), "--user", USER, "--thumbprint", sim.sha256)
    assert status.code == 0 and "Result: SUCCEEDED" in status.out
    anew = run_cli(*run_args(sim, "--start-new"))
    assert anew.code == 0, anew.err
    assert len(creates(sim)) == 2


# --- passwords ----------------------------------------------------------------------------------------------


def test_no_password_without_a_terminal_is_a_usage_error(run_cli, cli_sim, monkeypatch) -> None:
    sim = cli_sim("ok")
    monkeypatch.delenv("RECONUI_PASSWORD")
    result = run_cli(*run_args(sim))
    assert result.code == 2
    assert "RECONUI_PASSWORD" in result.err
    assert no_credentials_sent(sim)
    assert Path(result.final["report"]).is_file()


def test_passwords_are_prompted_on_a_terminal(run_cli, cli_sim, monkeypatch) -> None:
    sim = cli_sim("ok", sso_user="sso-admin@vsphere.local")
    monkeypatch.delenv("RECONUI_PASSWORD")
    monkeypatch.delenv("RECONUI_SSO_PASSWORD")
    term = ScriptedTerminal(passwords=[PASSWORD, SSO_PASSWORD])
    result = run_cli("run", "--server", server(sim), "--user", USER, "--sso-user", "sso-admin@vsphere.local",
                     "--thumbprint", sim.sha256, term=term)
    assert result.code == 0, result.err
    assert len(term.prompts) == 2
    assert USER in term.prompts[0] and "sso-admin@vsphere.local" in term.prompts[1]


def test_same_sso_user_reuses_the_password(run_cli, cli_sim, monkeypatch) -> None:
    sim = cli_sim("ok", sso_password=PASSWORD)
    monkeypatch.delenv("RECONUI_SSO_PASSWORD")
    assert run_cli(*run_args(sim)).code == 0


def test_save_password_then_use_the_keyring(run_cli, cli_sim, monkeypatch) -> None:
    import keyring

    sim = cli_sim("ok", sso_user="sso-admin@vsphere.local")
    args = ["run", "--server", server(sim), "--user", USER, "--sso-user", "sso-admin@vsphere.local",
            "--thumbprint", sim.sha256]
    first = run_cli(*args, "--save-password")
    assert first.code == 0, first.err
    assert "Passwords saved" in first.err
    backend = keyring.get_keyring()
    assert backend.items[("reconui", f"{USER}@127.0.0.1")] == PASSWORD
    assert backend.items[("reconui", "sso-admin@vsphere.local@127.0.0.1")] == SSO_PASSWORD
    monkeypatch.delenv("RECONUI_PASSWORD")
    monkeypatch.delenv("RECONUI_SSO_PASSWORD")
    second = run_cli(*args, "--start-new")
    assert second.code == 0, second.err


@pytest.mark.expected_warnings("reconui.core.runner")
def test_wrong_password_is_an_authentication_error(run_cli, cli_sim, monkeypatch) -> None:
    sim = cli_sim("ok")
    monkeypatch.setenv("RECONUI_PASSWORD", "not-the-password")
    result = run_cli(*run_args(sim))
    assert result.code == 3
    assert result.of("run_failed")[0]["error"]["code"] == "unauthenticated"


# --- connection failures, gave up ---------------------------------------------------------------------------


@pytest.fixture
def closed_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_refused_connection_writes_a_report(run_cli, closed_port: int) -> None:
    result = run_cli("run", "--server", f"127.0.0.1:{closed_port}", "--user", USER, "--sso-user", SSO_USER,
                     "--json")
    assert result.code == 3
    assert result.of("run_failed")[0]["error"]["code"] == "refused"
    report = result.report
    assert report["errors"][0]["code"] == "refused" and report["outcome"]["exit_code"] == 3
    assert result.err.startswith("reconui-cli: ") and "refused" in result.err


@pytest.mark.expected_warnings("reconui.core.runner")
def test_gives_up_after_the_timeout(run_cli, cli_sim) -> None:
    sim = cli_sim("restart", duration=30.0, restart_at=0.2, restart_unavailable=30.0)
    result = run_cli(*run_args(sim, "--timeout", "0.01"))  # 0.6 s
    assert result.code == 5, result.out + result.err
    assert result.of("run_failed")[0]["error"]["code"] == "gave_up"
    assert result.events.count("services_unavailable") == 1


@pytest.mark.expected_warnings("reconui.core.runner")
def test_logs_go_to_the_log_dir_and_hold_no_password(run_cli, cli_sim) -> None:
    sim = cli_sim("restart")
    result = run_cli(*run_args(sim))
    assert result.code == 0
    log = (paths.log_dir() / "reconui.log").read_text(encoding="utf-8")
    assert "report written" in log
    assert PASSWORD not in log and SSO_PASSWORD not in log


def test_report_option_names_the_file(run_cli, cli_sim, tmp_path: Path) -> None:
    sim = cli_sim("ok")
    target = tmp_path / "evidence" / "change-1234.json"
    result = run_cli(*run_args(sim, "--report", str(target)))
    assert result.final["report"] == str(target)
    assert json.loads(target.read_text(encoding="utf-8"))["outcome"]["exit_code"] == 0
    assert target.with_suffix(".html").is_file()


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


def test_verbose_logs_to_stderr_without_secrets(run_cli, cli_sim) -> None:
    sim = cli_sim("ok")
    quiet = run_cli(*run_args(sim))
    assert "INFO" not in quiet.err
    loud = run_cli(*run_args(sim, "--start-new", "--verbose"))
    assert loud.code == 0
    assert "INFO" in loud.err and "reconui.core" in loud.err


# --- time zone ----------------------------------------------------------------------------------------------


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
    assert run_cli(*run_args(sim)).code == 0
    human = run_cli(*[a for a in run_args(sim) if a != "--json"])
    (previous,) = [line for line in human.out.splitlines() if line.startswith("Previous job:")]
    assert re.search(r", ended \d{4} \w{3} \d\d \d\d:\d\d:\d\d CES?T\.$", previous), previous
    report_html = Path(re.search(r"Report: (\S+\.html)", human.out).group(1)).read_text(encoding="utf-8")
    assert re.search(r"\d\d:\d\d:\d\d CES?T", report_html)


# --- proxies ------------------------------------------------------------------------------------------------


@pytest.fixture
def connect_proxy() -> Iterator[ConnectProxy]:
    proxy = ConnectProxy()
    try:
        yield proxy
    finally:
        proxy.close()


def test_explicit_proxy_carries_the_whole_run_and_its_password_stays_out(run_cli, cli_sim, connect_proxy,
                                                                          home) -> None:
    sim = cli_sim("ok")
    proxy_secret = "pr0xy-S3cret"
    url = connect_proxy.url.replace("http://", f"http://proxyuser:{proxy_secret}@")
    result = run_cli(*run_args(sim, "--proxy", url))
    assert result.code == 0, result.err
    assert connect_proxy.connects and set(connect_proxy.connects) == {server(sim)}
    assert all("Proxy-Authorization: Basic " in header for header in connect_proxy.headers)
    options = result.report["options"]
    assert options["proxy_mode"] == "explicit" and options["proxy"] == connect_proxy.url
    for path in home.rglob("*"):
        if path.is_file():
            assert proxy_secret not in path.read_text(encoding="utf-8", errors="replace"), path
    assert proxy_secret not in result.out + result.err


def test_environment_proxy_by_default_and_no_proxy_ignores_it(run_cli, cli_sim, connect_proxy, monkeypatch) -> None:
    sim = cli_sim("ok")
    monkeypatch.setenv("HTTPS_PROXY", connect_proxy.url)
    assert run_cli(*run_args(sim)).code == 0
    through_proxy = len(connect_proxy.connects)
    assert through_proxy >= 1 and set(connect_proxy.connects) == {server(sim)}
    direct = run_cli(*run_args(sim, "--start-new", "--no-proxy"))
    assert direct.code == 0, direct.err
    assert len(connect_proxy.connects) == through_proxy  # not one connection more through the proxy
    assert direct.report["options"]["proxy_mode"] == "none"
