# mappingproxy: the read-only class namespace view.
class C:
    x = 1

    def method(self):
        return 2


p = C.__dict__
print(type(p).__name__, p["x"], "x" in p, "nope" in p, p.get("x"), p.get("nope"), p.get("nope", 3))
print(sorted(k for k in p if not k.startswith("__")), len(p) > 2, p["method"].__name__)
print(sorted(k for k in p.keys() if not k.startswith("__")), type(p.keys()).__name__)
print(type(p.copy()).__name__, "x" in p.copy(), [v for k, v in p.items() if k == "x"])
try:
    p["x"] = 2
except TypeError as e:
    print("TypeError", e)
try:
    del p["x"]
except TypeError as e:
    print("TypeError", e)
try:
    p["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    p.x = 1
except AttributeError as e:
    print("AttributeError", e)
m = type(p)({"a": 1, "b": 2})
print(m, repr(m), str(m), len(m), list(m), list(reversed(m)), m == {"a": 1, "b": 2}, m | {"c": 3})
print(type(m | {"c": 3}).__name__, {"z": 0} | m, m.keys(), m.values(), m.items())
for bad in ([], (), 1):
    try:
        type(p)(bad)
    except TypeError as e:
        print("TypeError", e)
print(int.__dict__["bit_length"].__name__, "append" in list.__dict__, type(dict.__dict__).__name__)
