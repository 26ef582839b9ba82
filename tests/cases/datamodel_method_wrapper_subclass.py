class mystatic(staticmethod):
    def __get__(self, obj, typ=None):
        print("mystatic.__get__", obj is None)
        return super().__get__(obj, typ)
class mycls(classmethod):
    pass
class logged_cm(classmethod):
    def __get__(self, obj, typ=None):
        print("logged_cm.__get__", typ.__name__)
        return super().__get__(obj, typ)
class C:
    @mystatic
    def s(x): return ("s", x)
    @mycls
    def c(cls): return ("c", cls.__name__)
    @logged_cm
    def lc(cls): return ("lc", cls.__name__)
print(C.s(1), C().s(2), C.c(), C().c(), C.lc())
print(type(C.__dict__["s"]).__name__, isinstance(C.__dict__["c"], classmethod), C.__dict__["s"].__func__.__name__)
m = mystatic(len)
m.tag = "has dict"
print(m.tag, m.__wrapped__ is len)
class D(C): pass
print(D.c(), D.lc())
class sub_prop(property):
    pass
class E:
    @sub_prop
    def p(self): return "prop"
print(E().p, type(E.__dict__["p"]).__name__)
import abc
class A(abc.ABC):
    @abc.abstractclassmethod
    def make(cls): ...
    @abc.abstractstaticmethod
    def util(): ...
print(sorted(A.__abstractmethods__))
