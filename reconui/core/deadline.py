"""An overall deadline for one network call: connect + TLS handshake + headers + body.

A socket timeout bounds each *read*, not the call: a server that dribbles one byte every few
seconds keeps a call with a 30 s read timeout alive for minutes, in the status line, the headers or
a body with a Content-Length. So every call runs inside a :class:`CallDeadline`: a watchdog (one
thread for the whole process) shuts down every socket the call uses when the deadline passes. The
blocked read returns at once, the call fails, and the caller sees :attr:`CallDeadline.expired` and
reports a timeout.

Sockets join the current deadline through :func:`watch_socket`, which the client's connection
class (:mod:`reconui.core.connection`) calls when it opens a socket or reuses one, and which the
certificate check calls for its handshake. The current deadline is a context variable, so each
thread (the GUI's worker, the CLI's main thread) has its own.

:func:`abort_all` ends every call in flight the same way; the CLI calls it on SIGTERM/SIGINT so
that stopping does not wait for a slow call to time out.
"""

from __future__ import annotations

import contextvars
import heapq
import itertools
import socket
import threading
import time
from types import TracebackType

_current: contextvars.ContextVar[CallDeadline | None] = contextvars.ContextVar("reconui_call_deadline",
                                                                                 default=None)
# Re-entrant: abort_all() may run in a signal handler on a thread that is inside __enter__.
_registry_lock = threading.RLock()
_active: set[CallDeadline] = set()


class CallDeadline:
    """Shut down the call's sockets ``seconds`` after entering, unless the call ended first.

    Attributes:
        seconds: the deadline, measured from ``__enter__``.
        expired: True once the deadline passed while the call was still running.
        aborted: True once :meth:`abort` (or :func:`abort_all`) ended the call.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self.aborted = False
        self._lock = threading.RLock()
        self._sockets: list[socket.socket] = []
        self._done = False
        self._token: contextvars.Token[CallDeadline | None] | None = None

    def __enter__(self) -> CallDeadline:
        self._token = _current.set(self)
        with _registry_lock:
            _active.add(self)
        _WATCHDOG.add(time.monotonic() + self.seconds, self)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        with self._lock:
            self._done = True
            watched, self._sockets = self._sockets, []
        for sock in watched:
            sock.close()
        with _registry_lock:
            _active.discard(self)
        if self._token is not None:
            _current.reset(self._token)

    @property
    def ended_early(self) -> bool:
        """True when the call was cut short (deadline or abort)."""
        return self.expired or self.aborted

    def watch(self, sock: socket.socket) -> None:
        """Include ``sock`` in this call; shut it down at once if the call has already been cut.

        The deadline keeps its own duplicate of the descriptor, not ``sock`` itself: wrapping a
        socket in TLS (urllib3's connect, the certificate check) *detaches* the plain socket object,
        so shutting that object down during a stalled handshake would do nothing. ``shutdown(2)``
        acts on the connection behind every duplicate, so the duplicate cuts the call whatever
        object the caller holds by then; it is closed when the call ends.
        """
        try:
            handle = socket.fromfd(sock.fileno(), sock.family, sock.type)
        except OSError:  # already closed: nothing left to cut
            return
        with self._lock:
            if self._done:
                handle.close()
                return
            self._sockets.append(handle)
            if self.ended_early:
                _shutdown(handle)

    def _cut(self) -> None:
        with self._lock:
            if self._done:
                return
            for sock in self._sockets:
                _shutdown(sock)

    @property
    def done(self) -> bool:
        return self._done

    def _expire(self) -> None:
        with self._lock:
            if self._done:
                return
            self.expired = True
        self._cut()

    def abort(self) -> None:
        """End the call now (the user stopped the run)."""
        self.aborted = True
        self._cut()


class _Watchdog:
    """One daemon thread for every deadline of the process (a thread per call would cost more than
    the call's bookkeeping): a heap of (when, deadline), expired in order, finished ones skipped."""

    def __init__(self) -> None:
        self._cond = threading.Condition(threading.Lock())
        self._heap: list[tuple[float, int, CallDeadline]] = []
        self._seq = itertools.count()
        self._thread: threading.Thread | None = None

    def add(self, when: float, deadline: CallDeadline) -> None:
        with self._cond:
            heapq.heappush(self._heap, (when, next(self._seq), deadline))
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="reconui-deadlines", daemon=True)
                self._thread.start()
            elif self._heap[0][2] is deadline:
                self._cond.notify()

    def _run(self) -> None:
        while True:
            with self._cond:
                while self._heap and self._heap[0][2].done:
                    heapq.heappop(self._heap)  # finished in time: nothing to do
                if not self._heap:
                    self._cond.wait(5.0)
                    if not self._heap:
                        self._thread = None
                        return
                    continue
                when = self._heap[0][0]
                delay = when - time.monotonic()
                if delay > 0:
                    self._cond.wait(delay)
                    continue
                _, _, due = heapq.heappop(self._heap)
            due._expire()  # outside the lock: shutting sockets down may take a moment


_WATCHDOG = _Watchdog()


def _shutdown(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:  # already closed or never connected: nothing left to interrupt
        pass


def watch_socket(sock: socket.socket) -> None:
    """Put ``sock`` under the deadline of the call running on this thread (if any)."""
    deadline = _current.get()
    if deadline is not None:
        deadline.watch(sock)


def abort_all() -> None:
    """Cut every call in flight, on every thread (safe to call from a signal handler)."""
    with _registry_lock:
        active = list(_active)
    for deadline in active:
        deadline.abort()


__all__ = ["CallDeadline", "abort_all", "watch_socket"]
