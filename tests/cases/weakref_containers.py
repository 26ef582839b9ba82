# WeakValueDictionary, WeakKeyDictionary and WeakSet drop entries whose objects die.
import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Obj(%s)" % self.name


a, b, c = Obj("a"), Obj("b"), Obj("c")
d = weakref.WeakValueDictionary({"a": a, "b": b})
d["c"] = c
print(len(d), sorted(d), d["a"], d.get("b"), d.get("zz", "default"), "c" in d, "zz" in d)
print(sorted(d.keys()), sorted(v.name for v in d.values()), sorted((k, v.name) for k, v in d.items()))
del b
print(len(d), sorted(d), "b" in d, d.get("b"))
try:
    d["b"]
except KeyError as e:
    print("KeyError:", e)
print(d.pop("c").name, len(d))
print(d.pop("missing", "default"))
print(d.setdefault("a", None).name, d.setdefault("n", c).name, len(d))
k, v = d.popitem()
print(k, v)
copy = d.copy()
print(type(copy).__name__, sorted(copy))
print(len(d.valuerefs()), [type(r).__name__ for r in d.itervaluerefs()])
print(isinstance(d.valuerefs()[0], weakref.ref), d.valuerefs()[0].key)
d.update(x=Obj("x-temporary"))
print("x" in d)
d.update([("y", a)])
print(sorted(d))
print(d == {"a": a, "y": a}, d == {"a": a}, d != {"a": a})
merged = d | {"z": c}
print(type(merged).__name__, sorted(merged))
d.clear()
print(len(d), list(d))

# Removal while iterating is put off until the iteration ends.
objs = [Obj(str(i)) for i in range(5)]
d = weakref.WeakValueDictionary((i, o) for i, o in enumerate(objs))
seen = []
for key in d:
    seen.append(key)
    if key == 1:
        del objs[3]
print(seen, sorted(d), len(d))

# WeakKeyDictionary
k1, k2 = Obj("k1"), Obj("k2")
wk = weakref.WeakKeyDictionary({k1: 1})
wk[k2] = 2
print(len(wk), wk[k1], wk.get(k2), k1 in wk, Obj("other") in wk, 3 in wk)
print(sorted(v for v in wk.values()), sorted(k.name for k in wk.keys()), sorted((k.name, v) for k, v in wk.items()))
del k2
print(len(wk), [k.name for k in wk])
print(wk.setdefault(k1, 99), wk.pop(k1), len(wk))
wk[k1] = "again"
print(len(wk.keyrefs()), wk.keyrefs()[0]() is k1)
print(wk.popitem()[1], len(wk))
try:
    wk.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    wk[[]] = 1
except TypeError as e:
    print("TypeError:", e)

# WeakSet
x, y = Obj("x"), Obj("y")
s = weakref.WeakSet([x, y])
print(len(s), x in s, Obj("z") in s, 1 in s, sorted(o.name for o in s))
del y
print(len(s), [o.name for o in s])
s.add(x)
s2 = weakref.WeakSet([x])
print(s == s2, s <= s2, s >= s2, s.issubset([x]), s.isdisjoint([Obj("q")]))
z = Obj("z")
print(sorted(o.name for o in s | [z]), len(s & [x]), len(s - [x]), len(s ^ [z]))
s.discard(Obj("nothing"))
s.remove(x)
print(len(s))
try:
    s.remove(x)
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
print(type(s).__module__, weakref.WeakSet.__module__)
