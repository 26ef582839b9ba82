# int(): __int__, __index__, strings and bytes, bases, subclasses.
class A:
    def __int__(self):
        return 42


class B:
    def __index__(self):
        return 7


class D:
    def __int__(self):
        return "nope"


class MyInt(int):
    pass


print(int(A()), int(B()), int(), int(-0.0), int(2.5e20), int(-7.9), int(True))
print(int("  12_345 "), int(b"77"), int(bytearray(b"-5")), int("0b101", 0), int("z", 36), int("-0o17", 8), int(" +0x_ff ", 16))
print(int("١٢٣"), int("10", base=3), int("6", B()))
x = MyInt("123")
print(x, type(x).__name__, x + 1, type(x + 1).__name__, MyInt(), MyInt(3.9), MyInt("ff", 16))
print(int(MyInt(5)), type(int(MyInt(5))).__name__, int(2**100) == 2**100)
for bad in [lambda: int(D()), lambda: int("4.5"), lambda: int("0x1g", 16), lambda: int(""), lambda: int(b"1x"),
            lambda: int("12", 37), lambda: int(12, 10), lambda: int([1]), lambda: int(x=1), lambda: int(base=2),
            lambda: int(float("inf")), lambda: int(float("nan")), lambda: int("1" * 5000), lambda: int(1, 2, 3),
            lambda: int("9", 8), lambda: int(None)]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    str(10 ** 5000)
except ValueError as e:
    print(e)
print(len(str(10 ** 4299)), bool(0), bool(0.0), bool(""), bool(3), bool())
try:
    bool(1, 2)
except TypeError as e:
    print(e)
