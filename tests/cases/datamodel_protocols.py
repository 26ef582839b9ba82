class Cont:
    def __contains__(self, x):
        print("contains", x)
        return x == 1
print(1 in Cont(), 2 in Cont(), 2 not in Cont())
class ContRet:
    def __contains__(self, x): return [1]
print(1 in ContRet())
class GI:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
print(list(GI()), 20 in GI(), 5 in GI(), [x for x in GI()], tuple(GI()))
it = iter(GI()); print(type(it).__name__, next(it), next(it))
class GIStop:
    def __getitem__(self, i):
        if i > 1: raise StopIteration
        return i
print(list(GIStop()))
class NoIter:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(NoIter())
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
class NoContains:
    __contains__ = None
try:
    1 in NoContains()
except TypeError as e:
    print("TypeError:", e)
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)
class Rev:
    def __reversed__(self): return iter("cba")
print(list(reversed(Rev())))
class SeqRev:
    def __len__(self): return 3
    def __getitem__(self, i): return "xyz"[i]
print(list(reversed(SeqRev())))
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(NoRev())
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(GI())
except TypeError as e:
    print("TypeError:", e)
class F:
    def __format__(self, spec):
        return f"F<{spec}>"
print(format(F()), format(F(), "x>10"), f"{F():abc}", "{:q}".format(F()), f"{F()!r:z}"[:3])
class BadF:
    def __format__(self, spec): return 1
try:
    format(BadF())
except TypeError as e:
    print("TypeError:", e)
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError:", e)
class Callable:
    def __call__(self, *a, **k): return ("called", a, k)
print(Callable()(1, b=2), callable(Callable()), callable(Callable), callable(1))
class CM:
    def __init__(self, suppress): self.suppress = suppress
    def __enter__(self):
        print("enter"); return "value"
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev, tb is not None if et else tb)
        return self.suppress
with CM(False) as v: print("body", v)
with CM(True): raise ValueError("suppressed")
print("after suppressed")
try:
    with CM(False): raise KeyError("k")
except KeyError as e:
    print("KeyError:", e)
try:
    with CM(0): raise KeyError("k2")
except KeyError as e:
    print("KeyError:", e)
with CM("yes"): raise KeyError("k3")
print("after truthy suppress")
def gen():
    for i in range(3):
        with CM(True):
            if i == 1: raise ValueError
            yield i
print(list(gen()))
class NoExit:
    def __enter__(self): pass
try:
    with NoExit(): pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter(): pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
with CM(True) as a, CM(False) as b:
    raise ZeroDivisionError
print("nested ok")
