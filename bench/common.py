"""Shared plumbing: child processes with their resource usage, the simulator as a process, statistics."""

from __future__ import annotations

import json
import os
import platform
import selectors
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
BIN = Path(PYTHON).parent
SIM_PASSWORD = "VMware1!"  # the simulator's documented lab default
SIM_USER = "administrator@vsphere.local"


def child_env(home: Path | None = None, **extra: str) -> dict[str, str]:
    """The environment every measured child gets: offscreen Qt, C.UTF-8, a throwaway RECONUI_HOME.

    ``PYTHONDONTWRITEBYTECODE`` is dropped: an installed app has its bytecode cached (pip compiles
    it at install time), and compiling reconui's sources on every run would measure the compiler.
    """
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPROFILEIMPORTTIME")}
    env.update(QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", PYTHONUNBUFFERED="1")
    env["RECONUI_HOME"] = str(home or Path(tempfile.mkdtemp(prefix="reconui-bench-home-")))
    env.update(extra)
    return env


@dataclass(frozen=True)
class Usage:
    """One finished child: wall seconds (spawn to exit), CPU seconds, peak RSS in MiB, its stdout."""

    wall: float
    cpu: float
    rss_mib: float
    stdout: str
    returncode: int


def run_with_rusage(cmd: Sequence[str], env: dict[str, str], *, timeout: float = 120.0) -> Usage:
    """Run ``cmd`` to its end; its own CPU time and peak RSS come from ``os.wait4`` (this child only)."""
    start = time.perf_counter()
    proc = subprocess.Popen(list(cmd), env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    deadline = start + timeout
    out = bytearray()
    err = bytearray()
    sel = selectors.DefaultSelector()
    assert proc.stdout is not None and proc.stderr is not None
    sel.register(proc.stdout, selectors.EVENT_READ, out)
    sel.register(proc.stderr, selectors.EVENT_READ, err)
    while sel.get_map():
        remaining = deadline - time.perf_counter()
        if remaining <= 0:
            proc.kill()
            raise RuntimeError(f"{' '.join(cmd[:3])} did not finish within {timeout} s")
        for key, _ in sel.select(remaining):
            chunk = os.read(key.fd, 65536)
            if not chunk:
                sel.unregister(key.fileobj)
            else:
                key.data.extend(chunk)
    _, status, rusage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    text = out.decode(errors="replace")
    if proc.returncode != 0:
        text += err.decode(errors="replace")
    return Usage(wall, rusage.ru_utime + rusage.ru_stime, rusage.ru_maxrss / 1024, text, proc.returncode)


# --- the simulator as a process -------------------------------------------------------------------


@dataclass
class SimProcess:
    """A ``reconui-sim`` child: where it listens, its fingerprint, its request log."""

    proc: subprocess.Popen[str]
    host: str
    port: int
    sha256: str
    request_log: Path
    cert_file: Path

    @property
    def base(self) -> str:
        return f"https://{self.host}:{self.port}"

    def requests(self) -> list[dict[str, Any]]:
        if not self.request_log.exists():
            return []
        return [json.loads(line) for line in self.request_log.read_text(encoding="utf-8").splitlines() if line]


@contextmanager
def simulator(*args: str, workdir: Path) -> Iterator[SimProcess]:
    """Start ``python -m reconui.simulator --port 0 ARGS`` and stop it at the end."""
    from reconui.simulator.certificate import generate_self_signed

    stamp = time.monotonic_ns()
    log = workdir / f"requests-{stamp}.jsonl"
    # Our own certificate files, so that raw ``requests`` floors can verify against them (verify=PEM).
    certificate = generate_self_signed()
    cert_file, key_file = workdir / f"sim-{stamp}.pem", workdir / f"sim-{stamp}.key"
    cert_file.write_text(certificate.cert_pem, encoding="ascii")
    key_file.write_text(certificate.key_pem, encoding="ascii")
    cmd = [PYTHON, "-m", "reconui.simulator", "--port", "0", "--request-log", str(log), "--cert", str(cert_file),
           "--key", str(key_file), *args]
    proc = subprocess.Popen(cmd, env=child_env(workdir / "sim-home"), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError("the simulator did not start: " + (proc.stderr.read() if proc.stderr else ""))
        ready = json.loads(line)
        host, port = _address(ready)
        yield SimProcess(proc, host, port, ready.get("sha256") or ready.get("fingerprint", ""), log, cert_file)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _address(ready: dict[str, Any]) -> tuple[str, int]:
    if "host" in ready and "port" in ready:
        return str(ready["host"]), int(ready["port"])
    from urllib.parse import urlsplit

    url = urlsplit(str(ready["url"]))
    return url.hostname or "127.0.0.1", int(url.port or 443)


# --- statistics -------------------------------------------------------------------------------


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile (no interpolation: every figure is one that was measured)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), int(-(-share * len(ordered) // 1))))
    return ordered[rank - 1]


def spread(values: Sequence[float], unit: str = "", digits: int = 3) -> str:
    """``median (min–max)`` as text."""
    if not values:
        return "n/a"
    return f"{median(values):.{digits}f}{unit} ({min(values):.{digits}f}–{max(values):.{digits}f})"


def machine() -> dict[str, str]:
    """What the figures were measured on."""
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor()
    try:
        import PySide6

        qt = PySide6.__version__
    except ImportError:
        qt = "?"
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    mem = ""
    try:
        total_kib = int(next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                             if line.startswith("MemTotal")))
        mem = f"{total_kib / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    return {
        "os": f"{platform.system()} {platform.release()}",
        "cpu": f"{cpu} × {os.cpu_count()}",
        "memory": mem,
        "python": platform.python_version(),
        "pyside6": qt,
        "load": " ".join(f"{x:.2f}" for x in load),
        "git": _git_head(),
    }


def _git_head() -> str:
    git = shutil.which("git")
    if git is None:
        return "?"
    proc = subprocess.run([git, "-C", str(ROOT), "describe", "--always", "--dirty"], capture_output=True,
                          text=True, check=False)
    return proc.stdout.strip() or "?"


def stream_lines(cmd: Sequence[str], env: dict[str, str], *, timeout: float) -> tuple[int, list[tuple[float, str]]]:
    """Run ``cmd``; every stdout line with the ``time.time()`` at which it arrived here."""
    lines: list[tuple[float, str]] = []
    proc = subprocess.Popen(list(cmd), env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, bufsize=1)
    deadline = time.monotonic() + timeout
    assert proc.stdout is not None
    for line in proc.stdout:
        lines.append((time.time(), line.rstrip("\n")))
        if time.monotonic() > deadline:
            proc.kill()
            break
    return proc.wait(), lines


class RawClient:
    """The floor: plain ``requests.Session`` calls to the simulator's ``/api``, verifying its PEM."""

    def __init__(self, sim: SimProcess) -> None:
        import requests

        self.base = sim.base
        self.session = requests.Session()
        self.session.verify = str(sim.cert_file)
        self.session.trust_env = False

    def login(self) -> None:
        reply = self.session.post(f"{self.base}/api/session", auth=(SIM_USER, SIM_PASSWORD), timeout=30)
        reply.raise_for_status()
        self.session.headers["vmware-api-session-id"] = reply.json()

    def create(self) -> dict[str, Any]:
        body = {"sso_admin_user_name": SIM_USER, "sso_admin_user_password": SIM_PASSWORD, "ignore_warnings": False}
        reply = self.session.post(f"{self.base}/api/appliance/recovery/reconciliation/job", json=body, timeout=30)
        reply.raise_for_status()
        return reply.json()

    def get(self) -> dict[str, Any]:
        reply = self.session.get(f"{self.base}/api/appliance/recovery/reconciliation/job", timeout=30)
        reply.raise_for_status()
        return reply.json()
