"""The exit codes scripts rely on (reconui/cli/exit_codes.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile import API_JOB, HostileAppliance, Reply, job_info

from reconui import cli
from reconui.core.errors import (
    BadResponse,
    CertificateChanged,
    CertificateUntrusted,
    ConnectionRefused,
    FeatureInUse,
    GaveUpWaiting,
    GenericApplianceError,
    InvalidArgument,
    InvalidTarget,
    NotAllowedInCurrentState,
    ProtocolError,
    RestoreNotSucceeded,
    ServiceUnavailable,
    TlsError,
    Unauthenticated,
    Unauthorized,
)
from reconui.core.runner import OutcomeKind, RunOutcome

from .conftest import run_against


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (GaveUpWaiting({"minutes": 30}), 5),
        (FeatureInUse(http_status=400), 4),
        (NotAllowedInCurrentState(http_status=400), 4),
        (RestoreNotSucceeded("INPROGRESS"), 4),
        (InvalidArgument(http_status=400), 4),
        (Unauthorized(http_status=403), 4),
        (GenericApplianceError(http_status=500), 4),
        (Unauthenticated(http_status=401), 3),
        (ConnectionRefused({"host": "h", "port": 1}), 3),
        (TlsError({"host": "h", "reason": "x"}), 3),
        (BadResponse({"reason": "x"}), 3),
        (ServiceUnavailable(http_status=503), 3),
        (ProtocolError({"reason": "x"}), 7),  # issue 8 item 9: its own code, not "could not connect"
        (InvalidTarget({"value": "x", "reason": "y"}), 2),
    ],
)
def test_exit_code_for_errors(error, code: int) -> None:
    assert cli.exit_code_for_error(error) == code
    assert cli.exit_code_for(RunOutcome(OutcomeKind.ERROR, error=error)) == code


def test_trust_errors_exit_3() -> None:
    from datetime import datetime, timezone

    from reconui.core.models import CertificateInfo

    t = datetime(2024, 1, 1, tzinfo=timezone.utc)
    cert = CertificateInfo("CN=a", "CN=a", (), t, t, "AA:" * 31 + "AA", "BB", "1", "pem")
    assert cli.exit_code_for_error(CertificateUntrusted({"host": "h"}, certificate=cert)) == 3
    assert cli.exit_code_for_error(CertificateChanged({"host": "h"}, certificate=cert, pinned_sha256="CC")) == 3


@pytest.mark.parametrize(
    ("kind", "code"),
    [(OutcomeKind.SUCCEEDED, 0), (OutcomeKind.FAILED, 1), (OutcomeKind.STOPPED, 130),
     (OutcomeKind.PREVIOUS_FINISHED, 2), (OutcomeKind.NO_JOB, 0)],
)
def test_exit_code_for_outcomes(kind: OutcomeKind, code: int) -> None:
    assert cli.exit_code_for(RunOutcome(kind)) == code


def test_item6_the_exit_codes_are_documented_in_help_and_readme(capsys: pytest.CaptureFixture[str]) -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    for code in sorted(cli.DOCUMENTED_EXIT_CODES):
        assert f"\n  {code} " in cli.EXIT_CODES_HELP
        assert f"\n| {code} |" in readme


@pytest.mark.expected_warnings("reconui.core.runner")
def test_item9_answers_that_stay_of_the_wrong_shape_exit_7(run_cli, home: Path, appliance: HostileAppliance) -> None:
    appliance.script({("GET", API_JOB): [Reply(200, job_info("RUNNING", 10)), Reply(200, {"status": ["?"]})]})
    result = run_against(run_cli, appliance, "--json")
    assert result.code == cli.EXIT_UNREADABLE == 7
    assert result.report["outcome"]["exit_code"] == 7
