"""How asyncio shows callbacks and coroutines in reprs (`cb=[f() at file:line]`)."""

import types


def _is_partial(func):
    return type(func).__name__ == 'partial' and hasattr(func, 'func') and hasattr(func, 'args')


def _function_source(func):
    """Where a plain function (or the function inside a `functools.partial`) is defined."""
    if isinstance(func, types.FunctionType):
        code = func.__code__
        return code.co_filename, code.co_firstlineno
    if _is_partial(func):
        return _function_source(func.func)
    return None


def _format_args(args):
    """`(1, 'a')` for a callback's arguments; the trailing comma of a 1-tuple left out."""
    if not args:
        return '()'
    return '(' + ', '.join(repr(a) for a in args) + ')'


def _format_callback(func, args, suffix=''):
    if _is_partial(func):
        # partial(f, 1) called with () shows as f(1)().
        return _format_callback(func.func, func.args, _format_args(args) + suffix)
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None) or repr(func)
    return name + _format_args(args) + suffix


def _format_callback_source(func, args):
    text = _format_callback(func, args)
    source = _function_source(func)
    if source:
        text += f' at {source[0]}:{source[1]}'
    return text


def _format_callbacks(callbacks):
    """`cb=[...]`'s contents: every callback, or the first and last around `<N more>`."""
    names = [_format_callback_source(cb, ()) for cb in callbacks]
    if len(names) > 2:
        names = [names[0], f'<{len(names) - 2} more>', names[-1]]
    return ', '.join(names)


def _format_coroutine(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) or type(coro).__name__
    name += '()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    frame = getattr(coro, 'cr_frame', None)
    if frame is None:
        frame = getattr(coro, 'gi_frame', None)
    if code is None:
        return name
    if frame is not None:
        return f'{name} running at {code.co_filename}:{frame.f_lineno}'
    return f'{name} done, defined at {code.co_filename}:{code.co_firstlineno}'
