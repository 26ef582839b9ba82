"""What counts as a coroutine for asyncio."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

import types

# Set as `_is_coroutine` on functions that should count as coroutine functions.
_is_coroutine = object()

_CO_COROUTINE = 0x0080


def iscoroutinefunction(func):
    """An `async def` function (also through bound methods and functools.partial)."""
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    while True:
        if isinstance(func, types.MethodType):
            func = func.__func__
        elif type(func).__name__ == 'partial' and hasattr(func, 'func'):
            func = func.func
        else:
            break
    return isinstance(func, types.FunctionType) and bool(func.__code__.co_flags & _CO_COROUTINE)


def iscoroutine(obj):
    """A coroutine object, or an object with the methods of `collections.abc.Coroutine`."""
    if type(obj) is types.CoroutineType:
        return True
    cls = type(obj)
    return all(callable(getattr(cls, name, None)) for name in ('send', 'throw', 'close', '__await__'))
