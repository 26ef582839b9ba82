# Weak reference callbacks: when they run, in which order, with which argument; a callback whose
# weak reference died first never runs; errors in a callback are reported and ignored; callbacks
# run for objects the cycle collector frees.
import gc
import weakref

gc.collect()


class A:
    pass


a = A()
refs = [weakref.ref(a, lambda wr, i=i: print("callback", i, wr() is None)) for i in range(3)]
print("deleting")
del a
print("deleted")

a = A()
r = weakref.ref(a, lambda wr: print("never printed"))
del r
del a
print("callback of a dead weakref did not run")

a = A()


class Reporter:
    def __call__(self, wr):
        raise RuntimeError("callback failed")

    def __repr__(self):
        return "<reporter>"


r = weakref.ref(a, Reporter())
del a
print("after failing callback")

a = A(); b = A(); a.b = b; b.a = a
ra = weakref.ref(a, lambda wr: print("a collected"))
rb = weakref.ref(b, lambda wr: print("b collected"))
del a, b
print("cycle unreachable, collecting")
print("gc.collect() ->", gc.collect())
print(ra(), rb())

# A weak reference that is part of the garbage gets no callback.
a = A()
a.me = weakref.ref(a, lambda wr: print("not called: the weakref is garbage too"))
a.self = a
del a
print("gc.collect() ->", gc.collect())

# A callback may hold the weakref; the same callback object for two objects.
log = []


def note(wr):
    log.append(wr)


x, y = A(), A()
rx, ry = weakref.ref(x, note), weakref.ref(y, note)
del x
del y
print(len(log), log[0] is rx, log[1] is ry)

# Functions, classes and methods die too.


def make():
    def inner():
        pass
    return inner


f = make()
weakref.ref(f, lambda wr: print("function gone"))
rf = weakref.ref(f, lambda wr: print("function gone"))
del f


class Temp:
    pass


rt = weakref.ref(Temp, lambda wr: print("class gone"))
del Temp
gc.collect()
print("end")
