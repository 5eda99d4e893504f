"""The client's HTTPS connection (reconui/core/connection.py): 1xx interim replies are skipped."""

from __future__ import annotations

from pathlib import Path

from hostile import (
    API_JOB,
    API_SESSION,
    HOSTILE_ADMIN,
    TOKEN,
    HostileAppliance,
    Reply,
    job_info,
    json_body,
    trusted_client,
)


def test_item5_early_hints_before_the_answer_are_skipped(appliance: HostileAppliance, tmp_path: Path) -> None:
    appliance.script({
        API_SESSION: [Reply(201, json_body(TOKEN), interim=(103,))],
        ("GET", API_JOB): [Reply(200, job_info("RUNNING", 40), interim=(103, 102, 100))],
    })
    with trusted_client(appliance, tmp_path) as client:
        client.login(HOSTILE_ADMIN)
        info = client.get_job()
        again = client.get_job()  # the kept-alive connection is still in step
    assert info is not None and info.progress == 40
    assert again is not None and again.progress == 40
