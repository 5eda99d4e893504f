"""Keyboard-only use, the dark scheme, window geometry and the keyring's thread, on the real window.

The focus chain is walked with real Tab key presses (what a keyboard user does), not by reading
``nextInFocusChain``; mnemonics are checked for clashes in each state, because an ambiguous Alt+key
only moves the focus instead of pressing the button (measured with Qt 6.12).
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)
from ui_harness import demo_info

from reconui.core import settings_schema as keys
from reconui.ui.job_panel import JobState
from reconui.ui.main_window import MainWindow
from reconui.ui.trust_dialog import TrustChoice, TrustDialog

INPUTS = (QLineEdit, QComboBox, QSpinBox)


def _tab_walk(window: MainWindow, start: QWidget, stop: QWidget, qtbot: Any, limit: int = 40) -> list[QWidget]:
    """Focus ``start``, press Tab until ``stop`` has the focus; the widgets that had it, in order."""
    window.activateWindow()
    qtbot.waitActive(window)
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: window.focusWidget() is not None
                    and window.focusWidget() in (start, start.focusProxy()), timeout=2000)
    seen = [window.focusWidget()]
    for _ in range(limit):
        current = window.focusWidget()
        assert current is not None, f"the focus left the window after {[w.objectName() for w in seen]}"
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        widget = window.focusWidget()
        seen.append(widget)
        if widget is stop:
            return seen
    raise AssertionError(f"Tab never reached {stop.objectName()}: {[w.objectName() for w in seen]}")


def _activate(window: QWidget, qtbot: Any) -> None:
    """Alt+key shortcuts only reach the active window."""
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def _buddies(window: QWidget) -> set[QWidget]:
    return {label.buddy() for label in window.findChildren(QLabel) if label.buddy() is not None}


def _mnemonics(window: MainWindow) -> Counter[str]:
    """Alt+key letters a user can press right now: menus, visible labels with buddies, usable buttons."""
    letters: Counter[str] = Counter()

    def add(text: str) -> None:
        found = re.search(r"&([^&\s])", text.replace("&&", ""))
        if found:
            letters[found.group(1).lower()] += 1

    for action in window.menuBar().actions():
        add(action.text())
    for label in window.findChildren(QLabel):
        if label.buddy() is not None and label.isVisible():
            add(label.text())  # counts even when the buddy is disabled (Qt still grabs the shortcut)
    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and button.isEnabled():
            add(button.text())
    return letters


def _assert_unique_mnemonics(window: MainWindow, state: str) -> None:
    clashes = {letter: n for letter, n in _mnemonics(window).items() if n > 1}
    assert not clashes, f"{state}: Alt+{clashes} is ambiguous"


def test_tab_order_follows_the_numbered_steps_and_every_stop_is_named(harness_factory, simulator_factory, qtbot):
    sim = simulator_factory(scenario="ok")
    h = harness_factory(demo_launcher=lambda: demo_info(sim))
    w = h.window
    cf, cr = w.connection_form, w.credential_form
    w.connection_form.demo_button.click()  # fills everything, as --demo does
    chain = _tab_walk(w, cf.host, w.connect_button, qtbot)
    expected = [cf.host, cf.port, cf.flavor, cf.proxy_mode, cf.ca_file, cr.vc_user, cr.vc_password.edit,
                cr.sso_user, cr.sso_password.edit, cr.ignore_warnings, w.connect_button]

    def pos(widget: QWidget) -> int:
        return next(i for i, o in enumerate(chain) if o is widget or o.parent() is widget)

    positions = [pos(widget) for widget in expected]
    assert positions == sorted(positions), [w_.objectName() for w_ in chain]
    buddies = _buddies(w)
    for widget in chain:
        owner = widget.parent() if isinstance(widget.parent(), QComboBox | QSpinBox) else widget
        name = owner.accessibleName() or (owner.text() if isinstance(owner, QAbstractButton) else "")
        assert name.strip("&"), f"{owner.objectName() or type(owner).__name__} has no accessible name"
        if isinstance(owner, INPUTS):
            assert owner in buddies, f"{owner.accessibleName()} has no label buddy"


def test_the_whole_flow_works_with_the_keyboard_alone(harness_factory, simulator_factory, qtbot):
    sim = simulator_factory(scenario="ok", duration=1.5)
    h = harness_factory(demo_launcher=lambda: demo_info(sim), confirm=True)
    w = h.window
    w.connection_form.demo_button.click()
    _activate(w, qtbot)
    qtbot.waitUntil(lambda: w.focusWidget() is w.connect_button, timeout=2000)
    _assert_unique_mnemonics(w, "disconnected")

    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # &Connect
    qtbot.waitUntil(lambda: w.last_preflight is not None and not h.controller.busy, timeout=10000)
    # The focus lands on what the pre-flight panel offers next.
    qtbot.waitUntil(lambda: w.focusWidget() is w.preflight_panel.start_button, timeout=2000)
    _assert_unique_mnemonics(w, "connected")

    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Space)  # Start reconciliation…
    assert h.dialogs.confirmations, "the start was not confirmed first"
    qtbot.waitUntil(lambda: w.job_panel.state == JobState.RUNNING, timeout=10000)
    assert w.focusWidget() is w.job_panel.stop_button
    _assert_unique_mnemonics(w, "running")
    h.wait_job(JobState.SUCCEEDED, timeout=15000)
    h.wait_idle()
    assert w.focusWidget() is w.job_panel.copy_button
    _assert_unique_mnemonics(w, "succeeded")

    # "Check again" after the run: the pre-flight panel offers "Start again…", and only once.
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: w.preflight_panel.start_again_button.isVisible() and not h.controller.busy,
                    timeout=10000)
    assert not w.job_panel.again_button.isVisible()
    _assert_unique_mnemonics(w, "succeeded, checked again")


def test_trust_dialog_escape_cancels(qtbot):
    from test_trust_dialog import _cert

    dialog = TrustDialog(_cert(), "vcsa.example.com:443")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    assert dialog.focusWidget() is dialog.cancel_button
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == 0 and dialog.choice is TrustChoice.CANCEL
    sha1_size = dialog.findChild(QLabel, "sha1Label").font().pointSizeF()
    assert dialog.sha256_label.font().pointSizeF() > sha1_size  # SHA-256 large, SHA-1 small


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def _contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture
def dark_palette(qapp: QApplication):  # type: ignore[no-untyped-def]
    previous = qapp.palette()
    palette = QPalette(previous)
    roles = QPalette.ColorRole
    for role, colour in ((roles.Window, "#2b2b2b"), (roles.WindowText, "#e6e6e6"), (roles.Base, "#1e1e1e"),
                         (roles.Text, "#e6e6e6"), (roles.Button, "#353535"), (roles.ButtonText, "#e6e6e6"),
                         (roles.Mid, "#5a5a5a")):
        palette.setColor(role, QColor(colour))
    qapp.setPalette(palette)
    yield palette
    qapp.setPalette(previous)


def test_dark_scheme_no_hard_coded_light_background(harness_factory, simulator_factory, dark_palette):
    """Every colour reconui paints itself is a dark background with white text; the rest is palette roles."""
    sim = simulator_factory(scenario="fail", duration=1.0)
    h = harness_factory(demo_launcher=lambda: demo_info(sim, "fail"))
    w = h.window
    w.connection_form.demo_button.click()
    h.connect()
    w.preflight_panel.start_button.click()
    h.wait_job(JobState.FAILED)
    w.alert.show_alert(w.alert.kind, "headline", ["detail"])
    styled = [widget for widget in w.findChildren(QWidget) if widget.styleSheet()]
    assert {widget.objectName() for widget in styled} >= {"demoBanner", "statusBadge", "alertStrip", "errorFrame"}
    white = QColor("#ffffff")
    for widget in styled:
        sheet = widget.styleSheet()
        for match in re.finditer(r"background(?:-color)?:\s*(#[0-9a-fA-F]{6})", sheet):
            assert _contrast(QColor(match.group(1)), white) >= 4.5, (widget.objectName(), sheet)
        assert re.search(r"(?<!-)color:\s*#", sheet) is None or "#ffffff" in sheet, (widget.objectName(), sheet)
    # The window itself takes the dark palette (nothing overrides it).
    assert w.palette().color(QPalette.ColorRole.Window) == dark_palette.color(QPalette.ColorRole.Window)
    assert w.job_panel.error_box.palette().color(QPalette.ColorRole.WindowText).lightness() > 180


def test_saved_geometry_is_restored_and_kept_on_screen(harness_factory, qtbot):
    h = harness_factory()
    h.window.resize(700, 500)
    h.window.move(40, 30)
    qtbot.waitUntil(lambda: h.window.width() == 700)
    h.window.close()  # saves the geometry
    saved = h.settings.get(keys.WINDOW_GEOMETRY)
    assert saved
    again = harness_factory(show=False)  # the factory would resize a shown window
    assert (again.window.width(), again.window.height()) == (700, 500)

    # A geometry saved on a bigger monitor: reconui opens inside the current screen.
    probe = QWidget()
    qtbot.addWidget(probe)
    available = QGuiApplication.primaryScreen().availableGeometry()
    probe.setGeometry(0, 0, available.width() * 3, available.height() * 3)
    again.settings.set(keys.WINDOW_GEOMETRY, bytes(QByteArray(probe.saveGeometry()).data()))
    again.settings.sync()
    big = harness_factory(show=False)
    big.window.show()
    qtbot.waitExposed(big.window)
    frame = big.window.geometry()  # offscreen adds a fake 1 px frame around it
    assert frame.width() <= available.width() and frame.height() <= available.height(), frame


def test_keyring_is_used_on_the_gui_thread_only(harness_factory, simulator_factory, memory_keyring, monkeypatch):
    threads: list[str] = []
    for name in ("get_password", "set_password", "delete_password"):
        original = getattr(memory_keyring, name)

        def spy(*args: Any, _original: Any = original) -> Any:
            threads.append(threading.current_thread().name)
            return _original(*args)

        monkeypatch.setattr(memory_keyring, name, spy)
    sim = simulator_factory(scenario="ok", duration=0.5)
    h = harness_factory(trust_choice=TrustChoice.ONCE)
    h.fill(sim)
    h.window.credential_form.vc_remember.setChecked(True)
    h.window.credential_form.sso_remember.setChecked(True)
    h.connect()
    h.window.preflight_panel.start_button.click()
    h.wait_job(JobState.SUCCEEDED)
    h.wait_idle()
    harness_factory()  # a new window reads the remembered passwords
    assert threads and set(threads) == {threading.main_thread().name}, threads


def test_remember_checkbox_names_the_backend(harness_factory, memory_keyring):
    form = harness_factory().window.credential_form
    assert isinstance(form.vc_remember, QCheckBox)
    assert form.vc_remember.text() == f"Remember in {memory_keyring.name}"
    assert form.vc_remember.isEnabled() and not form.keyring_note.isVisible()
