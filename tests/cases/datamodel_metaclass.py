class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, bases, kw)
        d = {"injected": 1}
        return d
    def __new__(mcls, name, bases, ns, **kw):
        print("meta new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("meta init", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print("meta call", cls.__name__, args, kw)
        return super().__call__(*args, **kw)
class WithMeta(metaclass=Meta, flag=True):
    x = 1
    def m(self): return "m"
print(type(WithMeta).__name__, WithMeta.injected)
w = WithMeta()
print(w.m())
class Sub(WithMeta): pass
print(type(Sub).__name__)
T = type("T", (object,), {"v": 5, "f": lambda self: self.v * 2})
print(T.__name__, T().f(), T.__module__, T.__qualname__)
T2 = type("T2", (T,), {})
print(T2.__mro__)
print(type(1), type("s") is str)
try:
    type("a", "b")
except TypeError as e:
    print("TypeError:", e)
try:
    type("a", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, (), {})
except TypeError as e:
    print("TypeError:", e)
class M1(type): pass
class M2(type): pass
class C1(metaclass=M1): pass
class C2(metaclass=M2): pass
try:
    class C3(C1, C2): pass
except TypeError as e:
    print("TypeError:", e)
def deco(cls):
    cls.decorated = True
    return cls
def deco2(tag):
    def d(cls):
        print("deco2", tag, cls.__name__)
        return cls
    return d
@deco2("outer")
@deco
class Decorated: pass
print(Decorated.decorated)
def replace(cls):
    return 7
@replace
class Gone: pass
print(Gone)
class FuncMeta:
    pass
def meta_func(name, bases, ns):
    print("meta_func", name, bases, sorted(ns))
    return 99
class Weird(metaclass=meta_func):
    y = 2
print(Weird)
