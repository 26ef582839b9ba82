# The interpreter loop computes int/float operators and comparisons inline; every edge the
# general path handles (signs, zero divisors, overflow into big ints, exact int->float
# conversion, NaN) must come out the same.

vals = [0, 1, -1, 7, -7, 3, -3, 2**62, -2**62, 2**63 - 1, -2**63, 2**53, 2**53 + 1, -(2**53) - 1]
for a in vals:
    for b in vals:
        row = [a + b, a - b, a * b, a & b, a | b, a ^ b]
        if b:
            row += [a // b, a % b, a / b]
        else:
            for f in (lambda: a // b, lambda: a % b, lambda: a / b):
                try:
                    f()
                except ZeroDivisionError as e:
                    row.append(str(e))
        row += [a < b, a <= b, a == b, a != b, a > b, a >= b]
        print(a, b, row)

for a in [1, -1, 5, -5, 2**40, -(2**40), 2**61, -(2**61), 2**62, -2**63]:
    for s in [0, 1, 2, 21, 22, 23, 62, 63, 64, 65, 200]:
        print(a, s, a << s, a >> s)
    for s in [-1, -64]:
        for f in (lambda: a << s, lambda: a >> s):
            try:
                f()
            except ValueError as e:
                print("ValueError", e)

fl = [0.0, -0.0, 1.5, -2.25, 1e308, -1e308, float("inf"), float("-inf"), float("nan")]
for x in fl:
    for y in fl:
        row = [x + y, x - y, x * y]
        try:
            row.append(x / y)
        except ZeroDivisionError as e:
            row.append(str(e))
        row += [x < y, x <= y, x == y, x != y, x > y, x >= y]
        print(x, y, row)

# Mixed int/float, including ints too large to convert exactly.
for i in [0, 3, -3, 2**53, 2**53 + 1, 2**63 - 1, -2**63, 10**30]:
    for f in [0.5, -2.0, 1e-300, 0.0]:
        row = [i + f, f + i, i - f, f - i, i * f, f * i]
        for g in (lambda: i / f, lambda: f / i):
            try:
                row.append(g())
            except ZeroDivisionError as e:
                row.append(str(e))
        print(i, f, row)

# Augmented assignment takes the same paths.
n = 10
n += 5; n -= 20; n *= -3; n //= 4; n %= 7; n <<= 3; n >>= 1; n &= 0xFF; n |= 0x100; n ^= 3
print(n)
x = 1.0
for _ in range(5):
    x *= 1.5; x += 0.25; x -= 0.125; x /= 2
print(x)
big = 2**62
big += big
print(big, type(big).__name__, big - 1, -big - big)
print(True + True, True - False, True * 3, 7 // True, 5.5 + True, True / 2)
