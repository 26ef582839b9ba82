class MetaGetattr(type):
    def __getattr__(cls, name):
        return f"meta-getattr:{name}"
class WithMetaGetattr(metaclass=MetaGetattr):
    real = 1
print(WithMetaGetattr.real, WithMetaGetattr.virtual)
class MetaDesc:
    def __get__(self, obj, typ):
        return ("MetaDesc", obj.__name__ if obj else None, typ.__name__)
    def __set__(self, obj, value):
        print("MetaDesc.set", value)
class Meta(type):
    attr = MetaDesc()
class UsesMeta(metaclass=Meta):
    attr = "class-level"
print(UsesMeta.attr)
UsesMeta.attr = 5
print(UsesMeta().attr)
class DeleteOnly:
    def __delete__(self, obj):
        print("DeleteOnly.delete")
class HasDel:
    d = DeleteOnly()
h = HasDel()
del h.d
try:
    h.d = 1
except AttributeError as e:
    print("AttributeError:", e)
print(HasDel.d.__class__.__name__)
class GetOnly:
    def __get__(self, obj, typ=None):
        return "from descriptor"
class G:
    g = GetOnly()
gi = G()
gi.g = "instance wins"
print(gi.g, G.g)
class Base:
    @property
    def p(self): return "Base.p"
    def m(self): return "Base.m"
class Derived(Base):
    @property
    def p(self): return "Derived.p+" + super().p
    def m(self): return "Derived.m+" + super().m()
print(Derived().p, Derived().m())
class CachedProp(property):
    def __get__(self, obj, typ=None):
        print("CachedProp.__get__")
        return super().__get__(obj, typ)
class UsesCP:
    @CachedProp
    def val(self): return 10
print(UsesCP().val, type(UsesCP.__dict__["val"]).__name__, isinstance(UsesCP.__dict__["val"], property))
class ClsProp:
    _n = "class-prop"
    @classmethod
    @property
    def name(cls): return cls._n
print(ClsProp.name, ClsProp().name)
def my_decorator(f):
    def wrapper(*args, **kwargs):
        "wrapper doc"
        return f(*args, **kwargs)
    for attr in ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__"):
        setattr(wrapper, attr, getattr(f, attr))
    wrapper.__dict__.update(f.__dict__)
    wrapper.__wrapped__ = f
    return wrapper
def target(a: int, b: str = "x") -> str:
    "target doc"
    return f"{a}{b}"
target.custom = "kept"
w = my_decorator(target)
print(w.__name__, w.__qualname__, w.__doc__, w.__annotations__, w.custom, w.__wrapped__ is target, w(1))
print(sorted(w.__dict__), w.__dict__["__wrapped__"] is target)
class K:
    @my_decorator
    def method(self):
        "method doc"
        return "method result"
print(K().method(), K.method.__qualname__, K.method.__wrapped__.__name__)
def f(): pass
f.__qualname__ = "Renamed.f"
f.__name__ = "g"
print(f.__qualname__, f.__name__, repr(f)[:25])
try:
    f.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    f.__qualname__ = None
except TypeError as e:
    print("TypeError:", e)
f.__doc__ = "new doc"
print(f.__doc__)
f.__dict__ = {"z": 1}
print(f.z)
try:
    f.__dict__ = 1
except TypeError as e:
    print("TypeError:", e)
print([].append.__self__, [].append.__name__, (1).__add__.__self__)
sm = staticmethod(target)
print(sm.__func__ is target, sm.__wrapped__ is target, sm.__name__, sm.__doc__)
cm = classmethod(target)
print(cm.__func__ is target, cm.__wrapped__ is target, cm.__name__)
class E: pass
e = E()
print(vars(e), vars(E)["__module__"])
try:
    vars(1)
except TypeError as ex:
    print("TypeError:", ex)
class SlotsNoDict:
    __slots__ = ("a",)
try:
    vars(SlotsNoDict())
except TypeError as ex:
    print("TypeError:", ex)
print(object.__getattribute__(e, "__class__").__name__)
e.x = 1
print(object.__getattribute__(e, "x"))
object.__setattr__(e, "y", 2)
object.__delattr__(e, "x")
print(e.__dict__)
try:
    object.__setattr__(1, "y", 2)
except AttributeError as ex:
    print("AttributeError:", ex)
try:
    setattr(e, 1, 2)
except TypeError as ex:
    print("TypeError:", ex)
try:
    getattr(e, 1)
except TypeError as ex:
    print("TypeError:", ex)
class GA:
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return name.upper()
ga = GA()
print(ga.hello, getattr(ga, "x"), hasattr(ga, "_private"))
class GAttrib:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
print(GAttrib().secret, GAttrib().other)
class KeyErrGetattr:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(KeyErrGetattr(), "x")
except KeyError as ex:
    print("KeyError propagates from hasattr:", ex)
