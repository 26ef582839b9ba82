d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), d["a"], "a" in d, "z" not in d, list(d))
del d["a"]
d["a"] = 100
print(d)
print(d.get("z"), d.get("z", 0), d.get("b", 0), d.setdefault("c", 99), d.setdefault("e", 5), d)
print(d.pop("e"), d.pop("missing", "default"), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
print(d.popitem(), d.popitem(), d)
print(dict(a=1, b=2), dict([("k", "v")]), dict(zip("xy", (1, 2))), dict.fromkeys("ab", 0), dict({1: 2}))
print({1: "int", 1.0: "float", True: "bool"}, {(1, 2): "tuple"}, {None: 0})
c = d.copy()
c["new"] = 1
print(d, c)
c.clear()
print(c, {} == dict(), {"a": 1} == {"a": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
for k in {"one": 1, "two": 2}:
    print(k, end=" ")
print()
nested = {"outer": {"inner": [1, 2, {"deep": True}]}}
print(nested["outer"]["inner"][2]["deep"], nested)
