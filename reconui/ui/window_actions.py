"""The window's actions and menus: reports, history, trusted certificates, copying, folders, About.

Mixed into :class:`reconui.ui.main_window.MainWindow`. Each action's slot lives next to the menu
entry that triggers it, so "where does File → Open last report go?" has one answer.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import Slot, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMainWindow, QMenu, QMenuBar, QStatusBar

from reconui import __version__
from reconui.core import paths
from reconui.core.models import Target, TrustDecision
from reconui.core.pins import PinStore
from reconui.ui.dialogs import Dialogs
from reconui.ui.i18n import translate
from reconui.ui.icons import icon
from reconui.ui.job_panel import JobPanel
from reconui.ui.times import local_time
from reconui.ui.widgets import AlertKind, AlertStrip

if TYPE_CHECKING:  # the views read reports and pins: loaded when first opened
    from reconui.ui.health_panel import HealthPanel
    from reconui.ui.history_view import HistoryDialog
    from reconui.ui.trusted_certs_view import TrustedCertificatesDialog


def report_paths(files: object) -> tuple[str, str]:
    """(json, html) paths of a ``ReportFiles`` value, whatever its exact field names."""
    def pick(*names: str) -> str:
        for name in names:
            value = getattr(files, name, None)
            if value:
                return str(value)
        return ""

    if isinstance(files, tuple | list) and len(files) == 2:
        return str(files[0]), str(files[1])
    return pick("json", "json_path"), pick("html", "html_path")


class WindowActionsMixin:
    """Menus, and what their entries do."""

    dialogs: Dialogs
    pins: PinStore
    target: Target | None
    trust: TrustDecision | None
    flavor: str
    appliance_version: str
    alert: AlertStrip
    job_panel: JobPanel
    health_panel: HealthPanel
    _report_files: tuple[str, str] | None
    _last_spec_user: str
    _last_ignore: bool
    history_dialog: HistoryDialog | None
    trusted_dialog: TrustedCertificatesDialog | None

    if TYPE_CHECKING:  # provided by QMainWindow and DemoMixin; stubs here would shadow them at run time
        def menuBar(self) -> QMenuBar: ...

        def statusBar(self) -> QStatusBar: ...

        def _on_demo_requested(self) -> None: ...

        def _on_quit_requested(self) -> None: ...

        def _build_language_menu(self, view_menu: QMenu) -> None: ...

    def _build_menus(self, demo_available: bool) -> None:
        window: QMainWindow = self  # type: ignore[assignment]
        file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        self.save_report_action = QAction(icon("save"), translate("MainWindow", "&Save report…"), window)
        self.save_report_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_report_action.triggered.connect(self._on_save_report_requested)
        file_menu.addAction(self.save_report_action)
        self.open_last_report_action = QAction(icon("folder"), translate("MainWindow", "Open &last report"), window)
        self.open_last_report_action.triggered.connect(self._on_open_last_report)
        file_menu.addAction(self.open_last_report_action)
        file_menu.addSeparator()
        self.quit_action = QAction(translate("MainWindow", "&Quit"), window)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self._on_quit_requested)
        file_menu.addAction(self.quit_action)

        edit_menu = self.menuBar().addMenu(translate("MainWindow", "&Edit"))
        self.copy_action = QAction(icon("copy"), translate("MainWindow", "&Copy"), window)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.triggered.connect(self._on_copy_triggered)
        edit_menu.addAction(self.copy_action)
        self.copy_summary_action = QAction(translate("MainWindow", "Copy s&ummary"), window)
        self.copy_summary_action.triggered.connect(self._on_copy_summary_requested)
        edit_menu.addAction(self.copy_summary_action)

        view_menu = self.menuBar().addMenu(translate("MainWindow", "&View"))
        self.history_action = QAction(icon("folder"), translate("MainWindow", "&History…"), window)
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.triggered.connect(self.show_history)
        view_menu.addAction(self.history_action)
        self.trusted_action = QAction(icon("shield"), translate("MainWindow", "&Trusted certificates…"), window)
        self.trusted_action.triggered.connect(self.show_trusted_certificates)
        view_menu.addAction(self.trusted_action)
        self.reports_action = QAction(icon("folder"), translate("MainWindow", "Open &reports folder"), window)
        self.reports_action.triggered.connect(self._on_open_reports_folder)
        view_menu.addAction(self.reports_action)
        view_menu.addSeparator()
        self._build_language_menu(view_menu)

        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        self.demo_action = QAction(icon("simulator"), translate("MainWindow", "Try the built-in &simulator"), window)
        self.demo_action.triggered.connect(self._on_demo_requested)
        self.demo_action.setEnabled(demo_available)
        help_menu.addAction(self.demo_action)
        self.log_action = QAction(icon("folder"), translate("MainWindow", "Open &log folder"), window)
        self.log_action.triggered.connect(self._on_open_log_folder)
        help_menu.addAction(self.log_action)
        help_menu.addSeparator()
        self.about_action = QAction(icon("info"), translate("MainWindow", "&About reconui"), window)
        self.about_action.triggered.connect(self._on_about)
        help_menu.addAction(self.about_action)

    # --- history and trust -------------------------------------------------------------------

    @Slot()
    def show_history(self) -> HistoryDialog:
        """The History view (non-modal: the job goes on being shown behind it)."""
        from reconui.ui.history_view import HistoryDialog  # reads reports: not needed at start

        if self.history_dialog is None:
            self.history_dialog = HistoryDialog(None, self)  # type: ignore[arg-type]
            self.history_dialog.open_requested.connect(self.open_report)
        else:
            self.history_dialog.refresh()
        self.history_dialog.show()
        self.history_dialog.raise_()
        return self.history_dialog

    @Slot()
    def show_trusted_certificates(self) -> TrustedCertificatesDialog:
        from reconui.ui.trusted_certs_view import TrustedCertificatesDialog

        if self.trusted_dialog is None:
            self.trusted_dialog = TrustedCertificatesDialog(self.pins, self)  # type: ignore[arg-type]
        else:
            self.trusted_dialog.refresh()
        self.trusted_dialog.show()
        self.trusted_dialog.raise_()
        return self.trusted_dialog

    @Slot(str)
    def open_report(self, path: str) -> bool:
        """Open a report in the browser; the path is always said, in case nothing opens."""
        from PySide6.QtCore import QUrl  # built with its enums when first needed, not at start

        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        self.statusBar().showMessage(translate("MainWindow", "Report: {path}").format(path=path),
                                     30000)
        return bool(opened)

    @Slot()
    def _on_open_last_report(self) -> None:
        if self._report_files:
            json_path, html_path = self._report_files
            self.open_report(html_path or json_path)
            return
        from reconui.core.history import past_runs

        runs = past_runs()
        if not runs:
            self.alert.show_alert(AlertKind.INFO, translate(
                "MainWindow", "There is no report yet. Every run writes one to {path}.").format(
                path=paths.reports_dir()))
            return
        self.open_report(str(runs[0].html_path or runs[0].json_path))

    # --- report, summary ---------------------------------------------------------------------

    def summary_text(self) -> str:
        """A plain-text summary for a ticket or a chat message (never a secret)."""
        panel = self.job_panel
        info = panel.info
        lines = [
            translate("MainWindow", "reconui {version} — reconciliation summary").format(version=__version__),
            translate("MainWindow", "Appliance: {address}").format(address=self.target.address if self.target
                                                                   else "—"),
            translate("MainWindow", "Version: {version}").format(version=self.appliance_version or "—"),
            translate("MainWindow", "API: /{flavor}").format(flavor=self.flavor or "?"),
        ]
        if self.trust is not None:
            lines.append(translate("MainWindow", "Certificate SHA-256: {sha}").format(sha=self.trust.sha256))
        if self._last_spec_user:
            lines.append(translate("MainWindow", "SSO administrator: {user}").format(user=self._last_spec_user))
            lines.append(translate("MainWindow", "Ignore warnings: yes") if self._last_ignore
                         else translate("MainWindow", "Ignore warnings: no"))
        lines.append(translate("MainWindow", "Result: {status}").format(status=panel.badge.text()))
        if info is not None:
            lines.append(translate("MainWindow", "Progress: {percent} %").format(percent=info.progress))
            lines.append(translate("MainWindow", "Started: {time}").format(time=local_time(info.start_time)))
            lines.append(translate("MainWindow", "Ended: {time}").format(time=local_time(info.end_time)))
        if panel.next_step:
            lines.append(translate("MainWindow", "What to do next: {step}").format(step=panel.next_step))
        if panel.failure_lines:
            lines.append(translate("MainWindow", "Error:"))
            lines += ["  " + line for line in panel.failure_lines]
        if panel.messages.rowCount():
            lines.append(translate("MainWindow", "Messages:"))
            lines += ["  " + line for line in panel.messages.rows_text(range(panel.messages.rowCount())).splitlines()]
        lines += self.health_panel.summary_lines()
        if self._report_files:
            lines.append(translate("MainWindow", "Report: {path}").format(
                path=self._report_files[1] or self._report_files[0]))
        return "\n".join(lines)

    @Slot()
    def _on_copy_summary_requested(self) -> None:
        QGuiApplication.clipboard().setText(self.summary_text())
        self.statusBar().showMessage(translate("MainWindow", "Summary copied to the clipboard."),
                                     5000)

    @Slot()
    def _on_save_report_requested(self) -> None:
        if not self._report_files:
            return
        json_path, html_path = self._report_files
        source = html_path or json_path
        target = self.dialogs.save_report_path(self, str(Path.home() / Path(source).name))  # type: ignore[arg-type]
        if not target:
            return
        if target.lower().endswith(".json") and json_path:
            source = json_path
        try:
            shutil.copyfile(source, target)
        except OSError as problem:
            self.alert.show_alert(AlertKind.ERROR, translate(
                "MainWindow", "The report could not be saved."), [str(problem)])
            return
        self.statusBar().showMessage(translate("MainWindow", "Report saved to {path}").format(
            path=target), 8000)

    @Slot()
    def _on_copy_triggered(self) -> None:
        widget = QApplication.focusWidget()
        if widget is self.job_panel.messages:
            self.job_panel.messages.copy_selection()
        elif isinstance(widget, QLineEdit):
            if widget.echoMode() == QLineEdit.EchoMode.Normal:
                widget.copy()
        elif isinstance(widget, QLabel) and widget.hasSelectedText():
            QGuiApplication.clipboard().setText(widget.selectedText())
        elif callable(copy := getattr(widget, "copy", None)):
            copy()

    # --- folders, about ----------------------------------------------------------------------

    @Slot()
    def _on_open_log_folder(self) -> None:
        self._open_folder(paths.log_dir(), translate("MainWindow", "Log folder"))

    @Slot()
    def _on_open_reports_folder(self) -> None:
        self._open_folder(paths.reports_dir(), translate("MainWindow", "Reports folder"))

    def _open_folder(self, folder: Path, what: str) -> None:
        """Open ``folder`` in the file manager and always say where it is.

        On a server or a minimal desktop there may be no file manager at all (``openUrl`` fails, or
        xdg-open gives up after Qt has already reported success), so the path is shown in a
        status bar (or a selectable alert when opening failed) either way.
        """
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as problem:
            self.alert.show_alert(AlertKind.ERROR, translate("MainWindow", "{what} {path} could not be created.")
                                  .format(what=what, path=folder), [str(problem)])
            return
        from PySide6.QtCore import QUrl

        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        if opened:
            # The status bar, not the alert strip: a failed job's headline stays where it is.
            self.statusBar().showMessage(translate(
                "MainWindow", "{what}: {path} (if no file manager opens, open it by hand)").format(
                what=what, path=folder), 30000)
        else:
            self.alert.show_alert(AlertKind.WARNING, translate(
                "MainWindow", "No file manager could be opened. {what}: {path}").format(what=what, path=folder))

    @Slot()
    def _on_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, translate("MainWindow", "About reconui"),  # type: ignore[arg-type]
                          self.about_text())

    def about_text(self) -> str:
        import platform  # 2.5 ms at import, for one line of the About box

        return translate(
            "MainWindow",
            "<h3>reconui {version}</h3><p>Runs and watches the vCenter Server Appliance post-restore "
            "reconciliation job.</p><p>Qt {qt} · PySide6 {pyside} · Python {python}</p>"
            "<p>Logs: {logs}<br>Reports: {reports}</p>"
        ).format(version=__version__, qt=qVersion(), pyside=PySide6.__version__,
                 python=platform.python_version(), logs=paths.log_dir(), reports=paths.reports_dir())
