print(list(zip([1, 2, 3], "abc", (True, False, None))))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])))
print(dict(zip(["k1", "k2"], [10, 20])), list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(str, [1, 2, 3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b: a + b, "ab", "cde")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(str.isdigit, "a1b2c3")))
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), list(m), list(m))
z = zip("ab", "cd")
print(type(z).__name__, next(z), list(z))
f = filter(lambda x: x > 1, [1, 2, 3])
print(type(f).__name__, list(f))
try:
    map(1, [1])
    list(map(1, [1]))
except TypeError as e:
    print("TypeError:", e)
