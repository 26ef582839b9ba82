class C: pass
c = C()
c.__len__ = lambda: 5
c.__repr__ = lambda: "instance repr"
try:
    len(c)
except TypeError as e:
    print("TypeError:", e)
print(repr(c).startswith("<__main__.C object"))
class Meta(type):
    def __getattribute__(cls, name):
        print("Meta.__getattribute__", name)
        return super().__getattribute__(name)
class D(metaclass=Meta):
    def __len__(self): return 3
    def __getattribute__(self, name):
        print("D.__getattribute__", name)
        return object.__getattribute__(self, name)
print(len(D()))
d = D()
print(d.__len__())
class Spec:
    def __bool__(self): return False
s = Spec()
s.__bool__ = lambda: True
print(bool(s))
# special methods defined on the class after creation
class Late: pass
Late.__len__ = lambda self: 9
Late.__add__ = lambda self, o: "late add"
Late.__eq__ = lambda self, o: "late eq"
Late.__iter__ = lambda self: iter([1, 2])
Late.__call__ = lambda self: "late call"
Late.__getitem__ = lambda self, k: k * 2
Late.__contains__ = lambda self, x: True
Late.__hash__ = lambda self: 77
l = Late()
print(len(l), l + 1, l == 2, list(l), l(), l[4], 5 in l, hash(l))
del Late.__len__
try:
    len(l)
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __len__(self): return 1
class Child(Base): pass
Base.__len__ = lambda self: 2
print(len(Child()))
class WithCall:
    def __call__(self): return "class call"
w = WithCall()
w.__call__ = lambda: "instance call"
print(w())
class StaticSpecial:
    @staticmethod
    def __len__(): return 4
try:
    print(len(StaticSpecial()))
except TypeError as e:
    print("TypeError:", e)
class ClassSpecial:
    @classmethod
    def __len__(cls): return 6
print(len(ClassSpecial()))
class DescSpecial:
    class Getter:
        def __get__(self, obj, typ):
            return lambda: 8
    __len__ = Getter()
print(len(DescSpecial()))
class LenIsBuiltin:
    __len__ = len
try:
    len(LenIsBuiltin())
except TypeError as e:
    print("TypeError:", e)
class HashAlias:
    __hash__ = object.__hash__
    def __eq__(self, o): return False
print(type(hash(HashAlias())).__name__)
class CallableAttr:
    class Impl:
        def __call__(self, *a): return ("Impl called", len(a))
    __call__ = Impl()
print(CallableAttr()(1, 2))
class InitCallable:
    def __call__(self, *args, **kw):
        print("InitCallable called with", len(args), kw)
class A:
    __init__ = InitCallable()
A(1, k=2)
class Wrap:
    def __init__(self, f): self.f = f
    def __get__(self, obj, typ=None):
        print("Wrap.__get__", type(obj).__name__)
        return self.f.__get__(obj, typ)
class B:
    @Wrap
    def __init__(self, v): self.v = v
    @Wrap
    def __getattr__(self, name): return "ga:" + name
    @Wrap
    def __len__(self): return 7
print(B(3).v, B(1).zzz, len(B(0)))
class StaticNew:
    @staticmethod
    def __init__(*a): print("static init", len(a))
StaticNew()
