class D:
    def __set_name__(self, owner, name):
        raise ValueError("boom")
try:
    class C:
        d = D()
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))
class M(type): pass
try:
    M('a', 'b')
except TypeError as e:
    print("TypeError:", e)
try:
    type.__new__(type, 'a')
except TypeError as e:
    print("TypeError:", e)
try:
    type('a', (), {}, x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    type(x=1)
except TypeError as e:
    print("TypeError:", e)
class M2(type):
    @classmethod
    def __prepare__(m, n, b):
        return 5
try:
    class Z(metaclass=M2): pass
except TypeError as e:
    print("TypeError:", e)
def f(*a): return 5
f.__prepare__ = lambda *a: 3
try:
    class Z2(metaclass=f): pass
except TypeError as e:
    print("TypeError:", e)
print(type.__prepare__('a', ()), type.__prepare__())
class O:
    def __mro_entries__(self, bases):
        print("mro_entries", len(bases))
        return (int,)
class Q(O()): pass
print(Q.__mro__, type(Q.__orig_bases__[0]).__name__, Q.__bases__, Q(3) + 1)
try:
    type('x', (O(),), {})
except TypeError as e:
    print("TypeError:", e)
class O2:
    def __mro_entries__(self, bases): return int
try:
    class Q2(O2()): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Q5(bool): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Q6(type(None)): pass
except TypeError as e:
    print("TypeError:", e)
class Reverse(type):
    def mro(cls):
        return list(reversed(super().mro()))
class R1: 
    def who(self): return "R1"
class R2(R1, metaclass=Reverse):
    def who(self): return "R2"
print([c.__name__ for c in R2.__mro__], R2().who(), [c.__name__ for c in R2.mro()])
class BadMro(type):
    def mro(cls): return [cls, 1]
try:
    class X(metaclass=BadMro): pass
except TypeError as e:
    print("TypeError:", e)
class Cnt(type):
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.made_by = "Cnt"
        return inst
class Thing(metaclass=Cnt):
    def __init__(self, v): self.v = v
t = Thing(3)
print(t.v, t.made_by)
class InitMeta(type):
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns, **kw)
        cls.registered = name.lower()
class Reg(metaclass=InitMeta): pass
print(Reg.registered)
class Auto(type):
    def __new__(mcls, name, bases, ns):
        ns["auto"] = name + "!"
        return super().__new__(mcls, name, bases, ns)
class A1(metaclass=Auto): pass
class A2(A1): pass
print(A1.auto, A2.auto, type(A2).__name__)
print(type(A1.__dict__["__module__"]).__name__)
class WithNew:
    def __new__(cls, *args):
        return super().__new__(cls)
print(type(WithNew.__dict__["__new__"]).__name__, type(WithNew.__dict__.get("__init_subclass__")).__name__)
class WithHooks:
    def __init_subclass__(cls): pass
    def __class_getitem__(cls, k): return k
print(type(WithHooks.__dict__["__init_subclass__"]).__name__, type(WithHooks.__dict__["__class_getitem__"]).__name__)
class Outer:
    class Inner:
        pass
    def meth(self):
        class Local: pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.__name__, Outer().meth().__qualname__, Outer.Inner.__module__)
print(repr(Outer.Inner), str(Outer().meth())[:40])
class Doc:
    "docstring"
print(Doc.__doc__, Outer.__doc__)
Dyn = type("Dyn", (), {"__qualname__": "Some.Dyn", "__doc__": "dd"})
print(Dyn.__qualname__, Dyn.__name__, Dyn.__doc__)
try:
    type("Bad", (), {"__qualname__": 5})
except TypeError as e:
    print("TypeError:", e)
class Sup:
    def __init_subclass__(cls, /, **kw):
        print("Sup hook", cls.__name__, kw)
class Sub(Sup, a=1, b=2): pass
class Sub2(Sub): pass
class Plain: pass
try:
    object.__init_subclass__(1)
except TypeError as e:
    print("TypeError:", e)
print(Plain.__init_subclass__())
class MetaKw(type):
    def __new__(m, name, bases, ns, **kw):
        print("MetaKw", kw)
        return super().__new__(m, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class UsesKw(metaclass=MetaKw, option=3): pass
try:
    class UsesKw2(metaclass=MetaKw, option=3, **{"x": 1}):
        pass
except TypeError as e:
    print("TypeError:", e)
print(isinstance(UsesKw, MetaKw), issubclass(MetaKw, type), type(type), type(object))
print(D.__base__, Sub2.__base__, bool.__base__, object.__base__)
class LB(list): pass
class Mixed(Plain, LB): pass
print(Mixed.__base__, Mixed.__mro__)
try:
    class Conflict(int, str): pass
except TypeError as e:
    print("TypeError:", e)
