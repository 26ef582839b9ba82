point = (3, 4)
x, y = point
print(x, y, point * 2, point + (5,), len(point), point.count(3))
print(tuple(sorted((3, 1, 2))), tuple(reversed((1, 2, 3))), max((1, 9, 3)), min(("b", "a")))
records = [("ann", 32, "eng"), ("bob", 25, "ops")]
for name, age, dept in records:
    print(f"{name}:{age}:{dept}")
print([r[1] for r in records], sorted(records, key=lambda r: r[1]))
nested = ((1, 2), (3, (4, 5)))
(a, b), (c, (d, e)) = nested
print(a, b, c, d, e, nested[1][1][0])
print((1,) * 0, () == tuple(), (1, 2) + (), type(()).__name__, (1, "a") < (1, "b"))
print(tuple(i * i for i in range(4)), tuple({"k": 1}), tuple("xyz")[1:])
def pair():
    return 1, 2
print(pair(), type(pair()).__name__)
single = 1,
print(single, len(single))
