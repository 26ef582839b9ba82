# dict methods and their argument errors, with CPython's exact messages.
def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


d = {"a": 1, "b": 2}
t(lambda: d.get())
t(lambda: d.get(1, 2, 3))
t(lambda: d.get(key="a"))
t(lambda: d.get([]))
t(lambda: d.pop())
t(lambda: d.pop("zz"))
t(lambda: d.pop("zz", 0))
t(lambda: {}.pop([]))
t(lambda: {}.pop([], "dflt"))
t(lambda: {}.popitem())
t(lambda: d.popitem(1))
t(lambda: d.setdefault())
t(lambda: d.copy(1))
t(lambda: d.keys(1))
t(lambda: d.items(x=1))
t(lambda: d.update(1, 2))
t(lambda: d.update(5))
t(lambda: d.update([1]))
t(lambda: d.update([(1, 2, 3)]))
t(lambda: d.update([(1, 2), "abc"]))
t(lambda: dict(1, 2))
t(lambda: dict([[1]]))
t(lambda: dict.fromkeys())
t(lambda: dict.fromkeys([1], 2, 3))
t(lambda: dict.fromkeys(x=1))
t(lambda: dict.get(1, 2))
t(lambda: dict.__new__(int))
t(lambda: dict.__init__(1))
t(lambda: d[[1]])
t(lambda: d["zz"])
t(lambda: d[(1, 2)])
t(lambda: d < d)
t(lambda: hash(d))
t(lambda: d | [("c", 3)])
t(lambda: [("c", 3)] | d)
t(lambda: d.__or__(1))
t(lambda: d + d)
t(lambda: d.__getitem__())
t(lambda: d.__eq__())


def delitem():
    del d["nope"]


t(delitem)

# Methods.
d = dict(a=1, b=2)
print(d.get("a"), d.get("x"), d.get("x", 0), d.setdefault("a", 9), d.setdefault("c"), d)
print(d.pop("c"), d.pop("x", "dflt"), d)
d.update({"z": 26}, y=25)
d.update([("x", 24)])
d.update(zip("pq", [1, 2]))
d.update()
print(d)
print(dict(["ab", "cd"]), dict([[1, 2]], three=3), dict({1: 2}, **{"k": "v"}), dict(dict(a=1)))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], []), dict.fromkeys({3: 4, 1: 2}, 0), {}.fromkeys(range(3)))
e = d.copy()
e["new"] = 1
print(len(d), len(e), e == d, e != d, d == dict(d), {1: 2} == {1: 2.0}, {1: 2} == {1: 3}, {} == {})
print({1: 2, 3: 4} == {3: 4, 1: 2}, d == list(d), {1: 2}.__eq__(5))
e.clear()
print(e, len(e), bool(e), bool(d))
print({"a": 1} | {"b": 2}, {"a": 1} | {"a": 2})
m = {"a": 1}
m |= {"b": 2}
m |= [("c", 3)]
m |= zip("d", "4")
print(m)
nested = {"x": {"y": {}}}
nested["self"] = nested
print(nested)
