"""The Trusted certificates view lists, removes, imports and exports pins (issue 11, item 8)."""


from __future__ import annotations

from pathlib import Path


def _listed(dialog) -> list[str]:  # type: ignore[no-untyped-def]
    """The addresses the table shows, top to bottom."""
    return [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]


def test_trusted_certificates_list_remove_import_export(harness_factory, tmp_path: Path):
    h = harness_factory()
    h.pins.remember("vcsa01.example.com:443", "AB:" * 31 + "AB")
    dialog = h.window.show_trusted_certificates()
    assert _listed(dialog) == ["vcsa01.example.com:443"]
    exported = tmp_path / "team-pins.txt"
    assert dialog.export_file(exported)
    assert "vcsa01.example.com:443 " + "AB:" * 31 + "AB" in exported.read_text()
    dialog.table.selectRow(0)
    assert dialog.remove_selected() == "vcsa01.example.com:443"
    assert _listed(dialog) == [] and h.pins.all() == {}
    assert dialog.import_file(exported) == 1
    assert _listed(dialog) == ["vcsa01.example.com:443"]
    bad = tmp_path / "bad.txt"
    bad.write_text("no pins here\n")
    assert dialog.import_file(bad) is None
    assert "Nothing was imported" in dialog.status.text()
