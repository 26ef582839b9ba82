# More shapes of cyclic garbage whose gc.collect() count must be CPython 3.11's.
import gc
gc.collect()
class A:
    def m(self): pass
a = A(); a.bm = a.m; del a
print("bound method cycle", gc.collect())
def gen():
    yield 1
g = gen(); next(g)
class H: pass
h = H(); h.g = g; del g
h.self = h; del h
print("generator held", gc.collect())
def f():
    x = None
    def g(): return x
    x = g
    return g
g = f(); del g
print("closure self", gc.collect())
l = [1, 2]; t = (l,); l.append(t); del l, t
print("list tuple", gc.collect())
s = set(); a = A(); s.add(a); a.s = s; del a, s
print("set", gc.collect())
d = {}; d[1] = [d]; del d
print("dict list", gc.collect())
a = A(); a.f = lambda: a; del a
print("lambda global", gc.collect())
def outer():
    a = A()
    a.f = lambda: a
outer()
print("lambda closure", gc.collect())
class K:
    def __init__(self): self.items = {i: [self] for i in range(3)}
k = K(); del k
print("dict of lists", gc.collect())
class P:
    @property
    def x(self): return 1
del P
print("class with property", gc.collect())
class S:
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
del S
print("class with static/class methods", gc.collect())
class Q:
    def m(self): return __class__
del Q
print("class with __class__ cell", gc.collect())
import types
m = types.ModuleType("m"); m.self = m; del m
print("module", gc.collect())
