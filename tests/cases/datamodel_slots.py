class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x; self.y = y
p = P(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
print(type(P.x).__name__)
print(P.__slots__)
class Q(P):
    __slots__ = "z"
q = Q(1, 2); q.z = 5
print(q.x, q.z)
try:
    q.w = 1
except AttributeError as e:
    print("AttributeError:", e)
class R(P): pass
r = R(1, 2); r.w = 9
print(r.w, r.__dict__)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict(); w.a = 1; w.b = 2
print(w.a, w.__dict__)
try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)
class Empty:
    __slots__ = ()
try:
    Empty().q = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    class BadSlot:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    class BadSlot2:
        __slots__ = ("not valid",)
except TypeError as e:
    print("TypeError:", e)
class Priv:
    __slots__ = ("__secret",)
    def set(self, v): self.__secret = v
    def get(self): return self.__secret
pv = Priv(); pv.set(4); print(pv.get(), Priv.__slots__)
print(sorted(k for k in Priv.__dict__ if not k.startswith("__")))
class Sl:
    __slots__ = ["a", "b"]
s = Sl(); s.a = 1
print(getattr(s, "b", "missing"))
print(P.x.__get__(p) if hasattr(p, 'x') else 'no x')
print(P.y.__get__(p), P.y.__name__, P.y.__objclass__.__name__)
P.y.__set__(p, 10); print(p.y)
print(repr(P.y))
class D1:
    __slots__ = ("a",)
class D2:
    __slots__ = ("b",)
try:
    class D3(D1, D2): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dw:
        __slots__ = ("__weakref__", "__weakref__")
except TypeError as e:
    print("TypeError:", e)
class IntSl(int):
    __slots__ = ()
print(IntSl(5) + 1)
try:
    IntSl(3).a = 1
except AttributeError as e:
    print("AttributeError:", e)
