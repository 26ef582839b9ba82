class A:
    x = 1
    def f(self): pass
d = A.__dict__
print(type(d), type(d).__name__)
print(d["x"], "f" in d, len(d) > 2, sorted(k for k in d if not k.startswith("__")))
try:
    d["x"] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    del d["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    dict.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    dict.__dict__.__getitem__ = 8
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.foo = 1
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(str, "bar", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    del list.append
except TypeError as e:
    print("TypeError:", e)
try:
    object.x = 1
except TypeError as e:
    print("TypeError:", e)
try:
    type.x = 1
except TypeError as e:
    print("TypeError:", e)
print(d.get("x"), d.get("nope", "dflt"), list(d.keys())[:0])
print(d.copy()["x"], type(d.copy()).__name__)
print(repr(type(int.__dict__)))
import types
print(types.MappingProxyType)
mp = types.MappingProxyType({"a": 1})
print(mp, mp["a"], len(mp), list(mp), list(mp.items()), mp | {"b": 2})
try:
    types.MappingProxyType([1])
except TypeError as e:
    print("TypeError:", e)
try:
    mp.a = 1
except AttributeError as e:
    print("AttributeError:", e)
print(str(mp), mp == {"a": 1}, "a" in mp, list(reversed(mp)))
inst = A()
inst.y = 5
print(inst.__dict__, type(inst.__dict__))
inst.__dict__["z"] = 6
print(inst.z)
inst.__dict__ = {"w": 1}
print(inst.w, hasattr(inst, "y"))
try:
    inst.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
print(vars(inst))
A.newattr = 3
print(A.__dict__["newattr"])
print(type(A.__dict__["f"]).__name__)
print(A.__dict__ == A.__dict__, A.__dict__ is A.__dict__)
try:
    A.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
def func(): pass
func.attr = 1
print(func.__dict__, type(func.__dict__))
func.__dict__.update({"b": 2})
print(func.b)
# the __dict__ and __weakref__ descriptors a class gets, in CPython's namespace order
class Plain: pass
print(list(Plain.__dict__))
print(Plain.__dict__["__dict__"], type(Plain.__dict__["__dict__"]).__name__, Plain.__dict__["__weakref__"])
class WithEq:
    def __eq__(self, other): return True
print(list(WithEq.__dict__))
class Slotted:
    __slots__ = ("b", "a")
    x = 1
print(list(Slotted.__dict__))
class SlottedDict:
    __slots__ = ("a", "__dict__")
    def __new__(cls): return super().__new__(cls)
print(list(SlottedDict.__dict__), type(SlottedDict.__dict__["__new__"]).__name__)
class Child(Slotted): pass
print(list(Child.__dict__))
class GrandChild(Child): pass
print(list(GrandChild.__dict__))
p = Plain()
p.v = 1
print(Plain.__dict__["__dict__"].__get__(p), p.__weakref__)
try:
    Plain.__dict__["__dict__"].__get__(1)
except TypeError as e:
    print("TypeError:", e)
del p.__dict__
print(p.__dict__, hasattr(p, "v"))
try:
    p.__weakref__ = 1
except AttributeError as e:
    print("AttributeError:", e)
print(type.__dict__["__dict__"], type(type.__dict__["__name__"]).__name__)
print(type(Plain.__dict__).__name__, Plain.__dict__ == dict(Plain.__dict__))
