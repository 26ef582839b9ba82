class D:
    def __get__(self, o, t=None): return "D.get"
    def __set__(self, o, v): print("D.set", v)
class C:
    attr = D()
print(C.attr)
C.attr = 5
print(C.attr, C.__dict__["attr"])
try:
    del C.missing
except AttributeError as e:
    print("AttributeError:", e)
class P:
    @property
    def p(self): return 1
P.p = 2
print(P.p, P().p)
del P.p
print(hasattr(P, "p"))
class Meta(type):
    @property
    def meta_prop(cls): return f"meta_prop of {cls.__name__}"
class W(metaclass=Meta): pass
print(W.meta_prop)
try:
    W().meta_prop
except AttributeError as e:
    print("AttributeError:", e)
try:
    W.meta_prop = 1
except AttributeError as e:
    print("AttributeError:", e)
class Counter:
    count = 0
    def __init__(self):
        type(self).count += 1
for _ in range(3): Counter()
print(Counter.count)
class Sub(Counter): pass
Sub(); Sub()
print(Counter.count, Sub.count, "count" in Sub.__dict__)
def method(self): return "added later"
Counter.later = method
print(Counter().later(), Sub().later())
Counter.later = staticmethod(lambda: "now static")
print(Sub().later())
del Counter.later
print(hasattr(Sub(), "later"))
class A:
    x = 1
class B(A): pass
B.x = 2
del B.x
print(B.x)
try:
    del B.x
except AttributeError as e:
    print("AttributeError:", e)
setattr(A, "dyn", 10)
print(getattr(B, "dyn"), vars(A)["dyn"])
try:
    setattr(A, 5, 1)
except TypeError as e:
    print("TypeError:", e)
A.__name__ = "Renamed"
A.__qualname__ = "Q.Renamed"
print(A, A.__name__, B.__bases__)
try:
    A.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    A.__bases__ = (int,)
except TypeError as e:
    print("TypeError:", e)
A.__doc__ = "doc!"
print(A.__doc__, B.__doc__)
A.__module__ = "elsewhere"
print(A)
