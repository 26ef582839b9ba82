# int/bool dunders as real methods: direct calls, reflected calls, NotImplemented, subclasses.
class Meters(int):
    def __add__(self, other):
        r = super().__add__(other)
        if r is NotImplemented:
            return r
        return Meters(r)

    def __repr__(self):
        return "Meters(" + int.__repr__(self) + ")"


m = Meters(5)
print(m + 3, 3 + m, m * 2, type(m * 2).__name__, -m, type(-m).__name__, +m, abs(Meters(-4)))
print(int.__add__(1, 2), (5).__radd__(3), int.__sub__(10, 4), int.__rsub__(10, 4), (7).__rfloordiv__(30))
print(int.__add__(1, 2.5), int.__mul__(3, "x"), (2).__pow__(10), (2).__pow__(10, 1000), (3).__rpow__(2, 5))
print(int.__truediv__(7, 2), int.__mod__(-7, 3), int.__divmod__(-7, 3) == (-3, 2), (6).__rmod__(20))
print(int.__lt__(1, 2), int.__eq__(1, 1.0), (1).__eq__(1), (3).__ge__(True), int.__ne__(2, 3))
print(int.__bool__(0), int.__index__(Meters(9)), type(int.__index__(Meters(9))).__name__, int.__float__(7))
print(int.__neg__(5), int.__invert__(5), int.__abs__(-9), int.__pos__(Meters(4)), int.__trunc__(8), int.__floor__(8), int.__ceil__(8))
print(int.__round__(15, -1), int.__round__(25, -1), int.__round__(-35, -1), round(1234567, -3), round(5, 2), round(-2**70 - 1, -20))
print(True & True, True | False, True ^ True, type(True & True).__name__, True & 3, type(True + True).__name__)
print(bool.__and__(True, False), bool.__or__(False, 7), repr(True), str(False), int(True), bool(Meters(0)))
print(hash(Meters(5)), hash(2**64), hash(-2**64), hash(2**61 - 1), hash(2**61), hash(-1), hash(True))
print(Meters(10) == 10, Meters(10) < 11, {Meters(3): "x"}[3], isinstance(m, int), Meters(2) ** 3)
print(m.real, m.imag, m.numerator, m.denominator, type(m.real).__name__, (5).conjugate(), True.real)
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (2**100).bit_length(), (255).bit_count(), (-7).bit_count())
print((1024).to_bytes(2, "big") == b"\x04\x00", int.from_bytes(b"\xff\xfe", "little", signed=True), int.from_bytes([1, 0], "big"))
print((-1).to_bytes(2, "big", signed=True) == b"\xff\xff", (65).to_bytes() == b"A", Meters.from_bytes(b"\x07", "big"))
print((7).as_integer_ratio() == (7, 1), format(255, "#x"), format(Meters(1234567), ","), format(True, "d"), f"{42:08b}")
for bad in [lambda: int.__add__("a", 1), lambda: int.__add__(1), lambda: (1).to_bytes(1, "middle"),
            lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: format(1, ".2"),
            lambda: (1).__lshift__(-1), lambda: 1 << 2**100, lambda: pow(2, -1, 4), lambda: pow(3, 2, 0)]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
