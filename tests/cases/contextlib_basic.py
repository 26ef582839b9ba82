import contextlib
import sys
from contextlib import (contextmanager, suppress, closing, ExitStack, nullcontext, AbstractContextManager,
                        redirect_stdout, redirect_stderr, ContextDecorator)


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("b") as t:
    print("inside", t)

try:
    with tag("x"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))


with swallow():
    raise KeyError("k")
print("after swallow")


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print(e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print(e)


@tag("deco")
def decorated(x):
    print("running", x)
    return x * 2


print(decorated(4), decorated(5))

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError:
    print("IndexError not suppressed")


class Resource:
    def close(self):
        print("closed")


with closing(Resource()) as r:
    print(type(r).__name__)

with ExitStack() as stack:
    for n in ["a", "b", "c"]:
        stack.enter_context(tag(n))
    stack.callback(print, "callback", 1, end="!\n")
    print("body")


def exit_cb(*exc):
    print("exit_cb got", exc[0].__name__ if exc[0] else None)
    return True


with ExitStack() as stack:
    stack.push(exit_cb)
    raise ValueError("suppressed by exit_cb")
print("stack suppressed")

with ExitStack() as outer:
    outer.callback(print, "not yet")
    moved = outer.pop_all()
print("outer closed")
moved.close()

try:
    with ExitStack() as stack:
        stack.enter_context(3)
except TypeError as e:
    print(e)


def failing():
    raise RuntimeError("in callback")


try:
    with ExitStack() as stack:
        stack.callback(failing)
        raise ValueError("original")
except RuntimeError as e:
    print("raised", e, "context", repr(e.__context__))

with nullcontext(5) as v:
    print(v)
with nullcontext() as v:
    print(v)


class Manual:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return None


print(issubclass(Manual, AbstractContextManager), isinstance(nullcontext(), AbstractContextManager), issubclass(int, AbstractContextManager))


class MyDeco(ContextDecorator):
    def __enter__(self):
        print("enter deco")
        return self

    def __exit__(self, *exc):
        print("exit deco")
        return False


@MyDeco()
def work():
    print("working")


work()
