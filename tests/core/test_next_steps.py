"""Every outcome has a next step, from one table in the core (issue 11, item 5)."""

from __future__ import annotations

from fakes import failed, msg

from reconui.core import errors
from reconui.core.error_texts import ERROR_TEXTS
from reconui.core.errors import FeatureInUse, GaveUpWaiting, InvalidArgument, NotAllowedInCurrentState, Unauthorized
from reconui.core.models import ApiErrorBody
from reconui.core.next_steps import (
    JOB_FAILED,
    JOB_FAILED_WARNINGS,
    NEXT_STEPS,
    key_for_job,
    needs_ignore_warnings,
    next_step_for_error,
    next_step_for_job,
)


def _all_error_classes() -> list[type[errors.ReconError]]:
    found: list[type[errors.ReconError]] = []
    todo: list[type[errors.ReconError]] = [errors.ReconError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo += cls.__subclasses__()
    return found


def test_every_error_code_has_its_own_next_step() -> None:
    codes = {cls.code for cls in _all_error_classes()}
    missing = {code for code in codes if code not in NEXT_STEPS}
    assert not missing, f"error codes without a next step: {missing}"
    text_keys = {"login_refused", "keyring_failed_read", "keyring_failed_save", "keyring_failed_delete"}
    assert set(ERROR_TEXTS) - text_keys <= set(NEXT_STEPS)


def test_each_refusal_names_a_concrete_move() -> None:
    assert "wait" in next_step_for_error(FeatureInUse(http_status=400)).lower()
    assert "repeat the restore" in next_step_for_error(NotAllowedInCurrentState(http_status=400)).lower()
    assert "sso administrator" in next_step_for_error(InvalidArgument(http_status=400)).lower()
    assert "SystemConfiguration.Administrators" in next_step_for_error(Unauthorized(http_status=403))
    assert "attach" in next_step_for_error(GaveUpWaiting({"minutes": "30"})).lower()


def test_a_failed_job_points_at_the_partners_and_the_restore() -> None:
    job = failed(messages=[msg("ex.recon.sync.failed", "Data synchronization with vc02 failed.")])
    assert key_for_job(job) == JOB_FAILED
    step = next_step_for_job(job) or ""
    assert "Enhanced Linked Mode partners resolve and answer on 443" in step
    assert "repeat the restore" in step


def test_a_failure_that_needs_ignore_warnings_points_at_it_and_repeats_its_consequence() -> None:
    body = ApiErrorBody(error_type="ERROR", messages=(
        msg("ex.recon.validation.failed", "Validation reported 1 warning(s) and ignore_warnings is not set."),))
    job = failed(messages=[msg("ex.recon.partner.unreachable", "Replication partner vc03 is not reachable.")],
                 error=body)
    assert needs_ignore_warnings(job)
    assert key_for_job(job) == JOB_FAILED_WARNINGS
    step = next_step_for_job(job) or ""
    assert "“Ignore warnings”" in step
    assert "changes made on this node after the backup are then lost" in step


def test_a_job_that_ignored_a_warning_and_succeeded_has_no_next_step() -> None:
    from fakes import succeeded

    job = succeeded(messages=[msg("ex.recon.warning.ignored", "Ignoring warning as requested.")])
    assert key_for_job(job) is None and next_step_for_job(job) is None


def test_an_unusable_ca_file_points_at_the_file_not_at_the_address() -> None:
    """A CA file error has the TLS code, but "check the address" would send the admin the wrong way."""
    error = errors.CaFileError({"host": "vcsa", "port": "443", "reason": "the CA file x cannot be used"})
    step = next_step_for_error(error)
    assert "PEM file" in step and "CA file" in step
    assert step != next_step_for_error(errors.TlsError({"host": "vcsa", "port": "443", "reason": "x"}))
