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
