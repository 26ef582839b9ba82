class Single:
    _inst = None
    def __new__(cls, *args, **kw):
        print("new", cls.__name__, args, kw)
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, x=0):
        print("init", x)
a = Single(1); b = Single(x=2)
print(a is b)
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NotMine())
class Base:
    subs = []
    def __init_subclass__(cls, tag=None, **kw):
        print("init_subclass", cls.__name__, tag, kw)
        super().__init_subclass__(**kw)
        Base.subs.append(cls.__name__)
class S1(Base, tag="one"): pass
class S2(S1): pass
print(Base.subs)
try:
    class S3(Base, bogus=1): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class NoKw(foo=1): pass
except TypeError as e:
    print("TypeError:", e)
class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return obj.__dict__.get(self.name, "unset:" + self.name)
class Holder:
    a = Desc()
    b = Desc()
print(Holder().a, Holder.b.name)
class G:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(G[int], G["x"], G[1, 2])
class G2(G): pass
print(G2[str])

try:
    object[int]
except TypeError as e:
    print("TypeError:", e)
