class E(Exception):
    __slots__ = ("code",)
e = E("msg")
e.code = 5
e.other = 1
print(e.code, e.other, e.args, str(e), e.__dict__)
try:
    raise E("boom")
except E as ex:
    try:
        ex.code
    except AttributeError as err:
        print("AttributeError:", err)
class Doc:
    __slots__ = {"a": "the a slot", "b": None}
print(Doc.a.__doc__, Doc.b.__doc__, sorted(Doc.__slots__))
class Gen:
    __slots__ = (n for n in ["x", "y"])
g = Gen(); g.x = 1
print(g.x, type(Gen.__slots__).__name__)
class A:
    __slots__ = ("a",)
class B(A):
    __slots__ = ("b",)
class C(B):
    __slots__ = ("c",)
    def __init__(self):
        self.a, self.b, self.c = 1, 2, 3
c = C()
print(c.a, c.b, c.c, [k for k in C.__dict__ if not k.startswith("__")], C.__mro__[1].__name__)
print(C.a is A.__dict__["a"], C.c.__objclass__.__name__)
try:
    A.a.__get__(object())
except TypeError as err:
    print("TypeError:", err)
try:
    A.a.__set__(1, 2)
except TypeError as err:
    print("TypeError:", err)
class Mixin:
    __slots__ = ()
class Both(Mixin, A):
    __slots__ = ("z",)
b = Both(); b.a = 1; b.z = 2
print(b.a, b.z, hasattr(b, "__dict__"))
import gc
class Node:
    __slots__ = ("other", "__weakref__")
    def __del__(self): print("Node freed")
n1 = Node(); n2 = Node(); n1.other = n2; n2.other = n1
del n1, n2
gc.collect()
print("after collect")
class Over:
    __slots__ = ("v",)
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f"Over({self.v})"
print({Over(1), Over(1), Over(2)} == {Over(2), Over(1)}, sorted([Over(3).v, Over(1).v]))
try:
    class BadDict:
        __slots__ = ("__dict__", "__dict__")
except TypeError as err:
    print("TypeError:", err)
class HasDictBase: pass
try:
    class DictAgain(HasDictBase):
        __slots__ = ("__dict__",)
except TypeError as err:
    print("TypeError:", err)
try:
    class WeakAgain(HasDictBase):
        __slots__ = ("__weakref__",)
except TypeError as err:
    print("TypeError:", err)
try:
    class NotIter:
        __slots__ = 5
except TypeError as err:
    print("TypeError:", err)
class Keyword:
    __slots__ = ("class_", "None_")
print(Keyword.class_)
try:
    class BadKeyword:
        __slots__ = ("1abc",)
except TypeError as err:
    print("TypeError:", err)
