data = [1, 5, 12, 7, 30, 2]
if (n := len(data)) > 5:
    print(f"list is long ({n} elements)")
print([y for x in data if (y := x * 2) > 10])
print(y)
values = iter([3, 2, 1, 0, 5])
while (v := next(values)) != 0:
    print("value", v)
print((total := 10) + total)
x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5 > 0, x == 5 == 5.0, 1 < x < 3)
print(1 < 2 < 3 < 4 < 5, 5 > 4 > 6, "a" < "b" < "c", [] == [] != [1])


def noisy(v):
    print("eval", v)
    return v


print(noisy(1) < noisy(2) < noisy(0) < noisy(5))
print(noisy(3) < noisy(2) < noisy(1))
print(x if x > 3 else -x, "big" if x > 100 else "medium" if x > 4 else "small")
print(0 or None or [] or "last", 1 and 2 and 3, 1 and 0 and 3)
print(not 1 == 2, not (1 == 2), (not 1) == 2)
print(1 in [1, 2] in [[1, 2]], 3 not in [1] is not None)
