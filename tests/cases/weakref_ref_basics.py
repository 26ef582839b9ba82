# weakref.ref: calling, callbacks, sharing of the callback-less ref, hash, equality, __callback__,
# getweakrefcount/getweakrefs, subclassing, and the types that cannot be weakly referenced.
import weakref


class A:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "A(%r)" % self.name

    def __eq__(self, other):
        return isinstance(other, A) and self.name == other.name

    def __hash__(self):
        return hash(self.name)


a = A("a")
r = weakref.ref(a)
print(r() is a)
print(type(r), type(r).__name__, type(r).__module__)
print(weakref.ref is weakref.ReferenceType, weakref.ReferenceType)
print(weakref.ref(a) is r)
r1 = weakref.ref(a, lambda wr: print("callback 1, dead:", wr() is None, wr is r1))
r2 = weakref.ref(a, lambda wr: print("callback 2"))
print(r1 is not r2, weakref.getweakrefcount(a))
print([w is r for w in weakref.getweakrefs(a)], [w is r2 for w in weakref.getweakrefs(a)])
print(r.__callback__, callable(r1.__callback__))
print(hash(r) == hash(a), hash(r1) == hash("a"))
print(r == r1, r != r1, r == r2)
b = A("a")
rb = weakref.ref(b)
print("equal referents:", r == rb, r != rb)
print(r == a, r.__eq__(a))
del a
print("after del a")
print(r(), r1(), r1.__callback__)
print(r == r1, r == r, r != r)
print(hash(r) == hash("a"))
dead = weakref.ref(A("x"))
print(dead())
try:
    hash(dead)
except TypeError as e:
    print("TypeError:", e)
print(weakref.getweakrefcount(b), weakref.getweakrefcount(1), weakref.getweakrefs(1))

for obj in [1, 2.5, 2**100, "s", b"b", bytearray(), (1,), [], {}, None, True, object(), range(3), Exception(), iter([]), property(), {}.keys()]:
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "supported")
    except TypeError as e:
        print("TypeError:", e)


def f():
    pass


def gen():
    yield


for obj in [{1}, frozenset(), f, len, A, A("m").__init__, [].append, weakref, f.__code__, gen(), memoryview(b""), type]:
    print(type(obj).__name__, weakref.ref(obj)() is obj)

for base in (int, float, str, bytes, tuple, list, dict, set, complex, Exception, bytearray, object):
    S = type("S", (base,), {})
    try:
        weakref.ref(S())
        print(base.__name__, "subclass supported")
    except TypeError as e:
        print(base.__name__, "subclass: TypeError:", e)


class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)
        self.tag = tag


c = A("c")
m = MyRef(c, None, "tagged")
print(type(m).__name__, m() is c, m.tag, m is weakref.ref(c), weakref.getweakrefcount(c))
print(isinstance(m, weakref.ref), m == weakref.ref(c))

for call in ["weakref.ref()", "weakref.ref(c, None, 3)", "weakref.ref(c)(1)", "weakref.ref(c)(x=1)",
             "weakref.ref(c).foo", "setattr(weakref.ref(c), 'foo', 1)"]:
    try:
        eval(call)
    except Exception as e:
        print(call, "->", type(e).__name__ + ":", e)
