"""The event loop class `new_event_loop()` makes."""

__all__ = ('SelectorEventLoop',)

from . import base_events


class _UnixSelectorEventLoop(base_events.BaseEventLoop):
    """An event loop of ready callbacks and timers (no sockets, subprocesses or signals yet)."""


SelectorEventLoop = _UnixSelectorEventLoop
