"""Where reconui keeps its files: reports, logs, certificate pins and settings.

Per-user platform directories by default. ``RECONUI_HOME`` overrides them all with one folder, which
the tests use (a throwaway directory per test) and which field engineers can use for a portable
install on a USB stick.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "reconui"
APP_AUTHOR = "reconui"
HOME_ENV = "RECONUI_HOME"


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV)
    return Path(value) if value else None


def data_dir() -> Path:
    """The user data directory (reports live below it)."""
    home = _home()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    """The user configuration directory (pins and settings)."""
    home = _home()
    return home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    """The user log directory (the rotating log file)."""
    home = _home()
    return home / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def reports_dir() -> Path:
    """Where every run's report is written."""
    return data_dir() / "reports"


def pins_path() -> Path:
    """The ``host:port sha256`` file of trusted certificate fingerprints."""
    return config_dir() / "known_hosts"
