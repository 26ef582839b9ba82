import functools
from functools import (partial, partialmethod, reduce, wraps, update_wrapper, lru_cache, cache, total_ordering,
                       cached_property, singledispatch, singledispatchmethod, cmp_to_key)


def add(a, b, c=0):
    return a + b + c


p = partial(add, 1)
print(p(2), p(2, c=3), p.func is add, p.args, p.keywords)
q = partial(p, 2, c=10)
print(q(), q.func is add, q.args, q.keywords)
print(repr(partial(len, "abc"))[:40].startswith("functools.partial(<built-in function len>"), repr(partial(len, 'x', k=1)).endswith(", 'x', k=1)"))
try:
    partial()
except TypeError as e:
    print("TypeError")
try:
    partial(3)
except TypeError as e:
    print(e)
try:
    p.func = len
except AttributeError as e:
    print(e)


class MyPartial(partial):
    pass


mp = MyPartial(add, 5)
print(type(mp).__name__, mp(1), repr(mp).startswith("MyPartial(<function add"))

print(reduce(lambda x, y: x * y, [1, 2, 3, 4]), reduce(lambda x, y: x + y, [], 10), reduce(add, [1], 0))
try:
    reduce(add, [])
except TypeError as e:
    print(e)


def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k)
    return inner


@deco
def documented(x: int) -> int:
    """The doc."""
    return x


print(documented.__name__, documented.__doc__, documented.__annotations__, documented.__wrapped__.__name__, documented.__qualname__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


@lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x


print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info(), sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info())


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())


@lru_cache(typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed.cache_info().currsize)


@cache
def slow(a, *, k=1):
    print("slow", a, k)
    return a + k


print(slow(1), slow(1), slow(1, k=2), slow.cache_info(), slow.__wrapped__.__name__)
try:
    lru_cache("x")
except TypeError as e:
    print(e)


class Calc:
    def __init__(self):
        self.calls = 0

    @lru_cache(maxsize=None)
    def double(self, x):
        self.calls += 1
        return 2 * x

    @cached_property
    def expensive(self):
        print("computing expensive")
        return 42

    def _set(self, value, *, scale):
        return value * scale

    triple = partialmethod(_set, scale=3)


c = Calc()
print(c.double(4), c.double(4), c.calls, c.expensive, c.expensive, c.__dict__['expensive'], c.triple(5))
print(type(Calc.__dict__['expensive']).__name__, Calc.expensive.attrname)


@total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= Version(1), Version.__gt__.__name__)
try:
    total_ordering(type("Empty", (), {}))
except ValueError as e:
    print(e)


@singledispatch
def show(x):
    return f"object {x!r}"


@show.register
def _(x: int):
    return f"int {x}"


@show.register(list)
def _(x):
    return f"list of {len(x)}"


def show_str(x: str):
    return f"str {x}"


show.register(str, show_str)
print(show(1), show([1, 2]), show("s"), show(2.5), show(True))
print(show.dispatch(bool) is show.dispatch(int), show.registry[object].__name__, len(show.registry))
from collections.abc import Mapping


@show.register
def _(x: Mapping):
    return f"mapping {sorted(x)}"


print(show({"b": 1, "a": 2}))
try:
    show()
except TypeError as e:
    print(e)
try:
    show.register(lambda x: x)
except TypeError as e:
    print(str(e).startswith("Invalid first argument to `register()`: <function <lambda>"))


class Fmt:
    @singledispatchmethod
    def fmt(self, arg):
        return "generic"

    @fmt.register
    def _(self, arg: int):
        return "int"


print(Fmt().fmt(1), Fmt().fmt("x"))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(1) == K(1))
