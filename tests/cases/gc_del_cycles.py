# __del__ of objects in a reference cycle runs once, when the collector finds the cycle (PEP 442);
# weak reference callbacks run before it; a finalizer that resurrects its object does not crash,
# and is not called again when the object finally goes.
import gc
import weakref

gc.collect()


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


a = Noisy("a"); b = Noisy("b"); a.other = b; b.other = a
del a, b
print("collected", gc.collect())
print("again", gc.collect())

a = Noisy("c"); a.self = a
r = weakref.ref(a, lambda wr: print("callback: referent is", wr()))
del a
print("collected", gc.collect())
print(r())

saved = []


class Phoenix:
    def __del__(self):
        print("Phoenix.__del__")
        saved.append(self)


p = Phoenix(); p.self = p
del p
gc.collect()
print("resurrected:", len(saved), type(saved[0]).__name__, gc.is_finalized(saved[0]))
saved.clear()
print("collected", gc.collect())
print("nothing printed again")


class Lonely:
    def __del__(self):
        print("Lonely.__del__")


x = Lonely()
rx = weakref.ref(x, lambda wr: print("callback after __del__; dead:", wr() is None))
del x
print("end of refcount case")
