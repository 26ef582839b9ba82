# gc.collect() returns the number of unreachable objects, counted as CPython 3.11 counts them:
# instance attributes live inline (no dict object) until __dict__ is asked for, a dict holding
# only atomic values is untracked, and a class is its type object, its __mro__ and __bases__
# tuples, plus the __dict__/__weakref__ descriptors (and then its namespace dict).
import gc

gc.collect()


class A:
    pass


a = A(); b = A(); a.b = b; b.a = a
del a, b
print("two instances", gc.collect())

a = A(); a.self = a
del a
print("self-referencing instance", gc.collect())

l = []; l.append(l)
del l
print("list containing itself", gc.collect())

d = {}; d["d"] = d
del d
print("dict containing itself", gc.collect())

a = A(); a.x = 1; b = A(); b.y = [a]; a.b = b
del a, b
print("instances and a list", gc.collect())

a = A(); a.__dict__; a.self = a
del a
print("instance whose __dict__ was read", gc.collect())

a = A(); vars(a)["self"] = a
del a
print("instance through vars()", gc.collect())


def f():
    pass


f.self = f
del f
print("function with an attribute", gc.collect())


class B:
    pass


del B
print("class", gc.collect())


class B(A):
    pass


del B
print("subclass", gc.collect())


class B:
    def m(self):
        pass

    def n(self):
        pass


del B
print("class with two methods", gc.collect())


class B(A):
    x = 1


del B
print("subclass with a class attribute", gc.collect())


class B(list):
    pass


del B
print("list subclass", gc.collect())


def outer():
    x = []

    def inner():
        return x
    return inner


g = outer(); g.x = g
del g
print("closure", gc.collect())

a = A(); a.l = [a, 1]
del a
print("instance and list", gc.collect())

a = A(); a.t = (a, 1)
del a
print("instance and tuple", gc.collect())

a = A(); a.d = {"a": a}
del a
print("instance and dict", gc.collect())

a = A(); a.m = a.__init__
del a
print("instance and its bound __init__", gc.collect())

a = A(); b = A(); c = A(); a.n = b; b.n = c; c.n = a
del a, b, c
print("three instances", gc.collect())

a = A(); a.x = 1; a.y = 2; del a.x; a.self = a
del a
print("after a deleted attribute", gc.collect())

l = [[], {}, ()]; l.append(l)
del l
print("list with nested containers", gc.collect())

a = A(); a.d = {"k": 1}; a.self = a
del a
print("instance with an atomic dict", gc.collect())

a = A(); a.fs = frozenset([a])
del a
print("frozenset cycle", gc.collect())


class C(Exception):
    pass


try:
    raise C
except C as e:
    e.self = e
del C
print("exception class and instance", gc.collect())

print("nothing left", gc.collect())
print("generation 0", gc.collect(0), "generation 1", gc.collect(1), "keyword", gc.collect(generation=2))
