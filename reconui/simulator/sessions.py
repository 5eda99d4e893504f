"""vAPI sessions: opaque tokens with idle and absolute expiry, dropped wholesale on a restart."""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass
from datetime import datetime, timezone


@dataclass
class Session:
    """One logged-in session (what ``GET /api/session`` describes)."""

    user: str
    created_wall: datetime
    created_mono: float
    last_wall: datetime
    last_mono: float


class SessionStore:
    """Thread-safe token -> session map.

    Args:
        idle_timeout: seconds of inactivity after which a session is gone (vSphere: ~30 min).
        max_age: absolute lifetime in seconds, or ``None``; the ``expire`` scenario sets it short.
    """

    def __init__(self, idle_timeout: float, max_age: float | None) -> None:
        self._idle_timeout = idle_timeout
        self._max_age = max_age
        self._sessions: dict[str, Session] = {}
        self._lock = threading.Lock()

    def create(self, user: str, now_mono: float) -> str:
        """Log ``user`` in and return a fresh 32-hex-digit token, like the examples in the docs."""
        token = secrets.token_hex(16)
        wall = datetime.now(timezone.utc)
        with self._lock:
            self._sessions[token] = Session(user, wall, now_mono, wall, now_mono)
        return token

    def touch(self, token: str, now_mono: float) -> Session | None:
        """Return the live session for ``token`` (updating its last access), or ``None``."""
        with self._lock:
            session = self._sessions.get(token)
            if session is None:
                return None
            expired = now_mono - session.last_mono > self._idle_timeout or (
                self._max_age is not None and now_mono - session.created_mono > self._max_age
            )
            if expired:
                del self._sessions[token]
                return None
            session.last_mono = now_mono
            session.last_wall = datetime.now(timezone.utc)
            return Session(session.user, session.created_wall, session.created_mono, session.last_wall,
                           session.last_mono)

    def delete(self, token: str) -> bool:
        """Log out; True if the token was known."""
        with self._lock:
            return self._sessions.pop(token, None) is not None

    def clear(self) -> None:
        """Forget every session, as when the appliance's authentication service restarts."""
        with self._lock:
            self._sessions.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._sessions)
