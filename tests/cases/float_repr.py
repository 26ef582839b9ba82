# Shortest round-trip repr.
values = [0.1 + 0.2, 0.1, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001,
          1e-4, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 100.0, 1.5, -0.0, 0.0,
          3.141592653589793, 2.5e-10, 1e300 * 10, 1 / 7, 9007199254740993.0, 0.3, 1.1 * 3]
for v in values:
    print(repr(v), str(v))
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3)
print(float("1.10"), float("  -2.5e3 "), float("1_000.5"), float(".5"), float("5."))
print(float(10**20), float(2**53), float(-7))
print(1e16 + 1, 2.0**0.5, 10 / 4, 1e308 * 10)
print(float.__name__, type(1.0), isinstance(1.0, float))
