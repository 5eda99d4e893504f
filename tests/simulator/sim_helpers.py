"""Helpers for driving the simulator over real HTTPS with ``requests`` (imported by the tests)."""

from __future__ import annotations

import os
import re
import socket
import ssl
import time
from pathlib import Path
from typing import Any

import requests

from reconui.simulator import Simulator

USER = "administrator@vsphere.local"
PASSWORD = "VMware1!"
DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")
PATHS = {
    "api": {
        "session": "/api/session",
        "version": "/api/appliance/system/version",
        "restore": "/api/appliance/recovery/restore/job",
        "job": "/api/appliance/recovery/reconciliation/job",
    },
    "rest": {
        "session": "/rest/com/vmware/cis/session",
        "version": "/rest/appliance/system/version",
        "restore": "/rest/appliance/recovery/restore/job",
        "job": "/rest/appliance/recovery/reconciliation/job",
    },
}


class Client:
    """A thin, flavour-aware test client: trusts the simulator's certificate explicitly."""

    def __init__(self, sim: Simulator, flavor: str, ca_file: Path) -> None:
        self.sim = sim
        self.flavor = flavor
        self.http = requests.Session()
        # Per-request verify: a session-level verify loses to REQUESTS_CA_BUNDLE (a requests quirk),
        # and no environment proxy may stand between the tests and loopback.
        self.http.verify = self.ca_file = str(ca_file)
        self.http.trust_env = False
        self.token: str | None = None

    def url(self, name: str) -> str:
        return self.sim.url + PATHS[self.flavor].get(name, name)

    def request(self, method: str, name: str, **kwargs: Any) -> requests.Response:
        headers = kwargs.pop("headers", {})
        if self.token and "vmware-api-session-id" not in headers:
            headers["vmware-api-session-id"] = self.token
        kwargs.setdefault("timeout", 5)
        response = self.http.request(method, self.url(name), headers=headers, **kwargs)
        response.close()
        return response

    def login(self, user: str = USER, password: str = PASSWORD, **kwargs: Any) -> requests.Response:
        headers = kwargs.pop("headers", {"vmware-use-header-authn": "true"})
        response = self.http.post(self.url("session"), auth=(user.encode(), password.encode()),
                                  headers=headers, timeout=5, **kwargs)
        response.close()
        if response.ok:
            body = response.json()
            self.token = body["value"] if self.flavor == "rest" else body
        return response

    def create(self, spec: dict[str, Any] | None = None, **kwargs: Any) -> requests.Response:
        if spec is None:
            spec = {"sso_admin_user_name": USER, "sso_admin_user_password": PASSWORD, "ignore_warnings": False}
        body = {"spec": spec} if self.flavor == "rest" else spec
        return self.request("POST", "job", json=body, **kwargs)

    def get_job(self, **kwargs: Any) -> requests.Response:
        return self.request("GET", "job", **kwargs)

    def value(self, response: requests.Response) -> Any:
        """The result with the flavour's envelope removed."""
        body = response.json()
        return body["value"] if self.flavor == "rest" else body

    def error(self, response: requests.Response) -> tuple[str, dict[str, Any]]:
        """``(canonical type id or error_type, error struct)`` for an error reply."""
        body = response.json()
        if self.flavor == "rest":
            return body["type"], body["value"]
        return body["error_type"], body

    def wait_for_end(self, timeout: float = 10.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            info = self.value(self.get_job())
            if info["status"] in ("SUCCEEDED", "FAILED"):
                return info
            time.sleep(0.05)
        raise AssertionError("job did not end in time")

    def close(self) -> None:
        self.http.close()


def check_info(info: dict[str, Any], flavor: str) -> None:
    """The Job.Info invariants and encodings of docs/protocol.md §3.3/§3.5."""
    assert info["service"] == "com.vmware.appliance.recovery.reconciliation.job"
    assert info["operation"] == "create"
    assert info["cancelable"] is False
    assert set(info["description"]) >= {"id", "default_message", "args"}
    assert 0 <= info["progress"] <= 100
    status = info["status"]
    assert DATETIME.match(info["start_time"])
    if status == "RUNNING":
        assert "end_time" not in info and "error" not in info
    else:
        assert status in ("SUCCEEDED", "FAILED")
        assert DATETIME.match(info["end_time"])
        assert info["end_time"] >= info["start_time"]
    if status != "FAILED":
        assert "error" not in info
    if status == "SUCCEEDED":
        assert info["progress"] == 100
    for message in info["messages"]:
        check_message(message, flavor)


def check_message(message: dict[str, Any], flavor: str, modern: bool = True) -> None:
    """A LocalizableMessage: substituted English text, args xor params, flavour's map shape."""
    assert isinstance(message["id"], str) and message["id"]
    assert isinstance(message["default_message"], str)
    assert "{" not in message["default_message"], message
    assert isinstance(message["args"], list)
    assert all(isinstance(a, str) for a in message["args"])
    if "params" in message:
        assert modern
        assert message["args"] == []
        params = message["params"]
        if flavor == "rest":
            assert isinstance(params, list) and all(set(p) == {"key", "value"} for p in params)
        else:
            assert isinstance(params, dict)
    if not modern:
        assert "localized" not in message


def tls_socket(sim: Simulator, timeout: float = 5.0) -> ssl.SSLSocket:
    """A raw TLS connection to the simulator that trusts only its certificate."""
    context = ssl.create_default_context(cadata=sim.cert_pem)
    tcp = socket.create_connection((sim.host, sim.port), timeout=timeout)
    return context.wrap_socket(tcp, server_hostname=sim.host)


def read_until_closed(tls: ssl.SSLSocket) -> bytes:
    """Everything the server sends until it closes the connection."""
    chunks = []
    while True:
        try:
            chunk = tls.recv(65536)
        except (ConnectionError, ssl.SSLError):
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


def raw_exchange(sim: Simulator, data: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send hand-made request bytes; return the status, lower-cased headers and body of the answer."""
    with tls_socket(sim) as tls:
        tls.sendall(data)
        answer = read_until_closed(tls)
    head, _, body = answer.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict((k.strip().lower(), v.strip()) for k, _, v in (line.partition(":") for line in lines[1:]))
    return int(lines[0].split()[1]), headers, body


def open_fds() -> int:
    """How many file descriptors this process holds (Linux)."""
    return len(os.listdir("/proc/self/fd"))
