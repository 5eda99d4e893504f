"""The job runner against a scripted fake appliance with a fake clock (no real waiting)."""

from __future__ import annotations

import itertools
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from fakes import (
    RUNNER_CREDENTIALS,
    FakeClient,
    FakeClock,
    RunnerHarness,
    failed,
    fake_certificate,
    info,
    msg,
    running,
    succeeded,
)
from hostile import (
    API_JOB,
    HostileAppliance,
    Reply,
    instant_runner,
    job_info,
    trusted_client,
)

from reconui.core.errors import (
    BadResponse,
    CertificateChanged,
    ConnectionRefused,
    ConnectionReset,
    DnsError,
    FeatureInUse,
    GaveUpWaiting,
    GenericApplianceError,
    LoginRefused,
    NotAllowedInCurrentState,
    NotFound,
    ProtocolError,
    RequestTimeout,
    RestoreFailed,
    RestoreInProgress,
    RestoreNotSucceeded,
    ServiceUnavailable,
    TlsError,
    Unauthenticated,
    Unauthorized,
)
from reconui.core.events import (
    Connected,
    JobAttached,
    JobFinished,
    JobStarted,
    JobUpdated,
    MonitoringStopped,
    PreflightDone,
    Reauthenticated,
    RunFailed,
    ServicesBack,
    ServicesUnavailable,
    StillUnavailable,
)
from reconui.core.logging_setup import redact
from reconui.core.message_tracker import MessageTracker
from reconui.core.models import (
    ApplianceVersion,
    JobSpec,
    RestoreStatus,
    TrustMode,
)
from reconui.core.runner import (
    JobRunner,
    OutcomeKind,
    RunOptions,
)

SPEC = JobSpec("administrator@vsphere.local", "Ss0-Secr3t!", ignore_warnings=False)


def unavailable() -> ServiceUnavailable:
    return ServiceUnavailable(http_status=503, detail="text/plain body")


def unauthenticated() -> Unauthenticated:
    return Unauthenticated(http_status=401)


def make(options: RunOptions | None = None, **scripts) -> RunnerHarness:
    return RunnerHarness(options, **scripts)


# --- the happy paths -----------------------------------------------------------------------------


def test_starts_a_new_job_and_watches_it_to_success() -> None:
    h = make(jobs=[None, running(10), running(60), succeeded()], create=[running(0)])
    outcome = h.runner.run(SPEC)

    assert outcome.kind is OutcomeKind.SUCCEEDED
    assert outcome.started is True
    assert outcome.info is not None and outcome.info.status == "SUCCEEDED"
    assert h.types() == [
        Connected, PreflightDone, JobStarted, JobUpdated, JobUpdated, JobUpdated, JobFinished,
    ]
    assert outcome.events == tuple(h.events)
    assert h.client.specs == [SPEC]
    assert h.client.logged_out == 1
    connected = h.of(Connected)[0]
    assert (connected.host, connected.port, connected.flavor, connected.user) == (
        "vcsa.example.com", 443, "api", RUNNER_CREDENTIALS.user)
    assert connected.trust.mode is TrustMode.PINNED
    updates = h.of(JobUpdated)
    assert [u.status_changed for u in updates] == [False, False, True]
    assert h.of(JobFinished)[0].info.status == "SUCCEEDED"


def test_failed_job_ends_with_failed_outcome() -> None:
    h = make(jobs=[None, running(30), failed(55)])
    outcome = h.runner.run(SPEC)
    assert outcome.kind is OutcomeKind.FAILED
    assert outcome.info.status == "FAILED"
    assert type(h.events[-1]) is JobFinished


def test_running_job_is_attached_not_started() -> None:
    h = make(jobs=[running(40), running(80), succeeded()])
    outcome = h.runner.run(SPEC)
    assert outcome.kind is OutcomeKind.SUCCEEDED
    assert outcome.started is False
    assert h.client.count("create_job") == 0
    assert JobAttached in h.types() and JobStarted not in h.types()
    assert h.of(PreflightDone)[0].existing_job.status == "RUNNING"


def test_job_with_status_none_counts_as_no_job() -> None:
    h = make(jobs=[info("NONE", 0), running(50), succeeded()])
    outcome = h.runner.run(SPEC)
    assert outcome.kind is OutcomeKind.SUCCEEDED
    assert h.client.count("create_job") == 1


@pytest.mark.parametrize("previous", [succeeded(), failed(40)])
def test_finished_previous_job_needs_an_explicit_choice(previous) -> None:
    h = make(jobs=[previous])
    outcome = h.runner.run(SPEC)
    assert outcome.kind is OutcomeKind.PREVIOUS_FINISHED
    assert outcome.info == previous
    assert "--start-new" in outcome.message and previous.status in outcome.message
    assert h.client.count("create_job") == 0
    assert h.of(PreflightDone)[0].existing_job == previous
    assert RunFailed not in h.types()
    assert h.client.logged_out == 1


def test_finished_previous_job_with_the_choice_starts_anew() -> None:
    h = make(jobs=[failed(40), running(20), succeeded()])
    outcome = h.runner.run(SPEC, start_new_after_finished=True)
    assert outcome.kind is OutcomeKind.SUCCEEDED
    assert outcome.started is True
    assert h.client.count("create_job") == 1


@pytest.mark.parametrize(("state", "error", "code", "words"), [
    ("INPROGRESS", RestoreInProgress, "restore_in_progress", "--wait-for-restore"),
    ("FAILED", RestoreFailed, "restore_failed", "restore again"),
    ("NONE", RestoreNotSucceeded, "not_allowed_in_current_state", "restore has finished successfully"),
])
@pytest.mark.expected_warnings("reconui.core.runner")
def test_restore_not_succeeded_refuses_before_create(state: str, error: type, code: str, words: str) -> None:
    h = make(restore=[RestoreStatus(state=state, progress=30)], jobs=[None])
    outcome = h.runner.run(SPEC)
    assert outcome.kind is OutcomeKind.ERROR
    assert isinstance(outcome.error, error)
    assert isinstance(outcome.error, NotAllowedInCurrentState)
    assert outcome.error.code == code
    if state == "NONE":
        assert outcome.error.params["state"] == state
    assert words in outcome.message
    assert h.client.count("create_job") == 0
    assert h.of(RunFailed)[0].error is outcome.error
    assert h.client.logged_out == 1


def test_restore_not_succeeded_still_allows_attaching_to_a_running_job() -> None:
    h = make(restore=[RestoreStatus(state="INPROGRESS")], jobs=[running(5), succeeded()])
    assert h.runner.run(SPEC).kind is OutcomeKind.SUCCEEDED


@pytest.mark.parametrize("error", [GenericApplianceError(http_status=500), NotFound(http_status=404)])
def test_unreadable_restore_status_and_version_do_not_block(error) -> None:
    h = make(restore=[error], version=[error], jobs=[None, succeeded()])
    outcome = h.runner.run(SPEC)
    assert outcome.kind is OutcomeKind.SUCCEEDED
    pre = h.of(PreflightDone)[0]
    assert pre.restore is None and pre.version is None
    assert outcome.preflight.restore_allows_start


@pytest.mark.expected_warnings("reconui.core.runner")
def test_unauthorized_in_preflight_ends_the_run() -> None:
    h = make(restore=[Unauthorized(http_status=403)])
    outcome = h.runner.run(SPEC)
    assert isinstance(outcome.error, Unauthorized)
    assert h.client.count("create_job") == 0


@pytest.mark.expected_warnings("reconui.core.runner")
def test_refusal_on_create_is_an_error_outcome() -> None:
    h = make(jobs=[None], create=[FeatureInUse(http_status=400)])
    outcome = h.runner.run(SPEC)
    assert outcome.kind is OutcomeKind.ERROR
    assert isinstance(outcome.error, FeatureInUse)
    assert h.types()[-1] is RunFailed
    assert h.client.count("create_job") == 1  # a refusal is never retried


@pytest.mark.expected_warnings("reconui.core.runner")
def test_login_failure_is_not_ridden_out() -> None:
    for error in (unauthenticated(), ConnectionRefused({"host": "h", "port": 443})):
        h = make(login=[error])
        outcome = h.runner.run(SPEC)
        assert outcome.kind is OutcomeKind.ERROR
        if isinstance(error, Unauthenticated):
            # The first login's 401 is a wrong password, never "the session has expired".
            assert isinstance(outcome.error, LoginRefused) and "expired" not in outcome.error.sentence
        else:
            assert outcome.error is error
        assert h.types() == [RunFailed]
        assert h.client.names() == ["login"]
        assert h.clock.sleeps == []


def test_unexpected_exceptions_propagate_but_still_log_out() -> None:
    h = make(jobs=[RuntimeError("bug")])
    with pytest.raises(RuntimeError):
        h.runner.run(SPEC)
    assert h.client.logged_out == 1


# --- pacing ----------------------------------------------------------------------------------------


def test_polling_backs_off_while_steady_and_speeds_up_on_change() -> None:
    steady = [running(10)] * 12
    h = make(jobs=[None, *steady, running(20), succeeded()], create=[running(10)])
    h.runner.run(SPEC)
    sleeps = h.clock.sleeps
    opts = h.runner.options
    assert all(opts.min_interval <= s <= opts.max_interval for s in sleeps)
    assert sleeps[0] == opts.min_interval
    # Steady: the interval grows to the ceiling and stays there.
    assert sleeps[1] > sleeps[0]
    assert max(sleeps) == opts.max_interval
    assert all(b >= a for a, b in itertools.pairwise(sleeps[:12]))
    # The change at progress 20 resets it to the floor.
    change_index = 13  # the poll after the 12 steady answers returns progress 20
    assert sleeps[change_index] == opts.min_interval


def test_request_rate_is_at_most_one_per_second_on_average() -> None:
    changing = [running(p) for p in range(1, 60)]
    h = make(jobs=[None, *changing, succeeded()], create=[running(0)])
    h.runner.run(SPEC)
    polls = [c.t for c in h.client.calls if c.method == "get_job"][1:]  # after the preflight read
    elapsed = polls[-1] - polls[0]
    assert len(polls) > 50
    assert (len(polls) - 1) / elapsed <= 1.0
    assert all(b - a >= 1.0 for a, b in itertools.pairwise(polls))


def test_custom_intervals_are_honoured() -> None:
    opts = RunOptions(min_interval=2.0, max_interval=3.0, backoff=2.0)
    h = make(opts, jobs=[None, *[running(0)] * 5, succeeded()])
    h.runner.run(SPEC)
    assert h.clock.sleeps == [2.0, 3.0, 3.0, 3.0, 3.0, 3.0]


@pytest.mark.parametrize(
    "kwargs",
    [dict(min_interval=0), dict(min_interval=5, max_interval=2), dict(jitter=1.0), dict(backoff=0.5),
     dict(outage_window=-1)],
)
def test_invalid_options_are_rejected(kwargs) -> None:
    with pytest.raises(ValueError):
        RunOptions(**kwargs)


# --- outages -----------------------------------------------------------------------------------------


TRANSIENTS = [
    unavailable(),
    ServiceUnavailable(http_status=502),
    ConnectionRefused({"host": "h", "port": 443}),
    ConnectionReset({"host": "h"}),
    RequestTimeout({"host": "h", "seconds": 30}),
    TlsError({"host": "h", "reason": "EOF"}),
    BadResponse({"reason": "text/html"}),
    DnsError({"host": "h"}),
]


@pytest.mark.expected_warnings("reconui.core.runner")
def test_an_outage_emits_one_unavailable_and_one_back_event() -> None:
    h = make(jobs=[None, running(10), *TRANSIENTS, running(50), succeeded()])
    outcome = h.runner.run(SPEC)
    assert outcome.kind is OutcomeKind.SUCCEEDED
    types = h.types()
    assert types.count(ServicesUnavailable) == 1
    assert types.count(ServicesBack) == 1
    assert types.index(ServicesUnavailable) < types.index(ServicesBack)
    down = h.of(ServicesUnavailable)[0]
    assert down.cause is TRANSIENTS[0]
    assert down.deadline - down.since == timedelta(seconds=1800)
    back = h.of(ServicesBack)[0]
    outage_sleeps = h.clock.sleeps[2 : 2 + len(TRANSIENTS)]
    assert back.outage_seconds == pytest.approx(sum(outage_sleeps))
    # The update after the outage is reported normally.
    assert [u.info.progress for u in h.of(JobUpdated)][-2:] == [50, 100]


@pytest.mark.expected_warnings("reconui.core.runner")
def test_outage_waits_are_jittered_growing_and_bounded() -> None:
    opts = RunOptions(outage_initial_delay=2.0, outage_backoff=1.6, outage_max_delay=30.0, jitter=0.2)
    h = make(opts, jobs=[None, running(10), *[unavailable()] * 20, succeeded()])
    h.runner.run(SPEC)
    waits = h.clock.sleeps[2:22]
    assert all(w >= opts.min_interval for w in waits)
    assert waits[0] == pytest.approx(2.0, rel=0.21)
    assert all(w <= 30.0 * 1.2 + 1e-9 for w in waits)
    assert max(waits) > 20  # it did back off
    assert len(set(waits[-8:])) == 8  # jitter: capped waits still differ


@pytest.mark.expected_warnings("reconui.core.runner")
def test_gives_up_after_the_outage_window() -> None:
    opts = RunOptions(outage_window=120.0)
    h = make(opts, jobs=[None, running(10), unavailable()])
    outcome = h.runner.run(SPEC)
    assert outcome.kind is OutcomeKind.ERROR
    assert isinstance(outcome.error, GaveUpWaiting)
    assert outcome.error.params["minutes"] == "2"
    assert "2 minutes" in outcome.error.sentence
    assert h.types().count(ServicesUnavailable) == 1
    assert ServicesBack not in h.types()
    assert h.types()[-1] is RunFailed
    down = h.of(ServicesUnavailable)[0]
    first_failure = [c.t for c in h.client.calls if c.method == "get_job"][2]
    assert 120.0 <= h.clock.t - first_failure <= 120.0 + opts.min_interval + 1
    assert down.deadline == down.since + timedelta(seconds=120)


@pytest.mark.expected_warnings("reconui.core.runner")
def test_default_window_is_thirty_minutes() -> None:
    h = make(jobs=[None, running(10), unavailable()])
    outcome = h.runner.run(SPEC)
    assert isinstance(outcome.error, GaveUpWaiting)
    assert outcome.error.params["minutes"] == "30"
    assert 1800 <= h.clock.t <= 1800 + 60


@pytest.mark.expected_warnings("reconui.core.runner")
def test_separate_outages_each_get_their_own_events() -> None:
    h = make(jobs=[None, unavailable(), running(10), unavailable(), unavailable(), running(20), succeeded()])
    h.runner.run(SPEC)
    assert h.types().count(ServicesUnavailable) == 2
    assert h.types().count(ServicesBack) == 2


@pytest.mark.expected_warnings("reconui.core.runner")
def test_trust_errors_while_polling_are_not_ridden_out() -> None:
    changed = CertificateChanged({"host": "vcsa"}, certificate=fake_certificate("CC:" * 31 + "CC"),
                                  pinned_sha256=fake_certificate().sha256)
    h = make(jobs=[None, running(10), changed, succeeded()])
    outcome = h.runner.run(SPEC)
    assert outcome.error is changed
    assert ServicesUnavailable not in h.types()
    assert h.client.count("get_job") == 3


@pytest.mark.expected_warnings("reconui.core.runner")
def test_outage_during_preflight_is_ridden_out() -> None:
    version = ApplianceVersion(version="6.7.0.40000")
    h = make(version=[unavailable(), ConnectionReset({"host": "h"}), version], jobs=[running(50), succeeded()])
    outcome = h.runner.run(SPEC)
    assert outcome.kind is OutcomeKind.SUCCEEDED
    assert h.types()[:5] == [Connected, ServicesUnavailable, StillUnavailable, ServicesBack, PreflightDone]
    assert h.of(StillUnavailable)[0].attempts == 2  # the second failed try says how often it tried
    assert h.of(PreflightDone)[0].version == version


# --- create under an outage ----------------------------------------------------------------------------


@pytest.mark.expected_warnings("reconui.core.runner")
def test_transient_error_on_create_adopts_the_job_if_it_exists() -> None:
    h = make(jobs=[None, unavailable(), running(5), running(50), succeeded()], create=[ConnectionReset({"host": "h"})])
    outcome = h.runner.run(SPEC)
    assert outcome.kind is OutcomeKind.SUCCEEDED
    assert h.client.count("create_job") == 1
    assert h.types().count(ServicesUnavailable) == 1
    assert h.of(JobStarted)[0].info.progress == 5


@pytest.mark.expected_warnings("reconui.core.runner")
def test_transient_error_on_create_retries_create_when_no_job_exists() -> None:
    h = make(jobs=[None, None, running(50), succeeded()], create=[unavailable(), running(0)])
    outcome = h.runner.run(SPEC)
    assert outcome.kind is OutcomeKind.SUCCEEDED
    assert h.client.count("create_job") == 2


@pytest.mark.expected_warnings("reconui.core.runner")
def test_transient_error_on_create_does_not_adopt_the_old_finished_job() -> None:
    old = failed(40)
    h = make(jobs=[old, old, running(10), succeeded()], create=[unavailable(), running(0)])
    outcome = h.runner.run(SPEC, start_new_after_finished=True)
    assert outcome.kind is OutcomeKind.SUCCEEDED
    assert h.client.count("create_job") == 2


# --- 401 and re-login -----------------------------------------------------------------------------------


def test_logs_in_again_once_per_401() -> None:
    h = make(jobs=[None, running(10), unauthenticated(), running(50), unauthenticated(), succeeded()])
    outcome = h.runner.run(SPEC)
    assert outcome.kind is OutcomeKind.SUCCEEDED
    assert h.types().count(Reauthenticated) == 2
    assert h.client.count("login") == 3
    assert all(c == RUNNER_CREDENTIALS for c in h.client.logins)
    names = h.client.names()
    i = names.index("login", 1)
    assert names[i - 1 : i + 2] == ["get_job", "login", "get_job"]  # the call is retried at once


@pytest.mark.expected_warnings("reconui.core.runner")
def test_second_consecutive_401_fails() -> None:
    h = make(jobs=[None, running(10), unauthenticated(), unauthenticated(), succeeded()])
    outcome = h.runner.run(SPEC)
    assert outcome.kind is OutcomeKind.ERROR
    assert isinstance(outcome.error, Unauthenticated)
    assert h.types().count(Reauthenticated) == 1
    assert h.client.count("login") == 2


@pytest.mark.expected_warnings("reconui.core.runner")
def test_wrong_password_on_relogin_fails() -> None:
    h = make(login=[None, unauthenticated()], jobs=[None, running(10), unauthenticated(), succeeded()])
    outcome = h.runner.run(SPEC)
    assert isinstance(outcome.error, Unauthenticated)
    assert Reauthenticated not in h.types()


@pytest.mark.expected_warnings("reconui.core.runner")
def test_401_whose_relogin_meets_the_outage_is_part_of_the_outage() -> None:
    h = make(
        login=[None, unavailable(), ConnectionRefused({"host": "h", "port": 443}), None],
        jobs=[None, running(10), unauthenticated(), unauthenticated(), unauthenticated(), running(60), succeeded()],
    )
    outcome = h.runner.run(SPEC)
    assert outcome.kind is OutcomeKind.SUCCEEDED
    types = h.types()
    assert types.count(ServicesUnavailable) == 1
    assert types.count(ServicesBack) == 1
    assert types.count(Reauthenticated) == 1
    assert types.index(ServicesBack) < types.index(Reauthenticated)


# --- 404 right after create --------------------------------------------------------------------------------


def test_404_right_after_create_is_retried() -> None:
    h = make(jobs=[None, None, None, running(10), succeeded()], create=[running(0)])
    outcome = h.runner.run(SPEC)
    assert outcome.kind is OutcomeKind.SUCCEEDED
    assert h.client.count("get_job") == 5


@pytest.mark.expected_warnings("reconui.core.runner")
def test_job_that_stays_missing_is_an_error() -> None:
    opts = RunOptions(not_found_retries=3)
    h = make(opts, jobs=[None], create=[running(0)])
    outcome = h.runner.run(SPEC)
    assert isinstance(outcome.error, NotFound)
    assert h.client.count("get_job") == 1 + 4


# --- cancel -------------------------------------------------------------------------------------------------


def test_cancel_stops_monitoring_at_once() -> None:
    h = make(jobs=[None, *[running(p) for p in range(1, 50)], succeeded()])

    def cancel_on_fifth_sleep(_seconds: float) -> bool:
        if len(h.clock.sleeps) == 5:
            h.cancel.set()
            return True
        return False

    h.clock.on_sleep = cancel_on_fifth_sleep
    outcome = h.runner.run(SPEC)
    assert outcome.kind is OutcomeKind.STOPPED
    assert "cannot be cancelled" in outcome.message
    stopped = h.of(MonitoringStopped)
    assert len(stopped) == 1 and stopped[0].last_info.progress == 4
    assert h.types()[-1] is MonitoringStopped
    assert len(h.clock.sleeps) == 5
    assert h.client.count("get_job") == 1 + 4  # no request after the cancel
    assert h.client.logged_out == 1


def test_cancel_during_an_outage_stops_at_once() -> None:
    h = make(jobs=[None, running(10), unavailable()])
    h.clock.on_sleep = lambda s: h.cancel.set() or len(h.clock.sleeps) > 4
    outcome = h.runner.run(SPEC)
    assert outcome.kind is OutcomeKind.STOPPED
    assert h.types()[-1] is MonitoringStopped
    assert h.clock.t < 120


def test_cancel_before_preflight_stops_without_requests() -> None:
    h = make(jobs=[running(10)])
    h.client.scripts["login"].steps = [lambda: h.cancel.set()]
    outcome = h.runner.run(SPEC)
    assert outcome.kind is OutcomeKind.STOPPED
    assert h.client.names() == ["login"]


def test_default_sleep_is_the_cancel_event() -> None:
    clock = FakeClock()
    client = FakeClient(clock, jobs=[None, running(10)])
    cancel = threading.Event()
    events: list[object] = []
    runner = JobRunner(client, RUNNER_CREDENTIALS, on_event=events.append,
                       cancel=cancel, clock=clock.monotonic, now=clock.now)
    timer = threading.Timer(0.2, cancel.set)
    timer.start()
    outcome = runner.run(SPEC)
    timer.join()
    assert outcome.kind is OutcomeKind.STOPPED


# --- watch_existing, messages ------------------------------------------------------------------------------


def test_watch_existing_without_a_job() -> None:
    h = make(jobs=[None])
    outcome = h.runner.watch_existing()
    assert outcome.kind is OutcomeKind.NO_JOB
    assert h.client.count("create_job") == 0
    assert h.types() == [Connected, PreflightDone]


def test_watch_existing_attaches_to_a_running_job() -> None:
    h = make(jobs=[running(40), succeeded()])
    outcome = h.runner.watch_existing()
    assert outcome.kind is OutcomeKind.SUCCEEDED
    assert h.types() == [Connected, PreflightDone, JobAttached, JobUpdated, JobFinished]


def test_watch_existing_reports_a_finished_job() -> None:
    h = make(jobs=[failed(30)])
    outcome = h.runner.watch_existing()
    assert outcome.kind is OutcomeKind.FAILED
    assert h.types() == [Connected, PreflightDone, JobAttached, JobFinished]
    assert h.clock.sleeps == []


def test_new_messages_are_reported_once_each() -> None:
    a, b, c = msg("step.a", "A"), msg("step.b", "B"), msg("step.c", "C")
    h = make(jobs=[running(10, [a]), running(20, [a, b]), running(20, [a, b]), running(30, [a, b, c, b]),
                   succeeded([a, b, c, b])])
    h.runner.run(SPEC)
    fresh = [[m.id for m in u.new_messages] for u in h.of(JobUpdated)]
    assert fresh == [["step.b"], ["step.c", "step.b"], []]


def test_message_tracker_handles_params_mappings() -> None:
    from reconui.core.models import LocalizableMessage, LocalizationParam

    m = LocalizableMessage(id="x", default_message="3 of 12", params={"n": LocalizationParam(i=3)})
    tracker = MessageTracker()
    assert tracker.new_messages((m,)) == (m,)
    assert tracker.new_messages((m,)) == ()


def test_passwords_are_registered_for_log_redaction() -> None:
    h = make(jobs=[None, succeeded()])
    h.runner.run(SPEC)
    text = f"login with {RUNNER_CREDENTIALS.password} and {SPEC.sso_password}"
    assert RUNNER_CREDENTIALS.password not in redact(text)
    assert SPEC.sso_password not in redact(text)


# --- issue 8: create that never answers, shape errors, a stop during a call ----------------------


@pytest.mark.expected_warnings("reconui.core.runner")
def test_create_retries_back_off_across_successful_probes_and_are_capped() -> None:
    opts = RunOptions(outage_initial_delay=2.0, outage_backoff=2.0, outage_max_delay=64.0, jitter=0.0,
                      max_create_attempts=5)
    h = make(opts, jobs=[None], create=[unavailable()])
    outcome = h.runner.run(SPEC)
    assert isinstance(outcome.error, GaveUpWaiting)
    assert h.client.count("create_job") == 5
    waits = h.clock.sleeps
    assert waits == sorted(waits) and waits[-1] > waits[0]  # the probe's 404 does not reset the back-off
    assert h.types().count(ServicesUnavailable) == 1 and ServicesBack not in h.types()


@pytest.mark.expected_warnings("reconui.core.runner")
def test_create_retries_stop_at_the_outage_window_even_though_reads_succeed() -> None:
    opts = RunOptions(outage_window=60.0, max_create_attempts=10_000)
    h = make(opts, jobs=[None], create=[unavailable()])
    outcome = h.runner.run(SPEC)
    assert isinstance(outcome.error, GaveUpWaiting)
    first = next(c.t for c in h.client.calls if c.method == "create_job")
    assert 60.0 <= h.clock.t - first <= 60.0 + 31
    assert h.client.count("create_job") < 20


@pytest.mark.expected_warnings("reconui.core.runner")
def test_a_create_that_got_through_is_found_by_the_probe() -> None:
    h = make(jobs=[None, running(5), succeeded()], create=[unavailable()])
    outcome = h.runner.run(SPEC)
    assert outcome.kind is OutcomeKind.SUCCEEDED
    assert h.client.count("create_job") == 1
    assert h.types().count(ServicesBack) == 1


@pytest.mark.expected_warnings("reconui.core.runner")
def test_shape_errors_while_watching_are_ridden_out_for_a_bounded_number_of_polls() -> None:
    bad = ProtocolError({"reason": "status must be a string"})
    h = make(RunOptions(shape_error_retries=3), jobs=[None, bad, bad, bad, succeeded()])
    assert h.runner.run(SPEC).kind is OutcomeKind.SUCCEEDED
    h = make(RunOptions(shape_error_retries=3), jobs=[None, bad])
    outcome = h.runner.run(SPEC)
    assert outcome.error is bad
    assert h.client.count("get_job") == 1 + 1 + 3


def test_a_stop_during_a_failing_call_is_a_stop_not_an_outage() -> None:
    h = make(jobs=[None])

    def cut_off() -> None:
        h.cancel.set()  # the user pressed Ctrl-C; the call in flight was cut and failed
        raise unavailable()

    h.client.scripts["get_job"].steps = [None, cut_off]
    outcome = h.runner.run(SPEC)
    assert outcome.kind is OutcomeKind.STOPPED
    assert ServicesUnavailable not in h.types()


@pytest.mark.expected_warnings("reconui.core.runner")
def test_item2_create_answering_503_while_reads_answer_404_gives_up(appliance: HostileAppliance,
                                                                      tmp_path: Path) -> None:
    appliance.script({("POST", API_JOB): [Reply(503, "<html>busy</html>", headers=(("Content-Type", "text/html"),))]})
    with trusted_client(appliance, tmp_path) as client:
        runner = instant_runner(client, max_create_attempts=4, outage_window=3600.0)
        outcome = runner.run(JobSpec("administrator@vsphere.local", "Ss0-Pa55!"))
    assert outcome.kind is OutcomeKind.ERROR and outcome.error is not None
    assert outcome.error.code == "gave_up"
    assert len(appliance.calls("POST", API_JOB)) == 4  # the cap, not forever


@pytest.mark.expected_warnings("reconui.core.runner")
def test_item2_the_successful_read_does_not_reset_the_outage_clock(appliance: HostileAppliance,
                                                                    tmp_path: Path) -> None:
    appliance.script({("POST", API_JOB): [Reply(503, b"", headers=(("Content-Type", "text/html"),))]})
    with trusted_client(appliance, tmp_path) as client:
        runner = instant_runner(client, max_create_attempts=1000, outage_window=1.0, outage_max_delay=0.1)
        outcome = runner.run(JobSpec("administrator@vsphere.local", "Ss0-Pa55!"))
    assert outcome.error is not None and outcome.error.code == "gave_up"
    creates = len(appliance.calls("POST", API_JOB))
    assert 2 <= creates < 1000  # the 1 s window of the fake clock ended it (old code: never)


@pytest.mark.expected_warnings("reconui.core.runner")
def test_item9_a_few_answers_of_the_wrong_shape_are_ridden_out(appliance: HostileAppliance, tmp_path: Path) -> None:
    wrong = Reply(200, {"status": 7, "progress": "half"})
    appliance.script({("GET", API_JOB): [Reply(200, job_info("RUNNING", 10)), wrong, wrong,
                                         Reply(200, job_info("SUCCEEDED", 100))]})
    with trusted_client(appliance, tmp_path) as client:
        outcome = instant_runner(client).watch_existing()
    assert outcome.kind is OutcomeKind.SUCCEEDED


@pytest.mark.expected_warnings("reconui.core.runner")
def test_item9_answers_that_stay_wrong_end_the_run_as_a_protocol_error(appliance: HostileAppliance,
                                                                        tmp_path: Path) -> None:
    appliance.script({("GET", API_JOB): [Reply(200, job_info("RUNNING", 10)), Reply(200, [1, 2, 3])]})
    with trusted_client(appliance, tmp_path) as client:
        outcome = instant_runner(client, shape_error_retries=3).watch_existing()
    assert outcome.kind is OutcomeKind.ERROR and isinstance(outcome.error, ProtocolError)
    assert len(appliance.calls("GET", API_JOB)) == 1 + 1 + 3  # preflight, first bad poll, 3 tolerated
