import collections.abc as cabc
from collections import deque, OrderedDict, defaultdict, Counter, UserList, UserDict
class MySeq(cabc.Sequence):
    def __init__(self, *items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
class MyMap(cabc.Mapping):
    def __init__(self, **kw): self.d = dict(kw)
    def __len__(self): return len(self.d)
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
class Registered:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return i * 10
cabc.Sequence.register(Registered)
class RegMap:
    def get(self, k, default=None): return {"a": 1}.get(k, default)
    def __len__(self): return 1
    def keys(self): return ["a"]
    def __getitem__(self, k): return {"a": 1}[k]
cabc.Mapping.register(RegMap)
class Plain:
    def __len__(self): return 1
    def __getitem__(self, i): return i
class MyStr(str): pass
class Both(Plain, cabc.Sequence):
    def __getitem__(self, i):
        if i >= 1: raise IndexError
        return "only"
def kind(v):
    match v:
        case {"a": a}:
            return f"mapping a={a}"
        case {}:
            return "mapping"
        case [x, y]:
            return f"pair {x} {y}"
        case [*rest]:
            return f"sequence {rest}"
        case _:
            return "neither"
for v in [MySeq(1, 2), MySeq(1, 2, 3), MyMap(a=5), MyMap(b=1), Registered(), RegMap(), Plain(), MyStr("ab"), deque([1, 2]), OrderedDict(a=3), defaultdict(int), Counter("aab"), UserList([7, 8]), UserDict(a=9), Both()]:
    print(type(v).__name__, kind(v))
