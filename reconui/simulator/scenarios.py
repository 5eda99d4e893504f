"""The named behaviours a simulated appliance can show, one line each.

Kept free of other simulator imports so ``config`` can validate names and ``--help`` can list
them without building anything.
"""

from __future__ import annotations

from types import MappingProxyType

SCENARIOS: MappingProxyType[str, str] = MappingProxyType(
    {
        "ok": "the job runs for --duration seconds with step messages and ends SUCCEEDED",
        "fail": "the job ends FAILED part-way (see fail_at) with an error struct and messages",
        "warnings": "validation warns that ELM partner vc03.example.com is unreachable: FAILED early "
        "unless ignore_warnings is true, then SUCCEEDED with a warning message",
        "in_use": "create answers 400 feature_in_use (a backup is running on the appliance)",
        "not_allowed": "the restore job is FAILED (see restore_state), create answers 400 not_allowed_in_current_state",
        "bad_sso": "the appliance's SSO password differs from the documented default, so the demo "
        "SSO credentials get 400 invalid_argument",
        "running": "a job is already RUNNING at start (as after a file-based restore); create answers "
        "400 feature_in_use until it ends",
        "restart": "mid-job the services restart: 503 text bodies, then refused connections, then all "
        "sessions are gone (401); the job still ends SUCCEEDED",
        "expire": "sessions expire a few seconds after login (session_max_age, default 5 s)",
        "flaky": "a seeded share of replies are garbage JSON, truncated, proxy HTML 502 pages or slow; "
        "session create is spared",
        "restore_running": "the restore job is INPROGRESS for a while (see restore_running_for), with "
        "progress and messages, then SUCCEEDED; create answers not_allowed_in_current_state until then",
        "partner_down": "linked-mode partner vc03.example.com is unreachable (replication status and "
        "validation): the job FAILS on its validation warning unless ignore_warnings is true",
        "degraded": "the job SUCCEEDS, then appliance health turns orange (mem orange, database-storage "
        "yellow), vsphere-ui stays STOPPED and content-library runs DEGRADED with a health message",
        "slow_services": "after the job SUCCEEDS the services are still STARTING for a while (see "
        "services_settle; /vcenter/services answers 503 at first, health reads gray), then all STARTED",
    }
)
