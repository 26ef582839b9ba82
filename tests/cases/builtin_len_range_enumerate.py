print(len("abc"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)), len(b"xy"), len(""))
print(list(enumerate("abc")), list(enumerate("abc", start=10)), list(enumerate([], 5)))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, None), type(e).__name__)
print(list(range(5)), list(range(2, 5)), list(range(10, 0, -3)))
for i, (a, b) in enumerate(zip("ab", "cd")):
    print(i, a, b)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    len(iter([1]))
except TypeError as e:
    print("TypeError:", e)
