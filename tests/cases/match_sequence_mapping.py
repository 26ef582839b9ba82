# sequence patterns
def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case [x, y]:
            return f"two {x!r} {y!r}"
        case [first, *rest] if len(rest) > 3:
            return f"long first={first!r} rest={rest!r}"
        case [first, *middle, last]:
            return f"first={first!r} middle={middle!r} last={last!r}"
    return "not a sequence"
for v in [[], [1], (1, 2), [1, 2, 3], (1, 2, 3, 4, 5, 6), range(3), range(7), "ab", b"ab", bytearray(b"ab"), {1, 2}, {"a": 1}, iter([1, 2]), 5, memoryview(b"xyz")]:
    print(type(v).__name__, seq(v))
class MyList(list): pass
class MyTuple(tuple): pass
print(seq(MyList([1, 2])), seq(MyTuple((1,))))
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print("nested", a, b, c, d)
match (1, 2, 3, 4):
    case (1, *_, 4):
        print("star wildcard ends")
match [1, 2, 3, 4, 5]:
    case [_, _, *mid, _]:
        print("mid", mid, type(mid).__name__)
match (1, 2):
    case [*all_]:
        print("all", all_, type(all_).__name__)
match [0, 1]:
    case [0 | 1, 0 | 1] as bits:
        print("bits", bits)
# star at start, middle
match "x y z".split():
    case [*init, "z"]:
        print("init", init)
match [1, 2, 3]:
    case [1, *_, 2]:
        print("no")
    case [*_, 3]:
        print("ends with 3")
# a sequence with __getitem__ only / __len__ raising
class Weird(list):
    def __len__(self):
        print("len called")
        return super().__len__()
match Weird([1, 2]):
    case [a, b]:
        print("weird matched", a, b)
# mapping patterns
def mp(v):
    match v:
        case {}:
            pass
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle {r} rest={rest}"
        case {1: one, **kw} if kw:
            return f"int key {one} {kw}"
        case {}:
            return f"some mapping {len(v)}"
    return "no mapping"
for v in [{"type": "point", "x": 1, "y": 2, "extra": 0}, {"type": "circle", "r": 3, "color": "red", "z": 1}, {1: "a", 2: "b"}, {1: "a"}, {}, [], "s", {"type": "point", "x": 1}]:
    print(mp(v))
class Missing(dict):
    def __missing__(self, key):
        print("__missing__ called")
        return 0
match Missing(a=1):
    case {"a": a, "b": b}:
        print("bad", a, b)
    case {"a": a}:
        print("Missing dict matched", a)
class Getter(dict):
    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)
match Getter(x=1, y=2):
    case {"x": 1, "y": y}:
        print("getter matched", y)
import types
match types.MappingProxyType({"k": "v"}):
    case {"k": v}:
        print("mappingproxy", v)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest, type(rest).__name__)
match {"a": [1, 2]}:
    case {"a": [x, *_]}:
        print("nested mapping seq", x)
