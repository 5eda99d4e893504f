"""Modal questions (reconui/ui/dialogs.py): the file dialogs' helpers."""

from __future__ import annotations

from reconui.ui.dialogs import with_report_suffix


def test_the_chosen_report_type_gives_a_bare_name_its_suffix():
    assert with_report_suffix("reports/report", json_chosen=True) == "reports/report.json"
    assert with_report_suffix("reports/report", json_chosen=False) == "reports/report.html"
    assert with_report_suffix("reports/report.JSON", json_chosen=False) == "reports/report.JSON"
    assert with_report_suffix("", json_chosen=True) == ""
