"""A faithful, self-contained simulator of the VCSA reconciliation-job REST API (``reconui-sim``).

Serves the ``/api`` and ``/rest`` flavours over HTTPS on loopback, with scripted scenarios
(success, failure, validation warnings, busy/not-allowed, bad SSO, restarts, session expiry,
flaky proxies), so the client, the desktop app's demo mode and the tests never need a real
appliance. See README.md in this package.
"""

from reconui.simulator.config import SimulatorConfig
from reconui.simulator.scenarios import SCENARIOS
from reconui.simulator.simulator import Simulator

__all__ = ["SCENARIOS", "Simulator", "SimulatorConfig"]
