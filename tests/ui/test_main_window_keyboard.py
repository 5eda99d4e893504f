"""Keyboard-only use, the dark scheme, window geometry and the keyring's thread, on the real window.

The focus chain is walked with real Tab key presses (what a keyboard user does), not by reading
``nextInFocusChain``; mnemonics are checked for clashes in each state, because an ambiguous Alt+key
only moves the focus instead of pressing the button (measured with Qt 6.12).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)
from ui_harness import demo_info

from reconui.ui.job_panel import JobState
from reconui.ui.main_window import MainWindow

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


