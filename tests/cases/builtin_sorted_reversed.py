people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted("Banana apple Cherry".split()), sorted("Banana apple Cherry".split(), key=str.lower))
print(sorted([3, 1, 2], reverse=True), sorted([]), sorted((5, 4)), sorted({3: "a", 1: "b"}))
print(sorted([1.5, -2, 3, 0.5, True]), sorted("hello"))
stable = sorted([("a", 2), ("b", 1), ("c", 2), ("d", 1)], key=lambda t: t[1])
print(stable)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
r = reversed([1, 2])
print(type(r).__name__, next(r), list(r))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1], key=1)
except TypeError as e:
    print("TypeError:", e)
