# A proxy passes for its referent's class: isinstance, __class__ and dir() see the referent.
import weakref


class Base:
    pass


class Thing(Base):
    kind = "thing"

    def act(self):
        return "acting"


t = Thing()
t.extra = 1
p = weakref.proxy(t)
print(type(p).__name__, p.__class__.__name__, isinstance(p, Thing), isinstance(p, Base), isinstance(p, int))
print(isinstance(p, weakref.ProxyType), isinstance(p, (int, Thing)))
print(dir(p) == dir(t), "act" in dir(p), "extra" in dir(p))
f = weakref.proxy(Thing.act)
print(type(f).__name__, f(t), isinstance(f, type(Thing.act)))
