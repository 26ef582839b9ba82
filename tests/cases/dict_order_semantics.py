d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(list(d), list(d.values()))
del d["a"]
d["a"] = 99
print(list(d.items()))
d["z"] = -1
print(list(d.items()))
d2 = dict(sorted(d.items()))
print(d2, d == d2, list(d) == list(d2))
popped = [d.popitem() for _ in range(2)]
print(popped, d)
print(list(reversed({1: "a", 2: "b", 3: "c"}.items())))
keys = list(range(20))
big = {k: k * k for k in keys}
for k in range(0, 20, 2):
    del big[k]
big[0] = "re-added"
print(list(big)[:5], list(big)[-3:], len(big))
merged = {"b": 1} | {"a": 2} | {"b": 3}
print(merged)
