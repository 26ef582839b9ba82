class Log:
    def __getattribute__(self, name):
        print("getattribute", name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        print("getattr", name)
        if name == "magic": return 42
        raise AttributeError(f"no {name}")
    def __setattr__(self, name, value):
        print("setattr", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("delattr", name)
        super().__delattr__(name)
l = Log()
l.a = 1
print(l.a)
print(l.magic)
try:
    l.missing
except AttributeError as e:
    print("AttributeError:", e)
del l.a
try:
    del l.a
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(l, "zzz", "default"))
print(hasattr(l, "magic"))
class DataD:
    def __get__(self, obj, typ=None):
        print("DataD.get", type(obj).__name__, typ.__name__)
        return "data"
    def __set__(self, obj, value):
        print("DataD.set", value)
    def __delete__(self, obj):
        print("DataD.delete")
class NonData:
    def __get__(self, obj, typ=None):
        return "nondata"
class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.set", value)
class C:
    d = DataD()
    n = NonData()
    s = SetOnly()
c = C()
c.__dict__["d"] = "inst-d"
c.__dict__["n"] = "inst-n"
c.__dict__["s"] = "inst-s"
print(c.d, c.n, c.s)
c.d = 5
del c.d
c.n = "set-n"
print(c.n)
c.s = 7
print(C.d)
print(C.n, type(C.s).__name__)
class GetOnlyClassAccess:
    def __get__(self, obj, typ):
        return (obj, typ.__name__)
class H:
    g = GetOnlyClassAccess()
print(H.g, H().g[1])
class Prop:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @x.deleter
    def x(self): print("deleting x"); self._x = None
    ro = property(lambda self: "ro")
p = Prop()
p.x = 5; print(p.x)
del p.x; print(p.x)
print(Prop.x.__doc__, type(Prop.x).__name__)
try:
    p.ro = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.ro
except AttributeError as e:
    print("AttributeError:", e)
wo = property(None, lambda s, v: None)
class W: w = wo
try:
    W().w
except AttributeError as e:
    print("AttributeError:", e)
print(Prop.x.fget.__name__, Prop.x.fset.__name__, Prop.x.fdel.__name__)
p2 = property(lambda s: 1)
p3 = p2.setter(lambda s, v: None)
print(p2 is p3, p3.fget is p2.fget, p2.fset, p3.fset is not None)
class SM:
    @staticmethod
    def s(a, b): return a + b
    @classmethod
    def c(cls, a): return (cls.__name__, a)
class SM2(SM): pass
print(SM.s(1, 2), SM().s(3, 4), SM.c(1), SM2().c(2), SM2.c(3))
print(type(SM.__dict__["s"]).__name__, type(SM.__dict__["c"]).__name__)
print(SM.__dict__["s"].__func__.__name__, SM.__dict__["c"].__func__.__name__)
class K:
    def m(self, x): return x
k = K()
bm = k.m
print(bm.__self__ is k, bm.__func__ is K.m, bm(5), bm.__name__, bm.__qualname__)
print(bm == k.m, bm is k.m)
print(SM.c.__self__.__name__, SM.c.__func__.__name__)
print(type(bm).__name__)
try:
    bm.foo = 1
except AttributeError as e:
    print("AttributeError:", e)
K.m.tag = "t"
print(k.m.tag)
print(staticmethod(len)(["a"]), classmethod(lambda c: c.__name__).__get__(None, K)())
print(isinstance(SM.__dict__["s"], staticmethod))
print(SM.__dict__["s"](1, 1))
