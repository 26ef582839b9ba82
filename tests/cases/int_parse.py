print(int("42"), int("  -17  "), int("+5"), int("1_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("777", 8), int("0o777", 0))
print(int("101", 2), int("0b101", 0), int("z", 36), int("ZZ", 36), int("10", 3))
print(int(3.99), int(-3.99), int(True), int(1e20))
print(int("0"), int("-0"), int("00"))
bad = ["", "abc", "1.5", "12a", " ", "0x10", "1__0", "--1"]
for s in bad:
    try:
        int(s)
    except ValueError as e:
        print(repr(s), "->", e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
try:
    int("1", 1)
except ValueError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    int([1])
except TypeError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
