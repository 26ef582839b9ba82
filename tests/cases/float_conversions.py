for v in [0.1, 0.5, 1 / 3, 1e-7, 123.456, -2.5, 1e100, 5e-324]:
    print(repr(v), v.as_integer_ratio(), v.hex(), int(v), float.fromhex(v.hex()) == v)
print(float(" 3.25\n"), float("-0"), float("+1E5"), float("1e-400"), float("1_0.5"))
print(int(1e15), int(1.9999999999999998), int(-0.9), float(2**1023) * 2)
print(1e15 + 0.3, 1e16 + 1.0, 2**53 + 1.0, 0.1 * 0.1, 3 * 0.1 == 0.3)
print(7 // 0.5, 7 % 0.5, 7.25 % 0.5, -7.25 // 2, 2.0 ** 1023 * 1.999)
print(round(2.5e-5, 5), round(1234.5), round(-1234.5), round(0.0001234, 6), f"{1/3:.20f}")
