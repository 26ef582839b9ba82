first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
(p, q), r = (1, 2), 3
print(p, q, r)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
print(*[1, 2, 3], sep="-")
print([*range(3), *"ab"], (*[1], *(2,)), {*[1, 2], *[2, 3]})
merged = {**{"a": 1}, **{"b": 2, "a": 3}}
print(merged)
def f(a, b, c):
    return a + b + c
print(f(*[1, 2, 3]), f(1, *(2, 3)), f(**{"a": 1, "b": 2, "c": 3}), f(1, **{"c": 3, "b": 2}))
try:
    x, y = 1
except TypeError as e:
    print("TypeError:", e)
try:
    first, *rest = []
except ValueError as e:
    print("ValueError:", e)
