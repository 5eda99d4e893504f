"""The request log: one record per request, in memory and optionally as JSON lines in a file.

Records say *which kind* of credential came with a request, never its value, so a log can be
attached to a ticket (docs/users.md §4).
"""

from __future__ import annotations

import json
import os
import threading
from typing import IO, Any


class RequestLog:
    """Thread-safe list of request records with an optional JSON-lines file mirror."""

    def __init__(self, path: str | os.PathLike[str] | None) -> None:
        self._records: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self._file: IO[str] | None = open(path, "a", encoding="utf-8") if path is not None else None

    def add(self, record: dict[str, Any]) -> None:
        """Append one record and flush it to the file at once (the simulator may be killed)."""
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
        with self._lock:
            self._records.append(record)
            if self._file is not None:
                self._file.write(line + "\n")
                self._file.flush()

    def snapshot(self) -> list[dict[str, Any]]:
        """A copy of the records so far."""
        with self._lock:
            return [dict(r) for r in self._records]

    def close(self) -> None:
        """Close the file mirror; the in-memory records stay readable."""
        with self._lock:
            if self._file is not None:
                self._file.close()
                self._file = None
