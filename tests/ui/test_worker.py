"""The worker's error routing (reconui/ui/worker.py), run synchronously (no thread)."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from ui_harness import ScriptedFactory

from reconui.core.errors import CertificateChanged, CertificateUntrusted, ConnectionRefused
from reconui.core.models import CertificateInfo, Credentials, Target, TrustDecision, TrustMode
from reconui.ui.worker import TASK_CONNECT, TASK_TRUST, ReconWorker

TARGET = Target(host="vcsa.example.com")


def _cert() -> CertificateInfo:
    now = datetime.now(timezone.utc)
    return CertificateInfo(subject="CN=a", issuer="CN=a", sans=(), not_before=now - timedelta(days=1),
                           not_after=now + timedelta(days=1), sha256=":".join(["AA"] * 32), sha1="BB", serial="1",
                           pem="")


def _record(worker: ReconWorker) -> dict[str, list[Any]]:
    seen: dict[str, list[Any]] = {"settled": [], "refused": [], "failed": [], "crashed": [], "done": []}
    worker.trust_settled.connect(lambda t, d: seen["settled"].append(d))
    worker.trust_refused.connect(seen["refused"].append)
    worker.failed.connect(lambda e, task: seen["failed"].append((e, task)))
    worker.crashed.connect(lambda task, s: seen["crashed"].append((task, s)))
    worker.task_done.connect(seen["done"].append)
    return seen


def test_trust_settled_is_reported(qapp):
    decision = TrustDecision(mode=TrustMode.CHAIN, certificate=_cert())
    factory = ScriptedFactory(decision)
    worker = ReconWorker(threading.Event(), factory)
    seen = _record(worker)
    worker.check_trust(TARGET, {"x:1": "AA"})
    assert seen["settled"] == [decision]
    assert seen["done"] == [TASK_TRUST]
    assert factory.session_pins_seen == [{"x:1": "AA"}]


def test_untrusted_and_changed_become_trust_refusals(qapp):
    for error in (CertificateUntrusted({"host": "h"}, certificate=_cert()),
                  CertificateChanged({"host": "h"}, certificate=_cert(), pinned_sha256="CC")):
        worker = ReconWorker(threading.Event(), ScriptedFactory(error))
        seen = _record(worker)
        worker.check_trust(TARGET, {})
        assert seen["refused"] == [error]
        assert seen["failed"] == [] and seen["done"] == [TASK_TRUST]


@pytest.mark.expected_warnings("reconui.ui.worker")
def test_typed_errors_become_failed_and_bugs_become_crashed(qapp):
    refused = ConnectionRefused({"host": "h", "port": 443})
    worker = ReconWorker(threading.Event(), ScriptedFactory(refused))
    seen = _record(worker)
    worker.check_trust(TARGET, {})
    assert seen["failed"] == [(refused, TASK_TRUST)]

    worker.open_session(TARGET, TrustDecision(mode=TrustMode.PINNED, certificate=_cert()),
                        Credentials(user="u", password="p"))
    assert seen["crashed"] and seen["crashed"][0][0] == TASK_CONNECT
    assert "boom from a bug" in seen["crashed"][0][1]
    assert "c2VjcmV0OnNlY3JldA==" not in seen["crashed"][0][1]  # redacted like the log
    assert seen["done"] == [TASK_TRUST, TASK_CONNECT]  # the reset always happens
