"""The run report: what it records, how it is written, and that no secret is ever in it."""

from __future__ import annotations

import json
import random
import re
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from fakes import FakeClient, FakeClock, failed, msg, running, service, succeeded

from reconui import __version__
from reconui.core.errors import (
    CertificateUntrusted,
    FeatureInUse,
    ServiceUnavailable,
)
from reconui.core.events import (
    Connected,
    JobStarted,
    JobUpdated,
    Reauthenticated,
    RunFailed,
    ServicesBack,
    ServicesUnavailable,
)
from reconui.core.logging_setup import register_secret
from reconui.core.models import (
    ApiErrorBody,
    CertificateInfo,
    Credentials,
    JobSpec,
    ProxyChoice,
    ProxyMode,
    ReplicationPartner,
    Target,
    TrustDecision,
    TrustMode,
)
from reconui.core.render import MessageRenderer
from reconui.core.report import RunReport, event_to_dict, safe_host
from reconui.core.report_html import render_html
from reconui.core.runner import JobRunner, RunOptions

PASSWORD = "Us3r-Pa$$word!"
SSO_PASSWORD = "Ss0-<b>Secret</b>&\"q"
SESSION_ID = "3f8e2a9c1b7d4e6f8a0b1c2d3e4f5a6b"
T0 = datetime(2024, 5, 3, 10, 0, tzinfo=timezone.utc)


def cert() -> CertificateInfo:
    return CertificateInfo(
        subject="CN=vcsa.example.com", issuer="CN=CA <evil>", sans=("vcsa.example.com", "10.0.0.5"),
        not_before=T0, not_after=T0 + timedelta(days=730), sha256="AB:" * 31 + "AB", sha1="CD:" * 19 + "CD",
        serial="42", pem="-----BEGIN CERTIFICATE-----", self_signed=True,
    )


TARGET = Target("vcsa.example.com", 443, flavor="auto", language="de-DE",
                proxy=ProxyChoice(ProxyMode.EXPLICIT, "http://proxy:3128"))
OPTIONS = {
    "ignore_warnings": True,
    "sso_user": "administrator@vsphere.local",
    "flavor": "auto",
    "language": "de-DE",
    "proxy_mode": "explicit",
    "password": PASSWORD,  # a careless caller: must be dropped
    "sso_password": SSO_PASSWORD,
    "session_id": SESSION_ID,
}


def full_run(tmp_path: Path) -> tuple[RunReport, dict]:
    """A real runner run against the fake appliance, recorded into a report."""
    register_secret(PASSWORD)
    register_secret(SSO_PASSWORD)
    clock = FakeClock()
    steps = [msg("ex.recon.step", "Starting services (3 of 12)."), msg("ex.recon.html", "<script>alert(1)</script>")]
    client = FakeClient(
        clock,
        jobs=[None, running(10, steps[:1]), ServiceUnavailable(http_status=503), running(50, steps),
              succeeded(steps)],
        create=[running(0)],
    )
    report = RunReport(target=TARGET, options=OPTIONS, renderer=MessageRenderer(language="en"), now=clock.now)
    runner = JobRunner(client, Credentials("administrator@vsphere.local", PASSWORD), on_event=report.record,
                       options=RunOptions(), clock=clock.monotonic, now=clock.now, sleep=clock.sleep,
                       target=TARGET, trust=TrustDecision(TrustMode.PINNED, cert()))
    # An expired session in the middle, recorded like the runner would.
    outcome = runner.run(JobSpec("administrator@vsphere.local", SSO_PASSWORD, ignore_warnings=True))
    report.record(Reauthenticated(at=clock.now()))
    report.set_outcome(outcome.kind.value, message=outcome.message, exit_code=0)
    return report, report.to_dict()


@pytest.mark.expected_warnings("reconui.core.runner")
def test_report_contents(tmp_path: Path) -> None:
    _, data = full_run(tmp_path)
    assert data["format"] == "reconui-report"
    assert data["reconui_version"] == __version__
    assert data["target"]["host"] == "vcsa.example.com" and data["target"]["port"] == 443
    assert data["target"]["flavor"] == "api" and data["target"]["flavor_requested"] == "auto"
    assert data["target"]["proxy_mode"] == "explicit"
    assert data["appliance"]["version"]["version"] == "8.0.3.00000"
    assert data["appliance"]["restore"]["state"] == "SUCCEEDED"
    assert data["certificate"]["sha256"] == cert().sha256
    assert data["certificate"]["trust_mode"] == "pinned"
    assert data["options"] == {k: OPTIONS[k] for k in ("ignore_warnings", "sso_user", "flavor", "language",
                                                        "proxy_mode")}
    assert data["user"] == "administrator@vsphere.local"
    assert data["outcome"]["kind"] == "succeeded" and data["outcome"]["exit_code"] == 0
    assert data["final_info"]["status"] == "SUCCEEDED"
    assert data["final_info"]["progress"] == 100
    assert [m["id"] for m in data["messages"]] == ["ex.recon.step", "ex.recon.html"]
    assert data["messages"][0]["text"] == "Starting services (3 of 12)."
    assert data["messages"][0]["first_seen"] < data["messages"][1]["first_seen"]
    events = [e["event"] for e in data["timeline"]]
    assert events[:3] == ["connected", "preflight_done", "job_started"]
    assert "services_unavailable" in events and "services_back" in events and events[-2] == "job_finished"
    (outage,) = data["outages"]
    assert outage["cause"] == "service_unavailable" and outage["seconds"] > 0 and outage["ended_at"]
    assert len(data["relogins"]) == 1
    assert data["started_at"] == "2024-05-03T10:00:00.000Z"
    assert data["duration_seconds"] > 0
    assert data["errors"] == []


@pytest.mark.expected_warnings("reconui.core.runner")
def test_written_files_are_named_after_host_and_time_and_hold_no_secret(tmp_path: Path) -> None:
    report, _ = full_run(tmp_path)
    files = report.write(tmp_path / "reports")
    assert files.json.name == "reconui-vcsa.example.com-20240503T100000Z.json"
    assert files.html == files.json.with_suffix(".html")
    data = json.loads(files.json.read_text(encoding="utf-8"))
    assert data["final_info"]["status"] == "SUCCEEDED"
    for path in (files.json, files.html):
        text = path.read_text(encoding="utf-8")
        for secret in (PASSWORD, SSO_PASSWORD, SESSION_ID, "Ss0-", "Pa$$"):
            assert secret not in text, (path.name, secret)
    # A second write in the same second does not overwrite the first.
    again = report.write(tmp_path / "reports")
    assert again.json != files.json and again.json.exists()


@pytest.mark.expected_warnings("reconui.core.runner")
def test_html_is_self_contained_and_escaped(tmp_path: Path) -> None:
    report, _ = full_run(tmp_path)
    page = report.write(tmp_path).html.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "CN=CA &lt;evil&gt;" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?https?:""", page)
    assert "ex.recon.step" in page and cert().sha256 in page and "SUCCEEDED" in page


def test_default_directory_and_explicit_file_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECONUI_HOME", str(tmp_path / "home"))
    report = RunReport(target=Target("fe80::1"), options={}, renderer=MessageRenderer(), now=lambda: T0)
    files = report.write()
    assert files.json.parent == tmp_path / "home" / "data" / "reports"
    assert files.json.name == "reconui-fe80_1-20240503T100000Z.json"
    named = report.write(tmp_path / "out" / "evidence.json")
    assert named.json == tmp_path / "out" / "evidence.json"
    assert named.html == tmp_path / "out" / "evidence.html"


def test_a_failed_connect_still_makes_a_report(tmp_path: Path) -> None:
    report = RunReport(target=Target("vcsa"), options={"sso_user": "a"}, renderer=MessageRenderer(), now=lambda: T0)
    error = CertificateUntrusted({"host": "vcsa", "port": 443}, certificate=cert())
    report.record(RunFailed(at=T0, error=error))
    report.set_outcome("error", message=error.sentence, exit_code=3)
    data = json.loads(report.write(tmp_path).json.read_text(encoding="utf-8"))
    assert data["errors"][0]["code"] == "certificate_untrusted"
    assert data["certificate"]["sha256"] == cert().sha256
    assert data["certificate"]["trust_mode"] is None
    assert data["outcome"]["exit_code"] == 3
    assert data["final_info"] is None and data["target"]["flavor"] is None


def test_errors_carry_rendered_server_messages(tmp_path: Path) -> None:
    body = ApiErrorBody("FEATURE_IN_USE", (msg("ex.busy", "A backup is running."), msg("ex.cause", "backup-1")))
    error = FeatureInUse(http_status=400, body=body)
    report = RunReport(target=Target("vcsa"), options={}, renderer=MessageRenderer(), now=lambda: T0)
    report.record(RunFailed(at=T0, error=error))
    (entry,) = report.to_dict()["errors"]
    assert entry["code"] == "feature_in_use"
    assert entry["rendered"] == ["A backup is running.", "caused by: backup-1"]
    assert "A backup is running." in render_html(report.to_dict())


def test_failed_job_error_text_is_in_the_report() -> None:
    clock = FakeClock()
    error = ApiErrorBody("ERROR", (msg("ex.partner", "Partner vc02 is not reachable."),))
    client = FakeClient(clock, jobs=[None, failed(55, error=error)])
    report = RunReport(target=TARGET, options={}, renderer=MessageRenderer(), now=clock.now)
    JobRunner(client, Credentials("u", PASSWORD), on_event=report.record, clock=clock.monotonic, now=clock.now,
              sleep=clock.sleep).run(JobSpec("u", SSO_PASSWORD))
    data = report.to_dict()
    assert data["final_info"]["status"] == "FAILED"
    assert data["final_error"] == ["Partner vc02 is not reachable."]


def test_event_to_dict_shapes() -> None:
    trust = TrustDecision(TrustMode.CHAIN, cert())
    connected = event_to_dict(Connected(at=T0, host="h", port=443, flavor="rest", user="u", trust=trust))
    assert connected == {"event": "connected", "at": "2024-05-03T10:00:00.000Z", "host": "h", "port": 443,
                         "flavor": "rest", "user": "u", "trust_mode": "chain", "sha256": cert().sha256}
    update = event_to_dict(JobUpdated(at=T0, info=running(5, [msg("a", "A")]), new_messages=(msg("a", "A"),),
                                      status_changed=False), MessageRenderer())
    assert update["info"]["status"] == "RUNNING" and update["new_messages"][0]["text"] == "A"
    down = event_to_dict(ServicesUnavailable(at=T0, cause=ServiceUnavailable(http_status=503), since=T0,
                                             deadline=T0 + timedelta(minutes=30)))
    assert down["deadline"] == "2024-05-03T10:30:00.000Z" and down["cause"]["code"] == "service_unavailable"
    assert event_to_dict(ServicesBack(at=T0, outage_seconds=12.5))["outage_seconds"] == 12.5
    assert event_to_dict(JobStarted(at=T0, info=running(0)))["event"] == "job_started"
    assert event_to_dict(Reauthenticated(at=T0)) == {"event": "reauthenticated", "at": "2024-05-03T10:00:00.000Z"}


def test_safe_host() -> None:
    assert safe_host("vcsa.example.com") == "vcsa.example.com"
    assert safe_host("[2001:db8::1]") == "2001_db8_1"
    assert safe_host("../../etc/passwd") == "etc_passwd"
    assert safe_host("") == "unknown"


@pytest.mark.expected_warnings("reconui.core.runner")
def test_html_shows_times_in_the_users_zone_and_plain_words(tmp_path: Path) -> None:
    clock = FakeClock()
    client = FakeClient(clock, jobs=[None, running(10), ServiceUnavailable(http_status=503), succeeded()],
                        create=[running(0)])
    berlin = ZoneInfo("Europe/Berlin")
    report = RunReport(target=TARGET, options={"ignore_warnings": False, "proxy": None},
                       renderer=MessageRenderer(tz=berlin), now=clock.now)
    report.record(Connected(at=T0, host="vcsa.example.com", port=443, flavor="api", user="u",
                            trust=TrustDecision(TrustMode.PINNED, cert())))
    JobRunner(client, Credentials("u", PASSWORD), on_event=report.record, clock=clock.monotonic, now=clock.now,
              sleep=clock.sleep).run(JobSpec("u", SSO_PASSWORD))
    files = report.write(tmp_path)
    data = json.loads(files.json.read_text(encoding="utf-8"))
    assert data["started_at"] == "2024-05-03T10:00:00.000Z"  # machines get UTC ...
    assert data["time_zone"] == {"name": "CEST", "utc_offset": "+02:00"}  # ... and the user's zone
    page = files.html.read_text(encoding="utf-8")
    assert "2024 May 03 12:00:00 CEST" in page  # started, 10:00 UTC in Berlin summer time
    assert "2026 May 03 12:00:00 CEST" in page  # the certificate's end of validity
    assert "10:00:00.000Z" not in page.split("<h2>Final job information</h2>")[0]
    assert "Times are shown in CEST" in page
    before_info = page.split("<h2>Final job information</h2>")[0]
    for python_spelling in ("None", "True", "False", "['"):
        assert python_spelling not in before_info, python_spelling
    assert "<th>ignore warnings</th><td>no</td>" in before_info


def _report(tmp_path: Path) -> RunReport:
    return RunReport(target=Target("vcsa.example"), options={}, renderer=MessageRenderer())


def test_item10_an_existing_report_file_is_never_overwritten(tmp_path: Path) -> None:
    existing = tmp_path / "mine.json"
    existing.write_text("precious", encoding="utf-8")
    files = _report(tmp_path).write(existing)
    assert existing.read_text(encoding="utf-8") == "precious"
    assert files.json == tmp_path / "mine-2.json" and files.html == tmp_path / "mine-2.html"


def test_item10_a_symbolic_link_at_the_report_name_is_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    (tmp_path / "r.json").symlink_to(victim)
    (tmp_path / "dangling.html").symlink_to(tmp_path / "nowhere")
    files = _report(tmp_path).write(tmp_path / "r.json")
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert not files.json.is_symlink() and files.json.name == "r-2.json"
    files = _report(tmp_path).write(tmp_path / "dangling.json")
    assert not (tmp_path / "nowhere").exists() and files.html.name == "dangling-2.html"


ROWS = (
    ReplicationPartner("vc01.example.com", "vc02.example.com", True, True, True, 0),
    ReplicationPartner("vc01.example.com", "<vc03>", False, False),
)

SERVICES = (
    service("vpxd"),
    service("vsphere-ui", "STOPPED"),
    service("content-library", "STARTED", "DEGRADED", messages=[msg("cls.db", "Database <b>unreachable</b>.")]),
)


def report_of_a_run(**scripts: object) -> dict:
    clock = FakeClock()
    client = FakeClient(clock, jobs=[None, succeeded()], **scripts)  # type: ignore[arg-type]
    report = RunReport(target=Target("vcsa.example.com"), options={}, renderer=MessageRenderer(), now=clock.now)
    runner = JobRunner(client, Credentials("u", "Pw-not-in-report-9"), on_event=report.record,
                       options=RunOptions(health_settle=30, health_interval=10), clock=clock.monotonic, now=clock.now,
                       sleep=clock.sleep, cancel=threading.Event(), rng=random.Random(1))
    runner.run(JobSpec("u", "Sso-not-in-report-9"), check_health=True)
    report.set_outcome("succeeded", exit_code=6)
    return report.to_dict()


@pytest.mark.expected_warnings("reconui.core.runner")
def test_health_and_partners_in_the_json_report() -> None:
    data = report_of_a_run(partners=[ROWS], services=[SERVICES], health=[{"mem": "orange", "*": "green"}])
    partners = data["appliance"]["partners"]
    assert partners["available"] and partners["unreachable"] == ["<vc03>"]
    assert partners["rows"][1] == {"node": "vc01.example.com", "replication_partner": "<vc03>",
                                   "partner_available": False, "status_available": False}
    assert "<vc03> does not answer" in partners["text"]
    health = data["health"]
    assert health["verdict"] == "needs_attention" and health["settled"] is True and health["rounds"] == 2
    findings = {f["name"]: f for f in health["findings"]}
    assert set(findings) == {"vsphere-ui", "content-library", "mem"}
    assert findings["content-library"]["messages"][0]["text"] == "Database <b>unreachable</b>."
    assert findings["vsphere-ui"]["code"] == "service_stopped"
    services = {s["id"]: s for s in health["last_check"]["services"]}
    assert "health" not in services["vsphere-ui"] and services["vpxd"]["health"] == "HEALTHY"
    timeline = [e["event"] for e in data["timeline"]]
    assert timeline[-3:] == ["health_checked", "health_checked", "health_verdict_reached"]


@pytest.mark.expected_warnings("reconui.core.runner")
def test_health_and_partners_in_the_html_report_escaped() -> None:
    data = report_of_a_run(partners=[ROWS], services=[SERVICES])
    page = render_html(data)
    assert "<h2>Health</h2>" in page and "<h2>Linked-mode partners</h2>" in page
    assert page.index("<h2>Health</h2>") < page.index("<h2>Certificate</h2>")
    assert "NEEDS ATTENTION" in page
    assert "Database &lt;b&gt;unreachable&lt;/b&gt;." in page and "<b>unreachable</b>" not in page
    assert "&lt;vc03&gt;" in page and "<vc03>" not in page
    assert "service-control --start vsphere-ui" in page


def test_a_run_without_checks_has_no_health_section() -> None:
    clock = FakeClock()
    client = FakeClient(clock, jobs=[None, succeeded()])
    report = RunReport(target=Target("vcsa.example.com"), options={}, renderer=MessageRenderer(), now=clock.now)
    JobRunner(client, Credentials("u", "Pw-not-in-report-9"), on_event=report.record, clock=clock.monotonic,
              now=clock.now, sleep=clock.sleep).run(JobSpec("u", "Sso-not-in-report-9"))
    data = report.to_dict()
    assert data["health"] is None
    assert "<h2>Health</h2>" not in render_html(data)


def test_a_watched_restore_leaves_its_messages_in_the_report() -> None:
    from reconui.core.models import RestoreStatus

    clock = FakeClock()
    restores = [RestoreStatus("INPROGRESS", 20, (msg("r.run", "Restore is in progress."),)),
                RestoreStatus("SUCCEEDED", 100, (msg("r.run", "Restore is in progress."), msg("r.done", "Done <ok>.")))]
    client = FakeClient(clock, restore=restores, jobs=[None, succeeded()])
    report = RunReport(target=Target("vcsa.example.com"), options={}, renderer=MessageRenderer(), now=clock.now)
    JobRunner(client, Credentials("u", "Pw-not-in-report-9"), on_event=report.record, clock=clock.monotonic,
              now=clock.now, sleep=clock.sleep).run(JobSpec("u", "Sso-not-in-report-9"), wait_for_restore=True)
    data = report.to_dict()
    assert [m["id"] for m in data["appliance"]["restore_messages"]] == ["r.done"]
    assert data["appliance"]["restore"]["state"] == "SUCCEEDED"  # as it ended, not as pre-flight saw it
    assert {"restore_updated", "restore_finished"} <= {e["event"] for e in data["timeline"]}
    page = render_html(data)
    assert "Restore messages" in page and "Done &lt;ok&gt;." in page
