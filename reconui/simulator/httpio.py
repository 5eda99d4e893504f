"""Request framing for the simulator's handler: a deadline per request and a bounded body.

A test client, a field engineer's half-broken script or a port scanner must never make the
simulator hang or print a traceback: a request that trickles in (slowloris) runs into one
deadline for the whole request, not a fresh socket timeout per byte; a body that is too large,
or framed with a bogus ``Content-Length`` or chunk size, becomes a :class:`BodyError` the
handler answers like a vAPI endpoint would.
"""

from __future__ import annotations

import io
import socket
import time
from collections.abc import Mapping
from email.message import Message
from typing import BinaryIO


class BodyError(Exception):
    """The request body cannot be read; the handler answers ``status`` and closes the connection."""

    def __init__(self, status: int, message_id: str, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.message_id = message_id
        self.detail = detail


class DeadlineReader(io.RawIOBase):
    """Socket reads with an idle timeout between requests and one deadline within a request.

    Args:
        sock: the connected (TLS) socket.
        idle_timeout: seconds a keep-alive connection may wait for the next request's first byte.
        request_timeout: seconds from a request's first byte until its body is complete.
    """

    def __init__(self, sock: socket.socket, idle_timeout: float, request_timeout: float) -> None:
        super().__init__()
        self._sock = sock
        self._idle_timeout = idle_timeout
        self._request_timeout = request_timeout
        self._deadline: float | None = None

    def readable(self) -> bool:
        return True

    def next_request(self) -> None:
        """A request is complete (or none has begun): the idle timeout applies until the next byte."""
        self._deadline = None
        self._sock.settimeout(self._idle_timeout)

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._deadline is not None:
            remaining = self._deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("the request was not complete in time")
            self._sock.settimeout(remaining)
        count = self._sock.recv_into(buffer)
        if self._deadline is None and count:
            self._deadline = time.monotonic() + self._request_timeout
        return count


def read_body(rfile: BinaryIO | io.BufferedIOBase, headers: Mapping[str, str] | Message, limit: int) -> bytes:
    """Read a ``Content-Length`` or chunked body of at most ``limit`` bytes.

    Raises:
        BodyError: 400 for a bogus length or chunk size, 413 for a body over ``limit``.
        TimeoutError: the body did not arrive before the request deadline.
    """
    if "chunked" in (headers.get("Transfer-Encoding") or "").lower():
        return _read_chunked(rfile, limit)
    raw = headers.get("Content-Length")
    if raw is None:
        return b""
    if not raw.strip().isdigit():
        raise BodyError(400, "ex.rest.body.framing", f"Content-Length {raw[:40]!r} is not a number")
    length = int(raw)
    if length > limit:
        raise BodyError(413, "ex.rest.body.too.large", str(limit))
    data = rfile.read(length) if length else b""
    if len(data) < length:
        raise BodyError(400, "ex.rest.body.framing", "the connection closed before the body was complete")
    return data


def _read_chunked(rfile: BinaryIO | io.BufferedIOBase, limit: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while True:
        line = rfile.readline(1024).split(b";")[0].strip()
        try:
            size = int(line, 16)
        except ValueError:
            raise BodyError(400, "ex.rest.body.framing", "invalid chunk size") from None
        if size < 0:
            raise BodyError(400, "ex.rest.body.framing", "invalid chunk size")
        if size == 0:
            while rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                pass
            return b"".join(chunks)
        total += size
        if total > limit:
            raise BodyError(413, "ex.rest.body.too.large", str(limit))
        chunk = rfile.read(size)
        if len(chunk) < size:
            raise BodyError(400, "ex.rest.body.framing", "the connection closed before the body was complete")
        chunks.append(chunk)
        rfile.readline(1024)
