def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Bad:
    def __hash__(self): return "x"
    def __int__(self): return "i"
    def __float__(self): return "f"
    def __index__(self): return 1.5
    def __str__(self): return 5
    def __repr__(self): return 6
    def __iter__(self): return [1]
    def __complex__(self): return 1
    def __bytes__(self): return "s"
    def __len__(self): return 1.0
    def __format__(self, spec): return 7
for f in [lambda: hash(Bad()), lambda: int(Bad()), lambda: float(Bad()), lambda: [1, 2][Bad()], lambda: str(Bad()), lambda: repr(Bad()),
          lambda: iter(Bad()), lambda: complex(Bad()), lambda: bytes(Bad()), lambda: len(Bad()), lambda: format(Bad()), lambda: f"{Bad()}"]:
    err(f)
class Big:
    def __hash__(self): return 2**100
print(hash(Big()) == hash(2**100))
class NegOne:
    def __hash__(self): return -1
print(hash(NegOne()))
class Nothing: pass
n = Nothing()
for f in [lambda: abs(n), lambda: round(n), lambda: n[0], lambda: len(n), lambda: iter(n), lambda: next(n), lambda: n(), lambda: -n, lambda: ~n, lambda: +n,
          lambda: n < n, lambda: n <= 1, lambda: 1 > n, lambda: "a" >= n, lambda: n + 1, lambda: 1 - n, lambda: n * n, lambda: n @ n, lambda: n ** 2, lambda: divmod(n, 1), lambda: int(n), lambda: float(n), lambda: complex(n), lambda: bytes(n), lambda: [1][n], lambda: reversed(n), lambda: 1 in n]:
    err(f)
def setitem(): n[0] = 1
def delitem(): del n[0]
err(setitem); err(delitem)
class Missing(dict):
    def __missing__(self, key):
        return f"missing {key}"
m = Missing(a=1)
print(m["a"], m["zz"], m.get("zz"), "zz" in m)
class Hint:
    def __iter__(self): return iter([1, 2, 3])
    def __length_hint__(self): return 3
print(list(Hint()))
class Dir:
    def __dir__(self): return ["b", "a", "c"]
print(dir(Dir()))
class BadDir:
    def __dir__(self): return 5
err(lambda: dir(BadDir()))
class Chain:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"C{self.v}"
print(Chain(1) < Chain(2) < Chain(3), Chain(1) < Chain(3) < Chain(2))
print(sorted([Chain(3), Chain(1), Chain(2)]), max([Chain(3), Chain(5), Chain(2)]), min(Chain(3), Chain(1)))
class EqNonBool:
    def __eq__(self, o): return [1]
if EqNonBool() == 1: print("truthy list from __eq__")
print([EqNonBool()] == [EqNonBool()], EqNonBool() in [1])
class IAdd:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
x = IAdd(); y = x; x += 5; print(x is y, x.items)
l = [1]; l2 = l; l += [2]; print(l is l2, l)
t = (1,); t2 = t; t += (2,); print(t is t2, t)
class RichBase:
    def __eq__(self, o):
        print("RichBase.__eq__"); return NotImplemented
class RichSub(RichBase):
    def __eq__(self, o):
        print("RichSub.__eq__"); return NotImplemented
print(RichBase() == RichSub())
print(RichBase() != RichSub())
class HashSub:
    def __eq__(self, o): return True
class HashSub2(HashSub):
    def __hash__(self): return 5
print(hash(HashSub2()), HashSub.__hash__ is None, HashSub2.__dict__.get("__hash__") is not None)
class OnlyHash:
    def __hash__(self): return 3
print(hash(OnlyHash()), OnlyHash() == OnlyHash())
class Str:
    def __str__(self): return "S"
    def __repr__(self): return "R"
print(str(Str()), repr(Str()), f"{Str()}", f"{Str()!r}", [Str()], "%s %r" % (Str(), Str()), format(Str()))
class SubStr(str):
    def __str__(self): return "overridden"
print(str(SubStr("x")), f"{SubStr('y')}", SubStr("z") + "!", "%s" % SubStr("w"))
class Round:
    def __round__(self, n=None): return ("round", n)
print(round(Round()), round(Round(), 3), round(Round(), None))
class Bytes:
    def __bytes__(self): return b"bytes!"
print(bytes(Bytes()))
class IntLike:
    def __index__(self): return 5
print(bin(IntLike()), [0] * IntLike(), "ab" * IntLike(), range(10)[IntLike()], int(IntLike()) if hasattr(int, "__index__") else "", hex(IntLike()))
class NoIdxFloat:
    def __float__(self): return 2.0
err(lambda: [1][NoIdxFloat()])
import math
print(math.floor(NoIdxFloat()), math.ceil(NoIdxFloat()), math.sqrt(NoIdxFloat()))
import types
class N: pass
for c, k in [(N(), 0), (N(), "a"), (types.MappingProxyType({}), "a"), (types.MappingProxyType({}), 0), (5, 0), ((1,), 0), ("s", 0), ("s", "a"), (frozenset(), 0), (None, 0)]:
    try:
        del c[k]
    except TypeError as e:
        print(e)
