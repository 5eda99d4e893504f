"""The :class:`Simulator`: lifecycle of one simulated appliance on background threads.

No signal handlers and no module state, so the desktop app's demo mode and tests can run
several simulators in one process; only the CLI's ``main`` deals with signals.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from reconui.simulator.appliance import Appliance
from reconui.simulator.certificate import ServerCertificate, generate_self_signed, load_certificate
from reconui.simulator.config import SimulatorConfig
from reconui.simulator.requestlog import RequestLog
from reconui.simulator.server import Faults, Listener


def scaled_clock(scale: float) -> Callable[[], float]:
    """``time.monotonic``, or a clock that runs ``scale`` times faster from now on (benchmarks)."""
    if scale == 1.0:
        return time.monotonic
    origin = time.monotonic()
    return lambda: origin + (time.monotonic() - origin) * scale


class Simulator:
    """A running (or startable) vCenter appliance simulator.

    Use as a context manager: ``start()`` on enter, ``stop()`` on exit.

    Args:
        config: what to simulate; see :class:`SimulatorConfig`.
    """

    def __init__(self, config: SimulatorConfig | None = None) -> None:
        self.config = config or SimulatorConfig()
        if self.config.cert_file is not None and self.config.key_file is not None:
            self.certificate: ServerCertificate = load_certificate(self.config.cert_file, self.config.key_file)
        else:
            hosts: tuple[str, ...] = ("127.0.0.1", "localhost")
            if self.config.host not in (*hosts, "0.0.0.0", "::"):  # noqa: S104 - only compared, never bound here
                hosts = (self.config.host, *hosts)
            self.certificate = generate_self_signed(hosts)
        # Built here, not in start(): an unusable --cert/--key is reported as such, before any bind.
        self._ssl_context = self.certificate.ssl_context()
        self.appliance = Appliance(self.config, scaled_clock(self.config.time_scale))
        self.faults = Faults(self.config.flaky_rate, self.config.flaky_seed, self.config.flaky_kinds)
        self.stopping = threading.Event()
        self.request_log: RequestLog = RequestLog(None)
        self._listener: Listener | None = None
        self._supervisor: threading.Thread | None = None
        self._lock = threading.Lock()

    # Lifecycle -------------------------------------------------------------------------------

    def start(self) -> Simulator:
        """Bind the port and start serving; returns ``self``."""
        with self._lock:
            if self._listener is not None:
                return self
            self.stopping.clear()
            self.request_log = RequestLog(self.config.request_log)
            listener = Listener(self.config.host, self.config.port, self._ssl_context, self)
            try:
                listener.open()
            except BaseException:
                self.request_log.close()
                raise
            self._listener = listener
            if self.config.scenario == "restart":
                self._supervisor = threading.Thread(
                    target=self._supervise, name=f"reconui-sim-supervisor-{listener.port}", daemon=True
                )
                self._supervisor.start()
        return self

    def stop(self) -> None:
        """Stop serving, cut connections, join every thread and close the request log; idempotent."""
        with self._lock:
            listener, supervisor = self._listener, self._supervisor
            self._listener = self._supervisor = None
            self.stopping.set()
        if supervisor is not None:
            supervisor.join(2.0)
        if listener is not None:
            listener.close()
        self.request_log.close()

    def __enter__(self) -> Simulator:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def _supervise(self) -> None:
        """Close the port during the refused phase of a restart and re-open it afterwards."""
        assert self._listener is not None
        listener = self._listener
        while not self.stopping.wait(0.02):
            phase = self.appliance.restart_phase()
            if phase == "refused" and listener.is_open:
                listener.close()
            elif phase != "refused" and not listener.is_open and not self.stopping.is_set():
                listener.open()

    # Facts for clients -------------------------------------------------------------------------

    @property
    def host(self) -> str:
        """The host clients connect to."""
        return self.config.host

    @property
    def port(self) -> int:
        """The bound port (0 until started)."""
        return self._listener.port if self._listener is not None else self.config.port

    @property
    def url(self) -> str:
        """``https://host:port`` without a trailing slash."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"https://{host}:{self.port}"

    @property
    def sha256(self) -> str:
        """The certificate's SHA-256 fingerprint, ``AB:CD:...``."""
        return self.certificate.sha256

    @property
    def cert_pem(self) -> str:
        """The certificate in PEM, to trust explicitly (e.g. requests ``verify=<file>``)."""
        return self.certificate.cert_pem

    @property
    def requests(self) -> list[dict[str, Any]]:
        """The request-log records so far (a snapshot copy)."""
        return self.request_log.snapshot()

    def ready_line(self) -> dict[str, Any]:
        """What the CLI prints once it is serving."""
        return {
            "url": self.url,
            "sha256": self.sha256,
            "flavors": list(self.config.served_flavors),
            "scenario": self.config.scenario,
        }
