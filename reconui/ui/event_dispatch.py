"""``functools.singledispatchmethod`` for engine events, without importing the events at start.

The window, the job panel and the worker each route :mod:`reconui.core.events` through one dispatch
table. With ``singledispatchmethod`` that table is built when the class is defined, so the events
module (17 frozen dataclasses, and the health module behind it: about 15 ms) had to load before the
first window, which shows no event. :class:`EventDispatch` keeps the same table and the same rules
(the handler of the nearest class in the event's MRO, else the default), but reads the handlers'
annotations only at the first dispatch, when an event exists and its module is loaded anyway.

Handlers name their event type in the annotation of their event parameter, as with
``singledispatchmethod``; a union (``RestoreUpdated | RestoreFinished``) registers each member.
The names are resolved in :mod:`reconui.core.events` first, then in the handler's module, so the
modules using this import the events only under ``TYPE_CHECKING``.
``tests/ui/test_event_dispatch.py`` resolves every table (a misspelt annotation fails there, not at
the first event of a job).
"""

from __future__ import annotations

import functools
import inspect
import types
import typing
from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

_Owner = TypeVar("_Owner")
Handler = Callable[[_Owner, Any], None]


class EventDispatch(Generic[_Owner]):
    """A method that calls the handler registered for the event's type (see the module's docstring)."""

    def __init__(self, default: Handler[_Owner]) -> None:
        self._default = default
        self._handlers: list[Handler[_Owner]] = []
        self._dispatch: Callable[[type], Handler[_Owner]] | None = None
        functools.update_wrapper(self, default)  # name and docstring for help()

    def register(self, handler: Handler[_Owner]) -> Handler[_Owner]:
        """Add ``handler`` for the class(es) its event parameter is annotated with (resolved later)."""
        if self._dispatch is not None:
            raise RuntimeError(f"{self._default.__qualname__}: registered after the first dispatch")
        self._handlers.append(handler)
        return handler

    def resolve(self) -> Callable[[type], Handler[_Owner]]:
        """Build the table (once): ``functools.singledispatch``'s, from the handlers' annotations."""
        if self._dispatch is None:
            from reconui.core import events  # loaded by now: an event is being dispatched

            table = functools.singledispatch(self._default)
            for handler in self._handlers:
                for cls in _event_classes(handler, vars(events)):
                    table.register(cls, handler)
            self._dispatch = table.dispatch
        return self._dispatch

    def __call__(self, owner: _Owner, event: object) -> None:
        self.resolve()(type(event))(owner, event)

    @overload
    def __get__(self, owner: None, kind: type | None = None) -> EventDispatch[_Owner]: ...

    @overload
    def __get__(self, owner: _Owner, kind: type | None = None) -> Callable[[Any], None]: ...

    def __get__(self, owner: _Owner | None, kind: type | None = None) -> EventDispatch[_Owner] | Callable[[Any], None]:
        if owner is None:
            return self
        return types.MethodType(self, owner)


def _event_classes(handler: Callable[..., None], names: dict[str, Any]) -> tuple[type, ...]:
    """The classes named by the annotation of ``handler``'s event parameter (its second one)."""
    parameters = list(inspect.signature(handler, eval_str=False).parameters.values())
    annotation = parameters[1].annotation
    if isinstance(annotation, str):
        annotation = eval(annotation, getattr(handler, "__globals__", {}), names)  # noqa: S307  # its own annotation
    is_union = typing.get_origin(annotation) in (typing.Union, types.UnionType)
    classes = typing.get_args(annotation) if is_union else (annotation,)
    if not classes or not all(isinstance(cls, type) for cls in classes):
        raise TypeError(f"{handler.__qualname__}: annotate the event parameter with event classes, not {annotation!r}")
    return classes
