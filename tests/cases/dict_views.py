d = {"a": 1, "b": 2, "c": 3}
keys, values, items = d.keys(), d.values(), d.items()
print(keys, values, items)
d["d"] = 4
print(keys, len(values), list(items)[-1])
print("a" in keys, 2 in values, ("b", 2) in items, ("b", 3) in items)
print(keys & {"a", "z"} == {"a"}, sorted(keys | {"q"}), sorted(keys - {"a"}), sorted(keys ^ {"a", "q"}))
print(list(reversed(keys)), list(reversed(d.values())))
print(type(keys).__name__, type(values).__name__, type(items).__name__)
for k, v in d.items():
    print(k, v, sep="=", end=" ")
print()
print(sum(d.values()), max(d, key=d.get), min(d.items(), key=lambda kv: -kv[1]))
print(keys == {"a", "b", "c", "d"}, list(d.values()) == [1, 2, 3, 4])
try:
    for k in d:
        d["new" + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for k in d.keys():
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(d))
