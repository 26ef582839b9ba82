print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any("abc"), all(x > 0 for x in [1, 2]))
print(any(x > 5 for x in range(3)), all([[]]), any([[]]), all(["0"]))


def noisy(v):
    print("  check", v)
    return v


print(any(noisy(v) for v in [0, 2, 3]))
print(all(noisy(v) for v in [1, 0, 3]))
print(abs(-5), abs(5), abs(-2.5), abs(3 - 4j), abs(-0.0), abs(True), abs(-(10**30)))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(12345, -2))
print(round(2.675, 2), round(1.0000001, 3), round(7), round(7.0), round(-7.5), round(1e-10, 5))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, -2))
print(pow(2, 8), pow(2, 8, 5), pow(2.0, 3), pow(4, 0.5), pow(10, -2))
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
