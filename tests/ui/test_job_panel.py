"""The job panel on its own: waiting says why and for how long, and the message list is usable
(issue 11, items 6 and 9)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QCoreApplication

from reconui.core.errors import BadResponse, ServiceUnavailable
from reconui.core.events import (
    JobStarted,
    JobUpdated,
    Reauthenticated,
    ServicesBack,
    ServicesUnavailable,
    StillUnavailable,
)
from reconui.core.models import STATUS_RUNNING, JobInfo, LocalizableMessage
from reconui.core.render import MessageRenderer
from reconui.ui.job_panel import JobPanel, JobState
from reconui.ui.widgets import MessageKind

NOW = datetime(2024, 5, 3, 10, 0, tzinfo=timezone.utc)


def _shown_rows(table) -> list[int]:  # type: ignore[no-untyped-def]
    """The rows the filter leaves visible."""
    return [row for row in range(table.rowCount()) if not table.isRowHidden(row)]


def _panel(qtbot, now=lambda: NOW + timedelta(minutes=2, seconds=5)):  # type: ignore[no-untyped-def]
    panel = JobPanel(MessageRenderer().render, now=now)
    qtbot.addWidget(panel)
    panel.show_starting(attach=False)
    panel.handle_event(JobStarted(at=NOW, info=JobInfo(status=STATUS_RUNNING, progress=10, start_time=NOW)))
    return panel


def _outage(cause) -> ServicesUnavailable:  # type: ignore[no-untyped-def]
    return ServicesUnavailable(at=NOW, cause=cause, since=NOW, deadline=NOW + timedelta(minutes=30))


def test_restarting_services_say_so_with_time_waited_attempts_and_deadline(qtbot):
    panel = _panel(qtbot)
    panel.handle_event(_outage(ServiceUnavailable(http_status=503)))
    panel.handle_event(StillUnavailable(at=NOW + timedelta(seconds=30), cause=ServiceUnavailable(http_status=503),
                                        since=NOW, deadline=NOW + timedelta(minutes=30), attempts=4))
    assert panel.state == JobState.WAITING
    text = panel.detail.text()
    assert "Appliance services restarting" in text
    assert "Waited 02:05" in text and "4 attempt" in text
    until = (NOW + timedelta(minutes=30)).astimezone().strftime("%H:%M")
    assert f"keeps trying until {until}" in text


def test_a_proxy_answering_garbage_is_told_apart_from_restarting_services(qtbot):
    panel = _panel(qtbot)
    panel.handle_event(_outage(BadResponse({"reason": "an HTML page instead of JSON"})))
    text = panel.detail.text()
    assert "not the appliance" in text and "proxy" in text
    assert "services restarting" not in text


def test_outages_relogins_and_warnings_are_rows_of_their_own(qtbot):
    panel = _panel(qtbot)
    panel.handle_event(_outage(ServiceUnavailable(http_status=503)))
    panel.handle_event(ServicesBack(at=NOW + timedelta(seconds=40), outage_seconds=40.0))
    panel.handle_event(Reauthenticated(at=NOW + timedelta(seconds=41)))
    warning = LocalizableMessage(id="ex.recon.warning.partner", default_message="partner vc03 did not answer.")
    info = JobInfo(status=STATUS_RUNNING, progress=20, start_time=NOW, messages=(warning,))
    panel.handle_event(JobUpdated(at=NOW + timedelta(seconds=42), info=info, new_messages=(warning,),
                                  status_changed=False))
    kinds = [row[3] for row in panel.messages.rows()]
    assert kinds == [MessageKind.OUTAGE, MessageKind.BACK, MessageKind.RELOGIN, MessageKind.WARNING]
    for row in range(panel.messages.rowCount()):
        assert not panel.messages.item(row, 0).icon().isNull()


def test_the_filter_narrows_the_rows_and_copy_takes_only_what_is_shown(qtbot):
    panel = _panel(qtbot)
    for ident, text in (("a.first", "alpha step"), ("b.second", "beta step"), ("c.third", "gamma")):
        panel.messages.add_message("10:00:00", ident, text)
    panel.filter_edit.setText("STEP")
    assert _shown_rows(panel.messages) == [0, 1]
    panel.messages.selectAll()
    copied = panel.messages.copy_selection()
    assert "alpha" in copied and "beta" in copied and "gamma" not in copied
    panel.filter_edit.setText("c.third")
    assert _shown_rows(panel.messages) == [2]
    panel.filter_edit.clear()
    assert _shown_rows(panel.messages) == [0, 1, 2]


def test_the_message_text_keeps_its_width_when_the_table_is_narrow(qtbot):
    """At 200 % a 1280 px screen gives the table about 500 logical pixels: the id must not take them."""
    panel = _panel(qtbot)
    panel.messages.add_message("10:00:00 CEST", "com.vmware.appliance.recovery.reconciliation.step",
                               "Starting services (3 of 12).")
    for width in (420, 600, 1000):
        panel.resize(width, 600)
        panel.show()
        qtbot.waitUntil(lambda w=width: panel.width() == w)
        QCoreApplication.processEvents()
        table = panel.messages
        assert table.columnWidth(1) <= table.viewport().width() // 4 + 1
        assert table.columnWidth(2) >= table.viewport().width() // 2 - table.columnWidth(0) // 2


def test_the_appliances_time_in_a_message_and_the_time_column_agree(qtbot):
    """A message that carries the appliance's time shows that time, in the zone the text uses."""
    from reconui.core.message_catalog import MessageCatalog
    from reconui.core.models import LocalizationParam

    started = NOW - timedelta(minutes=7)
    msg = LocalizableMessage(id="ex.recon.started", default_message="Reconciliation started at 09:53 (UTC).",
                             params={"start": LocalizationParam(dt=started, format="MED_DATE_TIME")})
    catalog = MessageCatalog({"en": {"ex.recon.started": "Reconciliation started at {start}."}})
    panel = JobPanel(MessageRenderer(catalog=catalog).render, now=lambda: NOW)
    qtbot.addWidget(panel)
    panel.show_starting(attach=False)
    info = JobInfo(status=STATUS_RUNNING, progress=20, start_time=NOW, messages=(msg,))
    panel.handle_event(JobUpdated(at=NOW + timedelta(minutes=5), info=info, new_messages=(msg,),
                                  status_changed=False))
    time_text, _id, text, _kind = panel.messages.rows()[0]
    local = started.astimezone()
    assert time_text == local.strftime("%H:%M:%S %Z")  # the appliance's time, not when it was seen
    assert local.strftime("%H:%M:%S") in text  # the rendered text says the same clock time


def test_the_relogin_note_survives_the_next_poll(qtbot):
    panel = JobPanel(MessageRenderer().render, now=lambda: NOW)
    qtbot.addWidget(panel)
    info = JobInfo(status=STATUS_RUNNING, progress=10, start_time=NOW)
    panel.show_starting(attach=False)
    panel.handle_event(JobStarted(at=NOW, info=info))
    panel.handle_event(Reauthenticated(at=NOW))
    later = JobInfo(status=STATUS_RUNNING, progress=20, start_time=NOW,
                    messages=(LocalizableMessage(id="x", default_message="step"),))
    panel.handle_event(JobUpdated(at=NOW, info=later, new_messages=later.messages, status_changed=False))
    assert "logged in again" in panel.detail.text()
    panel.handle_event(ServicesBack(at=NOW, outage_seconds=9.0))
    panel.handle_event(JobUpdated(at=NOW, info=later, new_messages=(), status_changed=False))
    assert "9 s" in panel.detail.text()


def test_every_time_column_names_its_zone(harness_factory):
    panel = harness_factory().window.job_panel
    header = panel.messages.horizontalHeaderItem(0).text()
    assert re.fullmatch(r"Time \(.+\)", header)


def test_a_failed_jobs_progress_bar_takes_the_failure_colour(simulated_window):
    h = simulated_window("fail", duration=1.0)
    h.window.preflight_panel.start_button.click()
    h.wait_job(JobState.FAILED)
    bar = h.window.job_panel.progress
    assert bar.property("failed") is True and "chunk" in bar.styleSheet()
