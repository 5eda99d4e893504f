"""View → Language: switching the window's language at once, without losing what it shows.

Why a rebuild and not ``QEvent.LanguageChange``: the widgets translate their texts where they are
built and where each event is shown (``"Running — last change seen at {time}."``, a badge word, an
error sentence with its placeholders filled), so retranslating in place would mean a second,
state-aware copy of every text-setting line in every panel, kept in step by hand. Instead the
window is rebuilt in the new language and shown again from what it was given:

- the *journal*: every result the :class:`~reconui.ui.job_controller.JobController` delivered
  since the last Connect (events, failures, crashes, report files, task ends), plus the few
  view steps the user's own clicks made (start/attach, check again, disconnect). Kept compact
  (:func:`_replaces_last`): an event that shows everything its predecessor in the journal showed
  takes its place, so a long job's hundreds of polls and outage retries stay a handful of entries;
- the window's own state (target, trust, connection state, the last pre-flight result), which the
  rebuild keeps as it is;
- what the user typed into the forms (passwords included: they never leave memory), copied widget
  by widget from the old forms to the new ones.

While the journal is replayed the engine is not asked for anything (a quiet controller stands in),
no desktop notification is raised and no password is stored again. The worker, the appliance
session and a watched job go on untouched: the controller outlives the widgets.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMenuBar,
    QWidget,
)

from reconui.core import settings_schema as keys
from reconui.core.languages import LANGUAGES
from reconui.core.models import Target

if TYPE_CHECKING:
    from reconui.ui.language import UiLanguage

logger = logging.getLogger(__name__)

# The window's own fields a rebuild keeps (the replay may touch them on the way).
_KEPT_FIELDS = ("connection_state", "target", "trust", "flavor", "appliance_version", "last_preflight",
                "_pending_credentials", "_pending_target", "_last_spec_user", "_last_ignore", "_report_files",
                "sso_requested", "_reconnect_pending", "_focus_pending")

# The controller slots whose results the journal keeps, by signal name.
_JOURNALED_SIGNALS = {
    "event_received": "_on_controller_event_received",
    "failed": "_on_controller_failed",
    "crashed": "_on_controller_crashed",
    "report_written": "_on_controller_report_written",
    "task_finished": "_on_controller_task_finished",
}

_EVENT_SLOT = _JOURNALED_SIGNALS["event_received"]
_Entry = tuple[str, str, tuple[Any, ...]]


def _journaled_event(entry: _Entry) -> object:
    """The engine event of a journal entry (None for the other kinds)."""
    kind, name, args = entry
    return args[0] if kind == "slot" and name == _EVENT_SLOT else None


def _replaces_last(journal: list[_Entry], event: object) -> bool:
    """True when replaying ``event`` alone shows all that the journal's last entry and it showed.

    Why the journal may forget: a long job sends a ``JobUpdated`` for every progress step and a
    ``StillUnavailable`` for every retry during an outage, each with its full data; kept one by one
    they made the desktop window grow for as long as it watched. Only neighbours are merged, and
    only when the later one overwrites everything the earlier one set:

    - ``StillUnavailable`` after ``StillUnavailable``: the waiting text and attempt count are the
      newest one's (the outage's start comes from its ``ServicesUnavailable``, which stays);
    - ``HealthChecked`` after ``HealthChecked``: each round redraws the whole health panel;
    - ``JobUpdated`` after a ``JobUpdated`` with the same status that listed no message of its own
      (no more messages than the job event before it, outage notes aside, which list none): the
      message table's rows and their first-seen times come from the events that added them, and
      those stay; progress, times, the status line and the pre-flight panel's line are the newest
      event's anyway. A status change, a note or a view step between the two keeps both.
    """
    if not journal:
        return False
    # Here, not at the top: the events load with the first one (the first window needs none of them).
    from reconui.core.events import (
        HealthChecked,
        JobAttached,
        JobStarted,
        JobUpdated,
        Reauthenticated,
        ServicesBack,
        ServicesUnavailable,
        StillUnavailable,
    )

    #: Events that add a line to the message table but never touch the job's Info or its messages.
    notes = (ServicesUnavailable, StillUnavailable, ServicesBack, Reauthenticated)
    last = _journaled_event(journal[-1])
    if isinstance(event, StillUnavailable | HealthChecked):
        return type(last) is type(event)
    if not isinstance(event, JobUpdated) or not isinstance(last, JobUpdated) \
            or last.info.status != event.info.status:
        return False
    for entry in reversed(journal[:-1]):
        before = _journaled_event(entry)
        if isinstance(before, JobStarted | JobAttached | JobUpdated):
            return len(last.info.messages) <= len(before.info.messages)
        if not isinstance(before, notes):
            return False
    return False


class _QuietController:
    """Stands in for the controller while the journal is replayed: it answers, but asks for nothing."""

    def __init__(self, real: Any) -> None:
        self._real = real

    @property
    def busy(self) -> bool:
        return bool(self._real.busy)

    @property
    def shut_down(self) -> bool:
        return bool(self._real.shut_down)

    def __getattr__(self, name: str) -> Callable[..., None]:
        def nothing(*_args: object, **_kwargs: object) -> None:
            logger.debug("Replay: %s not sent again", name)

        return nothing


def _input_widgets(root: QWidget) -> list[QWidget]:
    """The editable widgets under ``root`` in creation order (the same code builds the same list)."""
    from PySide6.QtWidgets import QAbstractSpinBox  # no spin box on the first screen: its enums load here

    kinds = (QLineEdit, QComboBox, QAbstractButton, QAbstractSpinBox)
    return [w for w in root.findChildren(QWidget) if isinstance(w, kinds)]


def _copy_input(old: QWidget, new: QWidget) -> None:
    from PySide6.QtWidgets import QSpinBox

    if isinstance(old, QComboBox) and isinstance(new, QComboBox):
        if 0 <= old.currentIndex() < new.count():
            new.setCurrentIndex(old.currentIndex())
        if old.isEditable() and new.isEditable():
            new.setEditText(old.currentText())
    elif isinstance(old, QLineEdit) and isinstance(new, QLineEdit):
        if old.text() != new.text():
            new.setText(old.text())
        new.setModified(old.isModified())
    elif isinstance(old, QSpinBox) and isinstance(new, QSpinBox):
        new.setValue(old.value())
    elif isinstance(old, QAbstractButton) and isinstance(new, QAbstractButton) and old.isCheckable():
        new.setChecked(old.isChecked())


class LanguageSwitchMixin:
    """The Language menu, the journal, and the rebuild in another language.

    Mixed into :class:`reconui.ui.main_window.MainWindow`.
    """

    ui_language: UiLanguage | None
    _journal: list[_Entry]
    _replaying: bool

    if TYPE_CHECKING:  # provided by the window and its other mixins
        controller: Any
        settings: Any
        demo: Any
        demo_launcher: Any
        keyring: Any
        alert: Any
        job_panel: Any
        preflight_panel: Any
        connection_form: Any
        credential_form: Any
        splitter: Any
        connection_label: Any
        trust_label: Any
        history_dialog: Any
        trusted_dialog: Any
        trust: Any
        target: Any
        connection_state: Any
        _pending_credentials: Any
        _reconnect_pending: bool

        def menuBar(self) -> QMenuBar: ...

        def statusBar(self) -> Any: ...

        def setMenuBar(self, bar: QMenuBar) -> None: ...

        def takeCentralWidget(self) -> QWidget: ...

        def centralWidget(self) -> QWidget: ...

        def _build_ui(self) -> None: ...

        def _build_menus(self, demo_available: bool) -> None: ...

        def _connect_widget_signals(self) -> None: ...

        def _apply_keyring_status(self) -> None: ...

        def _set_connection_state(self, state: Any, text: str = "") -> None: ...

        def _update_actions(self) -> None: ...

        def _update_summary_line(self) -> None: ...

        def _fit_left_column(self) -> None: ...

        def _reset_health(self) -> None: ...

        def enter_demo(self, info: Any) -> None: ...

        def show_history(self) -> Any: ...

        def show_trusted_certificates(self) -> Any: ...

    def _make_keyring_binding(self, store: Any) -> None:
        """Remembered passwords for the (new) credential form."""
        from reconui.ui.keyring_binding import KeyringBinding

        self.keyring = KeyringBinding(store, self.settings, self.credential_form, self.connection_form.host_text,
                                      self.alert)

    # --- the journal -------------------------------------------------------------------------

    def _start_journal(self) -> None:
        """Record what the controller delivers (called once, after the window's own connections)."""
        self._journal = []
        self._replaying = False
        for signal_name in _JOURNALED_SIGNALS:
            getattr(self.controller, signal_name).connect(getattr(self, f"_journal_{signal_name}"))

    def restart_journal(self) -> None:
        """A new connection starts from an empty view: what came before it is never shown again."""
        self._journal.clear()

    @Slot(object)
    def _journal_event_received(self, event: object) -> None:
        entry = ("slot", _EVENT_SLOT, (event,))
        if _replaces_last(self._journal, event):
            self._journal[-1] = entry
        else:
            self._journal.append(entry)

    @Slot(object, str)
    def _journal_failed(self, error: object, task: str) -> None:
        self._journal.append(("slot", _JOURNALED_SIGNALS["failed"], (error, task)))

    @Slot(str, str)
    def _journal_crashed(self, task: str, summary: str) -> None:
        self._journal.append(("slot", _JOURNALED_SIGNALS["crashed"], (task, summary)))

    @Slot(object)
    def _journal_report_written(self, files: object) -> None:
        self._journal.append(("slot", _JOURNALED_SIGNALS["report_written"], (files,)))

    @Slot(str)
    def _journal_task_finished(self, task: str) -> None:
        self._journal.append(("slot", _JOURNALED_SIGNALS["task_finished"], (task,)))

    def view_step(self, name: str, *args: Any) -> None:
        """Do one of the view steps a click makes (see :data:`_VIEW_STEPS`) and keep it in the journal."""
        _VIEW_STEPS[name](self, *args)
        self._journal.append(("step", name, args))

    def _step_starting(self, attach: bool) -> None:
        self.alert.clear()
        self._reset_health()
        self.job_panel.show_starting(attach=attach)

    def _step_checking(self) -> None:
        self.preflight_panel.set_checking()

    def _step_disconnected(self) -> None:
        from reconui.ui.connect_flow import ConnectionState

        self.preflight_panel.clear()
        if not self.job_panel.ended and not self.job_panel.watching:
            self.job_panel.reset()
        self._set_connection_state(ConnectionState.DISCONNECTED)

    def with_ui_language(self, target: Target) -> Target:
        """``target`` asking the appliance for the window's language (``Accept-Language``)."""
        if self.ui_language is None:
            return target
        tag = self.ui_language.accept_language
        self.ui_language.asked = tag
        return replace(target, language=tag)

    # --- the menu ----------------------------------------------------------------------------

    def _build_language_menu(self, view_menu: QMenu) -> None:
        """View → Language: "System default", then the nine languages, each in its own name."""
        window: QWidget = self  # type: ignore[assignment]
        menu = view_menu.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
        menu.setObjectName("languageMenu")
        group = QActionGroup(window)
        group.setExclusive(True)
        from reconui.ui.language import system_language

        chosen = self.settings.get(keys.LANGUAGE)
        if self.ui_language is not None and (chosen or system_language()) != self.ui_language.code:
            chosen = self.ui_language.code  # --language for this run outranks the remembered choice
        self.language_actions: dict[str, QAction] = {}
        entries = [("", QCoreApplication.translate("MainWindow", "System default"))]
        entries += [(language.code, language.native) for language in LANGUAGES]
        for code, name in entries:
            action = QAction(name, window)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            group.addAction(action)
            menu.addAction(action)
            self.language_actions[code] = action
            if code == "":
                menu.addSeparator()
        group.triggered.connect(self._on_language_chosen)

    @Slot(QAction)
    def _on_language_chosen(self, action: QAction) -> None:
        self.choose_language(str(action.data() or ""))

    def choose_language(self, choice: str) -> None:
        """Remember ``choice`` ("" = follow the system) and show the window in it now."""
        from reconui.ui.language import system_language

        self.settings.set(keys.LANGUAGE, choice)
        self.settings.sync()
        if self.ui_language is None:
            return
        code = choice or system_language()
        if code == self.ui_language.code and self.ui_language.follows_system == (not choice):
            return  # what is on screen already
        self.ui_language.apply(code, follow_system=not choice)
        logger.info("Window language: %s (%s)", code, "system default" if not choice else "chosen")
        self.rebuild_view()

    # --- the rebuild -------------------------------------------------------------------------

    def rebuild_view(self) -> None:
        """Build every widget again (in the language now installed) and show the same state in it."""
        started = time.perf_counter()
        kept = {name: getattr(self, name, None) for name in _KEPT_FIELDS}
        old_forms = (self.connection_form, self.credential_form)
        old_inputs = [_input_widgets(form) for form in old_forms]
        filter_text = self.job_panel.filter_edit.text()
        splitter_state = self.splitter.saveState()
        reopen = [getattr(self, name) is not None and getattr(self, name).isVisible()
                  for name in ("history_dialog", "trusted_dialog")]
        focused = QApplication.focusWidget()
        focus_name = focused.objectName() if focused is not None else ""
        self._drop_views()

        old_central = self.takeCentralWidget()
        old_central.hide()
        old_actions = cast(QMainWindow, self).findChildren(QAction, "", Qt.FindChildOption.FindDirectChildrenOnly)
        for label in (self.connection_label, self.trust_label):
            self.statusBar().removeWidget(label)
            label.deleteLater()
        self.setMenuBar(QMenuBar())

        self._build_ui()
        self.centralWidget().show()  # a widget added to a shown window is otherwise shown only later (queued)
        self._build_menus(self.demo_launcher is not None)
        self._make_keyring_binding(self.keyring.store)
        self._connect_widget_signals()
        self._apply_keyring_status()
        self.connection_form.set_recent_hosts(self.settings.get(keys.RECENT_HOSTS))
        if self.demo is not None:
            self.enter_demo(self.demo)
        for old, new in zip(old_inputs, (_input_widgets(f) for f in (self.connection_form, self.credential_form)),
                            strict=True):
            for old_widget, new_widget in zip(old, new, strict=False):
                _copy_input(old_widget, new_widget)
        self.connection_form.demo_button.setVisible(old_forms[0].demo_button.isVisibleTo(old_forms[0]))

        self._replay(kept)
        self.job_panel.filter_edit.setText(filter_text)
        self.splitter.restoreState(splitter_state)
        self._fit_left_column()
        if focus_name:  # the keyboard user stays where they were (widgets keep their object names)
            again = cast(QMainWindow, self).findChild(QWidget, focus_name)
            if again is not None and again.isVisible():
                again.setFocus()
        old_central.deleteLater()
        for action in old_actions:
            action.deleteLater()
        logger.info("Window rebuilt in the new language in %.0f ms (%d journal entries replayed)",
                    (time.perf_counter() - started) * 1000, len(self._journal))
        if reopen[0]:
            self.show_history()
        if reopen[1]:
            self.show_trusted_certificates()

    def _drop_views(self) -> None:
        """History and Trusted certificates are built again when next opened (then in the new language)."""
        for name in ("history_dialog", "trusted_dialog"):
            dialog = getattr(self, name)
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
                setattr(self, name, None)

    def _replay(self, kept: dict[str, Any]) -> None:
        """Feed the journal to the new widgets with the engine, notifications and the keyring quiet."""
        controller = self.controller
        self.controller = _QuietController(controller)
        self._replaying = True
        self._pending_credentials = None  # the Connected step must not store a password again
        self._reconnect_pending = False
        try:
            for kind, name, args in list(self._journal):
                if kind == "slot":
                    getattr(self, name)(*args)
                else:
                    _VIEW_STEPS[name](self, *args)
        finally:
            self.controller = controller
            self._replaying = False
        replayed_state = self.connection_state
        for name, value in kept.items():
            setattr(self, name, value)
        if replayed_state != kept["connection_state"]:
            self._set_connection_state(kept["connection_state"], self._connection_text())
        if self.trust is not None:
            self.trust_label.setText(self.trust_text(self.trust))  # type: ignore[attr-defined]
        self._update_actions()
        self._update_summary_line()

    def _connection_text(self) -> str:
        """The status line for the kept connection state (the specific variants of a step are not kept)."""
        from reconui.ui.connect_flow import ConnectionState

        address = self.target.address if self.target is not None else ""
        state = self.connection_state
        if state == ConnectionState.CHECKING and address:
            return QCoreApplication.translate("MainWindow", "Checking the certificate of {address}…").format(
                address=address)
        if state == ConnectionState.LOGGING_IN and address:
            return QCoreApplication.translate("MainWindow", "Logging in to {address}…").format(address=address)
        return ""


_VIEW_STEPS: dict[str, Callable[..., None]] = {
    "starting": LanguageSwitchMixin._step_starting,
    "checking": LanguageSwitchMixin._step_checking,
    "disconnected": LanguageSwitchMixin._step_disconnected,
}
