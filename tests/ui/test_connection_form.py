"""Input is refused, not changed (issue 11, item 11)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reconui.ui.connection_form import ConnectionForm, FormError


def _form(qtbot) -> ConnectionForm:  # type: ignore[no-untyped-def]
    form = ConnectionForm()
    qtbot.addWidget(form)
    form.host.setEditText("vcsa01.example.com")
    return form


@pytest.mark.parametrize("typed", ["65536", "70000", "0"])
def test_a_port_outside_the_range_stays_as_typed_and_is_refused(qtbot, typed):
    form = _form(qtbot)
    form.port.clear()
    qtbot.keyClicks(form.port.lineEdit(), typed)
    assert form.port.cleanText() == typed  # never silently truncated
    with pytest.raises(FormError, match="between 1 and 65535") as caught:
        form.target()
    assert caught.value.widget is form.port


def test_a_port_in_range_is_taken(qtbot):
    form = _form(qtbot)
    form.port.clear()
    qtbot.keyClicks(form.port.lineEdit(), "5480")
    qtbot.keyClick(form.port.lineEdit(), Qt.Key.Key_A)  # letters are not typed at all
    assert form.target().port == 5480


def test_a_ca_file_is_checked_when_chosen(qtbot, tmp_path: Path):
    form = _form(qtbot)
    bad = tmp_path / "key.pem"
    bad.write_text("-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----\n")
    form.ca_file.setText(str(bad))
    form.ca_file.editingFinished.emit()
    assert not form.ca_problem.isHidden()
    assert "holds no certificate in PEM form" in form.ca_problem.text()
    assert "X509" not in form.ca_problem.text() and "_ssl" not in form.ca_problem.text()
    with pytest.raises(FormError):
        form.target()
    form.ca_file.setText(str(tmp_path / "missing.pem"))
    assert "does not exist" in form.check_ca_file()
    form.ca_file.clear()
    assert form.check_ca_file() == "" and form.ca_problem.isHidden()


@pytest.mark.parametrize("proxy", ["ftp://proxy.example.com:3128", "http://proxy.example.com:3128/path",
                                   "http://[::1"])
def test_the_cli_refuses_the_proxy_urls_the_window_refuses(qtbot, proxy):
    import io

    from reconui import cli

    form = _form(qtbot)
    form.proxy_mode.setCurrentIndex(form.proxy_mode.findData("explicit"))
    form.proxy_url.setText(proxy)
    with pytest.raises(FormError):
        form.target()
    term = cli.Terminal(out=io.StringIO(), err=io.StringIO(), stdin=io.StringIO())
    code = cli.main(["status", "--server", "vcsa01.example.com", "--user", "u", "--proxy", proxy], term=term)
    assert code == 2


def test_a_typed_port_the_spin_box_refused_is_a_form_error(qtbot):
    form = ConnectionForm()
    qtbot.addWidget(form)
    form.host.setEditText("vc01.example.com")
    form.port.setValue(443)
    form.port.lineEdit().setText("0")  # what the user sees; value() still says 443
    with pytest.raises(FormError) as problem:
        form.target()
    assert problem.value.widget is form.port
    form.port.lineEdit().setText("5480")
    assert form.target().port == 5480


def test_a_pasted_url_becomes_host_and_port_and_spaces_are_named(qtbot):
    form = ConnectionForm()
    qtbot.addWidget(form)
    form.host.setEditText("https://vc01.example.com:5480/ui/")
    target = form.target()
    assert (target.host, target.port) == ("vc01.example.com", 5480)
    assert form.host_text() == "vc01.example.com"
    form.host.setEditText("vc 01")
    with pytest.raises(FormError, match="spaces"):
        form.target()
    form.host.setEditText("vc01\x00.example.com")
    with pytest.raises(FormError, match="control characters"):
        form.target()
    form.host.setEditText("ftp://vc01.example.com/x")
    with pytest.raises(FormError, match="without https://"):
        form.target()


@pytest.mark.parametrize("url", ["bogus url", "socks5://127.0.0.1:1080", "http://", "http://proxy:99999",
                                 "http://proxy:3128/path"])
def test_an_unusable_proxy_url_is_a_form_error_not_a_crash(qtbot, url):
    form = ConnectionForm()
    qtbot.addWidget(form)
    form.host.setEditText("vc01.example.com")
    form.proxy_mode.setCurrentIndex(form.proxy_mode.findData("explicit"))
    form.proxy_url.setText(url)
    with pytest.raises(FormError) as problem:
        form.target()
    assert problem.value.widget is form.proxy_url


def test_a_bare_proxy_address_gets_http(qtbot):
    form = ConnectionForm()
    qtbot.addWidget(form)
    form.host.setEditText("vc01.example.com")
    form.proxy_mode.setCurrentIndex(form.proxy_mode.findData("explicit"))
    form.proxy_url.setText("127.0.0.1:9")
    assert form.target().proxy.url == "http://127.0.0.1:9"
