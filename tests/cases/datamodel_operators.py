names = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "pow", "lshift", "rshift", "and", "xor", "or"]
class V:
    def __init__(self, tag): self.tag = tag
    def __repr__(self): return f"V({self.tag})"
def mk(kind, n):
    def f(self, *other):
        return f"{kind}{n}({self.tag}, {other})"
    return f
for n in names:
    for kind, pre in (("", "__"), ("r", "__r"), ("i", "__i")):
        setattr(V, f"{pre}{n}__", mk(kind, n))
a = V("a")
ops = [(s, eval(f"lambda p, q: p {s} q")) for s in "+ - * @ / // % ** << >> & ^ |".split()]
for sym, f in ops:
    print(sym, f(a, 1), f(1, a))
print(divmod(a, 1), divmod(1, a), pow(a, 2), pow(2, a), pow(a, 2, 5))
x = V("x")
x += 1; print(x)
x = V("x"); x -= 1; print(x)
x = V("x"); x *= 1; print(x)
x = V("x"); x @= 1; print(x)
x = V("x"); x /= 1; print(x)
x = V("x"); x //= 1; print(x)
x = V("x"); x %= 1; print(x)
x = V("x"); x **= 1; print(x)
x = V("x"); x <<= 1; print(x)
x = V("x"); x >>= 1; print(x)
x = V("x"); x &= 1; print(x)
x = V("x"); x ^= 1; print(x)
x = V("x"); x |= 1; print(x)
class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1j
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __index__(self): return 3
import math
u = U()
print(-u, +u, ~u, abs(u), int(u), float(u), complex(u), round(u), round(u, 2), math.trunc(u), math.floor(u), math.ceil(u))
print([10, 20, 30, 40][u], "abcdef"[u:], bin(u), hex(u), oct(u), range(u))
# fallback: only iadd missing -> uses add
class OnlyAdd:
    def __add__(self, o): return "add"
y = OnlyAdd(); y += 1; print(y)
class NI:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
    def __iadd__(self, o): return NotImplemented
try:
    NI() + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + NI()
except TypeError as e:
    print("TypeError:", e)
try:
    z = NI(); z += 1
except TypeError as e:
    print("TypeError:", e)
try:
    NI() - NI()
except TypeError as e:
    print("TypeError:", e)
try:
    z = NI(); z -= 1
except TypeError as e:
    print("TypeError:", e)
try:
    z = NI(); z **= 1
except TypeError as e:
    print("TypeError:", e)
try:
    pow(NI(), 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    divmod(NI(), 1)
except TypeError as e:
    print("TypeError:", e)
try:
    -NI()
except TypeError as e:
    print("TypeError:", e)
try:
    NI() @ 1
except TypeError as e:
    print("TypeError:", e)
# subclass reflected priority
class Base:
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
class Derived(Base):
    def __radd__(self, o): return "Derived.radd"
print(Base() + Derived(), Derived() + Base())
class Derived2(Base): pass
print(Base() + Derived2())
class MyInt(int):
    def __radd__(self, o): return "MyInt.radd"
print(1 + MyInt(2), MyInt(2) + 1)
