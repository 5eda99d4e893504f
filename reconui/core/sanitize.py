"""The one text-sanitising step for everything a server (or a user) sends that reconui shows.

A hostile or broken appliance can put anything into a JSON string: a lone surrogate (``"\\ud800"``
is legal JSON and ``json.loads`` accepts it, but no UTF-8 stream can encode it, so printing it or
writing it into a report raises ``UnicodeEncodeError``), terminal escape sequences that rewrite the
screen, carriage returns that overwrite a line, or bidirectional overrides that make text read
differently from what it is. It can also nest JSON thousands of levels deep, which turns every
recursive walk (the report's scrubber, a ``repr``) into a ``RecursionError``.

So every JSON value reconui decodes passes through :func:`clean_tree` (bounded depth, every string
through :func:`clean_text`), and every string that is printed, logged or reported passes through
:func:`clean_text` once more at the output (:func:`reconui.core.redaction.shown` does both steps:
clean, then mask secrets). Unsafe characters are *escaped visibly* (``\\ud800``, ``\\x1b``) rather
than dropped, so the report still shows that the appliance sent something odd.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

#: How deep a decoded JSON value may nest. The appliance's deepest reply (a job Info whose error
#: carries a cause with a message with parameters) is about 8 levels; 64 leaves room for any
#: legitimate ``error.data`` and keeps every recursive walk far from Python's recursion limit.
MAX_DEPTH = 64

#: C0 controls except TAB and LF, DEL, C1 controls, lone surrogates, the bidirectional embedding,
#: override and isolate characters (the "Trojan Source" set), and the line/paragraph separators.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\u202a-\u202e\u2066-\u2069]")


#: What replaces a container nested deeper than allowed.
TOO_DEEP = "[nested too deeply]"


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def clean_text(text: str) -> str:
    """``text`` with every unsafe character replaced by a visible escape (``\\x1b``, ``\\ud800``).

    The result always encodes as UTF-8 and cannot move a terminal's cursor. TAB and LF are kept:
    appliance messages legitimately span lines.
    """
    return _UNSAFE.sub(_escape, text)


def clean_line(text: str) -> str:
    """Like :func:`clean_text`, for one-line contexts: LF and TAB are escaped too."""
    return clean_text(text).replace("\n", "\\n").replace("\t", "\\t")


def clean_tree(value: Any, *, max_depth: int = MAX_DEPTH) -> Any:
    """A copy of a decoded JSON value with every string (keys too) cleaned and its depth bounded.

    A container nested deeper than ``max_depth`` is replaced by :data:`TOO_DEEP`: the rest of the
    reply (a job Info whose ``error.data`` is absurdly deep) stays usable, and every later walk of
    the value is shallow. Iterative, so the copy itself never recurses.
    """
    if isinstance(value, str):
        return clean_text(value)
    if not isinstance(value, (Mapping, list, tuple)):
        return value
    root: list[Any] = [None]
    # (source container, destination slot owner, slot key, depth)
    stack: list[tuple[Any, Any, Any, int]] = [(value, root, 0, 1)]
    while stack:
        source, owner, key, depth = stack.pop()
        if depth > max_depth:
            owner[key] = TOO_DEEP
            continue
        if isinstance(source, Mapping):
            copy: Any = {}
            for k, v in source.items():
                ck = clean_text(k) if isinstance(k, str) else k
                if isinstance(v, (Mapping, list, tuple)):
                    copy[ck] = None
                    stack.append((v, copy, ck, depth + 1))
                else:
                    copy[ck] = clean_text(v) if isinstance(v, str) else v
        else:
            copy = []
            for index, v in enumerate(source):
                if isinstance(v, (Mapping, list, tuple)):
                    copy.append(None)
                    stack.append((v, copy, index, depth + 1))
                else:
                    copy.append(clean_text(v) if isinstance(v, str) else v)
        owner[key] = copy
    return root[0]


__all__ = ["MAX_DEPTH", "TOO_DEEP", "clean_line", "clean_text", "clean_tree"]
