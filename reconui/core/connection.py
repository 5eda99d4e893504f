"""The HTTPS connection the client's requests travel on: deadline-watched, 1xx-tolerant.

Two things urllib3 and ``http.client`` do not do for us:

* **An overall deadline.** Every socket a connection opens (or reuses for a new request) joins the
  current :class:`~reconui.core.deadline.CallDeadline`, so a call ends when its deadline passes
  however slowly the server drips bytes.
* **Interim replies.** ``http.client`` skips ``100 Continue`` but returns any other ``1xx`` (a
  ``103 Early Hints`` from a reverse proxy) as if it were the answer, leaving the real answer
  unread. :class:`InterimSkippingResponse` skips every informational reply except ``101``
  (which switches protocols and so can never precede a JSON answer), up to
  :data:`MAX_INTERIM_REPLIES` of them.
"""

from __future__ import annotations

import http.client
import socket
from typing import Any

from urllib3.connection import HTTPSConnection
from urllib3.connectionpool import HTTPSConnectionPool
from urllib3.poolmanager import PoolManager

from reconui.core.deadline import watch_socket

#: Informational replies skipped before one counts as a malformed answer.
MAX_INTERIM_REPLIES = 16


class InterimSkippingResponse(http.client.HTTPResponse):
    """An ``HTTPResponse`` whose status is the first non-interim one (see the module docstring)."""

    def _read_status(self) -> tuple[str, int, str]:
        for _ in range(MAX_INTERIM_REPLIES):
            version, status, reason = super()._read_status()  # type: ignore[misc]
            if not 102 <= status < 200:  # 100 is skipped by begin() itself, 101 is final
                return version, status, reason
            http.client._read_headers(self.fp)  # type: ignore[attr-defined]  # the interim headers
        raise http.client.HTTPException(f"more than {MAX_INTERIM_REPLIES} informational (1xx) replies")


class DeadlineHTTPSConnection(HTTPSConnection):
    """A urllib3 HTTPS connection whose sockets are under the current call's deadline."""

    response_class = InterimSkippingResponse

    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        watch_socket(sock)
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:
        if self.sock is not None:  # a kept-alive connection reused by a later call
            watch_socket(self.sock)
        super().request(*args, **kwargs)


class DeadlineHTTPSConnectionPool(HTTPSConnectionPool):
    ConnectionCls = DeadlineHTTPSConnection


def use_deadline_connections(manager: PoolManager) -> None:
    """Make ``manager`` (a PoolManager or ProxyManager) build :class:`DeadlineHTTPSConnection`\\ s."""
    manager.pool_classes_by_scheme = {**manager.pool_classes_by_scheme, "https": DeadlineHTTPSConnectionPool}


__all__ = [
    "MAX_INTERIM_REPLIES",
    "DeadlineHTTPSConnection",
    "DeadlineHTTPSConnectionPool",
    "InterimSkippingResponse",
    "use_deadline_connections",
]
