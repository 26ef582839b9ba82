# Calls of plain functions with exactly their positional arguments take a fast path in the
# interpreter loop; everything around it must behave as before.
import sys


def add(a, b):
    return a + b


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(add(1, 2), add("a", "b"), fact(20), fact(30))


# Recursion still hits the limit as RecursionError.
def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("RecursionError", e)

old = sys.getrecursionlimit()
sys.setrecursionlimit(120)
try:
    fact(200)
except RecursionError as e:
    print("limit 120:", e)
sys.setrecursionlimit(old)
print(fact(100) > 0)


# Exceptions raised in a callee propagate with a traceback through the caller.
def inner(x):
    return 1 // x


def outer(x):
    return inner(x) + 1


try:
    outer(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name if hasattr(tb, "tb_frame") else "?")
        tb = tb.tb_next
    print("ZeroDivisionError", e, len(names))


# Wrong argument counts still give CPython's messages.
for args in [(), (1,), (1, 2, 3)]:
    try:
        add(*args)
    except TypeError as e:
        print(e)
try:
    add(1)
except TypeError as e:
    print(e)
try:
    add(1, 2, 3)
except TypeError as e:
    print(e)


# Defaults, keywords, closures, generators and methods go through the general path.
def dflt(a, b=10):
    return a + b


def kw(a, *, b):
    return a - b


def make(k):
    def f(x):
        return x * k
    return f


def gen(n):
    yield from range(n)


class C:
    def m(self, x):
        return x + 1


print(dflt(1), dflt(1, 2), kw(5, b=2), make(3)(4), list(gen(3)), C().m(1), C.m(C(), 2))

# A callee that rebinds the caller's name: the call in progress is unaffected.
def rebinding(n):
    global rebinding
    if n == 0:
        rebinding = lambda n: "replaced"
        return "original"
    return rebinding(n - 1)


print(rebinding(3), rebinding(3))

# Calls in a loop with a global rebound between iterations.
def one():
    return 1


def two():
    return 2


total = 0
for i in range(10):
    total += one()
    if i == 4:
        one = two
print(total)
