t = (1, "two", 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], type(t).__name__)
print((), (1,), (1), tuple("ab"), tuple([1, 2]), tuple(range(3)))
a, b, c, d = t
print(a, b, c, d)
print(t + (5,), (0,) * 3, 3.0 in t, t.index("two"), (1, 1, 2).count(1))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), max([(1, "b"), (1, "a")]))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
x, y = 1, 2
x, y = y, x
print(x, y)
print(tuple(x * 2 for x in range(4)), divmod(17, 5), (1, 2, 3)[1:])
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    (1, 2).index(5)
except ValueError as e:
    print("ValueError:", e)
