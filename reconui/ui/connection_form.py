"""Step 1: where the appliance is and how to reach it (host, port, API flavour, proxy, CA file)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from reconui.core.address import check_host, check_proxy_url, parse_address
from reconui.core.ca_file import check_ca_file
from reconui.core.errors import AddressError
from reconui.core.models import FLAVOR_API, FLAVOR_AUTO, FLAVOR_REST, ProxyChoice, ProxyMode, Target
from reconui.ui.i18n import translate, translated
from reconui.ui.icons import icon
from reconui.ui.port_field import PortField


class FormError(ValueError):
    """A field the user has to fix; ``widget`` gets the focus."""

    def __init__(self, message: str, widget: QWidget) -> None:
        super().__init__(message)
        self.widget = widget


class ConnectionForm(QGroupBox):
    """Collects a :class:`Target`.

    Signals:
        host_changed(str): the host text was committed (Enter, focus out, pick from the list).
        demo_requested(): the user asked for the built-in simulator.
    """

    host_changed = Signal(str)
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ConnectionForm", "1. Appliance"), parent)
        self.setObjectName("connectionForm")
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.host = QComboBox()
        self.host.setObjectName("hostCombo")
        self.host.setEditable(True)
        self.host.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        host_edit = self.host.lineEdit()
        assert host_edit is not None  # an editable combo box always has one
        host_edit.setPlaceholderText(translate("ConnectionForm", "vcsa.example.com or 10.0.0.5"))
        self.host.setAccessibleName(translate("ConnectionForm", "Appliance host name or address"))
        self.host.setToolTip(translate("ConnectionForm", "The vCenter Server Appliance's host name or IP address. "
                                                         "Recent hosts are in the list."))
        host_edit.editingFinished.connect(self._on_host_committed)
        self.host.activated.connect(self._on_host_committed)
        form.addRow(translate("ConnectionForm", "H&ost:"), self.host)

        self.port = PortField()
        self.port.setObjectName("portEdit")
        self.port.setValue(443)
        self.port.setAccessibleName(translate("ConnectionForm", "Port"))
        self.port.setToolTip(translate("ConnectionForm", "443 is the vSphere API. Some administrators use the "
                                                         "appliance management port 5480, where the job can also be "
                                                         "watched."))
        form.addRow(translate("ConnectionForm", "&Port:"), self.port)

        self.flavor = QComboBox()
        self.flavor.setObjectName("flavorCombo")
        self.flavor.addItem(translate("ConnectionForm", "Automatic (prefer /api)"), FLAVOR_AUTO)
        self.flavor.addItem(translate("ConnectionForm", "/api (vSphere 7.0 U2 and later)"), FLAVOR_API)
        self.flavor.addItem(translate("ConnectionForm", "/rest (6.5 and later, deprecated)"), FLAVOR_REST)
        self.flavor.setAccessibleName(translate("ConnectionForm", "API flavour"))
        self.flavor.setToolTip(translate("ConnectionForm", "Automatic detects the flavour at login; "
                                                           "force one if detection picks the wrong one."))
        form.addRow(translate("ConnectionForm", "&API:"), self.flavor)

        self.proxy_mode = QComboBox()
        self.proxy_mode.setObjectName("proxyCombo")
        self.proxy_mode.addItem(translate("ConnectionForm", "System proxy settings"), ProxyMode.SYSTEM.value)
        self.proxy_mode.addItem(translate("ConnectionForm", "No proxy (direct)"), ProxyMode.NONE.value)
        self.proxy_mode.addItem(translate("ConnectionForm", "This proxy:"), ProxyMode.EXPLICIT.value)
        self.proxy_mode.setAccessibleName(translate("ConnectionForm", "Proxy"))
        self.proxy_mode.currentIndexChanged.connect(self._on_proxy_mode_changed)
        form.addRow(translate("ConnectionForm", "Pro&xy:"), self.proxy_mode)

        self.proxy_url = QLineEdit()
        self.proxy_url.setObjectName("proxyUrlEdit")
        self.proxy_url.setPlaceholderText("http://proxy.example.com:3128")
        self.proxy_url.setAccessibleName(translate("ConnectionForm", "Proxy URL"))
        self.proxy_url.setEnabled(False)
        form.addRow(translate("ConnectionForm", "Prox&y URL:"), self.proxy_url)

        ca_row = QHBoxLayout()
        self.ca_file = QLineEdit()
        self.ca_file.setObjectName("caFileEdit")
        self.ca_file.setPlaceholderText(translate("ConnectionForm", "optional, e.g. the appliance's VMCA root (.pem)"))
        self.ca_file.setAccessibleName(translate("ConnectionForm", "CA certificate file"))
        self.ca_file.setToolTip(translate("ConnectionForm", "A PEM file with extra trusted CA certificates, in "
                                                            "addition to this computer's trust store."))
        self.ca_browse = QPushButton(translate("ConnectionForm", "Browse…"))
        self.ca_browse.setObjectName("caBrowseButton")
        self.ca_browse.setAccessibleName(translate("ConnectionForm", "Browse for a CA certificate file"))
        self.ca_browse.clicked.connect(self._on_ca_browse_clicked)
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.ca_browse)
        self.ca_file.editingFinished.connect(self.check_ca_file)
        self.ca_problem = QLabel()
        self.ca_problem.setObjectName("caFileProblem")
        self.ca_problem.setWordWrap(True)
        self.ca_problem.hide()
        ca_label = QLabel(translate("ConnectionForm", "CA f&ile:"))
        ca_label.setBuddy(self.ca_file)
        form.addRow(ca_label, ca_row)
        form.addRow("", self.ca_problem)

        self.demo_button = QPushButton(icon("simulator"), translate("ConnectionForm", "Try the built-in simulator"))
        self.demo_button.setObjectName("demoButton")
        self.demo_button.setToolTip(translate("ConnectionForm", "Starts a simulated appliance on this computer, so you "
                                                                "can see how a reconciliation run looks before "
                                                                "touching a real one."))
        self.demo_button.clicked.connect(self.demo_requested)
        self.demo_button.hide()
        form.addRow("", self.demo_button)
        self._form = form

    # --- values ------------------------------------------------------------------------------

    def set_recent_hosts(self, hosts: list[str]) -> None:
        current = self.host.currentText()
        self.host.clear()
        self.host.addItems(hosts)
        self.host.setEditText(current or (hosts[0] if hosts else ""))

    def set_values(self, *, host: str = "", port: int = 443, flavor: str = FLAVOR_AUTO,
                   proxy_mode: str = ProxyMode.SYSTEM.value, proxy_url: str = "", ca_file: str = "") -> None:
        self.host.setEditText(host)
        self.port.setValue(port)
        index = self.flavor.findData(flavor)
        self.flavor.setCurrentIndex(max(0, index))
        index = self.proxy_mode.findData(proxy_mode)
        self.proxy_mode.setCurrentIndex(max(0, index))
        self.proxy_url.setText(proxy_url)
        self.ca_file.setText(ca_file)

    def host_text(self) -> str:
        return self.host.currentText().strip()

    def target(self) -> Target:
        """The :class:`Target` described by the form.

        Raises:
            FormError: a field must be fixed first.
        """
        self._take_pasted_url()
        host = self.host_text()
        if not host:
            raise FormError(translate("ConnectionForm", "Enter the appliance's host name or address."), self.host)
        try:
            host = check_host(host)
        except AddressError as exc:
            raise FormError(translate("ConnectionForm", "The host is not valid: {reason}.")
                            .format(reason=translated(exc.phrase)), self.host) from None
        self._check_port()
        mode = ProxyMode(self.proxy_mode.currentData())
        url = self.proxy_url.text().strip() or None
        if mode is ProxyMode.EXPLICIT:
            if not url:
                raise FormError(translate("ConnectionForm", "Enter the proxy URL, or choose another proxy setting."),
                                self.proxy_url)
            try:
                url = check_proxy_url(url)
            except AddressError as exc:
                raise FormError(
                    translate("ConnectionForm", "Enter the proxy as http://host:port, e.g. "
                                                "http://proxy.example.com:3128 ({reason}).")
                    .format(reason=translated(exc.phrase)), self.proxy_url) from None
        if self.check_ca_file():
            raise FormError(self.ca_problem.text(), self.ca_file)
        return Target(
            host=host,
            port=self.port.value(),
            flavor=str(self.flavor.currentData()),
            proxy=ProxyChoice(mode=mode, url=url if mode is ProxyMode.EXPLICIT else None),
            ca_file=self.ca_file.text().strip() or None,
        )

    def _take_pasted_url(self) -> None:
        """``https://vc01.example.com:5480/ui`` pasted into the host field: keep host and port.

        Admins copy the address from the browser; refusing it only costs time. The one address
        parser decides; a URL it refuses is left alone for :meth:`target` to explain.
        """
        text = self.host_text()
        if "://" not in text:
            return
        try:
            address = parse_address(text, default_port=0)  # 0: the URL names no port
        except AddressError:
            return
        self.host.setEditText(address.host_text)
        if address.port:
            self.port.setValue(address.port)

    def _check_port(self) -> None:
        """A port outside 1–65535 (0, 70000) is refused with a sentence, never changed into another one."""
        if not self.port.in_range():
            raise FormError(translate("ConnectionForm", "Enter a port between 1 and 65535 (443 for the vSphere API)."),
                            self.port)

    def check_ca_file(self) -> str:
        """Check the CA file as soon as it is chosen; the plain sentence is shown under the field."""
        path = self.ca_file.text().strip()
        problem = check_ca_file(path) if path else None
        text = translated(problem.phrase) if problem is not None else ""
        self.ca_problem.setText(text)
        self.ca_problem.setVisible(bool(text))
        return text

    def set_locked(self, locked: bool) -> None:
        """Connected: the target cannot change under an open session."""
        for widget in (self.host, self.port, self.flavor, self.proxy_mode, self.ca_file, self.ca_browse):
            widget.setEnabled(not locked)
        self.proxy_url.setEnabled(not locked and self.proxy_mode.currentData() == ProxyMode.EXPLICIT.value)
        self.demo_button.setEnabled(not locked)

    # --- slots -------------------------------------------------------------------------------

    def _on_host_committed(self, *_args: object) -> None:
        self.host_changed.emit(self.host_text())

    def _on_proxy_mode_changed(self, _index: int) -> None:
        explicit = self.proxy_mode.currentData() == ProxyMode.EXPLICIT.value
        self.proxy_url.setEnabled(explicit and self.proxy_mode.isEnabled())

    def _on_ca_browse_clicked(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # its enums cost the start-up; a click can afford them

        path, _ = QFileDialog.getOpenFileName(self, translate("ConnectionForm", "CA certificate file"),
                                              self.ca_file.text(),
                                              translate("ConnectionForm",
                                                        "Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            self.ca_file.setText(path)
            self.check_ca_file()
